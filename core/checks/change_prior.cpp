// R26 on a change whose earlier level is stated in another clause or sentence of its paragraph:
// "…支出520万元，比上年增长4.0%。上年支出500万元…", "…增加16万元，上年决算数为50万元", in
// either order. The prior level is a number of role Prior (statements/frame.h) about the same
// subject — its name, once the words of comparison, period and stage are gone, is the subject's,
// or nothing (an unnamed "上年决算数为…" is about what its paragraph is about). The growth rate is
// then (level − prior) ÷ prior, and a change amount is level − prior.
#include <algorithm>

#include "checks/rule_table.h"
#include "lexicon/lexicon.h"
#include "statements/frame.h"

#include "checks/rate_changes_internal.h"

namespace gouji {
namespace rate_change_detail {
// What a label names, without comparison, period, direction, filler and stage words.
std::u32string subject_name(const std::u32string& label) {
  std::u32string n = naming_part(label), out;
  for (std::size_t i = 0; i < n.size();) {
    lex::Hit h = lex::match_at(n, i);
    if (h.roles && h.get(lex::Cls::Stage)) { i = h.end; continue; }
    std::size_t e = h.roles ? h.end : i + 1;
    out.append(n, i, e - i);
    i = e;
  }
  return out;
}

namespace {

bool same_subject(const std::u32string& prior, const std::u32string& subject) {
  if (prior.empty()) return true;
  if (subject.size() < 2 || prior.size() < 2) return false;
  return ends_with(prior, subject) || ends_with(subject, prior);
}

}  // namespace

std::size_t prior_in_paragraph(const Ctx& c, std::size_t F, UnitKind k) {
  const Statements& st = c.f.statements;
  const Frame& fr = st.frames[F];
  auto [a, b] = st.chain(F);
  std::u32string subject = subject_name(st.frames[fr.subject_frame].subject.label);
  std::size_t best = kNone, best_d = 0;
  std::size_t lo = a > kWindow ? a - kWindow : 0, hi = std::min(st.frames.size() - 1, b + kWindow);
  for (std::size_t g = lo; g <= hi; ++g) {
    if (g == a && b > a) g = b;  // over the chain in one step: a long chain is not rescanned per number
    if (g >= a && g <= b) continue;
    const Frame& x = st.frames[g];
    if (x.paragraph != fr.paragraph || x.count > kMaxNumbers) continue;
    for (std::size_t n = x.first; n < x.first + x.count; ++n) {
      const FrameNumber& nb = st.numbers[n];
      const Quantity& q = c.q(nb.q);
      if (nb.role != NumRole::Prior || q.kind() != k || !q.exact() || !c.prose(nb.q)) continue;
      // An unnamed prior ("上年决算数为…") is its own clause's, not a named subject's.
      if (!same_subject(subject_name(nb.label), subject)) continue;
      if (subject_name(nb.label).empty() && x.own_subject && !subject_name(x.subject.label).empty() &&
          !same_subject(subject_name(x.subject.label), subject))
        continue;
      std::size_t d = g < a ? a - g : g - b;
      if (best == kNone || d < best_d) { best = nb.q; best_d = d; }
    }
  }
  return best;
}

// The change amount x against its subject's level and a prior level stated in the chain or the
// paragraph: level − prior = x, in the direction written.
void check_change_from_prior(const Ctx& c, std::size_t xi) {
  const Facts& f = c.f;
  const Statements& st = f.statements;
  const FrameNumber* xn = st.number(xi);
  const Quantity& x = c.q(xi);
  if (!xn || xn->role != NumRole::Change || xn->dir == 0 || !c.prose(xi) || !x.exact() || x.is_range() ||
      !kind_for_change(x.kind()) || is_rate(x.kind()))
    return;
  if (check_change_by_years(c, xi)) return;
  std::size_t F = st.frame_of[xi];
  const Frame& fr = st.frames[F];
  if (fr.count > kMaxNumbers || fr.respectively || !fr.compare) return;
  // The change of a named subject of its own ("其中人员经费增加…") is not its chain's level's.
  if (fr.own_subject && !fr.subject.label.empty() && level_in(st, f, F, x.kind()) == kNone) return;
  std::size_t ci = level_in(st, f, fr.subject_frame, x.kind());
  auto [a, b] = st.chain(F);
  // "比上年40万元增加5万元，达到45万元": the level stated after, in the chain and sentence.
  for (std::size_t g = F + 1; ci == kNone && g <= b && g <= F + kWindow && st.frames[g].sentence == fr.sentence; ++g)
    if (st.frames[g].count <= kMaxNumbers) ci = level_in(st, f, g, x.kind());
  if (ci == kNone || ci == xi) return;
  // The prior: in the chain ("上年支出50万元，比上年增加6万元"), else elsewhere in the paragraph.
  std::size_t pi = kNone;
  std::size_t lo = F > a + kWindow ? F - kWindow : a, hi = std::min(b, F + kWindow);  // bounded, as R26's search
  // "较上年2.08减少0.03万元": a bare prior right before the change takes the change's unit.
  auto bare_before = [&](std::size_t n) {
    return c.q(st.numbers[n].q).kind() == UnitKind::None && n + 1 < st.numbers.size() && st.numbers[n + 1].q == xi &&
           st.frame_of[xi] == st.frame_of[st.numbers[n].q];
  };
  for (std::size_t g = lo; g <= hi && pi == kNone; ++g)
    if (st.frames[g].count <= kMaxNumbers)
      for (std::size_t n = st.frames[g].first; n < st.frames[g].first + st.frames[g].count; ++n)
        if (st.numbers[n].role == NumRole::Prior && (c.q(st.numbers[n].q).kind() == x.kind() || bare_before(n)) &&
            c.q(st.numbers[n].q).exact() && c.prose(st.numbers[n].q)) { pi = st.numbers[n].q; break; }
  if (pi == kNone) pi = prior_in_paragraph(c, F, x.kind());
  if (pi == kNone) return;
  const Quantity& cur = c.q(ci);
  Quantity prior = c.q(pi);
  if (!prior.unit) prior.unit = x.unit;
  int cy = st.label_year(ci), py = st.label_year(pi);
  if (cy != 0 && py != 0 && cy <= py) return;
  int dir = x.value.negative() ? -xn->dir : xn->dir;
  std::string unit = x.unit ? to_utf8(x.unit->text) : "";
  std::string prior_s = c.q(pi).unit ? prior.text : prior.text + unit;  // a bare prior shown in the change's unit
  check_change_gap(c, x, dir, cur, prior, "", "",
                   {"本期" + cur.text + "，上期" + prior_s, "current " + cur.text + ", prior " + prior_s});
}

void check_change_gap(const Ctx& c, const Quantity& x, int dir, const Quantity& cur, const Quantity& prior,
                      const std::string& cur_as, const std::string& prior_as, const Message& operands) {
  const Facts& f = c.f;
  Interval cv = stated_interval(cur, f.precision), pv = stated_interval(prior, f.precision);
  Interval gap = dir > 0 ? cv - pv : pv - cv;
  Decimal point = dir > 0 ? cur.normalized() - prior.normalized() : prior.normalized() - cur.normalized();
  RateMatch m = gap.overlaps(abs_interval(stated_interval(x, f.precision))) ? RateMatch::Match : RateMatch::Mismatch;
  int decimals = std::max({effective_decimals(cur, f.precision), effective_decimals(prior, f.precision),
                           effective_decimals(x, f.precision)});
  std::string gap_s = format_in_unit(point, x, decimals);
  std::string unit = x.unit ? to_utf8(x.unit->text) : "";
  std::string c_op = cur_as + bare(cur), p_op = prior_as + bare(prior);
  std::string ops = dir > 0 ? c_op + "−" + p_op : p_op + "−" + c_op;
  std::vector<Span> spans = {span_of(x, true), span_of(cur, false), span_of(prior, false)};
  record(c, "R26", ops + " = " + gap_s + unit + "（报告" + x.text + "）", m, spans);
  if (m == RateMatch::Match) return;
  Finding fd = make_finding("R26",
                            {"增减额应为" + gap_s + unit + "（" + operands.zh + "），报告为" + x.text,
                             "The change should be " + gap_s + unit + " (" + operands.en + "), the report states " + x.text},
                            std::move(spans));
  fd.expected = gap_s + unit;
  fd.actual = x.text;
  c.out.findings.push_back(std::move(fd));
}

}  // namespace rate_change_detail
}  // namespace gouji
