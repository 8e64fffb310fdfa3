#pragma once
// Words the PDF line joiner (text/pdf_join.cpp) reads the state of a clause with: what may
// follow a figure as its unit across a line break, and the one-character words that wait for
// their figure on the next line ("占" / "较" / "达" …). Data only (issue 14).
#include <string_view>

namespace gouji::lex::join {

// A number at a line's end and one of these opening the next: the number and its unit.
inline constexpr std::u32string_view kUnitAfterDigit = U"元万亿千百%％‰年月日个人次项户家";
// A unit after a figure that opens a line, when the figure finishes the clause the line before
// left waiting for it ("…基本支出预算" + "488180.64元，项目…"). Not 年/月/日: a year opens paragraphs.
inline constexpr std::u32string_view kUnitClosingClause = U"元万亿千%％‰个人次项户家";
// A multiplier closing a line after its figure, waiting for 元 on the next ("1320.00万" + "元，").
inline constexpr std::u32string_view kMultiplierBeforeYuan = U"万亿千";
// A word closing a line after a Han character that waits for its figure ("占", "较上年", "达").
inline constexpr std::u32string_view kWaitsForFigure = U"占较比达为约";
// Marks no typeset line opens with (line-start rules of Chinese layout): a line that does is the
// rest of the line before, whatever the width.
inline constexpr std::u32string_view kNeverOpensLine = U"、，。；,;";
// A word that opens the rest of the statement before it, never a new one: a breakdown's 其中
// after a total whose sentence happened to end at the wrap width.
inline constexpr std::u32string_view kContinuesStatement[] = {U"其中"};

}  // namespace gouji::lex::join
