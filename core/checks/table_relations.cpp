// R13 relations inside a table besides its execution rows: a parent row is the sum of its items,
// a 合计 column the sum of the columns it totals, a change row or column the growth of the two it
// compares.
#include <algorithm>
#include <map>

#include "checks/table_checks_internal.h"
#include "text/common_run.h"
#include "facts/table_model.h"
#include "lexicon/table_forms.h"
#include "structure/table_templates.h"
#include "structure/tables.h"
#include "text/chars.h"

namespace gouji {
namespace table_detail {

// A parent row equals the sum of its items in every numeric column ("三公"经费 = 1.公务用车… +
// 2.出国经费 + 3.公务接待; 类 = Σ 款). A 其中 group may list only some items: there only a sum
// above the parent is wrong.
void check_row_tree(const TableGrid& g, const std::string& unit, DocumentResult& out) {
  const Table& t = *g.table;
  std::map<std::size_t, std::vector<std::size_t>> children;
  for (std::size_t r = 0; r < g.tree.size(); ++r)
    if (g.tree[r].parent != kNone) children[g.tree[r].parent].push_back(r);
  for (const auto& [p, kids] : children) {
    if (p >= g.cells.size()) continue;
    bool complete = g.tree[kids.front()].complete;
    for (std::size_t c : numeric_columns(g)) {
      const NumericCell& total = cell(g, p, c);
      if (!total.present || total.blank) continue;
      Interval sum{};
      Decimal point{};
      std::string terms;
      std::vector<Span> related;
      int dp = 0;
      for (std::size_t k : kids) {
        Decimal v;
        sum = sum + value_interval(g, k, c, {}, &v);
        point = point + v;
        terms += (terms.empty() ? "" : "+") + v.to_string();
        const NumericCell& n = cell(g, k, c);
        if (n.end > n.start) related.push_back({n.start, n.end, false});
        dp = std::max(dp, n.decimals);
      }
      Interval stated = g.interval(total);
      const int d = std::max(g.dominant_decimals, dp);  // 89.974 stays 89.974 in an integer table
      std::string name = row_name(t, p);
      bool ok = sum.overlaps(stated) || (!complete && point < total.value);
      report_table_sum(out, name, t.header[c], ok, complete ? " = " : " ≤ ", "各分项", "the items", terms, fmt(point, d), unit,
                       total, related);
    }
  }
}

// A 合计 column equals the columns it totals in every row: a two-row header's group column its
// sub-columns (公车购置及运行费 = 车辆购置 + 车辆运行), a top-level 合计 the other top-level
// figure columns (合计 = 出国 + 接待 + 公车).
void check_total_columns(const TableGrid& g, const std::string& unit, DocumentResult& out) {
  const Table& t = *g.table;
  auto cols = numeric_columns(g);
  auto parent = [&](std::size_t c) { return c < t.column_parent.size() ? t.column_parent[c] : kNone; };
  for (std::size_t tc : cols) {
    std::vector<std::size_t> parts;
    for (std::size_t c : cols)
      if (c != tc && parent(c) == tc) parts.push_back(c);
    if (parts.empty() && parent(tc) == kNone && is_total_name(from_utf8_lossy(t.header[tc])))
      for (std::size_t c : cols)
        if (c != tc && parent(c) == kNone) parts.push_back(c);
    if (parts.size() < 2) continue;
    for (std::size_t r = 0; r < g.cells.size(); ++r) {
      const NumericCell& total = cell(g, r, tc);
      if (!total.present || total.blank) continue;
      if (!t.rows[r].empty() && is_change_row_label(from_utf8_lossy(t.rows[r][0].text))) continue;  // rates do not add
      Interval sum{};
      Decimal point{};
      std::string terms;
      std::vector<Span> related;
      bool any = false;
      int dp = 0;
      for (std::size_t c : parts) {
        const NumericCell& n = cell(g, r, c);
        any |= !n.blank;
        Decimal v;
        sum = sum + value_interval(g, r, c, {}, &v);
        point = point + v;
        terms += (terms.empty() ? "" : "+") + v.to_string();
        if (n.end > n.start) related.push_back({n.start, n.end, false});
        dp = std::max(dp, n.decimals);
      }
      if (!any) continue;
      const int d = std::max(g.dominant_decimals, dp);
      std::string name = row_name(t, r);
      bool ok = sum.overlaps(g.interval(total));
      report_table_sum(out, name, t.header[tc], ok, " = ", "各列", "its columns", terms, fmt(point, d), unit, total, related);
    }
  }
}

// A change row ("2016年比2015年增减%") equals (later − earlier) ÷ earlier × 100 of the two rows
// above it, column by column.
void check_change_rows(const TableGrid& g, DocumentResult& out) {
  const Table& t = *g.table;
  for (std::size_t r = 2; r < t.rows.size(); ++r) {
    if (t.rows[r].empty() || !is_change_row_label(from_utf8_lossy(t.rows[r][0].text))) continue;
    for (std::size_t c = 0; c < t.columns; ++c) {
      const NumericCell& stated = cell(g, r, c);
      const NumericCell& a = cell(g, r - 2, c);
      const NumericCell& b = cell(g, r - 1, c);
      if (!stated.present || stated.blank || !a.present || a.blank || !b.present || b.blank) continue;
      if (a.value == Decimal()) continue;
      Interval ia = g.interval(a), ib = g.interval(b);
      // later ÷ earlier − 1: each figure enters once, so the interval is as tight as the rounding.
      auto q = divide(ib, ia);
      if (!q) continue;
      Interval pct{(q->lo - Decimal::from_int(1)) * Decimal::from_int(100), (q->hi - Decimal::from_int(1)) * Decimal::from_int(100)};
      Decimal point = (b.value - a.value) * Decimal::from_int(100);
      auto pq = divide(Interval::exact(point), Interval::exact(a.value));
      std::string expected = pq ? pq->lo.to_string(stated.decimals) : "";
      std::string col = t.header[c];
      bool ok = pct.overlaps(Interval::rounded(stated.value, stated.decimals));
      record(out, "R13", "“" + col + "”：(" + b.value.to_string() + "−" + a.value.to_string() + ")÷" + a.value.to_string() + "×100 = " +
                             expected + "%（表中" + stated.value.to_string(stated.decimals) + "%）",
             ok, {input(stated), input(a), input(b)});
      if (ok) continue;
      Finding fd = make_finding("R13",
          {"“" + col + "”的增减率应为" + expected + "%（(" + b.value.to_string() + "−" + a.value.to_string() + ")÷" +
               a.value.to_string() + "），表中为" + stated.value.to_string(stated.decimals) + "%",
           col + ": the change is " + expected + "% ((" + b.value.to_string() + " − " + a.value.to_string() + ") ÷ " +
               a.value.to_string() + "), the table says " + stated.value.to_string(stated.decimals) + "%"},
          {{stated.start, stated.end, true}, {a.start, a.end, false}, {b.start, b.end, false}});
      fd.expected = expected + "%";
      fd.actual = stated.value.to_string(stated.decimals) + "%";
      out.findings.push_back(std::move(fd));
    }
  }
}

// A change column ("增减%", "增长率") next to the two columns it compares ("2023年决算 | 2024年决算 |
// 增减%"): each row's (later − earlier) ÷ earlier × 100.
void check_change_columns(const TableGrid& g, DocumentResult& out) {
  const Table& t = *g.table;
  for (std::size_t c = 2; c < t.columns && c < t.header.size(); ++c) {
    std::u32string h = from_utf8_lossy(t.header[c]);
    if (!is_change_row_label(h) && !(chars::has(h, lex::tables::kChangeColumnWords[0]) || chars::has(h, lex::tables::kChangeColumnWords[1]))) continue;
    std::size_t a = c - 2, b = c - 1;
    if (g.roles[a] == ColumnRole::Index || g.roles[a] == ColumnRole::Label || g.roles[b] == ColumnRole::Label) continue;
    if (non_additive_column(from_utf8_lossy(t.header[a])) || non_additive_column(from_utf8_lossy(t.header[b]))) continue;
    for (std::size_t r = 0; r < g.cells.size(); ++r) {
      const NumericCell& stated = cell(g, r, c);
      const NumericCell& x = cell(g, r, a);
      const NumericCell& y = cell(g, r, b);
      if (!stated.present || stated.blank || !x.present || x.blank || !y.present || y.blank || x.value == Decimal()) continue;
      Interval ix = g.interval(x), iy = g.interval(y);
      auto q = divide(iy, ix);
      if (!q) continue;
      Interval pct{(q->lo - Decimal::from_int(1)) * Decimal::from_int(100), (q->hi - Decimal::from_int(1)) * Decimal::from_int(100)};
      auto pq = divide(Interval::exact((y.value - x.value) * Decimal::from_int(100)), Interval::exact(x.value));
      std::string expected = pq ? pq->lo.to_string(stated.decimals) : "";
      bool ok = pct.overlaps(Interval::rounded(stated.value, stated.decimals));
      record(out, "R13", row_name(t, r) + "“" + t.header[c] + "”：(" + y.value.to_string() + "−" + x.value.to_string() + ")÷" +
                             x.value.to_string() + "×100 = " + expected + "%（表中" + stated.value.to_string(stated.decimals) + "%）",
             ok, {input(stated), input(x), input(y)});
      if (ok) continue;
      Finding fd = make_finding("R13",
          {row_name(t, r) + "的“" + t.header[c] + "”应为" + expected + "%（(" + y.value.to_string() + "−" + x.value.to_string() +
               ")÷" + x.value.to_string() + "），表中为" + stated.value.to_string(stated.decimals) + "%",
           row_name(t, r) + ", " + t.header[c] + ": the change is " + expected + "%, the table says " +
               stated.value.to_string(stated.decimals) + "%"},
          {{stated.start, stated.end, true}, {x.start, x.end, false}, {y.start, y.end, false}});
      fd.expected = expected + "%";
      fd.actual = stated.value.to_string(stated.decimals) + "%";
      out.findings.push_back(std::move(fd));
    }
  }
}

}  // namespace table_detail
}  // namespace gouji
