// D: the self-score (domain rules §2 D, §3). R50 a reference estimate beside the stated score (and,
// when a 自评表 with 分值/得分 is pasted, the points recomputed), R52 grade band vs score, R53 a
// high score the report does not support, R54 no score at all, R55 预算执行率 points.
#include <algorithm>
#include <map>

#include "checks/check.h"
#include "checks/rule_table.h"
#include "facts/targets.h"
#include "lexicon/score_words.h"
#include "structure/line_ranges.h"
#include "text/chars.h"

namespace gouji {
namespace {

using namespace chars;
using Str = std::u32string_view;
namespace sw = lex::score;

// True when s holds one of `words`.
template <class Words>
bool has_any(Str s, const Words& words) {
  for (Str w : words)
    if (s.find(w) != Str::npos) return true;
  return false;
}


// Functions, not constants: Decimal's own scale is initialised dynamically in another file.
Decimal zero() { return Decimal::from_int(0); }
Decimal one() { return Decimal::from_int(1); }
Decimal hundred() { return Decimal::from_int(100); }

Decimal min_d(Decimal a, Decimal b) { return a < b ? a : b; }


// ---- the stated score ---------------------------------------------------------------------------

// "自评95分", "综合评分为97分", "自评得分88分", "总分92.5分"; not indicator points ("得9.65分") or
// weights ("产出指标（50分）").
std::vector<std::size_t> stated_scores(const Facts& f, const TargetFacts& tf) {
  std::vector<std::size_t> out;
  const LineRanges tables(f.doc.table_lines);
  for (std::size_t i = 0; i < f.quantities.size(); ++i) {
    const Quantity& q = f.quantities[i];
    if (q.kind() != UnitKind::Score || !q.exact() || q.value <= zero() || q.value > hundred()) continue;
    if (tables.contains(f.text.line_col(q.start).line)) continue;
    bool in_grid = false;
    for (const auto& r : tf.rows) in_grid |= q.start >= r.start && q.start < r.end;
    for (const auto& t : tf.totals) in_grid |= q.start >= t.start && q.start < t.end;
    if (in_grid) continue;
    std::u32string l = from_utf8_lossy(q.label);
    if (has_any(l, sw::kWeightWords)) continue;
    bool overall = has_any(l, sw::kOverallWords);
    if (overall) out.push_back(i);
  }
  return out;
}

// ---- grades -------------------------------------------------------------------------------------

enum class Grade { None, Excellent, Good, Fair, Poor };

const char* grade_zh(Grade g) {
  switch (g) {
    case Grade::Excellent: return "优";
    case Grade::Good: return "良";
    case Grade::Fair: return "中";
    case Grade::Poor: return "差";
    default: return "";
  }
}
const char* grade_en(Grade g) {
  switch (g) {
    case Grade::Excellent: return "excellent (优)";
    case Grade::Good: return "good (良)";
    case Grade::Fair: return "fair (中)";
    case Grade::Poor: return "poor (差)";
    default: return "";
  }
}
const char* band_zh(Grade g) {
  switch (g) {
    case Grade::Excellent: return "90分及以上";
    case Grade::Good: return "80（含）至90分";
    case Grade::Fair: return "60（含）至80分";
    case Grade::Poor: return "60分以下";
    default: return "";
  }
}

Grade grade_for(Decimal score) {
  if (score >= Decimal::from_int(90)) return Grade::Excellent;
  if (score >= Decimal::from_int(80)) return Grade::Good;
  if (score >= Decimal::from_int(60)) return Grade::Fair;
  return Grade::Poor;
}

struct GradeStatement {
  Grade grade = Grade::None;
  std::size_t start = 0, end = 0;  // the grade word
};

std::vector<GradeStatement> grade_statements(const Text& text) {
  Str s(text.chars());
  std::vector<GradeStatement> out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    for (Str t : sw::kGradeTriggers) {
      if (!begins(s.substr(i), t)) continue;
      std::size_t k = i + t.size();
      while (k < s.size() && k - i - t.size() < 3 &&
             (sw::kGradeCopulas.find(s[k]) != Str::npos || s[k] == U'：' || s[k] == U':' || s[k] == U'“' || s[k] == U'"' ||
              s[k] == U'「' || s[k] == U'『' || s[k] == U'（' || s[k] == U'(' || is_space(s[k])))
        ++k;
      for (const auto& tok : sw::kGradeTokens) {
        if (!begins(s.substr(k), tok.w)) continue;
        std::size_t e = k + tok.w.size();
        char32_t next = e < s.size() ? s[e] : U'。';
        // "优化", "中心", "差异" are words, not grades; "优等", "优级" are.
        if (is_han(next) && sw::kGradeSuffixes.find(next) == Str::npos) break;
        out.push_back({static_cast<Grade>(tok.g), k, e});
        break;
      }
      i = k;
      break;
    }
  }
  return out;
}

// ---- partial-year and admitted problems -----------------------------------------------------------

// Problems the report itself admits in its 存在问题 section.
std::vector<std::pair<std::size_t, std::size_t>> admitted_problems(const Facts& f) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  Str s(f.text.chars());
  const auto& hs = f.doc.headings;
  for (std::size_t h = 0; h < hs.size(); ++h) {
    std::u32string t = from_utf8_lossy(hs[h].title);
    if (!has_any(t, sw::kProblemTitles) || has_any(t, sw::kRemedyTitles) || hs[h].parent != kNone) continue;
    std::size_t end = s.size();
    for (std::size_t k = h + 1; k < hs.size(); ++k)
      if (hs[k].depth <= hs[h].depth) { end = hs[k].marker_start; break; }
    for (std::size_t i = hs[h].marker_start; i < end; ++i)
      for (Str w : sw::kAdmittedProblems)
        if (begins(s.substr(i, end - i), w)) {
          out.push_back({i, i + w.size()});
          i += w.size() - 1;
          break;
        }
  }
  return out;
}

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

