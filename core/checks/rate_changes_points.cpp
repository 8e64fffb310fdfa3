// R27, a change of a rate written as a percentage where the two rates differ by percentage points
// ("X率下降3.2%" → 3.2个百分点); rate_changes.cpp runs it for every rate outside tables.
#include <algorithm>
#include <optional>

#include "checks/rule_table.h"
#include "lexicon/label_words.h"
#include "lexicon/lexicon.h"
#include "statements/frame.h"
#include "text/chars.h"

#include "checks/rate_changes_internal.h"

namespace gouji {
namespace rate_change_detail {

// ---- R27 ----------------------------------------------------------------------------------------
// Read from frames like R26: the change rate y is a ChangeRate number; the two rates it is the
// change of are the percentages of its clause chain that state a level (a Level, Prior, Share or
// Completion number, no direction), in any order — before y ("由28.5%下降到25.4%，下降3.1%"),
// after it ("下降3.1个百分点，由28.5%降至25.4%") or split by a prior ("25.4%，比上年下降3.1个百分点，
// 上年为28.5%"). The nearest two to y are taken; an amount's change in the chain makes y a growth
// rate of that amount (R26's).
bool states_a_rate_level(NumRole r) {
  return r == NumRole::Level || r == NumRole::Prior || r == NumRole::Share || r == NumRole::Completion;
}

// The rate is the earlier period's: a Prior number, or a rate labelled 上年/去年.
bool prior_rate(const FrameNumber& n) { return n.role == NumRole::Prior || lex::has(n.label, lex::Cls::Prior); }

// "上年满意率为91.0%。本年满意率为93.2%，提高2.2个百分点": the earlier rate stated in an earlier
// sentence of the section, labelled as the earlier period's and naming the same rate word.
std::size_t earlier_rate_named(const Ctx& c, std::size_t from_frame, std::size_t ri) {
  const Statements& st = c.f.statements;
  const lex::Entry* word = lex::match_before(c.rf.labels[ri], c.rf.labels[ri].size(), lex::Cls::Rate);
  if (!word) return kNone;
  const Frame& at = st.frames[from_frame];
  for (std::size_t g = from_frame, steps = 0; g-- > 0 && steps < 4 * kWindow; ++steps) {
    const Frame& fr = st.frames[g];
    if (fr.section != at.section) break;
    if (fr.count > kMaxNumbers) continue;
    for (std::size_t n = fr.first + fr.count; n-- > fr.first;) {
      const FrameNumber& nb = st.numbers[n];
      const Quantity& q = c.q(nb.q);
      if (q.kind() != UnitKind::Percent || !q.exact() || !c.prose(nb.q) || !states_a_rate_level(nb.role)) continue;
      if (prior_rate(nb) && contains(nb.label, word->word)) return nb.q;
    }
  }
  return kNone;
}

void check_points(const Ctx& c, std::size_t yi) {
  const Facts& f = c.f;
  const Statements& st = f.statements;
  const FrameNumber* yn = st.number(yi);
  const Quantity& y = c.q(yi);
  bool points = y.kind() == UnitKind::PercentagePoints;
  if (!(y.kind() == UnitKind::Percent || points) || !y.exact() || !c.prose(yi)) return;
  if (!yn || yn->role != NumRole::ChangeRate) return;
  std::size_t F = st.frame_of[yi];
  const Frame& fr = st.frames[F];
  if (fr.count > kMaxNumbers || fr.respectively) return;
  std::u32string rest;
  if (direction_at_end(c.rf.labels[yi], &rest) == 0) return;
  // A rate naming a subject of its own that is no rate ("医疗收入较上年下降2.1%") is no rate's change.
  bool own_rate = names_a_rate(rest);
  if (!own_rate && !naming_part(rest).empty()) return;
  auto [a, b] = st.chain(F);
  std::size_t lo = F > a + kWindow ? F - kWindow : a, hi = std::min(b, F + kWindow);
  std::size_t r1 = kNone, r2 = kNone, d1 = 0, d2 = 0;  // the nearest and the next nearest rate
  for (std::size_t g = lo; g <= hi; ++g) {
    const Frame& x = st.frames[g];
    if (x.count > kMaxNumbers || x.section != fr.section) continue;
    for (std::size_t n = x.first; n < x.first + x.count; ++n) {
      const FrameNumber& nb = st.numbers[n];
      if (nb.q == yi || !c.prose(nb.q)) continue;
      const Quantity& q = c.q(nb.q);
      if (nb.role == NumRole::Change && kind_for_change(q.kind())) return;  // an amount's growth rate (R26)
      if (q.kind() != UnitKind::Percent || !q.exact() || !states_a_rate_level(nb.role)) continue;
      std::size_t d = q.start > y.start ? q.start - y.start : y.start - q.start;
      if (r1 == kNone || d < d1) { r2 = r1; d2 = d1; r1 = nb.q; d1 = d; }
      else if (r2 == kNone || d < d2) { r2 = nb.q; d2 = d; }
    }
  }
  // The subject is a rate: named in y's label, the chain's subject, a rate's label, or the
  // clause chain's words before its first rate ("药占比由28.5%…").
  bool subject_rate = own_rate || names_a_rate(st.frames[fr.subject_frame].subject.label);
  for (std::size_t r : {r1, r2})
    if (r != kNone) subject_rate = subject_rate || names_a_rate(c.rf.labels[r]);
  if (!subject_rate && r1 != kNone) {
    const Frame& head = st.frames[fr.subject_frame];
    std::size_t first = std::min(r2 == kNone ? c.q(r1).start : std::min(c.q(r1).start, c.q(r2).start), y.start);
    if (head.begin < first) subject_rate = names_a_rate(f.text.chars().substr(head.begin, first - head.begin));
  }
  if (!subject_rate) return;
  if (r1 != kNone && r2 == kNone && !prior_rate(*st.number(r1))) r2 = earlier_rate_named(c, a, r1);
  if (r2 == kNone) {
    if (points) return;
    Finding fd = make_finding("R27",
                              {"“" + to_utf8(c.rf.labels[yi]) + y.text + "”含义不明：比率的变化应以“个百分点”表述，" +
                                   "若指相对变化请列出前后两个比率",
                               "\"" + y.text + "\" for a change of a rate is ambiguous: a difference of two rates is "
                                               "stated in percentage points (个百分点); give both rates if a relative "
                                               "change is meant"},
                              {span_of(y, true)});
    fd.severity = Severity::Info;
    c.out.findings.push_back(std::move(fd));
    return;
  }
  // The earlier rate: a Prior one, else the one written first.
  bool r2_earlier = prior_rate(*st.number(r2)) || (!prior_rate(*st.number(r1)) && c.q(r2).start < c.q(r1).start);
  const Quantity& ea = c.q(r2_earlier ? r2 : r1);  // earlier
  const Quantity& lb = c.q(r2_earlier ? r1 : r2);  // later
  Interval ai = stated_interval(ea, f.precision), bi = stated_interval(lb, f.precision);
  Interval diff = abs_interval(bi - ai);
  Interval yv = abs_interval(stated_interval(y, f.precision));
  Decimal dpoint = (lb.value - ea.value).abs();
  int dec = std::max(ea.decimals, lb.decimals);
  std::string d_s = fmt(dpoint, dec);
  std::vector<Span> spans = {span_of(y, true), span_of(ea, false), span_of(lb, false)};
  std::string formula = "|" + lb.text + "−" + ea.text + "|=" + d_s + "个百分点，报告" + y.text;
  if (points) {
    bool ok = diff.overlaps(yv);
    record(c, "R27", formula, ok ? RateMatch::Match : RateMatch::Mismatch, spans);
    if (ok) return;
    Finding fd = make_finding("R27",
                              {"两个比率" + ea.text + "与" + lb.text + "相差" + d_s + "个百分点，报告为" + y.text,
                               "The rates " + ea.text + " and " + lb.text + " differ by " + d_s +
                                   " percentage points, the report states " + y.text},
                              spans);
    fd.expected = d_s + "个百分点";
    fd.actual = y.text;
    c.out.findings.push_back(std::move(fd));
    return;
  }
  // Relative change against either rate (which one is the earlier year is not always clear).
  for (const Quantity* base : {&ea, &lb}) {
    auto r = divide(Interval{diff.lo * Decimal::from_int(100), diff.hi * Decimal::from_int(100)},
                    base == &ea ? ai : bi);
    if (r && r->overlaps(yv)) {
      record(c, "R27", "|" + lb.text + "−" + ea.text + "|÷" + base->text + "，报告" + y.text, RateMatch::Match, spans);
      // Near 100% a small change fits both readings ("由96.8%提高到98.1%，提高1.3%": 1.3 points and
      // 1.34% relative). The figure is right either way, but the reader cannot tell which is meant:
      // a hint, not a warning (domain rule R27: ambiguous → info).
      if (diff.overlaps(yv)) {
        Finding fd = make_finding("R27",
                                  {"两个比率" + ea.text + "与" + lb.text + "相差" + d_s + "个百分点，“" + y.text +
                                       "”也可读作相对变化：比率的变化宜写作“" + d_s + "个百分点”",
                                   "The rates " + ea.text + " and " + lb.text + " differ by " + d_s +
                                       " percentage points; \"" + y.text + "\" also reads as a relative change: write \"" +
                                       d_s + "个百分点\" for a change of a rate"},
                                  spans);
        fd.severity = Severity::Info;
        fd.expected = d_s + "个百分点";
        fd.actual = y.text;
        c.out.findings.push_back(std::move(fd));
      }
      return;
    }
  }
  Quantity yq = y;
  yq.value = y.value.abs();
  bool is_points = diff.overlaps(stated_interval(yq, f.precision));
  record(c, "R27", formula, RateMatch::Mismatch, spans);
  Finding fd = make_finding(
      "R27",
      is_points ? Message{"两个比率" + ea.text + "与" + lb.text + "之差为" + d_s + "个百分点，应写作“" + d_s +
                              "个百分点”而非“" + y.text + "”",
                          "The rates " + ea.text + " and " + lb.text + " differ by " + d_s +
                              " percentage points: write \"" + d_s + "个百分点\", not \"" + y.text + "\""}
                : Message{"变化" + y.text + "与两个比率" + ea.text + "、" + lb.text + "不符：两者相差" + d_s +
                              "个百分点",
                          "The change " + y.text + " does not match the rates " + ea.text + " and " + lb.text +
                              ", which differ by " + d_s + " percentage points"},
      spans);
  fd.expected = d_s + "个百分点";
  fd.actual = y.text;
  c.out.findings.push_back(std::move(fd));
}

}  // namespace rate_change_detail
}  // namespace gouji
