// D: the points of the self-score: R55 预算执行率 points, R51 the 自评表's 分值, R50 its 得分
// recomputed and, with no 得分 column, a reference estimate beside the stated score.
#include <algorithm>
#include <map>

#include "checks/check.h"
#include "checks/score_internal.h"
#include "facts/targets.h"
#include "lexicon/score_words.h"
#include "structure/line_ranges.h"
#include "text/chars.h"

namespace gouji {
namespace score_detail {
namespace {

using namespace chars;
using Str = std::u32string_view;
namespace sw = lex::score;

// ---- scoring one indicator (§3.1) --------------------------------------------------------------

struct Share {
  bool counted = false;      // enters the upper estimate
  Decimal low, high;         // fraction of the indicator's points
  bool missing = false;      // no actual at all
};

Share score_pair(const TargetFacts& tf, const TargetPair& p, const std::vector<Quantity>& qs) {
  Share sh;
  Evaluation e = evaluate(tf, p, qs);
  if (!e.has_actual) { sh.missing = true; return sh; }
  if (e.quantified && e.status != Status::Unknown) {
    Decimal fr;
    if (p.direction == Direction::Negative) {
      if (e.target.is_zero()) fr = e.actual <= zero() ? one() : zero();
      else fr = e.actual <= e.target ? one() : e.target.div_floor(e.actual);
    } else {
      fr = e.target.is_zero() ? (e.actual >= zero() ? one() : zero()) : min_d(e.actual.div_floor(e.target), one());
    }
    if (fr < zero()) fr = zero();
    sh.counted = true;
    sh.low = sh.high = fr;
    return sh;
  }
  if (p.direction == Direction::Qualitative && e.status == Status::Met) {
    // 达成年度指标: 80–100% of the points.
    sh.counted = true;
    sh.low = Decimal::parse("0.8").value_or(one());
    sh.high = one();
    return sh;
  }
  if (p.direction == Direction::Qualitative && e.status == Status::Unmet) {
    sh.counted = true;
    sh.low = zero();
    sh.high = Decimal::parse("0.6").value_or(zero());
    return sh;
  }
  sh.missing = true;  // a number against words, or units that do not compare
  return sh;
}

// The stated 预算执行率 (prose), for the estimate.
const Quantity* stated_execution_rate(const Facts& f) {
  for (const auto& q : f.quantities) {
    if (q.kind() != UnitKind::Percent || !q.exact()) continue;
    std::u32string l = from_utf8_lossy(q.label);
    if (has_any(l, sw::kBudgetExecutionRates) || l == sw::kExecutionRate) return &q;
  }
  return nullptr;
}

}  // namespace

// R55: points = 分值 × min(执行率, 100%).
void check_execution_points(const Facts& f, const TargetFacts& tf, DocumentResult& out) {
  auto judge = [&](Interval rate, const std::string& rate_text, Decimal weight, Decimal points, int pdec, std::vector<Span> spans) {
    Interval capped{min_d(rate.lo, hundred()), min_d(rate.hi, hundred())};
    Interval expected{(capped.lo * weight).div_floor(hundred()), (capped.hi * weight).div_ceil(hundred())};
    Interval stated = interval_of(points, pdec);
    Decimal mid = (min_d(rate.lo, hundred()) * weight).div_floor(hundred());
    bool ok = expected.overlaps(stated);
    std::vector<Span> in = spans;
    for (auto& sp : in) sp.primary = false;
    out.checked.push_back({"R55", weight.to_string() + "分 × min(" + rate_text + ", 100%) = " + num(mid) + "分（报告" + points.to_string() + "分）",
                           ok ? "consistent" : "inconsistent", std::move(in)});
    if (ok) return;
    Finding fd = make_finding("R55",
        {"预算执行率" + rate_text + "、分值" + weight.to_string() + "分，按“分值×执行率（最高100%）”应得" + num(mid) + "分，报告得分" +
             points.to_string() + "分",
         "Budget execution " + rate_text + " with " + weight.to_string() + " points available gives " + num(mid) +
             " points (points × rate, capped at 100%), but " + points.to_string() + " are stated"},
        std::move(spans));
    fd.expected = num(mid) + "分";
    fd.actual = points.to_string() + "分";
    out.findings.push_back(std::move(fd));
  };
  for (const auto& r : tf.budget_rows) {
    // The row's own 执行率 against 全年执行数 ÷ 全年预算数 (R21).
    if (r.rate.present && r.budget.present && r.spent.present && !r.budget.value.is_zero()) {
      Decimal rv = r.rate.percent || r.rate.value > Decimal::from_int(2) ? r.rate.value : r.rate.value * hundred();
      int rdec = r.rate.percent ? r.rate.decimals : std::max(0, r.rate.decimals - 2);
      auto q = divide(interval_of(r.spent.value * hundred(), std::max(0, r.spent.decimals - 2)), interval_of(r.budget.value, r.budget.decimals));
      if (q) {
        Decimal shown = (r.spent.value * hundred()).div_floor(r.budget.value);
        std::string rate_txt = r.rate.value.to_string(r.rate.decimals) + (r.rate.percent ? "%" : "");
        bool ok = q->overlaps(interval_of(rv, rdec));
        out.checked.push_back({"R21", r.spent.value.to_string() + "÷" + r.budget.value.to_string() + "×100 = " + shown.to_string(2) + "%（表中" + rate_txt + "）",
                               ok ? "consistent" : "inconsistent",
                               {{r.rate.start, r.rate.end, false}, {r.spent.start, r.spent.end, false}, {r.budget.start, r.budget.end, false}}});
        if (!ok) {
          Finding fd = make_finding("R21",
              {"执行率应为" + shown.to_string(2) + "%（" + r.spent.value.to_string() + "÷" + r.budget.value.to_string() + "），表中为" + rate_txt,
               "The execution rate should be " + shown.to_string(2) + "% (" + r.spent.value.to_string() + " ÷ " +
                   r.budget.value.to_string() + "), the table says " + rate_txt},
              {{r.rate.start, r.rate.end, true}, {r.spent.start, r.spent.end, false}, {r.budget.start, r.budget.end, false}});
          fd.expected = shown.to_string(2) + "%";
          fd.actual = rate_txt;
          out.findings.push_back(std::move(fd));
        }
      }
    }
    if (!r.points.present) continue;
    Decimal weight = r.weight.present ? r.weight.value : Decimal::from_int(10);
    if (r.rate.present) {
      Decimal rv = r.rate.value;
      if (!r.rate.percent && rv <= Decimal::from_int(2)) rv = rv * hundred();  // "0.98" written as a fraction
      judge(interval_of(rv, r.rate.percent ? r.rate.decimals : std::max(0, r.rate.decimals - 2)), r.rate.value.to_string() + (r.rate.percent ? "%" : ""),
            weight, r.points.value, r.points.decimals,
            {{r.points.start, r.points.end, true}, {r.rate.start, r.rate.end, false}});
    } else if (r.budget.present && r.spent.present && !r.budget.value.is_zero()) {
      auto q = divide(interval_of(r.spent.value * hundred(), std::max(0, r.spent.decimals - 2)), interval_of(r.budget.value, r.budget.decimals));
      if (!q) continue;
      Decimal shown = (r.spent.value * hundred()).div_floor(r.budget.value);
      judge(*q, num(shown) + "%（" + r.spent.value.to_string() + "÷" + r.budget.value.to_string() + "）", weight, r.points.value,
            r.points.decimals,
            {{r.points.start, r.points.end, true}, {r.spent.start, r.spent.end, false}, {r.budget.start, r.budget.end, false}});
    }
  }
  // Prose: "预算执行率96.5%，得9.65分".
  Str s(f.text.chars());
  const LineRanges tables(f.doc.table_lines);
  for (std::size_t i = 0; i < f.quantities.size(); ++i) {
    const Quantity& q = f.quantities[i];
    if (q.kind() != UnitKind::Percent || !q.exact() || tables.contains(f.text.line_col(q.start).line)) continue;
    std::u32string l = from_utf8_lossy(q.label);
    if (!has(l, sw::kExecutionRate)) continue;
    for (std::size_t j = i + 1; j < f.quantities.size() && f.quantities[j].start < q.end + 30; ++j) {
      const Quantity& p = f.quantities[j];
      bool crossed = false;
      for (std::size_t k = q.end; k < p.start; ++k) crossed |= s[k] == U'。' || s[k] == U'；' || s[k] == U'\n';
      if (crossed) break;
      if (p.kind() != UnitKind::Score || !p.exact()) continue;
      std::u32string pl = from_utf8_lossy(p.label);
      if (!has(pl, sw::kEarned)) break;
      judge(stated_interval(q, f.precision) , q.text, Decimal::from_int(10), p.value, p.decimals,
            {span_of(p, true), span_of(q, false)});
      break;
    }
  }
}

// R51: the 分值 of a pasted 自评表. They must add up to the 总分 row's 分值 (or 100), and the
// first-level split should be the standard 预算执行率 10 / 产出 50 / 效益 30 / 满意度 10 (财预〔2020〕10号).
void check_weights(const TargetFacts& tf, const ScoreTotal* table_total, DocumentResult& out) {
  std::map<IndicatorGroup, Decimal> by_group;
  Decimal sum{}, budget{};
  std::size_t n = 0;
  bool budget_row = false;
  std::vector<Span> spans;
  for (const auto& r : tf.rows) {
    if (!r.weight.present || r.target == kNone) continue;
    sum = sum + r.weight.value;
    by_group[tf.targets[r.target].group] = by_group[tf.targets[r.target].group] + r.weight.value;
    spans.push_back({r.weight.start, r.weight.end, false});
    ++n;
  }
  // A 其中 row of the funds block repeats its share of the 分值 the 年度资金总额 row holds.
  for (const auto& b : tf.budget_rows)
    if (b.weight.present && !b.part) {
      sum = sum + b.weight.value;
      budget = budget + b.weight.value;
      budget_row = true;
      spans.push_back({b.weight.start, b.weight.end, false});
      ++n;
    }
  // An indicator grid cut by the end of the excerpt lacks rows: neither its sum nor its split is known.
  if (n < 3 || (tf.cut_table && !table_total)) return;
  Decimal expected = table_total && table_total->weight.present ? table_total->weight.value : Decimal::from_int(100);
  {
    std::vector<Span> in = spans;
    if (table_total && table_total->weight.present) in.insert(in.begin(), Span{table_total->weight.start, table_total->weight.end, false});
    out.checked.push_back({"R51", "Σ分值 = " + sum.to_string() + "（总分" + expected.to_string() + "）", sum == expected ? "consistent" : "inconsistent",
                           std::move(in)});
  }
  if (sum != expected) {
    std::vector<Span> sp = spans;
    if (table_total && table_total->weight.present)
      sp.insert(sp.begin(), Span{table_total->weight.start, table_total->weight.end, true});
    else if (!sp.empty())
      sp.front().primary = true;
    Finding fd = make_finding("R51",
        {"自评表各项分值之和为" + sum.to_string() + "分，总分应为" + expected.to_string() + "分",
         "The 自评表 weights add up to " + sum.to_string() + ", the total is " + expected.to_string()},
        sp);
    fd.expected = expected.to_string();
    fd.actual = sum.to_string();
    fd.hint = {"分值之和不等于总分时，得分无法折算为百分制：请核对各指标分值", "Check the indicator weights: they must add up to the total"};
    out.findings.push_back(std::move(fd));
    return;
  }
  if (expected != Decimal::from_int(100) || !budget_row) return;
  struct Standard { IndicatorGroup g; int points; };
  const Standard standard[] = {{IndicatorGroup::Output, 50}, {IndicatorGroup::Benefit, 30}, {IndicatorGroup::Satisfaction, 10}};
  std::string split_zh = "预算执行率" + budget.to_string();
  bool standard_split = budget == Decimal::from_int(10);
  for (const auto& st : standard) {
    Decimal got = by_group.count(st.g) ? by_group[st.g] : Decimal{};
    split_zh += "、" + std::string(group_name_zh(st.g)) + got.to_string();
    standard_split &= got == Decimal::from_int(st.points);
  }
  if (standard_split || by_group.count(IndicatorGroup::Unknown)) return;
  Finding fd = make_finding("R51",
      {"自评表一级指标分值为" + split_zh + "，与通行的预算执行率10、产出50、效益30、满意度10不同",
       "The first-level weights (" + split_zh + ") differ from the standard 10 / 50 / 30 / 10"},
      spans);
  fd.severity = Severity::Warning;
  fd.hint = {"调整权重应有特殊理由并加以说明", "A non-standard split needs a stated reason"};
  out.findings.push_back(std::move(fd));
}

// R50 (table): each row's points ≤ 分值 and not above 分值 × completion; Σ得分 = 总分.
bool check_table_points(const TargetFacts& tf, const std::vector<Quantity>& qs, const ScoreTotal* table_total,
                        DocumentResult& out) {
  bool table_mode = false;
  for (const auto& r : tf.rows) table_mode |= r.points.present;
  if (!table_mode) return false;
  // Each row: points ≤ 分值, and not above 分值 × completion.
  Decimal sum = zero();
  std::size_t n = 0;
  std::vector<Span> summed;  // the points added up, for the checked record
  // Each row's pair (the last one of its target), looked up once: a scan of the pairs per row
  // was quadratic on a long 自评表.
  std::map<std::size_t, const TargetPair*> last_pair;
  for (const auto& p : tf.pairs) last_pair[p.target] = &p;
  for (std::size_t ri = 0; ri < tf.rows.size(); ++ri) {
    const ScoreRow& r = tf.rows[ri];
    if (!r.points.present) continue;
    sum = sum + r.points.value;
    summed.push_back({r.points.start, r.points.end, false});
    ++n;
    if (!r.weight.present) continue;
    const Indicator& t = tf.targets[r.target];
    std::string name = t.name;
    if (r.points.value > r.weight.value) {
      Finding fd = make_finding("R50",
          {"“" + name + "”得分" + r.points.value.to_string() + "分，超过其分值" + r.weight.value.to_string() + "分",
           "\"" + name + "\" scores " + r.points.value.to_string() + ", more than its " + r.weight.value.to_string() + " points"},
          {{r.points.start, r.points.end, true}, {r.weight.start, r.weight.end, false}});
      fd.severity = Severity::Error;
      out.findings.push_back(std::move(fd));
      continue;
    }
    auto pi = last_pair.find(r.target);
    if (pi == last_pair.end()) continue;
    const TargetPair* pp = pi->second;
    Share sh = score_pair(tf, *pp, qs);
    Decimal expected = r.weight.value * sh.high;
    Interval stated = interval_of(r.points.value, r.points.decimals);
    Decimal tol = Decimal::parse("0.005").value_or(zero());
    // Qualitative rows: the band is the evaluator's call.
    if (!sh.counted || sh.high != sh.low || stated.lo <= expected + tol) {
      // An indicator whose actual falls short of its target cannot keep full marks, whatever the
      // reason given and however close it came.
      if (Evaluation ev = evaluate(tf, *pp, qs); ev.status == Status::Unmet && r.weight.value > zero() &&
                                                r.points.value >= r.weight.value) {
        std::vector<Span> sp{{r.points.start, r.points.end, true}, {r.weight.start, r.weight.end, false}};
        if (pp->actual != kNone) sp.push_back({tf.actuals[pp->actual].start, tf.actuals[pp->actual].end, false});
        Finding fd = make_finding("R50",
            {"“" + name + "”未完成目标，却得满分" + r.points.value.to_string() + "分：未达标的指标不应得满分",
             "\"" + name + "\" missed its target but keeps full marks (" + r.points.value.to_string() + ")"},
            std::move(sp));
        fd.severity = Severity::Warning;
        fd.actual = r.points.value.to_string();
        out.findings.push_back(std::move(fd));
      }
      continue;
    }
    Evaluation e = evaluate(tf, *pp, qs);
    Finding fd = make_finding("R50",
        {"“" + name + "”完成" + (e.rate ? num(*e.rate) + "%" : std::string("未达标")) + "，按“分值×完成比例”应得" + num(expected) +
             "分，表中得分" + r.points.value.to_string() + "分",
         "\"" + name + "\" is at " + (e.rate ? num(*e.rate) + "%" : std::string("below target")) + ": points × completion gives " +
             num(expected) + ", the table gives " + r.points.value.to_string()},
        {{r.points.start, r.points.end, true}, {r.weight.start, r.weight.end, false}});
    fd.severity = Severity::Warning;
    fd.expected = num(expected);
    fd.actual = r.points.value.to_string();
    out.findings.push_back(std::move(fd));
  }
  for (const auto& b : tf.budget_rows)
    if (b.points.present) {
      sum = sum + b.points.value;
      summed.push_back({b.points.start, b.points.end, false});
      ++n;
    }
  if (table_total) {
    Decimal delta = (table_total->points.value - sum).abs();
    {
      Decimal tol = Decimal::parse("0.005").value_or(zero()) * Decimal::from_int(static_cast<long long>(n + 1));
      std::vector<Span> in{{table_total->points.start, table_total->points.end, false}};
      in.insert(in.end(), summed.begin(), summed.end());
      out.checked.push_back({"R50", "Σ得分 = " + sum.to_string() + "分（总分" + table_total->points.value.to_string() + "分）",
                             delta.is_zero() ? "consistent" : delta <= tol ? "rounding" : "inconsistent", std::move(in)});
    }
    if (!delta.is_zero()) {
      Decimal tol = Decimal::parse("0.005").value_or(zero()) * Decimal::from_int(static_cast<long long>(n + 1));
      Finding fd = make_finding("R50",
          {"各项得分之和为" + sum.to_string() + "分，总分为" + table_total->points.value.to_string() + "分",
           "The points add up to " + sum.to_string() + " but the total is " + table_total->points.value.to_string()},
          {{table_total->points.start, table_total->points.end, true}});
      fd.severity = delta <= tol ? Severity::Info : Severity::Error;
      fd.expected = sum.to_string();
      fd.actual = table_total->points.value.to_string();
      out.findings.push_back(std::move(fd));
    }
  }
  return true;
}

// R50 (estimate): with no 自评表 points, the score recomputed from targets and actuals with the
// default weights, beside the stated one.
void check_score_estimate(const Facts& f, const Quantity* score, DocumentResult& out) {
  const auto& qs = f.quantities;
  const TargetFacts& tf = f.targets;
  bool any_actual = false;
  for (const auto& p : tf.pairs) any_actual |= p.actual != kNone;
  if (!any_actual) return;
  struct Acc {
    Decimal low, high;
    std::size_t n = 0, counted = 0, missing = 0;
  };
  std::map<IndicatorGroup, Acc> acc;
  for (const auto& p : tf.pairs) {
    IndicatorGroup g = tf.targets[p.target].group;
    if (g == IndicatorGroup::Unknown) g = IndicatorGroup::Output;
    Share sh = score_pair(tf, p, qs);
    Acc& a = acc[g];
    ++a.n;
    a.low = a.low + sh.low;
    if (sh.counted) { a.high = a.high + sh.high; ++a.counted; }
    if (sh.missing) ++a.missing;
  }
  auto weight = [](IndicatorGroup g) {
    return Decimal::from_int(g == IndicatorGroup::Output ? 50 : g == IndicatorGroup::Benefit ? 30 : 10);
  };
  Decimal low_pts, low_w, high_pts, high_w;
  std::string detail_zh, detail_en, missing_zh, missing_en;
  for (auto g : {IndicatorGroup::Output, IndicatorGroup::Benefit, IndicatorGroup::Satisfaction}) {
    auto it = acc.find(g);
    if (it == acc.end()) continue;
    const Acc& a = it->second;
    Decimal w = weight(g);
    Decimal lp = (w * a.low).div_floor(Decimal::from_int(static_cast<long long>(a.n)));
    low_pts = low_pts + lp;
    low_w = low_w + w;
    if (a.counted > 0) {
      Decimal hp = (w * a.high).div_floor(Decimal::from_int(static_cast<long long>(a.counted)));
      high_pts = high_pts + hp;
      high_w = high_w + w;
      std::string range = num(lp) == num(hp) ? num(hp) : num(lp) + "～" + num(hp);
      detail_zh += (detail_zh.empty() ? "" : "；") + std::string(group_name_zh(g)) + std::to_string(a.n) + "项得" + range + "分（满分" +
                   w.to_string() + "）";
      detail_en += (detail_en.empty() ? "" : "; ") + std::string(group_name_en(g)) + " " + std::to_string(a.n) + " indicator(s): " +
                   range + " of " + w.to_string();
    }
    if (a.missing > 0) {
      missing_zh += (missing_zh.empty() ? "" : "、") + std::string(group_name_zh(g)) + std::to_string(a.missing) + "项";
      missing_en += (missing_en.empty() ? "" : ", ") + std::to_string(a.missing) + " " + std::string(group_name_en(g));
    }
  }
  const Quantity* rate = stated_execution_rate(f);
  std::string exec_zh, exec_en;
  if (rate) {
    Decimal pts = (min_d(rate->value, hundred()) * Decimal::from_int(10)).div_floor(hundred());
    low_pts = low_pts + pts;
    high_pts = high_pts + pts;
    low_w = low_w + Decimal::from_int(10);
    high_w = high_w + Decimal::from_int(10);
    exec_zh = "；预算执行率" + rate->text + "得" + num(pts) + "分（满分10）";
    exec_en = "; budget execution " + rate->text + ": " + num(pts) + " of 10";
  } else {
    exec_zh = "；报告未写预算执行率，该项（10分）未计入";
    exec_en = "; the report states no budget execution rate, so its 10 points are left out";
  }
  if (!low_w.is_zero() && !high_w.is_zero()) {
    Decimal low = (low_pts * hundred()).div_floor(low_w);
    Decimal high = (high_pts * hundred()).div_floor(high_w);
    std::string range = num(low) == num(high) ? num(high) : num(low) + "～" + num(high);
    std::string miss_zh = missing_zh.empty() ? ""
                                             : "；" + missing_zh + "没有可比的实际完成值，下限按0分计，上限不计入";
    std::string miss_en = missing_en.empty() ? "" : "; " + missing_en + " without comparable actuals: 0 in the lower bound, left out of the upper";
    Finding fd = make_finding("R50",
        {"参考估算（非正式评分）：按默认权重（产出50、效益30、满意度10、预算执行率10，组内各指标等权）由目标与完成值复算，"
         "折合百分制约" + range + "分；报告自评" + score->value.to_string() + "分。" + detail_zh + miss_zh + exec_zh,
         "Reference estimate (not an official score): recomputed from targets and actuals with the default weights (output 50, "
         "benefit 30, satisfaction 10, budget execution 10; equal weights within a group), about " + range +
             " out of 100; the report states " + score->value.to_string() + ". " + detail_en + miss_en + exec_en},
        {span_of(*score, true)});
    fd.expected = range;
    fd.actual = score->value.to_string();
    fd.hint = {"估算仅供参考：实际分值以自评表设定的权重和评分标准为准；附上自评表后可逐项复核",
               "An estimate only: the real weights and scoring rules are those of the 自评表; paste it to have every row checked"};
    out.findings.push_back(std::move(fd));
  }
}

}  // namespace score_detail
}  // namespace gouji
