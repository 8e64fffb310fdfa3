// Family B, computed rates (domain rules §2 B, §3.2): what a reviewer works out from the figures
// even when the report states no rate. Each is a Metric (value, formula, the figures' spans);
// a finding only where the rule says the value is a defect:
//   R20 预算执行率 = 决算支出 / 全年（调整后）预算 — warning > 100% or < 90% without a reason;
//   R30 结转结余率 = 年末结转结余 / 支出预算 (or 本年支出), 结转结余变动率;
//   R31 在职人员控制率 = 在编在岗 / 编制数 — warning > 100%;
//   R32 “三公”经费 变动率 / 控制率 — warning on an increase or > 100%; an unquantified claim
//       "与去年相比有所下降" with no prior-year figure → info;
//   R33 预算调整率 = 调整数 / 年初预算;  R34 公用经费控制率, 政府采购执行率;
//   R35 次均献血量 (毫升/人次), info when outside 200–400 ml.
// (R10's 资产负债率 comes with the balance-sheet identity in identity_checks.cpp.)
#include <algorithm>
#include <functional>
#include <map>

#include "checks/check.h"
#include "checks/rate_context.h"
#include "checks/rule_table.h"
#include "facts/rates.h"
#include "lexicon/metric_words.h"
#include "text/chars.h"

namespace gouji {
namespace {

using Str = std::u32string_view;
namespace mw = lex::metric;

template <class Words>
bool contains_any(const std::u32string& s, const Words& words) {
  for (Str w : words)
    if (contains(s, w)) return true;
  return false;
}
using Pred = std::function<bool(std::size_t)>;

struct Ctx : RateContext {
  const MoneyRole& role(std::size_t i) const { return rf.roles[i]; }

  // Exact prose figures (not breakdown parts) that satisfy `pred`.
  std::vector<std::size_t> find(const Pred& pred, bool money = true) const {
    std::vector<std::size_t> r;
    for (std::size_t i = 0; i < f.quantities.size(); ++i) {
      const Quantity& x = q(i);
      if (rf.in_table[i] || !x.exact() || rf.part[i] || (money && x.kind() != UnitKind::Money)) continue;
      if (pred(i)) r.push_back(i);
    }
    return r;
  }

