// Family B, changes (domain rules §2 B):
//   R26 "比上年增加X万元，增长Y%": Y = X / (本期 − X) (decrease: X / (本期 + X)); the direction
//       words must agree; "增长1倍" = +100%;
//   R27 "X率下降3.2%" where the two rates differ by 3.2 points → 个百分点; no rates given → info;
//   R29 "完成年初预算X%，决算数大于/小于预算数Y万元": X = 决算 / (决算 ∓ Y), direction agrees.
// The shared tools of the three live in rate_changes_internal.h; each rule in its own file:
// rate_changes_growth.cpp (R26), rate_changes_points.cpp (R27), rate_changes_budget.cpp (R29).
#include <algorithm>

#include "checks/rate_changes_internal.h"
#include "lexicon/label_words.h"

namespace gouji {
namespace rate_change_detail {

bool kind_for_change(UnitKind k) {
  return k != UnitKind::None && !is_rate(k) && k != UnitKind::Multiple && k != UnitKind::Score;
}

// A word that is a rate of something (药占比, 达标率) rather than an amount. 效率/频率 are not.
bool names_a_rate(const std::u32string& l) {
  for (Str w : lex::labels::kNotRates)
    if (contains(l, w)) return false;
  for (Str w : lex::labels::kRateMarks)
    if (contains(l, w)) return true;
  return false;
}


Interval abs_interval(const Interval& v) {
  if (v.lo >= Decimal{}) return v;
  if (v.hi <= Decimal{}) return {-v.hi, -v.lo};
  return {Decimal{}, std::max(-v.lo, v.hi)};
}

std::string checked_result(RateMatch m) {
  return m == RateMatch::Match ? "consistent" : m == RateMatch::Truncated ? "rounding" : "inconsistent";
}

void record(const Ctx& c, std::string rule, std::string formula, RateMatch m, std::vector<Span> spans) {
  c.out.checked.push_back({std::move(rule), std::move(formula), checked_result(m), std::move(spans)});
}

}  // namespace rate_change_detail

using namespace rate_change_detail;

void check_rate_changes(const Facts& f, const RateFacts& rf, DocumentResult& out) {
  Ctx c{f, rf, out};
  for (std::size_t i = 0; i < f.quantities.size(); ++i) {
    if (rf.in_table[i]) continue;
    check_growth(c, i);
    check_points(c, i);
    check_budget_completion(c, i);
    check_change_from_prior(c, i);
  }
}

}  // namespace gouji
