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
#include <algorithm>
#include <deque>

#include "lexicon/table_forms.h"
#include "numbers/units.h"
#include "structure/fused_cells.h"
#include "structure/table_build.h"
#include "structure/table_templates.h"
#include "structure/text_lines.h"
#include "text/chars.h"

namespace gouji {
namespace {

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

Kind kind_of(const std::u32string& k) {
  if (k.empty() || k == U"/" || k == U"／" || k == U"-" || k == U"—" || k == U"－" || k == U"--" || k == U"——") return Kind::Empty;
  return looks_numeric(k) ? Kind::Num : Kind::Text;
}

Tok make_tok(Str s, std::size_t b, std::size_t e, std::size_t line) {
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  Tok t;
  t.start = b;
  t.end = e;
  t.line = line;
  for (std::size_t i = b; i < e; ++i)
    if (!is_space(s[i])) t.key += s[i];
  t.kind = kind_of(t.key);
  // "12.5万元" is a figure cell; its unit is kept apart (the table takes it when its cells agree).
  if (t.kind == Kind::Text && (t.unit = split_money_unit(t.key))) t.kind = Kind::Num;
  return t;
}

Tok break_tok(std::size_t at, std::size_t line) {
  Tok t;
  t.start = t.end = at;
  t.line = line;
  t.kind = Kind::Break;
  return t;
}

// "(万元)" alone is the unit of the cell before it ("实际到位资金" / "(万元)").
bool unit_only(const std::u32string& k) {
  return std::find(lex::tables::kUnitOnlyCells.begin(), lex::tables::kUnitOnlyCells.end(), Str(k)) !=
         lex::tables::kUnitOnlyCells.end();
}

// "年度资金总额80万元76.4295.53%": a label and several figures fused onto it (OCR, scraping). Split
// at the first digit when the rest is figures only and more than one figure (a single "90" stays
// with its word: "指标1"); the figures stay one cell, split later by the form's columns.
bool several_figures(Str run) {
  if (!fused_figures(run)) return false;
  std::size_t dots = 0, marks = 0;
  for (std::size_t k = 0; k < run.size(); ++k) {
    dots += run[k] == U'.';
    marks += !is_digit(run[k]) && run[k] != U'.' && (k == 0 || is_digit(run[k - 1]) || run[k - 1] == U'.');
  }
  bool ends_marked = !is_digit(run.back());
  return dots > 1 || marks > (ends_marked ? 1u : 0u);
}

void push_one(std::vector<Tok>& out, Tok t) {
  t.idx = out.size();
  out.push_back(std::move(t));
}

void push_cell(Str s, std::vector<Tok>& out, Tok t) {
  // Figures fused into one cell of their own, the label a cell before ("年度资金总额 80万元76.4295.53%").
  if (t.kind == Kind::Text && t.key.size() == t.end - t.start && is_digit(t.key[0]) && several_figures(t.key)) {
    t.kind = Kind::Num;
    t.fused = true;
    push_one(out, std::move(t));
    return;
  }
  if (t.kind == Kind::Text && t.key.size() == t.end - t.start) {
    std::size_t d = 0;
    while (d < t.key.size() && !is_digit(t.key[d])) ++d;
    if (d > 0 && d < t.key.size() && is_han(t.key[d - 1]) && several_figures(Str(t.key).substr(d))) {
      Tok label = t, figures = t;
      label.end = t.start + d;
      label.key = t.key.substr(0, d);
      figures.start = t.start + d;
      figures.key = t.key.substr(d);
      figures.kind = Kind::Num;
      figures.fused = true;
      push_one(out, std::move(label));
      push_one(out, std::move(figures));
      return;
    }
  }
  if (unit_only(t.key) && !out.empty() && out.back().kind == Kind::Text) {
    out.back().end = t.end;
    out.back().key += t.key;
    (void)s;
    return;
  }
  t.idx = out.size();
  out.push_back(std::move(t));
}

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

// ---- row shapes ----------------------------------------------------------------------------

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

// Fused figures split under columns of the given roles: the pieces become cells of `b`, role j's
// at table column cols[j]; false when no single split fits (the text stays text).
bool place_fused(const Tok& t, const std::vector<FusedRole>& roles, const std::vector<std::size_t>& cols, Built& b,
                 std::vector<Placed>& row) {
  auto split = split_fused(t.key, roles);
  if (split.empty()) return false;
  for (const auto& p : split) {
    Tok x = t;
    x.start = t.start + p.begin;
    x.end = t.start + p.end;
    x.key = t.key.substr(p.begin, p.end - p.begin);
    // The cell reads as its figure (the span keeps the unit written after it: "80万元").
    std::size_t n = 0;
    while (n < x.key.size() && (is_digit(x.key[n]) || x.key[n] == U'.' || x.key[n] == U'%' || x.key[n] == U'％')) ++n;
    if (const UnitDef* u = match_unit(Str(x.key).substr(n)); u && u->kind == UnitKind::Money) x.unit = u;
    x.key.resize(n);
    x.fused = false;
    b.pieces.push_back(std::move(x));
    row.push_back({&b.pieces.back(), cols[p.column]});
  }
  return true;
}

bool is_value(const Tok& t) { return t.kind == Kind::Num || t.kind == Kind::Empty; }

// The next token index at or after i that is not a break.
std::size_t skip_breaks(const std::vector<Tok>& ts, std::size_t i) {
  while (i < ts.size() && ts[i].kind == Kind::Break) ++i;
  return i;
}

// 资金到位 tables: "计划安排资金(万元) 1208.75 实际到位资金(万元) 1208.75 实际支出(万元) 991.51
// 结余(万元) 217.24", then per source "省财政 1125 省财政 1125 省财政 907.76 省财政 217.24".
bool funds_table(const std::vector<Tok>& ts, std::size_t i, Built& b) {
  std::size_t p = i;
  std::vector<const Tok*> names;
  std::vector<const Tok*> first_row(4, nullptr);
  for (int col = 0; col < 4; ++col) {
    p = skip_breaks(ts, p);
    if (p >= ts.size() || funds_column(ts[p].key) != col) return false;
    names.push_back(&ts[p++]);
    if (p < ts.size() && ts[p].kind == Kind::Num) first_row[col] = &ts[p++];
  }
  b.header = {std::u32string(lex::tables::kItemColumn)};
  for (const Tok* n : names) b.header.push_back(n->key);
  std::vector<Placed> r0;
  for (int col = 0; col < 4; ++col)
    if (first_row[col]) r0.push_back({first_row[col], static_cast<std::size_t>(col + 1)});
  b.rows.push_back(std::move(r0));
  b.first = i;
  b.last = p;
  for (;;) {
    std::size_t q = skip_breaks(ts, p);
    if (q >= ts.size() || ts[q].kind != Kind::Text) break;
    const std::u32string& label = ts[q].key;
    std::vector<Placed> row{{&ts[q], 0}};
    std::size_t k = q;
    int repeats = 0;
    for (int col = 0; col < 4; ++col) {
      if (k >= ts.size() || ts[k].key != label) break;
      ++repeats;
      ++k;
      if (k < ts.size() && ts[k].kind == Kind::Num) row.push_back({&ts[k++], static_cast<std::size_t>(col + 1)});
    }
    if (repeats < 4) break;
    b.rows.push_back(std::move(row));
    p = k;
    b.last = p;
  }
  return b.rows.size() >= 2;
}

// A run of header cells at i: short words (empty cells inside it are nameless columns), at least
// two of them a form's column names. Returns its end (exclusive), or i when there is none.
std::size_t header_run(const std::vector<Tok>& ts, std::size_t i, bool strict) {
  if (i >= ts.size() || ts[i].kind != Kind::Text) return i;
  std::size_t j = i, words = 0, end = i;
  while (j < ts.size() && j - i < 40) {  // a header is short: bounded, so the scan stays linear
    const Tok& t = ts[j];
    if (t.kind == Kind::Text && t.key.size() <= 24 && (!strict || is_header_word(t.key))) {
      words += is_header_word(t.key);
      end = ++j;
    } else if (t.kind == Kind::Empty) {
      ++j;
    } else {
      break;
    }
  }
  return words >= 2 ? end : i;
}

bool is_row_label(const Tok& t) { return t.kind == Kind::Text && t.key.size() <= 30; }

template <std::size_t N>
bool ends_with_any(Str k, const std::array<Str, N>& ws) {
  for (Str w : ws)
    if (ends(k, w)) return true;
  return false;
}

// 合计 / 总计 / "支出合计": a row that totals the rows above it.
bool total_row_label(const std::u32string& k) {
  return is_total_name(k) || (k.size() <= 6 && ends_with_any(k, lex::tables::kTotalEndings));
}

// Checks shared by the label+figures and grid readers: the first row's label is not itself a
// column name ("金额" of a header that goes on), and an indicator header is read as one.
bool plain_header(const std::vector<Tok>& ts, std::size_t from, std::size_t to, const Tok& first_label) {
  if (is_header_word(first_label.key) && !is_total_name(first_label.key) && first_label.key.size() <= 3) return false;
  std::vector<std::u32string> h;
  for (std::size_t k = from; k < to; ++k) h.push_back(ts[k].key);
  return !is_indicator_header(h);
}

// Label + figures: each row a label followed by its figures (numbers or empty cells, up to a row
// break); a long note after the figures is the row's text cell (原因). The header is the words
// before the first row's label.
bool label_value_table(const std::vector<Tok>& ts, std::size_t i, Built& b) {
  std::size_t he = header_run(ts, i, false);
  if (he == i) return false;
  // 行次 tables are read by their row numbers (row_number_table, sequential_row_table): the 行次
  // column holds no figures.
  for (std::size_t k = i; k < he; ++k)
    if (ts[k].key == lex::tables::kRowNumberColumn) return false;
  std::size_t label, header_end;
  std::size_t after_empties = he;  // "… 因公出国费  0.50": row 1's first figure is an empty cell
  while (after_empties < ts.size() && ts[after_empties].kind == Kind::Empty) ++after_empties;
  if (he < ts.size() && (ts[he].kind == Kind::Num || (after_empties < ts.size() && ts[after_empties].kind == Kind::Num))) {
    label = he - 1;  // the run's last word is the first row's label
    header_end = label;
  } else {
    header_end = he;
    label = he;
    while (label < ts.size() && (ts[label].kind == Kind::Break || ts[label].kind == Kind::Empty)) ++label;
    if (label == he || label + 1 >= ts.size() || ts[label].kind != Kind::Text || ts[label + 1].kind != Kind::Num) return false;
  }
  if (!plain_header(ts, i, header_end, ts[label])) return false;
  // Header cells broken over two lines ("全年" / "预算数") are one name.
  std::vector<Tok> joined;
  joined.reserve(header_end - i);
  for (std::size_t k = i; k < header_end; ++k) {
    if (!joined.empty() && joined.back().kind == Kind::Text && ts[k].kind == Kind::Text && header_fragments(joined.back().key, ts[k].key)) {
      joined.back().key += ts[k].key;
      joined.back().end = ts[k].end;
      continue;
    }
    joined.push_back(ts[k]);
  }
  std::vector<const Tok*> header;
  for (const Tok& h : joined) header.push_back(&h);
  while (!header.empty() && header.back()->kind == Kind::Empty) header.pop_back();
  if (header.size() < 2) return false;

  struct Row {
    const Tok* label;
    std::vector<const Tok*> values;
    const Tok* note = nullptr;  // a long text after the figures (原因)
  };
  std::vector<Row> rows;
  std::size_t p = label, end = label;
  const std::size_t cap = header.size() + 1;
  while (p < ts.size() && rows.size() < 2000) {
    while (p < ts.size() && (ts[p].kind == Kind::Break || ts[p].kind == Kind::Empty)) ++p;  // row ends
    if (p >= ts.size() || !is_row_label(ts[p])) break;
    Row r{&ts[p], {}, nullptr};
    std::size_t k = p + 1;
    while (k < ts.size() && is_value(ts[k]) && r.values.size() + 1 < cap) r.values.push_back(&ts[k++]);
    bool any_number = std::any_of(r.values.begin(), r.values.end(), [](const Tok* t) { return t->kind == Kind::Num; });
    // A label with nothing filled in belongs only when it is one of the form's fixed rows
    // ("其他资金" after "本年财政拨款"); any other word ends the table.
    if (!any_number && !(rows.size() > 0 && complete_row_set({rows.back().label->key, ts[p].key}))) break;
    // Words after the figures that do not start a row (no figure follows them): the row's text
    // cells (原因, 会计凭证号); the first is kept as the cell, a continuation line is skipped.
    if (k < ts.size() && ts[k].kind == Kind::Text && any_number) {
      // One or two words, then the next row's label and figure (or the end of the stream).
      for (std::size_t m = k + 1; m <= k + 2 && ts[m - 1].kind == Kind::Text; ++m) {
        bool next_row = (m < ts.size() && ts[m].kind == Kind::Break) ||
                        (ts[m].kind == Kind::Text && m + 1 < ts.size() && ts[m + 1].kind == Kind::Num);
        if (next_row) {
          r.note = &ts[k];
          k = m;
          break;
        }
      }
      if (!r.note && ts[k].key.size() > 30) r.note = &ts[k++];  // a long note (原因) before anything else
    }
    rows.push_back(std::move(r));
    p = end = k;
  }
  if (rows.size() < 2) return false;
  std::size_t values = 0;
  bool notes = false, fused = false;
  for (const Row& r : rows) notes |= r.note != nullptr;
  // Where rows have notes, a row without one that ends in an empty cell: that cell is its note's.
  if (notes)
    for (Row& r : rows)
      if (!r.note && !r.values.empty() && r.values.back()->kind == Kind::Empty) r.values.pop_back();
  for (const Row& r : rows) {
    values = std::max(values, r.values.size());
    for (const Tok* v : r.values) {
      if (v->fused && r.values.size() > 1) return false;  // fused figures beside separate ones: no template to split by
      fused |= v->fused;
    }
  }
  if (fused) {
    // Fused figures fill the columns after the label column's name (项目资金(万元) / 项目).
    std::size_t x = header.size();
    while (x-- > 0 && !(header[x]->kind == Kind::Text && names_label_column(header[x]->key))) {}
    if (x >= header.size()) return false;
    values = std::max(values, header.size() - x - 1);
  }
  // The header is the last `width` words before the first row (words before it are titles).
  std::size_t width = 1 + values + (notes ? 1 : 0);
  b.header.clear();
  b.parent.clear();
  bool by_name = false;
  std::size_t sub = kNone;  // a two-row header: where its second row starts
  if (header.size() >= width + 1) {
    // The second row starts at the last 合计/小计 of the header (合计 … 公车购置及运行费 合计 购置 运行).
    std::size_t from = header.size() - width - 1;
    // The group has a total and at least two parts under it, and stands after the label column
    // and at least one plain column.
    for (std::size_t x = header.size(); x-- > from + 3;)
      if (is_total_name(header[x]->key) && x + 2 < header.size() && !is_total_name(header[x - 1]->key) &&
          !names_label_column(header[x - 1]->key)) {
        sub = x;
        break;
      }
  }
  if (sub != kNone) {
    // Row 1's last cell (the group, 公车购置及运行费) stands over row 2 (合计 / 购置 / 运行).
    const std::size_t dropped = header.size() - width - 1;  // title words before the header
    header.erase(header.begin(), header.begin() + static_cast<std::ptrdiff_t>(dropped));
    std::size_t sub_at = sub - dropped;
    std::size_t group = sub_at - 1;
    for (std::size_t x = 0; x < group; ++x) { b.header.push_back(header[x]->key); b.parent.push_back(kNone); }
    std::size_t group_col = b.header.size();
    for (std::size_t y = 0; sub_at + y < header.size(); ++y) {
      b.header.push_back(y == 0 ? header[group]->key : header[sub_at + y]->key);
      b.parent.push_back(y == 0 ? kNone : group_col);
    }
  } else if (header.size() + 1 == width && !names_label_column(header.front()->key)) {
    // A header missing its leading cell (the label column's name was left blank).
    b.header.push_back(U"");
    b.parent.push_back(kNone);
    for (const Tok* h : header) { b.header.push_back(h->kind == Kind::Empty ? U"" : h->key); b.parent.push_back(kNone); }
  } else {
    if (header.size() < width) return false;
    // The label column's name (项目, 支出内容, 年度…) starts the header when the rows leave
    // trailing columns blank; otherwise the header is the last `width` words.
    std::size_t from = header.size() - width;
    for (std::size_t x = from + 1; x-- > 0 && x + 2 >= from;)
      if (header[x]->kind == Kind::Text && names_label_column(header[x]->key)) { from = x; break; }
    header.erase(header.begin(), header.begin() + static_cast<std::ptrdiff_t>(from));
    width = std::max(width, header.size());
    // A nameless column in the header (a form whose 年初预算数 was left out): the label column's
    // name is one further back, and the figures go under the named columns.
    if (header.front()->kind == Kind::Empty && header.size() > 1) {
      std::size_t at = header.front()->idx;
      if (at == i || ts[at - 1].kind != Kind::Text) return false;
      header.insert(header.begin(), &ts[at - 1]);  // (a stream token: its idx is its place)
      by_name = true;
    }
    for (const Tok* h : header) { b.header.push_back(h->kind == Kind::Empty ? U"" : h->key); b.parent.push_back(kNone); }
  }
  const std::size_t first_header = header.front()->idx;
  std::size_t template_words = 0;
  for (const auto& h : b.header) template_words += is_header_word(h);
  if (template_words < 2) return false;
  while (b.header.size() < width) { b.header.push_back(U""); b.parent.push_back(kNone); }
  std::vector<std::size_t> named_cols;
  for (std::size_t c = 1; c < b.header.size(); ++c)
    if (!b.header[c].empty()) named_cols.push_back(c);
  for (const Row& r : rows) {
    std::vector<Placed> row{{r.label, 0}};
    if (r.values.size() == 1 && r.values[0]->fused) {
      std::vector<FusedRole> roles;
      std::vector<std::size_t> cols;
      for (std::size_t c = 1; c < b.header.size(); ++c) { roles.push_back(fused_role(b.header[c])); cols.push_back(c); }
      if (!place_fused(*r.values[0], roles, cols, b, row)) return false;  // no single split fits: the stretch stays text
    }
    for (std::size_t v = 0; v < r.values.size() && !r.values[v]->fused; ++v) {
      std::size_t c = by_name ? (v < named_cols.size() ? named_cols[v] : kNone) : v + 1;
      if (c != kNone && c < b.header.size()) row.push_back({r.values[v], c});
    }
    if (r.note) row.push_back({r.note, std::min(row.back().col + 1, b.header.size() - 1)});
    if (total_row_label(r.label->key) && b.total_row == kNone) b.total_row = b.rows.size();
    b.rows.push_back(std::move(row));
  }
  b.first = first_header;
  b.last = end;
  return true;
}

// Rows of the header's width (or one more when an empty cell closes each row), every column
// holding one kind of cell (numbers or words) — a 分配表 "村名 | 金额 | 列支科目 | 备注".
bool grid_table(const std::vector<Tok>& ts, std::size_t i, Built& b) {
  std::size_t he = header_run(ts, i, false);
  if (he == i) return false;
  std::size_t data = he;
  if (he < ts.size() && ts[he].kind == Kind::Num) data = he - 1;  // the run's last word labels row 1
  std::size_t w = data - i;
  if (w < 3 || data >= ts.size()) return false;
  std::size_t first_label = data;
  while (first_label < ts.size() && ts[first_label].kind == Kind::Break) ++first_label;
  if (first_label >= ts.size() || !plain_header(ts, i, data, ts[first_label])) return false;
  std::size_t template_words = 0;
  for (std::size_t k = i; k < data; ++k) template_words += ts[k].kind == Kind::Text && is_header_word(ts[k].key);
  if (template_words < 2 || ts[data - 1].kind == Kind::Empty) return false;
  // Rows closed by a row break ("|||…" after each row): each row is what lies between two breaks,
  // its missing trailing cells empty.
  if (data == he && he < ts.size() && ts[he].kind == Kind::Break) {
    std::vector<Kind> kinds(w, Kind::Empty);
    std::size_t at = he, numbers = 0, last = he;
    std::vector<std::vector<Placed>> rows;
    while (at < ts.size() && ts[at].kind == Kind::Break) {
      std::size_t e = at + 1;
      while (e < ts.size() && ts[e].kind != Kind::Break) ++e;
      std::size_t n = e - at - 1;
      if (n == 0 || n > w || ts[at + 1].kind != Kind::Text) break;
      bool ok = true;
      for (std::size_t c = 0; c < n && ok; ++c) {
        const Tok& t = ts[at + 1 + c];
        if (t.kind != Kind::Empty && kinds[c] != Kind::Empty && kinds[c] != t.kind) ok = false;
      }
      if (!ok) break;
      std::vector<Placed> row;
      for (std::size_t c = 0; c < n; ++c) {
        const Tok& t = ts[at + 1 + c];
        if (t.kind != Kind::Empty && kinds[c] == Kind::Empty) kinds[c] = t.kind;
        numbers += t.kind == Kind::Num;
        row.push_back({&t, c});
      }
      if (is_total_name(ts[at + 1].key) && b.total_row == kNone) b.total_row = rows.size();
      rows.push_back(std::move(row));
      last = e;
      at = e;
    }
    if (rows.size() < 2 || numbers == 0) return false;
    for (std::size_t k = i; k < data; ++k) { b.header.push_back(ts[k].key); b.parent.push_back(kNone); }
    b.rows = std::move(rows);
    b.first = i;
    b.last = last;
    return true;
  }
  std::size_t best_rows = 0, best_period = w, best_at = data;
  for (std::size_t period : {w, w + 1}) {
    std::size_t at = data;
    if (period > w && data == he && at < ts.size() && ts[at].kind == Kind::Empty) ++at;  // the header row's closing cell
    std::vector<Kind> kinds(w, Kind::Empty);
    std::size_t n = 0, numbers = 0;
    for (; at + w <= ts.size(); at += period) {
      bool ok = ts[at].kind == Kind::Text || ts[at].kind == Kind::Empty, any = false;
      std::size_t nums = 0;
      for (std::size_t c = 0; c < w && ok; ++c) {
        const Tok& t = ts[at + c];
        if (t.kind == Kind::Break) ok = false;
        else if (t.kind != Kind::Empty) {
          any = true;
          if (kinds[c] != Kind::Empty && kinds[c] != t.kind) ok = false;
          nums += t.kind == Kind::Num;
        }
      }
      if (period > w && at + w < ts.size() && ts[at + w].kind != Kind::Empty && ts[at + w].kind != Kind::Break) ok = false;
      if (!ok || !any) break;
      for (std::size_t c = 0; c < w; ++c)
        if (ts[at + c].kind != Kind::Empty && kinds[c] == Kind::Empty) kinds[c] = ts[at + c].kind;
      numbers += nums;
      ++n;
    }
    if (n >= 2 && numbers > 0 && n > best_rows) { best_rows = n; best_period = period; best_at = at - n * period; }
  }
  if (best_rows < 2) return false;
  for (std::size_t k = i; k < data; ++k) { b.header.push_back(ts[k].key); b.parent.push_back(kNone); }
  std::size_t at = best_at;
  for (std::size_t n = 0; n < best_rows; ++n, at += best_period) {
    std::vector<Placed> row;
    for (std::size_t c = 0; c < w; ++c) row.push_back({&ts[at + c], c});
    if (total_row_label(ts[at].key) && b.total_row == kNone) b.total_row = b.rows.size();
    b.rows.push_back(std::move(row));
  }
  b.first = i;
  b.last = at - (best_period - w);
  return true;
}

// 自评表 indicator rows: the header names the form's columns (三级指标 / 年度指标值 / 实际完成值
// / 分值 / 得分 / 偏差原因); each row has that many cells, or one more when rows are closed by an
// empty cell. The period that keeps the figures under 分值/得分 for the most rows wins.
bool indicator_table(const std::vector<Tok>& ts, std::size_t i, Built& b) {
  std::size_t he = header_run(ts, i, true);
  if (he - i < 4) return false;
  std::vector<std::u32string> header;
  for (std::size_t k = i; k < he; ++k) header.push_back(ts[k].key);
  if (!is_indicator_header(header)) return false;
  const std::size_t w = header.size();
  auto col = [&](const auto& words) -> std::size_t {
    for (Str word : words)
      for (std::size_t c = 0; c < w; ++c)
        if (has(header[c], word)) return c;
    return kNone;
  };
  std::size_t c_name = col(lex::tables::kIndicatorNameColumn);
  std::size_t c_weight = col(lex::tables::kIndicatorWeightColumn);
  std::size_t c_points = col(lex::tables::kIndicatorPointsColumn);
  std::size_t c_target = col(lex::tables::kIndicatorTargetColumn);
  if (c_name == kNone || c_target == kNone) return false;
  auto fits = [&](std::size_t at) {
    if (at + w > ts.size()) return false;
    for (std::size_t c = 0; c < w; ++c)
      if (ts[at + c].kind == Kind::Break) return false;
    const Tok& name = ts[at + c_name];
    if (name.kind != Kind::Text) return false;
    if (ts[at + c_target].kind == Kind::Empty) return false;
    if (c_weight != kNone && ts[at + c_weight].kind == Kind::Text) return false;
    if (c_points != kNone && ts[at + c_points].kind == Kind::Text) return false;
    return true;
  };
  std::size_t best_rows = 0, best_period = w;
  for (std::size_t period : {w, w + 1}) {
    std::size_t at = he + (period - w), n = 0;
    while (fits(at)) { ++n; at += period; }
    if (n > best_rows) { best_rows = n; best_period = period; }
  }
  b.header = header;
  b.parent.assign(w, kNone);
  if (best_rows == 0) {
    // Whole rows fused into one cell each (scraping lost every delimiter): split by the header's
    // columns; the rows end at the first one no single split fits.
    std::vector<FusedRole> roles;
    std::vector<std::size_t> cols;
    for (std::size_t c = 0; c < w; ++c) { roles.push_back(fused_role(header[c])); cols.push_back(c); }
    std::size_t at = he;
    while (at < ts.size() && (ts[at].kind == Kind::Empty || ts[at].kind == Kind::Break)) ++at;
    while (at < ts.size() && b.rows.size() < 2000 && ts[at].kind == Kind::Text && ts[at].key.size() == ts[at].end - ts[at].start) {
      auto split = split_fused_row(ts[at].key, roles);
      if (split.empty()) break;
      std::vector<Placed> row;
      for (const auto& p : split) {
        Tok x = ts[at];
        x.start = ts[at].start + p.begin;
        x.end = ts[at].start + p.end;
        x.key = ts[at].key.substr(p.begin, p.end - p.begin);
        x.kind = kind_of(x.key);
        b.pieces.push_back(std::move(x));
        row.push_back({&b.pieces.back(), p.column});
      }
      b.rows.push_back(std::move(row));
      ++at;
      while (at < ts.size() && (ts[at].kind == Kind::Empty || ts[at].kind == Kind::Break)) ++at;
    }
    if (b.rows.empty()) return false;
    b.last = at;
  } else {
    std::size_t at = he + (best_period - w);
    for (std::size_t n = 0; n < best_rows; ++n, at += best_period) {
      std::vector<Placed> row;
      for (std::size_t c = 0; c < w; ++c) row.push_back({&ts[at + c], c});
      b.rows.push_back(std::move(row));
    }
    b.last = at - (best_period - w);
  }
  // A closing 合计/总分 row: its label spans the name columns, its figures end under 分值/得分.
  std::size_t q = b.last;
  while (q < ts.size() && (ts[q].kind == Kind::Empty || ts[q].kind == Kind::Break)) ++q;
  // Its figures are the 分值 and 得分 totals, in the header's order.
  std::vector<std::size_t> score_cols;
  std::vector<FusedRole> score_roles;
  for (std::size_t c = 0; c < w; ++c)
    if (c == c_weight || c == c_points) { score_cols.push_back(c); score_roles.push_back(c == c_weight ? FusedRole::Total : FusedRole::Score); }
  // "总分10095" or "总分 10095": the total and the score fused (OCR), split by 总分 = 100 and
  // 得分 ≤ 分值 — only when that is the one split that fits.
  const Str grand = lex::tables::kGrandScore;
  if (q < ts.size() && ts[q].kind == Kind::Text && ts[q].key.size() > grand.size() && begins(ts[q].key, grand) &&
      ts[q].key.size() == ts[q].end - ts[q].start && score_cols.size() == 2) {
    Tok label = ts[q], fused = ts[q];
    label.end = label.start + grand.size();
    label.key = std::u32string(grand);
    fused.start = label.end;
    fused.key = ts[q].key.substr(grand.size());
    b.pieces.push_back(label);
    std::vector<Placed> row{{&b.pieces.back(), 0}};
    if (place_fused(fused, score_roles, score_cols, b, row)) {
      b.total_row = b.rows.size();
      b.rows.push_back(std::move(row));
      b.last = q + 1;
    }
  } else if (q < ts.size() && (is_total_name(ts[q].key) || ts[q].key == grand)) {
    std::vector<const Tok*> vals;
    std::size_t k = q + 1;
    while (k < ts.size() && is_value(ts[k]) && vals.size() < 2) vals.push_back(&ts[k++]);
    std::vector<Placed> row{{&ts[q], 0}};
    if (vals.size() == 1 && vals[0]->kind == Kind::Num && score_cols.size() == 2 && ts[q].key == grand &&
        vals[0]->key.size() == vals[0]->end - vals[0]->start && place_fused(*vals[0], score_roles, score_cols, b, row) &&
        row.size() == 3) {
      b.total_row = b.rows.size();
      b.rows.push_back(std::move(row));
      b.last = k;
    } else if (!vals.empty() && vals.front()->kind == Kind::Num) {
      row.resize(1);
      for (std::size_t v = 0; v < vals.size() && v < score_cols.size(); ++v) row.push_back({vals[v], score_cols[v]});
      b.total_row = b.rows.size();
      b.rows.push_back(std::move(row));
      b.last = k;
    }
  }
  b.first = i;
  return true;
}

// 决算公开 total tables (收入支出决算总表, 财政拨款收入支出决算总表): each side of the form is
// 项目 / 行次 / figures, the header names 行次 once a side ("项目 行次 金额 项目 行次 金额"), a side
// word may stand over each side (收入 / 支出), and a 栏次 row numbers the columns under the header.
// Every row is, per side, its label, its row number and its figures, an empty cell kept as such —
// so the rows are of the header's width and need visible empty cells. The 行次 column holds row
// numbers, never amounts (facts/table_model reads it as an index).
bool is_row_number(const Tok& t) {
  if (t.kind == Kind::Empty) return true;
  if (t.kind != Kind::Num || t.key.size() > 3) return false;
  return std::all_of(t.key.begin(), t.key.end(), [](char32_t c) { return is_digit(c); });
}

bool row_number_table(const std::vector<Tok>& ts, std::size_t i, Built& b) {
  using lex::tables::kRowNumberColumn;
  using lex::tables::kColumnNumberRow;
  if (i >= ts.size() || ts[i].kind != Kind::Text) return false;
  // The header: short words (and empty cells) up to the 栏次 row or the first figure; bounded.
  std::size_t j = i, first_no = kNone;
  while (j < ts.size() && j - i < 32 && ts[j].key != kColumnNumberRow &&
         ((ts[j].kind == Kind::Text && ts[j].key.size() <= 24) || ts[j].kind == Kind::Empty)) {
    if (first_no == kNone && ts[j].key == kRowNumberColumn) first_no = j;
    ++j;
  }
  if (first_no == kNone || j >= ts.size()) return false;
  const bool numbered = ts[j].key == kColumnNumberRow;
  std::size_t hend = numbered ? j : j - 1;  // without a 栏次 row the run's last word labels row 1
  if (!numbered && ts[j].kind != Kind::Num) return false;
  if (hend <= first_no + 1) return false;
  // The label column's name (项目) stands before 行次; a header that left it blank or out (its
  // leading cell missing) still has the label column: the rows carry it, so it is a nameless column.
  const bool named = first_no > i && ts[first_no - 1].kind == Kind::Text && names_label_column(ts[first_no - 1].key);
  const std::size_t h0 = named ? first_no - 1 : first_no, pad = named ? 0 : 1;
  const std::size_t w = hend - h0 + pad;
  std::vector<std::u32string> hdr(pad);
  for (std::size_t k = h0; k < hend; ++k) hdr.push_back(ts[k].kind == Kind::Empty ? std::u32string() : ts[k].key);
  // One 行次 a side, right after each side's label column.
  std::size_t sides = 0;
  for (const auto& h : hdr) sides += h == kRowNumberColumn;
  if (sides == 0 || w % sides != 0 || w / sides < 3) return false;
  const std::size_t side_w = w / sides, no_at = 1;
  for (std::size_t sd = 0; sd < sides; ++sd)
    if (hdr[sd * side_w + no_at] != kRowNumberColumn) return false;
  // The side words over the sides (收入 / 支出), when written right before the header.
  std::vector<std::u32string> side_names(sides);
  if (h0 >= i + sides) {
    bool all = true;
    for (std::size_t sd = 0; sd < sides; ++sd) all &= ts[h0 - sides + sd].kind == Kind::Text && is_header_word(ts[h0 - sides + sd].key);
    if (all && sides > 1)
      for (std::size_t sd = 0; sd < sides; ++sd) side_names[sd] = ts[h0 - sides + sd].key;
  }
  std::size_t p = hend;
  if (numbered) {  // the 栏次 row: 栏次, (empty), column numbers — one a side
    std::size_t k = p;
    while (k < ts.size() && k - p < w && (ts[k].key == kColumnNumberRow || is_row_number(ts[k]))) ++k;
    if (k - p != w) return false;
    p = k;
  }
  auto fits = [&](std::size_t at) {
    if (at + w > ts.size()) return false;
    bool any = false;
    for (std::size_t c = 0; c < w; ++c) {
      const Tok& t = ts[at + c];
      std::size_t in_side = c % side_w;
      if (t.kind == Kind::Break) return false;
      if (in_side == 0 ? t.kind == Kind::Num : in_side == no_at ? !is_row_number(t) : t.kind == Kind::Text) return false;
      any |= in_side == 0 && t.kind == Kind::Text;
    }
    return any;
  };
  std::size_t rows = 0, at = p;
  while (rows < 2000 && fits(at)) { ++rows; at += w; }
  if (rows < 2) return false;
  for (std::size_t c = 0; c < w; ++c) {
    b.header.push_back(side_names[c / side_w] + hdr[c]);
    b.parent.push_back(kNone);
  }
  for (std::size_t r = 0; r < rows; ++r) {
    std::vector<Placed> row;
    for (std::size_t c = 0; c < w; ++c) row.push_back({&ts[p + r * w + c], c});
    if (total_row_label(ts[p + r * w].key) && b.total_row == kNone) b.total_row = b.rows.size();
    b.rows.push_back(std::move(row));
  }
  b.first = h0;
  b.last = p + rows * w;
  return true;
}

// The same 决算公开 tables where an empty cell leaves no trace (a one-line table split at spaces):
// rows are found by their 行次, which count up by one a side — each side of a row is its label
// (left out when blank), its row number, then either all of the side's figures or none. A side
// with some of its figures (which ones is unknown) or a number out of sequence ends the table:
// what cannot be placed stays text.
bool sequential_row_table(const std::vector<Tok>& ts, std::size_t i, Built& b) {
  using lex::tables::kRowNumberColumn;
  if (i >= ts.size() || ts[i].kind != Kind::Text || !names_label_column(ts[i].key)) return false;
  auto number = [](const Tok& t) -> long {
    if (t.kind != Kind::Num || t.key.size() > 3 || !std::all_of(t.key.begin(), t.key.end(), [](char32_t c) { return is_digit(c); })) return -1;
    long v = 0;
    for (char32_t c : t.key) v = v * 10 + digit_value(c);
    return v;
  };
  // The header: the label column's name, then short words up to the first row (bounded). The
  // 栏次 row's cells may stand in it or after it (a spreadsheet read cell by cell puts its
  // "栏次" among the header words and its column numbers after them): "栏次" is no column, and
  // the column numbers are skipped when a row (a label and its row number) follows them.
  std::vector<std::size_t> words;
  std::size_t j = i;
  bool numbered = false;
  for (; j < ts.size() && j - i < 24 && ts[j].kind == Kind::Text && ts[j].key.size() <= 24; ++j) {
    if (ts[j].key == lex::tables::kColumnNumberRow) numbered = true;
    else words.push_back(j);
  }
  if (j >= ts.size() || ts[j].kind != Kind::Num || words.empty()) return false;
  std::size_t p = j;
  if (numbered) {
    std::size_t k = j;
    while (k < ts.size() && k - j < 8 && number(ts[k]) >= 0) ++k;
    if (k + 1 < ts.size() && ts[k].kind == Kind::Text && number(ts[k + 1]) >= 0) p = k;
  }
  if (p == j) {  // no column numbers: the run's last word labels row 1
    if (ts[j - 1].kind != Kind::Text || words.back() != j - 1) return false;
    words.pop_back();
    p = j - 1;
  }
  // A side word (收入 / 支出) right before a label column's name names that side's columns
  // instead of being one.
  std::vector<const Tok*> hdr;
  std::vector<std::u32string> side_of;  // the side word standing over each column
  std::u32string side;
  auto side_word = [&](std::size_t k) {
    return std::find(lex::tables::kSideWords.begin(), lex::tables::kSideWords.end(), Str(ts[k].key)) != lex::tables::kSideWords.end();
  };
  if (i > 0 && side_word(i - 1)) side = ts[i - 1].key;  // the first side's word, before the header proper
  for (std::size_t x = 0; x < words.size(); ++x) {
    const std::size_t k = words[x];
    const bool over_side = x > 0 && x + 1 < words.size() && names_label_column(ts[words[x + 1]].key) && side_word(k);
    if (over_side) { side = ts[k].key; continue; }
    hdr.push_back(&ts[k]);
    side_of.push_back(side);
  }
  const std::size_t w = hdr.size();
  // Each side starts at a label column's name followed by 行次; sides may differ in width
  // (收入: 金额; 支出: 年初预算数 / 决算数).
  std::vector<std::size_t> side_at;  // first column of each side, then w
  for (std::size_t c = 0; c + 1 < w; ++c)
    if (names_label_column(hdr[c]->key) && hdr[c + 1]->key == kRowNumberColumn) side_at.push_back(c);
  if (side_at.empty() || side_at.front() != 0) return false;
  side_at.push_back(w);
  const std::size_t sides = side_at.size() - 1;
  for (std::size_t sd = 0; sd < sides; ++sd)
    if (side_at[sd + 1] - side_at[sd] < 3) return false;
  if (side_of.back() == side_of.front()) std::fill(side_of.begin(), side_of.end(), std::u32string());  // no side words over the sides
  std::vector<long> next(sides, -1);  // each side's next row number (unknown before row 1)
  std::size_t rows_with_figures = 0;
  for (std::size_t r = 0; r < 2000; ++r) {
    std::vector<Placed> row;
    std::size_t q = p;
    bool ok = true, any_label = false, any_figure = false;
    for (std::size_t sd = 0; sd < sides && ok; ++sd) {
      const Tok* label = nullptr;
      if (q < ts.size() && ts[q].kind == Kind::Text && ts[q].key.size() <= 30) label = &ts[q++];
      long n = q < ts.size() ? number(ts[q]) : -1;
      if (n < 0 || (next[sd] >= 0 && n != next[sd])) { ok = false; break; }
      if (!label && next[sd] < 0) { ok = false; break; }  // row 1 is named
      const std::size_t no_at = q++;
      next[sd] = n + 1;
      // The side's figures: up to the next side's label or row number.
      const long after = sd + 1 < sides ? next[sd + 1] : next[0];
      const std::size_t figures = side_at[sd + 1] - side_at[sd] - 2, at = side_at[sd];
      std::size_t f = q;
      while (f < ts.size() && f - q <= figures && ts[f].kind == Kind::Num && !(after >= 0 && number(ts[f]) == after)) ++f;
      if (f - q != 0 && f - q != figures) { ok = false; break; }
      if (label) { row.push_back({label, at}); any_label = true; }
      row.push_back({&ts[no_at], at + 1});
      for (std::size_t k = q; k < f; ++k) row.push_back({&ts[k], at + 2 + (k - q)});
      any_figure |= f > q;
      q = f;
    }
    if (!ok || !any_label) break;
    if (row.front().col == 0 && total_row_label(row.front().tok->key) && b.total_row == kNone) b.total_row = b.rows.size();
    rows_with_figures += any_figure;
    b.rows.push_back(std::move(row));
    p = q;
  }
  if (b.rows.size() < 2 || rows_with_figures == 0) return false;
  for (std::size_t c = 0; c < w; ++c) { b.header.push_back(side_of[c] + hdr[c]->key); b.parent.push_back(kNone); }
  b.first = i;
  b.last = p;
  return true;
}

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
void parse_stream(const std::vector<Tok>& ts, const char* source, bool empties_visible, Document& doc) {
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
    i = b.last;
  }
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
  parse_stream(ts, terminated_mode ? "pipe-cells" : "pipe-lines", true, doc);
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
