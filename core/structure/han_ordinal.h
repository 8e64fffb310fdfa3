#pragma once
// Values of the small Chinese ordinals used in headings and inline enumerations (一 … 九十九),
// and of circled digits. Quantities use the full numeral reader in numbers/.
#include <string_view>

namespace gouji {

// Reads a Chinese numeral of at most two digits at s[0…]; returns its value and length, or 0. It
// starts with one of lex::headings::kOrdinalNumerals.
int han_ordinal(std::u32string_view s, std::size_t& length);
int circled_value(char32_t c);  // ① → 1 … ⑳ → 20, else 0

}  // namespace gouji
