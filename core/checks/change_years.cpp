// R26 when the years say which level is which: "2025年培训费支出48万元，2024年培训费支出55万元，
// 减少7万元，下降12.7%" — the level of the year before is the prior, though no word calls it so.
// The chain's level and a level of the same subject stated for the next or previous year in the
// paragraph (years from the statement frames: a stated year, 上年/本年 resolved, a figure with no
// year is the report year's) make the pair, in either order; the change amount is their gap and
// the rate fits the gap or the stated change over the prior. Years two apart, another subject, a
// span of years ("2024—2026年计划投入") or a comparison within the year (比年初) pair nothing; a
// prior named as one (比上年的, 较2024年的) is change_prior.cpp's and rate_changes_growth.cpp's.
#include <algorithm>

#include "checks/rule_table.h"
#include "lexicon/lexicon.h"
#include "statements/frame.h"

#include "checks/rate_changes_internal.h"

namespace gouji {
namespace rate_change_detail {

YearPair year_pair(const Ctx& c, std::size_t F, UnitKind k) {
  const Statements& st = c.f.statements;
  const Frame& fr = st.frames[F];
  if (fr.count > kMaxNumbers || fr.respectively) return {};
  const std::size_t S = fr.subject_frame;
  const std::size_t L = level_in(st, c.f, S, k);
  if (L == kNone) return {};
  auto [a, b] = st.chain(F);
  // What the chain's comparison says: a named earlier year (比2023年), 上年 (compare), or within
  // the year (比年初: nothing to pair).
  int than = 0;
  bool compare = false;
  const Str text(c.f.text.chars());
  for (std::size_t g = std::max(a, F > kWindow ? F - kWindow : 0); g <= b && g <= F + kWindow; ++g) {
    const Frame& x = st.frames[g];
    if (x.count > kMaxNumbers) continue;
    for (std::size_t n = x.first; n < x.first + x.count; ++n) {
      const FrameNumber& nb = st.numbers[n];
      if (nb.role == NumRole::Prior) return {};  // named as the prior: the other checks read it
      if ((nb.role == NumRole::Change || nb.role == NumRole::ChangeRate) && nb.than && !than) than = nb.than;
    }
    if (x.compare && lex::has(text.substr(x.begin, x.end - x.begin), lex::Cls::Compare, lex::InYear)) return {};
    compare = compare || x.compare;
  }
  const int R = st.report_year;
  const FrameNumber& ln = *st.number(L);
  auto period = [&](const FrameNumber& n) {
    int y = st.year_of(n);
    return n.year == kSpan ? 0 : y != 0 ? y : R;
  };
  const int yl = period(ln);
  if (yl <= 0 || ln.year == kSpan) return {};
  const std::u32string name = subject_name(st.frames[S].subject.label);
  if (name.size() < 2) return {};
  YearPair best;
  std::size_t best_d = 0;
  std::size_t lo = F > kWindow ? F - kWindow : 0, hi = std::min(st.frames.size() - 1, F + kWindow);
  for (std::size_t g = lo; g <= hi; ++g) {
    const Frame& x = st.frames[g];
    if (x.paragraph != fr.paragraph || x.count > kMaxNumbers) continue;
    for (std::size_t n = x.first; n < x.first + x.count; ++n) {
      const FrameNumber& nb = st.numbers[n];
      const Quantity& q = c.q(nb.q);
      if (nb.role != NumRole::Level || nb.q == L || q.kind() != k || !q.exact() || q.is_range() || !c.prose(nb.q) ||
          nb.year == kSpan)
        continue;
      const int yo = period(nb);
      if (yo <= 0 || (yo != yl + 1 && yo != yl - 1)) continue;
      if (st.year_of(nb) == 0 && st.year_of(ln) == 0) continue;  // neither says its year
      const int later = std::max(yo, yl), earlier = std::min(yo, yl);
      if (R && later > R) continue;               // a year after the report's is a plan
      if (than && than != earlier) continue;      // "比2023年减少": that year is the prior
      if (compare && !than && yo != yl - 1) continue;  // "比上年": the chain's level is the current one
      std::u32string on = subject_name(nb.label);
      bool same = on.empty() ? x.subject_frame == S : on == name;
      if (!same) continue;
      std::size_t d = g < F ? F - g : g - F;
      if (best.cur != kNone && d >= best_d) continue;
      best_d = d;
      best = yo < yl ? YearPair{L, nb.q, yl, yo} : YearPair{nb.q, L, yo, yl};
    }
  }
  return best;
}

bool check_change_by_years(const Ctx& c, std::size_t xi) {
  const Facts& f = c.f;
  const Statements& st = f.statements;
  const FrameNumber* xn = st.number(xi);
  const Quantity& x = c.q(xi);
  std::size_t F = st.frame_of[xi];
  const Frame& fr = st.frames[F];
  if (fr.own_subject && level_in(st, f, F, x.kind()) == kNone) return false;  // "其中人员经费减少…": its own subject
  YearPair p = year_pair(c, F, x.kind());
  if (p.cur == kNone) return false;
  const Quantity& cur = c.q(p.cur);
  const Quantity& prior = c.q(p.prior);
  int dir = x.value.negative() ? -xn->dir : xn->dir;
  std::string yc = std::to_string(p.cy) + "年", yp = std::to_string(p.py) + "年";
  check_change_gap(c, x, dir, cur, prior, yc, yp,
                   {yc + cur.text + "，" + yp + prior.text,
                    std::to_string(p.cy) + ": " + cur.text + ", " + std::to_string(p.py) + ": " + prior.text});
  return true;
}

bool check_growth_by_years(const Ctx& c, std::size_t yi) {
  const Facts& f = c.f;
  const Statements& st = f.statements;
  const FrameNumber* yn = st.number(yi);
  const Quantity& y = c.q(yi);
  if (!yn || yn->role != NumRole::ChangeRate || y.kind() != UnitKind::Percent || !c.prose(yi) || !y.exact()) return false;
  std::size_t F = st.frame_of[yi];
  const Frame& fr = st.frames[F];
  if (fr.count > kMaxNumbers || fr.respectively) return false;
  if (!naming_part(yn->label).empty() && !fr.own_subject) return false;  // "医疗收入增幅1.4%": its own subject
  // The change amount stated with it, nearest in its chain.
  auto [a, b] = st.chain(F);
  std::size_t xi = kNone, xd = 0;
  for (std::size_t g = std::max(a, F > kWindow ? F - kWindow : 0); g <= b && g <= F + kWindow; ++g) {
    const Frame& x = st.frames[g];
    if (x.count > kMaxNumbers) continue;
    for (std::size_t n = x.first; n < x.first + x.count; ++n) {
      const FrameNumber& nb = st.numbers[n];
      const Quantity& q = c.q(nb.q);
      if (nb.role != NumRole::Change || !kind_for_change(q.kind()) || is_rate(q.kind()) || !q.exact() || !c.prose(nb.q)) continue;
      std::size_t d = q.start > y.start ? q.start - y.start : y.start - q.start;
      if (xi == kNone || d < xd) { xi = nb.q; xd = d; }
    }
  }
  const FrameNumber* lv = st.find(fr.subject_frame, NumRole::Level);
  UnitKind k = xi != kNone ? c.q(xi).kind() : lv ? c.q(lv->q).kind() : UnitKind::None;
  if (!kind_for_change(k) || is_rate(k)) return false;
  YearPair p = year_pair(c, F, k);
  if (p.cur == kNone) return false;
  const Quantity& cur = c.q(p.cur);
  const Quantity& prior = c.q(p.prior);
  Interval cv = stated_interval(cur, f.precision), pv = stated_interval(prior, f.precision);
  if (pv.lo <= Decimal{}) return false;
  int ydir = y.value.negative() ? -yn->dir : yn->dir;
  Decimal dpoint = cur.normalized() - prior.normalized();
  std::vector<Span> spans = {span_of(y, true), span_of(cur, false), span_of(prior, false)};
  std::string yc = std::to_string(p.cy) + "年", yp = std::to_string(p.py) + "年";
  if ((dpoint > Decimal{} && ydir < 0) || (dpoint < Decimal{} && ydir > 0)) {
    record(c, "R26", "方向：" + yc + bare(cur) + "−" + yp + bare(prior) + " / " + y.text, RateMatch::Mismatch, spans);
    c.out.findings.push_back(make_finding("R26",
        {"增减方向不一致：" + yc + cur.text + "与" + yp + prior.text + "相比" + (dpoint > Decimal{} ? "增加" : "减少") +
             "，比率却写作" + (ydir > 0 ? "增长" : "下降") + y.text,
         "The direction words disagree: " + cur.text + " (" + std::to_string(p.cy) + ") against " + prior.text + " (" +
             std::to_string(p.py) + ") is " + (dpoint > Decimal{} ? "an increase" : "a decrease") + ", but the rate says " +
             (ydir > 0 ? "an increase" : "a decrease")},
        spans));
    return true;
  }
  Quantity yq = y;
  yq.value = y.value.abs();
  // The gap of the two levels over the prior; else the stated change over it (a wrong change is
  // the change check's finding, not a second one here).
  Interval diff = cv - pv;
  Interval mag = dpoint < Decimal{} ? Interval{-diff.hi, -diff.lo} : diff;
  auto comp = percent_interval(mag, pv);
  if (!comp) return false;
  RateMatch m = match_rate(*comp, yq, f.precision);
  std::string comp_s = fmt(percent_point(dpoint.abs(), prior.normalized()), 2) + "%";
  std::string formula = "(" + yc + bare(cur) + "−" + yp + bare(prior) + ")÷" + bare(prior) + "=" + comp_s + "，报告" + y.text;
  if (m != RateMatch::Match && xi != kNone) {
    const Quantity& x = c.q(xi);
    if (auto cx = percent_interval(abs_interval(stated_interval(x, f.precision)), pv)) {
      RateMatch mx = match_rate(*cx, yq, f.precision);
      if (mx == RateMatch::Match) {
        record(c, "R26", bare(x) + "÷" + yp + bare(prior) + "=" + fmt(percent_point(x.normalized().abs(), prior.normalized()), 2) +
                             "%，报告" + y.text, mx, {span_of(y, true), span_of(x, false), span_of(prior, false)});
        return true;
      }
    }
  }
  record(c, "R26", formula, m, spans);
  if (m == RateMatch::Match) return true;
  Finding fd;
  if (m == RateMatch::Truncated) {
    fd = make_finding("R26",
                      {"增长率按(" + bare(cur) + "−" + bare(prior) + ")÷" + bare(prior) + "为" + comp_s + "，报告" + y.text + "为截尾取值",
                       "The rate (" + bare(cur) + " − " + bare(prior) + ") ÷ " + bare(prior) + " = " + comp_s + "; the stated " + y.text +
                           " is truncated rather than rounded"},
                      spans);
    fd.severity = Severity::Info;
  } else {
    fd = make_finding("R26",
        {std::string(ydir > 0 ? "增长率" : "下降率") + "应为" + comp_s + "（(" + yc + bare(cur) + "−" + yp + bare(prior) + ")÷" +
             bare(prior) + "），报告为" + y.text,
         std::string("The ") + (ydir > 0 ? "growth" : "decrease") + " rate should be " + comp_s + " ((" + bare(cur) + " − " +
             bare(prior) + ") ÷ " + bare(prior) + ", " + std::to_string(p.cy) + " against " + std::to_string(p.py) +
             "), the report states " + y.text},
        spans);
    fd.expected = comp_s;
    fd.actual = y.text;
  }
  c.out.findings.push_back(std::move(fd));
  return true;
}

}  // namespace rate_change_detail
}  // namespace gouji
