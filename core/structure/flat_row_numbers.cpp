// 决算公开 total tables with a 行次 column: read by their row numbers, with visible empty cells
// or (where an empty cell leaves no trace) by the numbers counting up.
#include <algorithm>

#include "lexicon/table_forms.h"
#include "structure/flat_tables_internal.h"
#include "structure/table_templates.h"

namespace gouji {
namespace flat_detail {

namespace {

bool is_row_number(const Tok& t) {
  if (t.kind == Kind::Empty) return true;
  if (t.kind != Kind::Num || t.key.size() > 3) return false;
  return std::all_of(t.key.begin(), t.key.end(), [](char32_t c) { return is_digit(c); });
}

}  // namespace

// 决算公开 total tables (收入支出决算总表, 财政拨款收入支出决算总表): each side of the form is
// 项目 / 行次 / figures, the header names 行次 once a side ("项目 行次 金额 项目 行次 金额"), a side
// word may stand over each side (收入 / 支出), and a 栏次 row numbers the columns under the header.
// Every row is, per side, its label, its row number and its figures, an empty cell kept as such —
// so the rows are of the header's width and need visible empty cells. The 行次 column holds row
// numbers, never amounts (facts/table_model reads it as an index).
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

}  // namespace flat_detail
}  // namespace gouji
