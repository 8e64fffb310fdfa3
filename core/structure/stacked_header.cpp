// A header that scraping flattened from a page table with row- and column-spans: every header row
// lists its own cells left to right and pads the rest with empty cells, so a cell's position says
// nothing about the columns it covers.
//   三公经费 | 机关运行经费决算数 | | | …
//   合计 | 因公出国(境)费 | 公务用车购置及运行费 | 公务接待费 | | …
//   小计 | 公务用车购置费 | 公务用车运行费 | | …
//   预算数 | 决算数 | 预算数 | 决算数 | … | 325.88
// The unit row repeats one set of column names (预算数/决算数) under every leaf of the header tree.
// The cells of each row open one cell of the row above: the one that is no leaf by its own name
// (机关运行经费决算数 already names its figure), or the one whose name they share (公务用车). The
// tree is kept only when its leaves fill the columns exactly. A short body row (empty cells
// dropped) is placed where the tree's 合计/小计 columns add up: the cells every fitting placement
// puts in the same column are kept, the others stay text (no cell is invented).
#include <algorithm>
#include <cmath>
#include <string>

#include "lexicon/table_forms.h"
#include "structure/table_build.h"
#include "structure/table_templates.h"
#include "structure/tables.h"
#include "text/chars.h"

namespace gouji {
namespace {

using namespace chars;
using Str = std::u32string_view;

std::u32string compact(const std::u32string& s) {
  std::u32string out;
  for (char32_t c : s)
    if (!is_space(c)) out += c;
  return out;
}

// The row's non-empty cells when they all stand before its empty ones (padding), else false.
bool padded_cells(const RawRow& r, std::vector<std::u32string>& out, bool& padded) {
  std::size_t n = 0;
  while (n < r.size() && !r[n].text.empty()) ++n;
  for (std::size_t k = n; k < r.size(); ++k)
    if (!r[k].text.empty()) return false;
  for (std::size_t k = 0; k < n; ++k) out.push_back(compact(r[k].text));
  padded = n < r.size();
  return n > 0;
}

bool ends_in_unit(Str s, bool longer) {
  for (Str t : lex::tables::kHeaderTails)
    if (s.size() >= t.size() + (longer ? 1 : 0) && s.substr(s.size() - t.size()) == t) return true;
  return false;
}
bool unit_named(Str s) { return ends_in_unit(s, true); }  // 机关运行经费决算数: a figure's name, no group

std::size_t common_run(Str a, Str b) {  // longest common substring (names are short)
  std::size_t best = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    for (std::size_t j = 0; j < b.size(); ++j) {
      std::size_t k = 0;
      while (i + k < a.size() && j + k < b.size() && a[i + k] == b[j + k]) ++k;
      best = std::max(best, k);
    }
  return best;
}

struct Node {
  std::u32string name;
  std::vector<std::size_t> kids;
  std::vector<std::size_t> cols;  // leaf: its columns (one per unit, or one)
};

bool number_of(const RawCell& c, long double& v, int& decimals) {
  std::string a;
  if (!cell_number(to_utf8(c.text), a)) return false;
  v = std::stold(a);
  auto dot = a.find('.');
  decimals = dot == std::string::npos ? 0 : static_cast<int>(a.size() - dot - 1);
  return true;
}

}  // namespace

bool stacked_header(const std::vector<RawRow>& raw, Table& t) {
  if (raw.size() < 3) return false;
  // The unit row: a run of ≥ 2 repeats of 2–3 column names, then figures only.
  std::size_t u = kNone, p = 0, run = 0;
  for (std::size_t r = 1; r < raw.size() && r < 5 && u == kNone; ++r) {
    const RawRow& row = raw[r];
    std::size_t n = 0;
    while (n < row.size() && !row[n].text.empty() && !looks_numeric(row[n].text)) ++n;
    for (std::size_t per : {2, 3}) {
      if (n < 2 * per || n % per) continue;
      bool ok = true;
      for (std::size_t k = 0; k < n && ok; ++k) ok = compact(row[k].text) == compact(row[k % per].text) && ends_in_unit(compact(row[k].text), false);
      for (std::size_t k = 0; k < per && ok; ++k)
        for (std::size_t j = 0; j < k && ok; ++j) ok = compact(row[k].text) != compact(row[j].text);
      for (std::size_t k = n; k < row.size() && ok; ++k) ok = row[k].text.empty() || looks_numeric(row[k].text);
      if (ok) { u = r; p = per; run = n; break; }
    }
  }
  if (u == kNone) return false;
  // The rows above: padded, text only.
  std::vector<std::vector<std::u32string>> levels(u);
  bool any_padded = false;
  for (std::size_t r = 0; r < u; ++r) {
    bool padded = false;
    if (!padded_cells(raw[r], levels[r], padded)) return false;
    // Column names are short and few: a long cell or a long row is no such header (and keeps the
    // name matching below small).
    if (levels[r].size() > 40) return false;
    for (const auto& c : levels[r])
      if (looks_numeric(c) || c.size() > 40) return false;
    any_padded |= padded;
  }
  if (!any_padded) return false;  // a positional header: the grid reader's
  // The tree: each level's cells open one cell of the level above.
  std::vector<Node> nodes;
  std::vector<std::size_t> roots, prev;
  for (std::size_t r = 0; r < u; ++r) {
    std::vector<std::size_t> here;
    for (const auto& c : levels[r]) { here.push_back(nodes.size()); nodes.push_back({c, {}, {}}); }
    if (r == 0) { roots = here; prev = here; continue; }
    std::vector<std::size_t> open;
    for (std::size_t n : prev)
      if (!unit_named(nodes[n].name)) open.push_back(n);
    std::size_t parent = kNone;
    if (open.size() == 1) parent = open[0];
    else {
      std::size_t best = 1, ties = 0;
      for (std::size_t n : open) {
        std::size_t m = 0;
        for (std::size_t h : here) m = std::max(m, common_run(nodes[n].name, nodes[h].name));
        if (m > best) { best = m; parent = n; ties = 0; }
        else if (m == best && parent != kNone) ++ties;
      }
      if (ties) parent = kNone;
    }
    if (parent == kNone) return false;
    nodes[parent].kids = here;
    prev = here;
  }
  // Leaves left to right; each takes p columns (one per unit name) or one when it names its figure.
  const std::size_t cols = [&] { std::size_t c = 0; for (const auto& r : raw) c = std::max(c, r.size()); return c; }();
  std::vector<std::u32string> header;
  std::vector<std::size_t> unit_of;  // column → unit index (kNone: a one-column leaf)
  std::vector<std::pair<std::size_t, std::size_t>> stack;  // node, parent
  for (std::size_t k = roots.size(); k-- > 0;) stack.push_back({roots[k], kNone});
  while (!stack.empty()) {
    auto [n, par] = stack.back();
    stack.pop_back();
    if (!nodes[n].kids.empty()) {
      for (std::size_t k = nodes[n].kids.size(); k-- > 0;) stack.push_back({nodes[n].kids[k], n});
      continue;
    }
    std::u32string name = nodes[n].name;
    // 小计 names its group: "公务用车购置及运行费小计".
    if (par != kNone && is_total_name(name) && std::find(roots.begin(), roots.end(), par) == roots.end()) name = nodes[par].name + name;
    if (unit_named(name)) {
      nodes[n].cols.push_back(header.size());
      header.push_back(name);
      unit_of.push_back(kNone);
      continue;
    }
    for (std::size_t k = 0; k < p; ++k) {
      nodes[n].cols.push_back(header.size());
      header.push_back(name + compact(raw[u][k].text));
      unit_of.push_back(k);
    }
    if (header.size() > cols) return false;
  }
  if (header.size() != cols || run > cols) return false;
  // A group with a 合计/小计 child: its other children (their own 小计 when they are groups) add
  // up to it, unit by unit.
  std::vector<std::size_t> parent(cols, kNone);
  auto total_child = [&](const Node& g) -> std::size_t {
    for (std::size_t k : g.kids)
      if (nodes[k].kids.empty() && is_total_name(nodes[k].name) && nodes[k].cols.size() == p) return k;
    return kNone;
  };
  for (const auto& g : nodes) {
    std::size_t tot = total_child(g);
    if (tot == kNone) continue;
    for (std::size_t k : g.kids) {
      if (k == tot) continue;
      std::size_t part = nodes[k].kids.empty() ? k : total_child(nodes[k]);
      if (part == kNone || nodes[part].cols.size() != p) return false;  // a group without its 小计
      for (std::size_t x = 0; x < p; ++x) parent[nodes[part].cols[x]] = nodes[tot].cols[x];
    }
  }
  // Body rows: the unit row's figures where they stand, then the rows below.
  RawRow tail(raw[u].begin() + static_cast<std::ptrdiff_t>(run), raw[u].end());
  std::vector<std::vector<Cell>> rows;
  double budget = 200000;  // placements tried over the whole table: a long hostile table stays linear
  auto place = [&](const RawRow& r, std::size_t offset) -> bool {
    std::vector<Cell> row;
    if (r.size() + offset == cols || r.size() + offset > cols) {
      if (r.size() + offset > cols) return false;
      for (std::size_t c = 0; c < r.size(); ++c)
        if (!r[c].text.empty()) row.push_back({r[c].start, r[c].end, to_utf8(compact(r[c].text)), c + offset, 1});
      if (!row.empty()) rows.push_back(std::move(row));
      return true;
    }
    // Short: order-preserving placements where every 合计/小计 column equals its parts.
    std::vector<long double> v(r.size());
    std::vector<int> d(r.size());
    for (std::size_t c = 0; c < r.size(); ++c)
      if (!number_of(r[c], v[c], d[c])) return false;
    std::size_t n = r.size();
    // Placements: C(cols, n), bounded (a wide table with a few figures stays text).
    double combos = 1;
    for (std::size_t k = 0; k < n; ++k) combos = combos * static_cast<double>(cols - k) / static_cast<double>(k + 1);
    if (combos > 20000 || combos > budget) return true;
    budget -= combos;
    std::vector<long double> half(16);
    for (int k = 0; k < 16; ++k) half[k] = 0.5L * std::pow(10.0L, -k);
    for (auto& x : d) x = std::min(x, 15);
    std::vector<std::size_t> at(n), agreed(n, kNone);
    for (std::size_t k = 0; k < n; ++k) at[k] = k;
    std::size_t fits = 0;
    std::vector<long double> val(cols);
    std::vector<int> dec(cols);
    std::vector<bool> disagree(n, false);
    while (true) {
      std::fill(val.begin(), val.end(), 0.0L);
      std::fill(dec.begin(), dec.end(), -1);  // an empty cell: exactly nothing
      for (std::size_t k = 0; k < n; ++k) { val[at[k]] = v[k]; dec[at[k]] = d[k]; }
      std::vector<long double> sum(cols, 0.0L), slack(cols, 0.0L);
      std::vector<bool> has_parts(cols, false);
      for (std::size_t c = 0; c < cols; ++c)
        if (parent[c] != kNone) {
          sum[parent[c]] += val[c];
          if (dec[c] >= 0) slack[parent[c]] += half[dec[c]];
          has_parts[parent[c]] = true;
        }
      bool ok = true;
      for (std::size_t c = 0; c < cols && ok; ++c)
        if (has_parts[c]) ok = std::fabs(val[c] - sum[c]) <= slack[c] + (dec[c] >= 0 ? half[dec[c]] : 0.0L) + 1e-9L;
      if (ok) {
        ++fits;
        for (std::size_t k = 0; k < n; ++k) {
          if (agreed[k] == kNone) agreed[k] = at[k];
          else if (agreed[k] != at[k]) disagree[k] = true;
        }
      }
      // Next combination.
      std::size_t k = n;
      while (k > 0 && at[k - 1] == cols - n + (k - 1)) --k;
      if (k == 0) break;
      ++at[k - 1];
      for (std::size_t j = k; j < n; ++j) at[j] = at[j - 1] + 1;
    }
    if (fits == 0) return true;  // no placement adds up: the row stays text
    for (std::size_t k = 0; k < n; ++k)
      if (!disagree[k]) row.push_back({r[k].start, r[k].end, to_utf8(compact(r[k].text)), agreed[k], 1});
    if (!row.empty()) rows.push_back(std::move(row));
    return true;
  };
  bool tail_figures = std::any_of(tail.begin(), tail.end(), [](const RawCell& c) { return !c.text.empty(); });
  if (tail_figures && !place(tail, run)) return false;
  for (std::size_t r = u + 1; r < raw.size(); ++r)
    if (!place(raw[r], 0)) return false;
  if (rows.empty()) return false;
  t.columns = cols;
  t.header.clear();
  for (const auto& h : header) t.header.push_back(to_utf8(h));
  t.column_parent = parent;
  t.rows = std::move(rows);
  t.total_row = kNone;
  return true;
}

}  // namespace gouji
