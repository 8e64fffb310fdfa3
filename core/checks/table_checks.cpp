// R13: every row of an execution table satisfies its identities (年初 + 上年结转 + 调整 = 可执行;
// 决算 + 结转结余 = 可执行) and every column adds up to its 合计 cell. When rows and columns
// disagree, find the smallest set of cells whose correction reconciles everything and suggest it.
// This file holds the execution rows and columns and the tools every table check shares; the
// other R13 relations are table_relations.cpp's, R14 (prose against tables) table_prose_checks.cpp's.
#include <algorithm>
#include <map>
#include <set>

#include "checks/table_checks_internal.h"
#include "text/common_run.h"
#include "facts/table_model.h"
#include "lexicon/table_forms.h"
#include "structure/table_templates.h"
#include "structure/tables.h"
#include "text/chars.h"

namespace gouji {
namespace table_detail {
namespace {

struct Eval {
  bool applicable = false, ok = true;
  Interval lhs, rhs;
  Decimal lhs_point, rhs_point;
};

Eval evaluate(const TableGrid& g, std::size_t r, const RowIdentity& id, const Overrides& ov) {
  Eval e;
  auto tc = g.column_of(id.total);
  if (!tc) return e;
  std::size_t parts_present = 0;
  for (ColumnRole p : id.parts) {
    auto pc = g.column_of(p);
    if (!pc) continue;
    ++parts_present;
    Decimal v;
    e.lhs = e.lhs + value_interval(g, r, *pc, ov, &v);
    e.lhs_point = e.lhs_point + v;
  }
  if (parts_present < 2) return e;
  // A row with no numbers at all in the identity is a heading row, not data.
  bool any = !cell(g, r, *tc).blank;
  for (ColumnRole p : id.parts)
    if (auto pc = g.column_of(p); pc && !cell(g, r, *pc).blank) any = true;
  if (!any) return e;
  e.applicable = true;
  e.rhs = value_interval(g, r, *tc, ov, &e.rhs_point);
  e.ok = e.lhs.overlaps(e.rhs);
  return e;
}

bool row_ok(const TableGrid& g, std::size_t r, const Overrides& ov) {
  for (const auto& id : row_identities()) {
    Eval e = evaluate(g, r, id, ov);
    if (e.applicable && !e.ok) return false;
  }
  return true;
}

struct Solution {
  Overrides changes;
  std::size_t cost = static_cast<std::size_t>(-1);
  std::size_t failing_columns = 0;
  std::size_t distinct_columns = 0;
};

// Parent rows whose items do not add up to them (其中 groups: only a sum above the parent), with
// the overrides applied: a correction that also mends the row tree is the likelier one. Only the
// groups an override touches (its row as parent or as item) are looked at.
using Children = std::map<std::size_t, std::vector<std::size_t>>;
std::size_t tree_failures(const TableGrid& g, const Children& children, const Overrides& ov) {
  std::set<std::pair<std::size_t, std::size_t>> groups;  // (parent, column)
  for (const auto& [rc, v] : ov) {
    if (children.count(rc.first)) groups.insert({rc.first, rc.second});
    if (rc.first < g.tree.size() && g.tree[rc.first].parent != kNone) groups.insert({g.tree[rc.first].parent, rc.second});
  }
  std::size_t n = 0;
  for (const auto& [p, c] : groups) {
    const auto& kids = children.at(p);
    const NumericCell& total = cell(g, p, c);
    if (!total.present || (total.blank && !ov.count({p, c}))) continue;
    Interval sum{};
    Decimal point{}, stated_point{};
    for (std::size_t k : kids) {
      Decimal v;
      sum = sum + value_interval(g, k, c, ov, &v);
      point = point + v;
    }
    Interval stated = value_interval(g, p, c, ov, &stated_point);
    if (!sum.overlaps(stated) && (g.tree[kids.front()].complete || point > stated_point)) ++n;
  }
  return n;
}

// Smallest set of cell corrections that makes every row and column reconcile: each failing row
// gets the single-cell change that balances all its identities; a column still off after that
// costs one more change (its 合计 cell).
Solution locate(const TableGrid& g, const std::vector<std::size_t>& bad_rows, const std::vector<std::size_t>& cols) {
  std::vector<std::vector<std::pair<std::size_t, Decimal>>> candidates;
  for (std::size_t r : bad_rows) {
    std::vector<std::pair<std::size_t, Decimal>> cand;
    for (const auto& id : row_identities()) {
      Eval e = evaluate(g, r, id, {});
      if (!e.applicable || e.ok) continue;
      std::vector<ColumnRole> involved = id.parts;
      involved.push_back(id.total);
      for (ColumnRole role : involved) {
        auto c = g.column_of(role);
        if (!c) continue;
        Decimal old = cell(g, r, *c).blank ? Decimal() : cell(g, r, *c).value;
        Decimal nv = role == id.total ? e.lhs_point : e.rhs_point - (e.lhs_point - old);
        Overrides ov{{{r, *c}, nv}};
        if (row_ok(g, r, ov)) cand.push_back({*c, nv});
      }
    }
    if (cand.empty()) return {};
    candidates.push_back(std::move(cand));
  }
  Solution best;
  Children children;
  for (std::size_t r = 0; r < g.tree.size(); ++r)
    if (g.tree[r].parent != kNone) children[g.tree[r].parent].push_back(r);
  std::vector<std::size_t> pick(bad_rows.size(), 0);
  for (std::size_t iter = 0; iter < 20000; ++iter) {
    Overrides ov;
    std::set<std::size_t> distinct;
    for (std::size_t i = 0; i < bad_rows.size(); ++i) {
      ov[{bad_rows[i], candidates[i][pick[i]].first}] = candidates[i][pick[i]].second;
      distinct.insert(candidates[i][pick[i]].first);
    }
    std::size_t failing = 0;
    if (g.table->total_row != kNone)
      for (std::size_t c : cols) failing += !evaluate_column(g, c, ov).ok;
    failing += tree_failures(g, children, ov);
    std::size_t cost = ov.size() + failing;
    if (cost < best.cost || (cost == best.cost && distinct.size() < best.distinct_columns))
      best = {ov, cost, failing, distinct.size()};
    // Next combination.
    std::size_t k = 0;
    while (k < pick.size() && ++pick[k] == candidates[k].size()) pick[k++] = 0;
    if (k == pick.size()) break;
  }
  return best;
}

}  // namespace

Interval value_interval(const TableGrid& g, std::size_t r, std::size_t c, const Overrides& ov, Decimal* point) {
  auto it = ov.find({r, c});
  if (it != ov.end()) {
    if (point) *point = it->second;
    return Interval::rounded(it->second, g.dominant_decimals);
  }
  const NumericCell& n = cell(g, r, c);
  if (point) *point = n.blank ? Decimal() : n.value;
  return g.interval(n);
}

std::vector<std::size_t> numeric_columns(const TableGrid& g) {
  std::vector<std::size_t> cols;
  for (std::size_t c = 0; c < g.roles.size(); ++c) {
    if (g.roles[c] == ColumnRole::Index || g.roles[c] == ColumnRole::Label) continue;
    if (c < g.table->header.size() && non_additive_column(from_utf8_lossy(g.table->header[c]))) continue;  // 执行率, 得分
    bool any = false;
    for (const auto& row : g.cells) any |= c < row.size() && !row[c].blank;
    if (any) cols.push_back(c);
  }
  return cols;
}

ColumnEval evaluate_column(const TableGrid& g, std::size_t c, const Overrides& ov) {
  ColumnEval e;
  std::size_t tr = g.table->total_row;
  // A 合计 row followed by a 总计 row (本年收入合计 … 年初结转和结余 … 总计): the 合计 closes the
  // rows above it; the rows after it belong to the 总计.
  std::size_t end = g.cells.size();
  for (std::size_t r = tr + 1; tr != kNone && r < g.table->rows.size(); ++r) {
    std::u32string label;
    if (!g.table->rows[r].empty())
      for (char32_t ch : from_utf8_lossy(g.table->rows[r][0].text))
        if (!chars::is_space(ch)) label += ch;
    if (is_total_name(label)) { end = tr; break; }
  }
  for (std::size_t r = 0; r < end; ++r) {
    if (r == tr || (r < g.tree.size() && g.tree[r].level > 0)) continue;  // items are inside their parent
    Decimal v;
    e.sum = e.sum + value_interval(g, r, c, ov, &v);
    e.point = e.point + v;
  }
  e.ok = e.sum.overlaps(value_interval(g, tr, c, ov, nullptr));
  return e;
}

std::string row_name(const Table& t, std::size_t r) {
  std::string label;
  for (const auto& c : t.rows[r])
    if (column_role(t.header[std::min<std::size_t>(c.column, t.header.size() - 1)]) == ColumnRole::Label ||
        (c.column == 1 && !c.text.empty()))
      label = c.text;
  // No 项目 column: the first cell that is not a number names the row ("“三公”经费").
  std::string ascii;
  if (!label.empty() && cell_number(label, ascii)) label.clear();
  if (label.empty())
    for (const auto& c : t.rows[r])
      if (!c.text.empty() && !cell_number(c.text, ascii)) { label = c.text; break; }
  std::string zh = r == t.total_row ? "合计行" : "第" + std::to_string(r + 1) + "行";
  return label.empty() || r == t.total_row ? zh : zh + "（" + label + "）";
}

void record(DocumentResult& out, const char* rule, std::string formula, bool ok, std::vector<Span> inputs) {
  out.checked.push_back({rule, std::move(formula), ok ? "consistent" : "inconsistent", std::move(inputs)});
}

void report_table_sum(DocumentResult& out, const std::string& name, const std::string& column, bool ok, const char* rel,
                      const char* what_zh, const char* what_en, const std::string& terms, const std::string& sum_s,
                      const std::string& unit, const NumericCell& total, const std::vector<Span>& related) {
  std::string stated = total.value.to_string(total.decimals) + unit;
  std::vector<Span> in{input(total)};
  in.insert(in.end(), related.begin(), related.end());
  record(out, "R13", name + "“" + column + "”：" + terms + rel + sum_s + unit + "（表中" + stated + "）", ok, std::move(in));
  if (ok) return;
  Finding fd = make_finding("R13",
      {name + "的“" + column + "”应为" + what_zh + "之和" + sum_s + unit + "（" + terms + "），表中为" + stated,
       name + ", " + column + ": " + what_en + " add up to " + sum_s + unit + " (" + terms + "), the table says " + stated},
      {{total.start, total.end, true}});
  fd.spans.insert(fd.spans.end(), related.begin(), related.end());
  fd.expected = sum_s + unit;
  fd.actual = stated;
  out.findings.push_back(std::move(fd));
}

}  // namespace table_detail

void check_tables(const Facts& f, DocumentResult& out) {
  using namespace table_detail;
  for (const auto& t : f.doc.tables) {
    TableGrid g = table_grid(t);
    check_row_tree(g, t.unit ? to_utf8(t.unit->text) : "", out);
    check_total_columns(g, t.unit ? to_utf8(t.unit->text) : "", out);
    check_change_rows(g, out);
    check_change_columns(g, out);
    const int d = g.dominant_decimals;
    std::string unit = t.unit ? to_utf8(t.unit->text) : "";
    auto cols = numeric_columns(g);

    std::vector<std::size_t> bad_rows;
    for (std::size_t r = 0; r < g.cells.size(); ++r) {
      for (const auto& id : row_identities()) {
        Eval e = evaluate(g, r, id, {});
        if (!e.applicable) continue;
        std::string terms;
        std::vector<Span> in;
        int dr = d;
        for (ColumnRole p : id.parts)
          if (auto c = g.column_of(p)) {
            const NumericCell& n = cell(g, r, *c);
            terms += (terms.empty() ? "" : "+") + t.header[*c] + (n.blank ? "0" : n.value.to_string(n.decimals));
            if (n.end > n.start) in.push_back(input(n));
            dr = std::max(dr, n.decimals);
          }
        const NumericCell& total = cell(g, r, *g.column_of(id.total));
        if (total.end > total.start) in.insert(in.begin(), input(total));
        record(out, "R13", row_name(t, r) + "：" + terms + " = " + fmt(e.lhs_point, dr) + unit + "（" + t.header[*g.column_of(id.total)] +
                               (total.blank ? "0" : total.value.to_string(total.decimals)) + unit + "）",
               e.ok, std::move(in));
      }
      if (!row_ok(g, r, {})) bad_rows.push_back(r);
    }
    std::vector<std::size_t> bad_cols;
    if (t.total_row != kNone)
      for (std::size_t c : cols) {
        const NumericCell& total = cell(g, t.total_row, c);
        if (!total.present) continue;
        ColumnEval e = evaluate_column(g, c, {});
        std::vector<Span> in{input(total)};
        for (std::size_t r = 0; r < g.cells.size(); ++r)
          if (r != t.total_row && cell(g, r, c).end > cell(g, r, c).start) in.push_back(input(cell(g, r, c)));
        record(out, "R13", "“" + t.header[c] + "”列各行之和 = " + fmt(e.point, d) + unit + "（合计行" +
                               (total.blank ? "0" : total.value.to_string(total.decimals)) + unit + "）",
               e.ok, std::move(in));
        if (!e.ok) bad_cols.push_back(c);
      }
    if (bad_rows.empty() && bad_cols.empty()) continue;

    Solution fix = bad_rows.empty() ? Solution{} : locate(g, bad_rows, cols);
    bool explains_all = !fix.changes.empty() && fix.failing_columns == 0;

    for (std::size_t r : bad_rows) {
      for (const auto& id : row_identities()) {
        Eval e = evaluate(g, r, id, {});
        if (!e.applicable || e.ok) continue;
        std::string terms_zh, terms_en;
        std::vector<Span> related;
        for (ColumnRole p : id.parts) {
          auto c = g.column_of(p);
          if (!c) continue;
          const NumericCell& n = cell(g, r, *c);
          std::string v = n.blank ? "0" : n.value.to_string(n.decimals);
          terms_zh += (terms_zh.empty() ? "" : "+") + t.header[*c] + v;
          terms_en += (terms_en.empty() ? "" : " + ") + t.header[*c] + " " + v;
          if (n.end > n.start) related.push_back({n.start, n.end, false});
        }
        auto tc = *g.column_of(id.total);
        const NumericCell& total = cell(g, r, tc);
        int d = g.dominant_decimals;  // at least the parts' own decimals (179.6 in an integer table)
        for (ColumnRole p : id.parts)
          if (auto c = g.column_of(p)) d = std::max(d, cell(g, r, *c).decimals);
        std::string stated = total.blank ? "0" : total.value.to_string(total.decimals);
        Span primary{total.start, total.end, true};
        Finding fd = make_finding("R13",
            {row_name(t, r) + "：" + terms_zh + "=" + fmt(e.lhs_point, d) + unit + "，" + t.header[tc] + "为" + stated + unit,
             row_name(t, r) + ": " + terms_en + " = " + fmt(e.lhs_point, d) + unit + ", but " + t.header[tc] +
                 " is " + stated + unit},
            {});
        fd.expected = fmt(e.lhs_point, d) + unit;
        fd.actual = stated + unit;
        // The located wrong cell becomes the primary span, with its suggested value.
        for (const auto& [rc, v] : fix.changes) {
          if (rc.first != r) continue;
          const NumericCell& wrong = cell(g, r, rc.second);
          std::string old = wrong.blank ? "（空）" : wrong.value.to_string(wrong.decimals);
          primary = {wrong.start, wrong.end, true};
          if (rc.second != tc) related.push_back({total.start, total.end, false});
          related.erase(std::remove_if(related.begin(), related.end(), [&](const Span& s) { return s.start == wrong.start; }), related.end());
          fd.fixes.push_back({{wrong.start, wrong.end, true}, fmt(v, d)});
          std::string tail_zh = explains_all ? "；按建议改正" + std::to_string(fix.changes.size()) + "个单元格后，表内各行各列全部平衡"
                                             : "";
          std::string tail_en = explains_all ? "; with the " + std::to_string(fix.changes.size()) +
                                                   " suggested corrections every row and column reconciles"
                                             : "";
          fd.hint = {"最可能出错的是“" + t.header[rc.second] + "”（" + old + "），应为" + fmt(v, d) + tail_zh,
                     "The likely wrong cell is " + t.header[rc.second] + " (" + old + "); it should be " + fmt(v, d) + tail_en};
          fd.expected = fmt(v, d) + unit;
          fd.actual = old + unit;
        }
        fd.spans.push_back(primary);
        fd.spans.insert(fd.spans.end(), related.begin(), related.end());
        out.findings.push_back(std::move(fd));
      }
    }
    for (std::size_t c : bad_cols) {
      ColumnEval e = evaluate_column(g, c, {});
      const NumericCell& total = cell(g, t.total_row, c);
      std::string stated = total.blank ? "0" : total.value.to_string(total.decimals);
      Finding fd = make_finding("R13",
          {"“" + t.header[c] + "”列各行相加为" + fmt(e.point, d) + unit + "，合计行为" + stated + unit,
           "The " + t.header[c] + " column adds up to " + fmt(e.point, d) + unit + " but its 合计 row says " + stated + unit},
          {{total.start, total.end, true}});
      for (std::size_t r = 0; r < g.cells.size(); ++r)
        if (r != t.total_row && cell(g, r, c).end > cell(g, r, c).start) fd.spans.push_back({cell(g, r, c).start, cell(g, r, c).end, false});
      fd.expected = fmt(e.point, d) + unit;
      fd.actual = stated + unit;
      bool column_fixed_by_rows = explains_all && std::any_of(fix.changes.begin(), fix.changes.end(), [&](auto& kv) { return kv.first.second == c; });
      if (column_fixed_by_rows)
        fd.hint = {"与上面几行的错误同源：按建议改正这些行的“" + t.header[c] + "”后，本列合计与合计行一致",
                   "Same cause as the row errors above: once their " + t.header[c] + " cells are corrected, the column matches the 合计 row"};
      out.findings.push_back(std::move(fd));
    }
  }
}

}  // namespace gouji
