// R14: a total quoted in the prose equals the table's 合计 cell and its column sum.
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
namespace {

using namespace table_detail;

// A table with one figure column (a 分配表: 村名 | 金额 | 科目): the money the prose names with the
// table's title ("现下达省级乡村振兴试点示范资金299.424万元" above "省级乡村振兴试点示范专项资金分配表")
// is its 合计.
void check_titled_total(const Facts& f, const Table& t, const TableGrid& g, DocumentResult& out) {
  auto cols = numeric_columns(g);
  if (cols.size() != 1 || t.total_row == kNone) return;
  const NumericCell& total = cell(g, t.total_row, cols[0]);
  if (!total.present || total.blank) return;
  // The title: the text of the two lines above the table (past a "单位：万元" line).
  std::u32string_view s(f.text.chars());
  std::size_t b = t.start;
  for (int lines = 0; b > 0 && lines < 3; ) if (s[--b] == U'\n') ++lines;
  std::u32string title(s.substr(b, t.start - b));
  if (title.size() > 120) title.erase(0, title.size() - 120);
  // The prose figures in the 3000 characters before the title (kept short: one window per table).
  std::size_t from_pos = b > 3000 ? b - 3000 : 0;
  auto from = std::lower_bound(f.quantities.begin(), f.quantities.end(), from_pos,
                               [](const Quantity& q, std::size_t at) { return q.start < at; });
  const Quantity* named = nullptr;
  for (auto it = from; it != f.quantities.end() && it->start < b; ++it) {
    if (it->kind() != UnitKind::Money || !it->exact() || it->label.empty()) continue;
    std::u32string label = from_utf8_lossy(it->label);
    if (label.size() > 40 || common_run(label, title) < 6) continue;
    named = &*it;
  }
  if (!named) return;
  Decimal scale = t.unit ? Decimal::pow10(t.unit->pow10) : named->unit ? Decimal::pow10(named->unit->pow10) : Decimal::from_int(1);
  Interval tot = g.interval(total);
  Interval prose = stated_interval(*named, f.precision);
  std::string unit = named->unit ? to_utf8(named->unit->text) : "";
  std::string total_s = total.value.to_string(total.decimals);
  bool ok = prose.overlaps(Interval{tot.lo * scale, tot.hi * scale});
  record(out, "R14", "正文" + named->label + named->text + " = 表格合计" + total_s + (t.unit ? to_utf8(t.unit->text) : unit), ok, {span_of(*named, false), input(total)});
  if (ok) return;
  Finding fd = make_finding("R14",
      {"正文“" + named->label + named->text + "”与表格合计" + total_s + unit + "不一致",
       "The text's \"" + named->label + " " + named->text + "\" differs from the table's total of " + total_s + unit},
      {span_of(*named, true), {total.start, total.end, false}});
  fd.expected = total_s + unit;
  fd.actual = named->text;
  out.findings.push_back(std::move(fd));
}

// A table without a 合计 row: the prose figure of the column's role is verified against the sum of
// the column's top-level rows when they add up to it. When they do not, nothing is established (a
// table without its total may list only some rows), so no finding.
void check_untotalled_column(const Facts& f, const Table& t, const TableGrid& g, std::size_t c, const Quantity& q,
                             DocumentResult& out) {
  Interval sum{};
  Decimal point{};
  std::size_t rows = 0;
  std::vector<Span> in{span_of(q, false)};
  for (std::size_t r = 0; r < g.cells.size(); ++r) {
    if (r < g.tree.size() && g.tree[r].level > 0) continue;  // items are inside their parent
    const NumericCell& x = cell(g, r, c);
    if (!x.present) continue;
    sum = sum + g.interval(x);
    if (!x.blank) point = point + x.value;
    if (x.end > x.start) in.push_back(input(x));
    ++rows;
  }
  if (rows == 0 || in.size() < 2) return;
  Decimal scale = t.unit ? Decimal::pow10(t.unit->pow10) : q.unit ? Decimal::pow10(q.unit->pow10) : Decimal::from_int(1);
  if (!stated_interval(q, f.precision).overlaps(Interval{sum.lo * scale, sum.hi * scale})) return;
  std::string unit = q.unit ? to_utf8(q.unit->text) : "";
  std::string tunit = t.unit ? to_utf8(t.unit->text) : unit;
  record(out, "R14", "正文" + q.label + q.value.to_string(q.decimals) + unit + " = 表格“" + t.header[c] + "”列各行之和" +
                         fmt(point, g.dominant_decimals) + tunit,
         true, std::move(in));
}

}  // namespace

