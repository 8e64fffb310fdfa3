#include "lexicon/table_forms.h"

namespace gouji::lex::tables {

const std::array<Str, 48> kHeaderWords = {
    U"年初预算", U"全年预算", U"调整后预算", U"全年执行", U"预算执行数", U"执行数", U"执行率", U"预算数",
    U"决算数", U"分值", U"权重", U"得分", U"一级指标", U"二级指标", U"三级指标", U"指标值",
    U"指标性质", U"度量单位", U"完成值", U"实际值", U"偏差原因", U"原因", U"改进措施", U"合计",
    U"总计", U"小计", U"年度", U"项目", U"科目", U"金额", U"备注", U"计划安排", U"到位",
    U"实际支出", U"结余", U"基本支出", U"项目支出", U"收入", U"支出", U"经费", U"公务接待",
    U"车辆购置", U"车辆运行", U"村名", U"计量单位", U"完成率", U"是否达标", U"实际数"};
const std::array<Str, 6> kTargetWords = {U"年度指标值", U"指标值", U"目标值", U"计划值", U"预期目标", U"绩效目标"};
const std::array<Str, 4> kActualWords = {U"实际完成值", U"完成值", U"实际值", U"实际完成"};

const std::array<Str, 11> kLevelRows = {U"中央", U"省", U"市", U"县", U"区", U"乡", U"镇", U"其它", U"其他", U"自筹", U"地方"};
const std::array<Str, 9> kSourceRows = {U"本年财政拨款", U"财政拨款", U"上年结转", U"其他资金", U"其它资金",
                                        U"财政资金",     U"财政专户", U"单位资金", U"自筹"};

const std::array<Str, 15> kNonAdditive = {U"率", U"分值", U"得分", U"权重", U"%", U"％", U"增减", U"比例", U"占比",
                                          U"指标值", U"完成值", U"实际值", U"目标值", U"单价", U"标准"};
const std::array<Str, 11> kMetadata = {U"索引号", U"发布机构", U"成文日期", U"主题分类", U"发文字号", U"发布日期",
                                       U"信息来源", U"负责人", U"联系电话", U"邮编", U"联系人"};
const Str kQizhong = U"其中";

const Str kFundsPlanned = U"计划", kFundsMoney = U"资金";
const Str kFundsArrived = U"到位";
const std::array<Str, 1> kFundsSpentPrefix = {U"实际支出"};
const std::array<Str, 2> kFundsSpentWhole = {U"支出(万元)", U"支出（万元）"};
const std::array<Str, 2> kFundsBalancePrefix = {U"结余", U"结转结余"};

const std::array<Str, 5> kTotalNames = {U"合计", U"总计", U"小计", U"合计数", U"共计"};
const std::array<Str, 3> kTotalEndings = {U"合计", U"总计", U"共计"};
const Str kGrandScore = U"总分";
const Str kUnitCaption = U"单位";
const Str kRowNumberColumn = U"行次";
const Str kColumnNumberRow = U"栏次";
const std::array<Str, 2> kSideWords = {U"收入", U"支出"};

const std::array<Str, 6> kHeaderHeads = {U"年初", U"全年", U"调整后", U"年度", U"实际", U"计划"};
const std::array<Str, 10> kHeaderTails = {U"预算数", U"预算", U"执行数", U"决算数", U"实际数", U"完成值",
                                         U"指标值", U"支出数", U"到位数", U"安排数"};
const std::array<Str, 8> kLabelColumn = {U"项目", U"内容", U"名称", U"村名", U"年度", U"科目", U"类别", U"资金来源"};
const Str kItemColumn = U"项目";
const std::array<Str, 3> kChangeWords = {U"增减", U"增长", U"变动"};
const std::array<Str, 4> kChangeRateWords = {U"%", U"％", U"率", U"比"};
const std::array<Str, 2> kChangeColumnWords = {U"增减", U"增长率"};
const std::array<Str, 8> kUnitOnlyCells = {U"(万元)", U"（万元）", U"(万)", U"（万）", U"(元)", U"（元）", U"(%)", U"（%）"};

const std::array<Str, 3> kIndicatorNameColumn = {U"三级指标", U"指标名称", U"二级指标"};
const std::array<Str, 2> kIndicatorWeightColumn = {U"分值", U"权重"};
const std::array<Str, 1> kIndicatorPointsColumn = {U"得分"};
const std::array<Str, 3> kIndicatorTargetColumn = {U"年度指标值", U"指标值", U"目标值"};

const std::array<Str, 1> kInitialBudgetColumn = {U"年初预算"};
const std::array<Str, 3> kRateBaseColumn = {U"全年预算", U"调整后预算", U"预算数"};
const std::array<Str, 2> kExecutedColumn = {U"执行数", U"决算数"};
const std::array<Str, 2> kExecutionRateColumn = {U"执行率", U"执行进度"};
const std::array<Str, 2> kCompletionRateColumn = {U"完成率", U"完成比例"};
const std::array<Str, 2> kIndicatorUnitColumn = {U"计量单位", U"度量单位"};

}  // namespace gouji::lex::tables
