// One clause of running text: its 、-separated items, then which count goes with them — one before a
// 包括/：lead, one closing the list, or one inside the clause — tried in that order of phases.
#include <algorithm>

#include "structure/enumerations_internal.h"

namespace gouji {
namespace enumeration_detail {

void Scanner::clause(std::size_t cb, std::size_t ce, std::size_t pb, std::size_t pe, std::size_t p2b,
                     std::size_t p2e) {
  trim(t_, cb, ce);
  if (cb >= ce) return;
  Segs& segs = clause_segs_;
  clause_items(cb, ce, segs);

  // The count of a list introduced by 包括/分别为/：, standing before it.
  CountPhrase lead_count;
  std::size_t lead_at = kNo;
  std::size_t first_b = strip_lead(t_, segs[0].first, segs[0].second, br_, &lead_at);
  bool lead_counted = count_before_lead(cb, lead_at, pb, pe, p2b, p2e, lead_count);

  // A count closing the list: "…、爱国卫生工作股等12个股室". Not in a 其中 breakdown, and not when the
  // items each carry their own count ("全额拨款单位3个、差额拨款单位2个": the last count is the
  // last item's).
  bool breakdown = chars::starts_with(t_.chars(), cb, words::kQizhong);
  bool parallel_counts = items_carry_counts(segs);
  if (segs.size() >= 2 && !breakdown && !parallel_counts && list_then_closing_count(segs, first_b)) return;
  // A count inside the clause, not at its end: "涉及A镇（…）、B乡（…）5个乡镇11个村道路建设、护栏等". The
  // list ends at the count and the clause goes on, so every item must be of the counted kind.
  if (segs.size() >= 3 && !breakdown && !parallel_counts && !lead_counted && list_then_inner_count(segs, first_b))
    return;
  segs[0].first = first_b;
  if (lead_counted) {
    build(segs, ListShape::CountThenLead, &lead_count, false);
  } else if (segs.size() >= 2) {
    build(segs, ListShape::Plain, nullptr, false);
  }
}

// The clause split on 、 at bracket depth 0 (into `segs`); never empty.
void Scanner::clause_items(std::size_t cb, std::size_t ce, Segs& segs) {
  segs.clear();
  std::size_t sb = cb;
  for (std::size_t i = cb; i <= ce; ++i) {
    if (i < ce) {
      std::size_t cl = br_.close(i);
      if (cl != kNo && cl < ce) {
        // Quoted names written side by side are items too: "“健康进家庭”“健康进校园”3项活动".
        if (t_.at(i) == U'“' && t_.at(cl + 1) == U'“' && br_.close(cl + 1) != kNo) {
          segs.push_back({sb, cl + 1});
          sb = cl + 1;
        }
        i = cl;
        continue;
      }
    }
    if (i == ce || t_.chars()[i] == U'、') {
      segs.push_back({sb, i});
      sb = i + 1;
    }
  }
}

// The count before the lead word (`lead_at`, kNo when none) in this clause, or ending the clause
// before it (or the one before that, past a pointing-back clause).
bool Scanner::count_before_lead(std::size_t cb, std::size_t lead_at, std::size_t pb, std::size_t pe,
                                std::size_t p2b, std::size_t p2e, CountPhrase& c) {
  bool colon_before = cb > 0 && (t_.at(cb - 1) == U'：' || t_.at(cb - 1) == U':');
  if (lead_at != kNo && lead_at > cb) return count_ending_at(cb, lead_at, c);
  if (((lead_at == cb && names_parts(t_, cb)) || colon_before) && pb != kNo) {
    // "下设4个股室，包括…" / "设有4个股室：…" / "共有股室4个，分别是：…"
    std::size_t qb = pb, qe = pe;
    std::u32string_view prev = view(t_, pb, pe);
    if (std::find(words::kPointBack.begin(), words::kPointBack.end(), prev) != words::kPointBack.end() &&
        p2b != kNo) {
      qb = p2b;
      qe = p2e;
    }
    return count_ending_at(qb, qe, c);
  }
  return false;
}

// Some item before the last ends with a count of its own.
bool Scanner::items_carry_counts(const Segs& segs) {
  bool parallel_counts = false;
  for (std::size_t s = 0; s + 1 < segs.size() && !parallel_counts; ++s) {
    std::size_t x = segs[s].first, y = segs[s].second;
    trim(t_, x, y);
    for (std::size_t k = y > x + 6 ? y - 6 : x; k < y && !parallel_counts; ++k) {
      const CountPhrase* c = count_at(k);
      parallel_counts = c && c->end == y;
    }
  }
  return parallel_counts;
}

// The first count in the last item closes the list when a plain item stands before it; builds the
// list and returns true then.
bool Scanner::list_then_closing_count(Segs& segs, std::size_t first_b) {
  auto [lb, le] = segs.back();
  for (std::size_t i = lb; i < le; ++i) {
    std::size_t cl = br_.close(i);
    if (cl != kNo && cl < le) { i = cl; continue; }
    const CountPhrase* c = count_at(i);
    if (!c) continue;
    bool deng = false;
    std::size_t item_end = strip_filler(t_, lb, i, deng);
    std::size_t ib = lb, ie = item_end;
    trim(t_, ib, ie);
    if (ib < ie && words::kConnectorChars.find(t_.at(ie - 1)) == std::u32string_view::npos &&
        !has_verb(ib, ie)) {
      segs.back().second = item_end;
      segs[0].first = first_b;
      build(segs, ListShape::ListThenCount, c, deng);
      return true;
    }
    break;  // a count standing at the start of the last item belongs to it, not to the list
  }
  return false;
}

// The first middle item holding a count ends a list of items of the counted kind; builds the list
// and returns true then.
bool Scanner::list_then_inner_count(const Segs& segs, std::size_t first_b) {
  for (std::size_t k = 1; k + 1 < segs.size(); ++k) {
    auto [mb, me] = segs[k];
    std::size_t at = kNo;
    const CountPhrase* found = nullptr;
    for (std::size_t i = mb; i < me && at == kNo; ++i) {
      std::size_t cl = br_.close(i);
      if (cl != kNo && cl < me) { i = cl; continue; }
      if ((found = count_at(i))) at = i;
    }
    if (at == kNo) continue;
    CountPhrase c = *found;
    bool deng = false;
    Segs list(segs.begin(), segs.begin() + k + 1);
    list.back().second = strip_filler(t_, mb, at, deng);
    list[0].first = after_verb(first_b, list[0].second);
    std::u32string_view noun = view(t_, c.end, c.noun_end);
    bool kind = true;
    std::size_t len = 0;
    for (auto [x, y] : list) kind = kind && of_kind(kind_char(x, y), noun, &len);
    if (!kind) return false;
    grouped(list, c);
    cut_noun(c, len);
    build(list, ListShape::ListThenCount, &c, deng);
    return true;
  }
  return false;
}

}  // namespace enumeration_detail
}  // namespace gouji
