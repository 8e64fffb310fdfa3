#pragma once
// Inclusive [first, last] line ranges (tables' lines), sorted and merged once so that "is this
// line in a table?" is a bisection: asked for every line or figure of a long document, a scan of
// every table was quadratic.
#include <algorithm>
#include <cstddef>
#include <iterator>
#include <utility>
#include <vector>

namespace gouji {

class LineRanges {
 public:
  explicit LineRanges(std::vector<std::pair<std::size_t, std::size_t>> ranges) {
    std::sort(ranges.begin(), ranges.end());
    for (auto r : ranges) {  // a range nested in another must not hide the outer one's end
      if (!merged_.empty() && r.first <= merged_.back().second) merged_.back().second = std::max(merged_.back().second, r.second);
      else merged_.push_back(r);
    }
  }
  bool contains(std::size_t line) const {
    auto after = std::upper_bound(merged_.begin(), merged_.end(), line,
                                  [](std::size_t l, const auto& r) { return l < r.first; });
    return after != merged_.begin() && line <= std::prev(after)->second;
  }

 private:
  std::vector<std::pair<std::size_t, std::size_t>> merged_;
};

}  // namespace gouji
