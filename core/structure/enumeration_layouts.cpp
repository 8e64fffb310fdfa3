// Lists after a count in the layouts beyond plain 、-lists: names grouped in brackets under the
// items, 名称：类型 pairs after a colon, and names separated by ，/； after a colon or 包括/分别是.
#include <algorithm>

#include "structure/enumerations_internal.h"

namespace gouji {
namespace enumeration_detail {

// "临城镇(北驾廻村、陈家崇村)、黑城镇(王家庄村)5个乡镇11个村": a second count right after the
// first counts what is grouped in brackets under the listed items — every item has its group and
// every grouped name is of the second count's kind.
void Scanner::grouped(const Segs& parents, const CountPhrase& outer) {
  const CountPhrase* found = count_at(outer.noun_end);
  if (!found) return;
  CountPhrase inner = *found;
  std::u32string_view noun = view(t_, inner.end, inner.noun_end);
  std::vector<std::pair<std::size_t, std::size_t>> kids;
  std::size_t len = 0;
  for (auto [b, e] : parents) {
    trim(t_, b, e);
    if (e <= b || !is_close(t_.at(e - 1))) return;
    std::size_t o = br_.open(e - 1), close = e - 1;
    if (o == kNo || o < b) return;
    std::size_t sb = o + 1;
    for (std::size_t i = o + 1; i <= close; ++i) {
      if (i < close) {
        std::size_t cl = br_.close(i);
        if (cl != kNo && cl < close) { i = cl; continue; }
      }
      char32_t ch = i < close ? t_.at(i) : U'\0';
      if (i == close || ch == U'、' || ch == U'，' || ch == U',' || ch == U'；' || ch == U';') {
        std::size_t x = sb, y = i;
        trim(t_, x, y);
        // "东山镇(3个村)": a count, not a name
        if (x >= y || !of_kind(t_.at(y - 1), noun, &len) || count_at(x)) return;
        kids.push_back({x, y});
        sb = i + 1;
      }
    }
  }
  if (kids.size() < 2) return;
  cut_noun(inner, len);
  build(kids, ListShape::ListThenCount, &inner, false);
}

// "预算单位包括3个单位：A局：行政单位、B中心：事业单位。": after the count's colon, items written as
// 名称：类型 up to the end of the sentence. Returns where the list ends, kNo when there is none.
std::size_t Scanner::colon_pairs(std::size_t cb, std::size_t colon, std::size_t e) {
  CountPhrase c;
  if (cb == kNo || !count_ending_at(cb, colon, c)) return kNo;
  std::vector<std::pair<std::size_t, std::size_t>> heads;
  std::size_t sb = colon + 1, sep = kNo;
  for (std::size_t i = colon + 1; i <= e; ++i) {
    if (i < e) {
      std::size_t cl = br_.close(i);
      if (cl != kNo && cl < e) { i = cl; continue; }
    }
    char32_t ch = i < e ? t_.at(i) : U'。';
    if (ch == U'：' || ch == U':') {
      if (sep != kNo) return kNo;  // two colons in one item: not this layout
      sep = i;
      continue;
    }
    if (ch == U'，' || ch == U',' || ch == U'\t') return kNo;
    bool last = ch == U'。' || ch == U'\n';
    if (!last && ch != U'、' && ch != U'；' && ch != U';') continue;
    if (sep == kNo || heads.size() >= 60) return kNo;
    std::size_t hb = sb, he = sep, tb = sep + 1, te = i;
    trim(t_, hb, he);
    trim(t_, tb, te);
    if (hb >= he || tb >= te || te - tb > 15 || bare_length(hb, he, br_) > 40) return kNo;
    for (std::size_t k = tb; k < te; ++k)
      if (is_digit(t_.at(k))) return kNo;  // "A：3人" states a figure, not a type
    heads.push_back({hb, he});
    sb = i + 1;
    sep = kNo;
    if (last) {
      if (heads.size() < 2) return kNo;
      build(heads, ListShape::CountThenLead, &c, false);
      return i;
    }
  }
  return kNo;
}

// "下设3个科室，分别是办公室，财务科，业务科。" / "下设3个科室：办公室；财务科；业务科。": the count,
// its colon or a 包括/分别是 word, then short names separated by ，or ； up to the sentence's end.
// Returns where the list ends, kNo when there is none.
std::size_t Scanner::separated_items(std::size_t cb, std::size_t sep, std::size_t e) {
  CountPhrase c;
  if (cb == kNo || !count_ending_at(cb, sep, c)) return kNo;
  std::size_t b = sep + 1;
  while (b < e && is_space(t_.at(b))) ++b;
  bool colon = t_.at(sep) == U'：' || t_.at(sep) == U':';
  if (!colon) {
    std::size_t w = 0;
    for (auto word : words::kNamesParts)
      if (word.size() > 1 && chars::starts_with(t_.chars(), b, word)) w = std::max(w, word.size());
    if (w == 0) return kNo;
    b += w;
    while (b < e && (is_space(t_.at(b)) || t_.at(b) == U'：' || t_.at(b) == U':')) ++b;
  }
  std::vector<std::pair<std::size_t, std::size_t>> segs;
  bool comma_or_semicolon = false;
  std::size_t sb = b, stop = e;
  for (std::size_t i = b; i <= e; ++i) {
    if (i == sb) {  // "1.办公室；2.财务科": a marker numbering the items in turn is no part of one
      std::size_t k = i, d = i;
      while (k < e && is_space(t_.at(k))) ++k;
      std::size_t n = 0;
      for (d = k; d < e && d - k < 3 && is_digit(t_.at(d)); ++d) n = n * 10 + chars::digit_value(t_.at(d));
      if (d > k && d < e && (t_.at(d) == U'.' || t_.at(d) == U'．' || t_.at(d) == U'、') && n == segs.size() + 1) {
        sb = d + 1;
        i = d;
        continue;
      }
    }
    if (i < e) {
      std::size_t cl = br_.close(i);
      if (cl != kNo && cl < e) { i = cl; continue; }
    }
    char32_t ch = i < e ? t_.at(i) : U'。';
    if (ch == U'、' || ch == U'：' || ch == U':' || is_digit(ch)) return kNo;  // another layout
    bool last = ch == U'。' || ch == U'\n';
    if (!last && ch != U'，' && ch != U',' && ch != U'；' && ch != U';') continue;
    std::size_t x = sb, y = i;
    trim(t_, x, y);
    if (x >= y || bare_length(x, y, br_) > 20 || has_verb(x, y) || segs.size() >= 60 || ordinal_at(x)) return kNo;
    segs.push_back({x, y});
    sb = i + 1;
    if (!last) comma_or_semicolon = true;
    if (last) {
      stop = i;
      break;
    }
  }
  if (segs.size() < 2 || !comma_or_semicolon) return kNo;
  build(segs, ListShape::CountThenLead, &c, false);
  return stop;
}

}  // namespace enumeration_detail
}  // namespace gouji
