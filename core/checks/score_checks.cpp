// D: the self-score (domain rules §2 D, §3). R52 grade band vs score, R53 a high score the report
// does not support, R54 no score at all, R50 the text's score against the 自评表's 总分; the points
// (R50 recomputed or estimated, R51 分值, R55 预算执行率 points) are in score_points.cpp.
#include <algorithm>
#include <map>

#include "checks/check.h"
#include "checks/rule_table.h"
#include "checks/score_internal.h"
#include "facts/targets.h"
#include "lexicon/score_words.h"
#include "structure/line_ranges.h"
#include "text/chars.h"

namespace gouji {

using namespace score_detail;

namespace {

using namespace chars;
using Str = std::u32string_view;
namespace sw = lex::score;

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
  static const chars::FirstChars trigger_first(sw::kGradeTriggers);
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!trigger_first.may_start(s[i])) continue;
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

// R52: the grade must match the band of the score it stands with.
void check_grades(const Facts& f, const std::vector<std::size_t>& scores, const std::vector<GradeStatement>& grades,
                  DocumentResult& out) {
  const auto& qs = f.quantities;
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
}

// R54: a self-evaluation report without a score.
void check_missing_score(const Facts& f, const Quantity* score, const ScoreTotal* table_total,
                         const std::vector<GradeStatement>& grades, DocumentResult& out) {
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
}

// R50: the score the text states against the 自评表's own 总分.
void check_text_against_table(const Quantity* score, const ScoreTotal* table_total, DocumentResult& out) {
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
}

// R53: a high score the report itself does not support.
void check_high_score(const Facts& f, const Quantity* score, const ScoreTotal* table_total, DocumentResult& out) {
  const auto& qs = f.quantities;
  const TargetFacts& tf = f.targets;
  Decimal stated = score ? score->value : table_total ? table_total->points.value : zero();
  if (stated < Decimal::from_int(90)) return;
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

}  // namespace

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
  check_grades(f, scores, grades, out);
  check_missing_score(f, score, table_total, grades, out);
  check_execution_points(f, tf, out);
  check_weights(tf, weight_total, out);
  bool table_mode = check_table_points(tf, qs, table_total, out);
  check_text_against_table(score, table_total, out);
  if (score && !table_mode) check_score_estimate(f, score, out);
  check_high_score(f, score, table_total, out);
}

}  // namespace gouji
