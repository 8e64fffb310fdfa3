// Tables that scraping or PDF conversion flattened: the grid is gone, only the cells remain, in
// reading order. The readers here first turn a stretch of text into a stream of cells, then cut
// the stream into rows with the forms' templates:
//   pipe-cells   "年初预算数 |" one cell a line, "|" an empty cell, "|||…" a row break
//   pipe-lines   one cell a line with a lone "|" line between cells
//   blank-lines  one short cell a line with blank lines between
//   one-line     a whole 自评表/决算表 on one line of space-separated cells (two separators in a
//                row: an empty cell between them)
// and four row shapes: label + figures (预算/决算/三公 tables, 028-style year rows), indicator
// rows of a fixed width (自评表 指标 part), 资金到位 tables written as name/figure pairs, and
// 决算公开 total tables with a 行次 column (two empty lines an empty cell in blank-lines; where
// empty cells leave no trace, rows found by their 行次 counting up).
// Figures fused with no delimiter ("年度资金总额80万元76.4295.53%", "总分10095") are split by the
// form's columns (structure/fused_cells.h) when exactly one split fits; so are whole 自评表
// indicator rows fused into one cell under a header of separate cells ("采购完成率%95%90.25%95%109.5否").
// A stretch that fits none of them stays text: no cell is invented.
// This file holds the streams and cuts them into tables; the cells are flat_cells.cpp's, the
// row shapes flat_shapes.cpp's, flat_label_value.cpp's, flat_grids.cpp's and flat_row_numbers.cpp's.
#include <algorithm>

#include "lexicon/table_forms.h"
#include "structure/flat_tables_internal.h"
#include "structure/table_templates.h"

