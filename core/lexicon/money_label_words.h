#pragma once
// Words the rate-fact reader (facts/rates.cpp) reads a money figure's label with: what it sheds
// before naming (dates, whole-unit words, copulas), the budget or plan a 占 share may be of (a
// completion, not a share), and the words that give the label its stage, side and scope.
// Data only (issue 14: one vocabulary in core/lexicon); the order of the rules stays in rates.cpp.
#include <string_view>

namespace gouji::lex::money_label {

using Str = std::u32string_view;

// Prefixes that date or locate a figure without naming it, and suffixes that only link it.
inline constexpr Str kDropPrefixes[] = {U"本部门", U"本单位", U"我单位", U"部门", U"单位", U"我局", U"本局",
                                        U"全局", U"本年度", U"今年", U"年度", U"其中", U"另有", U"共"};
inline constexpr Str kDropSuffixes[] = {U"均达到", U"均为", U"均达", U"达到", U"已达", U"为", U"达", U"是",
                                        U"均", U"约", U"了", U"的"};
// "截至2024年12月31日" / "截止年底前": a cut-off date opening a label, ended by one of kCutoffEnds.
inline constexpr Str kCutoffWords[] = {U"截至", U"截止"};
inline constexpr Str kCutoffEnds = U"日底末止";
inline constexpr Str kBefore = U"前";
inline constexpr Str kYearSuffix = U"度";  // 2024年度

// ---- 占X: a share, unless X is a budget or a plan ----
inline constexpr Str kShareOf = U"占";
// "占到总支出的" / "占了…": the verb's tail, not part of the whole's name.
inline constexpr Str kShareVerbTails[] = {U"到", U"了"};
inline constexpr Str kPlanStages[] = {U"调整后", U"调整", U"年初", U"全年", U"年度", U"本年", U"年"};
inline constexpr Str kPlans[] = {U"预算数", U"预算", U"计划数", U"计划", U"任务数", U"任务", U"目标"};
inline constexpr Str kCompletionRate = U"完成率";
inline constexpr Str kShareRate = U"占比";

// ---- stage: the first rule that fits, in this order ----
inline constexpr Str kNotStage[] = {U"使用非财政拨款", U"结余分配", U"专用结余"};  // a use of a balance
inline constexpr Str kCarry[] = {U"结转", U"结余"};
inline constexpr Str kCarryOutWords[] = {U"年末", U"年底", U"期末"};
inline constexpr Str kCarryInWords[] = {U"年初", U"上年", U"以前年度", U"期初"};
inline constexpr Str kPriorWords[] = {U"上年", U"去年", U"上一年", U"同期"};
inline constexpr Str kFullWords[] = {U"调整后", U"全年预算", U"可执行", U"全年可用"};
inline constexpr Str kFullEnd = U"调整预算数";
inline constexpr Str kAdjustWords[] = {U"调整", U"追加", U"调增", U"调减"};
inline constexpr Str kInitialBudget = U"年初预算";
inline constexpr Str kFinalWords[] = {U"决算", U"支出总计", U"支出合计", U"总支出", U"实际支出", U"执行数",
                                      U"收入总计", U"收入合计", U"实际采购", U"实际发生"};
inline constexpr Str kBudget = U"预算";

// ---- side ----
inline constexpr Str kSpend = U"支出";
inline constexpr Str kIncome = U"收入";

// ---- scope: the first that fits; a component word makes it a part, none the total ----
inline constexpr Str kSanGong = U"三公";
inline constexpr Str kBasic = U"基本支出";
inline constexpr Str kProject = U"项目支出";
inline constexpr Str kPublicFunds = U"公用经费";
inline constexpr Str kProcurement = U"政府采购";
inline constexpr Str kComponents[] = {U"一般公共预算", U"政府性基金", U"国有资本", U"财政拨款", U"事业收入", U"经营收入",
                                      U"其他收入", U"上级补助", U"附属单位", U"人员经费", U"工资福利", U"商品和服务",
                                      U"对个人和家庭", U"资本性支出", U"社会保险基金", U"专项"};

}  // namespace gouji::lex::money_label
