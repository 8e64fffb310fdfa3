// Targets and actuals read from a pasted 自评表: its grids (tab-separated lines or the document's
// tables), their columns and cells.
#include "facts/targets.h"

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <set>

#include "facts/targets_internal.h"
#include "lexicon/target_words.h"
#include "numbers/dates.h"
#include "text/chars.h"

namespace gouji {
namespace target_detail {

// ---- tables (自评表) -------------------------------------------------------------------------


int header_hits(const std::vector<GCell>& row) {
  int n = 0;
  for (const auto& c : row) {
    Str t = c.text;
    if (t.empty() || t.size() > 16) continue;
    if (has_any(t, kHeaderWords))
      ++n;
  }
  return n;
}

// Tab-separated rows, split without dropping leading empty cells (merged 一级/二级 columns).
std::vector<Grid> tsv_grids(Str s, const std::vector<LineSpan>& lines, std::set<std::size_t>& grid_lines) {
  std::vector<Grid> out;
  Grid* cur = nullptr;
  for (const auto& l : lines) {
    if (count_char(s, l.start, l.end, U'\t') < 2) { cur = nullptr; continue; }
    std::vector<GCell> row;
    std::size_t b = l.start;
    for (std::size_t i = l.start; i <= l.end; ++i) {
      if (i == l.end || s[i] == U'\t') {
        std::size_t x = b, y = i;
        while (x < y && is_space(s[x])) ++x;
        while (y > x && (is_space(s[y - 1]) || s[y - 1] == U'\r')) --y;
        row.push_back({x, y, compact(s.substr(x, y - x))});
        b = i + 1;
      }
    }
    if (header_hits(row) >= 2) {
      out.push_back({});
      cur = &out.back();
      for (const auto& c : row) cur->header.push_back(c.text);
      grid_lines.insert(l.number);
      continue;
    }
    if (!cur) continue;
    grid_lines.insert(l.number);
    row.resize(std::max(row.size(), cur->header.size()));
    cur->rows.push_back(std::move(row));
  }
  return out;
}

std::vector<Grid> doc_grids(const Document& doc) {
  std::vector<Grid> out;
  for (const auto& t : doc.tables) {
    if (t.source == "tsv") continue;  // read above, with merged cells kept in place
    Grid g;
    for (const auto& h : t.header) g.header.push_back(compact(from_utf8_lossy(h)));
    std::vector<GCell> hrow;
    for (const auto& h : g.header) hrow.push_back({0, 0, h});
    if (header_hits(hrow) < 2) continue;
    for (const auto& r : t.rows) {
      std::vector<GCell> row(t.columns);
      for (const auto& c : r)
        if (c.column < row.size()) row[c.column] = {c.start, c.end, compact(from_utf8_lossy(c.text))};
      g.rows.push_back(std::move(row));
    }
    g.cut = t.cut;
    out.push_back(std::move(g));
  }
  return out;
}

CellNumber cell_num(const GCell& c) {
  CellNumber n;
  std::string ascii;
  int decimals = 0;
  bool dot = false, percent = false;
  for (char32_t ch : c.text) {
    if (is_digit(ch)) {
      ascii += static_cast<char>('0' + digit_value(ch));
      if (dot) ++decimals;
    } else if (is_decimal_point(ch) && !dot) {
      ascii += '.';
      dot = true;
    } else if ((ch == U'%' || ch == U'％') && !percent) {
      percent = true;
    } else if (ch == U',' || ch == U'，') {
      continue;
    } else if (ch == U'分' && !ascii.empty()) {
      continue;
    } else {
      return n;
    }
  }
  auto v = Decimal::parse(ascii);
  if (!v) return n;
  n.present = true;
  n.value = *v;
  n.decimals = decimals;
  n.percent = percent;
  n.start = c.start;
  n.end = c.end;
  return n;
}

template <class Words, class NotWords = std::array<Str, 0>>
int find_col(const Grid& g, const Words& words, const NotWords& not_words = {}) {
  for (Str w : words)
    for (std::size_t i = 0; i < g.header.size(); ++i) {
      Str h = g.header[i];
      bool bad = false;
      for (Str n : not_words) bad |= has(h, n);
      if (!bad && has(h, w)) return static_cast<int>(i);
    }
  return -1;
}

void Reader::read_grid(const Grid& g, std::size_t table_index) {
  int c_name = find_col(g, kColName);
  int c_l1 = find_col(g, kColLevel1);
  int c_l2 = find_col(g, kColLevel2);
  int c_target = find_col(g, kColTarget, kColTargetNot);
  int c_actual = find_col(g, kColActual);
  int c_weight = find_col(g, kColWeight);
  int c_points = find_col(g, kColPoints);
  int c_reason = find_col(g, kColReason);
  int c_budget = find_col(g, kColBudget, kColBudgetNot);
  int c_spent = find_col(g, kColSpent);
  int c_rate = find_col(g, kColRate);
  int c_initial = find_col(g, kColInitial);
  auto cell = [&](const std::vector<GCell>& r, int c) -> const GCell* {
    return c >= 0 && static_cast<std::size_t>(c) < r.size() ? &r[c] : nullptr;
  };
  auto row_extent = [&](const std::vector<GCell>& r, std::size_t& b, std::size_t& e) {
    b = kNone;
    e = 0;
    for (const auto& c : r)
      if (c.end > c.start) { b = std::min(b, c.start); e = std::max(e, c.end); }
  };
  bool budget_grid = c_rate >= 0 || (c_budget >= 0 && c_spent >= 0);
  if (budget_grid && c_target < 0) {
    bool first = true;
    for (const auto& r : g.rows) {
      BudgetRow br;
      for (const auto& c : r)
        if (!c.text.empty()) { br.label = to_utf8(c.text); break; }
      if (const GCell* c = cell(r, c_initial)) br.initial = cell_num(*c);
      if (const GCell* c = cell(r, c_budget)) br.budget = cell_num(*c);
      if (const GCell* c = cell(r, c_spent)) br.spent = cell_num(*c);
      if (const GCell* c = cell(r, c_rate)) br.rate = cell_num(*c);
      if (const GCell* c = cell(r, c_weight)) br.weight = cell_num(*c);
      if (const GCell* c = cell(r, c_points)) br.points = cell_num(*c);
      row_extent(r, br.start, br.end);
      if (br.start == kNone) continue;
      br.first = first;
      br.part = !first;
      if (br.points.present || br.rate.present) {
        tf.budget_rows.push_back(br);
        first = false;
      }
    }
    return;
  }
  if (c_target < 0 || c_actual < 0 || c_name < 0) return;
  tf.has_target_part = tf.has_actual_part = true;
  tf.cut_table |= g.cut;
  IndicatorGroup group = IndicatorGroup::Unknown;
  std::string subgroup;
  for (const auto& r : g.rows) {
    std::size_t rb, re;
    row_extent(r, rb, re);
    if (rb == kNone) continue;
    if (tf.actual_part_end == 0) { tf.actual_part_start = rb; tf.actual_part_end = re; }
    const GCell* first = nullptr;
    for (const auto& c : r)
      if (!c.text.empty()) { first = &c; break; }
    if (first && is_one_of(first->text, kTotalRowLabels)) {
      ScoreTotal t;
      if (const GCell* c = cell(r, c_weight)) t.weight = cell_num(*c);
      if (const GCell* c = cell(r, c_points)) t.points = cell_num(*c);
      t.start = rb;
      t.end = re;
      t.table = table_index;
      tf.totals.push_back(t);
      continue;
    }
    if (const GCell* c = cell(r, c_l1); c && !c->text.empty()) {
      IndicatorGroup gg = group_in_title(c->text);
      if (gg != IndicatorGroup::Unknown) group = gg;
      if (c_l2 < 0) subgroup.clear();
    }
    if (const GCell* c = cell(r, c_l2); c && !c->text.empty() && c_l2 != c_name) {
      subgroup = to_utf8(c->text);
      IndicatorGroup gg = group_in_title(c->text);
      if (gg == IndicatorGroup::Unknown) {
        for (const auto& w : kGroupLabels)
          if (begins(c->text, w.word)) { gg = w.group; break; }
      }
      if (gg != IndicatorGroup::Unknown) group = gg;
    }
    const GCell* nc = cell(r, c_name);
    const GCell* tc = cell(r, c_target);
    const GCell* ac = cell(r, c_actual);
    // "预算执行率 | | | 100% | 95% | 10 | 9.5": the funds row of the indicator table (no
    // second/third-level name) scores execution, not an indicator.
    if ((!nc || nc->text.empty()) && first && has(first->text, kExecutionRate)) {
      BudgetRow br;
      br.label = to_utf8(first->text);
      if (ac) br.rate = cell_num(*ac);
      if (const GCell* c = cell(r, c_weight)) br.weight = cell_num(*c);
      if (const GCell* c = cell(r, c_points)) br.points = cell_num(*c);
      br.start = rb;
      br.end = re;
      if (br.points.present || br.rate.present) tf.budget_rows.push_back(br);
      continue;
    }
    if (!nc || nc->text.empty() || !tc || tc->text.empty()) continue;
    ScoreRow row;
    row.start = rb;
    row.end = re;
    row.table = table_index;
    if (const GCell* c = cell(r, c_weight)) row.weight = cell_num(*c);
    if (const GCell* c = cell(r, c_points)) row.points = cell_num(*c);
    if (const GCell* c = cell(r, c_reason)) {
      row.reason = to_utf8(c->text);
      row.reason_start = c->start;
      row.reason_end = c->end;
    }
    auto make = [&](const GCell& c) {
      Indicator ind;
      ind.name = text.utf8(nc->start, nc->end);
      ind.start = c.start;
      ind.end = c.end;
      ind.group = group;
      ind.subgroup = subgroup;
      ind.source = IndicatorSource::Table;
      ind.row = tf.rows.size();
      // The cell's quantities (qs are in text order): found by bisection, not from the first.
      std::size_t from = static_cast<std::size_t>(
          std::lower_bound(qs.begin(), qs.end(), c.start, [](const Quantity& q, std::size_t at) { return q.start < at; }) -
          qs.begin());
      for (std::size_t i = from; i < qs.size() && qs[i].start < c.end; ++i)
        if (!used[i] && qs[i].kind() != UnitKind::Score && qs[i].approx != Approx::About) {
          ind.quantity = i;
          used[i] = true;
          ind.comparator = comparator_of(qs[i], c.start);
          ind.unit_text = unit_after(qs[i], c.end);
          break;
        }
      if (ind.quantity == kNone) ind.name = text.utf8(nc->start, nc->end);
      ind.key = normalize_name(from_utf8_lossy(ind.name));
      return ind;
    };
    tf.targets.push_back(make(*tc));
    row.target = tf.targets.size() - 1;
    TargetPair p;
    p.target = row.target;
    p.match = MatchKind::Table;
    if (ac && !ac->text.empty()) {
      tf.actuals.push_back(make(*ac));
      row.actual = tf.actuals.size() - 1;
      p.actual = row.actual;
    }
    tf.rows.push_back(std::move(row));
    tf.pairs.push_back(p);
  }
}

}  // namespace target_detail
}  // namespace gouji
