// The enumeration scanner's walk over one line: clauses at each bracket level, bracketed groups
// read as lists, and the count phrase standing right before a list.
#include <algorithm>

#include "structure/enumerations_internal.h"

namespace gouji {
namespace enumeration_detail {

namespace {
bool starts_before(const CountPhrase& c, std::size_t at) { return c.start < at; }
}  // namespace

void Scanner::line(std::size_t b, std::size_t e) {
  br_.build(t_, b, e);
  line_b_ = b;
  line_e_ = e;
  line_counts_b_ = static_cast<std::size_t>(std::lower_bound(counts_.begin(), counts_.end(), b, starts_before) - counts_.begin());
  line_counts_e_ = static_cast<std::size_t>(std::lower_bound(counts_.begin() + line_counts_b_, counts_.end(), e, starts_before) - counts_.begin());
  depth_ = 0;
  range(b, e, /*in_brackets=*/false);
}

const CountPhrase* Scanner::find_count(std::size_t at, bool in_line) const {
  std::size_t lo = in_line ? line_counts_b_ : 0, hi = in_line ? line_counts_e_ : counts_.size();
  auto it = std::lower_bound(counts_.begin() + lo, counts_.begin() + hi, at, starts_before);
  return it != counts_.begin() + hi && it->start == at ? &*it : nullptr;
}

// Count phrase directly followed by its noun up to `at` (spaces ignored): "7个事业单位" before
// "（…）", "4个股室" before "，包括…". The noun is short and holds no verb or preposition, so
// "派遣2名专家到乡镇（…）" is not read as a count of the bracketed list.
bool Scanner::count_ending_at(std::size_t from, std::size_t at, CountPhrase& c) {
  while (at > from && is_space(t_.at(at - 1))) --at;
  std::size_t lo = at > from + 12 ? at - 12 : from;
  // The phrases starting in [lo, at), first to last.
  for (auto it = std::lower_bound(counts_.begin(), counts_.end(), lo, starts_before);
       it != counts_.end() && it->start < at; ++it) {
    const CountPhrase* p = &*it;
    if (p->end > at || p->noun_end < at) continue;
    if (at - p->end > 8) continue;
    bool plain_noun = true;
    for (std::size_t k = p->end; k < at; ++k)
      if (words::kNotNoun.find(t_.at(k)) != std::u32string_view::npos)
        plain_noun = false;
    if (!plain_noun) continue;
    c = *p;
    c.noun_end = at;
    c.noun = t_.utf8(c.end, at);
    return true;
  }
  return false;
}

void Scanner::range(std::size_t b, std::size_t e, bool in_brackets) {
  // Nested groups first (their lists are independent), then the clauses of this level.
  bool has_period = false;
  for (std::size_t i = b; i < e; ++i) {
    std::size_t cl = br_.close(i);
    if (cl != kNo && cl < e) {
      bracket_group(b, i, cl);
      i = cl;
      continue;
    }
    if (t_.chars()[i] == U'。') has_period = true;  // i < e: on the line
  }
  if (in_brackets && !has_period) return;  // bracket_group handled the whole content as one list
  std::size_t cb = b;
  std::size_t prev_b = kNo, prev_e = kNo, prev2_b = kNo, prev2_e = kNo;
  for (std::size_t i = b; i <= e; ++i) {
    if (i < e) {
      std::size_t cl = br_.close(i);
      if (cl != kNo && cl < e) { i = cl; continue; }
    }
    if (i == e || is_clause_end(t_.chars()[i])) {
      clause(cb, i, prev_b, prev_e, prev2_b, prev2_e);
      prev2_b = prev_b; prev2_e = prev_e;
      prev_b = cb; prev_e = i;
      cb = i + 1;
      std::size_t end = kNo;
      if (i < e && (t_.at(i) == U'：' || t_.at(i) == U':')) end = colon_pairs(prev_b, i, e);
      if (end == kNo && i < e && (t_.at(i) == U'：' || t_.at(i) == U':' || t_.at(i) == U'，' || t_.at(i) == U','))
        end = separated_items(prev_b, i, e);
      if (end != kNo) {  // the items are read: their fragments are no clauses of their own
        i = end;
        cb = end + 1;
        prev_b = prev2_b = kNo;
      }
    }
  }
}

void Scanner::bracket_group(std::size_t range_b, std::size_t open, std::size_t close) {
  if (depth_ >= kMaxDepth) return;
  Deeper deeper(depth_);
  std::size_t b = open + 1, e = close;
  bool has_period = false;
  for (std::size_t i = b; i < e; ++i) has_period |= t_.at(i) == U'。';
  if (has_period || e - b > 400) { range(b, e, true); return; }
  // Nested groups inside the content.
  for (std::size_t i = b; i < e; ++i) {
    std::size_t cl = br_.close(i);
    if (cl != kNo && cl < e) { bracket_group(b, i, cl); i = cl; }
  }
  if (t_.at(open) == U'“' || t_.at(open) == U'《' || t_.at(open) == U'‘') return;  // quotations, titles
  trim(t_, b, e);
  if (chars::starts_with(t_.chars(), b, words::kQizhong)) return;  // a breakdown, not a list
  b = strip_lead(t_, b, e, br_, nullptr);
  CountPhrase c;
  bool counted = count_ending_at(range_b, open, c);
  // Items: split on 、，；at depth 0.
  std::vector<std::pair<std::size_t, std::size_t>> segs;
  std::size_t sb = b;
  for (std::size_t i = b; i <= e; ++i) {
    if (i < e) {
      std::size_t cl = br_.close(i);
      if (cl != kNo && cl < e) { i = cl; continue; }
    }
    char32_t ch = i < e ? t_.at(i) : U'\0';
    if (i == e || ch == U'、' || ch == U'，' || ch == U',' || ch == U'；' || ch == U';') {
      segs.push_back({sb, i});
      sb = i + 1;
    }
  }
  build(segs, counted ? ListShape::CountThenBracket : ListShape::Plain, counted ? &c : nullptr, false);
}


}  // namespace enumeration_detail
}  // namespace gouji
