#include "numbers/precision.h"

#include <algorithm>
#include <map>

#include "text/chars.h"

namespace gouji {
namespace {

void set_decimals(PrecisionContext& ctx, const Quantity& q, int d) {
  if (d <= q.decimals) return;
  int& w = ctx.widened[q.start];
  w = std::max(w, d);
}

}  // namespace

PrecisionContext precision_context(const Text& text, const std::vector<Quantity>& qs) {
  PrecisionContext ctx;
  const std::u32string& s = text.chars();
  // Walk the statements in order; within one, each money unit takes its most precise amount.
  std::size_t pos = 0, first = 0;
  auto flush = [&](std::size_t last) {  // quantities [first, last) form one statement
    std::map<const UnitDef*, int> most;
    for (std::size_t i = first; i < last; ++i)
      if (qs[i].kind() == UnitKind::Money) most[qs[i].unit] = std::max(most[qs[i].unit], qs[i].decimals);
    for (std::size_t i = first; i < last; ++i)
      if (qs[i].kind() == UnitKind::Money && most[qs[i].unit] > qs[i].decimals)
        set_decimals(ctx, qs[i], most[qs[i].unit]);
    first = last;
  };
  for (std::size_t i = 0; i < qs.size(); ++i) {
    if (i > 0 && qs[i].start < qs[i - 1].start) { flush(i); pos = qs[i].start; continue; }  // out of order: own statement
    bool boundary = false;
    for (; pos < qs[i].start && pos < s.size(); ++pos)
      if (chars::is_sentence_end(s[pos]) && s[pos] != U'；' && s[pos] != U';') boundary = true;
      else if (s[pos] == U'\n') boundary = true;
    if (boundary) flush(i);
    pos = std::max<std::size_t>(pos, qs[i].end);
  }
  flush(qs.size());
  return ctx;
}

void join_precision(PrecisionContext& ctx, const std::vector<Quantity>& qs, const std::vector<std::size_t>& members) {
  std::map<const UnitDef*, int> most;
  for (std::size_t i : members)
    if (qs[i].kind() == UnitKind::Money) most[qs[i].unit] = std::max(most[qs[i].unit], effective_decimals(qs[i], ctx));
  for (std::size_t i : members)
    if (qs[i].kind() == UnitKind::Money) set_decimals(ctx, qs[i], most[qs[i].unit]);
}

int effective_decimals(const Quantity& q, const PrecisionContext& ctx) {
  if (q.kind() != UnitKind::Money) return q.decimals;
  auto it = ctx.widened.find(q.start);
  return it != ctx.widened.end() ? std::max(q.decimals, it->second) : q.decimals;
}

Interval stated_interval(const Quantity& q, const PrecisionContext& ctx) {
  Decimal scale = q.unit ? Decimal::pow10(q.unit->pow10) : Decimal::from_int(1);
  // Integer counts of people, units and events are exact.
  bool exact_count = q.kind() != UnitKind::Money && !is_rate(q.kind()) && q.decimals == 0;
  Interval written = exact_count ? Interval::exact(q.value) : Interval::rounded(q.value, effective_decimals(q, ctx));
  return {written.lo * scale, written.hi * scale};
}

}  // namespace gouji
