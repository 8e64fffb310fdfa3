#include "checks/rule_table.h"

namespace gouji {

const std::vector<RuleInfo>& rule_table() {
  static const std::vector<RuleInfo> t = {
      {"E01", Severity::Warning, "输入含无效字节", "Input contains invalid bytes"},
      {"E02", Severity::Error, "输入不是文本", "Input is not text"},
      {"E03", Severity::Info, "输入为空", "Input is empty"},
      {"E04", Severity::Error, ".docx 文件无法读取", "The .docx file cannot be read"},
      {"E05", Severity::Info, ".docx 部分内容未读入", "Part of the .docx was left out"},
      {"R01", Severity::Error, "合计数与其中各项之和不符", "Total differs from the sum of its parts"},
      {"R13", Severity::Error, "表格行/列/合计不平衡", "Table row, column or 合计 does not reconcile"},
      {"R14", Severity::Error, "正文合计与表格合计不一致", "Total in the text differs from the table"},
      {"R02", Severity::Error, "收入支出总表不平衡", "Income and expenditure (incl. carry-overs) do not balance"},
      {"R03", Severity::Error, "本年收入与各项收入之和不符", "Income differs from the sum of its sources"},
      {"R04", Severity::Error, "财政拨款与各预算来源之和不符", "Fiscal appropriation differs from its budget books"},
      {"R05", Severity::Error, "本年支出与基本支出、项目支出之和不符", "Expenditure differs from basic + project"},
      {"R06", Severity::Error, "按功能分类与按性质的支出合计不符", "Expenditure by function differs from expenditure by nature"},
      {"R07", Severity::Error, "基本支出与人员经费、公用经费或经济分类之和不符", "Basic expenditure differs from staff + running costs or its economic classes"},
      {"R08", Severity::Error, "“三公”经费与各项之和不符", "\"Three public\" costs differ from their items"},
      {"R09", Severity::Error, "财政拨款收支不平衡", "Fiscal appropriation does not balance (income + carry-in = spending + carry-over)"},
      {"R10", Severity::Error, "资产不等于负债加净资产", "Assets differ from liabilities + net assets"},
      {"R11", Severity::Error, "全年预算不等于年初预算、上年结转与调整之和", "Full-year budget differs from initial + carry-in + adjustments"},
      {"R12", Severity::Error, "年初预算收支不平衡", "Initial budget income and expenditure differ"},
      {"R15", Severity::Error, "同一数据前后不一致", "The same figure is stated with different values"},
      {"R16", Severity::Warning, "全口径与分资金来源的数据不衔接", "All-source figure does not fit the fund-level figures"},
      {"R70", Severity::Warning, "标题编号不连续或重复", "Heading numbers skip or repeat"},
      {"R71", Severity::Warning, "标题编号样式不一致", "Heading numbering style is inconsistent"},
      {"R72", Severity::Warning, "第一个标题缺少编号", "First heading is not numbered"},
      {"R73", Severity::Warning, "一是、二是……列举序号错误", "Inline enumeration (一是…) skips or repeats"},
      {"R61", Severity::Error, "人数/机构数与其中各部分之和不符", "Headcount differs from the sum of its parts"},
      {"R63", Severity::Error, "事件数与其中各部分之和不符", "Event count differs from the sum of its parts"},
      {"R60", Severity::Warning, "所述数量与列举项数不符", "Stated count differs from the items listed"},
      {"R62", Severity::Warning, "列举项重复", "Item listed twice"},
      {"R80", Severity::Warning, "年度报告使用了非全年数据", "Partial-year data in an annual report"},
      {"R81", Severity::Warning, "对评价年度使用将来时（预计数而非实际数）", "Future tense about the evaluated year (estimate, not actual)"},
      {"R82", Severity::Info, "年份指代不明或与报告年度不一致", "Year reference ambiguous or inconsistent with the report year"},
      {"R74", Severity::Warning, "报告缺少必备部分", "Required section missing"},
      {"R75", Severity::Info, "列出的附件未附", "Listed attachment not included"},
      {"R90", Severity::Error, "统一社会信用代码校验位错误", "Unified social credit code fails its check"},
      {"R91", Severity::Info, "疑似错别字、多字、漏字或多余空格", "Likely typo, repeated or missing character, or stray space"},
      {"R93", Severity::Info, "约数未参与精确核对", "Approximate numbers excluded from exact checks"},
      {"R94", Severity::Error, "不同计量单位未经换算直接相加", "Figures in different units added without conversion"},
      {"R95", Severity::Info, "正文提及的资金未见于收支情况", "Money in the narrative absent from the accounts"},
      {"R17", Severity::Warning, "资金拨付比例与项目进度不匹配", "Disbursement out of step with physical progress"},
      {"R20", Severity::Warning, "预算执行率超过100%或低于90%未说明原因", "Budget execution above 100%, or below 90% without a reason"},
      {"R21", Severity::Error, "比率与其分子、分母不符", "Stated rate does not match its numerator and denominator"},
      {"R22", Severity::Info, "由比率推算的基数", "Base implied by a rate and its numerator"},
      {"R23", Severity::Warning, "比例型指标超过100%", "Proportion-type rate above 100%"},
      {"R24", Severity::Warning, "完成率达到130%以上，目标可能偏低", "Completion of 130% or more: target likely set too low"},
      {"R26", Severity::Error, "增减额与增减率不符", "Change amount and growth rate disagree"},
      {"R27", Severity::Warning, "比率变化应以“个百分点”表述", "Change of a rate should be in percentage points"},
      {"R28", Severity::Error, "占比与部分、总数不符", "Share does not match part / total"},
      {"R29", Severity::Error, "完成年初预算比例与决算数、差额不符", "Share of initial budget disagrees with outturn and difference"},
      {"R30", Severity::Info, "结转结余率", "Carry-over ratio"},
      {"R31", Severity::Warning, "在职人数超过编制数", "Staff above authorised posts"},
      {"R32", Severity::Warning, "“三公”经费增加、超预算或下降无法核实", "\"Three public\" expenses rose, exceed budget or the claimed fall is unverifiable"},
      {"R33", Severity::Info, "预算调整率", "Budget adjustment rate"},
      {"R34", Severity::Info, "公用经费控制率、政府采购执行率", "Public funds control / procurement execution rate"},
      {"R35", Severity::Info, "推算的人均量不合常理", "Implied per-unit average is implausible"},
      {"R25", Severity::Warning, "未完成目标且未说明原因", "Target not met and no reason given"},
      {"R40", Severity::Warning, "目标缺少实际完成值，或两者单位不同", "Target without an actual, or in another unit"},
      {"R41", Severity::Info, "指标名称与计量单位不符", "Indicator name and unit disagree"},
      {"R42", Severity::Warning, "绩效目标无法量化考核", "Target cannot be measured"},
      {"R43", Severity::Info, "未完成目标（已说明原因）", "Target not met (reason given)"},
      {"R44", Severity::Warning, "一类指标整体缺少完成情况", "A whole indicator group has no actuals"},
      {"R45", Severity::Info, "多项完成值与目标值完全相同", "Many actuals identical to their targets"},
      {"R50", Severity::Info, "自评得分参考估算/复核", "Self-score: reference estimate / recomputation"},
      {"R51", Severity::Error, "自评表分值之和与总分不符或权重不合规", "自评表 weights do not add up, or a non-standard split"},
      {"R52", Severity::Error, "评价等级与得分不符", "Grade does not match the score"},
      {"R53", Severity::Warning, "自评得分可能偏高", "Self-score may be too high"},
      {"R54", Severity::Warning, "自评报告未给出自评得分", "Self-evaluation report states no score"},
      {"R55", Severity::Error, "预算执行率得分与执行率不符", "Budget-execution points do not match the rate"},
  };
  return t;
}

const RuleInfo& rule_info(std::string_view id) {
  for (const auto& r : rule_table())
    if (r.id == id) return r;
  static const RuleInfo unknown{"R00", Severity::Info, "其他", "Other"};
  return unknown;
}

}  // namespace gouji