namespace gouji {
namespace {

using namespace flat_detail;

// ---- line classes --------------------------------------------------------------------------

struct Trim {
  std::size_t b, e;
};
Trim trimmed(Str s, const Line& l) {
  std::size_t b = l.start, e = l.end;
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return {b, e};
}

std::size_t pipes_only(Str s, const Line& l) {  // number of | when the line holds nothing else
  Trim t = trimmed(s, l);
  if (t.b == t.e) return 0;
  std::size_t n = 0;
  for (std::size_t i = t.b; i < t.e; ++i) {
    if (s[i] == U'|') ++n;
    else if (!is_space(s[i])) return 0;
  }
  return n;
}

bool ends_with_pipe_cell(Str s, const Line& l) {  // "内容 |" with no other |
  Trim t = trimmed(s, l);
  if (t.e - t.b < 2 || s[t.e - 1] != U'|') return false;
  return std::count(s.begin() + t.b, s.begin() + t.e, U'|') == 1;
}

bool no_pipe(Str s, const Line& l) { return std::find(s.begin() + l.start, s.begin() + l.end, U'|') == s.begin() + l.end; }

bool blank(Str s, const Line& l) { Trim t = trimmed(s, l); return t.b == t.e; }

Table to_table(const std::vector<Tok>& ts, const Built& b, const char* source) {
  Table t;
  t.source = source;
  t.columns = b.header.size();
  for (const auto& h : b.header) t.header.push_back(to_utf8(h));
  t.column_parent = b.parent;
  t.column_parent.resize(t.columns, kNone);
  t.total_row = b.total_row;
  // The money unit written in the cells ("12.5万元") is the table's when they all write the same;
  // cells that disagree keep their unit in their text (they are not read as figures of one unit).
  const UnitDef* cell_unit = nullptr;
  bool agree = true;
  for (const auto& r : b.rows)
    for (const auto& p : r)
      if (p.tok->unit) {
        if (!cell_unit) {
          cell_unit = p.tok->unit;
          t.unit_end = p.tok->end;
          t.unit_start = p.tok->end - p.tok->unit->text.size();
        }
        agree &= p.tok->unit == cell_unit;
      }
  if (cell_unit && agree) t.unit = cell_unit;
  t.start = ts[b.first].start;
  t.end = ts[b.last - 1].end;
  for (const auto& r : b.rows) {
    std::vector<Cell> row;
    for (const auto& p : r) {
      Cell c;
      c.start = p.tok->start;
      c.end = p.tok->end;
      c.column = p.col;
      c.text = to_utf8(p.tok->key);
      if (p.tok->unit && !t.unit) c.text += to_utf8(p.tok->unit->text);
      if (p.tok->kind == Kind::Empty) c.text.clear();
      row.push_back(std::move(c));
    }
    // The label of a row with a spanning label covers the columns up to its first figure.
    if (row.size() > 1 && row[0].column == 0) row[0].span = row[1].column;
    t.rows.push_back(std::move(row));
  }
  return t;
}

// Cuts one stream into tables.
// Where cells are split at spaces an empty cell leaves no trace: only the shapes that do not
// count cells (label + figures, name/figure pairs) are tried there.
// `ends_text`: the stream runs to the end of the text and its last cell is cut off — a table
// followed only by the start of a row is marked cut.
void parse_stream(const std::vector<Tok>& ts, const char* source, bool empties_visible, Document& doc,
                  bool ends_text = false) {
  std::size_t first_table = doc.tables.size(), last_end = 0;
  for (std::size_t i = 0; i < ts.size();) {
    Built b;
    bool ok = empties_visible && row_number_table(ts, i, b);
    if (!ok && !empties_visible) { b = Built{}; ok = sequential_row_table(ts, i, b); }
    if (!ok) { b = Built{}; ok = funds_table(ts, i, b); }
    if (!ok && empties_visible) { b = Built{}; ok = indicator_table(ts, i, b); }
    if (!ok && empties_visible) { b = Built{}; ok = grid_table(ts, i, b); }
    if (!ok) { b = Built{}; ok = label_value_table(ts, i, b); }
    if (!ok) {
      // An indicator header that its rows do not fit: no other shape is read inside it.
      std::size_t he = header_run(ts, i, true);
      std::vector<std::u32string> h;
      for (std::size_t k = i; k < he; ++k) h.push_back(ts[k].key);
      if (he - i >= 4 && is_indicator_header(h)) { i = he; continue; }
    }
    // Fused figures that no shape split are no cell: the stretch stays text.
    for (const auto& r : b.rows)
      for (const auto& p : r) ok &= !p.tok->fused;
    if (!ok || b.last <= b.first) { ++i; continue; }
    Table t = to_table(ts, b, source);
    if (metadata_box(t)) { ++i; continue; }  // a page's metadata: its cells may still hold a table
    doc.tables.push_back(std::move(t));
    doc.table_lines.push_back({ts[b.first].line, ts[b.last - 1].line});
    i = last_end = b.last;
  }
  // The cut row starts within one row of the last table's end, and nothing closed the table before
  // it: no 合计 row, no row break ("|||…" opens what follows: a title, the next table).
  if (!ends_text || doc.tables.size() == first_table) return;
  Table& last = doc.tables.back();
  bool closed = last.total_row != kNone || ts.size() - last_end > last.columns + 1;
  for (std::size_t k = last_end; k < ts.size() && !closed; ++k) closed = ts[k].kind == Kind::Break;
  last.cut = !closed;
}

// ---- streams -------------------------------------------------------------------------------

// Lines of "内容 |", "|", "|||" (and cells between lone "|" lines): returns the end of the run.
std::size_t pipe_stream(const Text& text, const std::vector<Line>& lines, std::size_t li, Document& doc) {
  Str s(text.chars());
  auto pipe_line = [&](std::size_t k) { return pipes_only(s, lines[k]) > 0 || ends_with_pipe_cell(s, lines[k]); };
  std::size_t k = li;
  std::size_t terminated = 0, separated = 0;
  while (k < lines.size()) {
    if (pipe_line(k)) { terminated += ends_with_pipe_cell(s, lines[k]); ++k; continue; }
    // A cell without | between lone | lines (pipe-lines layout), or a long note inside the run.
    bool prev = k > 0 && pipes_only(s, lines[k - 1]) > 0, next = k + 1 < lines.size() && pipes_only(s, lines[k + 1]) > 0;
    if (!blank(s, lines[k]) && no_pipe(s, lines[k]) && (prev || next) && k > li) { ++separated; ++k; continue; }
    if (!blank(s, lines[k]) && no_pipe(s, lines[k]) && next && k == li) { ++separated; ++k; continue; }
    break;
  }
  if (k - li < 6) return li + 1;
  bool terminated_mode = terminated >= separated;
  std::vector<Tok> ts;
  bool after_sep = true;  // pipe-lines: a cell is open for writing
  for (std::size_t x = li; x < k; ++x) {
    const Line& l = lines[x];
    std::size_t np = pipes_only(s, l);
    if (terminated_mode) {
      if (np == 1) push_cell(s, ts, make_tok(s, l.start, l.start, l.number));
      else if (np > 1) push_cell(s, ts, break_tok(l.start, l.number));
      else if (ends_with_pipe_cell(s, l)) {
        Trim t = trimmed(s, l);
        push_cell(s, ts, make_tok(s, t.b, t.e - 1, l.number));
      } else {
        Trim t = trimmed(s, l);
        push_cell(s, ts, make_tok(s, t.b, t.e, l.number));
      }
    } else {
      if (np >= 1) {
        if (after_sep && !ts.empty()) push_cell(s, ts, make_tok(s, l.start, l.start, l.number));  // "|" "|": empty cell
        if (np > 1) push_cell(s, ts, break_tok(l.start, l.number));
        after_sep = true;
      } else {
        Trim t = trimmed(s, l);
        push_cell(s, ts, make_tok(s, t.b, t.e, l.number));
        after_sep = false;
      }
    }
  }
  // Cells closed by " |" whose run stops at the text's last line, a cell with no " |": the
  // excerpt was cut mid-row.
  bool cut = terminated_mode && k < lines.size() && !blank(s, lines[k]) && no_pipe(s, lines[k]);
  for (std::size_t x = k + 1; x < lines.size() && cut; ++x) cut = blank(s, lines[x]);
  parse_stream(ts, terminated_mode ? "pipe-cells" : "pipe-lines", true, doc, cut);
  return k;
}

// Short lines with one blank line between each: one cell a line.
std::size_t blank_line_stream(const Text& text, const std::vector<Line>& lines, std::size_t li, Document& doc) {
  Str s(text.chars());
  auto cell_line = [&](std::size_t k) {
    Trim t = trimmed(s, lines[k]);
    if (t.b == t.e || t.e - t.b > 64 || !no_pipe(s, lines[k])) return false;
    for (std::size_t i = t.b; i < t.e; ++i)
      if (s[i] == U'。') return false;
    return true;
  };
  // Two empty lines between cells stand for an empty cell (the page's blank <td>): kNone marks it.
  auto empty_line = [&](std::size_t k) { return lines[k].start == lines[k].end; };
  std::size_t k = li, empties = 0;
  std::vector<std::size_t> cells;
  while (k < lines.size() && cell_line(k)) {
    cells.push_back(k);
    if (k + 2 < lines.size() && blank(s, lines[k + 1]) && cell_line(k + 2)) k += 2;
    else if (k + 3 < lines.size() && empty_line(k + 1) && empty_line(k + 2) && cell_line(k + 3)) {
      cells.push_back(kNone);
      ++empties;
      k += 3;
    } else { ++k; break; }
  }
  if (cells.size() < 8) return li + 1;
  std::vector<Tok> ts;
  for (std::size_t n = 0; n < cells.size(); ++n) {
    if (cells[n] == kNone) {  // at the end of the cell before it
      const Line& prev = lines[cells[n - 1]];
      push_cell(s, ts, make_tok(s, prev.end, prev.end, prev.number));
      continue;
    }
    Trim t = trimmed(s, lines[cells[n]]);
    push_cell(s, ts, make_tok(s, t.b, t.e, lines[cells[n]].number));
  }
  // Where no empty cell is marked, an empty cell is no line at all: only the shapes that do not
  // count cells are read.
  parse_stream(ts, "blank-lines", empties > 0, doc);
  return k;
}

// A whole table on one line: cells split at spaces ("年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 …").
// Where cells are one space apart, an empty cell is written as nothing between two separators
// ("支出合计  120.5"): a run of n separators holds n − 1 empty cells. Such a line is read both ways
// and the reading that places more rows wins (a line spaced irregularly falls back to the
// shapes that do not count cells).
void one_line(const Text& text, const Line& l, Document& doc) {
  Str s(text.chars());
  std::vector<Tok> ts, te;  // without and with the empty cells between doubled separators
  std::size_t b = l.start, gaps = 0;
  for (std::size_t i = l.start; i <= l.end; ++i) {
    bool sp = i == l.end || s[i] == U' ' || s[i] == U'\u3000' || s[i] == U'\t';
    if (!sp) continue;
    if (i > b) {
      push_cell(s, ts, make_tok(s, b, i, l.number));
      push_cell(s, te, make_tok(s, b, i, l.number));
    } else if (i < l.end && !te.empty()) {  // a separator right after one: an empty cell
      push_cell(s, te, make_tok(s, i, i, l.number));
      ++gaps;
    }
    b = i + 1;
  }
  // Separators at the end of the line close no cell.
  while (!te.empty() && te.back().kind == Kind::Empty && te.back().start == te.back().end) te.pop_back();
  if (ts.size() < 12) return;
  std::size_t words = 0;
  for (const auto& t : ts) words += t.kind == Kind::Text && is_header_word(t.key);
  if (words < 3) return;
  auto rows = [](const Document& d) {
    std::size_t n = 0;
    for (const auto& t : d.tables) n += t.rows.size();
    return n;
  };
  Document plain, spaced;
  parse_stream(ts, "one-line", false, plain);
  if (gaps > 0) parse_stream(te, "one-line", true, spaced);
  Document& best = gaps > 0 && rows(spaced) >= rows(plain) && rows(spaced) > 0 ? spaced : plain;
  for (std::size_t k = 0; k < best.tables.size(); ++k) {
    doc.tables.push_back(std::move(best.tables[k]));
    doc.table_lines.push_back(best.table_lines[k]);
  }
}

}  // namespace

void read_flat_tables(const Text& text, Document& doc) {
  Str s(text.chars());
  auto lines = lines_of(s);
  for (std::size_t li = 0; li < lines.size();) {
    const Line& l = lines[li];
    if (pipes_only(s, l) > 0 || ends_with_pipe_cell(s, l) ||
        (li + 1 < lines.size() && !blank(s, l) && no_pipe(s, l) && pipes_only(s, lines[li + 1]) == 1)) {
      std::size_t next = pipe_stream(text, lines, li, doc);
      if (next > li + 1) { li = next; continue; }
    }
    if (!blank(s, l) && li + 2 < lines.size() && blank(s, lines[li + 1]) && !blank(s, lines[li + 2])) {
      std::size_t next = blank_line_stream(text, lines, li, doc);
      if (next > li + 1) { li = next; continue; }
    }
    if (l.end - l.start >= 40) one_line(text, l, doc);
    ++li;
  }
}

}  // namespace gouji
