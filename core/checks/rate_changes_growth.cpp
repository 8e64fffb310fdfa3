// R26, the growth rate of an amount against its change and level ("比上年增加X万元，增长Y%"), read
// from the rate's clause chain; rate_changes.cpp runs it for every rate outside tables.
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

// ---- R26 ----------------------------------------------------------------------------------------
// Read from frames (statements/frame.h): the rate, the change amount, the level and any prior
// level are found by role in the rate's clause chain, in any order and across interposed 占/完成
// clauses — never by position. When the chain allows several readings (after a 其中 list the
// level may be the list's total or its last part) each is tried; a finding needs all to fail.

struct Reading {
  std::size_t c = kNone;   // the level the change is of (本期)
  bool c_is_prior = false;  // it is in fact the earlier year's ("2023年支出…，2024年增加…")
  std::string how_zh, how_en;  // which reading, for the finding when several were tried
};

// The first Level of frame `fr` of kind `k`.
std::size_t level_in(const Statements& st, const Facts& f, std::size_t fr, UnitKind k) {
  const Frame& x = st.frames[fr];
  for (std::size_t n = x.first; n < x.first + x.count; ++n)
    if (st.numbers[n].role == NumRole::Level && f.quantities[st.numbers[n].q].kind() == k &&
        f.quantities[st.numbers[n].q].exact())
      return st.numbers[n].q;
  return kNone;
}

// "收入、支出总计各增加256.78万元": the change names its subject; the level is the latest figure
// so labelled earlier in its section (the paragraph first). A label that one of the two names
// contains counts ("一般公共预算财政拨款" ⊂ "一般公共预算财政拨款支出"), but not a bare word.
// Across paragraphs the years must agree; a figure of the year before is the prior level
// (`prior` set).
// A label with its outturn word written one way ("支出实际数" / "支出执行数" / "支出决算数" → 支出决算): two
// labels naming the outturn differently name the same figure.
std::u32string outturn_as_one(const std::u32string& l) {
  std::u32string out;
  std::size_t at = 0;
  for (const lex::Hit& h : lex::scan(l, 0, l.size())) {
    const lex::Entry* st = h.get(lex::Cls::Stage);
    if (!st || (st->value != lex::Final && st->value != lex::Executed)) continue;
    out.append(l, at, h.start - at);
    out += lex::labels::kOutturnAsOne;
    at = h.end;
    if (at < l.size() && l[at] == lex::labels::kFigureSuffix) ++at;
  }
  out.append(l, at, std::u32string::npos);
  return out;
}

