#include "numbers/dates.h"

#include "lexicon/han_numerals.h"
#include "text/chars.h"

namespace gouji {
namespace {

using chars::digit_value;
using chars::is_digit;

// One or two digits, not the start of a longer run ("123月" is no month).
int small_digits(std::u32string_view s, std::size_t at, std::size_t& end) {
  end = at;
  int v = 0;
  while (end < s.size() && is_digit(s[end]) && end - at < 2) v = v * 10 + digit_value(s[end++]);
  if (end < s.size() && is_digit(s[end])) return 0;
  return v;
}

}  // namespace

int read_year(std::u32string_view s, std::size_t at, std::size_t& end, YearStyle style) {
  if (at > 0 && at <= s.size() && is_digit(s[at - 1])) return 0;
  int v = 0;
  std::size_t k = at;
  while (k < s.size() && is_digit(s[k]) && k - at < 4) v = v * 10 + digit_value(s[k++]);
  if (k - at != 4 || v < 1990 || v > style.last) return 0;
  if (style.spaced && k < s.size() && s[k] == U' ') ++k;
  if (k >= s.size() || s[k] != U'年') return 0;
  end = k + 1;
  if (style.with_du && end < s.size() && s[end] == U'度') ++end;
  return v;
}

int read_month(std::u32string_view s, std::size_t at, std::size_t& end) {
  std::size_t j = at;
  int m = small_digits(s, at, j);
  if (j == at) {
    while (j < s.size() && lex::kHanNumerals.find(s[j]) != std::u32string_view::npos && j - at < 3) {
      int v = static_cast<int>(lex::kHanNumerals.find(s[j])) + 1;
      m = v == 10 ? (m == 0 ? 10 : m * 10) : m + v;
      ++j;
    }
  }
  if (j == at || m == 0 || j >= s.size() || s[j] != U'月') return 0;
  end = j + 1;
  return m;
}

int read_day(std::u32string_view s, std::size_t at, std::size_t& end) {
  std::size_t j;
  int d = small_digits(s, at, j);
  if (j == at || d < 1 || d > 31 || j >= s.size() || (s[j] != U'日' && s[j] != U'号')) return 0;
  end = j + 1;
  return d;
}

}  // namespace gouji
