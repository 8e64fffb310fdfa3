#pragma once
// Words the target reader (facts/targets.cpp) reads indicators with: comparators around a target
// value, the fillers an indicator's name sheds, the group labels of the indicator tree
// (产出/效益/满意度), the titles of target and actual sections, the header words of a 自评表's
// columns, the names of indicators that count downwards, and the words that give a deviation's
// reason or mark a figure as not final. Data only (issue 14: one vocabulary in core/lexicon).
#include <string_view>

#include "facts/targets.h"
#include "lexicon/han_numerals.h"
#include "numbers/quantity.h"

namespace gouji::lex::targets {

using Str = std::u32string_view;

// ---- names ----
// Words around a value that say which way the target counts.
struct CmpWord {
  Str word;
  Comparator cmp;
};
inline constexpr CmpWord kPrefixComparators[] = {
    {U"大于或等于", Comparator::Ge}, {U"大于等于", Comparator::Ge}, {U"不低于", Comparator::Ge},
    {U"不少于", Comparator::Ge},     {U"不小于", Comparator::Ge},   {U"至少", Comparator::Ge},
    {U"达到", Comparator::Ge},       {U"≥", Comparator::Ge},        {U"≧", Comparator::Ge},
    {U">=", Comparator::Ge},         {U"大于", Comparator::Gt},     {U"高于", Comparator::Gt},
    {U"超过", Comparator::Gt},       {U"＞", Comparator::Gt},       {U">", Comparator::Gt},
    {U"小于等于", Comparator::Le},   {U"不高于", Comparator::Le},   {U"不超过", Comparator::Le},
    {U"不大于", Comparator::Le},     {U"控制在", Comparator::Le},   {U"≤", Comparator::Le},
    {U"≦", Comparator::Le},          {U"低于", Comparator::Lt},     {U"小于", Comparator::Lt},
};
inline constexpr CmpWord kSuffixComparators[] = {
    {U"及以上", Comparator::Ge}, {U"以上", Comparator::Ge}, {U"及以下", Comparator::Le},
    {U"以下", Comparator::Le},   {U"以内", Comparator::Le}, {U"之内", Comparator::Le},
};
// The same suffix comparators as the value text shows them ("90%以上"): UTF-8.
inline constexpr std::string_view kWordedComparators[] = {"以上", "以内", "以下"};
// Words in a prose figure's label that make it something other than the year's actual, so it
// cannot restate a 自评表 actual: a target said in prose ("年度目标为…"), a figure over several
// years ("累计…").
inline constexpr Str kNotTheYearsActual[] = {U"目标", U"累计"};
// The labels of a count of the target set itself ("共编制12个绩效目标指标，其中一级指标3个…"): how
// the set is built, not an indicator with a target.
inline constexpr Str kIndicatorSetLabels[] = {U"指标", U"绩效指标", U"目标指标", U"绩效目标指标", U"绩效目标",
                                              U"一级指标", U"二级指标", U"三级指标", U"四级指标", U"个性指标",
                                              U"共性指标", U"定量指标", U"定性指标"};
// Characters that end a unit written after a value ("100人以上": the unit is 人).
inline constexpr Str kUnitStops = U"以上以内以下左右";

// Filler at the end of a name ("覆盖率达", "满意度为").
inline constexpr Str kTrailingFiller[] = {U"为", U"是", U"达", U"共计", U"共", U"计", U"约", U"近",
                                          U"均为", U"均", U"保持在", U"="};
// Filler at the start of a name: time, place, "already".
inline constexpr Str kLeadingFiller[] = {
    U"截至目前", U"截止目前", U"截止到目前", U"本年度", U"全年度", U"今年", U"全年", U"本年", U"年度",
    U"当年",     U"我区",     U"我县",       U"我市",   U"我局",   U"我省", U"我院", U"我单位", U"全区",
    U"全县",     U"全市",     U"全省",       U"共计",   U"累计",   U"共",   U"已经", U"已",   U"实际", U"其中"};
// "完成了…" opening a long name: the verb, not the indicator (longest first).
inline constexpr Str kLeadingDone[] = {U"完成了", U"完成"};
// "人数", "数量" and the like are written or dropped at will ("免费两癌检查数量" / "…人数").
inline constexpr Str kCountSuffixes[] = {U"人次数", U"人数", U"数量", U"户数", U"个数", U"次数", U"家数", U"例数", U"数"};
using lex::kHanNumerals;  // list markers and months (han_numerals.h)

// ---- groups ----
struct GroupWord {
  Str word;
  IndicatorGroup group;
};
// Longest first: a label is matched at the start of an item.
inline constexpr GroupWord kGroupLabels[] = {
    {U"服务对象满意度指标", IndicatorGroup::Satisfaction},
    {U"可持续影响指标", IndicatorGroup::Benefit},
    {U"服务对象满意度", IndicatorGroup::Satisfaction},
    {U"经济效益指标", IndicatorGroup::Benefit},
    {U"社会效益指标", IndicatorGroup::Benefit},
    {U"生态效益指标", IndicatorGroup::Benefit},
    {U"满意度指标", IndicatorGroup::Satisfaction},
    {U"可持续影响", IndicatorGroup::Benefit},
    {U"产出指标", IndicatorGroup::Output},
    {U"数量指标", IndicatorGroup::Output},
    {U"质量指标", IndicatorGroup::Output},
    {U"时效指标", IndicatorGroup::Output},
    {U"成本指标", IndicatorGroup::Output},
    {U"效益指标", IndicatorGroup::Benefit},
    {U"经济效益", IndicatorGroup::Benefit},
    {U"社会效益", IndicatorGroup::Benefit},
    {U"生态效益", IndicatorGroup::Benefit},
    {U"效果指标", IndicatorGroup::Benefit},
    {U"满意度", IndicatorGroup::Satisfaction},
    {U"数量", IndicatorGroup::Output},
    {U"质量", IndicatorGroup::Output},
    {U"时效", IndicatorGroup::Output},
};
// The group a free-form title names ("部门产出指标完成情况" → 产出), when it names exactly one.
inline constexpr Str kOutputTitleWords[] = {U"产出", U"数量指标", U"质量指标", U"时效指标", U"成本指标"};
inline constexpr Str kBenefitTitleWords[] = {U"效益", U"效果"};
inline constexpr Str kSatisfactionTitleWords[] = {U"满意"};
inline constexpr Str kSatisfaction = U"满意度";

// ---- section titles ----
// A title of the targets set: names a target, and not a result, a problem or the overall goal.
inline constexpr Str kNotTargetTitles[] = {U"完成", U"实现", U"问题", U"不足", U"欠", U"原因", U"措施",
                                           U"改进", U"偏差", U"应用", U"公开", U"总目标", U"总体目标", U"设置"};
inline constexpr Str kTargetTitles[] = {U"绩效目标", U"年度目标", U"绩效指标", U"年度指标", U"目标值", U"指标值"};
// A title of the results: names a completion, and not a problem or the budget's execution.
inline constexpr Str kNotActualTitles[] = {U"问题", U"措施", U"改进", U"应用", U"公开", U"原因", U"预算执行"};
inline constexpr Str kActualTitles[] = {U"完成情况", U"指标完成", U"绩效情况", U"实现情况", U"完成值", U"目标完成",
                                        U"目标实现", U"指标实现"};
inline constexpr Str kOverallGoalTitles[] = {U"总目标", U"总体目标", U"长期目标"};
// Short titles written as a label before a colon ("预期目标：…", "实际完成情况：…").
inline constexpr Str kTargetLabels[] = {U"预期目标", U"年度绩效目标", U"绩效目标"};
inline constexpr Str kActualLabels[] = {U"实际完成情况", U"完成情况"};

// ---- the 自评表 ----
// Header cells of an indicator table: a row holding two of these is its header.
inline constexpr Str kHeaderWords[] = {U"指标值", U"目标值", U"实际完成", U"完成值", U"实际值", U"分值", U"得分",
                                       U"三级指标", U"二级指标", U"一级指标", U"全年预算", U"全年执行", U"执行率",
                                       U"偏差原因"};
// The words that find each column (the first that a header cell holds), and those it must not hold.
inline constexpr Str kColName[] = {U"三级指标", U"指标名称", U"绩效指标", U"二级指标"};
inline constexpr Str kColLevel1[] = {U"一级指标"};
inline constexpr Str kColLevel2[] = {U"二级指标"};
inline constexpr Str kColTarget[] = {U"年度指标值", U"指标值", U"目标值", U"计划值"};
inline constexpr Str kColTargetNot[] = {U"实际"};
inline constexpr Str kColActual[] = {U"实际完成值", U"完成值", U"实际值", U"实际完成"};
inline constexpr Str kColWeight[] = {U"分值", U"权重", U"标准分"};
inline constexpr Str kColPoints[] = {U"得分", U"评分"};
inline constexpr Str kColReason[] = {U"偏差原因", U"原因"};
inline constexpr Str kColBudget[] = {U"全年预算数", U"调整后预算", U"预算数"};
inline constexpr Str kColBudgetNot[] = {U"年初"};
inline constexpr Str kColSpent[] = {U"全年执行数", U"执行数", U"实际支出"};
inline constexpr Str kColInitial[] = {U"年初预算数", U"年初预算"};
// R15, the 自评表's 预算执行 block restated in the prose ("该项目年初预算数120万元…执行率95%"): the
// words a prose label may hold besides the lexicon's stage and rate words and still name the
// block's whole (the project's or department's funds). Any other word names something else
// ("会议费年初预算"), and the figure is not the block's. The same words name no recipient of an
// allocation (restatement_checks.cpp: "下达我区供水保障资金" names 我区供水保障).
inline constexpr Str kBlockSubjectWords[] = {U"项目资金", U"项目", U"资金", U"专项", U"该", U"本", U"部门", U"单位",
                                             U"整体", U"全年", U"年末", U"年底", U"截至", U"截止", U"实际", U"指标",
                                             U"情况", U"总体", U"得分", U"得"};
inline constexpr Str kColRate[] = {U"执行率", U"执行进度"};
// The first cell of the table's total row.
inline constexpr Str kTotalRowLabels[] = {U"总分", U"合计", U"总计", U"综合得分", U"总得分"};
// The funds row of the indicator table scores execution, not an indicator.
inline constexpr Str kExecutionRate = U"执行率";
// A reason cell saying there is none.
inline constexpr Str kNoReason[] = {U"无", U"/", U"-", U"—", U"——", U"无偏差", U"不适用"};

// ---- narrative pairs ("目标数1200人，实际完成1350人") ----
// Rates about the figure just given ("完成率104.2%", "增长5%") are not indicators of their own.
inline constexpr Str kAboutPrevious[] = {U"完成率", U"增长", U"增幅", U"同比", U"比上年", U"较上年", U"占比"};
// "计划" alone would catch 计划生育.
inline constexpr Str kTargetWords[] = {U"目标数", U"目标任务", U"目标值", U"目标为", U"目标是", U"计划数",
                                       U"计划任务", U"计划完成", U"任务数", U"下达任务", U"任务为", U"年度任务",
                                       // a target named by its column's word in prose ("指标值≥95%，实际值96%")
                                       U"指标值", U"预期值"};
// Those column words: a target so named may have its actual after a "；" ("年度指标值：120人次；实际完成值：115人次").
inline constexpr Str kTargetColumnWords[] = {U"指标值", U"预期值"};
inline constexpr Str kTargetBareWords[] = {U"目标", U"计划", U"预期"};
inline constexpr Str kNotAfterPlan = U"生育";  // 计划生育
inline constexpr Str kCompletionRate = U"完成率";
inline constexpr Str kActualWords[] = {U"完成", U"实际", U"实现"};
inline constexpr Str kNotActualWords[] = {U"目标", U"计划"};  // an actual's clause naming the plan is not one
// Money that arrived or was paid against a plan ("计划投入资金500万元，实际到位450万元") is a
// funds statement — its 到位率/支付率 is R21's — not an indicator's actual.
inline constexpr Str kFundFlowWords[] = {U"到位", U"拨付", U"支付"};
// Words dropped from a target clause to leave the indicator's name (longest first).
inline constexpr Str kTargetNameWords[] = {U"年度指标值", U"指标值", U"预期值", U"目标任务数", U"目标任务", U"目标数", U"目标值", U"下达任务数", U"下达任务",
                                           U"年度任务", U"任务数", U"计划数", U"计划完成", U"计划开展", U"全年计划",
                                           U"计划", U"预期", U"目标", U"任务"};

// ---- direction ----
// Names of indicators that count downwards when the target carries no comparator.
inline constexpr Str kNegativeRates[] = {U"死亡率", U"发病率", U"发生率", U"患病率", U"投诉率", U"差错率", U"事故率",
                                         U"故障率", U"超支率", U"空置率", U"流失率", U"返工率", U"逾期率", U"漏检率",
                                         U"误诊率", U"复发率", U"感染率", U"失访率", U"不良", U"违规率", U"退回率",
                                         U"损耗率"};
inline constexpr Str kRateEnds[] = {U"率", U"度"};  // other rates and degrees count upwards
inline constexpr Str kNegativeWords[] = {U"成本", U"费用", U"单价", U"造价", U"价格", U"时限", U"时长",
                                         U"用时", U"耗时", U"等候", U"投诉", U"事故", U"差错"};
inline constexpr Str kCost = U"成本";  // a money indicator under a 成本指标 subgroup
// A qualitative actual saying it was not reached.
inline constexpr Str kNegations[] = {U"未", U"没有", U"不达标", U"不合格"};

// ---- reasons ----
// ("造成" alone would match 改造成本.)
inline constexpr Str kReasonWords[] = {U"原因", U"由于", U"因为", U"导致", U"造成了", U"影响", U"未能",
                                       U"偏差", U"主要是", U"系因", U"受限", U"减少"};
// Generic words that do not identify an indicator when a sentence shares them with its name.
inline constexpr Str kGeneric[] = {U"公共卫生", U"卫生健康", U"医疗卫生", U"计划生育", U"基本公共", U"服务",
                                   U"资金", U"项目", U"工作", U"完成", U"指标", U"人数"};
// The next sentence gives the reason when it opens so ("…2200人。主要原因是…").
inline constexpr Str kReasonLeads[] = {U"主要原因", U"原因", U"由于", U"因", U"受"};

// ---- figures that are not the year's final ones ----
inline constexpr Str kNotFinalWords[] = {U"截至目前", U"截止目前", U"截止到目前", U"截至当前", U"拟完成", U"预计全年"};
inline constexpr Str kCutoffWords[] = {U"截止到", U"截至到", U"截至", U"截止"};
inline constexpr Str kBeforeYearEnd[] = {U"将在12月底前", U"将于12月底前"};

}  // namespace gouji::lex::targets
