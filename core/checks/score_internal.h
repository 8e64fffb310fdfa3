#pragma once
// Internal to the self-score checks (checks/score_checks.cpp, checks/score_points.cpp): the small
// tools both use, and the phases of check_scores that score_points.cpp holds. Not an interface of
// the checks stage.
#include <string>
#include <string_view>
#include <vector>

#include "checks/check.h"
#include "facts/targets.h"

namespace gouji {
namespace score_detail {

// True when s holds one of `words`.
template <class Words>
bool has_any(std::u32string_view s, const Words& words) {
  for (std::u32string_view w : words)
    if (s.find(w) != std::u32string_view::npos) return true;
  return false;
}

// Functions, not constants: Decimal's own scale is initialised dynamically in another file.
inline Decimal zero() { return Decimal::from_int(0); }
inline Decimal one() { return Decimal::from_int(1); }
inline Decimal hundred() { return Decimal::from_int(100); }

inline Decimal min_d(Decimal a, Decimal b) { return a < b ? a : b; }
inline std::string num(Decimal d) { return d.to_string(2); }
inline Interval interval_of(Decimal v, int decimals) { return Interval::rounded(v, decimals); }

// --- phases of check_scores (score_points.cpp), in its order
void check_execution_points(const Facts& f, const TargetFacts& tf, DocumentResult& out);  // R55
void check_weights(const TargetFacts& tf, const ScoreTotal* table_total, DocumentResult& out);  // R51
// R50 (table): the 自评表's points recomputed; false when it has no 得分 column.
bool check_table_points(const TargetFacts& tf, const std::vector<Quantity>& qs, const ScoreTotal* table_total,
                        DocumentResult& out);
// R50 (estimate): no 自评表 points, a stated score, targets with actuals.
void check_score_estimate(const Facts& f, const Quantity* score, DocumentResult& out);

}  // namespace score_detail
}  // namespace gouji
