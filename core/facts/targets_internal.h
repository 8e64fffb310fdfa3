#pragma once
// Internal to the targets facts (facts/targets*.cpp): small text tools more than one of its files
// uses. Not an interface of the facts stage.
#include <string>
#include <string_view>

#include "text/chars.h"

namespace gouji {
namespace target_detail {

template <class Words>
bool has_any(std::u32string_view s, const Words& ws) {
  for (std::u32string_view w : ws)
    if (chars::has(s, w)) return true;
  return false;
}

template <class Words>
bool is_one_of(std::u32string_view s, const Words& ws) {
  for (std::u32string_view w : ws)
    if (s == w) return true;
  return false;
}

inline std::u32string compact(std::u32string_view s) {
  std::u32string out;
  for (char32_t c : s)
    if (!chars::is_space(c)) out += c;
  return out;
}

}  // namespace target_detail
}  // namespace gouji