std::size_t named_level(const Ctx& c, std::size_t xf, const std::u32string& subject_as_written, UnitKind k, bool& prior) {
  prior = false;
  const std::u32string subject = outturn_as_one(subject_as_written);
  const Statements& st = c.f.statements;
  if (subject.size() < 2) return kNone;
  const Frame& xfr = st.frames[xf];
  for (std::size_t g = xf, steps = 0; g-- > 0 && steps < 4 * kWindow; ++steps) {
    const Frame& fr = st.frames[g];
    if (fr.section != xfr.section) break;
    if (fr.count > kMaxNumbers) continue;
    for (std::size_t n = fr.first + fr.count; n-- > fr.first;) {
      const FrameNumber& nb = st.numbers[n];
      const Quantity& q = c.q(nb.q);
      if (nb.role != NumRole::Level || q.kind() != k || !q.exact() || !c.prose(nb.q)) continue;
      const std::u32string l = outturn_as_one(c.rf.labels[nb.q]);
      if (l.size() < 2) continue;
      bool same = ends_with(l, subject) || ends_with(subject, l);
      if (!same && l.size() >= 4 && subject.size() >= 4) same = contains(l, subject) || contains(subject, l);
      if (!same) continue;
      if (fr.paragraph != xfr.paragraph && fr.year != 0 && xfr.year != 0 && fr.year != xfr.year) {
        if (fr.year + 1 != xfr.year) continue;
        prior = true;
      }
      return nb.q;
    }
  }
  // "收支较上年减少…": both sides' totals, when they are stated equal.
  if (lex::has(subject, lex::Cls::Side, lex::Both)) {
    std::size_t income = kNone, spend = kNone;
    for (std::size_t g = xf, steps = 0; g-- > 0 && steps < 4 * kWindow; ++steps) {
      const Frame& fr = st.frames[g];
      if (fr.section != xfr.section) break;
      if (fr.count > kMaxNumbers) continue;
      for (std::size_t n = fr.first; n < fr.first + fr.count; ++n) {
        const FrameNumber& nb = st.numbers[n];
        const Quantity& q = c.q(nb.q);
        if (nb.role != NumRole::Level || q.kind() != k || !q.exact() || !c.prose(nb.q) ||
            !lex::has(nb.label, lex::Cls::List, lex::Total))
          continue;
        if (income == kNone && lex::has(nb.label, lex::Cls::Side, lex::Income)) income = nb.q;
        if (spend == kNone && lex::has(nb.label, lex::Cls::Side, lex::Spend)) spend = nb.q;
      }
      if (income != kNone && spend != kNone) break;
    }
    if (income != kNone && spend != kNone && c.q(income).normalized() == c.q(spend).normalized()) return spend;
  }
  return kNone;
}

// The rate y against change x and level/prior `r`: Match, Truncated or Mismatch (nullopt when
// the reading gives no positive base).
struct Eval {
  RateMatch m = RateMatch::Mismatch;
  Decimal point, prior_point;
  std::string prior_s;
};
std::optional<Eval> eval_change(const Ctx& c, const Quantity& y, const Quantity& x, int xdir, const Quantity& cur,
                                bool prior_given) {
  const Facts& f = c.f;
  Interval xv = abs_interval(stated_interval(x, f.precision));
  Interval cv = stated_interval(cur, f.precision);
  Interval prior = prior_given ? cv : (xdir > 0 ? cv - xv : cv + xv);
  if (prior.lo <= Decimal{}) return std::nullopt;
  auto comp = percent_interval(xv, prior);
  if (!comp) return std::nullopt;
  Eval e;
  Decimal xa = x.normalized().abs();
  e.prior_point = prior_given ? cur.normalized() : (xdir > 0 ? cur.normalized() - xa : cur.normalized() + xa);
  if (e.prior_point <= Decimal{}) return std::nullopt;
  e.point = percent_point(xa, e.prior_point);
  e.prior_s = format_in_unit(e.prior_point, cur, std::max(cur.decimals, effective_decimals(cur, f.precision)));
  Quantity yq = y;  // compare magnitudes; 倍 → %
  yq.value = y.value.abs();
  if (y.kind() == UnitKind::Multiple) {
    Interval yi_iv = Interval::rounded(yq.value, y.decimals);
    Decimal h = Decimal::from_int(100);
    e.m = comp->overlaps(Interval{yi_iv.lo * h, yi_iv.hi * h}) ? RateMatch::Match : RateMatch::Mismatch;
  } else {
    e.m = match_rate(*comp, yq, f.precision);
  }
  return e;
}

// The items of the parallel list the number at `q` belongs to: the numbers of `role` in its 各/分别
// frame and the frames continuing it, in order (a unitless item takes the list's last unit).
std::vector<Quantity> parallel_list(const Ctx& c, std::size_t head_frame, NumRole role, std::vector<std::size_t>* idx) {
  const Statements& st = c.f.statements;
  std::vector<Quantity> out;
  for (std::size_t g = head_frame; g < st.frames.size() && g < head_frame + kWindow; ++g) {
    const Frame& fr = st.frames[g];
    if (g > head_frame && (!fr.respectively || fr.own_subject || fr.sentence != st.frames[head_frame].sentence)) break;
    if (fr.count > kMaxNumbers) return {};
    for (std::size_t n = fr.first; n < fr.first + fr.count; ++n)
      if (st.numbers[n].role == role) {
        out.push_back(c.q(st.numbers[n].q));
        if (idx) idx->push_back(st.numbers[n].q);
      }
  }
  const UnitDef* unit = nullptr;
  for (std::size_t k = out.size(); k-- > 0;) {
    if (out[k].unit) unit = out[k].unit;
    else out[k].unit = unit;
  }
  return out;
}

