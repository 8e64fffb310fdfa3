#pragma once
// A table's numeric grid with what each column means (年初预算, 上年结转, 本年调整, 可执行指标,
// 决算金额, 结转结余) and the identities its rows must satisfy, as data.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "numbers/decimal.h"
#include "facts/table_rows.h"
#include "structure/document.h"

#include "text/index32.h"

namespace gouji {

enum class ColumnRole { Other, Index, Label, Initial, CarryIn, Adjust, Available, Actual, CarryOut };
std::string_view column_role_zh(ColumnRole r);

// Column role from a header name ("年初预算" → Initial); also used on prose labels ("追加调整").
ColumnRole column_role(const std::string& name);

// parts... = total, e.g. Initial + CarryIn + Adjust = Available.
struct RowIdentity {
  std::vector<ColumnRole> parts;
  ColumnRole total;
};
const std::vector<RowIdentity>& row_identities();

// rows × columns of these for a table: 32 bytes each (issue 16, memory per input byte).
struct NumericCell {
  Decimal value;
  Index32 start = 0, end = 0;
  int decimals = 0;
  bool present = false;   // a cell exists at this grid position
  bool blank = true;      // empty cell = 0
};
static_assert(sizeof(NumericCell) <= 32, "a table's grid holds rows × columns of these");

struct TableGrid {
  const Table* table = nullptr;
  std::vector<ColumnRole> roles;                 // per column
  std::vector<std::vector<NumericCell>> cells;   // rows × columns (body rows incl. the 合计 row)
  int dominant_decimals = 0;
  std::vector<RowNode> tree;                     // per body row: level and parent (table_rows.h)
  Interval interval(const NumericCell& c) const;
  std::optional<std::size_t> column_of(ColumnRole r) const;
};

TableGrid table_grid(const Table& t);

}  // namespace gouji
