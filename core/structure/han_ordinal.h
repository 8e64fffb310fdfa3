#pragma once
// Values of the small Chinese ordinals used in headings and inline enumerations (一 … 九十九),
// and of circled digits. Quantities use the full numeral reader in numbers/.
#include <string_view>

namespace gouji {

// Reads a Chinese numeral of at most two digits at s[0…]; returns its value and length, or 0.
int han_ordinal(std::u32string_view s, std::size_t& length);
// 一 … 九 → 1 … 9, else 0.
inline int han_ordinal_digit(char32_t c) {
  switch (c) {
    case U'一': return 1; case U'二': return 2; case U'三': return 3; case U'四': return 4;
    case U'五': return 5; case U'六': return 6; case U'七': return 7; case U'八': return 8;
    case U'九': return 9;
    default: return 0;
  }
}
// Whether han_ordinal reads a numeral starting with c (一 … 九, 十): a scan over every character
// asks it before reading one.
inline bool opens_han_ordinal(char32_t c) { return c == U'十' || han_ordinal_digit(c) != 0; }
int circled_value(char32_t c);  // ① → 1 … ⑳ → 20, else 0

}  // namespace gouji
