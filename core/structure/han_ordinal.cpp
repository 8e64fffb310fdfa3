#include "structure/han_ordinal.h"

namespace gouji {

int han_ordinal(std::u32string_view s, std::size_t& length) {
  length = 0;
  if (s.empty()) return 0;
  int a = han_ordinal_digit(s[0]);
  if (s[0] == U'十') {  // 十, 十一 … 十九
    int b = s.size() > 1 ? han_ordinal_digit(s[1]) : 0;
    length = b ? 2 : 1;
    return 10 + b;
  }
  if (!a) return 0;
  if (s.size() > 1 && s[1] == U'十') {  // 二十, 二十三
    int b = s.size() > 2 ? han_ordinal_digit(s[2]) : 0;
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
