#pragma once
// Words the budget-fact reader (facts/budget_facts.cpp) reads a label with: the modifiers that
// scope a figure (fund, stage, whole-unit words), the key words that give a figure its role in
// the accounts (收入/支出/结转/三公 items/经济 and 功能 classes/balance sheet), the words a
// count or a self-score label ends with, and the names of units and projects a sentence can be
// about. Data only (issue 14: one vocabulary in core/lexicon); the matching stays in the reader.
#include <string_view>

#include "facts/budget_facts.h"
#include "lexicon/han_numerals.h"

namespace gouji::lex::budget {

using Str = std::u32string_view;

// ---- Tables ---------------------------------------------------------------------------------
// A label is <modifiers> KEY <modifiers>, e.g. "2024年 部门 年初预算 收入", "基本支出 年初预算",
// "一般公共预算 财政拨款 支出", "全年可执行预算 合计". Anything else around the key word (an
// item name, "比上年增加", "局本级") means the figure is not the aggregate the key names.

enum class ModKind { Filler, Scope, Fund, Stage, Grand };  // Scope: a filler naming the whole unit/year

struct Modifier {
  Str text;
  ModKind kind;
  Fund fund = Fund::All;
  BudgetStage stage = BudgetStage::None;
};
inline constexpr Modifier kModifiers[] = {
    // fund scope (longest first is not required: matching takes the longest)
    {U"一般公共预算财政拨款", ModKind::Fund, Fund::General},
    {U"一般公共预算", ModKind::Fund, Fund::General},
    {U"公共财政预算", ModKind::Fund, Fund::General},
    {U"政府性基金预算财政拨款", ModKind::Fund, Fund::GovFund},
    {U"政府性基金预算", ModKind::Fund, Fund::GovFund},
    {U"政府性基金", ModKind::Fund, Fund::GovFund},
    {U"国有资本经营预算财政拨款", ModKind::Fund, Fund::StateCapital},
    {U"国有资本经营预算", ModKind::Fund, Fund::StateCapital},
    {U"国有资本经营", ModKind::Fund, Fund::StateCapital},
    {U"社会保险基金预算", ModKind::Fund, Fund::SocialInsurance},
    {U"非财政拨款", ModKind::Fund, Fund::NonFiscal},
    {U"财政拨款", ModKind::Fund, Fund::Fiscal},
    {U"全口径", ModKind::Fund, Fund::All},
    // stage
    {U"年初预算数", ModKind::Stage, Fund::All, BudgetStage::Initial},
    {U"年初预算", ModKind::Stage, Fund::All, BudgetStage::Initial},
    {U"年初数", ModKind::Stage, Fund::All, BudgetStage::Initial},
    {U"年初", ModKind::Stage, Fund::All, BudgetStage::Initial},
    {U"期初", ModKind::Stage, Fund::All, BudgetStage::Initial},
    {U"调整后预算数", ModKind::Stage, Fund::All, BudgetStage::Full},
    {U"调整后预算", ModKind::Stage, Fund::All, BudgetStage::Full},
    {U"调整后", ModKind::Stage, Fund::All, BudgetStage::Full},
    {U"全年预算数", ModKind::Stage, Fund::All, BudgetStage::Full},
    {U"全年预算", ModKind::Stage, Fund::All, BudgetStage::Full},
    {U"可执行预算", ModKind::Stage, Fund::All, BudgetStage::Full},
    {U"可执行指标", ModKind::Stage, Fund::All, BudgetStage::Full},
    {U"可执行", ModKind::Stage, Fund::All, BudgetStage::Full},
    {U"预算数", ModKind::Stage, Fund::All, BudgetStage::Budget},
    {U"预算", ModKind::Stage, Fund::All, BudgetStage::Budget},
    {U"决算数", ModKind::Stage, Fund::All, BudgetStage::Final},
    {U"决算", ModKind::Stage, Fund::All, BudgetStage::Final},
    {U"实际", ModKind::Stage, Fund::All, BudgetStage::Final},
    {U"执行数", ModKind::Stage, Fund::All, BudgetStage::Final},
    {U"年末", ModKind::Stage, Fund::All, BudgetStage::Final},
    {U"期末", ModKind::Stage, Fund::All, BudgetStage::Final},
    // 总计: the grand total of a side of the 收入支出决算总表
    {U"总计", ModKind::Grand},
    // words that do not change what is named
    {U"部门整体", ModKind::Scope},  {U"本部门", ModKind::Scope},    {U"部门", ModKind::Scope},
    {U"本单位", ModKind::Scope},    {U"我单位", ModKind::Scope},    {U"单位", ModKind::Scope},
    {U"全局", ModKind::Scope},      {U"本局", ModKind::Scope},      {U"我局", ModKind::Scope},
    {U"整体", ModKind::Scope},      {U"本年度", ModKind::Scope},    {U"本年", ModKind::Scope},
    {U"全年度", ModKind::Scope},    {U"全年", ModKind::Scope},      {U"当年", ModKind::Scope},
    {U"年度", ModKind::Filler},     {U"年内", ModKind::Filler},     {U"合计", ModKind::Scope},
    {U"小计", ModKind::Filler},     {U"总额", ModKind::Filler},     {U"总数", ModKind::Filler},
    {U"共计", ModKind::Filler},     {U"累计", ModKind::Filler},     {U"总", ModKind::Filler},
    {U"共", ModKind::Filler},       {U"计", ModKind::Filler},       {U"为", ModKind::Filler},
    {U"是", ModKind::Filler},       {U"达到", ModKind::Filler},     {U"达", ModKind::Filler},
    {U"金额", ModKind::Filler},     {U"额", ModKind::Filler},       {U"数", ModKind::Filler},
    // a list's opening word, however written ("…合计X万元，包括：事业收入…" as "其中：")
    {U"主要包括", ModKind::Filler}, {U"包括", ModKind::Filler},     {U"包含", ModKind::Filler},
    {U"具体为", ModKind::Filler},   {U"具体是", ModKind::Filler},
    {U"其中", ModKind::Filler},     {U"截至", ModKind::Filler},     {U"截止到", ModKind::Filler},
    {U"截止", ModKind::Filler},     {U"安排", ModKind::Filler},     {U"发生", ModKind::Filler},
    {U"完成", ModKind::Filler},     {U"的", ModKind::Filler},       {U"情况", ModKind::Filler},
    {U"未编制", ModKind::Filler},   {U"编制", ModKind::Filler},     {U"无", ModKind::Filler},
};
struct RoleWord {
  Str text;
  Role role;
  int sign = 1;
};
// Key words → roles. Econ and Func names are the key word itself (canonicalised in class_name).
inline constexpr RoleWord kRoleWords[] = {
    {U"收入", Role::Income},
    {U"拨款", Role::Income},
    {U"支出", Role::Expense},
    {U"使用非财政拨款结余", Role::UseSurplus},
    {U"使用非财政拨款结余和专用结余", Role::UseSurplus},
    {U"使用专用结余", Role::UseSurplus},
    {U"年初结转和结余", Role::CarryIn},
    {U"年初结转结余", Role::CarryIn},
    {U"年初结转", Role::CarryIn},
    {U"年初结余", Role::CarryIn},
    {U"上年结转和结余", Role::CarryIn},
    {U"上年结转结余", Role::CarryIn},
    {U"上年结转", Role::CarryIn},
    {U"上年结余", Role::CarryIn},
    {U"以前年度结转", Role::CarryIn},
    {U"期初结转和结余", Role::CarryIn},
    {U"年末结转和结余", Role::CarryOut},
    {U"年末结转结余", Role::CarryOut},
    {U"年末结转", Role::CarryOut},
    {U"年末结余", Role::CarryOut},
    {U"期末结转和结余", Role::CarryOut},
    {U"结转和结余", Role::CarryOut},
    {U"结转结余", Role::CarryOut},
    {U"结转下年", Role::CarryOut},
    {U"结余分配", Role::Distribution},
    {U"收支结余分配", Role::Distribution},
    {U"上级补助收入", Role::IncUpper},
    {U"事业收入", Role::IncBusiness},
    {U"经营收入", Role::IncOperating},
    {U"附属单位上缴收入", Role::IncAffiliate},
    {U"附属单位缴款", Role::IncAffiliate},
    {U"其他收入", Role::IncOther},
    {U"基本支出", Role::Basic},
    {U"项目支出", Role::Project},
    {U"上缴上级支出", Role::PaidToUpper},
    {U"经营支出", Role::OperatingExp},
    {U"对附属单位补助支出", Role::AffiliateSubsidy},
    {U"全年可执行预算", Role::Executable},
    {U"可执行预算", Role::Executable},
    {U"可执行指标", Role::Executable},
    {U"全年预算数", Role::Executable},
    {U"全年预算", Role::Executable},
    {U"调整后预算数", Role::Executable},
    {U"调整后预算", Role::Executable},
    {U"调整后的预算", Role::Executable},
    {U"调整预算数", Role::Executable},  // 名词解释: 调整预算数 = the budget after adjustment
    {U"调整预算", Role::Adjustment},
    {U"预算调整", Role::Adjustment},
    {U"追加调整", Role::Adjustment},
    {U"追加预算", Role::Adjustment},
    {U"本年调整", Role::Adjustment},
    {U"年中追加", Role::Adjustment},
    {U"年中调整", Role::Adjustment},  // 年中 is no modifier: the stage word must carry it
    {U"年中调增", Role::Adjustment},
    {U"年中调减", Role::Adjustment, -1},
    {U"调整", Role::Adjustment},
    {U"追加", Role::Adjustment},
    {U"调增", Role::Adjustment},
    {U"调减", Role::Adjustment, -1},
    {U"追减", Role::Adjustment, -1},
    {U"人员经费", Role::Personnel},
    {U"公用经费", Role::PublicCost},
    // 经济分类
    {U"工资福利支出", Role::Econ},
    {U"工资福利", Role::Econ},
    {U"商品和服务支出", Role::Econ},
    {U"商品和服务", Role::Econ},
    {U"对个人和家庭的补助", Role::Econ},
    {U"对个人和家庭补助", Role::Econ},
    {U"对个人和家庭的补助支出", Role::Econ},
    {U"对个人和家庭补助支出", Role::Econ},
    {U"资本性支出", Role::Econ},
    {U"对企业补助", Role::Econ},
    {U"对企业补助支出", Role::Econ},
    {U"债务利息及费用支出", Role::Econ},
    {U"对社会保障基金补助", Role::Econ},
    // 功能分类 类级 (brackets such as “（类）” are removed before matching)
    {U"一般公共服务支出", Role::Func},
    {U"外交支出", Role::Func},
    {U"国防支出", Role::Func},
    {U"公共安全支出", Role::Func},
    {U"教育支出", Role::Func},
    {U"科学技术支出", Role::Func},
    {U"文化旅游体育与传媒支出", Role::Func},
    {U"文化体育与传媒支出", Role::Func},
    {U"社会保障和就业支出", Role::Func},
    {U"社会保险基金支出", Role::Func},
    {U"卫生健康支出", Role::Func},
    {U"医疗卫生与计划生育支出", Role::Func},
    {U"医疗卫生支出", Role::Func},
    {U"节能环保支出", Role::Func},
    {U"城乡社区支出", Role::Func},
    {U"农林水支出", Role::Func},
    {U"交通运输支出", Role::Func},
    {U"资源勘探工业信息等支出", Role::Func},
    {U"资源勘探信息等支出", Role::Func},
    {U"商业服务业等支出", Role::Func},
    {U"金融支出", Role::Func},
    {U"援助其他地区支出", Role::Func},
    {U"自然资源海洋气象等支出", Role::Func},
    {U"国土海洋气象等支出", Role::Func},
    {U"住房保障支出", Role::Func},
    {U"粮油物资储备支出", Role::Func},
    {U"灾害防治及应急管理支出", Role::Func},
    {U"债务付息支出", Role::Func},
    {U"债务发行费用支出", Role::Func},
    {U"其他支出", Role::Func},
    {U"抗疫特别国债安排的支出", Role::Func},
    {U"抗疫特别国债支出", Role::Func},
    // 三公经费 (quotes are removed before matching)
    {U"三公经费", Role::SanGong},
    {U"三公经费支出", Role::SanGong},
    {U"三公支出", Role::SanGong},
    {U"因公出国费", Role::Abroad},  // 因公出国（境）费
    {U"因公出国境费", Role::Abroad},
    {U"因公出国费用", Role::Abroad},
    {U"公务用车购置及运行维护费", Role::CarTotal},
    {U"公务用车购置及运行费", Role::CarTotal},
    {U"公务用车购置和运行维护费", Role::CarTotal},
    {U"公务用车购置及运维费", Role::CarTotal},
    {U"公务用车购置费", Role::CarPurchase},
    {U"公务车购置费", Role::CarPurchase},
    {U"公务用车运行维护费", Role::CarRun},
    {U"公务用车运行费", Role::CarRun},
    {U"公务用车运维费", Role::CarRun},
    {U"公务接待费", Role::Reception},
    // balance sheet
    {U"资产总额", Role::Assets},
    {U"资产", Role::Assets},
    {U"总资产", Role::Assets},
    {U"负债总额", Role::Liabilities},
    {U"负债", Role::Liabilities},
    {U"总负债", Role::Liabilities},
    {U"净资产总额", Role::NetAssets},
    {U"净资产", Role::NetAssets},
};
// Counts and the self-score: the label ends with the key word; what precedes is free
// ("经县委编办核定编制3455人", "整体支出绩效自评95分").
struct EndWord {
  Str text;
  Role role;
};
inline constexpr EndWord kEndWords[] = {
    {U"核定编制数", Role::Posts}, {U"核定编制", Role::Posts},   {U"编制数", Role::Posts},
    {U"编制人数", Role::Posts},   {U"编制总数", Role::Posts},   {U"编制", Role::Posts},
    {U"在编在岗人员", Role::Staff}, {U"在编在岗", Role::Staff}, {U"在编人员", Role::Staff},
    {U"在职人员", Role::Staff},   {U"在职职工", Role::Staff},   {U"在职人数", Role::Staff},
    {U"实有人数", Role::Staff},   {U"实有人员", Role::Staff},   {U"在岗人员", Role::Staff},
    {U"自评得分", Role::SelfScore}, {U"自评总分", Role::SelfScore}, {U"自评分", Role::SelfScore},
    {U"自评", Role::SelfScore},   {U"自评结果", Role::SelfScore},
};

// Unit / project names a sentence can be about: figures stated for them are not the department's.
inline constexpr Str kEntitySuffixes[] = {U"本级", U"局",   U"中心", U"站",   U"医院", U"卫生院", U"院",   U"所",
                               U"学校", U"校",   U"办",   U"委",   U"会",   U"队",     U"室",   U"馆",
                               U"处",   U"科",   U"股",   U"项目", U"工程", U"二级单位", U"下属单位",
                               U"所属单位", U"机关", U"中学", U"小学", U"大学", U"学院", U"幼儿园", U"公司", U"厂"};
inline constexpr Str kProjectSuffixes[] = {U"项目", U"工程"};

// Words before a 结转和结余 key that make it the opening carry-over, not the closing one.
inline constexpr Str kCarryInLeads[] = {U"年初", U"上年", U"期初", U"以前年度"};
// Key words that name a side without its fund: the figure needs a scope word to be the whole.
inline constexpr Str kGenericKeys[] = {U"收入", U"支出", U"拨款"};
// Spending nouns that may stand among a 三公 label's modifiers ("“三公”经费 财政拨款 支出 决算").
inline constexpr Str kSpendWords[] = {U"支出", U"费用"};
// Shed from the end of a count or score label ("在编在岗人员共有" → "在编在岗人员").
inline constexpr Str kTrailingFillers[] = {U"共计", U"合计", U"达到", U"为", U"是", U"达", U"共", U"有", U"计", U"总"};
// A count or score label holding one of these is not a headcount or the self-score.
inline constexpr Str kNotEndWordLabels[] = {U"指标", U"满分", U"分值", U"权重", U"扣", U"其中", U"比上年",
                                            U"增加", U"减少"};
// 经济分类 names written short or long, and the one name each is shown by.
struct CanonicalName {
  Str prefix;  // a key starting with this
  Str name;
};
inline constexpr CanonicalName kEconNames[] = {
    {U"工资福利", U"工资福利支出"},
    {U"商品和服务", U"商品和服务支出"},
    {U"对个人和家庭", U"对个人和家庭的补助"},
    {U"对企业补助", U"对企业补助"},
};
// A list of economic classes naming both of these is the whole of 基本支出's classes (R07).
inline constexpr Str kCoreEconClasses[] = {U"工资福利支出", U"商品和服务支出"};
// 其他支出 is both a functional and an economic class.
inline constexpr Str kOtherSpending = U"其他支出";
inline constexpr CanonicalName kFuncNames[] = {{U"抗疫特别国债支出", U"抗疫特别国债安排的支出"}};  // whole key
// The 预算科目 level marks of an item name ("一般公共服务（类）人大事务（款）行政运行（项）").
inline constexpr Str kClassLevelMarks[] = {U"（项）", U"(项)", U"（款）", U"(款)", U"（类）", U"(类)"};
// A title naming 非财政拨款 does not name the 财政拨款 book it contains.
inline constexpr Str kNonFiscal = U"非财政拨款";
// A sentence opening with one of these continues the figure stated before it.
inline constexpr Str kContinuationLeads[] = {U"其中", U"包括", U"具体", U"分别"};
using lex::kHanNumerals;  // list markers and months (han_numerals.h)

}  // namespace gouji::lex::budget