  // The closest pair: same line first, then same section, then anywhere (unless `same_section`).
  // Ties go to the earliest a, then the earliest b, in the order given. Lines and sections are
  // runs of the text, so going away from a the tier never improves and the distance grows: only
  // the nearest b on either side of a can win. That keeps it O((|as| + |bs|) log |bs|) — a
  // 50 MB report has thousands of candidates on each side.
  std::pair<std::size_t, std::size_t> pair(const std::vector<std::size_t>& as, const std::vector<std::size_t>& bs,
                                           bool same_section) const {
    struct Cand {
      std::size_t pos, order, index;
    };
    std::vector<Cand> sorted;
    sorted.reserve(bs.size());
    for (std::size_t k = 0; k < bs.size(); ++k) sorted.push_back({q(bs[k]).start, k, bs[k]});
    std::sort(sorted.begin(), sorted.end(),
              [](const Cand& x, const Cand& y) { return x.pos != y.pos ? x.pos < y.pos : x.order < y.order; });
    std::pair<std::size_t, std::size_t> best{kNone, kNone};
    long best_score = -1;
    std::size_t best_order = 0;
    for (std::size_t a : as) {
      std::size_t pa = q(a).start;
      std::size_t la = kNone, sa = kNone;  // computed on first use
      // The candidate of least order in the group of candidates at position `from`.. (same pos).
      auto consider_group = [&](std::size_t at) {
        std::size_t pb = sorted[at].pos;
        const Cand* pick = nullptr;
        for (std::size_t k = at; k < sorted.size() && sorted[k].pos == pb; ++k)
          if (sorted[k].index != a && (!pick || sorted[k].order < pick->order)) pick = &sorted[k];
        if (!pick) return;
        if (la == kNone) { la = line_begin(f.text, pa); sa = f.section_of(pa); }
        bool line = la == line_begin(f.text, pb);
        bool section = sa == f.section_of(pb);
        if (same_section && !section) return;
        long dist = static_cast<long>(pa > pb ? pa - pb : pb - pa);
        long score = (line ? 0 : section ? 1000000 : 2000000) + dist;
        if (best_score < 0 || score < best_score || (score == best_score && best.first == a && pick->order < best_order)) {
          best_score = score;
          best = {a, pick->index};
          best_order = pick->order;
        }
      };
      auto lo = std::lower_bound(sorted.begin(), sorted.end(), pa, [](const Cand& c, std::size_t p) { return c.pos < p; });
      std::size_t i = static_cast<std::size_t>(lo - sorted.begin());
      if (i < sorted.size() && sorted[i].pos == pa) consider_group(i);  // another figure at the same place
      std::size_t j = i;
      while (j < sorted.size() && sorted[j].pos == pa) ++j;
      if (i > 0) {  // the nearest position before a: the first of its group
        std::size_t g = i - 1;
        while (g > 0 && sorted[g - 1].pos == sorted[i - 1].pos) --g;
        consider_group(g);
      }
      if (j < sorted.size()) consider_group(j);
    }
    return best;
  }
};

std::string formula_of(const Quantity& n, const Quantity& d) {
  bool same = n.unit == d.unit;
  return (same ? bare(n) : shown(n)) + " / " + (same ? bare(d) : shown(d)) + " × 100%";
}

// Pushes num / den × 100% as a metric; returns the computed interval (nullopt if den may be 0).
std::optional<Interval> ratio_metric(const Ctx& c, std::size_t ni, std::size_t di, const std::string& name,
                                     const std::string& name_en) {
  const Quantity& n = c.q(ni);
  const Quantity& d = c.q(di);
  auto comp = percent_interval(stated_interval(n, c.f.precision), stated_interval(d, c.f.precision));
  if (!comp) return std::nullopt;
  Metric m;
  m.name = name;
  m.name_en = name_en;
  m.value = fmt(percent_point(n.normalized(), d.normalized()), 2);
  m.unit = "%";
  m.formula = formula_of(n, d);
  m.spans = {span_of(n, false), span_of(d, false)};
  c.out.metrics.push_back(std::move(m));
  return comp;
}

bool explained_near(const Ctx& c, std::size_t at) {
  std::size_t b = line_begin(c.f.text, at), e = line_stop(c.f.text, at);
  // The paragraph and the next non-empty one.
  std::size_t k = e;
  while (k < c.f.text.size() && (c.f.text.at(k) == U'\n' || chars::is_space(c.f.text.at(k)))) ++k;
  e = line_stop(c.f.text, k);
  std::u32string s = c.f.text.chars().substr(b, e - b);
  return contains_any(s, mw::kExplanations);
}

std::string pct(const Interval& v, const Quantity& n, const Quantity& d) {
  (void)v;
  return fmt(percent_point(n.normalized(), d.normalized()), 2) + "%";
}

// ---- R20 ----------------------------------------------------------------------------------------
void budget_execution(const Ctx& c) {
  auto spend_final = [&](Scope s) {
    return c.find([&, s](std::size_t i) {
      const auto& r = c.role(i);
      return r.stage == Stage::Final && r.scope == s && r.side != Side::Income;
    });
  };
  auto spend_budget = [&](Scope s, Stage st) {
    return c.find([&, s, st](std::size_t i) {
      const auto& r = c.role(i);
      return r.stage == st && r.scope == s && (s != Scope::Total || r.side == Side::Spend);
    });
  };
  struct Want {
    Scope scope;
    const char* zh;
    const char* en;
  };
  for (const Want& w : {Want{Scope::Total, "预算执行率", "Budget execution rate"},
                        Want{Scope::Basic, "预算执行率（基本支出）", "Budget execution rate (basic expenditure)"},
                        Want{Scope::Project, "预算执行率（项目支出）", "Budget execution rate (project expenditure)"}}) {
    auto finals = spend_final(w.scope);
    if (finals.empty()) continue;
    bool full = true;
    auto budgets = spend_budget(w.scope, Stage::Full);
    auto [ni, di] = c.pair(finals, budgets, w.scope != Scope::Total);
    if (ni == kNone && w.scope == Scope::Total) {  // only 年初预算 stated: execution against it
      full = false;
      std::tie(ni, di) = c.pair(finals, spend_budget(w.scope, Stage::Initial), false);
    }
    if (ni == kNone && w.scope == Scope::Total) {  // 全年可执行预算合计 of the 收入 paragraph
      full = true;
      auto any_full = c.find([&](std::size_t i) { return c.role(i).stage == Stage::Full && c.role(i).scope == Scope::Total; });
      std::tie(ni, di) = c.pair(finals, any_full, false);
    }
    if (ni == kNone) continue;
    auto comp = ratio_metric(c, ni, di, w.zh, w.en);
    if (!comp || !full) continue;
    const Quantity& n = c.q(ni);
    const Quantity& d = c.q(di);
    std::string v = pct(*comp, n, d);
    if (comp->lo > Decimal::from_int(100)) {
      Finding fd = make_finding("R20",
                                {"预算执行率" + v + "（" + bare(n) + "÷" + bare(d) + "）超过100%：决算支出大于全年预算",
                                 "Budget execution " + v + " (" + bare(n) + " ÷ " + bare(d) +
                                     ") exceeds 100%: spending is above the full-year budget"},
                                {span_of(n, true), span_of(d, false)});
      fd.actual = v;
      c.out.findings.push_back(std::move(fd));
    } else if (comp->hi < Decimal::from_int(90) && !explained_near(c, n.start)) {
      Finding fd = make_finding("R20",
                                {"预算执行率" + v + "（" + bare(n) + "÷" + bare(d) + "）低于90%，未说明原因",
                                 "Budget execution " + v + " (" + bare(n) + " ÷ " + bare(d) +
                                     ") is below 90% and no reason is given"},
                                {span_of(n, true), span_of(d, false)});
      fd.actual = v;
      c.out.findings.push_back(std::move(fd));
    }
  }
}

// ---- R30 ----------------------------------------------------------------------------------------
void carry_over(const Ctx& c) {
  auto outs = c.find([&](std::size_t i) { return c.role(i).stage == Stage::CarryOut && c.role(i).scope == Scope::Total; });
  if (outs.empty()) return;
  auto ins = c.find([&](std::size_t i) { return c.role(i).stage == Stage::CarryIn && c.role(i).scope == Scope::Total; });
  auto budgets = c.find([&](std::size_t i) {
    const auto& r = c.role(i);
    return r.stage == Stage::Full && r.scope == Scope::Total && r.side == Side::Spend;
  });
  if (budgets.empty())
    budgets = c.find([&](std::size_t i) {
      const auto& r = c.role(i);
      return r.stage == Stage::Final && r.scope == Scope::Total && r.side == Side::Spend;
    });
  auto [oi, bi] = c.pair(outs, budgets, false);
  if (oi != kNone) ratio_metric(c, oi, bi, "结转结余率", "Carry-over ratio");
  auto [o2, ii] = c.pair(outs, ins, false);
  if (o2 == kNone || c.q(ii).value.is_zero()) return;
  const Quantity& o = c.q(o2);
  const Quantity& in = c.q(ii);
  Metric m;
  m.name = "结转结余变动率";
  m.name_en = "Change in carry-over";
  m.value = fmt(percent_point(o.normalized() - in.normalized(), in.normalized()), 2);
  m.unit = "%";
  m.formula = "(" + bare(o) + " − " + bare(in) + ") / " + bare(in) + " × 100%";
  m.spans = {span_of(o, false), span_of(in, false)};
  c.out.metrics.push_back(std::move(m));
}

// ---- R31 ----------------------------------------------------------------------------------------
void staff_control(const Ctx& c) {
  auto people = [](const Quantity& x) {
    return x.kind() == UnitKind::Persons || x.kind() == UnitKind::Count;
  };
  auto posts = c.find(
      [&](std::size_t i) {
        const auto& l = c.rf.labels[i];
        return people(c.q(i)) && !contains_any(l, mw::kNotPosts) &&
               (contains_any(l, mw::kPostWords) || ends_with(l, mw::kPostEnd));
      },
      false);
  auto staff = c.find(
      [&](std::size_t i) {
        const auto& l = c.rf.labels[i];
        return c.q(i).kind() == UnitKind::Persons &&
               contains_any(l, mw::kStaffWords) && !contains(l, mw::kRetired);
      },
      false);
  auto [si, pi] = c.pair(staff, posts, true);
  if (si == kNone) return;
  auto comp = ratio_metric(c, si, pi, "在职人员控制率", "Staff control rate");
  if (!comp || comp->lo <= Decimal::from_int(100)) return;
  const Quantity& s = c.q(si);
  const Quantity& p = c.q(pi);
  std::string v = pct(*comp, s, p);
  Finding fd = make_finding("R31",
                            {"在职人员控制率" + v + "（" + shown(s) + "÷" + shown(p) + "）超过100%：在职人数超过编制数",
                             "Staff control rate " + v + " (" + shown(s) + " ÷ " + shown(p) +
                                 ") exceeds 100%: more staff than authorised posts"},
                            {span_of(s, true), span_of(p, false)});
  fd.actual = v;
  c.out.findings.push_back(std::move(fd));
}

// ---- R32 ----------------------------------------------------------------------------------------
void sangong(const Ctx& c) {
  auto with = [&](Stage st) {
    return c.find([&, st](std::size_t i) { return c.role(i).scope == Scope::SanGong && c.role(i).stage == st; });
  };
  auto actual = with(Stage::Final), prior = with(Stage::Prior), budget = with(Stage::Initial);
  auto full = with(Stage::Full);
  budget.insert(budget.end(), full.begin(), full.end());
  // "2023年“三公”经费支出9.6万元": a spending level that names no stage is the year's outturn
  // (a change or a comparison is no level: the frame says which it is).
  for (std::size_t i : c.find([&](std::size_t i) {
         const FrameNumber* n = c.f.statements.number(i);
         return c.role(i).scope == Scope::SanGong && c.role(i).stage == Stage::None && c.role(i).side == Side::Spend &&
                n && n->role == NumRole::Level;
       }))
    actual.push_back(i);
  std::sort(actual.begin(), actual.end());
  bool rise_flagged = false;
  auto [ai, pi] = c.pair(actual, prior, false);
  if (ai != kNone && !c.q(pi).value.is_zero()) {
    const Quantity& a = c.q(ai);
    const Quantity& p = c.q(pi);
    Metric m;
    m.name = "“三公”经费变动率";
    m.name_en = "Change in \"three public\" expenses";
    m.value = fmt(percent_point(a.normalized() - p.normalized(), p.normalized()), 2);
    m.unit = "%";
    m.formula = "(" + bare(a) + " − " + bare(p) + ") / " + bare(p) + " × 100%";
    m.spans = {span_of(a, false), span_of(p, false)};
    c.out.metrics.push_back(m);
    Interval av = stated_interval(a, c.f.precision), pv = stated_interval(p, c.f.precision);
    if (av.lo > pv.hi) {
      Finding fd = make_finding("R32",
                                {"“三公”经费" + a.text + "比上年" + p.text + "增加" + m.value + "%",
                                 "\"Three public\" expenses rose from " + p.text + " to " + a.text + " (" + m.value +
                                     "%)"},
                                {span_of(a, true), span_of(p, false)});
      fd.actual = m.value + "%";
      c.out.findings.push_back(std::move(fd));
      rise_flagged = true;
    }
  }
  // "…实际支出9.6万元，比上年增加1.2万元": a rise stated as the change against the earlier year, in
  // a clause about 三公 itself (its frame's subject names it), not about one of its items.
  for (std::size_t i = 0; i < c.f.quantities.size() && !rise_flagged; ++i) {
    const FrameNumber* n = c.f.statements.number(i);
    const Quantity& x = c.q(i);
    if (!n || n->role != NumRole::Change || n->dir <= 0 || c.rf.in_table[i] || !x.exact() || x.value.is_zero() ||
        x.kind() != UnitKind::Money)
      continue;
    const Frame& fr = c.f.statements.frames[c.f.statements.frame_of[i]];
    std::size_t sb = sentence_begin(c.f.text, x.start);
    // Against the earlier year (同比/比上年), not against a budget ("比年初预算增加"). The comparison
    // may stand in an earlier clause of the sentence ("较上年增长0.24%，增加2.4万元").
    std::u32string before = c.f.text.chars().substr(sb, x.start - sb);
    bool against_year = contains_any(n->label, mw::kComparisons) ||
                        (n->base == 0 && n->of.empty() && contains_any(before, mw::kComparisons));
    if (!fr.compare || !against_year || !contains(before, mw::kSanGong)) continue;
    // What changed: the level figure it follows in its sentence, of 三公 as a whole.
    std::size_t lv = kNone;
    for (std::size_t k = i; k-- > 0 && c.q(k).start >= sb;) {
      const FrameNumber* kn = c.f.statements.number(k);
      if (c.q(k).kind() == UnitKind::Money && kn && kn->role == NumRole::Level) { lv = k; break; }
    }
    if (lv == kNone || c.role(lv).scope != Scope::SanGong || c.rf.part[lv] || contains_any(c.rf.labels[lv], mw::kSanGongItems))
      continue;
    Finding fd = make_finding("R32",
                              {"“三公”经费比上年增加" + x.text, "\"Three public\" expenses rose by " + x.text + " on the previous year"},
                              {span_of(x, true)});
    fd.actual = x.text;
    c.out.findings.push_back(std::move(fd));
    rise_flagged = true;
  }
  auto [a2, bi] = c.pair(actual, budget, false);
  if (a2 != kNone) {
    auto comp = ratio_metric(c, a2, bi, "“三公”经费控制率", "\"Three public\" expenses control rate");
    if (comp && comp->lo > Decimal::from_int(100)) {
      const Quantity& a = c.q(a2);
      const Quantity& b = c.q(bi);
      std::string v = pct(*comp, a, b);
      Finding fd = make_finding("R32",
                                {"“三公”经费支出" + a.text + "超过预算" + b.text + "（控制率" + v + "）",
                                 "\"Three public\" spending " + a.text + " exceeds the budget " + b.text + " (" + v + ")"},
                                {span_of(a, true), span_of(b, false)});
      fd.actual = v;
      c.out.findings.push_back(std::move(fd));
    }
  }
  if (!prior.empty()) return;
  // "与去年相比均有所下降" with no prior-year figure: unverifiable.
  const std::u32string& s = c.f.text.chars();
  std::size_t done_until = 0;
  for (std::size_t k = 0; k + 2 <= s.size(); ++k) {
    if (!chars::starts_with(s, k, mw::kSanGong) || k < done_until) continue;
    std::size_t sb = sentence_begin(c.f.text, k), se = sentence_stop(c.f.text, k);
    done_until = se;
    for (std::size_t p = sb; p < se; ++p) {
      Str dir;
      for (Str w : mw::kDirections)
        if (chars::starts_with(s, p, w)) { dir = w; break; }
      if (dir.empty()) continue;
      std::size_t from = p >= sb + 10 ? p - 10 : sb, cmp_at = kNone;
      for (std::size_t j = from; j < p && cmp_at == kNone; ++j)
        for (Str w : mw::kComparisons)
          if (chars::starts_with(s, j, w)) { cmp_at = j; break; }
      if (cmp_at == kNone) continue;
      // Quantified ("比上年减少3万元") → R26's business.
      std::size_t after = p + dir.size();
      while (after < se && (mw::kAfterDirection.find(s[after]) != Str::npos || chars::is_space(s[after]))) ++after;
      if (after < se && chars::is_digit(s[after])) break;
      if (cmp_at > sb && mw::kComparisonLeads.find(s[cmp_at - 1]) != Str::npos) --cmp_at;
      std::vector<Span> spans = {{cmp_at, p + dir.size(), true}};
      const auto& qs = c.f.quantities;  // in text order: only the sentence's figures
      auto it = std::lower_bound(qs.begin(), qs.end(), sb, [](const Quantity& q, std::size_t at) { return q.start < at; });
      for (; it != qs.end() && it->start < se; ++it)
        if (it->end <= se && it->kind() == UnitKind::Money) spans.push_back(span_of(*it, false));
      std::string claim = c.f.text.utf8(cmp_at, p + dir.size());
      Finding fd = make_finding("R32",
                                {"“三公”经费“" + claim + "”无法核实：报告未列出上年数",
                                 "\"Three public\" expenses: the claim \"" + claim +
                                     "\" cannot be verified, the prior-year figures are not stated"},
                                spans);
      fd.severity = Severity::Info;
      c.out.findings.push_back(std::move(fd));
      break;
    }
  }
}

// ---- R33 ----------------------------------------------------------------------------------------
void budget_adjustment(const Ctx& c) {
  struct Want {
    Scope scope;
    const char* zh;
    const char* en;
  };
  for (const Want& w : {Want{Scope::Total, "预算调整率", "Budget adjustment rate"},
                        Want{Scope::Basic, "预算调整率（基本支出）", "Budget adjustment rate (basic expenditure)"},
                        Want{Scope::Project, "预算调整率（项目支出）", "Budget adjustment rate (project expenditure)"}}) {
    auto adj = c.find([&](std::size_t i) { return c.role(i).stage == Stage::Adjust && c.role(i).scope == w.scope; });
    if (adj.empty()) continue;
    // The initial budget of the same side (收入 or 支出) as the adjustment.
    // (What matches depends only on the adjustment's side: one pass per side, not per
    // adjustment; a figure listed again changes no pairing, so each is kept once.)
    std::vector<std::size_t> init;
    std::map<Side, std::vector<std::size_t>> by_side;
    std::vector<bool> listed(c.f.quantities.size(), false);
    for (std::size_t a : adj) {
      Side as = c.role(a).side;
      auto it = by_side.find(as);
      if (it == by_side.end())
        it = by_side.emplace(as, c.find([&](std::size_t i) {
                       const auto& r = c.role(i);
                       return r.stage == Stage::Initial && r.scope == w.scope &&
                              (r.side == as || r.side == Side::Unknown || as == Side::Unknown);
                     })).first;
      for (std::size_t i : it->second)
        if (!listed[i]) { listed[i] = true; init.push_back(i); }
    }
    auto [ai, ii] = c.pair(adj, init, w.scope != Scope::Total);
    if (ai == kNone) continue;
    auto comp = ratio_metric(c, ai, ii, w.zh, w.en);
    // A claim of precise budgeting next to a large adjustment (> 20%) is queried.
    if (!comp || w.scope != Scope::Total || comp->lo <= Decimal::from_int(20)) continue;
    const std::u32string& s = c.f.text.chars();
    for (Str claim : mw::kPreciseClaims) {
      std::size_t at = s.find(claim);
      if (at == std::u32string::npos) continue;
      std::size_t b = at, e = at + claim.size();
      // An aim ("提升预算编制精准度", "确保预算编制准确"), not a claim.
      if (e < s.size() && mw::kClaimAsNoun.find(s[e]) != Str::npos) continue;
      std::u32string before = s.substr(b >= 8 ? b - 8 : 0, b >= 8 ? 8 : b);
      bool aim = false;
      aim = contains_any(before, mw::kAimWords);
      if (aim) continue;
      const Quantity& a = c.q(ai);
      const Quantity& i = c.q(ii);
      std::string v = fmt(percent_point(a.normalized(), i.normalized()), 2) + "%";
      Finding fd = make_finding("R33",
                                {"报告称“" + to_utf8(claim) + "”，但预算调整率为" + v + "（" + bare(a) + "÷" + bare(i) + "）",
                                 "The report claims precise budgeting, but the budget adjustment rate is " + v + " (" +
                                     bare(a) + " ÷ " + bare(i) + ")"},
                                {{b, e, true}, span_of(a, false), span_of(i, false)});
      fd.severity = Severity::Warning;
      fd.actual = v;
      c.out.findings.push_back(std::move(fd));
      break;
    }
  }
}

// ---- R34 ----------------------------------------------------------------------------------------
void control_rates(const Ctx& c) {
  struct Want {
    Scope scope;
    const char* zh;
    const char* en;
  };
  for (const Want& w : {Want{Scope::PublicFunds, "公用经费控制率", "Public funds control rate"},
                        Want{Scope::Procurement, "政府采购执行率", "Government procurement execution rate"}}) {
    auto actual = c.find([&](std::size_t i) { return c.role(i).scope == w.scope && c.role(i).stage == Stage::Final; });
    auto budget = c.find([&](std::size_t i) {
      return c.role(i).scope == w.scope && (c.role(i).stage == Stage::Initial || c.role(i).stage == Stage::Full);
    });
    auto [ai, bi] = c.pair(actual, budget, false);
    if (ai != kNone) ratio_metric(c, ai, bi, w.zh, w.en);
  }
}

// ---- R35 ----------------------------------------------------------------------------------------
// The count and the volume of one statement: next to each other ("2150人次、30.1万毫升"), or joined
// by a total word ("2150人次，共计30.1万毫升").
bool adjacent_figures(const std::u32string& s, std::size_t from, std::size_t to) {
  if (to - from <= 2) return true;
  if (to - from > 6) return false;
  std::size_t k = from;
  while (k < to && (s[k] == U'，' || s[k] == U',' || s[k] == U'、' || chars::is_space(s[k]))) ++k;
  for (Str w : mw::kVolumeLinks)
    if (chars::starts_with(s, k, w)) return k + w.size() == to;
  return false;
}

void blood_per_donation(const Ctx& c) {
  const auto& qs = c.f.quantities;
  for (std::size_t i = 0; i + 1 < qs.size(); ++i) {
    for (int order = 0; order < 2; ++order) {
      std::size_t vi = order == 0 ? i : i + 1, ni = order == 0 ? i + 1 : i;
      const Quantity& v = qs[vi];
      const Quantity& n = qs[ni];
      if (v.kind() != UnitKind::Volume || !v.exact() || !n.exact() || c.rf.in_table[vi]) continue;
      if (!(n.kind() == UnitKind::PersonVisits || n.kind() == UnitKind::Persons || n.kind() == UnitKind::Cases)) continue;
      if (n.value.is_zero()) continue;
      std::size_t sb = sentence_begin(c.f.text, qs[i].start);
      if (sb != sentence_begin(c.f.text, qs[i + 1].start)) continue;
      std::u32string sentence = c.f.text.chars().substr(sb, sentence_stop(c.f.text, sb) - sb);
      if (!contains_any(sentence, mw::kBloodDonation)) continue;
      if (!adjacent_figures(c.f.text.chars(), qs[i].end, qs[i + 1].start)) continue;
      auto per = divide(stated_interval(v, c.f.precision), stated_interval(n, c.f.precision));
      if (!per) continue;
      std::string unit = "毫升/" + std::string(n.unit->text == mw::kPersonCounter ? "人" : to_utf8(n.unit->text));
      Metric m;
      m.name = "次均献血量";
      m.name_en = "Average blood volume per donation";
      m.value = fmt(v.normalized().div_floor(n.normalized()), 2);
      m.unit = unit;
      m.formula = shown(v) + " / " + shown(n);
      m.spans = {span_of(v, false), span_of(n, false)};
      c.out.metrics.push_back(m);
      if (per->hi < Decimal::from_int(200) || per->lo > Decimal::from_int(400)) {
        Finding fd = make_finding("R35",
                                  {"次均献血量" + m.value + unit + "（" + shown(v) + "÷" + shown(n) +
                                       "）不在常见的200–400毫升之间，请核对",
                                   "Average donation " + m.value + " ml (" + shown(v) + " ÷ " + shown(n) +
                                       ") is outside the usual 200–400 ml"},
                                  {span_of(v, true), span_of(n, false)});
        fd.actual = m.value;
        c.out.findings.push_back(std::move(fd));
      }
    }
  }
}

}  // namespace

void check_rate_metrics(const Facts& f, const RateFacts& rf, DocumentResult& out) {
  Ctx c{{f, rf, out}};
  budget_execution(c);
  budget_adjustment(c);
  carry_over(c);
  staff_control(c);
  sangong(c);
  control_rates(c);
  blood_per_donation(c);
}

}  // namespace gouji
