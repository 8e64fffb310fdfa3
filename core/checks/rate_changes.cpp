// Family B, changes (domain rules §2 B):
//   R26 "比上年增加X万元，增长Y%": Y = X / (本期 − X) (decrease: X / (本期 + X)); the direction
//       words must agree; "增长1倍" = +100%;
//   R27 "X率下降3.2%" where the two rates differ by 3.2 points → 个百分点; no rates given → info;
//   R29 "完成年初预算X%，决算数大于/小于预算数Y万元": X = 决算 / (决算 ∓ Y), direction agrees.
#include <algorithm>

#include "checks/check.h"
#include "checks/rate_context.h"
#include "checks/rule_table.h"
#include "facts/rates.h"
#include "text/chars.h"

namespace gouji {
namespace {

using Str = std::u32string_view;

bool kind_for_change(UnitKind k) {
  return k != UnitKind::None && !is_rate(k) && k != UnitKind::Multiple && k != UnitKind::Score;
}

// +1 / −1 when the label ends with a direction word ("同比增加", "下降了", "增幅"), else 0.
// `rest` receives the label without it.
int direction_at_end(std::u32string l, std::u32string* rest = nullptr) {
  static const std::pair<Str, int> kWords[] = {
      {U"增长率", 1},  {U"下降率", -1}, {U"增长", 1},  {U"增加", 1},  {U"上升", 1},  {U"提高", 1},  {U"增幅", 1},
      {U"增速", 1},    {U"上涨", 1},    {U"增多", 1},  {U"下降", -1}, {U"减少", -1}, {U"降低", -1}, {U"降幅", -1},
      {U"压缩", -1},   {U"压减", -1},   {U"缩减", -1}, {U"节约", -1}, {U"减", -1},   {U"增", 1},    {U"降", -1},
  };
  while (!l.empty() && (l.back() == U'了' || l.back() == U'为' || l.back() == U'达')) l.pop_back();
  if (ends_with(l, U"幅度")) l.erase(l.size() - 2);
  for (const auto& [w, d] : kWords)
    if (ends_with(l, w)) {
      if (rest) *rest = l.substr(0, l.size() - w.size());
      return d;
    }
  return 0;
}

// Only comparison words left ("同比上年度", "比上年", "较2023年", "与去年相比"): the figure's
// subject is the one stated just before.
bool only_comparison(std::u32string s) {
  static const Str kWords[] = {U"同比", U"相比", U"比", U"较", U"与", U"上年度", U"上年", U"去年", U"上一年",
                               U"同期", U"本年度", U"本年", U"今年", U"年度", U"年", U"决算数", U"决算", U"数", U"了", U"共", U"分别", U"均",
                               U"度", U"和", U"，"};
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    while (!s.empty() && chars::is_digit(s.front())) { s.erase(0, 1); changed = true; }
    for (Str w : kWords)
      if (s.size() >= w.size() && Str(s).substr(0, w.size()) == w) { s.erase(0, w.size()); changed = true; break; }
  }
  return s.empty();
}

bool names_prior(const std::u32string& l) {
  return (contains(l, U"上年") || contains(l, U"去年") || contains(l, U"上一年") || contains(l, U"同期")) &&
         !contains(l, U"比") && !contains(l, U"较") && !contains(l, U"与");
}

// A word that is a rate of something (药占比, 达标率) rather than an amount. 效率/频率 are not.
bool names_a_rate(const std::u32string& l) {
  if (contains(l, U"效率") || contains(l, U"频率") || contains(l, U"功率")) return false;
  return contains(l, U"率") || contains(l, U"占比") || contains(l, U"比重") || contains(l, U"比例");
}

using Ctx = RateContext;

Interval abs_interval(const Interval& v) {
  if (v.lo >= Decimal{}) return v;
  if (v.hi <= Decimal{}) return {-v.hi, -v.lo};
  return {Decimal{}, std::max(-v.lo, v.hi)};
}

// ---- R26 ----------------------------------------------------------------------------------------
// The figure a change names ("支出总计各" → the last "支出总计" before it in the same paragraph).
std::size_t named_subject(const Ctx& c, std::size_t xi, std::u32string subject) {
  for (Str w : {Str(U"各"), Str(U"均"), Str(U"分别"), Str(U"都")})
    if (ends_with(subject, w)) { subject.erase(subject.size() - w.size()); break; }
  std::size_t cut = subject.rfind(U'，');
  if (cut != std::u32string::npos) subject.erase(0, cut + 1);
  if (subject.size() < 2 || only_comparison(subject)) return kNone;
  std::size_t line = c.f.text.line_col(c.q(xi).start).line;
  for (std::size_t j = xi; j-- > 0;) {
    if (c.f.text.line_col(c.q(j).start).line != line) break;
    if (!c.prose(j) || c.q(j).kind() != c.q(xi).kind()) continue;
    const std::u32string& l = c.rf.labels[j];
    if (l.size() >= 2 && (ends_with(l, subject) || ends_with(subject, l))) return j;
  }
  return kNone;
}

void check_growth(const Ctx& c, std::size_t yi) {
  const Facts& f = c.f;
  const Quantity& y = c.q(yi);
  if (!(y.kind() == UnitKind::Percent || y.kind() == UnitKind::Multiple) || !y.exact() || yi < 2) return;
  std::u32string yrest;
  int ydir = direction_at_end(c.rf.labels[yi], &yrest);
  if (ydir == 0 || !only_comparison(yrest)) return;
  // X: the amount of the change, right before, also named only by comparison + direction.
  std::size_t xi = yi - 1, ci = yi - 2;
  const Quantity& x = c.q(xi);
  if (!c.prose(xi) || !c.prose(ci) || !kind_for_change(x.kind()) || !x.exact() || !c.same_sentence(xi, yi)) return;
  std::u32string xrest;
  int xdir = direction_at_end(c.rf.labels[xi], &xrest);
  if (xdir == 0) return;
  if (!only_comparison(xrest)) {
    // "收入总计3456.78万元，支出总计3456.78万元。与上年相比，收入、支出总计各增加256.78万元": the
    // change names its subject; the figure is the latest one so labelled in the paragraph.
    ci = named_subject(c, xi, xrest);
    if (ci == kNone) return;
  } else if (!c.same_sentence(ci, xi)) {
    return;
  }
  const Quantity& cur = c.q(ci);
  // C: what changed, before X, same kind, with a subject of its own.
  if (cur.kind() != x.kind() || !cur.exact() || only_comparison(c.rf.labels[ci]) ||
      direction_at_end(c.rf.labels[ci]) != 0)
    return;
  if (x.value.negative()) xdir = -xdir;
  if (y.value.negative()) ydir = -ydir;
  std::vector<Span> spans = {span_of(y, true), span_of(x, false), span_of(cur, false)};
  std::string up_zh = xdir > 0 ? "增加" : "减少";

  if (xdir != ydir) {
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
  Interval xv = abs_interval(stated_interval(x, f.precision));
  Interval cv = stated_interval(cur, f.precision);
  // "2023年支出450万元，2024年增加50万元": the figure before is last year's.
  int cy = year_in(c.rf.raw[ci]), xy = year_in(c.rf.raw[xi]);
  if (cy != 0 && xy != 0 && cy > xy) return;
  bool prior_given = names_prior(c.rf.labels[ci]) || (cy != 0 && xy != 0 && cy < xy);
  Interval prior = prior_given ? cv : (xdir > 0 ? cv - xv : cv + xv);
  if (prior.lo <= Decimal{}) return;
  auto comp = percent_interval(xv, prior);
  if (!comp) return;
  Decimal xa = x.normalized().abs();
  Decimal prior_point = prior_given ? cur.normalized() : (xdir > 0 ? cur.normalized() - xa : cur.normalized() + xa);
  Decimal point = percent_point(xa, prior_point);
  std::string prior_s = format_in_unit(prior_point, cur, std::max(cur.decimals, effective_decimals(cur, f.precision)));
  std::string unit = cur.unit ? to_utf8(cur.unit->text) : "";

  Quantity yq = y;  // compare magnitudes; 倍 → %
  yq.value = y.value.abs();
  if (y.kind() == UnitKind::Multiple) {
    Interval yi_iv = Interval::rounded(yq.value, y.decimals);
    Decimal h = Decimal::from_int(100);
    Interval ypct{yi_iv.lo * h, yi_iv.hi * h};
    if (comp->overlaps(ypct)) return;
  } else {
    RateMatch m = match_rate(*comp, yq, f.precision);
    if (m == RateMatch::Match) return;
    if (m == RateMatch::Truncated) {
      Finding fd = make_finding("R26",
                                {"增长率按" + bare(x) + "÷" + prior_s + "为" + fmt(point, 2) + "%，报告" + y.text +
                                     "为截尾取值",
                                 "The rate " + bare(x) + " ÷ " + prior_s + " = " + fmt(point, 2) + "%; the stated " +
                                     y.text + " is truncated rather than rounded"},
                                spans);
      fd.severity = Severity::Info;
      c.out.findings.push_back(std::move(fd));
      return;
    }
  }
  std::string base_zh = prior_given ? "上年" + prior_s + unit
                                    : "上年" + prior_s + unit + "（" + bare(cur) + (xdir > 0 ? "−" : "+") + bare(x) + "）";
  std::string comp_s = fmt(point, 2) + "%";
  Finding fd = make_finding(
      "R26",
      {std::string(xdir > 0 ? "增长率" : "下降率") + "应为" + comp_s + "（" + bare(x) + "÷" + base_zh + "），报告为" + y.text,
       std::string("The ") + (xdir > 0 ? "growth" : "decrease") + " rate should be " + comp_s + " (" + bare(x) +
           " ÷ prior " + prior_s + unit + "), the report states " + y.text},
      spans);
  fd.expected = comp_s;
  fd.actual = y.text;
  c.out.findings.push_back(std::move(fd));
}

// ---- R27 ----------------------------------------------------------------------------------------
void check_points(const Ctx& c, std::size_t yi) {
  const Facts& f = c.f;
  const Quantity& y = c.q(yi);
  bool points = y.kind() == UnitKind::PercentagePoints;
  if (!(y.kind() == UnitKind::Percent || points) || !y.exact()) return;
  std::u32string rest;
  int dir = direction_at_end(c.rf.labels[yi], &rest);
  if (dir == 0) return;
  // The subject is a rate: named in the label ("药占比较上年下降"), or the rate stated just before.
  std::vector<std::size_t> rates;
  for (std::size_t j = yi; j-- > 0;) {
    const Quantity& r = c.q(j);
    if (!c.same_sentence(j, yi) || !c.prose(j)) break;
    if (r.kind() != UnitKind::Percent) {
      if (kind_for_change(r.kind())) return;  // an amount in between: a growth statement (R26)
      continue;
    }
    if (!r.exact() || direction_at_end(c.rf.labels[j]) != 0) continue;
    rates.push_back(j);
    if (rates.size() == 2) break;
  }
  // …or the sentence is about a rate ("药占比由28.5%下降到25.4%，下降3.1%").
  bool subject_rate = names_a_rate(rest);
  if (!subject_rate && !rates.empty() && only_comparison(rest)) {
    std::size_t sb = sentence_begin(f.text, y.start);
    subject_rate = names_a_rate(f.text.chars().substr(sb, c.q(rates.back()).start - sb));
    for (std::size_t r : rates) subject_rate = subject_rate || names_a_rate(c.rf.labels[r]);
  }
  if (!subject_rate) return;
  if (rates.size() < 2) {
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
  const Quantity& a = c.q(rates[1]);  // earlier
  const Quantity& b = c.q(rates[0]);  // later
  Interval ai = stated_interval(a, f.precision), bi = stated_interval(b, f.precision);
  Interval diff = abs_interval(bi - ai);
  Interval yv = stated_interval(y, f.precision);
  yv = abs_interval(yv);
  Decimal dpoint = (b.value - a.value).abs();
  int dec = std::max(a.decimals, b.decimals);
  std::string d_s = fmt(dpoint, dec);
  std::vector<Span> spans = {span_of(y, true), span_of(a, false), span_of(b, false)};
  if (points) {
    if (diff.overlaps(yv)) return;
    Finding fd = make_finding("R27",
                              {"两个比率" + a.text + "与" + b.text + "相差" + d_s + "个百分点，报告为" + y.text,
                               "The rates " + a.text + " and " + b.text + " differ by " + d_s +
                                   " percentage points, the report states " + y.text},
                              spans);
    fd.expected = d_s + "个百分点";
    fd.actual = y.text;
    c.out.findings.push_back(std::move(fd));
    return;
  }
  // Relative change against either rate (which one is the earlier year is not always clear).
  bool relative = false;
  for (const Interval& base : {ai, bi}) {
    auto r = divide(Interval{diff.lo * Decimal::from_int(100), diff.hi * Decimal::from_int(100)}, base);
    if (r && r->overlaps(yv)) relative = true;
  }
  if (relative) return;
  Quantity yq = y;
  yq.value = y.value.abs();
  bool is_points = diff.overlaps(stated_interval(yq, f.precision));
  Finding fd = make_finding(
      "R27",
      is_points ? Message{"两个比率" + a.text + "与" + b.text + "之差为" + d_s + "个百分点，应写作“" + d_s +
                              "个百分点”而非“" + y.text + "”",
                          "The rates " + a.text + " and " + b.text + " differ by " + d_s +
                              " percentage points: write \"" + d_s + "个百分点\", not \"" + y.text + "\""}
                : Message{"变化" + y.text + "与两个比率" + a.text + "、" + b.text + "不符：两者相差" + d_s +
                              "个百分点",
                          "The change " + y.text + " does not match the rates " + a.text + " and " + b.text +
                              ", which differ by " + d_s + " percentage points"},
      spans);
  fd.expected = d_s + "个百分点";
  fd.actual = y.text;
  c.out.findings.push_back(std::move(fd));
}

// ---- R29 ----------------------------------------------------------------------------------------
void check_budget_completion(const Ctx& c, std::size_t yi) {
  const Facts& f = c.f;
  const Quantity& y = c.q(yi);
  if (y.kind() != UnitKind::Percent || !y.exact()) return;
  const std::u32string& l = c.rf.labels[yi];
  if (!(contains(l, U"年初预算") || contains(l, U"完成预算") || contains(l, U"预算完成率")) || contains(l, U"调整"))
    return;
  if (!(contains(l, U"完成") || ends_with(l, U"预算") || contains(l, U"预算的"))) return;
  // A: the outturn stated before in the sentence (nearest money figure).
  std::size_t ai = kNone;
  for (std::size_t j = yi; j-- > 0;) {
    if (!c.same_sentence(j, yi)) break;
    const Quantity& a = c.q(j);
    if (a.kind() == UnitKind::Money && a.exact() && c.prose(j)) { ai = j; break; }
  }
  if (ai == kNone) return;
  const Quantity& a = c.q(ai);
  // Direction and difference after the rate: "决算数大于预算数55.93万元".
  std::size_t end = sentence_stop(f.text, y.end);
  int dir = 0;
  std::size_t dir_at = kNone;
  static const std::pair<Str, int> kDir[] = {{U"大于", 1}, {U"高于", 1}, {U"超过", 1}, {U"超出", 1}, {U"多于", 1},
                                             {U"小于", -1}, {U"低于", -1}, {U"少于", -1}};
  const std::u32string& s = f.text.chars();
  for (std::size_t k = y.end; k + 1 < end && dir == 0; ++k)
    for (const auto& [w, d] : kDir)
      if (chars::starts_with(s, k, w)) { dir = d; dir_at = k; break; }
  std::size_t di = kNone;
  if (dir != 0)
    for (std::size_t j = yi + 1; j < f.quantities.size() && c.q(j).start < end; ++j)
      if (c.q(j).start > dir_at && c.q(j).kind() == UnitKind::Money && c.q(j).exact()) { di = j; break; }

  Interval yv = stated_interval(y, f.precision);
  Decimal hundred = Decimal::from_int(100);
  std::vector<Span> spans = {span_of(y, true), span_of(a, false)};
  if (di != kNone) {
    const Quantity& d = c.q(di);
    spans.push_back(span_of(d, false));
    Interval av = stated_interval(a, f.precision), dv = stated_interval(d, f.precision);
    Interval budget = dir > 0 ? av - dv : av + dv;
    if (budget.lo <= Decimal{}) return;
    auto comp = percent_interval(av, budget);
    if (!comp) return;
    RateMatch m = match_rate(*comp, y, f.precision);
    if (m == RateMatch::Match) return;
    Decimal bpoint = dir > 0 ? a.normalized() - d.normalized() : a.normalized() + d.normalized();
    int dec = std::max(2, effective_decimals(a, f.precision));
    std::string b_s = format_in_unit(bpoint, a, dec);
    std::string comp_s = fmt(percent_point(a.normalized(), bpoint), 2) + "%";
    std::string unit = to_utf8(a.unit->text);
    Finding fd = make_finding(
        "R29",
        {"完成年初预算应为" + comp_s + "（" + bare(a) + "÷" + b_s + "，年初预算=" + bare(a) + (dir > 0 ? "−" : "+") +
             bare(d) + "），报告为" + y.text + (dir > 0 ? "；决算数大于预算数时应高于100%" : "；决算数小于预算数时应低于100%"),
         "The share of the initial budget should be " + comp_s + " (" + bare(a) + " ÷ " + b_s + unit +
             ", budget = " + bare(a) + (dir > 0 ? " − " : " + ") + bare(d) + "), the report states " + y.text},
        spans);
    if (m == RateMatch::Truncated) fd.severity = Severity::Info;
    fd.expected = comp_s;
    fd.actual = y.text;
    c.out.findings.push_back(std::move(fd));
    return;
  }
  // The initial budget stated in the same sentence: "年初预算为980.00万元，支出决算为1,000.00万元，
  // 完成年初预算的102.04%".
  std::size_t bi = kNone;
  for (std::size_t j = ai; j-- > 0;) {
    if (!c.same_sentence(j, yi)) break;
    const Quantity& b = c.q(j);
    if (b.kind() == UnitKind::Money && b.exact() && c.prose(j) && c.rf.roles[j].stage == Stage::Initial &&
        c.rf.roles[ai].stage != Stage::Initial) {
      bi = j;
      break;
    }
  }
  if (bi != kNone) {
    const Quantity& b = c.q(bi);
    auto comp = percent_interval(stated_interval(a, f.precision), stated_interval(b, f.precision));
    if (!comp) return;
    RateMatch m = match_rate(*comp, y, f.precision);
    if (m == RateMatch::Match) return;
    std::string comp_s = fmt(percent_point(a.normalized(), b.normalized()), 2) + "%";
    spans.push_back(span_of(b, false));
    Finding fd = make_finding("R29",
                              {"完成年初预算应为" + comp_s + "（" + bare(a) + "÷" + bare(b) + "），报告为" + y.text,
                               "The share of the initial budget should be " + comp_s + " (" + bare(a) + " ÷ " +
                                   bare(b) + "), the report states " + y.text},
                              spans);
    if (m == RateMatch::Truncated) fd.severity = Severity::Info;
    fd.expected = comp_s;
    fd.actual = y.text;
    c.out.findings.push_back(std::move(fd));
    return;
  }
  if (dir == 0) return;
  bool wrong = dir > 0 ? yv.hi <= hundred : yv.lo >= hundred;
  if (!wrong) return;
  Finding fd = make_finding("R29",
                            {std::string("完成年初预算") + y.text + "，却称决算数" + (dir > 0 ? "大于" : "小于") +
                                 "预算数：方向不一致",
                             "The report states " + y.text + " of the initial budget but says the outturn is " +
                                 (dir > 0 ? "above" : "below") + " the budget"},
                            spans);
  fd.actual = y.text;
  c.out.findings.push_back(std::move(fd));
}

}  // namespace

// "收入总计1200万元，较2022年的1000万元增长25%": the prior value is stated instead of the change;
// the rate is (current − prior) / prior.
void check_growth_from_prior(const Ctx& c, std::size_t yi) {
  const Facts& f = c.f;
  const Quantity& y = c.q(yi);
  if (y.kind() != UnitKind::Percent || !y.exact() || yi < 2) return;
  std::u32string yrest;
  int ydir = direction_at_end(c.rf.labels[yi], &yrest);
  if (ydir == 0 || !only_comparison(yrest)) return;
  std::size_t pi = yi - 1, ci = yi - 2;
  const Quantity& prior = c.q(pi);
  const Quantity& cur = c.q(ci);
  if (!c.prose(pi) || !c.prose(ci) || !kind_for_change(prior.kind()) || prior.kind() != cur.kind() || !prior.exact() ||
      !cur.exact() || !c.same_sentence(ci, yi) || !c.same_sentence(pi, yi))
    return;
  // The prior figure is named only by a comparison with an earlier year ("较2022年的", "比上年的").
  const std::u32string& pl = c.rf.raw[pi];
  bool compares = (contains(pl, U"较") || contains(pl, U"比") || contains(pl, U"与")) &&
                  (year_in(pl) != 0 || contains(pl, U"上年") || contains(pl, U"去年") || contains(pl, U"同期"));
  if (!compares || direction_at_end(c.rf.labels[pi]) != 0 || only_comparison(c.rf.labels[ci])) return;
  Interval cv = stated_interval(cur, f.precision), pv = stated_interval(prior, f.precision);
  if (pv.lo <= Decimal{}) return;
  Interval diff = cv - pv;
  if (y.value.negative()) ydir = -ydir;
  Decimal dpoint = cur.normalized() - prior.normalized();
  if ((dpoint > Decimal{} && ydir < 0) || (dpoint < Decimal{} && ydir > 0)) {
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
  if (match_rate(*comp, yq, f.precision) != RateMatch::Mismatch) return;
  std::string comp_s = fmt(percent_point(dpoint.abs(), prior.normalized()), 2) + "%";
  Finding fd = make_finding("R26",
      {std::string(ydir > 0 ? "增长率" : "下降率") + "应为" + comp_s + "（(" + bare(cur) + "−" + bare(prior) + ")÷" + bare(prior) +
           "），报告为" + y.text,
       std::string("The ") + (ydir > 0 ? "growth" : "decrease") + " rate should be " + comp_s + " ((" + bare(cur) + " − " +
           bare(prior) + ") ÷ " + bare(prior) + "), the report states " + y.text},
      {span_of(y, true), span_of(cur, false), span_of(prior, false)});
  fd.expected = comp_s;
  fd.actual = y.text;
  c.out.findings.push_back(std::move(fd));
}

void check_rate_changes(const Facts& f, const RateFacts& rf, DocumentResult& out) {
  Ctx c{f, rf, out};
  for (std::size_t i = 0; i < f.quantities.size(); ++i) {
    if (rf.in_table[i]) continue;
    check_growth(c, i);
    check_growth_from_prior(c, i);
    check_points(c, i);
    check_budget_completion(c, i);
  }
}

}  // namespace gouji
