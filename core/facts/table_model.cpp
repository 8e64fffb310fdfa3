#include "facts/table_model.h"

#include <algorithm>
#include <map>

#include "structure/tables.h"

namespace gouji {
namespace {

struct RolePattern {
  std::string_view needle;
  ColumnRole role;
};

// First match wins: 上年结转 must be read before 结转, 年初结转 before 年初.
const std::array<RolePattern, 26> kRolePatterns = {{
    {"行次", ColumnRole::Index},        {"栏次", ColumnRole::Index},  // 决算总表 row numbers, not amounts
    {"序号", ColumnRole::Index},        {"编码", ColumnRole::Index},         {"代码", ColumnRole::Index},
    {"编号", ColumnRole::Index},        {"上年结转", ColumnRole::CarryIn},   {"年初结转", ColumnRole::CarryIn},
    {"年初", ColumnRole::Initial},      {"可执行", ColumnRole::Available},   {"全年预算", ColumnRole::Available},
    {"调整后", ColumnRole::Available},  {"全年执行", ColumnRole::Actual},    {"调整", ColumnRole::Adjust},
    {"追加", ColumnRole::Adjust},       {"调增", ColumnRole::Adjust},        {"决算", ColumnRole::Actual},
    {"执行数", ColumnRole::Actual},     {"实际支出", ColumnRole::Actual},    {"年末结转", ColumnRole::CarryOut},
    {"结转", ColumnRole::CarryOut},     {"结余", ColumnRole::CarryOut},      {"项目", ColumnRole::Label},
    {"名称", ColumnRole::Label},        {"到位", ColumnRole::Available},  // 实际到位资金 = 支出 + 结余
    {"科目", ColumnRole::Index},        // 列支科目 2130599: a code, not an amount
}};

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
  for (const auto& p : kRolePatterns)
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
