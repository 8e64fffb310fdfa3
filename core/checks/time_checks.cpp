// G: time. R80 partial-year data in an annual report (截至目前, 截止到11月底, 1-10月 …); R81 future
// tense about the evaluated year (将在12月底前, 2024年底拟完成, 预计); R82 the year words refer to
// (今年 in a report written the next year; another year used as the evaluated one).
#include <algorithm>
#include <array>
#include <optional>

#include "checks/check.h"
#include "checks/rule_table.h"
#include "lexicon/time_words.h"
#include "numbers/dates.h"
#include "text/chars.h"

namespace gouji {
namespace {

using chars::is_digit;
using chars::starts_with;
using namespace lex::time;

constexpr std::size_t kNo = static_cast<std::size_t>(-1);

struct Match {
  std::size_t start = 0, end = 0;
};

bool is_sentence_end(char32_t c) {
  return c == U'。' || c == U'；' || c == U';' || c == U'！' || c == U'？' || c == U'!' || c == U'?' || c == U'\n';
}
bool is_clause_end(char32_t c) { return is_sentence_end(c) || c == U'，' || c == U','; }

// Sentence and clause walks stop kReach characters from where they start: prose clauses are far
// shorter, and a megabyte line without a comma (pasted text, a run of Han characters) made every
// marker on it rescan the line (quadratic).
constexpr std::size_t kReach = 500;

std::size_t sentence_end(const Text& t, std::size_t at) {
  std::size_t stop = std::min(t.size(), at + kReach);
  while (at < stop && !is_sentence_end(t.at(at))) ++at;
  return at;
}
std::size_t sentence_start(const Text& t, std::size_t at) {
  std::size_t stop = at > kReach ? at - kReach : 0;
  while (at > stop && !is_sentence_end(t.at(at - 1))) --at;
  return at;
}
std::size_t clause_start(const Text& t, std::size_t at) {
  std::size_t stop = at > kReach ? at - kReach : 0;
  while (at > stop && !is_clause_end(t.at(at - 1))) --at;
  return at;
}
std::size_t clause_end(const Text& t, std::size_t at) {
  std::size_t stop = std::min(t.size(), at + kReach);
  while (at < stop && !is_clause_end(t.at(at))) ++at;
  return at;
}

// A four-digit year followed by 年 at `at`: 2024年 → 2024 (numbers/dates.h).
int year_at(const Text& t, std::size_t at, std::size_t& end) { return read_year(t.chars(), at, end); }

// Heading titles the position stands under (innermost first).
std::vector<const Heading*> section_chain(const Facts& f, std::size_t at) {
  std::vector<const Heading*> out;
  for (std::size_t h = f.section_of(at); h != kNone; h = f.doc.headings[h].parent) out.push_back(&f.doc.headings[h]);
  return out;
}

template <class Words>
bool in_section_about(const Facts& f, std::size_t at, const Words& words) {
  for (const Heading* h : section_chain(f, at)) {
    std::u32string title = from_utf8_lossy(h->title);
    for (auto w : words)
      if (title.find(w) != std::u32string::npos) return true;
  }
  return false;
}

template <class Words>
bool title_has(const Heading& h, const Words& words) {
  std::u32string title = from_utf8_lossy(h.title);
  for (auto w : words)
    if (title.find(w) != std::u32string::npos) return true;
  return false;
}

// Sections that look forward or describe duties: future tense there is no defect. The innermost
// heading that says either way decides: "绩效目标完成情况" reports actuals although it names 绩效目标.
bool in_plan_section(const Facts& f, std::size_t at) {
  for (const Heading* h : section_chain(f, at)) {
    if (title_has(*h, kActualsTitles))
      return false;
    if (title_has(*h, kForwardTitles))
      return true;
  }
  return false;
}

// Sections describing the department as it stands (staff, units, duties): "目前共有在职人员45人"
// there is a state, not a partial-year actual.
bool in_profile_section(const Facts& f, std::size_t at) {
  return in_section_about(f, at, kProfileTitles);
}

// Quantities with a unit in [b, e): the values a time phrase tags.
// (The quantities are in text order, as the reader emits them: a binary search.)
std::vector<const Quantity*> values_in(const Facts& f, std::size_t b, std::size_t e) {
  std::vector<const Quantity*> out;
  const auto& qs = f.quantities;
  auto it = std::partition_point(qs.begin(), qs.end(), [b](const Quantity& q) { return q.start < b; });
  for (; it != qs.end() && it->start < e; ++it)
    if (it->unit) out.push_back(&*it);
  return out;
}

template <class Words>
bool contains_any(const Text& t, std::size_t b, std::size_t e, const Words& words) {
  std::u32string_view s = std::u32string_view(t.chars()).substr(b, e > b ? e - b : 0);
  for (auto w : words)
    if (s.find(w) != std::u32string_view::npos) return true;
  return false;
}

std::string list_values(const std::vector<const Quantity*>& qs) {
  std::string s;
  for (std::size_t i = 0; i < qs.size() && i < 6; ++i) {
    if (i) s += "、";
    s += qs[i]->text;
  }
  if (qs.size() > 6) s += "…";
  return s;
}

// ---- R80: partial-year markers ------------------------------------------------------------

enum class Partial { Now, Date, Range, SinceStart, Currently, MonthEnd };

struct PartialHit {
  Match m;
  Partial kind;
};

// 截至/截止(到)/到/至 + [Y年] + M月[底|末|份][D日]: a cut-off date. Returns the end, or kNo; sets
// `partial` when the date is before year-end and `year` when one is written.
std::size_t cutoff_date(const Text& t, std::size_t at, bool& partial, int& year) {
  std::size_t i = at;
  year = 0;
  std::size_t ye;
  if (int y = year_at(t, i, ye)) { year = y; i = ye; }
  std::size_t me;
  int month = read_month(t.chars(), i, me);
  if (month < 1 || month > 12) return kNo;
  i = me;
  int day = 0;
  bool month_end = false;
  if (t.at(i) == U'底' || t.at(i) == U'末') { month_end = true; ++i; }
  else if (t.at(i) == U'份') ++i;
  std::size_t de;
  if (!month_end) {
    if (int d = read_day(t.chars(), i, de)) { day = d; i = de; }
  }
  partial = month < 12 || (day > 0 && day < 31);
  if (month == 12 && month_end) partial = false;
  return i;
}

std::vector<PartialHit> partial_markers(const Facts& f, int year) {
  const Text& t = f.text;
  std::vector<PartialHit> hits;
  static const chars::FirstChars now_first(kNowWords), since_first(kSinceWords), cut_first(kCutWords),
      quarters_first(kFirstThreeQuarters);
  std::size_t covered = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (i < covered) continue;
    if (t.at(i) == U'\t' && (i == 0 || t.at(i - 1) == U'\n')) {  // table cell lines
      while (i < t.size() && t.at(i) != U'\n') ++i;
      continue;
    }
    bool done = false;
    const char32_t c = t.at(i);
    if (now_first.may_start(c))
    for (auto w : kNowWords)
      if (starts_with(t.chars(), i, w)) {
        hits.push_back({{i, i + w.size()}, Partial::Now});
        covered = i + w.size();
        done = true;
        break;
      }
    if (done) continue;
    if (since_first.may_start(c))
    for (auto w : kSinceWords)
      if (starts_with(t.chars(), i, w)) {
        hits.push_back({{i, i + w.size()}, Partial::SinceStart});
        covered = i + w.size();
        done = true;
        break;
      }
    if (done) continue;
    // 1-10月, 1月至11月, 1—11月份
    {
      std::size_t j = i;
      bool ok = (t.at(j) == U'1' || t.at(j) == U'一') && !is_digit(i > 0 ? t.at(i - 1) : U'\0') &&
                !(i > 0 && (t.at(i - 1) == U'十' || t.at(i - 1) == U'第'));
      if (ok) {
        ++j;
        if (t.at(j) == U'月') { ++j; if (t.at(j) == U'份') ++j; }
        char32_t d = t.at(j);
        if (d == U'-' || d == U'－' || d == U'—' || d == U'–' || d == U'~' || d == U'～' || d == U'至' || d == U'到') {
          ++j;
          if (t.at(j) == U'—') ++j;  // "——"
          std::size_t ne;
          int n = read_month(t.chars(), j, ne);
          if (n >= 2 && n <= 12) {
            std::size_t end = ne;
            if (t.at(end) == U'份') ++end;
            std::size_t b = i;
            std::size_t ys;
            // include a year written before: "2024年1-10月"
            if (b >= 5 && year_at(t, b - 5, ys) && ys == b) b -= 5;
            if (n < 12) hits.push_back({{b, end}, Partial::Range});
            covered = end;
            continue;
          }
        }
      }
    }
    // 前三季度
    if (quarters_first.may_start(c) && std::any_of(std::begin(kFirstThreeQuarters), std::end(kFirstThreeQuarters),
                    [&](Str w) { return starts_with(t.chars(), i, w); })) {
      hits.push_back({{i, i + 4}, Partial::Range});
      covered = i + 4;
      continue;
    }
    if (cut_first.may_start(c))
    for (auto w : kCutWords) {
      if (!starts_with(t.chars(), i, w)) continue;
      if ((w == kRangeCutWords[0] || w == kRangeCutWords[1]) && i > 0 && (is_digit(t.at(i - 1)) || t.at(i - 1) == U'月' || t.at(i - 1) == U'份'))
        break;  // a range, handled above
      bool partial = false;
      int y = 0;
      std::size_t end = cutoff_date(t, i + w.size(), partial, y);
      if (end == kNo) continue;
      covered = end;
      done = true;
      if (partial && (y == 0 || year == 0 || y == year)) hits.push_back({{i, end}, Partial::Date});
      break;
    }
    if (done) continue;
    // "11月底，全区共…": a month end opening a clause.
    // (At a clause start: the character before ends a clause — not a scan back, which was
    // quadratic on a long clause.)
    if (i == 0 || is_clause_end(t.at(i - 1)) || chars::is_space(t.at(i - 1))) {
      std::size_t me;
      int m = read_month(t.chars(), i, me);
      if (m >= 1 && m < 12 && (t.at(me) == U'底' || t.at(me) == U'末') && (t.at(me + 1) == U'，' || t.at(me + 1) == U',')) {
        hits.push_back({{i, me + 1}, Partial::MonthEnd});
        covered = me + 1;
        continue;
      }
    }
    if (starts_with(t.chars(), i, kCurrently)) {
      hits.push_back({{i, i + 2}, Partial::Currently});
      covered = i + 2;
    }
  }
  return hits;
}

// ---- R81: future tense --------------------------------------------------------------------

struct FutureHit {
  Match m;
};

std::vector<FutureHit> future_markers(const Facts& f, int year) {
  const Text& t = f.text;
  std::vector<FutureHit> out;
  // 预计 with no date is about the year's outcome only with a completion verb after it ("预计完成
  // 投资500万元"); "项目预计总投资7444.28万元" is the size of a multi-year project.
  // A plan told as history: "原计划于6月完工，实际于9月完工", "计划于3月开工，已按期开工".
  std::size_t last_clause = kNo;
  static const chars::FirstChars marker_first(kFutureMarkers);
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!marker_first.may_start(t.chars()[i])) continue;
    std::u32string_view hit;
    for (auto w : kFutureMarkers)
      if (starts_with(t.chars(), i, w)) { hit = w; break; }
    if (hit.empty()) continue;
    if (hit == kNi && (kAfterNiNotPlan.find(t.at(i + 1)) != Str::npos ||
                       (i > 0 && kBeforeNiNotPlan.find(t.at(i - 1)) != Str::npos)))
      continue;  // 拟订/拟定 (to draft), 模拟, 比拟, 虚拟
    std::size_t cb = clause_start(t, i), ce = clause_end(t, i);
    if (cb == last_clause) continue;
    // 原计划于 / 原拟: the plan as it was; 按计划于 / 依计划: done as planned.
    if (i > 0 && kBeforeMarkerAsPlanned.find(t.at(i - 1)) != std::u32string_view::npos) continue;
    // "…于2023年6月完成了": 了 after the marker in the same clause tells what happened.
    if (contains_any(t, i + hit.size(), ce, std::array<Str, 1>{kDone})) continue;
    bool planned = hit != kEstimate && std::find(std::begin(kFixedDateMarkers), std::end(kFixedDateMarkers), hit) ==
                                           std::end(kFixedDateMarkers);
    if (planned) {
      std::size_t sb = sentence_start(t, i);
      bool history = false;
      for (auto w : kHistoryWords) history |= contains_any(t, sb, sentence_end(t, i), std::array<Str, 1>{w});
      if (history) continue;
    }
    if (in_plan_section(f, i)) continue;
    if (contains_any(t, cb, ce, kLaterWords)) continue;
    // A year other than the report year makes it a plan or history.
    bool other_year = false;
    for (std::size_t k = cb; k < ce; ++k) {
      std::size_t ye;
      int y = year_at(t, k, ye);
      if (y && year && y != year) other_year = true;
    }
    if (other_year) continue;
    std::size_t a_start = kNo, a_end = kNo;
    for (std::size_t k = cb; k < ce && a_start == kNo; ++k)
      for (auto a : kYearEndAnchors)
        if (starts_with(t.chars(), k, a)) {
          a_start = k;
          a_end = k + a.size();
          std::size_t ys;
          if (k >= 5 && year_at(t, k - 5, ys) && ys == k) a_start = k - 5;  // "2024年底"
          break;
        }
    // A date right after the marker: "计划于2024年12月完成", "将于11月中旬" (a month of the evaluated
    // year, or the evaluated year itself).
    if (a_start == kNo) {
      std::size_t k = i + hit.size();
      if (k < t.size() && (t.at(k) == U'于' || t.at(k) == U'在')) ++k;
      std::size_t ye, me;
      int y = year_at(t, k, ye);
      std::size_t mk = y ? ye : k;
      int m = read_month(t.chars(), mk, me);
      if ((y == 0 || y == year) && m >= 1 && m <= 12) {
        a_start = k;
        a_end = me;
      } else if (y && y == year) {
        a_start = k;
        a_end = ye;
      }
    }
    bool estimate = hit == kEstimate;
    bool outcome = false;
    for (auto v : kOutcomeVerbs) outcome |= contains_any(t, i + hit.size(), std::min(ce, i + hit.size() + 4), std::array<Str, 1>{v});
    std::size_t verb_end = kNo;  // the outcome verb right after 预计
    for (auto v : kOutcomeVerbs)
      if (verb_end == kNo && starts_with(t.chars(), i + hit.size(), v)) verb_end = i + hit.size() + v.size();
    if (estimate && verb_end != kNo && starts_with(t.chars(), verb_end, kAttributive) &&
        contains_any(t, verb_end + 1, ce, std::array<Str, 1>{kAlready}))
      continue;
    if (a_start == kNo && !(estimate && outcome && !values_in(f, cb, ce).empty())) continue;
    std::size_t b = i, e = i + hit.size();
    if (a_start != kNo) {
      b = std::min(b, a_start);
      e = std::max(e, a_end);
    }
    // Extend to the verb phrase after the marker for readability: "将在12月底前发放到位".
    out.push_back({{b, e}});
    last_clause = cb;
  }
  return out;
}

}  // namespace

