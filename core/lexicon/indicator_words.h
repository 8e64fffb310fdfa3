#pragma once
// Words the target checks (checks/target_checks.cpp) read an indicator's name and text with:
// the states a qualitative target may name that one can verify (R42), and the name endings that
// say what an indicator measures, to be compared with its unit (R41).
// Data only (issue 14: one vocabulary in core/lexicon).
#include <string_view>

namespace gouji::lex::indicator {

using Str = std::u32string_view;

// A qualitative target is checkable when it names a state one can verify (达到…标准, 通过验收).
inline constexpr Str kCheckableStates[] = {U"达到", U"达标", U"通过", U"验收", U"考核", U"标准", U"合格", U"完成", U"实现",
                                           U"建成", U"建立", U"到位", U"杜绝", U"未发生", U"不发生", U"全覆盖", U"全部",
                                           U"按时", U"按期", U"如期", U"符合", U"获得", U"取得", U"纳入", U"开通", U"上线",
                                           U"投入使用", U"发放", U"零"};
// Feelings named with a state word inside them ("获得感" holds 获得): nothing one could verify.
inline constexpr Str kFeelingNouns[] = {U"获得感", U"成就感", U"认同感", U"满足感"};
// A name ending so measures money, a rate, a number of people.
inline constexpr Str kMoneyEnds[] = {U"资金", U"金额", U"经费", U"费用", U"补助", U"补贴"};
inline constexpr Str kRateEnds[] = {U"率", U"占比", U"比例"};
inline constexpr Str kPeopleEnd = U"人数";
// A completion rate stated after a qualitative actual: its figure (R40).
inline constexpr Str kCompletionRate = U"完成率";

}  // namespace gouji::lex::indicator
