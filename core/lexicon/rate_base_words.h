#pragma once
// Words the rate checks (checks/rate_checks.cpp) read a rate's base with: what marks a figure
// as the target or base of a rate, which rates are taken of the resident population and which
// sub-groups make them a group's own, and the rate words the checks treat apart.
// Data only (issue 14: one vocabulary in core/lexicon).
#include <string_view>

namespace gouji::lex::rate_base {

using Str = std::u32string_view;

// A figure named so is the target / base of a rate ("目标数是1330例", "常住人口…"); so is a
// label opening with 应 ("应筛查人数").
inline constexpr Str kBaseWords[] = {U"目标", U"计划", U"任务", U"总数", U"基数", U"底数", U"辖区", U"常住", U"户籍",
                                     U"服务人口", U"总人口", U"应完成", U"应筛", U"应管", U"应检", U"应访", U"应签",
                                     U"应建", U"应接种", U"应发放", U"下达", U"预算", U"可执行", U"需"};
inline constexpr char32_t kOught = U'应';
// Rates whose base is the resident population (one record / contract per person) …
inline constexpr Str kPopulationRates[] = {U"建档率", U"签约率"};
// … unless a sub-group is named ("贫困户家庭签约率").
inline constexpr Str kSubGroups[] = {U"贫困", U"老年", U"儿童", U"孕", U"产妇", U"慢性", U"高血压", U"糖尿病", U"重点",
                                     U"特殊", U"残疾", U"精神", U"结核", U"脱贫", U"计生", U"家庭户"};
// A figure naming the population itself.
inline constexpr Str kPopulationWords[] = {U"常住人口", U"服务人口", U"覆盖人口", U"总人口", U"辖区人口", U"户籍人口",
                                           U"人口数", U"人口总数"};
// A rate whose name holds 预算 is a budget completion: R29's, not R22's.
inline constexpr Str kBudget = U"预算";
// An execution rate is a completion that may pass 130% without being implausible (R24).
inline constexpr Str kExecutionRate = U"执行率";

}  // namespace gouji::lex::rate_base
