#pragma once
// The Han numerals 一 … 十 as list markers and months write them ("一、", "（二）", "十月"): the
// characters the marker and date readers test one at a time. Data only (issue 14).
#include <string_view>

namespace gouji::lex {

inline constexpr std::u32string_view kHanNumerals = U"一二三四五六七八九十";
// The characters a numeral the number reader reads may open with: the digits and their capitals,
// 十/拾, 几/数 (before a magnitude) and 百/千/万 (after 上/近). numbers/chinese_numerals.h
// tests them by their low 8 bits.
inline constexpr std::u32string_view kNumeralOpeners = U"零〇一壹弌二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾几数百千万";

}  // namespace gouji::lex
