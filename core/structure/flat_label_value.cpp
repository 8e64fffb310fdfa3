// Label + figures: the row shape of 预算/决算/三公 tables and 028-style year rows.
#include <algorithm>

#include "lexicon/table_forms.h"
#include "structure/flat_tables_internal.h"
#include "structure/table_templates.h"

namespace gouji {
namespace flat_detail {

namespace {

// One row: its label, its figures (numbers or empty cells) and a long text after them (原因).
struct Row {
  const Tok* label;
  std::vector<const Tok*> values;
  const Tok* note = nullptr;  // a long text after the figures (原因)
};

// The words before the first row's label, header cells broken over two lines joined (their
// tokens in `joined`); `label` is the first row's label. False when there is no such header.
bool read_header(const std::vector<Tok>& ts, std::size_t i, std::vector<Tok>& joined, std::vector<const Tok*>& header,
                 std::size_t& label) {
  std::size_t he = header_run(ts, i, false);
  if (he == i) return false;
  // 行次 tables are read by their row numbers (row_number_table, sequential_row_table): the 行次
  // column holds no figures.
  for (std::size_t k = i; k < he; ++k)
    if (ts[k].key == lex::tables::kRowNumberColumn) return false;
  std::size_t header_end;
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
  joined.reserve(header_end - i);
  for (std::size_t k = i; k < header_end; ++k) {
    if (!joined.empty() && joined.back().kind == Kind::Text && ts[k].kind == Kind::Text && header_fragments(joined.back().key, ts[k].key)) {
      joined.back().key += ts[k].key;
      joined.back().end = ts[k].end;
      continue;
    }
    joined.push_back(ts[k]);
  }
  for (const Tok& h : joined) header.push_back(&h);
  while (!header.empty() && header.back()->kind == Kind::Empty) header.pop_back();
  return header.size() >= 2;
}

// The rows from `label` on, at most `cap` cells each; returns the end of the last one.
std::size_t read_rows(const std::vector<Tok>& ts, std::size_t label, std::size_t cap, std::vector<Row>& rows) {
  std::size_t p = label, end = label;
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
  return end;
}

// The header of `width` columns into b: a two-row header, one missing its leading cell, or the
// last `width` words. `width` grows to a wider header; `by_name` when figures go under the
// named columns only. False when the words do not make the header.
bool place_header(const std::vector<Tok>& ts, std::size_t i, std::vector<const Tok*>& header, std::size_t& width,
                  bool& by_name, Built& b) {
  b.header.clear();
  b.parent.clear();
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
  return true;
}

// Each row's cells under the header's columns (fused figures split by the columns' roles).
bool place_rows(const std::vector<Row>& rows, bool by_name, Built& b) {
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
  return true;
}

}  // namespace

// Label + figures: each row a label followed by its figures (numbers or empty cells, up to a row
// break); a long note after the figures is the row's text cell (原因). The header is the words
// before the first row's label.
bool label_value_table(const std::vector<Tok>& ts, std::size_t i, Built& b) {
  std::vector<Tok> joined;
  std::vector<const Tok*> header;
  std::size_t label;
  if (!read_header(ts, i, joined, header, label)) return false;
  std::vector<Row> rows;
  std::size_t end = read_rows(ts, label, header.size() + 1, rows);
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
  bool by_name = false;
  if (!place_header(ts, i, header, width, by_name, b)) return false;
  const std::size_t first_header = header.front()->idx;
  std::size_t template_words = 0;
  for (const auto& h : b.header) template_words += is_header_word(h);
  if (template_words < 2) return false;
  while (b.header.size() < width) { b.header.push_back(U""); b.parent.push_back(kNone); }
  if (!place_rows(rows, by_name, b)) return false;
  b.first = first_header;
  b.last = end;
  return true;
}

}  // namespace flat_detail
}  // namespace gouji
