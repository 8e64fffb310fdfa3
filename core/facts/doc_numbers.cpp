#include "facts/doc_numbers.h"

#include "text/chars.h"

namespace gouji {
using chars::digit_value;
using chars::is_digit;
using chars::is_han;
namespace {

constexpr std::size_t kIssuer = 12;  // characters of an issuer's abbreviation ("清财(农)指")

bool year_open(char32_t c) { return c == U'〔' || c == U'[' || c == U'【' || c == U'(' || c == U'（' || c == U'［'; }
bool year_close(char32_t c) { return c == U'〕' || c == U']' || c == U'】' || c == U')' || c == U'）' || c == U'］'; }

}  // namespace

std::vector<DocNumber> read_doc_numbers(const Text& text) {
  const std::u32string& s = text.chars();
  std::vector<DocNumber> out;
  for (std::size_t i = 0; i + 7 < s.size(); ++i) {
    if (!year_open(s[i])) continue;
    std::size_t k = i + 1, y = 0;
    while (k < s.size() && is_digit(s[k]) && y < 5) { ++k; ++y; }
    if (y != 4 || k >= s.size() || !year_close(s[k])) continue;
    std::size_t n = ++k;
    while (k < s.size() && is_digit(s[k]) && k - n < 6) ++k;
    if (k == n || k >= s.size() || s[k] != U'号') continue;
    // The issuer: the Han characters (and bracketed ones) right before the year.
    std::size_t b = i;
    while (b > 0 && i - b < kIssuer && (is_han(s[b - 1]) || s[b - 1] == U'(' || s[b - 1] == U')' || s[b - 1] == U'（' || s[b - 1] == U'）'))
      --b;
    std::u32string key;
    for (std::size_t j = b; j < i; ++j)
      if (is_han(s[j])) key += s[j];
    if (key.empty()) continue;  // "(2024)12号" alone names no document
    // The issuer's last two characters ("财农", "政办"): what a citation repeats, without the
    // verb before it ("依据云财农" and "云财农" are one issuer).
    if (key.size() > 2) key.erase(0, key.size() - 2);
    key += U'-';
    for (std::size_t j = i + 1; j < i + 5; ++j) key += static_cast<char32_t>(U'0' + digit_value(s[j]));
    key += U'-';
    for (std::size_t j = n; j < k; ++j) key += static_cast<char32_t>(U'0' + digit_value(s[j]));
    out.push_back({b, k + 1, std::move(key)});
    i = k;
  }
  return out;
}

}  // namespace gouji
