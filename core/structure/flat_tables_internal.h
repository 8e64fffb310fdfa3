#pragma once
// Internal to the flattened-table readers (structure/flat_*.cpp): the cell stream, the table a
// row shape builds from it, and the entry of each row shape. Not an interface of the structure stage.
#include <array>
#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "numbers/units.h"
#include "structure/fused_cells.h"
#include "structure/table_build.h"
#include "structure/text_lines.h"
#include "text/chars.h"

namespace gouji {
namespace flat_detail {

using namespace chars;
using Str = std::u32string_view;

using Line = TextLine;

enum class Kind { Empty, Num, Text, Break };

struct Tok {
  std::size_t start = 0, end = 0;  // trimmed span in the text (start == end: an empty cell)
  std::u32string key;              // spaces removed
  std::size_t line = 0;
  Kind kind = Kind::Empty;
  std::size_t idx = 0;  // position in its stream
  bool fused = false;   // several figures written with no delimiter ("80万元76.4295.53%"): split by the form
  const UnitDef* unit = nullptr;  // a money unit written after the figure ("12.5万元"): key holds the figure
};

// --- the cell stream (flat_cells.cpp)
Kind kind_of(const std::u32string& k);
Tok make_tok(Str s, std::size_t b, std::size_t e, std::size_t line);
Tok break_tok(std::size_t at, std::size_t line);
void push_cell(Str s, std::vector<Tok>& out, Tok t);

struct Placed {
  const Tok* tok;
  std::size_t col;
};

struct Built {
  std::vector<std::u32string> header;
  std::vector<std::size_t> parent;  // column_parent
  std::vector<std::vector<Placed>> rows;
  std::size_t total_row = kNone;
  std::size_t first = 0, last = 0;  // token range used
  std::deque<Tok> pieces;           // cells split out of fused figures (addresses stay put)
};

// --- shared by the row shapes (flat_shapes.cpp)
// Fused figures split under columns of the given roles: the pieces become cells of `b`, role j's
// at table column cols[j]; false when no single split fits (the text stays text).
bool place_fused(const Tok& t, const std::vector<FusedRole>& roles, const std::vector<std::size_t>& cols, Built& b,
                 std::vector<Placed>& row);
bool is_value(const Tok& t);
// A run of header cells at i: short words (empty cells inside it are nameless columns), at least
// two of them a form's column names. Returns its end (exclusive), or i when there is none.
std::size_t header_run(const std::vector<Tok>& ts, std::size_t i, bool strict);
bool is_row_label(const Tok& t);
// 合计 / 总计 / "支出合计": a row that totals the rows above it.
bool total_row_label(const std::u32string& k);
// Checks shared by the label+figures and grid readers: the first row's label is not itself a
// column name ("金额" of a header that goes on), and an indicator header is read as one.
bool plain_header(const std::vector<Tok>& ts, std::size_t from, std::size_t to, const Tok& first_label);

// --- the row shapes: each reads a table at stream token i into `b`, false when none fits
bool funds_table(const std::vector<Tok>& ts, std::size_t i, Built& b);           // flat_shapes.cpp
bool label_value_table(const std::vector<Tok>& ts, std::size_t i, Built& b);     // flat_label_value.cpp
bool grid_table(const std::vector<Tok>& ts, std::size_t i, Built& b);            // flat_grids.cpp
bool indicator_table(const std::vector<Tok>& ts, std::size_t i, Built& b);       // flat_grids.cpp
bool row_number_table(const std::vector<Tok>& ts, std::size_t i, Built& b);      // flat_row_numbers.cpp
bool sequential_row_table(const std::vector<Tok>& ts, std::size_t i, Built& b);  // flat_row_numbers.cpp

}  // namespace flat_detail
}  // namespace gouji
