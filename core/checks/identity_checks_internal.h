#pragma once
// Internal to the budget identities (checks/identity_*.cpp): the Identities pass, its figures,
// fact selection and finding helpers (identity_checks.cpp), and one file per rule family.
// Not an interface of the checks stage.
#include <cstddef>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checks/check.h"
#include "checks/rule_table.h"
#include "facts/budget_facts.h"

namespace gouji {
namespace identity_detail {

enum class Cmp { Equal, Rounding, Off };

// A sum of stated figures, kept as an interval and as the point value, with its text.
struct Sum {
  Interval iv{};
  Decimal point{};
  std::vector<std::size_t> facts;
  std::string zh, en;
  bool empty() const { return facts.empty(); }
};

inline Cmp compare(const Interval& a, Decimal pa, const Interval& b, Decimal pb) {
  if (pa == pb) return Cmp::Equal;
  return a.overlaps(b) ? Cmp::Rounding : Cmp::Off;
}

class Identities {
 public:
  Identities(const Facts& f, DocumentResult& out);

  void run();

 private:
  const Facts& f_;
  DocumentResult& out_;
  const std::vector<BudgetFact>& facts_;  // read once by the pipeline (Facts::budget)
  mutable std::vector<std::size_t> fact_of_q_;  // see has_parts_with_role
  std::vector<std::pair<std::size_t, std::size_t>> by_q_;  // (quantity, fact), sorted
  std::vector<std::size_t> run_begin_, run_end_;  // the run of facts_[i]'s top-level section
  std::vector<std::size_t> line_begin_, line_end_;  // the facts on facts_[i]'s line
  std::vector<bool> breakdown_ok_;
  std::set<std::pair<std::string, std::size_t>> reported_;  // (rule, primary quantity)
  std::set<std::size_t> primary_qs_;                        // the quantities of reported_, any rule
  int main_year_ = 0;

  // A figure without a year is the report's year's.
  int year_of(const BudgetFact& g) const { return g.year ? g.year : main_year_; }
  bool current(const BudgetFact& g) const { return year_of(g) == main_year_; }

  // ---- figures ----
  const Quantity& q(std::size_t i) const { return f_.quantities[facts_[i].q]; }
  Interval iv(std::size_t i) const {
    Interval x = stated_interval(q(i), f_.precision);
    return facts_[i].sign < 0 ? Interval{-x.hi, -x.lo} : x;
  }
  Decimal val(std::size_t i) const { return facts_[i].sign < 0 ? -q(i).normalized() : q(i).normalized(); }
  bool is_zero(std::size_t i) const { return q(i).value.is_zero(); }

  bool breakdown_reconciles(const Breakdown& b) const;

  // The label as the report words it, without a leading year or 其中 ("决算收入").
  std::string shown_label(std::size_t i) const;
  // A figure as written, with its unit when it differs from `like`'s.
  std::string shown_value(std::size_t i, const Quantity& like) const;
  std::string unit_of(const Quantity& like) const { return like.unit ? to_utf8(like.unit->text) : ""; }
  // A stated figure as written, for a checked formula ("80.50", not "80.5").
  std::string written(std::size_t i) const { return q(i).value.to_string(q(i).decimals); }
  int decimals_for(const std::vector<std::size_t>& fs, const Quantity& like) const;
  std::string fmt(Decimal base, const Quantity& like, int decimals) const {
    return format_in_unit(base, like, decimals);
  }

  // "a+b=c万元", or "a万元" for a single term.
  std::string equation(const Sum& s, const Quantity& like, int d, bool en = false) const;

  void add(Sum& s, std::size_t i, const Quantity& like, bool with_label = true) const;

  // ---- selecting facts ----
  using Pred = std::function<bool(const BudgetFact&)>;

  // All facts matching `pred` that state one value: the first of them, or kNone when none match
  // or they disagree (then R15 reports the disagreement; no identity is built on it).
  std::size_t unique(const Pred& pred, bool* ambiguous = nullptr) const;
  // The same over the facts listed in `among` (in order): the ones every match must be among.
  std::size_t unique_among(const std::vector<std::size_t>& among, const Pred& pred, bool* ambiguous = nullptr) const;
  template <class At>
  std::size_t agreeing(std::size_t n, At at, const Pred& pred, bool* ambiguous) const;

