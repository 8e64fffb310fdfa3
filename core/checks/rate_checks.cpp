// Family B, stated rates (domain rules §2 B):
//   R21 a stated 完成率/覆盖率/… whose numerator and denominator stand in the same sentence;
//   R22 the base a rate implies when only its numerator is given (and a stated population to
//       compare it with);
//   R23 proportion-type rates above 100%;  R24 completion ≥ 130%;
//   R28 shares (占…%) against part / total, and shares of one total adding up to 100%.
// The growth statements (R26, R27, R29) are in rate_changes.cpp, the computed budget rates
// (R20, R30–R35) in rate_metrics.cpp; check_rates runs them all on one RateFacts.
#include <algorithm>
#include <map>

#include "checks/check.h"
#include "checks/rate_context.h"
#include "checks/rule_table.h"
#include "facts/rates.h"
#include "lexicon/rate_base_words.h"
#include "text/chars.h"

namespace gouji {

void check_rate_changes(const Facts& f, const RateFacts& rf, DocumentResult& out);
void check_rate_metrics(const Facts& f, const RateFacts& rf, DocumentResult& out);
void check_shares(const Facts& f, const RateFacts& rf, DocumentResult& out);  // share_checks.cpp
std::vector<bool> check_completion_frames(const Facts& f, const RateFacts& rf, DocumentResult& out);

namespace {

using Str = std::u32string_view;

// Kinds a rate's numerator or denominator can have.
bool countable(UnitKind k) {
  switch (k) {
    case UnitKind::Persons: case UnitKind::PersonVisits: case UnitKind::Households: case UnitKind::Couples:
    case UnitKind::Cases: case UnitKind::Incidents: case UnitKind::Institutions: case UnitKind::InstitutionVisits:
    case UnitKind::Count: case UnitKind::Items: case UnitKind::Times: case UnitKind::Copies: case UnitKind::Beds:
    case UnitKind::Seats: case UnitKind::Buildings: case UnitKind::Vehicles: case UnitKind::Money:
    case UnitKind::Area: case UnitKind::Length: case UnitKind::Volume:
      return true;
    default:
      return false;
  }
}

// A whole number of things: the base it implies must be a whole number too.
bool whole_count(const Quantity& q) {
  return q.decimals == 0 && q.unit && q.unit->pow10 == 0 && q.kind() != UnitKind::Money &&
         q.kind() != UnitKind::Area && q.kind() != UnitKind::Length && q.kind() != UnitKind::Volume;
}

// Words that mark a figure as the target / base of a rate ("目标数是1330例", "常住人口…").
bool names_a_base(const std::u32string& l) {
  for (Str w : lex::rate_base::kBaseWords)
    if (contains(l, w)) return true;
  return l.size() > 1 && l[0] == lex::rate_base::kOught;
}

// Rates whose base is the resident population (one record / contract per person) unless a
// sub-group is named ("贫困户家庭签约率").
bool population_rate(const RateName& rn) {
  if (rn.word != lex::rate_base::kPopulationRates[0] && rn.word != lex::rate_base::kPopulationRates[1]) return false;
  for (Str g : lex::rate_base::kSubGroups)
    if (contains(rn.name, g)) return false;
  return true;
}

bool names_population(const std::u32string& l) {
  for (Str w : lex::rate_base::kPopulationWords)
    if (contains(l, w)) return true;
  return false;
}

std::string u8(const std::u32string& s) { return to_utf8(s); }

struct Ctx : RateContext {
  // Close together: at most `max_seps` clause marks and a few words ("1609名考核合格，合格率为99%")
  // between the first figure and the rate's own label; with `words` false only punctuation.
  bool adjacent(std::size_t before, std::size_t after, std::size_t max_seps, bool words = true) const {
    std::size_t seps = 0, other = 0;
    for (std::size_t k = q(before).end; k < q(after).label_start; ++k) {
      char32_t c = f.text.at(k);
      if (chars::is_clause_sep(c)) ++seps;
      else if (chars::is_digit(c) || chars::is_sentence_end(c)) return false;
      else if (!chars::is_space(c)) ++other;
    }
    return seps <= max_seps && other <= (words ? 8u : 0u);
  }
  // Prose figures in persons that name a population (常住人口 …), in text order; read once.
  mutable std::vector<std::size_t> populations;
  mutable bool populations_read = false, populations_ordered = false;
};

// Integer / money rendering of an implied base interval, in the base unit of `like`.
std::string base_range(const Interval& base, const Quantity& like, bool whole, const Facts& f) {
  (void)f;
  if (whole || like.kind() != UnitKind::Money) {
    Decimal lo = ceil_int(base.lo), hi = floor_int(base.hi);
    if (!whole) { lo = floor_int(base.lo); hi = ceil_int(base.hi); }
    std::string unit(like.unit ? like.unit->base : "");
    if (lo == hi) return fmt(lo, 0) + unit;
    return fmt(lo, 0) + "–" + fmt(hi, 0) + unit;
  }
  std::string unit = to_utf8(like.unit->text);
  std::string lo = format_in_unit(base.lo, like, 2), hi = format_in_unit(base.hi, like, 2);
  Decimal scale = Decimal::pow10(like.unit->pow10);
  std::string hi_up = (base.hi.div_ceil(scale)).to_string(2);
  if (lo == hi_up) return lo + unit;
  return lo + "–" + hi_up + unit;
}

// ---- R21 / R22 ------------------------------------------------------------------------------------
// The figure right before the rate in the same sentence, no other rate between: the numerator,
// or — when the text names it as the target ("…1386例，目标任务1330例，完成率…") — the
// denominator, the numerator then being the nearest unnamed figure of the same kind before it.
// False when there is no numerator; `di` is kNone when no denominator is stated.
bool paired_figures(const Ctx& c, std::size_t pi, const RateName& rn, std::size_t& ni, std::size_t& di) {
  const Facts& f = c.f;
  const Quantity& p = c.q(pi);
  if (pi == 0) return false;
  std::size_t ki = pi - 1;
  const Quantity& k = c.q(ki);
  if (!c.prose(ki) || !c.same_sentence(ki, pi) || !countable(k.kind()) || !k.exact() || k.value <= Decimal{} ||
      !c.adjacent(ki, pi, 2))
    return false;
  // Money is the numerator of a completion / execution rate only ("投入资金50万元，覆盖率95%" is not).
  if (k.kind() == UnitKind::Money && rn.type != RateType::Completion) return false;
  std::size_t sb = sentence_begin(f.text, p.start);
  bool k_is_base = names_a_base(c.rf.labels[ki]);
  ni = k_is_base ? kNone : ki;
  di = k_is_base ? ki : kNone;
  for (std::size_t j = ki; j-- > 0;) {
    const Quantity& x = c.q(j);
    if (x.start < sb || is_rate(x.kind())) break;  // an earlier rate's figures are not this one's
    if (!c.prose(j) || x.kind() != k.kind() || !x.exact() || x.value <= Decimal{}) continue;
    bool base = names_a_base(c.rf.labels[j]);
    if (k_is_base && !base) { ni = j; break; }
    if (!k_is_base && base) { di = j; break; }
  }
  return ni != kNone;  // only a target next to the rate: nothing to pair
}

// R21: the rate p against the numerator n and the stated denominator d.
void check_stated_base(const Ctx& c, const Quantity& p, const Quantity& n, const Quantity& d, const RateName& rn) {
  const Facts& f = c.f;
  std::string word = u8(rn.word);
  auto comp = percent_interval(stated_interval(n, f.precision), stated_interval(d, f.precision));
  if (!comp) return;
  RateMatch m = match_rate(*comp, p, f.precision);
  if (m == RateMatch::Match) return;
  int dec = std::max(2, p.decimals);
  Decimal point = percent_point(n.normalized(), d.normalized());
  std::string comp_s = fmt(point, dec) + "%";
  std::vector<Span> spans = {span_of(p, true), span_of(n, false), span_of(d, false)};
  if (m == RateMatch::Truncated) {
    Finding fd = make_finding("R21",
                              {word + "按" + shown(n) + "÷" + shown(d) + "为" + comp_s + "，报告" + p.text +
                                   "为截尾取值（未四舍五入）",
                               "The rate " + shown(n) + " ÷ " + shown(d) + " = " + comp_s + "; the stated " + p.text +
                                   " is truncated rather than rounded"},
                              spans);
    fd.severity = Severity::Info;
    fd.expected = comp_s;
    fd.actual = p.text;
    c.out.findings.push_back(std::move(fd));
    return;
  }
  Finding fd = make_finding("R21",
                            {word + "应为" + comp_s + "（" + shown(n) + "÷" + shown(d) + "），报告为" + p.text,
                             "The " + std::string(rn.type == RateType::Completion ? "completion rate" : "rate") +
                                 " should be " + comp_s + " (" + shown(n) + " ÷ " + shown(d) +
                                 "), the report states " + p.text},
                            spans);
  fd.expected = comp_s;
  fd.actual = p.text;
  c.out.findings.push_back(std::move(fd));
}

// The stated population nearest the rate p (the first of equals), not the numerator `ni`; kNone
// when none. The populations are read once per document, on first use.
std::size_t nearest_population(const Ctx& c, const Quantity& p, std::size_t ni) {
  const Facts& f = c.f;
  std::size_t best = kNone;
  std::size_t best_dist = 0;
  if (!c.populations_read) {
    c.populations_read = true;
    for (std::size_t j = 0; j < f.quantities.size(); ++j) {
      const Quantity& x = c.q(j);
      if (c.prose(j) && x.kind() == UnitKind::Persons && x.exact() && names_population(c.rf.labels[j]))
        c.populations.push_back(j);
    }
    c.populations_ordered = std::is_sorted(c.populations.begin(), c.populations.end(),
                                           [&](std::size_t a, std::size_t b) { return c.q(a).start < c.q(b).start; });
  }
  // The nearest (the first of equals), from the few on either side of the rate — the list is in
  // text order when the numbers are; otherwise all of them.
  const auto& pops = c.populations;
  std::size_t from = 0, to = pops.size();
  if (c.populations_ordered) {
    std::size_t at = static_cast<std::size_t>(
        std::partition_point(pops.begin(), pops.end(), [&](std::size_t j) { return c.q(j).start < p.start; }) - pops.begin());
    from = at >= 2 ? at - 2 : 0;  // two each side: one may be the numerator itself
    to = std::min(pops.size(), at + 2);
  }
  for (std::size_t k = from; k < to; ++k) {
    std::size_t j = pops[k];
    if (j == ni) continue;
    const Quantity& x = c.q(j);
    std::size_t dist = x.start > p.start ? x.start - p.start : p.start - x.start;
    if (best == kNone || dist < best_dist) { best = j; best_dist = dist; }
  }
  return best;
}

// R22 against a stated population: the implied base `base` of p and n compared with figure `popi`.
void compare_population(const Ctx& c, const Quantity& p, const Quantity& n, const RateName& rn, const Interval& base,
                        std::size_t popi, std::vector<Span> spans) {
  const Facts& f = c.f;
  std::string word = u8(rn.word);
  std::string what_zh = rn.type == RateType::Completion ? "目标数" : "基数";
  std::string what_en = rn.type == RateType::Completion ? "target" : "base";
  const Quantity& pop = c.q(popi);
  Interval pop_iv = stated_interval(pop, f.precision);
  std::string range = base_range(base, n, true, f);
  if (n.kind() == UnitKind::Copies) range = range.substr(0, range.size() - std::string("份").size()) + "人";
  std::string approx;
  if (pop.unit && pop.unit->pow10 > 0) {
    Decimal mid = percent_point(n.normalized(), p.normalized());  // N×100/p in base units
    approx = "（约" + format_in_unit(mid, pop, 2) + to_utf8(pop.unit->text) + "）";
  }
  spans.push_back(span_of(pop, false));
  std::string pop_label = u8(c.rf.labels[popi]);
  if (!base.overlaps(pop_iv)) {
    Finding fd = make_finding(
        "R22",
        {"由" + shown(n) + "和" + word + p.text + "推算，" + what_zh + "应为" + range + approx + "，与“" + pop_label +
             "”" + pop.text + "不符",
         "From " + shown(n) + " at " + p.text + " the " + what_en + " is " + range + ", which does not match \"" +
             pop_label + "\" " + pop.text},
        spans);
    fd.severity = Severity::Warning;
    fd.expected = range;
    fd.actual = pop.text;
    fd.hint = {"同一人群的基数前后不一致：请核对" + shown(n) + "、" + word + p.text + "或" + pop.text,
               "The same population has two different sizes: check " + shown(n) + ", " + p.text + " or " +
                   pop.text};
    c.out.findings.push_back(std::move(fd));
  } else {
    Finding fd = make_finding("R22",
                              {"由" + shown(n) + "和" + word + p.text + "推算，" + what_zh + "为" + range + approx +
                                   "，与“" + pop_label + "”" + pop.text + "相符",
                               "From " + shown(n) + " at " + p.text + " the " + what_en + " is " + range +
                                   ", consistent with \"" + pop_label + "\" " + pop.text},
                              spans);
    c.out.findings.push_back(std::move(fd));
  }
}

// R22: only the numerator n (at `ni`) and the rate p — the base they imply. (预算完成率 is R29's.)
void check_implied_base(const Ctx& c, const Quantity& p, std::size_t ni, const RateName& rn) {
  const Facts& f = c.f;
  const Quantity& n = c.q(ni);
  std::string word = u8(rn.word);
  if (contains(rn.name, lex::rate_base::kBudget)) return;
  Interval ni_iv = stated_interval(n, f.precision);
  Decimal hundred = Decimal::from_int(100);
  auto base = divide(Interval{ni_iv.lo * hundred, ni_iv.hi * hundred}, stated_interval(p, f.precision));
  if (!base) return;
  bool whole = whole_count(n);
  std::vector<Span> spans = {span_of(p, true), span_of(n, false)};
  std::string what_zh = rn.type == RateType::Completion ? "目标数" : "基数";
  std::string what_en = rn.type == RateType::Completion ? "target" : "base";

  // A stated population to compare with (建档率, 签约率 of the whole population).
  if (population_rate(rn) && (n.kind() == UnitKind::Persons || n.kind() == UnitKind::Copies)) {
    std::size_t best = nearest_population(c, p, ni);
    if (best != kNone) {
      compare_population(c, p, n, rn, *base, best, spans);
      return;
    }
  }
  if (whole && ceil_int(base->lo) > floor_int(base->hi)) {
    Decimal point = percent_point(n.normalized(), p.normalized());
    Finding fd = make_finding("R22",
                              {shown(n) + "与" + word + p.text + "不相容：" + what_zh + "应为" + shown(n) + "÷" + p.text +
                                   "≈" + fmt(point, 2) + "，不是整数",
                               shown(n) + " and " + p.text + " do not fit together: the " + what_en + " would be " +
                                   fmt(point, 2) + ", not a whole number"},
                              spans);
    fd.severity = Severity::Warning;
    c.out.findings.push_back(std::move(fd));
    return;
  }
  if (p.value == Decimal::from_int(100)) return;  // base = numerator: nothing to learn
  std::string range = base_range(*base, n, whole, f);
  Finding fd = make_finding(
      "R22",
      {"由" + shown(n) + "和" + word + p.text + "推算，" + what_zh + "为" + range + "（报告未列明）",
       "Implied " + what_en + ": " + shown(n) + " at " + p.text + " gives " + range + " (not stated)"},
      spans);
  fd.expected = range;
  c.out.findings.push_back(std::move(fd));
}

void check_numerator_denominator(const Ctx& c, std::size_t pi, const RateName& rn) {
  const Quantity& p = c.q(pi);
  if (!p.exact() || p.value <= Decimal{}) return;
  std::size_t ni = kNone, di = kNone;
  if (!paired_figures(c, pi, rn, ni, di)) return;
  if (di != kNone) check_stated_base(c, p, c.q(ni), c.q(di), rn);
  else check_implied_base(c, p, ni, rn);
}

// ---- R23 / R24 ----------------------------------------------------------------------------------
void check_bounds(const Ctx& c, std::size_t pi, const RateName& rn) {
  const Quantity& p = c.q(pi);
  if (!p.exact() || p.kind() != UnitKind::Percent) return;
  std::string word = u8(rn.word), name = u8(rn.name);
  if ((rn.type == RateType::Proportion || rn.type == RateType::Share) && p.value > Decimal::from_int(100)) {
    Finding fd = make_finding("R23",
                              {name + p.text + "超过100%：" + word + "是比例，不应超过100%",
                               "\"" + name + "\" " + p.text + " exceeds 100%: a proportion cannot"},
                              {span_of(p, true)});
    fd.hint = {"可能是对任务数的完成率被写成了" + word + "；请核对分子与分母",
               "Possibly a completion rate against a task number labelled as a proportion; check the numerator "
               "and the denominator"};
    fd.actual = p.text;
    fd.expected = "≤100%";
    c.out.findings.push_back(std::move(fd));
  }
  bool completion = rn.type == RateType::Completion && rn.word != lex::rate_base::kExecutionRate;
  if ((completion || rn.type == RateType::Proportion) && p.value >= Decimal::from_int(130)) {
    Finding fd = make_finding("R24",
                              {name + p.text + "，超过目标30%以上：目标可能设置偏低或完成数有误，应说明原因",
                               "\"" + name + "\" " + p.text + " is 130% or more of the target: the target may be set "
                                                              "too low or the actual wrong; an explanation is required"},
                              {span_of(p, true)});
    fd.actual = p.text;
    c.out.findings.push_back(std::move(fd));
  }
}

}  // namespace

void check_rates(const Facts& f, DocumentResult& out) {
  const RateFacts& rf = f.rates;
  Ctx c{{f, rf, out}, {}, false, false};
  std::vector<bool> settled = check_completion_frames(f, rf, out);  // R21 read from frames
  for (std::size_t i = 0; i < f.quantities.size(); ++i) {
    const Quantity& p = f.quantities[i];
    if (p.kind() != UnitKind::Percent || rf.in_table[i]) continue;
    RateName rn = classify_rate(rf.labels[i]);
    if (rn.type == RateType::None) continue;
    check_bounds(c, i, rn);
    if ((rn.type == RateType::Completion || rn.type == RateType::Proportion) && !settled[i])
      check_numerator_denominator(c, i, rn);
  }
  check_shares(f, rf, out);
  check_rate_changes(f, rf, out);
  check_rate_metrics(f, rf, out);
}

}  // namespace gouji
