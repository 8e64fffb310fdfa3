#pragma once
// Words the completeness checks (checks/completeness_checks.cpp) read headings and clauses with:
// the sections a self-evaluation report must have (R74), the headings that name the accounts or
// the background (R95), the words of a project's early or finished stage and of its money (R17),
// and the words that name the report and its attachments (R54, R75).
// Data only (issue 14: one vocabulary in core/lexicon).
#include <string_view>
#include <vector>

namespace gouji::lex::sections {

using Str = std::u32string_view;

struct RequiredSection {
  const char* zh;
  const char* en;
  std::vector<Str> words;  // a heading whose title holds one of these, or a paragraph opening with one
};

inline const std::vector<RequiredSection>& required_sections() {
  static const std::vector<RequiredSection> t = {
      {"基本情况", "basic information", {U"基本情况", U"概况", U"基本信息", U"部门职责", U"单位职责"}},
      {"收支（预算执行）情况", "income, spending and budget execution",
       {U"收支", U"支出", U"预算执行", U"财务情况", U"决算", U"经费", U"资金"}},
      {"绩效目标", "performance targets", {U"绩效目标", U"目标设定", U"年度目标", U"目标"}},
      {"绩效目标完成情况", "results against the targets",
       {U"绩效情况", U"完成情况", U"绩效评价情况", U"绩效实现", U"产出", U"效益", U"成效", U"实施效果", U"绩效分析"}},
      {"存在的问题及原因", "problems and their causes", {U"问题", U"不足", U"存在的问题", U"存在问题及"}},
      {"改进措施", "improvement measures", {U"改进", U"措施", U"建议", U"下一步", U"下步", U"打算", U"整改"}},
      {"自评结果（得分）及应用", "self-score and its use",
       {U"自评结果", U"评价结果", U"自评得分", U"评价结论", U"结果应用", U"得分", U"评分", U"自评情况"}},
  };
  return t;
}

// ---- R95: sections whose heading names money are "accounts"; the rest is narrative. A heading
// stating the year's totals ("（二）本单位2023年度总支出125.08万元…") opens accounts whatever word
// (决算数/实际数) its comparisons use.
inline const std::vector<Str>& account_words() {
  static const std::vector<Str> w = {U"收支", U"财务", U"决算", U"预算", U"支出情况", U"支出管理", U"经费", U"资金使用", U"资产",
                                     U"总收入", U"总支出", U"本年收入", U"本年支出"};
  return w;
}
inline const std::vector<Str>& background_words() {  // 基本情况 and 职责 list no money worth tracing
  static const std::vector<Str> w = {U"基本情况", U"职责", U"机构", U"人员"};
  return w;
}

// ---- R17: a project still before construction, or finished.
inline const std::vector<Str>& early_stage_words() {
  static const std::vector<Str> w = {U"规划设计", U"设计方案", U"初步方案", U"初步设计", U"拆迁", U"前期工作", U"立项",
                                     U"尚未开工", U"未开工", U"征地", U"可研"};
  return w;
}
inline const std::vector<Str>& finished_words() {
  static const std::vector<Str> w = {U"竣工", U"完工", U"投入使用", U"交付使用", U"已建成"};
  return w;
}

// The report calls itself a self-evaluation ("…绩效自评报告").
inline constexpr Str kSelfEvaluationTitles[] = {U"自评报告", U"评价报告"};
// "附件：1. …": the attachments a report lists.
inline constexpr Str kAttachment = U"附件";
// A single unnumbered attachment ("附件：项目支出绩效自评表") is a document's name: it ends so, on its
// own line, in at most kMaxAttachmentName characters.
inline constexpr Str kAttachmentNameEnds[] = {U"表", U"报告", U"清单", U"明细", U"说明", U"材料", U"汇总"};
inline constexpr std::size_t kMaxAttachmentName = 40;
// A missing attachment that is the 自评表: the score cannot be checked item by item.
inline constexpr Str kScoreTable = U"自评表";
// R17: a clause stating a project's whole investment, and one stating money paid out.
inline constexpr Str kTotalInvestment = U"总投资";
inline constexpr Str kDisbursed = U"拨付";

}  // namespace gouji::lex::sections