void check_time_scope(const Facts& f, DocumentResult& out) {
  const Text& t = f.text;
  // The year reported on, from the title or body (structure/genre.cpp): a publication line
  // ("公开时间:2025年10月15日") above a 2024年度决算 does not make it a 2025 report.
  int year = f.kind.year;
  std::string ys = year ? std::to_string(year) : "";

  // Partial-year figures and estimates are what a monthly or a 预算执行情况 report (预计完成, to
  // the 人大 in December), a budget or a news item consist of: R80/R81 judge annual reports.
  const bool annual = !f.kind.period_or_plan();
  auto partial = annual ? partial_markers(f, year) : std::vector<PartialHit>{};
  auto future = annual ? future_markers(f, year) : std::vector<FutureHit>{};
  // Where the values a marker tags stop: the end of the sentence or the next time marker.
  std::vector<std::size_t> starts;
  for (const auto& h : partial) starts.push_back(h.m.start);
  for (const auto& h : future) starts.push_back(h.m.start);
  std::sort(starts.begin(), starts.end());
  auto scope_end = [&](std::size_t from) {
    std::size_t e = sentence_end(t, from);
    auto it = std::upper_bound(starts.begin(), starts.end(), from);
    if (it != starts.end() && *it < e) e = *it;
    return e;
  };

  for (const auto& h : partial) {
    if (f.in_table(h.m.start)) continue;
    std::size_t se = scope_end(h.m.end);
    auto values = values_in(f, h.m.end, se);
    bool status = contains_any(t, h.m.end, se, kStatusWords);
    bool needs_value = h.kind == Partial::Range || h.kind == Partial::SinceStart || h.kind == Partial::Currently ||
                       h.kind == Partial::MonthEnd;
    if (needs_value ? values.empty() : (values.empty() && !status)) continue;
    if (h.kind == Partial::Currently && (in_plan_section(f, h.m.start) || in_profile_section(f, h.m.start))) continue;
    std::string w = t.utf8(h.m.start, h.m.end);
    std::vector<Span> spans{{h.m.start, h.m.end, true}};
    for (const Quantity* q : values) spans.push_back(span_of(*q, false));
    Finding fd;
    std::string year_zh = year ? "（" + ys + "年）" : "";
    std::string year_en = year ? " (" + ys + ")" : "";
    if (!values.empty()) {
      std::string v = list_values(values);
      fd = make_finding("R80",
          {"“" + w + "”：所列数据（" + v + "）不是全年数据，年度报告" + year_zh + "应填报截至12月31日的全年实际值",
           "\"" + w + "\": the figures (" + v + ") are not full-year data; the annual report" + year_en +
               " should give actual values as of 31 December"},
          spans);
    } else {
      fd = make_finding("R80",
          {"“" + w + "”：所述进展截至报告撰写时，不是年末情况，年度报告" + year_zh + "应反映全年实际完成情况",
           "\"" + w + "\": the progress described is as of writing, not year-end; the annual report" + year_en +
               " should state the full-year outcome"},
          spans);
    }
    fd.hint = {"改为全年（截至12月31日）数据，或说明为何只能提供部分年度数据",
               "Replace with full-year figures (as of 31 December) or explain why only part-year data exist"};
    out.findings.push_back(std::move(fd));
  }

  for (const auto& h : future) {
    if (f.in_table(h.m.start)) continue;
    std::size_t cb = clause_start(t, h.m.start), ce = clause_end(t, h.m.end);
    auto values = values_in(f, cb, ce);
    std::string w = t.utf8(h.m.start, h.m.end);
    std::string clause = t.utf8(cb, ce);
    std::vector<Span> spans{{h.m.start, h.m.end, true}};
    for (const Quantity* q : values) spans.push_back(span_of(*q, false));
    std::string v = values.empty() ? "" : "，" + list_values(values) + "为预计数而非实际数";
    std::string v_en = values.empty() ? "" : "; " + list_values(values) + " is an estimate, not an actual";
    Finding fd = make_finding("R81",
        {"“" + clause + "”：评价年度" + (year ? ys + "年" : "") + "尚未结束时撰写的内容" + v,
         "\"" + clause + "\" was written before the evaluated year" + (year ? " " + ys : "") + " ended" + v_en},
        spans);
    fd.hint = {"改为截至年末的实际完成数", "Replace with the actual outcome at year-end"};
    out.findings.push_back(std::move(fd));
  }

  if (!year) return;
  // R82: 今年 tagging a value (a report is written the year after: 今年 is ambiguous).
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (!starts_with(t.chars(), i, kThisYear)) continue;
    if (starts_with(t.chars(), i, kThisYearSince)) continue;  // R80
    if (f.in_table(i)) continue;
    std::size_t se = scope_end(i + 2);
    auto values = values_in(f, i + 2, se);
    if (values.empty()) continue;
    std::vector<Span> spans{{i, i + 2, true}};
    for (const Quantity* q : values) spans.push_back(span_of(*q, false));
    Finding fd = make_finding("R82",
        {"“今年”在此指" + ys + "年（报告年度）；自评报告多在次年撰写，建议写明“" + ys + "年”",
         "\"今年\" (this year) here means " + ys + ", the report year; reports are written the following year, so "
             "write \"" + ys + "年\""},
        spans);
    fd.fixes.push_back({{i, i + 2, true}, ys + "年"});
    out.findings.push_back(std::move(fd));
  }
  // R82: another year written where the evaluated year's accounts are meant ("2023年部门决算收入…"
  // in a 2024 report), with no comparison, history or plan around it.
  for (std::size_t i = 0; i + 5 < t.size(); ++i) {
    std::size_t ye;
    int y = year_at(t, i, ye);
    if (!y || y == year) continue;
    if (f.in_table(i)) continue;
    std::size_t k = ye;
    if (t.at(k) == U'度') ++k;
    while (k < t.size() && k < ye + 4 && kUnitChars.find(t.at(k)) != Str::npos)
      ++k;
    bool account = false;
    for (auto w : kAccountWords)
      if (starts_with(t.chars(), k, w) || starts_with(t.chars(), ye + (t.at(ye) == U'度' ? 1 : 0), w)) account = true;
    if (!account) continue;
    std::size_t cb = clause_start(t, i), se = sentence_end(t, i);
    // The evaluated year written in the same sentence: two years side by side are a comparison
    // ("2023年决算支出1200万元，2024年决算支出1300万元").
    bool both_years = false;
    {
      std::size_t sb = sentence_start(t, i);
      for (std::size_t k = sb; k < se && !both_years; ++k) {
        std::size_t e2;
        both_years = year_at(t, k, e2) == year;
      }
    }
    if (both_years) continue;
    if (contains_any(t, cb, se, kComparisonWords))
      continue;
    std::string w = t.utf8(i, ye);
    Finding fd = make_finding("R82",
        {"报告年度为" + ys + "年，此处却写“" + w + "”作为本年数据：年份可能沿用了往年报告",
         "The report year is " + ys + " but \"" + w + "\" is used for the year's own figures: the year may be left over "
             "from an earlier report"},
        {{i, ye, true}});
    fd.severity = Severity::Warning;
    fd.fixes.push_back({{i, ye, true}, ys + "年"});
    out.findings.push_back(std::move(fd));
  }
}

}  // namespace gouji
