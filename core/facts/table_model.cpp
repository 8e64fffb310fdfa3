#include "facts/table_model.h"

#include <algorithm>
#include <map>

#include "lexicon/column_roles.h"
#include "structure/tables.h"

namespace gouji {
namespace {

using lex::columns::kRoleWords;

}  // namespace

std::string_view column_role_zh(ColumnRole r) {
  switch (r) {
    case ColumnRole::Initial: return "年初预算";
    case ColumnRole::CarryIn: return "上年结转";
    case ColumnRole::Adjust: return "本年调整";
    case ColumnRole::Available: return "可执行指标";
    case ColumnRole::Actual: return "决算金额";
    case ColumnRole::CarryOut: return "结转结余";
    default: return "";
  }
}

ColumnRole column_role(const std::string& name) {
  for (const auto& p : kRoleWords)
    if (name.find(p.needle) != std::string::npos) return p.role;
  return ColumnRole::Other;
}

const std::vector<RowIdentity>& row_identities() {
  static const std::vector<RowIdentity> ids = {
      {{ColumnRole::Initial, ColumnRole::CarryIn, ColumnRole::Adjust}, ColumnRole::Available},
      {{ColumnRole::Actual, ColumnRole::CarryOut}, ColumnRole::Available},
  };
  return ids;
}

Interval TableGrid::interval(const NumericCell& c) const {
  if (c.blank) return Interval::exact(Decimal());
  return Interval::rounded(c.value, std::max(c.decimals, dominant_decimals));
}

std::optional<std::size_t> TableGrid::column_of(ColumnRole r) const {
  for (std::size_t c = 0; c < roles.size(); ++c)
    if (roles[c] == r) return c;
  return std::nullopt;
}

TableGrid table_grid(const Table& t) {
  TableGrid g;
  g.table = &t;
  g.tree = row_tree(t);
  for (const auto& h : t.header) g.roles.push_back(column_role(h));
  g.roles.resize(t.columns, ColumnRole::Other);
  std::map<int, int> hist;
  int numeric = 0;
  for (const auto& row : t.rows) {
    std::vector<NumericCell> cells(t.columns);
    for (const auto& c : row) {
      if (c.column >= t.columns) continue;
      NumericCell& n = cells[c.column];
      n.present = true;
      n.start = c.start;
      n.end = c.end;
      std::string ascii;
      if (c.text.empty()) continue;
      if (!cell_number(c.text, ascii)) { n.blank = true; n.present = false; continue; }
      if (auto v = Decimal::parse(ascii)) {
        n.blank = false;
        n.value = *v;
        auto dot = ascii.find('.');
        n.decimals = dot == std::string::npos ? 0 : static_cast<int>(ascii.size() - dot - 1);
        if (g.roles[c.column] != ColumnRole::Index) { ++hist[n.decimals]; ++numeric; }
      }
    }
    g.cells.push_back(std::move(cells));
  }
  int best = 0, best_n = 0;
  for (auto [d, n] : hist)
    if (d > 0 && n > best_n) { best = d; best_n = n; }
  if (best_n * 5 >= numeric * 2) g.dominant_decimals = best;
  return g;
}

}  // namespace gouji