// "收、支总计各是4125.49、4143.91万元。与上年相比，收、支总计各减少1267.86、2570.97万元，各下降
// 23.51%、38.28%": item i of the rates goes with item i of the changes and of the levels. False
// when there is no list of rates to pair (a single rate under 各).
bool check_parallel(const Ctx& c, std::size_t yi) {
  const Statements& st = c.f.statements;
  std::size_t F = st.frame_of[yi];
  // The rate list's head frame: back over the frames continuing it.
  std::size_t rh = F;
  if (st.frames[F].count > kMaxNumbers) return true;
  while (rh > 0 && rh + kWindow > F && !st.frames[rh].own_subject && st.frames[rh - 1].respectively &&
         st.find(rh - 1, NumRole::ChangeRate) && st.frames[rh - 1].sentence == st.frames[F].sentence)
    --rh;
  std::vector<std::size_t> ridx;
  std::vector<Quantity> rates = parallel_list(c, rh, NumRole::ChangeRate, &ridx);
  std::size_t i = std::find(ridx.begin(), ridx.end(), yi) - ridx.begin();
  // One rate under 各 ("收、支总计各下降0.28%，减少4.99万元"): no parallel list, a single change.
  if (rates.size() < 2) return false;
  if (i >= rates.size()) return true;
  // The change list: the nearest 各 frame of changes before, in the chain.
  std::size_t xh = kNone;
  for (std::size_t g = rh + 1, steps = 0; g-- > 0 && steps < kWindow; ++steps) {
    const Frame& fr = st.frames[g];
    if (fr.sentence != st.frames[F].sentence) break;
    if (fr.count > kMaxNumbers) continue;
    // Its own subject, or the level list's it continues ("…分别为800、500万元，比上年分别增加80、100万元").
    if (fr.respectively && (fr.own_subject || st.frames[fr.subject_frame].respectively) && st.find(g, NumRole::Change)) {
      // A frame continuing a change list ("…各减少1267.86, 2570.97万元") is read from the list's head.
      xh = !fr.own_subject && st.find(fr.subject_frame, NumRole::Change) ? std::size_t(fr.subject_frame) : g;
      break;
    }
  }
  if (xh == kNone) return true;
  std::vector<Quantity> changes = parallel_list(c, xh, NumRole::Change, nullptr);
  if (changes.size() != rates.size()) return true;
  // The level list: a 各 frame earlier in the section naming the same subject.
  const std::u32string& subject = st.frames[xh].subject.label;
  std::size_t lh = kNone;
  for (std::size_t g = xh, steps = 0; g-- > 0 && steps < 4 * kWindow;) {
    ++steps;
    const Frame& fr = st.frames[g];
    if (fr.section != st.frames[xh].section) break;
    if (fr.count > kMaxNumbers) continue;
    if (fr.respectively && fr.own_subject && fr.subject.label == subject && st.find(g, NumRole::Level)) { lh = g; break; }
  }
  if (lh == kNone) return true;
  std::vector<std::size_t> lidx;
  std::vector<Quantity> levels = parallel_list(c, lh, NumRole::Level, &lidx);
  if (levels.size() != rates.size()) return true;
  const Quantity& y = rates[i];
  const Quantity& x = changes[i];
  const Quantity& cur = levels[i];
  if (!x.unit || !cur.unit || x.kind() != cur.kind() || !x.exact() || !cur.exact() || !y.exact()) return true;
  int xdir = st.number(yi) ? st.number(yi)->dir : 0;
  if (xdir == 0) return true;
  auto e = eval_change(c, y, x, xdir, cur, false);
  if (!e) return true;
  std::vector<Span> spans = {span_of(c.q(yi), true), span_of(x, false), span_of(c.q(lidx[i]), false)};
  record(c, "R26", bare(x) + "÷" + e->prior_s + "=" + fmt(e->point, 2) + "%，报告" + y.text, e->m, spans);
  if (e->m == RateMatch::Match) return true;
  std::string unit = to_utf8(cur.unit->text);
  std::string comp_s = fmt(e->point, 2) + "%";
  Finding fd;
  if (e->m == RateMatch::Truncated) {
    fd = make_finding("R26",
                      {"增长率按" + bare(x) + "÷" + e->prior_s + "为" + comp_s + "，报告" + y.text + "为截尾取值（第" +
                           std::to_string(i + 1) + "项）",
                       "The rate " + bare(x) + " ÷ " + e->prior_s + " = " + comp_s + "; the stated " + y.text +
                           " is truncated rather than rounded (item " + std::to_string(i + 1) + ")"},
                      spans);
    fd.severity = Severity::Info;
  } else {
    fd = make_finding("R26",
                      {std::string(xdir > 0 ? "增长率" : "下降率") + "应为" + comp_s + "（第" + std::to_string(i + 1) + "项：" +
                           bare(x) + "÷上年" + e->prior_s + unit + "），报告为" + y.text,
                       std::string("The ") + (xdir > 0 ? "growth" : "decrease") + " rate should be " + comp_s + " (item " +
                           std::to_string(i + 1) + ": " + bare(x) + " ÷ prior " + e->prior_s + unit + "), the report states " + y.text},
                      spans);
    fd.expected = comp_s;
    fd.actual = y.text;
  }
  c.out.findings.push_back(std::move(fd));
  return true;
}

