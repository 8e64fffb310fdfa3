#pragma once
// Words shared by the checks that show or classify a figure's label: the fillers a label sheds
// before it is shown, the Han numerals of a list marker, and which words make a label a rate.
// Data only (issue 14: one vocabulary in core/lexicon).
#include <string_view>

#include "lexicon/han_numerals.h"

namespace gouji::lex::labels {

using Str = std::u32string_view;

// A label shown in a finding drops a leading 其中 and one trailing filler ("决算收入合计为").
inline constexpr Str kLeadingIntro = U"其中";
inline constexpr Str kShownTrailingFillers[] = {U"合计为", U"为", U"是", U"达到", U"达"};
using lex::kHanNumerals;  // list markers and months (han_numerals.h)
// A label naming a rate of something (药占比, 达标率) — but 效率/频率/功率 are not rates.
inline constexpr Str kRateMarks[] = {U"率", U"占比", U"比重", U"比例"};
inline constexpr Str kNotRates[] = {U"效率", U"频率", U"功率"};
// R29: a label that says the rate is a completion of the opening budget, and what rules it out.
inline constexpr Str kInitialBudgetCompletion[] = {U"年初预算", U"完成预算", U"预算完成率"};
inline constexpr Str kAdjusted = U"调整";
inline constexpr Str kCompletedWords[] = {U"完成", U"预算的"};
inline constexpr Str kBudgetEnd = U"预算";
// R26: the outturn named one way in two labels ("支出实际数" and "支出决算" are one figure), and the
// 数 an outturn word may carry.
inline constexpr Str kOutturnAsOne = U"决算";
inline constexpr char32_t kFigureSuffix = U'数';

}  // namespace gouji::lex::labels