void check_prose_vs_tables(const Facts& f, DocumentResult& out) {
  std::size_t prev_end = 0;
  for (const auto& t : f.doc.tables) {
    TableGrid g = table_grid(t);
    if (t.total_row != kNone) check_titled_total(f, t, g, out);
    std::size_t section = f.section_of(t.start);
    std::map<ColumnRole, const Quantity*> quoted;  // the last prose figure per role before the table
    // Quantities are in text order: only those between the previous table and this one.
    auto from = std::lower_bound(f.quantities.begin(), f.quantities.end(), prev_end,
                                 [](const Quantity& q, std::size_t at) { return q.start < at; });
    for (auto it = from; it != f.quantities.end() && it->start < t.start; ++it) {
      const Quantity& q = *it;
      if (q.kind() != UnitKind::Money || !q.exact()) continue;
      if (f.section_of(q.start) != section) continue;
      ColumnRole role = column_role(q.label);
      if (role == ColumnRole::Other || role == ColumnRole::Index || role == ColumnRole::Label) continue;
      quoted[role] = &q;
    }
    for (const auto& [role, q] : quoted) {
      auto c = g.column_of(role);
      if (!c) continue;
      if (t.total_row == kNone) {
        check_untotalled_column(f, t, g, *c, *q, out);
        continue;
      }
      const NumericCell& total = cell(g, t.total_row, *c);
      Decimal scale = t.unit ? Decimal::pow10(t.unit->pow10) : q->unit ? Decimal::pow10(q->unit->pow10) : Decimal::from_int(1);
      Interval tot = g.interval(total);
      Interval tot_base{tot.lo * scale, tot.hi * scale};
      Interval prose = stated_interval(*q, f.precision);
      ColumnEval col = evaluate_column(g, *c, {});
      Interval col_base{col.sum.lo * scale, col.sum.hi * scale};
      std::string unit = q->unit ? to_utf8(q->unit->text) : "";
      int d = g.dominant_decimals;
      std::string total_s = total.blank ? "0" : total.value.to_string(total.decimals);
      std::string tunit = t.unit ? to_utf8(t.unit->text) : unit;
      bool ok = prose.overlaps(tot_base) && prose.overlaps(col_base);
      std::vector<Span> in{span_of(*q, false)};
      if (total.end > total.start) in.push_back(input(total));
      record(out, "R14", "正文" + q->label + q->text + " = 表格“" + t.header[*c] + "”合计" + total_s + tunit + " = 列和" + fmt(col.point, d) + tunit,
             ok, std::move(in));
      if (ok) continue;
      Finding fd = make_finding("R14", {}, {span_of(*q, true)});
      if (total.end > total.start) fd.spans.push_back({total.start, total.end, false});
      if (prose.overlaps(tot_base)) {
        fd.message = {"正文“" + q->label + q->text + "”与表格合计行一致，但“" + t.header[*c] + "”列各行相加为" + fmt(col.point, d) + unit,
                      "The text's \"" + q->label + " " + q->text + "\" matches the table's 合计 row, but the " + t.header[*c] +
                          " column adds up to " + fmt(col.point, d) + unit};
        fd.expected = fmt(col.point, d) + unit;
      } else {
        fd.message = {"正文“" + q->label + q->text + "”与表格“" + t.header[*c] + "”合计" + total_s + unit + "不一致",
                      "The text's \"" + q->label + " " + q->text + "\" differs from the table's " + t.header[*c] +
                          " total of " + total_s + unit};
        fd.expected = total_s + unit;
      }
      fd.actual = q->text;
      out.findings.push_back(std::move(fd));
    }
    prev_end = t.end;
  }
}

}  // namespace gouji