void check_growth(const Ctx& c, std::size_t yi) {
  const Statements& st = c.f.statements;
  const FrameNumber* yn = st.number(yi);
  const Quantity& y = c.q(yi);
  if (!yn || yn->role != NumRole::ChangeRate || !c.prose(yi) || !y.exact()) return;
  if (!(y.kind() == UnitKind::Percent || y.kind() == UnitKind::Multiple)) return;
  std::size_t F = st.frame_of[yi];
  const Frame& fr = st.frames[F];
  if (fr.count > kMaxNumbers) return;
  if (fr.respectively && check_parallel(c, yi)) return;  // parallel lists pair item by item
  if (check_growth_by_years(c, yi)) return;
  // A rate naming its own subject that is not the chain's ("医疗收入增幅1.4%") stands alone.
  if (!naming_part(yn->label).empty() && !fr.own_subject) return;
  auto [a, b] = st.chain(F);
  std::size_t lo = F > a + kWindow ? F - kWindow : a, hi = std::min(b, F + kWindow);
  // The change amount and the prior level: by role, nearest the rate.
  std::size_t xi = kNone, pi = kNone, xd = 0, pd = 0;
  for (std::size_t g = lo; g <= hi; ++g) {
    const Frame& x = st.frames[g];
    if (x.count > kMaxNumbers) continue;
    for (std::size_t n = x.first; n < x.first + x.count; ++n) {
      const FrameNumber& nb = st.numbers[n];
      const Quantity& q = c.q(nb.q);
      if (!kind_for_change(q.kind()) || !q.exact() || !c.prose(nb.q)) continue;
      std::size_t d = q.start > y.start ? q.start - y.start : y.start - q.start;
      if (nb.role == NumRole::Change && (xi == kNone || d < xd)) { xi = nb.q; xd = d; }
      if (nb.role == NumRole::Prior && (pi == kNone || d < pd)) { pi = nb.q; pd = d; }
    }
  }
  // "…比上年增长4.0%。上年支出500万元": a prior level stated in another sentence of the paragraph.
  if (xi == kNone && pi == kNone)
    if (const FrameNumber* lv = st.find(fr.subject_frame, NumRole::Level); lv && kind_for_change(c.q(lv->q).kind()))
      pi = prior_in_paragraph(c, F, c.q(lv->q).kind());
  if (xi == kNone) {
    if (pi != kNone) check_growth_from_prior(c, yi, pi);
    else check_growth_from_table(c, yi);
    return;
  }
  const Quantity& x = c.q(xi);
  std::size_t xf = st.frame_of[xi];
  int xdir = st.number(xi)->dir, ydir = yn->dir;
  if (x.value.negative()) xdir = -xdir;
  if (y.value.negative()) ydir = -ydir;

  // Readings of the level the change is of.
  std::vector<Reading> readings;
  auto add = [&](std::size_t ci, std::string zh, std::string en, bool is_prior = false) {
    if (ci == kNone || ci == xi) return;
    for (const auto& r : readings) if (r.c == ci) return;
    const Quantity& cur = c.q(ci);
    int cy = st.label_year(ci), xy = st.label_year(xi);
    if (cy != 0 && xy != 0 && cy > xy) return;  // a later year's figure is not the base
    readings.push_back({ci, is_prior || (cy != 0 && xy != 0 && cy < xy), std::move(zh), std::move(en)});
    (void)cur;
  };
  const Frame& xfr = st.frames[xf];
  bool x_names = xfr.own_subject && level_in(st, c.f, xf, x.kind()) == kNone && !xfr.subject.label.empty();
  if (x_names) {
    bool prior = false;
    std::size_t ci = named_level(c, xf, xfr.subject.label, x.kind(), prior);
    add(ci, "", "", prior);
  } else {
    add(level_in(st, c.f, fr.subject_frame, x.kind()), "", "");
    // "公务接待费较上年增长12.5%，增加0.5万元": the rate's clause names the subject, the amount
    // carries it on — the same named level as when the amount comes first.
    const Frame& sfr = st.frames[fr.subject_frame];
    if (readings.empty() && st.frames[xf].subject_frame == fr.subject_frame && sfr.own_subject &&
        !sfr.subject.label.empty() && level_in(st, c.f, fr.subject_frame, x.kind()) == kNone) {
      bool prior = false;
      std::size_t ci = named_level(c, fr.subject_frame, sfr.subject.label, x.kind(), prior);
      add(ci, "", "", prior);
    }
    if (fr.list_total != kNone && st.frames[fr.subject_frame].list_part) {
      std::size_t t = level_in(st, c.f, st.frames[fr.list_total].subject_frame, x.kind());
      if (!readings.empty()) {
        readings.front().how_zh = "按其中最后一项" + c.q(readings.front().c).text + "计";
        readings.front().how_en = "taking the last listed part " + c.q(readings.front().c).text;
      }
      if (t != kNone) add(t, "按其中所列的合计" + c.q(t).text + "计", "taking the list's total " + c.q(t).text);
    }
  }
  if (pi != kNone && !x_names) readings.push_back({pi, true, "", ""});
  // "支出同比增加180万元，增长12.5%，达到1620万元": the level stated after, in the change's chain
  // and sentence.
  if (readings.empty() && pi == kNone)
    for (std::size_t g = xf + 1; g <= b && g <= xf + kWindow && readings.empty(); ++g) {
      if (st.frames[g].sentence != xfr.sentence || st.frames[g].own_subject) break;
      add(level_in(st, c.f, g, x.kind()), "", "");
    }
  if (readings.empty()) return;

  const Quantity& cur0 = c.q(readings.front().c);
  std::vector<Span> spans = {span_of(y, true), span_of(x, false), span_of(cur0, false)};
  std::string up_zh = xdir > 0 ? "增加" : "减少";
  if (xdir != ydir) {
    record(c, "R26", "方向：" + up_zh + x.text + " / " + (ydir > 0 ? "增长" : "下降") + y.text, RateMatch::Mismatch, spans);
    Finding fd = make_finding("R26",
                              {"增减方向不一致：金额" + up_zh + x.text + "，比率却写作" + (ydir > 0 ? "增长" : "下降") +
                                   y.text,
                               std::string("The direction words disagree: the amount ") +
                                   (xdir > 0 ? "increases" : "decreases") + " by " + x.text + " but the rate says " +
                                   (ydir > 0 ? "an increase" : "a decrease") + " of " + y.text},
                              spans);
    c.out.findings.push_back(std::move(fd));
    return;
  }
  // Every reading; the first that fits settles it.
  std::optional<Eval> first;
  const Reading* first_r = nullptr;
  const Reading* trunc_r = nullptr;
  std::optional<Eval> trunc;
  for (const Reading& r : readings) {
    auto e = eval_change(c, y, x, xdir, c.q(r.c), r.c_is_prior);
    if (!e) continue;
    const Quantity& cur = c.q(r.c);
    std::string formula = bare(x) + "÷" + (r.c_is_prior ? bare(cur) : "(" + bare(cur) + (xdir > 0 ? "−" : "+") + bare(x) + ")") +
                          "=" + fmt(e->point, 2) + "%，报告" + y.text;
    if (e->m == RateMatch::Match) {
      record(c, "R26", formula, e->m, {span_of(y, true), span_of(x, false), span_of(cur, false)});
      return;
    }
    if (e->m == RateMatch::Truncated && !trunc) { trunc = e; trunc_r = &r; }
    if (!first) { first = e; first_r = &r; }
  }
  if (!first) return;
  const Reading& r = trunc ? *trunc_r : *first_r;
  const Eval& e = trunc ? *trunc : *first;
  const Quantity& cur = c.q(r.c);
  spans[2] = span_of(cur, false);
  std::string unit = cur.unit ? to_utf8(cur.unit->text) : "";
  record(c, "R26", bare(x) + "÷" + e.prior_s + "=" + fmt(e.point, 2) + "%，报告" + y.text, e.m, spans);
  if (e.m == RateMatch::Truncated) {
    Finding fd = make_finding("R26",
                              {"增长率按" + bare(x) + "÷" + e.prior_s + "为" + fmt(e.point, 2) + "%，报告" + y.text +
                                   "为截尾取值",
                               "The rate " + bare(x) + " ÷ " + e.prior_s + " = " + fmt(e.point, 2) + "%; the stated " +
                                   y.text + " is truncated rather than rounded"},
                              spans);
    fd.severity = Severity::Info;
    c.out.findings.push_back(std::move(fd));
    return;
  }
  std::string base_zh = r.c_is_prior ? "上年" + e.prior_s + unit
                                     : "上年" + e.prior_s + unit + "（" + bare(cur) + (xdir > 0 ? "−" : "+") + bare(x) + "）";
  std::string comp_s = fmt(e.point, 2) + "%";
  Finding fd = make_finding(
      "R26",
      {std::string(xdir > 0 ? "增长率" : "下降率") + "应为" + comp_s + "（" + bare(x) + "÷" + base_zh + "），报告为" + y.text,
       std::string("The ") + (xdir > 0 ? "growth" : "decrease") + " rate should be " + comp_s + " (" + bare(x) +
           " ÷ prior " + e.prior_s + unit + "), the report states " + y.text},
      spans);
  if (readings.size() > 1) {
    std::string other_zh, other_en;
    for (const Reading& o : readings)
      if (&o != &r) { other_zh += (other_zh.empty() ? "" : "、") + c.q(o.c).text; other_en += (other_en.empty() ? "" : ", ") + c.q(o.c).text; }
    fd.hint = {(r.how_zh.empty() ? "按" + cur.text + "计" : r.how_zh) + "；以" + other_zh + "为本期数也不相符",
               (r.how_en.empty() ? "taking " + cur.text : r.how_en) + "; " + other_en + " as the current figure does not fit either"};
  }
  fd.expected = comp_s;
  fd.actual = y.text;
  c.out.findings.push_back(std::move(fd));
}

}  // namespace rate_change_detail

