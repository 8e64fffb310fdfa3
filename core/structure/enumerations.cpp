// The stage's entry points (enumerations.h): count phrases, the lists found by the line scanner
// (enumeration_*.cpp, sharing enumerations_internal.h), and composite counts whose parts are counts.
#include "structure/enumerations.h"

#include <algorithm>
#include <initializer_list>

#include "structure/enumerations_internal.h"
#include "structure/han_ordinal.h"

namespace gouji {
namespace enumeration_detail {

// Text between a part count and what follows it: "事业单位（…）、" — a noun, an optional bracketed
// group, and (between parts) a separator.
bool part_gap(const Text& t, std::size_t b, std::size_t e, bool need_sep, const Brackets& br) {
  while (e > b && is_space(t.at(e - 1))) --e;
  // Noun before the count ("乡镇卫生院23家、社区卫生服务中心2家，共计25家"): the gap is a separator
  // and the next part's noun.
  if (need_sep && e > b && words::kPartSeparators.find(t.at(b)) != std::u32string_view::npos &&
      words::kPartSeparators.find(t.at(e - 1)) == std::u32string_view::npos) {
    ++b;
    if (e - b > 15 || e == b) return false;
    for (std::size_t i = b; i < e; ++i)
      if (!is_han(t.at(i)) || t.at(i) == words::kEtc || t.at(i) == words::kGong) return false;
    return true;
  }
  if (need_sep) {
    if (e >= b + 2 && chars::ends_with_at(t.chars(), e, words::kYiJi)) e -= 2;
    else if (e > b && words::kPartSeparators.find(t.at(e - 1)) != std::u32string_view::npos) e -= 1;
    else return false;
  }
  while (e > b && is_space(t.at(e - 1))) --e;
  if (e > b && is_close(t.at(e - 1))) {
    std::size_t o = br.open(e - 1);
    if (o == kNo || o < b) return false;
    e = o;
  }
  if (e - b > 15) return false;
  for (std::size_t i = b; i < e; ++i) {
    char32_t c = t.at(i);
    if (!(is_han(c) || chars::is_latin(c))) return false;
    if (c == words::kEtc || c == words::kGong) return false;
  }
  return true;
}
}  // namespace enumeration_detail

using namespace enumeration_detail;

bool read_count_phrase(const Text& t, std::size_t at, CountPhrase& out) {
  if (at >= t.size()) return false;
  char32_t prev = at > 0 ? t.at(at - 1) : U'\0';
  std::size_t i = at;
  long long value = 0;
  bool han = false;
  if (is_digit(t.at(at))) {
    if (is_digit(prev) || chars::is_decimal_point(prev) || chars::is_latin(prev) || prev == U'-' || prev == U'－' ||
        prev == U'—' || prev == U'–' || prev == U'~' || prev == U'～' || prev == U'/' ||
        words::kNotCountAfterDigits.find(prev) != std::u32string_view::npos || prev == U'×' || prev == U'%')
      return false;
    while (i < t.size() && is_digit(t.at(i)) && i - at < 9) value = value * 10 + chars::digit_value(t.at(i++));
    if (i < t.size() && (is_digit(t.at(i)) || chars::is_decimal_point(t.at(i)) || t.at(i) == U',')) return false;
  } else {
    if (han_digit(t.at(at)) <= 0 || han_digit(prev) >= 0 ||
        words::kNotCountAfterNumeral.find(prev) != std::u32string_view::npos)
      return false;
    std::size_t len = 0;
    if (t.at(at) == U'两') {
      value = 2;
      len = 1;
    } else {
      value = han_ordinal(view(t, at, std::min(t.size(), at + 4)), len);
    }
    if (value <= 1 || len == 0) return false;  // "一个" is mostly an article
    i = at + len;
    if (han_digit(t.at(i)) >= 0 || t.at(i) == U'万' || t.at(i) == U'亿' || t.at(i) == U'几') return false;
    han = true;
  }
  if (i >= t.size()) return false;
  char32_t c = t.at(i);
  if (words::kApproxAfterCount.find(c) != std::u32string_view::npos) return false;  // approximate: never counted exactly
  if (!is_counter(c)) return false;
  if (counter_is_word(c, t.at(i + 1), t.at(i + 2))) return false;
  if (inside_quotes(t, at)) return false;
  out = CountPhrase{};
  out.value = value;
  out.start = at;
  out.end = i + 1;
  out.counter = c;
  out.han = han;
  out.text = t.utf8(out.start, out.end);
  std::size_t n = out.end;
  // The noun ends before 等 and before 的 ("3个单位的决算组成" counts 单位).
  while (n < t.size() && n - out.end < 12 && is_han(t.at(n)) && t.at(n) != words::kEtc && t.at(n) != words::kDe) ++n;
  out.noun_end = n;
  out.noun = t.utf8(out.end, n);
  return true;
}

std::vector<CountPhrase> find_count_phrases(const Text& t) {
  // A count starts with a digit or a Chinese numeral: one filter test lets the rest of the text go
  // before the exact test.
  static const chars::FirstChars openers = [] {
    chars::FirstChars f;
    for (std::u32string_view set : {std::u32string_view(U"0123456789０１２３４５６７８９"), words::kCountNumerals})
      for (std::size_t k = 0; k < set.size(); ++k) f.add(set.substr(k, 1));
    return f;
  }();
  std::vector<CountPhrase> out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    char32_t ch = t.chars()[i];
    if (!openers.may_start(ch) || (!is_digit(ch) && han_digit(ch) <= 0)) continue;
    CountPhrase c;
    if (read_count_phrase(t, i, c)) {
      out.push_back(c);
      i = c.end - 1;
    }
  }
  return out;
}

