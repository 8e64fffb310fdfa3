#include "text/as_written.h"

#include <algorithm>

#include "text/chars.h"
#include "text/t2s.h"
#include "text/text.h"

namespace gouji {

std::string WrittenForm::restore(std::string_view utf8, std::size_t near_b, std::size_t near_e, std::size_t min_run) const {
  return restore(utf8, {{near_b, near_e}}, min_run);
}

std::string WrittenForm::restore(std::string_view utf8, const std::vector<std::pair<std::size_t, std::size_t>>& near,
                                 std::size_t min_run) const {
  if (origin_.size() < clean_.size()) return std::string(utf8);
  std::u32string m = from_utf8_lossy(utf8);
  std::u32string out;
  out.reserve(m.size());
  constexpr std::size_t kMaxRun = 48;  // quotes are labels and figures; keeps each search short
  for (std::size_t i = 0; i < m.size();) {
    if (!chars::is_han(m[i])) { out += m[i++]; continue; }
    // The longest run from i found near any of the places.
    std::size_t len = 0, at = 0;
    for (const auto& [b0, e0] : near) {
      std::size_t e = std::min(e0, clean_.size());
      if (b0 >= e) continue;
      std::u32string_view win = std::u32string_view(clean_).substr(b0, e - b0);
      for (std::size_t n = len + 1; i + n <= m.size() && n <= kMaxRun; ++n) {
        std::size_t p = win.find(std::u32string_view(m).substr(i, n));
        if (p == std::u32string_view::npos) break;
        len = n;
        at = b0 + p;
      }
    }
    if (len < std::max<std::size_t>(min_run, 1)) { out += m[i++]; continue; }
    for (std::size_t k = 0; k < len; ++k) {
      char32_t c = m[i + k], o = original_[origin_[at + k]];
      out += o != c && to_simplified(o) == c ? o : c;
    }
    i += len;
  }
  return to_utf8(out);
}

}  // namespace gouji
