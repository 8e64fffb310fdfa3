#pragma once
// Chinese numerals (domain rules §5.3): 十二, 二十, 一百零五, 三千四百五十五, 两万, 一万二 (= 12000),
// 零/〇, decimals with 点 (三点五), financial capitals 壹贰叁肆伍陆柒捌玖拾佰仟萬億, fuzzy forms
// (几十, 数百, 十几 → a range) and adjacent digits (两三个, 四五千 → a range).
// This only reads the numeral; whether it is a quantity (a unit must follow, names such as 十四五
// or 三公 are not) is the reader's decision.
#include <cstddef>
#include <optional>
#include <string_view>

#include "lexicon/han_numerals.h"
#include "numbers/decimal.h"

namespace gouji {

struct ChineseNumber {
  std::size_t start = 0, end = 0;   // code-point span of the numeral
  Decimal value;                    // lower end for fuzzy/adjacent forms
  std::optional<Decimal> upper;     // 几十 → 20 … 90, 两三 → 2 … 3
  int decimals = 0;                 // digits after 点
  char32_t magnitude = 0;           // the last 万/亿 written ("三万" → 万), for "两到三万"
  bool digit_string = false;        // 二〇二四, 一二三: digits without 十/百/千 (years, codes)
  bool single = false;              // one character ("二", "十")
};

bool is_chinese_digit(char32_t c);      // 零〇一二两三四五六七八九 and capitals
bool is_chinese_magnitude(char32_t c);  // 十百千万亿 and 拾佰仟萬億

namespace numeral_detail {
struct LowBits {
  unsigned long long w[4] = {};
};
constexpr LowBits low_bits(std::u32string_view s) {
  LowBits b;
  for (char32_t c : s) b.w[(c >> 6) & 3] |= 1ULL << (c & 63);
  return b;
}
inline constexpr LowBits kOpenerBits = low_bits(lex::kNumeralOpeners);
}  // namespace numeral_detail

// False for most characters that cannot open a numeral, true for every one that can (an opener
// shares its low 8 bits with a few others): a test of one bit, run on every character of a text
// before the reader's rules for a numeral's start.
inline bool may_open_numeral(char32_t c) {
  return (numeral_detail::kOpenerBits.w[(c >> 6) & 3] >> (c & 63)) & 1;
}

// Reads the numeral starting at s[i]. A numeral starts with a digit or 十/拾 (or 几/数 before a
// magnitude); with `allow_magnitude_start` it may start with 百/千/万 ("上百人", "近千").
std::optional<ChineseNumber> read_chinese_number(std::u32string_view s, std::size_t i,
                                                 bool allow_magnitude_start = false);

}  // namespace gouji