using namespace rate_change_detail;

// "收入总计1200万元，较2022年的1000万元增长25%": the prior value is stated instead of the change;
// the rate is (current − prior) / prior. The current value is the chain's level.
void check_growth_from_prior(const Ctx& c, std::size_t yi, std::size_t pi) {
  const Facts& f = c.f;
  const Statements& st = f.statements;
  const Quantity& y = c.q(yi);
  if (y.kind() != UnitKind::Percent) return;
  const Frame& fr = st.frames[st.frame_of[yi]];
  const Quantity& prior = c.q(pi);
  std::size_t ci = level_in(st, f, fr.subject_frame, prior.kind());
  if (ci == kNone || ci == pi) return;
  const Quantity& cur = c.q(ci);
  // Two figures of one year are not a prior and a current one.
  int cy = st.label_year(ci), py = st.label_year(pi);
  if (cy != 0 && py != 0 && cy <= py) return;
  int ydir = st.number(yi)->dir;
  Interval cv = stated_interval(cur, f.precision), pv = stated_interval(prior, f.precision);
  if (pv.lo <= Decimal{}) return;
  Interval diff = cv - pv;
  if (y.value.negative()) ydir = -ydir;
  Decimal dpoint = cur.normalized() - prior.normalized();
  std::vector<Span> spans = {span_of(y, true), span_of(cur, false), span_of(prior, false)};
  if ((dpoint > Decimal{} && ydir < 0) || (dpoint < Decimal{} && ydir > 0)) {
    record(c, "R26", "方向：" + bare(cur) + "−" + bare(prior) + " / " + y.text, RateMatch::Mismatch, spans);
    c.out.findings.push_back(make_finding("R26",
        {"增减方向不一致：" + cur.text + "与上期" + prior.text + "相比" + (dpoint > Decimal{} ? "增加" : "减少") + "，比率却写作" +
             (ydir > 0 ? "增长" : "下降") + y.text,
         "The direction words disagree: " + cur.text + " against " + prior.text + " is " +
             (dpoint > Decimal{} ? "an increase" : "a decrease") + ", but the rate says " + (ydir > 0 ? "an increase" : "a decrease")},
        {span_of(y, true), span_of(prior, false), span_of(cur, false)}));
    return;
  }
  Interval mag = dpoint < Decimal{} ? Interval{-diff.hi, -diff.lo} : diff;
  auto comp = percent_interval(mag, pv);
  if (!comp) return;
  Quantity yq = y;
  yq.value = y.value.abs();
  RateMatch m = match_rate(*comp, yq, f.precision);
  std::string comp_s = fmt(percent_point(dpoint.abs(), prior.normalized()), 2) + "%";
  record(c, "R26", "(" + bare(cur) + "−" + bare(prior) + ")÷" + bare(prior) + "=" + comp_s + "，报告" + y.text, m, spans);
  if (m != RateMatch::Mismatch) return;
  Finding fd = make_finding("R26",
      {std::string(ydir > 0 ? "增长率" : "下降率") + "应为" + comp_s + "（(" + bare(cur) + "−" + bare(prior) + ")÷" + bare(prior) +
           "），报告为" + y.text,
       std::string("The ") + (ydir > 0 ? "growth" : "decrease") + " rate should be " + comp_s + " ((" + bare(cur) + " − " +
           bare(prior) + ") ÷ " + bare(prior) + "), the report states " + y.text},
      spans);
  fd.expected = comp_s;
  fd.actual = y.text;
  c.out.findings.push_back(std::move(fd));
}

}  // namespace gouji
