#pragma once
// Internal to the family-B change checks (checks/rate_changes*.cpp): the tools R26, R27 and R29
// share, and the entry of each rule's file. Not an interface of the checks stage.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "checks/check.h"
#include "checks/rate_context.h"
#include "statements/frame.h"
#include "facts/rates.h"

namespace gouji {

void check_growth_from_prior(const RateContext& c, std::size_t yi, std::size_t pi);  // rate_changes_growth.cpp
void check_growth_from_table(const RateContext& c, std::size_t yi);  // growth_from_tables.cpp
bool check_completion_from_table(const RateContext& c, std::size_t yi, std::size_t ai);  // budget_from_tables.cpp

namespace rate_change_detail {

using Str = std::u32string_view;
using Ctx = RateContext;

constexpr std::size_t kWindow = 8;  // frames either side of the rate's: keeps every rate's search bounded
constexpr std::size_t kMaxNumbers = 32;  // a clause with more numbers is a flattened table, not a statement

// --- shared tools (rate_changes.cpp)
bool kind_for_change(UnitKind k);
bool names_a_rate(const std::u32string& l);
Interval abs_interval(const Interval& v);
std::string checked_result(RateMatch m);
void record(const Ctx& c, std::string rule, std::string formula, RateMatch m, std::vector<Span> spans);

// --- one rule each, run for every rate outside tables
void check_growth(const Ctx& c, std::size_t yi);             // R26, rate_changes_growth.cpp
void check_points(const Ctx& c, std::size_t yi);             // R27, rate_changes_points.cpp
void check_budget_completion(const Ctx& c, std::size_t yi);  // R29, rate_changes_budget.cpp
void check_change_from_prior(const Ctx& c, std::size_t xi);  // R26 on a change amount, change_prior.cpp

// The first Level of kind `k` in frame `fr` (rate_changes_growth.cpp).
std::size_t level_in(const Statements& st, const Facts& f, std::size_t fr, UnitKind k);
// A prior level of the subject of frame `F` stated outside its clause chain, in its paragraph
// (change_prior.cpp); kNone when none.
std::size_t prior_in_paragraph(const Ctx& c, std::size_t F, UnitKind k);
// What a label names, without comparison, period, direction, filler and stage words (change_prior.cpp).
std::u32string subject_name(const std::u32string& label);

// --- the years decide which level is the prior (change_years.cpp)
struct YearPair {
  std::size_t cur = kNone, prior = kNone;  // quantities
  int cy = 0, py = 0;                      // their years, py = cy − 1
};
// The chain level of frame `F` and a level of its subject stated for the year next to it in the
// paragraph; {} when the years pair nothing (or the chain names its prior as one).
YearPair year_pair(const Ctx& c, std::size_t F, UnitKind k);
// The change x is a prose Change (check_change_from_prior, its one caller, has checked it).
bool check_change_by_years(const Ctx& c, std::size_t xi);  // true when the years settled it
// cur − prior = x in the direction written (dir: +1 up, −1 down, the value's sign applied): recorded
// as verified, and an R26 finding when it does not fit. `cur_as`/`prior_as` lead each operand in the
// formula ("" or "2025年"); `operands` names both in the message ("本期…，上期…" / "current …").
void check_change_gap(const Ctx& c, const Quantity& x, int dir, const Quantity& cur, const Quantity& prior,
                      const std::string& cur_as, const std::string& prior_as, const Message& operands);
bool check_growth_by_years(const Ctx& c, std::size_t yi);

}  // namespace rate_change_detail
}  // namespace gouji
