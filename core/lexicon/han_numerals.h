#pragma once
// The Han numerals 一 … 十 as list markers and months write them ("一、", "（二）", "十月"): the
// characters the marker and date readers test one at a time. Data only (issue 14).
#include <string_view>

namespace gouji::lex {

inline constexpr std::u32string_view kHanNumerals = U"一二三四五六七八九十";

}  // namespace gouji::lex