std::string num(Decimal d) { return d.to_string(2); }

// The stated 预算执行率 (prose), for the estimate.
const Quantity* stated_execution_rate(const Facts& f) {
  for (const auto& q : f.quantities) {
    if (q.kind() != UnitKind::Percent || !q.exact()) continue;
    std::u32string l = from_utf8_lossy(q.label);
    if (has_any(l, sw::kBudgetExecutionRates) || l == sw::kExecutionRate) return &q;
  }
  return nullptr;
}

Interval interval_of(Decimal v, int decimals) { return Interval::rounded(v, decimals); }

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

}  // namespace

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
  for (const auto& b : tf.budget_rows)
    if (b.weight.present) {
      sum = sum + b.weight.value;
      budget = budget + b.weight.value;
      budget_row = true;
      spans.push_back({b.weight.start, b.weight.end, false});
      ++n;
    }
  if (n < 3) return;
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

void check_scores(const Facts& f, DocumentResult& out) {
  const auto& qs = f.quantities;
  const TargetFacts& tf = f.targets;
  std::vector<std::size_t> scores = stated_scores(f, tf);
  const Quantity* score = scores.empty() ? nullptr : &qs[scores.front()];
  const ScoreTotal* table_total = nullptr;
  for (const auto& t : tf.totals)
    if (t.points.present) { table_total = &t; break; }
  // The 分值 total may stand alone (a form whose 得分 column is still blank).
  const ScoreTotal* weight_total = table_total;
  for (const auto& t : tf.totals)
    if (!weight_total && t.weight.present) weight_total = &t;
  std::vector<GradeStatement> grades = grade_statements(f.text);

  // R52: the grade must match the band of the score it stands with.
  for (const auto& g : grades) {
    const Quantity* near = nullptr;
    std::size_t line = f.text.line_col(g.start).line;
    for (std::size_t i : scores) {
      std::size_t ql = f.text.line_col(qs[i].start).line;
      if (ql == line || (ql < line && line - ql <= 2)) near = &qs[i];
    }
    if (!near) continue;
    Grade should = grade_for(near->value);
    if (should == g.grade) continue;
    Finding fd = make_finding("R52",
        {"自评得分" + near->value.to_string() + "分对应等级应为“" + grade_zh(should) + "”（" + band_zh(should) + "），报告为“" +
             grade_zh(g.grade) + "”",
         "A score of " + near->value.to_string() + " is graded " + grade_en(should) + ", but the report says " + grade_en(g.grade)},
        {{g.start, g.end, true}, span_of(*near, false)});
    fd.expected = grade_zh(should);
    fd.actual = grade_zh(g.grade);
    fd.hint = {"等级划分：90分及以上为优，80（含）至90分为良，60（含）至80分为中，60分以下为差",
               "Bands: ≥ 90 excellent, 80–90 good, 60–80 fair, < 60 poor"};
    out.findings.push_back(std::move(fd));
  }

  // R54: a self-evaluation report without a score.
  if (!score && !table_total && !f.kind.excerpt()) {  // an excerpt's score may stand on a page not given
    Str s(f.text.chars());
    std::size_t head_end = std::min<std::size_t>(s.size(), 200);
    // (A pasted 自评表 on its own is an excerpt: its score is in the 总分 row, when pasted.)
    std::size_t at = Str(s.substr(0, head_end)).find(sw::kSelfEvaluationReport);
    if (at != Str::npos) {
      std::string grade_zh_txt = grades.empty() ? "" : std::string("（只写了等级“") + grade_zh(grades.front().grade) + "”）";
      std::string grade_en_txt = grades.empty() ? "" : std::string(" (only the grade ") + grade_en(grades.front().grade) + ")";
      Finding fd = make_finding("R54",
          {"这是一份自评报告，但全文没有给出自评得分" + grade_zh_txt + "，无法核对评价结论",
           "This is a self-evaluation report but it states no score anywhere" + grade_en_txt + ", so its conclusion cannot be checked"},
          {{at, at + 4, true}});
      fd.hint = {"应在“自评结果”部分写明自评得分和等级（如“自评得分92分，等级为优”）",
                 "State the score and grade in the results section (e.g. \"自评得分92分，等级为优\")"};
      out.findings.push_back(std::move(fd));
    }
  }

  check_execution_points(f, tf, out);
  check_weights(tf, weight_total, out);

  // R50 (table): the 自评表's points recomputed.
  bool table_mode = false;
  for (const auto& r : tf.rows) table_mode |= r.points.present;
  if (table_mode) {
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
  }

  // R50: the score the text states against the 自评表's own 总分.
  if (score && table_total && table_total->points.present)
    out.checked.push_back({"R50", "正文自评得分" + score->value.to_string() + "分 = 自评表总分" + table_total->points.value.to_string() + "分",
                           score->value == table_total->points.value ? "consistent"
                           : interval_of(table_total->points.value, score->decimals).contains(score->value) ||
                                   interval_of(score->value, table_total->points.decimals).contains(table_total->points.value)
                               ? "rounding"
                               : "inconsistent",
                           {span_of(*score, false), {table_total->points.start, table_total->points.end, false}}});
  if (score && table_total && table_total->points.present && score->value != table_total->points.value) {
    bool rounding = interval_of(table_total->points.value, score->decimals).contains(score->value) ||
                    interval_of(score->value, table_total->points.decimals).contains(table_total->points.value);
    std::string s_txt = score->value.to_string(), t_txt = table_total->points.value.to_string();
    Finding fd = make_finding("R50",
        {"正文自评得分" + s_txt + "分，自评表总分为" + t_txt + "分" + (rounding ? "（取整差异）" : ""),
         "The text states a score of " + s_txt + " but the 自评表 totals " + t_txt + (rounding ? " (rounded)" : "")},
        {span_of(*score, true), {table_total->points.start, table_total->points.end, false}});
    // 96.5 written as "96分" is still a different score on the record; 96 vs 90 is an error.
    fd.severity = (table_total->points.value - score->value).abs() < Decimal::from_int(1) ? Severity::Warning : Severity::Error;
    fd.expected = t_txt;
    fd.actual = s_txt;
    out.findings.push_back(std::move(fd));
  }

  // R50 (estimate): no 自评表 points, a stated score, targets with actuals.
  bool any_actual = false;
  for (const auto& p : tf.pairs) any_actual |= p.actual != kNone;
  if (score && !table_mode && any_actual) {
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

  // R53: a high score the report itself does not support.
  Decimal stated = score ? score->value : table_total ? table_total->points.value : zero();
  if (stated >= Decimal::from_int(90)) {
    std::vector<std::string> why_zh, why_en;
    std::vector<Span> spans;
    if (score) spans.push_back(span_of(*score, true));
    else spans.push_back({table_total->points.start, table_total->points.end, true});
    std::size_t unexplained = 0;
    std::map<IndicatorGroup, std::size_t> without;
    for (const auto& p : tf.pairs) {
      const Indicator& t = tf.targets[p.target];
      if (p.actual == kNone) {
        if (t.group == IndicatorGroup::Benefit || t.group == IndicatorGroup::Satisfaction) ++without[t.group];
        continue;
      }
      Evaluation e = evaluate(tf, p, qs);
      if (e.status == Status::Unmet && !deviation_reason(f.text, tf, p, qs)) {
        ++unexplained;
        if (spans.size() < 12) spans.push_back({tf.actuals[p.actual].start, tf.actuals[p.actual].end, false});
      }
    }
    if (unexplained > 0) {
      why_zh.push_back(std::to_string(unexplained) + "项目标未完成且未说明原因");
      why_en.push_back(std::to_string(unexplained) + " target(s) missed without a reason");
    }
    if (!without.empty()) {
      std::string g_zh, g_en;
      for (const auto& [g, n] : without) {
        g_zh += (g_zh.empty() ? "" : "、") + std::string(group_name_zh(g));
        g_en += (g_en.empty() ? "" : ", ") + std::string(group_name_en(g));
      }
      why_zh.push_back(g_zh + "没有实际完成值");
      why_en.push_back("no actuals for the " + g_en + " targets");
    }
    auto marks = partial_year_marks(f.text);
    if (!marks.empty()) {
      std::string ex;
      std::size_t shown = 0;
      for (const auto& [b, e] : marks) {
        std::string w = f.text.utf8(b, e);
        if (ex.find("“" + w + "”") != std::string::npos) continue;
        if (shown++ < 3) ex += "“" + w + "”";
        if (spans.size() < 16) spans.push_back({b, e, false});
      }
      why_zh.push_back("完成情况含非全年数据（" + ex + "等" + std::to_string(marks.size()) + "处）");
      why_en.push_back(std::to_string(marks.size()) + " partial-year figures (截至目前, 1-10月 …)");
    }
    auto problems = admitted_problems(f);
    if (!problems.empty()) {
      std::string ex;
      for (const auto& [b, e] : problems) {
        std::string w = "“" + f.text.utf8(b, e) + "”";
        if (ex.find(w) == std::string::npos) ex += (ex.empty() ? "" : "、") + w;
        if (spans.size() < 20) spans.push_back({b, e, false});
      }
      why_zh.push_back("存在问题部分承认" + ex);
      why_en.push_back("the problems section admits " + ex);
    }
    if (!why_zh.empty()) {
      std::string zh, en;
      for (const auto& w : why_zh) zh += (zh.empty() ? "" : "；") + w;
      for (const auto& w : why_en) en += (en.empty() ? "" : "; ") + w;
      std::string sv = stated.to_string();
      Finding fd = make_finding("R53", {"自评得分" + sv + "分可能偏高，缺乏支撑：" + zh, "The self-score of " + sv + " may be too high: " + en},
                                std::move(spans));
      fd.hint = {"高分应有完整、全年、可核实的完成数据支撑；未完成的指标应按完成比例扣分并说明原因",
                 "A high score needs complete, full-year, verifiable actuals; missed targets lose points in proportion and need reasons"};
      out.findings.push_back(std::move(fd));
    }
  }
}

}  // namespace gouji
