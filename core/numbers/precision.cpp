#include "numbers/precision.h"

#include <algorithm>

namespace gouji {

PrecisionContext precision_context(const std::vector<Quantity>& qs) {
  std::map<const UnitDef*, std::map<int, int>> hist;
  std::map<const UnitDef*, int> total;
  for (const auto& q : qs) {
    if (q.kind() != UnitKind::Money) continue;
    ++hist[q.unit][q.decimals];
    ++total[q.unit];
  }
  PrecisionContext ctx;
  for (auto& [unit, h] : hist) {
    int best = 0, best_n = 0;
    for (auto [d, n] : h)
      if (d > 0 && n > best_n) { best = d; best_n = n; }
    // "Most amounts carry d decimals": at least 40% of the amounts in that unit, and 3 or more.
    if (best_n >= 3 && best_n * 5 >= total[unit] * 2) ctx.dominant_decimals[unit] = best;
  }
  return ctx;
}

int effective_decimals(const Quantity& q, const PrecisionContext& ctx) {
  if (q.kind() != UnitKind::Money) return q.decimals;
  auto it = ctx.dominant_decimals.find(q.unit);
  return it == ctx.dominant_decimals.end() ? q.decimals : std::max(q.decimals, it->second);
}

Interval stated_interval(const Quantity& q, const PrecisionContext& ctx) {
  Decimal scale = q.unit ? Decimal::pow10(q.unit->pow10) : Decimal::from_int(1);
  // Integer counts of people, units and events are exact.
  bool exact_count = q.kind() != UnitKind::Money && !is_rate(q.kind()) && q.decimals == 0;
  Interval written = exact_count ? Interval::exact(q.value) : Interval::rounded(q.value, effective_decimals(q, ctx));
  return {written.lo * scale, written.hi * scale};
}

}  // namespace gouji
