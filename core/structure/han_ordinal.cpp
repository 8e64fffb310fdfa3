#include "structure/han_ordinal.h"

#include "lexicon/heading_words.h"

namespace gouji {
namespace {

// 一 … 九 → 1 … 9, else 0.
int digit(char32_t c) {
  std::size_t k = lex::headings::kOrdinalNumerals.substr(0, 9).find(c);
  return k == std::u32string_view::npos ? 0 : static_cast<int>(k) + 1;
}

}  // namespace

int han_ordinal(std::u32string_view s, std::size_t& length) {
  length = 0;
  if (s.empty()) return 0;
  int a = digit(s[0]);
  if (s[0] == U'十') {  // 十, 十一 … 十九
    int b = s.size() > 1 ? digit(s[1]) : 0;
    length = b ? 2 : 1;
    return 10 + b;
  }
  if (!a) return 0;
  if (s.size() > 1 && s[1] == U'十') {  // 二十, 二十三
    int b = s.size() > 2 ? digit(s[2]) : 0;
    length = b ? 3 : 2;
    return a * 10 + b;
  }
  length = 1;
  return a;
}

int circled_value(char32_t c) {
  if (c >= U'①' && c <= U'⑳') return static_cast<int>(c - U'①') + 1;
  return 0;
}

}  // namespace gouji
