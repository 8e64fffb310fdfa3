#pragma once
// The text cut into lines (without their newline), numbered from 1: what the table readers walk.
#include <cstddef>
#include <string_view>
#include <vector>

namespace gouji {

struct TextLine {
  std::size_t start, end, number;
};

inline std::vector<TextLine> lines_of(std::u32string_view s) {
  std::vector<TextLine> out;
  std::size_t b = 0, n = 1;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == U'\n') { out.push_back({b, i, n++}); b = i + 1; }
  return out;
}

}  // namespace gouji