std::vector<Enumeration> find_enumerations(const Text& t, const std::vector<CountPhrase>& counts) {
  std::vector<Enumeration> out;
  Scanner sc(t, counts, out);
  for (std::size_t b = 0; b < t.size();) {
    std::size_t e = line_end(t, b);
    if (t.at(b) != U'\t' && e > b) sc.line(b, e);
    b = e + 1;
  }
  std::sort(out.begin(), out.end(), [](const Enumeration& a, const Enumeration& b) { return a.start < b.start; });
  return out;
}

std::vector<CompositeCount> find_composite_counts(const Text& t, const std::vector<CountPhrase>& counts) {
  std::vector<CompositeCount> out;
  Brackets br;
  std::size_t built_for = kNo;
  for (std::size_t k = 1; k < counts.size(); ++k) {
    const CountPhrase& total = counts[k];
    bool deng = false;
    std::size_t fs = strip_filler(t, line_start(t, total.start), total.start, deng);
    if (fs == total.start) continue;  // no 等/共 before the total
    std::size_t ls = line_start(t, total.start);
    if (built_for != ls) {
      br.build(t, ls, line_end(t, total.start));
      built_for = ls;
    }
    // "…34个乡镇卫生院，共46个" : the comma belongs to the filler.
    std::size_t boundary = fs;
    while (boundary > ls && (is_space(t.at(boundary - 1)) || t.at(boundary - 1) == U'，' || t.at(boundary - 1) == U','))
      --boundary;
    std::vector<CountPhrase> parts;
    std::size_t j = k;
    bool last = true;
    while (j > 0) {
      bool found = false;
      for (std::size_t m = j; m > 0 && j - m < 4; --m) {
        const CountPhrase& c = counts[m - 1];
        if (c.start < ls || c.end > boundary) continue;
        if (!compatible(c.counter, total.counter)) continue;
        if (part_gap(t, c.end, boundary, !last, br)) {
          parts.push_back(c);
          boundary = c.start;
          j = m - 1;
          last = false;
          found = true;
          break;
        }
      }
      if (!found) break;
    }
    if (parts.size() < 2) continue;
    std::reverse(parts.begin(), parts.end());
    out.push_back({total, std::move(parts)});
  }
  return out;
}

}  // namespace gouji
