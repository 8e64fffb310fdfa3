#pragma once
// Shared by the table readers (tables.cpp: delimited rows and Word paste; flat_tables.cpp: the
// flattened layouts): raw rows of cells with their spans, and the step that makes them a grid.
#include <string>
#include <vector>

#include "structure/document.h"
#include "text/text.h"

namespace gouji {

struct RawCell {
  std::size_t start = 0, end = 0;
  std::u32string text;
};
using RawRow = std::vector<RawCell>;

// A cell holding only a number (digits, separators, sign, %).
bool looks_numeric(const std::u32string& t);

// "12.5万元": a figure with its money unit written in the cell. Strips the unit from `text` and
// returns it; nullptr (text unchanged) for anything else.
const UnitDef* split_money_unit(std::u32string& text);

// Raw rows → grid: leading text-only rows are the header (merged per column); a short body row
// is placed by its cells' content (numbers under number columns), a short 合计 row spanning the
// leading label columns. False when the rows are no table (no header, no body, one column).
bool build_table(const std::vector<RawRow>& raw, Table& t);

// A header flattened from row- and column-spans (each header row's cells padded with empties, a
// unit row 预算数/决算数 repeated under every leaf) rebuilt into one name per column, with the
// 合计/小计 columns' parts; short body rows placed where those add up (structure/stacked_header.cpp).
// False (t untouched) when the rows are not such a header or no single tree fits.
bool stacked_header(const std::vector<RawRow>& raw, Table& t);

// A header that names a page's metadata (索引号, 发布机构 …): such a box is not a table.
bool metadata_box(const Table& t);

// The flattened layouts (one cell per line with | or blank lines between, a whole table on one
// line of space-separated cells). Adds tables and their line ranges to `doc`.
void read_flat_tables(const Text& text, Document& doc);

}  // namespace gouji
