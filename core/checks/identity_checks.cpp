// R02–R12, R15, R16: budget and 决算 identities across sentences, on the labelled figures of
// facts/budget_facts.h. The 其中-lists themselves are R01's (sum_check.cpp); a total that has
// its own list is left to R01 here. Differences within the rounding of the written figures
// (§2.1, interval arithmetic) are info; figures whose gap an unstated item could explain are
// never an error.
#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include "checks/check.h"
#include "checks/rule_table.h"
#include "facts/budget_facts.h"
#include "lexicon/budget_words.h"
#include "lexicon/label_words.h"
#include "text/chars.h"

namespace gouji {
namespace {

enum class Cmp { Equal, Rounding, Off };

// A sum of stated figures, kept as an interval and as the point value, with its text.
struct Sum {
  Interval iv{};
  Decimal point{};
  std::vector<std::size_t> facts;
  std::string zh, en;
  bool empty() const { return facts.empty(); }
};

Cmp compare(const Interval& a, Decimal pa, const Interval& b, Decimal pb) {
  if (pa == pb) return Cmp::Equal;
  return a.overlaps(b) ? Cmp::Rounding : Cmp::Off;
}

class Identities {
 public:
  Identities(const Facts& f, DocumentResult& out)
      : f_(f), out_(out), facts_(f.budget) {
    for (const auto& b : f.breakdowns) breakdown_ok_.push_back(breakdown_reconciles(b));
    // The report's year: the one most figures state (comparisons with 2022 stay out).
    std::map<int, int> years;
    for (const auto& g : facts_)
      if (g.year) ++years[g.year];
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

  void run() {
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

  bool breakdown_reconciles(const Breakdown& b) const {
    Interval sum{};
    for (std::size_t p : b.parts) {
      if (!f_.quantities[p].exact()) return true;  // R01 skips it; treat as not failing
      sum = sum + stated_interval(f_.quantities[p], f_.precision);
    }
    return sum.overlaps(stated_interval(f_.quantities[b.total], f_.precision));
  }

  // The label as the report words it, without a leading year or 其中 ("决算收入").
  std::string shown_label(std::size_t i) const {
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
  // A figure as written, with its unit when it differs from `like`'s.
  std::string shown_value(std::size_t i, const Quantity& like) const {
    const Quantity& x = q(i);
    std::string s = f_.text.utf8(x.start, x.number_end);  // as written: "1000.00", "2038.3"
    if (x.unit != like.unit && x.unit) s += to_utf8(x.unit->text);
    return s;
  }
  std::string unit_of(const Quantity& like) const { return like.unit ? to_utf8(like.unit->text) : ""; }
  // A stated figure as written, for a checked formula ("80.50", not "80.5").
  std::string written(std::size_t i) const { return q(i).value.to_string(q(i).decimals); }
  int decimals_for(const std::vector<std::size_t>& fs, const Quantity& like) const {
    int d = effective_decimals(like, f_.precision);
    for (std::size_t i : fs)
      if (q(i).unit == like.unit) d = std::max(d, effective_decimals(q(i), f_.precision));
    return d;
  }
  std::string fmt(Decimal base, const Quantity& like, int decimals) const {
    return format_in_unit(base, like, decimals);
  }

  // "a+b=c万元", or "a万元" for a single term.
  std::string equation(const Sum& s, const Quantity& like, int d, bool en = false) const {
    std::string unit = unit_of(like);
    if (s.facts.size() == 1) return (en ? s.en : s.zh) + unit;
    return (en ? s.en + " = " : s.zh + "=") + fmt(s.point, like, d) + unit;
  }

  void add(Sum& s, std::size_t i, const Quantity& like, bool with_label = true) const {
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

  // ---- selecting facts ----
  using Pred = std::function<bool(const BudgetFact&)>;

  // All facts matching `pred` that state one value: the first of them, or kNone when none match
  // or they disagree (then R15 reports the disagreement; no identity is built on it).
  std::size_t unique(const Pred& pred, bool* ambiguous = nullptr) const {
    std::size_t first = kNone;
    if (ambiguous) *ambiguous = false;
    for (std::size_t i = 0; i < facts_.size(); ++i) {
      if (!pred(facts_[i])) continue;
      if (first == kNone) { first = i; continue; }
      if (val(i) != val(first)) {
        if (ambiguous) *ambiguous = true;
        return kNone;
      }
    }
    return first;
  }
  // The same over the facts listed in `among` (in order): the ones every match must be among.
  std::size_t unique_among(const std::vector<std::size_t>& among, const Pred& pred, bool* ambiguous = nullptr) const {
    std::size_t first = kNone;
    if (ambiguous) *ambiguous = false;
    for (std::size_t i : among) {
      if (!pred(facts_[i])) continue;
      if (first == kNone) { first = i; continue; }
      if (val(i) != val(first)) {
        if (ambiguous) *ambiguous = true;
        return kNone;
      }
    }
    return first;
  }

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
  bool free_component(std::size_t t, std::size_t c) const {
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

  // The component of total t matching pred: nearest by distance(); kNone when absent; sets
  // *ambiguous when the nearest statements disagree.
  std::size_t component(std::size_t t, const Pred& pred, bool& ambiguous) const {
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

  bool has_parts_with_role(std::size_t t, std::initializer_list<Role> roles) const {
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

  // Is fact i (a 基本支出/项目支出) listed under a 其中 whose total is a class or an item rather than
  // an aggregate of the department ("机构运行X元，其中：基本支出X元")?
  bool part_of_class(std::size_t i) const {
    if (facts_[i].part_of.empty() || !(facts_[i].role == Role::Basic || facts_[i].role == Role::Project)) return false;
    has_parts_with_role(i, {});  // builds fact_of_q_
    for (std::size_t b : facts_[i].part_of) {
      std::size_t g = fact_of_q_[f_.breakdowns[b].total];
      if (g == kNone || facts_[g].role == Role::Func || facts_[g].role == Role::Econ) return true;
    }
    return false;
  }

  // Is fact i on a line that starts with a list marker ("1、", "（2）")? Counts there are per unit.
  bool list_item(std::size_t i) const {
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

  bool is_primary(std::size_t i) const { return primary_qs_.count(facts_[i].q) != 0; }

  // ---- findings ----
  void emit(std::string_view rule, Severity sev, std::size_t primary, const std::vector<std::size_t>& related,
            Message msg, Message hint = {}, std::string expected = {}, std::string actual = {}) {
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

  // Every identity compared is recorded, consistent or not (issue 14).
  void record(std::string_view rule, std::string formula, Cmp c, std::size_t total, const std::vector<std::size_t>& parts) {
    std::vector<Span> in{span_of(q(total), false)};
    for (std::size_t i : parts) in.push_back(span_of(q(i), false));
    out_.checked.push_back({std::string(rule), std::move(formula),
                            c == Cmp::Equal ? "consistent" : c == Cmp::Rounding ? "rounding" : "inconsistent", std::move(in)});
  }

  // "total T stated, components add up to S": the common message for R03–R08.
  // off_severity: what an unexplained difference is (error, or warning when the list may be
  // incomplete and S < T).
  void report_composition(std::string_view rule, std::size_t t, const Sum& s, Severity off_severity,
                          std::string_view what_zh, std::string_view what_en, Message hint = {}) {
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

  static bool dept_level(const BudgetFact& g) { return g.entity.empty(); }
  static bool fund_level_subject(const std::vector<BudgetFact>& fs, const BudgetFact& g) {
    if (g.subject == kNone) return true;
    Role r = fs[g.subject].role;
    return r != Role::Basic && r != Role::Project && r != Role::SanGong;
  }

  // ---- R02: 收入支出决算总表 balance ----
  void r02_balance() {
    bool amb = false, any_amb = false;
    auto pick = [&](Role r, bool fund_level_only = false) {
      std::size_t i = unique(
          [&](const BudgetFact& g) {
            return g.role == r && g.fund == Fund::All && dept_level(g) && current(g) &&
                   (g.stage == BudgetStage::Final || g.stage == BudgetStage::None) &&
                   (!fund_level_only || fund_level_subject(facts_, g));
          },
          &amb);
      any_amb |= amb;
      return i;
    };
    std::size_t I = pick(Role::Income), TL = pick(Role::IncomeGrand), U = pick(Role::UseSurplus, true),
                Ci = pick(Role::CarryIn, true), E = pick(Role::Expense), TR = pick(Role::ExpenseGrand),
                D = pick(Role::Distribution, true), Co = pick(Role::CarryOut, true);
    if (any_amb) return;
    // A "总计" equal to the 本年 figure is the 本年 figure loosely labelled (report 000: 全年支出总计).
    if (TL != kNone && I != kNone && compare(iv(TL), val(TL), iv(I), val(I)) != Cmp::Off) TL = kNone;
    if (TR != kNone && E != kNone && compare(iv(TR), val(TR), iv(E), val(E)) != Cmp::Off) TR = kNone;
    if ((I == kNone && TL == kNone) || (E == kNone && TR == kNone)) return;
    std::size_t like_i = TL != kNone ? TL : I;
    const Quantity& like = q(like_i);
    std::string unit = unit_of(like);

    Sum L, R;
    if (I != kNone) {
      add(L, I, like);
      if (U != kNone) add(L, U, like);
      if (Ci != kNone) add(L, Ci, like);
    }
    if (E != kNone) {
      add(R, E, like);
      if (D != kNone) add(R, D, like);
      if (Co != kNone) add(R, Co, like);
    }
    std::vector<std::size_t> all = L.facts;
    all.insert(all.end(), R.facts.begin(), R.facts.end());
    if (TL != kNone) all.push_back(TL);
    if (TR != kNone) all.push_back(TR);
    int d = decimals_for(all, like);

    // 1, 2: a stated 总计 against its own side.
    bool side_failed = false;
    auto side = [&](std::size_t T, const Sum& s, const char* zh_side, const char* en_side) {
      if (T == kNone || s.facts.size() < 2) return;
      Cmp c = compare(iv(T), val(T), s.iv, s.point);
      std::string sum_s = fmt(s.point, like, d), t_s = q(T).value.to_string();
      record("R02", zh_side + s.zh + " = " + sum_s + unit + "（" + shown_label(T) + written(T) + unit + "）", c, T, s.facts);
      if (c == Cmp::Equal) return;
      std::string delta_s = fmt((val(T) - s.point).abs(), like, d);
      if (c == Cmp::Rounding) {
        emit("R02", Severity::Info, T, s.facts,
             {std::string("尾差：") + zh_side + s.zh + "=" + sum_s + unit + "，“" + shown_label(T) + "”为" + t_s + unit + "，相差" +
                  delta_s + unit + "，在四舍五入误差范围内",
              std::string("Rounding difference: ") + en_side + " " + s.en + " = " + sum_s + unit + ", stated total " + t_s +
                  unit + ", off by " + delta_s + unit + ", within rounding"},
             {}, sum_s + unit, t_s + unit);
        return;
      }
      side_failed = true;
      emit("R02", Severity::Error, T, s.facts,
           {"“" + shown_label(T) + "”应为" + sum_s + unit + "（" + s.zh + "），报告为" + t_s + unit,
            std::string("The stated ") + en_side + " total should be " + sum_s + unit + " (" + s.en + ") but is " + t_s + unit},
           {}, sum_s + unit, t_s + unit);
    };
    side(TL, L, "收入侧", "income side");
    side(TR, R, "支出侧", "expenditure side");
    if (side_failed) return;

    // 3: left = right.
    bool has_terms = U != kNone || Ci != kNone || D != kNone || Co != kNone || TL != kNone || TR != kNone;
    if (!has_terms) return;  // 本年收入 vs 本年支出 alone is no identity
    Interval lv = TL != kNone ? iv(TL) : L.iv, rv = TR != kNone ? iv(TR) : R.iv;
    Decimal lp = TL != kNone ? val(TL) : L.point, rp = TR != kNone ? val(TR) : R.point;
    std::string l_zh = TL != kNone ? "“" + shown_label(TL) + "”" + q(TL).value.to_string() + unit
                                   : equation(L, like, d);
    std::string r_zh = TR != kNone ? "“" + shown_label(TR) + "”" + q(TR).value.to_string() + unit
                                   : equation(R, like, d);
    std::string l_en = TL != kNone ? q(TL).value.to_string() + unit : equation(L, like, d, true);
    std::string r_en = TR != kNone ? q(TR).value.to_string() + unit : equation(R, like, d, true);
    std::string delta_s = fmt((lp - rp).abs(), like, d);
    std::size_t primary = TL != kNone ? TL : (TR != kNone ? TR : I);
    if (primary == kNone) primary = E;
    Cmp c = compare(lv, lp, rv, rp);
    {
      std::vector<std::size_t> rest;
      for (std::size_t i : all)
        if (i != primary) rest.push_back(i);
      std::string l_w = TL != kNone ? "“" + shown_label(TL) + "”" + written(TL) + unit : equation(L, like, d);
      std::string r_w = TR != kNone ? "“" + shown_label(TR) + "”" + written(TR) + unit : equation(R, like, d);
      record("R02", "收入侧" + l_w + " = 支出侧" + r_w, c, primary, rest);
    }
    if (c == Cmp::Equal) return;
    if (c == Cmp::Rounding) {
      emit("R02", Severity::Info, primary, all,
           {"尾差：收入侧" + l_zh + "，支出侧" + r_zh + "，相差" + delta_s + unit + "，在四舍五入误差范围内",
            "Rounding difference: income side " + l_en + ", expenditure side " + r_en + ", off by " + delta_s + unit +
                ", within rounding"},
           {}, r_zh, l_zh);
      return;
    }
    // (a) The income figure already contains the carry-in (report 000: 决算收入 = 收入总计).
    if (TL == kNone && I != kNone && Ci != kNone && !is_zero(Ci)) {
      Sum L2;
      add(L2, I, like);
      if (U != kNone) add(L2, U, like);
      Cmp c2 = compare(L2.iv, L2.point, rv, rp);
      if (c2 != Cmp::Off) {
        bool r01_explains = false;
        for (std::size_t b : facts_[I].total_of) {
          Interval parts{};
          for (std::size_t p : f_.breakdowns[b].parts) parts = parts + stated_interval(f_.quantities[p], f_.precision);
          if ((parts + iv(Ci)).overlaps(iv(I))) r01_explains = true;
        }
        std::string i_s = q(I).value.to_string(), ci_s = shown_value(Ci, like);
        std::string d2 = fmt((L2.point - rp).abs(), like, d);
        Message m{"按“" + shown_label(I) + "”" + i_s + unit + "已含“" + shown_label(Ci) + "”" + ci_s + unit +
                      "（即为收入总计）理解，收支平衡：收入侧" + equation(L2, like, d) + "，支出侧" +
                      r_zh + (c2 == Cmp::Equal ? "" : "，相差" + d2 + unit + "，在四舍五入误差范围内"),
                  "Balanced if " + i_s + unit + " already includes the carry-in " + ci_s + unit +
                      " (i.e. it is total income): income side " + equation(L2, like, d, true) +
                      ", expenditure side " + r_en};
        Message h{"“" + shown_label(I) + "”" + i_s + unit + "包含了年初结转和结余，应标为“收入总计”；本年收入应为" +
                      fmt(val(I) - val(Ci), like, d) + unit,
                  "The income figure includes the carry-in: it should be labelled total income (收入总计); this "
                  "year's income is " + fmt(val(I) - val(Ci), like, d) + unit};
        emit("R02", r01_explains ? Severity::Info : Severity::Warning, I, all, std::move(m),
             r01_explains ? Message{} : std::move(h));
        return;
      }
    }
    // (b) The expenditure figure already contains the carry-out.
    if (TR == kNone && E != kNone && Co != kNone && !is_zero(Co)) {
      Sum R2;
      add(R2, E, like);
      if (D != kNone) add(R2, D, like);
      if (compare(lv, lp, R2.iv, R2.point) != Cmp::Off) {
        std::string e_s = q(E).value.to_string(), co_s = shown_value(Co, like);
        emit("R02", Severity::Warning, E, all,
             {"按“" + shown_label(E) + "”" + e_s + unit + "已含“" + shown_label(Co) + "”" + co_s + unit +
                  "理解，收支才平衡：收入侧" + l_zh + "，支出侧" + R2.zh + "=" + fmt(R2.point, like, d) + unit,
              "Balanced only if " + e_s + unit + " already includes the carry-over " + co_s + unit + ": income side " +
                  l_en + ", expenditure side " + R2.en + " = " + fmt(R2.point, like, d) + unit},
             {"“" + shown_label(E) + "”似为支出总计（含年末结转和结余），标签应为“支出总计”",
              "The expenditure figure seems to include the carry-over: it should be labelled total expenditure"});
        return;
      }
    }
    // (c) An item the text does not state could close the gap: query, not error.
    Decimal gap = lp - rp;
    // A 支出总计 stated without its parts may be 本年支出 loosely labelled (as in report 000).
    bool right_open = TR == kNone ? (Co == kNone || D == kNone) : (E == kNone && Co == kNone);
    bool left_open = TL == kNone ? (Ci == kNone || U == kNone) : (I == kNone && Ci == kNone);
    if ((gap > Decimal{} && right_open) || (gap < Decimal{} && left_open)) {
      std::string missing_zh = gap > Decimal{} ? (Co == kNone ? "年末结转和结余" : "结余分配")
                                               : (Ci == kNone ? "年初结转和结余" : "使用非财政拨款结余");
      std::string missing_en = gap > Decimal{} ? (Co == kNone ? "carry-over to next year" : "surplus distribution")
                                               : (Ci == kNone ? "carry-in" : "use of non-fiscal surplus");
      emit("R02", Severity::Warning, primary, all,
           {"收支差额" + delta_s + unit + "未说明：收入侧" + l_zh + "，支出侧" + r_zh + "；报告未列明" + missing_zh,
            "Income and expenditure differ by " + delta_s + unit + " (income side " + l_en + ", expenditure side " + r_en +
                ") and the report does not state the " + missing_en},
           {"差额可能就是未列明的" + missing_zh + "，请补充说明", "The gap may be the unstated " + missing_en + "; state it"});
      return;
    }
    emit("R02", Severity::Error, TR != kNone ? TR : (TL != kNone ? TL : E), all,
         {"收支不平衡：收入侧" + l_zh + "，支出侧" + r_zh + "，相差" + delta_s + unit,
          "Income and expenditure do not balance: income side " + l_en + ", expenditure side " + r_en + ", off by " +
              delta_s + unit},
         {}, r_zh, l_zh);
  }

  // ---- R03: 本年收入 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他 ----
  void r03_income_sources() {
    for (std::size_t t = 0; t < facts_.size(); ++t) {
      const BudgetFact& T = facts_[t];
      if (T.role != Role::Income || T.fund != Fund::All || !T.total_of.empty() || !T.part_of.empty()) continue;
      bool amb = false;
      auto income = [&](Fund fund) {
        return component(t, [&](const BudgetFact& g) { return g.role == Role::Income && g.fund == fund && g.stage == T.stage; }, amb);
      };
      auto source = [&](Role r) {
        return component(t, [&](const BudgetFact& g) { return g.role == r && g.stage == T.stage; }, amb);
      };
      std::vector<std::size_t> slots;
      std::size_t fiscal = income(Fund::Fiscal);
      if (fiscal != kNone) {
        slots.push_back(fiscal);
      } else {
        for (Fund fund : {Fund::General, Fund::GovFund, Fund::StateCapital})
          if (std::size_t c = income(fund); c != kNone) slots.push_back(c);
      }
      for (Role r : {Role::IncUpper, Role::IncBusiness, Role::IncOperating, Role::IncAffiliate, Role::IncOther})
        if (std::size_t c = source(r); c != kNone) slots.push_back(c);
      if (amb || slots.size() < 2) continue;
      std::sort(slots.begin(), slots.end());
      Sum s;
      for (std::size_t c : slots) add(s, c, q(t));
      bool zero_stated = std::any_of(slots.begin(), slots.end(), [&](std::size_t c) { return is_zero(c); });
      bool complete = slots.size() >= 3 || zero_stated || s.point > val(t);
      report_composition("R03", t, s, complete ? Severity::Error : Severity::Warning, "各项收入", "income sources",
                         complete ? Message{}
                                  : Message{"未列明的收入来源可能占了差额，请核对", "An unstated income source may make up the difference"});
    }
  }

  // ---- R04: 财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营 ----
  void r04_fiscal_by_fund() {
    for (std::size_t t = 0; t < facts_.size(); ++t) {
      const BudgetFact& T = facts_[t];
      if ((T.role != Role::Income && T.role != Role::Expense) || T.fund != Fund::Fiscal || !T.part_of.empty()) continue;
      bool amb = false;
      std::vector<std::size_t> slots;
      std::size_t general = kNone, gov = kNone;
      for (Fund fund : {Fund::General, Fund::GovFund, Fund::StateCapital}) {
        std::size_t c = component(t, [&](const BudgetFact& g) { return g.role == T.role && g.fund == fund && g.stage == T.stage; }, amb);
        if (c == kNone) continue;
        slots.push_back(c);
        if (fund == Fund::General) general = c;
        if (fund == Fund::GovFund) gov = c;
      }
      if (amb) continue;
      bool listed = has_parts_with_role(t, {Role::Income, Role::Expense});
      // Label: the 一般公共预算 figure called 财政拨款 while 政府性基金 is not zero.
      if (general != kNone && gov != kNone && !is_zero(gov) && val(general) == val(t) && slots.size() < 3) {
        std::string unit = unit_of(q(t));
        emit("R04", Severity::Warning, t, {general, gov},
             {"“" + shown_label(t) + "”" + q(t).value.to_string() + unit + "只等于一般公共预算部分" + shown_value(general, q(t)) +
                  unit + "，未含政府性基金预算" + shown_value(gov, q(t)) + unit,
              "The fiscal appropriation of " + q(t).value.to_string() + unit + " equals the general-budget part only; the "
                  "government-fund part " + shown_value(gov, q(t)) + unit + " is missing"},
             {"财政拨款应为" + fmt(val(general) + val(gov), q(t), decimals_for({general, gov}, q(t))) + unit +
                  "，或将该项标为“一般公共预算财政拨款”",
              "Either the total should include the government fund, or the label should say general public budget"});
        continue;
      }
      if (listed || slots.size() < 2) continue;
      std::sort(slots.begin(), slots.end());
      Sum s;
      for (std::size_t c : slots) add(s, c, q(t));
      bool complete = slots.size() == 3 || s.point > val(t) ||
                      std::any_of(slots.begin(), slots.end(), [&](std::size_t c) { return is_zero(c); });
      report_composition("R04", t, s, complete ? Severity::Error : Severity::Warning, "各预算来源", "budget books");
    }
  }

  // ---- R05: 本年支出 = 基本 + 项目 (+ 上缴上级 + 经营 + 对附属单位补助); R06 when the total is
  // the one listed by function ----
  void r05_r06_expense_by_nature() {
    for (std::size_t t = 0; t < facts_.size(); ++t) {
      const BudgetFact& T = facts_[t];
      if (T.role != Role::Expense || !T.part_of.empty()) continue;
      if (has_parts_with_role(t, {Role::Basic, Role::Project})) continue;  // R01's list
      bool amb = false;
      auto slot = [&](Role r) {
        return component(t, [&](const BudgetFact& g) { return g.role == r && g.fund == T.fund && g.stage == T.stage; }, amb);
      };
      std::size_t B = slot(Role::Basic), P = slot(Role::Project);
      if (amb || B == kNone || P == kNone) continue;
      Sum s;
      add(s, B, q(t));
      add(s, P, q(t));
      bool others = false;
      for (Role r : {Role::PaidToUpper, Role::OperatingExp, Role::AffiliateSubsidy})
        if (std::size_t c = slot(r); c != kNone) { add(s, c, q(t)); others = true; }
      if (amb) continue;
      bool by_function = has_parts_with_role(t, {Role::Func});
      bool under = s.point < val(t);
      Severity sev = under && !others ? Severity::Warning : Severity::Error;
      Message hint = under && !others ? Message{"差额可能是未列明的上缴上级支出、经营支出或对附属单位补助支出",
                                                "The gap may be unstated remittances, business spending or subsidies to affiliates"}
                                      : Message{};
      if (by_function) {
        report_composition("R06", t, s, sev, "基本支出与项目支出（按性质）", "basic and project expenditure (by nature)",
                           by_function && !under ? Message{"按功能分类列示的支出合计与按性质（基本+项目）的合计应相同",
                                                           "Expenditure by function and by nature must add to the same total"}
                                                 : hint);
      } else {
        report_composition("R05", t, s, sev, "基本支出与项目支出", "basic and project expenditure", hint);
      }
    }
  }

  // ---- R06: a list of 功能分类 amounts without its own total ----
  void r06_function_lists() {
    std::set<std::size_t> done;
    for (std::size_t i = 0; i < facts_.size(); ++i) {
      const BudgetFact& a = facts_[i];
      if (a.role != Role::Func || !a.part_of.empty() || done.count(i)) continue;
      // One paragraph's list ("主要用于以下方面：一般公共服务（类）支出X万元，占P%；…").
      std::vector<std::size_t> list;
      for (std::size_t k = i; k < facts_.size() && facts_[k].line == a.line; ++k) {
        const BudgetFact& g = facts_[k];
        if (g.role == Role::Func && g.part_of.empty() && g.fund == a.fund && g.stage == a.stage) {
          list.push_back(k);
          done.insert(k);
        }
      }
      if (list.size() < 2) continue;
      bool amb = false;
      std::size_t T = kNone;
      for (std::size_t k = run_begin_[i]; k < run_end_[i]; ++k) {  // distance ≤ 1: within a's run
        const BudgetFact& g = facts_[k];
        if (g.role != Role::Expense || g.fund != a.fund || g.stage != a.stage || g.entity != a.entity ||
            distance(a, g) > 1 || !years_match(a, g))
          continue;
        if (T == kNone) T = k;
        else if (val(k) != val(T)) amb = true;
      }
      if (amb || T == kNone) continue;
      if (has_parts_with_role(T, {Role::Func})) continue;
      Sum s;
      for (std::size_t k : list) add(s, k, q(T));
      report_composition("R06", T, s, s.point > val(T) ? Severity::Error : Severity::Warning, "各功能分类支出",
                         "functional classes",
                         s.point > val(T) ? Message{}
                                          : Message{"所列功能分类可能不全（“主要用于”），请核对", "The list of functions may be partial"});
    }
  }

  // ---- R07: 基本支出 = 人员经费 + 公用经费; = Σ 经济分类 ----
  void r07_basic() {
    for (std::size_t t = 0; t < facts_.size(); ++t) {
      const BudgetFact& T = facts_[t];
      if (T.role != Role::Basic) continue;
      bool amb = false;
      if (!has_parts_with_role(t, {Role::Personnel, Role::PublicCost})) {
        auto slot = [&](Role r) {
          return component(t, [&](const BudgetFact& g) { return g.role == r && g.fund == T.fund && g.stage == T.stage; }, amb);
        };
        std::size_t P = slot(Role::Personnel), C = slot(Role::PublicCost);
        if (!amb && P != kNone && C != kNone) {
          Sum s;
          add(s, P, q(t));
          add(s, C, q(t));
          report_composition("R07", t, s, Severity::Error, "人员经费与公用经费", "staff and running costs");
        }
      }
      if (has_parts_with_role(t, {Role::Econ})) continue;
      // One sentence listing economic classes, after the total in the same paragraph.
      for (std::size_t i = t + 1; i < facts_.size() && facts_[i].line == T.line; ++i) {
        const BudgetFact& a = facts_[i];
        if (a.role != Role::Econ || !a.part_of.empty() || a.fund != T.fund || a.stage != T.stage) continue;
        std::vector<std::size_t> list;
        bool mixed = false;
        std::set<std::string> names;
        for (auto [k, e] = line_range(i); k < e; ++k) {
          const BudgetFact& g = facts_[k];
          if (g.sentence != a.sentence) continue;
          if (g.role == Role::Personnel || g.role == Role::PublicCost || (k != t && is_aggregate(g.role))) mixed = true;
          if (g.role == Role::Econ && g.part_of.empty() && names.insert(g.name).second) list.push_back(k);
        }
        if (!mixed && list.size() >= 2) {
          Sum s;
          for (std::size_t k : list) add(s, k, q(t));
          bool complete = std::all_of(std::begin(lex::budget::kCoreEconClasses), std::end(lex::budget::kCoreEconClasses),
                                  [&](std::u32string_view w) { return names.count(to_utf8(w)) > 0; }) || s.point > val(t);
          report_composition("R07", t, s, complete ? Severity::Error : Severity::Warning, "各经济分类支出",
                             "economic classes",
                             complete ? Message{}
                                      : Message{"所列经济分类可能不全，请核对", "The list of economic classes may be partial"});
        }
        break;
      }
    }
  }

  // ---- R08: 三公 = 出国 + 公务用车 + 接待; 公务用车 = 购置 + 运行维护 ----
  void r08_sangong() {
    for (std::size_t t = 0; t < facts_.size(); ++t) {
      const BudgetFact& T = facts_[t];
      bool amb = false;
      auto slot = [&](Role r) {
        return component(t, [&](const BudgetFact& g) { return g.role == r && g.fund == T.fund && g.stage == T.stage; }, amb);
      };
      if (T.role == Role::CarTotal && !has_parts_with_role(t, {Role::CarPurchase, Role::CarRun})) {
        std::size_t P = slot(Role::CarPurchase), R = slot(Role::CarRun);
        if (!amb && P != kNone && R != kNone) {
          Sum s;
          add(s, P, q(t));
          add(s, R, q(t));
          report_composition("R08", t, s, Severity::Error, "购置费与运行维护费", "purchase and running costs");
        }
        continue;
      }
      if (T.role != Role::SanGong) continue;
      if (has_parts_with_role(t, {Role::Abroad, Role::CarTotal, Role::CarPurchase, Role::CarRun, Role::Reception})) continue;
      std::vector<std::size_t> slots;
      if (std::size_t a = slot(Role::Abroad); a != kNone) slots.push_back(a);
      std::size_t car = slot(Role::CarTotal);
      std::size_t cp = slot(Role::CarPurchase), cr = slot(Role::CarRun);
      int categories = slots.size();
      if (car != kNone) { slots.push_back(car); ++categories; }
      else if (cp != kNone || cr != kNone) {
        if (cp != kNone) slots.push_back(cp);
        if (cr != kNone) slots.push_back(cr);
        ++categories;
      }
      if (std::size_t r = slot(Role::Reception); r != kNone) { slots.push_back(r); ++categories; }
      if (amb || slots.empty()) continue;
      std::sort(slots.begin(), slots.end());
      Sum s;
      for (std::size_t c : slots) add(s, c, q(t));
      bool zero_total = is_zero(t) && !s.point.is_zero();
      if (categories < 2 && !zero_total) continue;
      bool complete = categories == 3 || zero_total || s.point > val(t);
      report_composition("R08", t, s, complete ? Severity::Error : Severity::Warning, "“三公”经费各项", "three public costs",
                         complete ? Message{}
                                  : Message{"未列明的一项应为差额，请补充说明", "The unstated item should make up the difference"});
    }
  }

  // ---- R09: 财政拨款 by fund: 收入 + 年初结转 = 支出 + 年末结转 ----
  void r09_fund_balance() {
    for (Fund F : {Fund::Fiscal, Fund::General, Fund::GovFund, Fund::StateCapital}) {
      auto in_fund = [&](Role r) {
        return [=](const BudgetFact& g) {
          return g.role == r && g.fund == F && dept_level(g) && current(g) && g.stage == BudgetStage::Final;
        };
      };
      bool amb = false;
      r09_grand_totals(F);
      std::size_t In = unique(in_fund(Role::Income), &amb);
      if (amb || In == kNone) continue;
      std::size_t Ex = unique(in_fund(Role::Expense), &amb);
      if (amb) continue;
      std::vector<std::size_t> ex_terms;
      if (Ex != kNone) {
        ex_terms.push_back(Ex);
      } else {
        std::size_t B = unique(in_fund(Role::Basic), &amb);
        if (amb) continue;
        std::size_t P = unique(in_fund(Role::Project), &amb);
        if (amb || B == kNone || P == kNone) continue;
        ex_terms = {B, P};
      }
      // Carry-overs of the fund: stated for the fund as a whole, or for both 基本 and 项目.
      auto carry = [&](Role r, bool& known, std::vector<std::size_t>& terms) {
        known = false;
        std::size_t whole = unique(
            [&](const BudgetFact& g) {
              return g.role == r && g.fund == F && dept_level(g) && current(g) && fund_level_subject(facts_, g);
            },
            &amb);
        if (whole != kNone) { known = true; terms.push_back(whole); return; }
        std::size_t b = unique([&](const BudgetFact& g) {
          return g.role == r && g.fund == F && current(g) && g.subject != kNone && facts_[g.subject].role == Role::Basic;
        }, &amb);
        std::size_t p = unique([&](const BudgetFact& g) {
          return g.role == r && g.fund == F && current(g) && g.subject != kNone && facts_[g.subject].role == Role::Project;
        }, &amb);
        if (b != kNone && p != kNone) { known = true; terms.push_back(b); terms.push_back(p); }
      };
      bool ci_known = false, co_known = false;
      std::vector<std::size_t> ci, co;
      carry(Role::CarryIn, ci_known, ci);
      carry(Role::CarryOut, co_known, co);
      if (amb) continue;
      const Quantity& like = q(ex_terms.front());
      Sum L, R;
      add(L, In, like);
      for (std::size_t c : ci) add(L, c, like);
      for (std::size_t e : ex_terms) add(R, e, like);
      for (std::size_t c : co) add(R, c, like);
      std::vector<std::size_t> all = L.facts;
      all.insert(all.end(), R.facts.begin(), R.facts.end());
      int d = decimals_for(all, like);
      std::string unit = unit_of(like);
      Cmp c = compare(L.iv, L.point, R.iv, R.point);
      std::string fz(fund_name(F)), fe(fund_name(F, true));
      std::string l_s = fmt(L.point, like, d), r_s = fmt(R.point, like, d), delta_s = fmt((L.point - R.point).abs(), like, d);
      std::size_t primary = ex_terms.size() == 1 ? ex_terms.front() : In;
      bool gap_open = (L.point > R.point && !co_known) || (L.point < R.point && !ci_known);
      if (c != Cmp::Off || !gap_open) {  // an unstated carry-over leaves the balance unverified
        std::vector<std::size_t> rest;
        for (std::size_t i : all)
          if (i != primary) rest.push_back(i);
        record("R09", fz + "收入侧" + L.zh + " = " + l_s + unit + "，支出侧" + R.zh + " = " + r_s + unit, c, primary, rest);
      }
      if (c == Cmp::Equal) continue;
      if (c == Cmp::Rounding) {
        emit("R09", Severity::Info, primary, all,
             {"尾差：" + fz + "收入侧" + L.zh + "=" + l_s + unit + "，支出侧" + R.zh + "=" + r_s + unit + "，相差" + delta_s + unit +
                  "，在四舍五入误差范围内",
              "Rounding difference (" + fe + "): " + L.en + " = " + l_s + unit + " vs " + R.en + " = " + r_s + unit},
             {}, r_s + unit, l_s + unit);
        continue;
      }
      if (gap_open) {
        bool carry_out = L.point > R.point;
        emit("R09", Severity::Info, primary, all,
             {fz + "收入侧" + equation(L, like, d) + "，支出侧" + equation(R, like, d) + "，差额" + delta_s + unit + "应为" +
                  (carry_out ? "年末结转和结余" : "年初结转和结余") + "，报告未说明",
              fe + ": " + L.en + " = " + l_s + unit + " vs " + R.en + " = " + r_s + unit + "; the difference of " + delta_s +
                  unit + " should be the " + (carry_out ? "carry-over" : "carry-in") + ", which the report does not state"});
        continue;
      }
      emit("R09", Severity::Error, primary, all,
           {fz + "收支不平衡：收入侧" + L.zh + "=" + l_s + unit + "，支出侧" + R.zh + "=" + r_s + unit + "，相差" + delta_s + unit,
            fe + " does not balance: " + L.en + " = " + l_s + unit + " vs " + R.en + " = " + r_s + unit + ", off by " + delta_s +
                unit},
           {}, l_s + unit, r_s + unit);
    }
  }

  // 财政拨款收入总计 = 支出总计 (both sides of the 财政拨款收入支出决算总表).
  void r09_grand_totals(Fund F) {
    bool amb = false;
    std::size_t TL = unique(
        [&](const BudgetFact& g) { return g.role == Role::IncomeGrand && g.fund == F && dept_level(g) && current(g); }, &amb);
    if (amb || TL == kNone) return;
    std::size_t TR = unique(
        [&](const BudgetFact& g) { return g.role == Role::ExpenseGrand && g.fund == F && dept_level(g) && current(g); }, &amb);
    if (amb || TR == kNone || !years_match(facts_[TL], facts_[TR])) return;
    Cmp c = compare(iv(TL), val(TL), iv(TR), val(TR));
    const Quantity& like = q(TR);
    std::string unit = unit_of(like), fz(fund_name(F)), fe(fund_name(F, true));
    std::string totals_w = fz + "收入总计" + written(TL) + unit + " = 支出总计" + written(TR) + unit;
    if (c != Cmp::Off) record("R09", totals_w, c, TR, {TL});
    if (c == Cmp::Equal) return;
    int d = decimals_for({TL, TR}, like);
    std::string l_s = q(TL).value.to_string(), r_s = like.value.to_string(), delta_s = fmt((val(TL) - val(TR)).abs(), like, d);
    if (c == Cmp::Rounding) {
      emit("R09", Severity::Info, TR, {TL},
           {"尾差：" + fz + "收入总计" + l_s + unit + "，支出总计" + r_s + unit + "，相差" + delta_s + unit,
            "Rounding difference (" + fe + "): total income " + l_s + unit + ", total expenditure " + r_s + unit});
      return;
    }
    // The gap as a carry-over (C11). Roles are confirmed by arithmetic: a "收入总计" that equals
    // the fund's 本年 income (its parts: 一般公共预算 + 政府性基金 + 国有资本经营) is the 本年
    // figure loosely labelled, and the gap is the 年初结转 left out; a stated 年初结转 (年末结转)
    // equal to the gap explains it, whichever side is larger.
    const Decimal gap = val(TR) - val(TL);  // > 0: the expenditure side is larger
    std::size_t explaining = kNone;  // the stated carry-over equal to the gap
    auto gap_is = [&](Role r) {
      std::size_t c = unique([&](const BudgetFact& g) { return g.role == r && g.fund == F && dept_level(g) && current(g); }, &amb);
      if (amb || c == kNone) return false;
      Interval want = r == Role::CarryIn ? iv(TR) - iv(TL) : iv(TL) - iv(TR);
      if (!want.overlaps(iv(c))) return false;
      explaining = c;
      return true;
    };
    bool co_stated = false, ci_stated = false;
    for (const auto& g : facts_) {
      co_stated |= g.role == Role::CarryOut && g.fund == F;
      ci_stated |= g.role == Role::CarryIn && g.fund == F;
    }
    // (A carry-over stated with another value leaves the gap unexplained.)
    bool explained =
        (gap > Decimal() && (gap_is(Role::CarryIn) || (!ci_stated && this_year_total(F, Role::Income, TL)))) ||
        (gap < Decimal() && (gap_is(Role::CarryOut) || (!co_stated && this_year_total(F, Role::Expense, TR))));
    if (explained) {
      bool carry_in = gap > Decimal();
      if (explaining != kNone)  // verified: the gap is the stated carry-over
        record("R09",
               carry_in ? fz + "收入总计" + written(TL) + unit + "+" + shown_label(explaining) + written(explaining) + unit +
                              " = 支出总计" + written(TR) + unit
                        : fz + "收入总计" + written(TL) + unit + " = 支出总计" + written(TR) + unit + "+" +
                              shown_label(explaining) + written(explaining) + unit,
               carry_in ? compare(iv(explaining), val(explaining), iv(TR) - iv(TL), val(TR) - val(TL))
                        : compare(iv(explaining), val(explaining), iv(TL) - iv(TR), val(TL) - val(TR)),
               TR, {TL, explaining});
      emit("R09", Severity::Info, TR, {TL},
           {fz + "收入总计" + l_s + unit + "与支出总计" + r_s + unit + "相差" + delta_s + unit + "：" +
                (carry_in ? "“收入总计”是本年收入，差额即年初结转和结余" : "“支出总计”是本年支出，差额即年末结转和结余"),
            fe + ": total income " + l_s + unit + " and total expenditure " + r_s + unit + " differ by " + delta_s + unit +
                (carry_in ? "; the income figure is this year's income and the difference is the carry-in"
                          : "; the expenditure figure is this year's spending and the difference is the carry-over")});
      return;
    }
    bool maybe_loose = (val(TL) > val(TR) && !co_stated) || (val(TL) < val(TR) && !ci_stated);
    record("R09", totals_w, Cmp::Off, TR, {TL});
    emit("R09", maybe_loose ? Severity::Warning : Severity::Error, TR, {TL},
         {fz + "收入总计" + l_s + unit + "与支出总计" + r_s + unit + "不相等，相差" + delta_s + unit,
          fe + ": total income " + l_s + unit + " and total expenditure " + r_s + unit + " differ by " + delta_s + unit},
         maybe_loose ? (val(TL) > val(TR)
                            ? Message{"两个总计应相等；若“支出总计”指本年支出，差额应为未列明的年末结转和结余",
                                      "Both totals must be equal; if the expenditure figure is this year's spending only, the "
                                      "difference should be the unstated carry-over"}
                            : Message{"两个总计应相等；若“收入总计”指本年收入，差额应为未列明的年初结转和结余",
                                      "Both totals must be equal; if the income figure is this year's income only, the "
                                      "difference should be the unstated carry-in"})
                     : Message{},
         l_s + unit, r_s + unit);
  }

  // True when `total` equals the fund's 本年 figure of `role` (收入 or 支出): the fund's own
  // statement, or for 财政拨款 the sum of its sub-funds' statements.
  bool this_year_total(Fund F, Role role, std::size_t total) {
    bool amb = false;
    auto one = [&](Fund G) {
      return unique([&](const BudgetFact& g) {
        return g.role == role && g.fund == G && dept_level(g) && current(g) && g.stage == BudgetStage::Final && g.q != facts_[total].q;
      }, &amb);
    };
    std::vector<std::size_t> parts;
    if (std::size_t own = one(F); !amb && own != kNone) parts.push_back(own);
    else if (F == Fund::Fiscal)
      for (Fund G : {Fund::General, Fund::GovFund, Fund::StateCapital})
        if (std::size_t p = one(G); !amb && p != kNone) parts.push_back(p);
    if (amb || parts.empty()) return false;
    Interval sum = iv(parts.front());
    for (std::size_t i = 1; i < parts.size(); ++i) sum = sum + iv(parts[i]);
    return sum.overlaps(iv(total));
  }

  // ---- R10: 资产 = 负债 + 净资产 ----
  void r10_balance_sheet() {
    for (std::size_t a = 0; a < facts_.size(); ++a) {
      const BudgetFact& A = facts_[a];
      if (A.role != Role::Assets) continue;
      std::size_t L = kNone, N = kNone;
      for (auto [k, e] = line_range(a); k < e; ++k) {
        const BudgetFact& g = facts_[k];
        if (g.line != A.line || g.stage != A.stage || g.entity != A.entity) continue;
        if (g.role == Role::Liabilities && L == kNone) L = k;
        if (g.role == Role::NetAssets && N == kNone) N = k;
      }
      if (L == kNone || N == kNone) continue;
      Sum s;
      add(s, L, q(a));
      add(s, N, q(a));
      report_composition("R10", a, s, Severity::Error, "负债与净资产", "liabilities and net assets");
      if (!val(a).is_zero() && !val(a).negative()) {
        Decimal ratio = (val(L) * Decimal::from_int(100)).div_floor(val(a));
        // round half up to 2 decimals: to_string(2) rounds half away from zero
        Metric m;
        m.name = "资产负债率";
        m.name_en = "Debt-to-asset ratio";
        m.value = ratio.to_string(2);
        m.unit = "%";
        m.formula = q(L).value.to_string() + " / " + q(a).value.to_string() + " × 100%";
        m.spans = {span_of(q(L), true), span_of(q(a), false)};
        out_.metrics.push_back(std::move(m));
      }
    }
  }

  // ---- R11: 全年 = 年初 + 上年结转 + 调整; 全年 − 决算 = 年末结转 ----
  void r11_stage_chain() {
    std::set<std::tuple<std::size_t, int, int, std::string>> done;
    // Every chain stays within one section: look only there (a pass over every fact per chain
    // was quadratic on a long report).
    std::map<std::size_t, std::vector<std::size_t>> by_section;
    for (std::size_t k = 0; k < facts_.size(); ++k) by_section[facts_[k].section].push_back(k);
    for (std::size_t s0 = 0; s0 < facts_.size(); ++s0) {
      const BudgetFact& S = facts_[s0];
      if (!is_aggregate(S.role) || S.role == Role::IncomeGrand || S.role == Role::ExpenseGrand) continue;
      auto key = std::make_tuple(S.section, static_cast<int>(S.role), static_cast<int>(S.fund), S.entity);
      if (!done.insert(key).second) continue;
      auto in_group = [&](const BudgetFact& g) {
        if (g.fund != S.fund || g.entity != S.entity || !years_match(g, S)) return false;
        if (g.section != S.section) return false;
        return true;
      };
      auto of_subject = [&](const BudgetFact& g, Role r) {
        return in_group(g) && g.role == r && g.subject != kNone && facts_[g.subject].role == S.role;
      };
      const std::vector<std::size_t>& local = by_section[S.section];
      bool amb = false;
      std::size_t I0 = unique_among(local, [&](const BudgetFact& g) { return in_group(g) && g.role == S.role && g.stage == BudgetStage::Initial; }, &amb);
      bool a1 = amb;
      std::size_t Full = unique_among(local, [&](const BudgetFact& g) {
        return (of_subject(g, Role::Executable)) || (in_group(g) && g.role == S.role && g.stage == BudgetStage::Full);
      }, &amb);
      bool a2 = amb;
      std::size_t Fin = unique_among(local, [&](const BudgetFact& g) { return in_group(g) && g.role == S.role && g.stage == BudgetStage::Final; }, &amb);
      bool a3 = amb;
      std::size_t Ci = unique_among(local, [&](const BudgetFact& g) { return of_subject(g, Role::CarryIn); }, &amb);
      bool a4 = amb;
      std::size_t Co = unique_among(local, [&](const BudgetFact& g) { return of_subject(g, Role::CarryOut); }, &amb);
      bool a5 = amb;
      if (a1 || a2 || a3 || a4 || a5) continue;
      std::vector<std::size_t> adj;
      for (std::size_t k : local)
        if (of_subject(facts_[k], Role::Adjustment)) adj.push_back(k);
      const char* what_zh = S.role == Role::Basic ? "基本支出" : S.role == Role::Project ? "项目支出" : "";
      (void)what_zh;
      // Chain 1: Full = I0 + Ci + ΣAdj.
      if (I0 != kNone && Full != kNone && !adj.empty()) {
        const Quantity& like = q(Full);
        Sum s;
        add(s, I0, like);
        if (Ci != kNone) add(s, Ci, like);
        for (std::size_t k : adj) add(s, k, like);
        Cmp c = compare(iv(Full), val(Full), s.iv, s.point);
        std::string unit = unit_of(like);
        int d = decimals_for(s.facts, like);
        std::string sum_s = fmt(s.point, like, d), full_s = like.value.to_string(),
                    delta_s = fmt((val(Full) - s.point).abs(), like, d);
        if (c != Cmp::Rounding)  // report_composition records the rounding case
          record("R11", s.zh + " = " + sum_s + unit + "（" + shown_label(Full) + written(Full) + unit + "）", c, Full, s.facts);
        if (c == Cmp::Rounding) {
          report_composition("R11", Full, s, Severity::Info, "年初预算、上年结转与调整", "initial budget, carry-in and adjustments");
        } else if (c == Cmp::Off) {
          Severity sev = Severity::Error;
          Message hint;
          bool ci_open = Ci == kNone && val(Full) > s.point;
          std::size_t adj1 = adj.size() == 1 ? adj.front() : kNone;
          if (adj1 != kNone && compare(iv(adj1), val(adj1), iv(Full), val(Full)) != Cmp::Off) {
            sev = Severity::Warning;
            hint = {"“" + shown_label(adj1) + "”" + q(adj1).value.to_string() + unit + "等于全年预算数：它似为调整后预算，而不是调整额",
                    "The adjustment equals the full-year budget: it seems to be the adjusted budget, not the change"};
          } else if (compare(iv(I0), val(I0), iv(Full), val(Full)) != Cmp::Off) {
            sev = Severity::Warning;
            hint = {"“" + shown_label(I0) + "”" + q(I0).value.to_string() + unit + "等于全年预算数：标为“年初”的数似为调整后预算",
                    "The figure labelled initial budget equals the full-year budget: it seems to be the adjusted budget"};
          } else if (ci_open) {
            sev = Severity::Warning;
            hint = {"差额" + delta_s + unit + "可能是未列明的上年结转", "The gap may be an unstated carry-in from last year"};
          }
          emit("R11", sev, Full, s.facts,
               {"“" + shown_label(Full) + "”" + full_s + unit + "与年初预算、上年结转与调整之和" + sum_s + unit + "（" + s.zh +
                    "）不符，相差" + delta_s + unit,
                "The full-year budget " + full_s + unit + " differs from initial budget + carry-in + adjustments = " + sum_s +
                    unit + " (" + s.en + ") by " + delta_s + unit},
               std::move(hint), sum_s + unit, full_s + unit);
        }
      }
      // Chain 2: Full − Final = carry-over.
      if (Full != kNone && Fin != kNone && Co != kNone) {
        const Quantity& like = q(Co);
        Interval diff = iv(Full) - iv(Fin);
        Decimal dp = val(Full) - val(Fin);
        Cmp c = compare(iv(Co), val(Co), diff, dp);
        std::string unit = unit_of(like);
        int d = decimals_for({Full, Fin, Co}, q(Full));
        std::string diff_s = fmt(dp, q(Full), d), co_s = like.value.to_string();
        record("R11", shown_value(Full, like) + "−" + shown_value(Fin, like) + " = " + diff_s + unit + "（" + shown_label(Co) + written(Co) + unit + "）",
               c, Co, {Full, Fin});
        if (c == Cmp::Equal) continue;
        std::string delta_s = fmt((val(Co) - dp).abs(), q(Full), d);
        std::string calc = shown_value(Full, like) + "−" + shown_value(Fin, like);
        emit("R11", c == Cmp::Rounding ? Severity::Info : Severity::Error, Co, {Full, Fin},
             {std::string(c == Cmp::Rounding ? "尾差：" : "") + "“" + shown_label(Co) + "”应为全年预算减决算" + diff_s + unit + "（" +
                  calc + "），报告为" + co_s + unit + (c == Cmp::Rounding ? "，在四舍五入误差范围内" : ""),
              std::string(c == Cmp::Rounding ? "Rounding difference: " : "") + "The carry-over should be full-year budget "
                  "minus outturn, " + diff_s + unit + " (" + calc + "), but is stated as " + co_s + unit},
             {}, diff_s + unit, co_s + unit);
        (void)delta_s;
      }
    }
  }

  // ---- R12: 年初预算收入 = 年初预算支出 ----
  void r12_initial_balanced() {
    for (Fund F : {Fund::All, Fund::Fiscal, Fund::General, Fund::GovFund}) {
      bool amb = false;
      std::size_t I0 = unique([&](const BudgetFact& g) {
        return g.role == Role::Income && g.fund == F && (g.stage == BudgetStage::Initial || g.stage == BudgetStage::Budget) &&
               dept_level(g) && current(g) && g.part_of.empty();
      }, &amb);
      if (amb || I0 == kNone) continue;
      std::size_t E0 = unique([&](const BudgetFact& g) {
        return g.role == Role::Expense && g.fund == F && g.stage == facts_[I0].stage && dept_level(g) && current(g) &&
               g.part_of.empty();
      }, &amb);
      if (amb || E0 == kNone || !years_match(facts_[I0], facts_[E0])) continue;
      Cmp c = compare(iv(I0), val(I0), iv(E0), val(E0));
      const Quantity& like = q(E0);
      std::string unit = unit_of(like);
      record("R12", shown_label(I0) + written(I0) + unit + " = " + shown_label(E0) + written(E0) + unit, c, I0, {E0});
      if (c == Cmp::Equal) continue;
      int d = decimals_for({I0, E0}, like);
      std::string i_s = q(I0).value.to_string(), e_s = like.value.to_string(), delta_s = fmt((val(I0) - val(E0)).abs(), like, d);
      std::size_t later = facts_[E0].q > facts_[I0].q ? E0 : I0;
      if (c == Cmp::Rounding) {
        emit("R12", Severity::Info, later, {I0, E0},
             {"尾差：“" + shown_label(I0) + "”" + i_s + unit + "与“" + shown_label(E0) + "”" + e_s + unit + "相差" + delta_s + unit,
              "Rounding difference: initial budget income " + i_s + unit + " vs expenditure " + e_s + unit});
        continue;
      }
      Message msg{"年初预算收支不平衡：“" + shown_label(I0) + "”" + i_s + unit + "，“" + shown_label(E0) + "”" + e_s + unit +
                      "，相差" + delta_s + unit,
                  "The initial budget does not balance: income " + i_s + unit + ", expenditure " + e_s + unit + ", off by " +
                      delta_s + unit};
      // Explained by an adjustment stated for the department: one of the two is really 调整后预算.
      for (std::size_t a = 0; a < facts_.size(); ++a) {
        const BudgetFact& A = facts_[a];
        if (A.role != Role::Adjustment || A.fund != F || !dept_level(A) || !fund_level_subject(facts_, A)) continue;
        for (int dir = 0; dir < 2; ++dir) {
          std::size_t base = dir == 0 ? I0 : E0, wrong = dir == 0 ? E0 : I0;
          Interval sum = iv(base) + iv(a);
          if (!sum.overlaps(iv(wrong))) continue;
          std::string w_s = q(wrong).value.to_string();
          std::string sum_s = fmt(val(base) + val(a), like, d);
          emit("R12", Severity::Warning, wrong, {base, a}, std::move(msg),
               {"“" + shown_label(wrong) + "”" + w_s + unit + "=“" + shown_label(base) + "”" + q(base).value.to_string() + "+“" +
                    shown_label(a) + "”" + q(a).value.to_string() + "（" + sum_s + unit + "）：它是调整后预算（全年预算数），不是年初预算，"
                    "标签应为“调整后预算" + std::string(wrong == E0 ? "支出" : "收入") + "”",
                "\"" + shown_label(wrong) + "\" " + w_s + unit + " = " + q(base).value.to_string() + " + adjustment " +
                    q(a).value.to_string() + ": it is the budget after adjustment, not the initial budget; label it as "
                    "the adjusted budget"},
               q(base).value.to_string() + unit, w_s + unit);  // a balanced 年初 budget would state base's figure
          return;
        }
      }
      // A stated carry-over equal to the gap explains it (C11), in either direction: a budget's
      // expenditure side also spends 上年结转 (income < expenditure), or leaves 年末结转
      // (income > expenditure).
      bool spends_more = val(E0) > val(I0);
      Interval want = spends_more ? iv(E0) - iv(I0) : iv(I0) - iv(E0);
      bool explained = false;
      for (std::size_t c = 0; c < facts_.size() && !explained; ++c) {
        const BudgetFact& C = facts_[c];
        bool role = spends_more ? (C.role == Role::CarryIn || C.role == Role::UseSurplus) : C.role == Role::CarryOut;
        if (!role || (C.fund != F && C.fund != Fund::All) || !dept_level(C) || !current(C) || !want.overlaps(iv(c))) continue;
        emit("R12", Severity::Info, later, {I0, E0, c},
             {"“" + shown_label(I0) + "”" + i_s + unit + "与“" + shown_label(E0) + "”" + e_s + unit + "相差" + delta_s + unit +
                  "，即“" + shown_label(c) + "”" + q(c).value.to_string() + unit,
              "Initial budget income " + i_s + unit + " and expenditure " + e_s + unit + " differ by " + delta_s + unit +
                  ", which is the stated carry-over " + q(c).value.to_string() + unit});
        explained = true;
      }
      if (explained) continue;
      emit("R12", Severity::Error, later, {I0, E0}, std::move(msg));
    }
  }

  // ---- R15: one key figure, one value ----
  void r15_same_figure() {
    auto keyed = [](Role r) {
      switch (r) {
        case Role::Income: case Role::IncomeGrand: case Role::Expense: case Role::ExpenseGrand: case Role::Basic:
        case Role::Project: case Role::SanGong: case Role::Personnel: case Role::PublicCost: case Role::Assets:
        case Role::Liabilities: case Role::NetAssets: case Role::IncBusiness: case Role::IncUpper: case Role::IncOperating:
        case Role::IncOther: case Role::Posts: case Role::Staff: case Role::SelfScore:
          return true;
        default: return false;
      }
    };
    // Earlier statements of the same figure, grouped by what makes them the same figure (a scan
    // of every earlier fact was quadratic in a long document).
    using Key = std::tuple<Role, Fund, BudgetStage, std::string, int>;
    std::map<Key, std::vector<std::size_t>> earlier;
    for (std::size_t j = 0; j < facts_.size(); ++j) {
      const BudgetFact& b = facts_[j];
      if (!keyed(b.role)) continue;
      // A stage-less count in a list item ("1、…科室，编制5名") is per unit, never a restatement.
      if ((b.role == Role::Posts || b.role == Role::Staff) && list_item(j)) continue;
      // "初中教育支出X元，其中：基本支出X元": one class's split, not the department's 基本支出.
      if (part_of_class(j)) continue;
      auto& same = earlier[Key{b.role, b.fund, b.stage, b.entity, static_cast<int>(q(j).kind())}];
      same.push_back(j);
      for (std::size_t n = 0; n + 1 < same.size(); ++n) {
        std::size_t i = same[n];
        const BudgetFact& a = facts_[i];
        if (!years_match(a, b)) continue;
        // Two parts of one list are not restatements.
        bool shared_list = false;
        for (std::size_t x : a.part_of)
          for (std::size_t y : b.part_of) shared_list |= x == y;
        // A total and one of its own parts ("编制总数45名，其中…事业编制30名") are not restatements either.
        for (std::size_t x : a.total_of)
          for (std::size_t y : b.part_of) shared_list |= x == y;
        for (std::size_t x : b.total_of)
          for (std::size_t y : a.part_of) shared_list |= x == y;
        if (shared_list) continue;
        Cmp c = compare(iv(i), val(i), iv(j), val(j));
        std::size_t la = f_.text.line_col(q(i).start).line;
        auto restated = [&] {
          record("R15", "“" + shown_label(j) + "”" + written(j) + unit_of(q(j)) + " = 第" + std::to_string(la) + "行“" +
                            shown_label(i) + "”" + written(i) + unit_of(q(i)),
                 c, j, {i});
        };
        if (c == Cmp::Equal) { restated(); break; }  // agrees with an earlier statement
        if (is_primary(i) || is_primary(j)) break;  // already reported by an identity above
        restated();
        std::string ua = unit_of(q(i)), ub = unit_of(q(j));
        std::string name_zh = std::string(b.fund == Fund::All ? "" : std::string(fund_name(b.fund))) +
                              std::string(stage_name(b.stage)) + std::string(role_name(b.role));
        std::string name_en = std::string(role_name(b.role, true));
        if (c == Cmp::Rounding) {
          emit("R15", Severity::Info, j, {i},
               {"尾差：“" + shown_label(j) + "”" + q(j).text + "与第" + std::to_string(la) + "行的“" + shown_label(i) + "”" + q(i).text +
                    "写法精度不同",
                "Rounding difference: " + q(j).text + " vs " + q(i).text + " on line " + std::to_string(la)});
        } else {
          emit("R15", Severity::Error, j, {i},
               {"同一数据前后不一致：“" + shown_label(j) + "”为" + q(j).text + "，第" + std::to_string(la) + "行的“" + shown_label(i) +
                    "”为" + q(i).text + "（均为" + name_zh + "）",
                "The same figure differs: " + q(j).text + " here, " + q(i).text + " on line " + std::to_string(la) + " (both " +
                    name_en + ")"},
               {}, q(i).text, q(j).text);
        }
        break;
      }
    }
  }

  // ---- R16: 全口径 ≥ fund-level (项目支出, 基本支出) ----
  void r16_fund_cross_check() {
    for (Role r : {Role::Project, Role::Basic}) {
      for (BudgetStage st : {BudgetStage::Final, BudgetStage::Initial}) {
        bool amb = false;
        auto pick = [&](Fund F, Role role) {
          return unique(
              [&](const BudgetFact& g) { return g.role == role && g.fund == F && g.stage == st && dept_level(g) && current(g); },
              &amb);
        };
        std::size_t all = pick(Fund::All, r);
        std::size_t gen = pick(Fund::General, r);
        if (amb || all == kNone || gen == kNone) continue;
        std::vector<std::size_t> terms{gen};
        for (Fund F : {Fund::GovFund, Fund::StateCapital}) {
          std::size_t k = pick(F, r);
          if (k == kNone && r == Role::Project) k = pick(F, Role::Expense);  // fund spending is project spending
          if (k != kNone) terms.push_back(k);
        }
        if (amb) continue;
        const Quantity& like = q(all);
        Sum s;
        for (std::size_t k : terms) add(s, k, like);
        int d = decimals_for(s.facts, like);
        std::string unit = unit_of(like);
        std::string all_s = like.value.to_string(), sum_s = fmt(s.point, like, d),
                    delta_s = fmt((val(all) - s.point).abs(), like, d);
        std::string what_zh(role_name(r)), what_en(role_name(r, true));
        // The relation: a part cannot exceed the whole (全口径 ≥ Σ 财政拨款 by fund).
        Cmp c = compare(iv(all), val(all), s.iv, s.point);
        bool below = s.iv.lo > iv(all).hi;
        record("R16",
               "全口径" + what_zh + written(all) + unit + (c == Cmp::Off && !below ? " ≥ " : " = ") + "财政拨款" + what_zh +
                   "之和" + s.zh + " = " + sum_s + unit,
               below ? Cmp::Off : c == Cmp::Rounding ? Cmp::Rounding : Cmp::Equal, all, s.facts);
        if (s.iv.hi < iv(all).lo) {
          if (r != Role::Project || st != BudgetStage::Final) continue;
          emit("R16", Severity::Info, all, s.facts,
               {"全口径" + what_zh + all_s + unit + "比财政拨款" + what_zh + "之和" + sum_s + unit + "（" + s.zh + "）多" + delta_s + unit +
                    "，应为非财政拨款资金安排的" + what_zh + "，报告未说明其来源",
                "All-source " + what_en + " " + all_s + unit + " exceeds the fiscal " + what_en + " " + sum_s + unit + " (" + s.en +
                    ") by " + delta_s + unit + ": non-fiscal money the report does not explain"},
               {}, sum_s + unit, all_s + unit);
        } else if (s.iv.lo > iv(all).hi) {
          emit("R16", Severity::Warning, all, s.facts,
               {"全口径" + what_zh + all_s + unit + "小于财政拨款" + what_zh + "之和" + sum_s + unit + "（" + s.zh + "），相差" + delta_s + unit,
                "All-source " + what_en + " " + all_s + unit + " is less than the fiscal " + what_en + " " + sum_s + unit + " (" +
                    s.en + ")"},
               {"部分不能大于全口径：请核对口径（全口径/一般公共预算）或数值", "A part cannot exceed the all-source total: check the scope or the figures"},
               sum_s + unit, all_s + unit);
        }
      }
    }
  }
};

}  // namespace

void check_budget_identities(const Facts& f, DocumentResult& out) { Identities(f, out).run(); }

}  // namespace gouji
