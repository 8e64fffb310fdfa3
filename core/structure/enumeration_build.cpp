// The Enumeration made from the items a layout found: open ends (等), a last item split on its
// connector (和/及/与), the count and the items that carry their own counts.
#include <algorithm>

#include "structure/enumerations_internal.h"

namespace gouji {
namespace enumeration_detail {

void Scanner::build(const Segs& items, ListShape shape, const CountPhrase* count, bool deng) {
  Segs& segs = build_segs_;
  segs.assign(items.begin(), items.end());
  Enumeration en;
  en.shape = shape;
  en.open_ended = deng;
  if (count) {
    en.has_count = true;
    en.count = *count;
  }
  // A trailing 等/等等 leaves the list open.
  {
    auto& [b, e] = segs.back();
    while (e > b && is_space(t_.at(e - 1))) --e;
    if (e >= b + 2 && chars::ends_with_at(t_.chars(), e, words::kEtcEtc)) { e -= 2; en.open_ended = true; }
    else if (e >= b + 1 && t_.at(e - 1) == words::kEtc) { e -= 1; en.open_ended = true; }
    // "…、医保等部门开展检查", "…、乡村医生等600人次": the last item ends at 等 (not the 等 of
    // 等级/平等/一等奖), so a repeat of an earlier item is seen (R62).
    else if (shape == ListShape::Plain) {
      for (std::size_t i = b + 1; i + 1 < e; ++i) {
        std::size_t cl = br_.close(i);
        if (cl != kNo && cl < e) { i = cl; continue; }
        if (t_.at(i) != words::kEtc) continue;
        if (words::kNotEtcNext.find(t_.at(i + 1)) != std::u32string_view::npos ||
            words::kNotEtcPrev.find(t_.at(i - 1)) !=
                std::u32string_view::npos)
          continue;
        e = i;
        en.open_ended = true;
        break;
      }
    }
  }
  for (auto [b, e] : segs) {
    std::size_t x = b, y = e;
    trim(t_, x, y);
    if (x >= y) return;  // an empty item: not a list ("、、" or a dangling separator)
    if (bare_length(x, y, br_) > 40) return;
  }
  if (shape != ListShape::Plain) {
    std::size_t len = 0;
    std::size_t at = find_connector(t_, segs.back().first, segs.back().second, br_, len);
    if (at != kNo) {
      std::size_t x = segs.back().first, y = at;
      trim(t_, x, y);
      std::size_t x2 = at + len, y2 = segs.back().second;
      trim(t_, x2, y2);
      if (x < y && x2 < y2) {
        std::size_t end = segs.back().second;
        segs.back().second = at;
        segs.push_back({at + len, end});
        // "财务股和人事股", "医政医管股和基层卫生股": both halves end in the same category word, so they
        // are two names for sure; "人口监测与家庭发展股" may be one name (the count decides).
        en.connector_split = !(y - x >= 2 && t_.at(y - 1) == t_.at(y2 - 1) && is_unit_suffix(t_.at(y - 1)));
      }
    }
  }
  if (segs.size() < 2) return;
  en.items.reserve(segs.size());
  for (auto [b, e] : segs) {
    en.items.push_back(make_item(t_, b, e));
    if (count) {
      std::size_t x = b, y = e;
      trim(t_, x, y);
      const CountPhrase* c = count_at(x);
      if (c && compatible(c->counter, count->counter)) ++en.count_items_with_counts;
    }
  }
  en.start = en.items.front().start;
  en.end = en.items.back().end;
  out_.push_back(std::move(en));
}

}  // namespace enumeration_detail
}  // namespace gouji
