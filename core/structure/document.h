#pragma once
// The document's structure as read from plain text (or a .docx rendered as pasted text):
// numbered headings as a tree, inline ordinals (一是…二是…), tables with cells, enumerations.
#include <cstddef>
#include <string>
#include <vector>

#include "numbers/units.h"

#include "text/index32.h"

namespace gouji {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// Marker styles, one per numbering convention (§1.5 of the domain rules).
enum class MarkerStyle {
  Part,          // 第一部分
  HanComma,      // 一、
  HanParen,      // （一） / (一)
  ArabicDot,     // 1. 1、 1．
  ArabicParen,   // （1） / (1)
  Circled,       // ①
  Unnumbered,    // a short title line with no number
};
std::string_view marker_style_name(MarkerStyle s);
int nominal_level(MarkerStyle s);  // 0 … 5 as in §1.5

struct Heading {
  MarkerStyle style = MarkerStyle::Unnumbered;
  int number = 0;                       // the ordinal the marker states (0 when unnumbered)
  std::size_t start = 0, end = 0;       // the heading's title (up to the first 。 or line end)
  std::size_t marker_start = 0, marker_end = 0;
  std::string marker;                   // as written: "（一）"
  std::string title;                    // UTF-8, without the marker
  std::size_t line = 0;
  std::size_t parent = kNone;           // index of the parent heading
  int depth = 0;                        // depth in the tree (0 = top)
};

struct InlineOrdinal {
  int number = 0;             // 一是 → 1; 首先 → 1, 其次 → 2, 最后 → last
  std::size_t start = 0, end = 0;
  std::string text;           // "一是"
  std::size_t paragraph = 0;  // line of the paragraph it stands in
  bool is_last_word = false;  // 最后
};

// One per table cell: 32-bit positions (text/index32.h; issue 16, memory per input byte).
struct Cell {
  Index32 start = 0, end = 0;  // content span (trimmed); start == end for an empty cell
  std::string text;            // UTF-8, continuation lines joined, spaces trimmed
  Index32 column = 0;          // grid column after aligning merged cells
  Index32 span = 1;            // columns it covers (合计 across 序号+项目)
};
static_assert(sizeof(Cell) <= 48, "Cell is stored once per table cell");

struct Table {
  std::size_t start = 0, end = 0;
  std::vector<std::string> header;      // one name per column ("年初预算"), header rows merged
  std::vector<std::vector<Cell>> rows;  // body rows (header excluded), cells in grid columns
  std::size_t columns = 0;
  const UnitDef* unit = nullptr;        // from "单位：万元" before the table (nullptr if none)
  std::size_t unit_start = 0, unit_end = 0;
  std::size_t total_row = kNone;        // index in rows of the 合计 row
  std::string source;                   // "word-paste" | "tsv" | "pipe" | flattened: "pipe-cells" |
                                        // "pipe-lines" | "blank-lines" | "one-line"
  // Two-row headers (公车购置及运行费 over 合计 / 购置 / 运行): the column a sub-column adds up
  // to, kNone for a top-level column. Empty when the header has one row.
  std::vector<std::size_t> column_parent;
  // The text ends inside the table (an excerpt cut mid-row): the rows after the cut are missing,
  // so its totals and splits cannot be judged.
  bool cut = false;
};

struct Document {
  std::vector<Heading> headings;
  std::vector<InlineOrdinal> ordinals;
  std::vector<Table> tables;
  std::vector<std::pair<std::size_t, std::size_t>> table_lines;  // [first, last] line of each table
};

}  // namespace gouji
