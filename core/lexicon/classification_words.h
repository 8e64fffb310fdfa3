#pragma once
// Words of the standard classifications a 其中 list may be made of (checks/sum_check.cpp, R01):
// a list whose every part names one of them, or that closes with a catch-all part, reads as
// complete. Data only (issue 14: one vocabulary in core/lexicon).
#include <string_view>

namespace gouji::lex::classification {

using Str = std::u32string_view;

inline constexpr Str kClassWords[] = {
    // income sources and budget books
    U"财政拨款", U"一般公共预算", U"政府性基金", U"国有资本经营", U"社会保险基金", U"事业收入", U"经营收入",
    U"上级补助", U"附属单位上缴", U"非财政拨款", U"结余",
    // expenditure by nature and economic class
    U"基本支出", U"项目支出", U"上缴上级", U"经营支出", U"对附属单位补助", U"工资福利", U"商品和服务",
    U"对个人和家庭", U"资本性支出", U"人员经费", U"公用经费", U"债务利息",
    // functional classes (类)
    U"一般公共服务", U"外交", U"国防", U"公共安全", U"教育", U"科学技术", U"文化旅游体育与传媒", U"社会保障和就业",
    U"卫生健康", U"节能环保", U"城乡社区", U"农林水", U"交通运输", U"资源勘探", U"商业服务业", U"金融",
    U"自然资源海洋气象", U"住房保障", U"粮油物资储备", U"灾害防治及应急管理", U"抗疫特别国债", U"债务付息",
    // 三公 and 政府采购
    U"出国", U"公务用车", U"公务接待", U"车辆购置", U"运行维护", U"货物", U"工程", U"服务",
    // balance sheet
    U"负债", U"净资产", U"流动资产", U"固定资产", U"无形资产",
    // units of a department and staff kinds
    U"本级", U"机关", U"二级", U"下属", U"所属", U"行政编制", U"事业编制", U"工勤", U"男", U"女",
    U"执法执勤用车", U"特种专业技术用车"};

// A catch-all part closes a list (其他/其余).
inline constexpr Str kCatchAll[] = {U"其他", U"其它", U"其余", U"剩余"};

// A headcount's retired people are one of its parts only beside its serving staff ("在职45人、退休
// 13人"); after a list of 职称 or 岗位 parts they are a category of their own, beside the list.
inline constexpr Str kRetiredParts[] = {U"退休", U"离休"};
inline constexpr Str kServingParts[] = {U"在职", U"在编", U"在岗"};

}  // namespace gouji::lex::classification
