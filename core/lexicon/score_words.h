#pragma once
// Words the score checks (checks/score_checks.cpp) read with: what names a self-score and what
// names a weight (R50), the phrases that state a grade and the grade words (R52), the problems a
// report admits (R53), and the labels of a stated execution rate and its points (R55).
// Data only (issue 14: one vocabulary in core/lexicon).
#include <cstdint>
#include <string_view>

namespace gouji::lex::score {

using Str = std::u32string_view;

// A score labelled so is a weight or a deduction, not the score given.
inline constexpr Str kWeightWords[] = {U"分值", U"权重", U"满分", U"扣"};
// A score labelled so is the report's overall self-score.
inline constexpr Str kOverallWords[] = {U"自评", U"总分", U"综合", U"评分", U"总得分", U"评价得分", U"最终得分",
                                        U"考核得分"};

// ---- R52: a grade stated in words ----
inline constexpr Str kGradeTriggers[] = {U"等级评定为", U"评价等级为", U"自评等级为", U"等级为", U"等级是", U"等级：",
                                         U"等级:", U"评价等级", U"自评等级", U"评定为", U"等次为", U"档次为", U"定级为",
                                         U"评价结果为", U"自评结果为", U"评为"};
enum GradeValue : std::uint8_t { Excellent = 1, Good, Fair, Poor };
struct GradeToken {
  Str w;
  GradeValue g;
};
inline constexpr GradeToken kGradeTokens[] = {{U"优秀", Excellent}, {U"良好", Good}, {U"中等", Fair}, {U"较差", Poor},
                                              {U"优", Excellent},   {U"良", Good},   {U"中", Fair},   {U"差", Poor}};
// Copulas between a trigger and the grade ("评定为：优").
inline constexpr Str kGradeCopulas = U"为是";
// "优化", "中心", "差异" are words, not grades; "优等", "优级", "优档", "优次" are.
inline constexpr Str kGradeSuffixes = U"等级档次";

// ---- R53: problems the report admits in its 存在问题 section ----
inline constexpr Str kAdmittedProblems[] = {U"拨付不及时", U"编制欠精准", U"编制不精准", U"不够精准", U"不够准确",
                                            U"执行率偏低", U"执行进度缓慢", U"进度缓慢", U"进度滞后", U"资金闲置",
                                            U"结余较大", U"未完成", U"欠科学", U"不够科学"};
inline constexpr Str kProblemTitles[] = {U"问题", U"不足"};
inline constexpr Str kRemedyTitles[] = {U"措施", U"建议"};

// ---- R55 and the estimate: a stated budget execution rate and the points it earns ----
inline constexpr Str kBudgetExecutionRates[] = {U"预算执行率", U"资金执行率", U"支出执行率"};
inline constexpr Str kExecutionRate = U"执行率";
inline constexpr Str kEarned = U"得";  // 得分 / 得X分
// R54: the report calls itself a self-evaluation report.
inline constexpr Str kSelfEvaluationReport = U"自评报告";

}  // namespace gouji::lex::score