  bool years_match(const BudgetFact& a, const BudgetFact& b) const { return year_of(a) == year_of(b); }

  // How close c stands to t: 0 same paragraph, 1 same section, 2 same top-level section.
  // The facts on fact i's line. Same-line and same-sentence searches stay there (a scan of
  // every fact was quadratic in a long document).
  std::pair<std::size_t, std::size_t> line_range(std::size_t i) const { return {line_begin_[i], line_end_[i]}; }

  int distance(const BudgetFact& t, const BudgetFact& c) const {
    if (c.line == t.line) return 0;
    if (c.section == t.section) return 1;
    if (c.top_section == t.top_section) return 2;
    return 3;
  }

  // May c stand as a component of total t in a cross-sentence identity? Not when it is listed in
  // t's own 其中 (R01 has that sum), nor when it is listed under another kind of total (the parts
  // of 人员经费 are not parts of 基本支出).
  bool free_component(std::size_t t, std::size_t c) const;

  // The component of total t matching pred: nearest by distance(); kNone when absent; sets
  // *ambiguous when the nearest statements disagree.
  std::size_t component(std::size_t t, const Pred& pred, bool& ambiguous) const;

  bool has_parts_with_role(std::size_t t, std::initializer_list<Role> roles) const;

  // Is fact i listed under a 其中 whose total is a class, an item or a unit rather than an
  // aggregate of the department ("机构运行X元，其中：基本支出X元"; "城南站收入X元，其中财政拨款收入…")?
  // Its figure is that total's split, never a restatement of the department's.
  bool part_of_class(std::size_t i) const;

  // Is fact i on a line that starts with a list marker ("1、", "（2）")? Counts there are per unit.
  bool list_item(std::size_t i) const;

  bool is_primary(std::size_t i) const { return primary_qs_.count(facts_[i].q) != 0; }

  // ---- findings ----
  void emit(std::string_view rule, Severity sev, std::size_t primary, const std::vector<std::size_t>& related,
            Message msg, Message hint = {}, std::string expected = {}, std::string actual = {});

  // Every identity compared is recorded, consistent or not (issue 14).
  void record(std::string_view rule, std::string formula, Cmp c, std::size_t total, const std::vector<std::size_t>& parts);

  // "total T stated, components add up to S": the common message for R03–R08.
  // off_severity: what an unexplained difference is (error, or warning when the list may be
  // incomplete and S < T).
  void report_composition(std::string_view rule, std::size_t t, const Sum& s, Severity off_severity,
                          std::string_view what_zh, std::string_view what_en, Message hint = {});

  static bool dept_level(const BudgetFact& g) { return g.entity.empty(); }
  static bool fund_level_subject(const std::vector<BudgetFact>& fs, const BudgetFact& g) {
    if (g.subject == kNone) return true;
    Role r = fs[g.subject].role;
    return r != Role::Basic && r != Role::Project && r != Role::SanGong;
  }

  // ---- the rules, one family a file ----
  void r02_balance();  // identity_balance.cpp
  void r10_balance_sheet();
  struct BalanceSides;  // R02's two sides, built once and read by its phases
  bool r02_sides(BalanceSides& b);
  bool r02_side_fails(const BalanceSides& b, std::size_t T, const Sum& s, const char* zh_side, const char* en_side);
  void r02_left_right(const BalanceSides& b);

  void r03_income_sources();  // identity_components.cpp
  void r04_fiscal_by_fund();
  void r05_r06_expense_by_nature();
  void r06_function_lists();
  void r07_basic();
  void r08_sangong();

  void r09_fund_balance();  // identity_funds.cpp
  void r09_grand_totals(Fund F);
  bool this_year_total(Fund F, Role role, std::size_t total);
  void r16_fund_cross_check();

  void r11_stage_chain();  // identity_stages.cpp
  void r12_initial_balanced();

  void r15_same_figure();  // identity_same_figure.cpp
};

}  // namespace identity_detail
}  // namespace gouji
