#include "text/as_written.h"

#include <algorithm>

#include "text/chars.h"
#include "text/t2s.h"
#include "text/text.h"

namespace gouji {

std::string WrittenForm::restore(std::string_view utf8, std::size_t near_b, std::size_t near_e, std::size_t min_run) const {
  near_e = std::min(near_e, clean_.size());
  if (near_b >= near_e || origin_.size() < clean_.size()) return std::string(utf8);
  std::u32string m = from_utf8_lossy(utf8);
  std::u32string_view win = std::u32string_view(clean_).substr(near_b, near_e - near_b);
  std::u32string out;
  out.reserve(m.size());
  constexpr std::size_t kMaxRun = 48;  // quotes are labels and figures; keeps each search short
  for (std::size_t i = 0; i < m.size();) {
    if (!chars::is_han(m[i])) { out += m[i++]; continue; }
    std::size_t len = 0, pos = 0;
    for (std::size_t n = 1; i + n <= m.size() && n <= kMaxRun; ++n) {
      std::size_t p = win.find(std::u32string_view(m).substr(i, n));
      if (p == std::u32string_view::npos) break;
      len = n;
      pos = p;
    }
    if (len < std::max<std::size_t>(min_run, 1)) { out += m[i++]; continue; }
    for (std::size_t k = 0; k < len; ++k) {
      char32_t c = m[i + k], o = original_[origin_[near_b + pos + k]];
      out += o != c && to_simplified(o) == c ? o : c;
    }
    i += len;
  }
  return to_utf8(out);
}

}  // namespace gouji
