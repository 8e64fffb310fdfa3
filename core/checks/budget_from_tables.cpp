// R29 when "…决算为X万元，完成预算的Y%" states no budget in its sentence: the budget stands in a
// 预算数 | 决算数 table (each category's pair of columns, as the 三公经费 决算表 has). The table
// restates the outturn X in a 决算 cell; the cell before it in the row is that category's budget.
// Flattened tables lose their grid, so the pair is read by cell order within the row, with the
// label row's parity; every place X is restated is a reading, and a finding needs all to fail.
#include <algorithm>

#include "checks/check.h"
#include "checks/rate_context.h"
#include "checks/rule_table.h"
#include "facts/rates.h"
#include "lexicon/lexicon.h"
#include "structure/tables.h"
#include "text/chars.h"

namespace gouji {
namespace {

constexpr std::size_t kLabelRows = 4;  // rows searched for the 预算/决算 labels
constexpr std::size_t kTables = 4;     // tables looked at per statement, nearest first
constexpr std::size_t kNear = 6000;    // code points back from the statement

// 1 for a budget label, 2 for an outturn label (决算数, 执行数), 0 otherwise; a fund's name ("一般公共预算") is
// neither.
int stage_of(const std::string& text) {
  std::u32string l = from_utf8_lossy(text);
  int stage = 0;
  for (const lex::Hit& h : lex::scan(l, 0, l.size())) {
    if (h.get(lex::Cls::Fund)) continue;  // scan is longest-match: 一般公共预算 is one word
    const lex::Entry* st = h.get(lex::Cls::Stage);
    if (st && (st->value == lex::Final || st->value == lex::Executed)) return 2;  // 决算数 or 执行数
    const lex::Entry* b = h.get(lex::Cls::Base);
    if ((b && b->value == lex::Budget) || (st && (st->value == lex::Initial || st->value == lex::Adjusted || st->value == lex::Full)))
      stage = 1;
  }
  return stage;
}

// The cell index of the first 预算 label when `labels` pairs every 决算 with a 预算 just before
// it; -1 otherwise. A last 决算 column of its own after the pairs (三公 tables' 机关运行经费决算数)
// is no pair and breaks none.
int pair_offset(const std::vector<std::string>& labels) {
  int first = -1;
  std::size_t pairs = 0;
  for (std::size_t k = 0; k < labels.size(); ++k) {
    int s = stage_of(labels[k]);
    if (s == 1 && first < 0) first = static_cast<int>(k);
    if (s != 2) continue;
    if (k + 1 == labels.size() && pairs > 0 && stage_of(labels[k - 1]) == 2) continue;
    if (k == 0 || stage_of(labels[k - 1]) != 1) return -1;
    ++pairs;
  }
  return pairs ? first : -1;
}

}  // namespace

// True when a table reading was found (and the rate checked against it).
bool check_completion_from_table(const RateContext& c, std::size_t yi, std::size_t ai) {
  const Facts& f = c.f;
  const Quantity& y = c.q(yi);
  const Quantity& a = c.q(ai);
  if (!a.unit || a.value <= Decimal{}) return false;
  Interval av = stated_interval(a, f.precision);
  struct Reading {
    Decimal budget;
    int decimals = 0;
    std::size_t start = 0, end = 0;
    RateMatch m = RateMatch::Mismatch;
  };
  std::vector<Reading> readings;
  // The nearest tables before the statement only (binary search, a few back): linear overall.
  const auto& ts = f.doc.tables;
  std::size_t end = static_cast<std::size_t>(
      std::partition_point(ts.begin(), ts.end(), [&](const Table& x) { return x.start < y.start; }) - ts.begin());
  for (std::size_t ti = end; ti-- > 0 && end - ti <= kTables && readings.size() <= 8;) {
    const Table& t = ts[ti];
    if (t.start + kNear < y.start) break;
    // The label row: the merged header or one of the first body rows.
    int offset = -1;
    std::size_t label_row = kNone;
    for (std::size_t r = 0; offset < 0 && r < t.rows.size() && r < kLabelRows; ++r) {
      std::vector<std::string> texts;
      for (const Cell& cl : t.rows[r]) texts.push_back(cl.text);
      offset = pair_offset(texts);
      if (offset >= 0) label_row = r;
    }
    if (offset < 0) offset = pair_offset(t.header);
    if (offset < 0) continue;
    Decimal scale = t.unit ? Decimal::pow10(t.unit->pow10) : Decimal::pow10(a.unit->pow10);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      if (r == label_row) continue;
      const auto& row = t.rows[r];
      // Cell order in a row read from the header's grid: use grid columns when the row has a
      // cell per column, else the order the cells are written in (a flattened row).
      for (std::size_t k = 1; k < row.size(); ++k) {
        std::string na, nb;
        if (!cell_number(row[k].text, na) || !cell_number(row[k - 1].text, nb)) continue;
        int idx = label_row == kNone ? static_cast<int>(row[k].column) : static_cast<int>(k);
        if ((idx - offset) % 2 != 1) continue;
        auto vk = Decimal::parse(na), vb = Decimal::parse(nb);
        if (!vk || !vb || *vb <= Decimal{}) continue;
        int dk = na.find('.') == std::string::npos ? 0 : static_cast<int>(na.size() - na.find('.') - 1);
        int db = nb.find('.') == std::string::npos ? 0 : static_cast<int>(nb.size() - nb.find('.') - 1);
        Interval kv = Interval::rounded(*vk, dk);
        if (!Interval{kv.lo * scale, kv.hi * scale}.overlaps(av)) continue;
        Interval bv = Interval::rounded(*vb, db);
        bv = {bv.lo * scale, bv.hi * scale};
        auto comp = percent_interval(av, bv);
        if (!comp) continue;
        readings.push_back({*vb * scale, db, row[k - 1].start, row[k - 1].end, match_rate(*comp, y, f.precision)});
      }
    }
  }
  if (readings.empty()) return false;
  const Reading* best = &readings.front();
  for (const Reading& r : readings)
    if (r.m == RateMatch::Match || (r.m == RateMatch::Truncated && best->m == RateMatch::Mismatch)) {
      best = &r;
      if (r.m == RateMatch::Match) break;
    }
  std::string b_s = format_in_unit(best->budget, a, std::max(best->decimals, a.decimals));
  std::string comp_s = fmt(percent_point(a.normalized(), best->budget), 2) + "%";
  std::vector<Span> spans = {span_of(y, true), span_of(a, false), {best->start, best->end, false}};
  std::string result = best->m == RateMatch::Match ? "consistent" : best->m == RateMatch::Truncated ? "rounding" : "inconsistent";
  c.out.checked.push_back({"R29", bare(a) + "÷" + b_s + "=" + comp_s + "（表中与决算数" + bare(a) + "成对的预算数），报告" + y.text,
                           result, spans});
  if (best->m == RateMatch::Match) return true;
  std::string unit = to_utf8(a.unit->text);
  Finding fd = make_finding(
      "R29",
      {"完成预算应为" + comp_s + "（" + bare(a) + "÷" + b_s + "，预算数取自表中与决算数" + bare(a) + "成对的预算数），报告为" + y.text,
       "The share of the budget should be " + comp_s + " (" + bare(a) + " ÷ " + b_s + unit +
           ", the budget paired with the outturn in the table), the report states " + y.text},
      spans);
  // Paired by the table's layout, not by a name: likely, not certain; truncation is 尾差.
  fd.severity = best->m == RateMatch::Truncated ? Severity::Info : Severity::Warning;
  fd.expected = comp_s;
  fd.actual = y.text;
  c.out.findings.push_back(std::move(fd));
  return true;
}

}  // namespace gouji
