#pragma once
// Traditional → simplified, one code point for one (萬→万, 預→预, 決→决, 項→项, 億→亿), so a
// 繁体 report is read with the same keywords, units and labels while every position stays put.
// The table is generated at build time from Debian's opencc (scripts/gen_t2s.py).
#include <bitset>

namespace gouji {

// The simplified form of c, or c itself when it has none.
char32_t to_simplified(char32_t c);
// Whether c is written differently in simplified text (to_simplified(c) != c).
bool is_traditional(char32_t c);
// One bit per BMP code point, set where is_traditional: a scan over a whole text tests it inline.
const std::bitset<0x10000>& traditional_bits();

}  // namespace gouji
