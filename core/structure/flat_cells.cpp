// The cell stream of a flattened table: a stretch of text cut into tokens (cells, empty cells,
// row breaks), with figures fused onto a label split off.
#include <algorithm>

#include "lexicon/table_forms.h"
#include "structure/flat_tables_internal.h"

namespace gouji {
namespace flat_detail {
namespace {

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

}  // namespace

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

}  // namespace flat_detail
}  // namespace gouji
