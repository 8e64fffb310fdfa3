// R02–R12, R15, R16: budget and 决算 identities across sentences, on the labelled figures of
// facts/budget_facts.h. The 其中-lists themselves are R01's (sum_check.cpp); a total that has
// its own list is left to R01 here. Differences within the rounding of the written figures
// (§2.1, interval arithmetic) are info; figures whose gap an unstated item could explain are
// never an error. This file holds the pass itself: its indexes, the figures as shown, fact
// selection and the findings; the rules are in identity_{balance,components,funds,stages,same_figure}.cpp.
#include <algorithm>
#include <map>
#include <set>

#include "checks/identity_checks_internal.h"
#include "lexicon/label_words.h"
#include "text/chars.h"

namespace gouji {
namespace identity_detail {

Identities::Identities(const Facts& f, DocumentResult& out)
    : f_(f), out_(out), facts_(f.budget) {
  for (const auto& b : f.breakdowns) breakdown_ok_.push_back(breakdown_reconciles(b));
  // The report's year: the document's when its title names it — a 2025 budget that restates
  // many 2024 outturns is still about 2025 — else the one most figures state (comparisons with
  // 2022 stay out).
  main_year_ = f.kind.year_titled ? f.kind.year : 0;
  std::map<int, int> years;
  for (const auto& g : facts_)
    if (g.year && !main_year_) ++years[g.year];
  int best = 0;
  for (auto [y, n] : years)
    if (n >= best) { best = n; main_year_ = y; }  // a tie goes to the later year
  // Runs of facts in one top-level section (facts are in text order): a component stands in
  // its total's run, so only that run is searched. If the runs are not clean (a section seen
  // twice, or a line across two), every fact is searched as before.
  run_begin_.assign(facts_.size(), 0);
  run_end_.assign(facts_.size(), facts_.size());
  std::set<std::size_t> seen;
  std::map<std::size_t, std::size_t> top_of_line;
  bool clean = true;
  for (const auto& g : facts_)
    if (top_of_line.emplace(g.line, g.top_section).first->second != g.top_section) clean = false;
  for (std::size_t i = 0; i < facts_.size() && clean;) {
    std::size_t j = i + 1;
    while (j < facts_.size() && facts_[j].top_section == facts_[i].top_section) ++j;
    if (!seen.insert(facts_[i].top_section).second) clean = false;
    for (std::size_t k = i; k < j; ++k) { run_begin_[k] = i; run_end_[k] = j; }
    i = j;
  }
  if (!clean) {
    run_begin_.assign(facts_.size(), 0);
    run_end_.assign(facts_.size(), facts_.size());
  }
  // (quantity, fact) sorted: the facts read from one quantity, found without a scan.
  for (std::size_t i = 0; i < facts_.size(); ++i) by_q_.emplace_back(facts_[i].q, i);
  std::sort(by_q_.begin(), by_q_.end());
  // …and within the run, the kNear facts on either side: a section of ten thousand restated
  // totals (or a text without headings) made every search quadratic, and a component stated
  // hundreds of figures away from its total is not read as one.
  constexpr std::size_t kNear = 400;
  for (std::size_t k = 0; k < facts_.size(); ++k) {
    run_begin_[k] = std::max(run_begin_[k], k > kNear ? k - kNear : 0);
    run_end_[k] = std::min(run_end_[k], k + kNear + 1);
  }
  // The facts of each line: contiguous, since facts are in text order.
  line_begin_.assign(facts_.size(), 0);
  line_end_.assign(facts_.size(), 0);
  for (std::size_t i = 0; i < facts_.size();) {
    std::size_t j = i + 1;
    while (j < facts_.size() && facts_[j].line == facts_[i].line) ++j;
    for (std::size_t k = i; k < j; ++k) { line_begin_[k] = i; line_end_[k] = j; }
    i = j;
  }
}

void Identities::run() {
  r02_balance();
  r03_income_sources();
  r04_fiscal_by_fund();
  r05_r06_expense_by_nature();
  r06_function_lists();
  r07_basic();
  r08_sangong();
  // A government's whole budget (县/市 总预算 execution, monthly or annual) is not a department:
  // income and expenditure differ by transfers, bonds and 调入, by design.
  if (!f_.kind.fiscal()) r09_fund_balance();
  r10_balance_sheet();
  r11_stage_chain();
  if (!f_.kind.fiscal()) r12_initial_balanced();
  r15_same_figure();
  r16_fund_cross_check();
}

bool Identities::breakdown_reconciles(const Breakdown& b) const {
  Interval sum{};
  for (std::size_t p : b.parts) {
    if (!f_.quantities[p].exact()) return true;  // R01 skips it; treat as not failing
    sum = sum + stated_interval(f_.quantities[p], f_.precision);
  }
  return sum.overlaps(stated_interval(f_.quantities[b.total], f_.precision));
}

std::string Identities::shown_label(std::size_t i) const {
  std::u32string l = from_utf8_lossy(facts_[i].label);
  std::size_t k = 0;
  while (k < l.size() && chars::is_digit(l[k])) ++k;
  if (k > 0 && k < l.size() && l[k] == U'年') {
    ++k;
    if (k < l.size() && l[k] == U'度') ++k;
    l.erase(0, k);
  }
  if (l.rfind(lex::labels::kLeadingIntro, 0) == 0 && l.size() > lex::labels::kLeadingIntro.size())
    l.erase(0, lex::labels::kLeadingIntro.size());
  for (std::u32string_view t : lex::labels::kShownTrailingFillers)
    if (l.size() > t.size() && std::u32string_view(l).substr(l.size() - t.size()) == t) {
      l.erase(l.size() - t.size());
      break;
    }
  if (l.empty()) return std::string(role_name(facts_[i].role));
  return to_utf8(l);
}

std::string Identities::shown_value(std::size_t i, const Quantity& like) const {
  const Quantity& x = q(i);
  std::string s = f_.text.utf8(x.start, x.number_end);  // as written: "1000.00", "2038.3"
  if (x.unit != like.unit && x.unit) s += to_utf8(x.unit->text);
  return s;
}

int Identities::decimals_for(const std::vector<std::size_t>& fs, const Quantity& like) const {
  int d = effective_decimals(like, f_.precision);
  for (std::size_t i : fs)
    if (q(i).unit == like.unit) d = std::max(d, effective_decimals(q(i), f_.precision));
  return d;
}

std::string Identities::equation(const Sum& s, const Quantity& like, int d, bool en) const {
  std::string unit = unit_of(like);
  if (s.facts.size() == 1) return (en ? s.en : s.zh) + unit;
  return (en ? s.en + " = " : s.zh + "=") + fmt(s.point, like, d) + unit;
}

void Identities::add(Sum& s, std::size_t i, const Quantity& like, bool with_label) const {
  bool neg = facts_[i].sign < 0;
  if (!s.facts.empty() || neg) { s.zh += neg ? "−" : "+"; s.en += neg ? " − " : " + "; }
  if (with_label) {
    s.zh += shown_label(i);
    s.en += std::string(role_name(facts_[i].role, true)) + " ";
  }
  s.zh += shown_value(i, like);
  s.en += shown_value(i, like);
  s.iv = s.iv + iv(i);
  s.point = s.point + val(i);
  s.facts.push_back(i);
}

// The one fact `pred` names among `n` facts (`at(k)` the k-th one's index), or kNone when none or
// two with different values (then *ambiguous).
template <class At>
std::size_t Identities::agreeing(std::size_t n, At at, const Pred& pred, bool* ambiguous) const {
  std::size_t first = kNone;
  if (ambiguous) *ambiguous = false;
  for (std::size_t k = 0; k < n; ++k) {
    std::size_t i = at(k);
    if (!pred(facts_[i])) continue;
    if (first == kNone) { first = i; continue; }
    if (val(i) != val(first)) {
      if (ambiguous) *ambiguous = true;
      return kNone;
    }
  }
  return first;
}

std::size_t Identities::unique(const Pred& pred, bool* ambiguous) const {
  return agreeing(facts_.size(), [](std::size_t k) { return k; }, pred, ambiguous);
}

std::size_t Identities::unique_among(const std::vector<std::size_t>& among, const Pred& pred, bool* ambiguous) const {
  return agreeing(among.size(), [&](std::size_t k) { return among[k]; }, pred, ambiguous);
}

bool Identities::free_component(std::size_t t, std::size_t c) const {
  for (std::size_t b : facts_[c].part_of) {
    std::size_t tq = f_.breakdowns[b].total;
    if (tq == facts_[t].q) return false;
    if (!breakdown_ok_[b]) return false;
    bool restated_total = false;
    auto [lo, hi] = std::equal_range(by_q_.begin(), by_q_.end(), std::pair<std::size_t, std::size_t>{tq, 0},
                                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto it = lo; it != hi; ++it) restated_total = restated_total || facts_[it->second].role == facts_[t].role;
    if (!restated_total) return false;
  }
  return true;
}

std::size_t Identities::component(std::size_t t, const Pred& pred, bool& ambiguous) const {
  std::size_t best = kNone;
  int best_d = 3;
  for (std::size_t i = run_begin_[t]; i < run_end_[t]; ++i) {
    if (i == t || !pred(facts_[i])) continue;
    const BudgetFact& c = facts_[i];
    if (c.entity != facts_[t].entity || !years_match(c, facts_[t]) || !free_component(t, i)) continue;
    int d = distance(facts_[t], c);
    if (d >= 3) continue;
    if (best == kNone || d < best_d) {
      best = i;
      best_d = d;
    } else if (d == best_d && val(i) != val(best)) {
      ambiguous = true;
    }
  }
  return best;
}

bool Identities::has_parts_with_role(std::size_t t, std::initializer_list<Role> roles) const {
  if (fact_of_q_.empty()) {  // quantity → fact, built on first use (a scan per part was quadratic)
    fact_of_q_.assign(f_.quantities.size(), kNone);
    for (std::size_t i = 0; i < facts_.size(); ++i) fact_of_q_[facts_[i].q] = i;
  }
  for (std::size_t b : facts_[t].total_of)
    for (std::size_t p : f_.breakdowns[b].parts)
      if (std::size_t g = fact_of_q_[p]; g != kNone && std::find(roles.begin(), roles.end(), facts_[g].role) != roles.end())
        return true;
  return false;
}

bool Identities::part_of_class(std::size_t i) const {
  if (facts_[i].part_of.empty()) return false;
  has_parts_with_role(i, {});  // builds fact_of_q_
  for (std::size_t b : facts_[i].part_of) {
    std::size_t g = fact_of_q_[f_.breakdowns[b].total];
    if (g == kNone || facts_[g].role == Role::Func || facts_[g].role == Role::Econ) return true;
  }
  return false;
}

bool Identities::list_item(std::size_t i) const {
  const auto& t = f_.text.chars();
  std::size_t k = q(i).start;
  while (k > 0 && t[k - 1] != U'\n') --k;
  while (k < t.size() && chars::is_space(t[k])) ++k;
  bool paren = k < t.size() && (t[k] == U'（' || t[k] == U'(');
  if (paren) ++k;
  std::size_t d = k;
  while (k < t.size() && (chars::is_digit(t[k]) || lex::labels::kHanNumerals.find(t[k]) != std::u32string_view::npos)) ++k;
  if (k == d || k >= t.size()) return false;
  return paren ? (t[k] == U'）' || t[k] == U')') : (t[k] == U'、' || t[k] == U'.' || t[k] == U'．');
}

// ---- findings ----
void Identities::emit(std::string_view rule, Severity sev, std::size_t primary, const std::vector<std::size_t>& related,
          Message msg, Message hint, std::string expected, std::string actual) {
  std::size_t pq = facts_[primary].q;
  if (!reported_.insert({std::string(rule), pq}).second) return;
  primary_qs_.insert(pq);
  Finding fd = make_finding(rule, std::move(msg), {span_of(f_.quantities[pq], true)});
  fd.severity = sev;
  std::set<std::size_t> seen{pq};
  for (std::size_t i : related)
    if (seen.insert(facts_[i].q).second) fd.spans.push_back(span_of(f_.quantities[facts_[i].q], false));
  fd.hint = std::move(hint);
  fd.expected = std::move(expected);
  fd.actual = std::move(actual);
  out_.findings.push_back(std::move(fd));
}

void Identities::record(std::string_view rule, std::string formula, Cmp c, std::size_t total, const std::vector<std::size_t>& parts) {
  std::vector<Span> in{span_of(q(total), false)};
  for (std::size_t i : parts) in.push_back(span_of(q(i), false));
  out_.checked.push_back({std::string(rule), std::move(formula),
                          c == Cmp::Equal ? "consistent" : c == Cmp::Rounding ? "rounding" : "inconsistent", std::move(in)});
}

void Identities::report_composition(std::string_view rule, std::size_t t, const Sum& s, Severity off_severity,
                        std::string_view what_zh, std::string_view what_en, Message hint) {
  const Quantity& tq = q(t);
  std::string unit = unit_of(tq);
  int d = decimals_for(s.facts, tq);
  Cmp c = compare(iv(t), val(t), s.iv, s.point);
  std::string sum_s = fmt(s.point, tq, d), total_s = tq.value.to_string();
  record(rule, s.zh + " = " + sum_s + unit + "（" + shown_label(t) + written(t) + unit + "）", c, t, s.facts);
  if (c == Cmp::Equal) return;
  std::string delta_s = fmt((val(t) - s.point).abs(), tq, d);
  std::string tl = shown_label(t);
  if (c == Cmp::Rounding) {
    emit(rule, Severity::Info, t, s.facts,
         {"尾差：" + std::string(what_zh) + "之和为" + sum_s + unit + "（" + s.zh + "），“" + tl + "”为" + total_s + unit +
              "，相差" + delta_s + unit + "，在四舍五入误差范围内",
          "Rounding difference: the " + std::string(what_en) + " add up to " + sum_s + unit + " (" + s.en + "), " +
              std::string(role_name(facts_[t].role, true)) + " is stated as " + total_s + unit + ", off by " +
              delta_s + unit + ", within rounding"},
         {}, sum_s + unit, total_s + unit);
    return;
  }
  emit(rule, off_severity, t, s.facts,
       {"“" + tl + "”" + total_s + unit + "与" + std::string(what_zh) + "之和" + sum_s + unit + "（" + s.zh + "）不符，相差" +
            delta_s + unit,
        "The " + std::string(role_name(facts_[t].role, true)) + " of " + total_s + unit + " differs from the sum of the " +
            std::string(what_en) + ", " + sum_s + unit + " (" + s.en + "), by " + delta_s + unit},
       std::move(hint), sum_s + unit, total_s + unit);
}

}  // namespace identity_detail

void check_budget_identities(const Facts& f, DocumentResult& out) { identity_detail::Identities(f, out).run(); }

}  // namespace gouji
