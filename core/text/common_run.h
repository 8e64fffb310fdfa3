#pragma once
// The longest run of Han characters two names share ("省级乡村振兴试点示范" in a 资金 sentence and
// a 分配表's title). Both are short labels: quadratic in their lengths only.
#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "text/chars.h"

namespace gouji {

inline std::size_t common_run(const std::u32string& a, const std::u32string& b) {
  std::size_t best = 0;
  std::vector<std::size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = a[i - 1] == b[j - 1] && chars::is_han(a[i - 1]) ? prev[j - 1] + 1 : 0;
      best = std::max(best, cur[j]);
    }
    std::swap(prev, cur);
  }
  return best;
}

}  // namespace gouji
