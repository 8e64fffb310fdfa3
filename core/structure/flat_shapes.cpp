// Tools the row shapes share (header runs, row labels, fused figures placed under columns), and
// the simplest shape: 资金到位 tables written as name/figure pairs.
#include "lexicon/table_forms.h"
#include "structure/flat_tables_internal.h"
#include "structure/table_templates.h"

namespace gouji {
namespace flat_detail {
namespace {

// The next token index at or after i that is not a break.
std::size_t skip_breaks(const std::vector<Tok>& ts, std::size_t i) {
  while (i < ts.size() && ts[i].kind == Kind::Break) ++i;
  return i;
}

template <std::size_t N>
bool ends_with_any(Str k, const std::array<Str, N>& ws) {
  for (Str w : ws)
    if (ends(k, w)) return true;
  return false;
}

}  // namespace

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

bool total_row_label(const std::u32string& k) {
  return is_total_name(k) || (k.size() <= 6 && ends_with_any(k, lex::tables::kTotalEndings));
}

bool plain_header(const std::vector<Tok>& ts, std::size_t from, std::size_t to, const Tok& first_label) {
  if (is_header_word(first_label.key) && !is_total_name(first_label.key) && first_label.key.size() <= 3) return false;
  std::vector<std::u32string> h;
  for (std::size_t k = from; k < to; ++k) h.push_back(ts[k].key);
  return !is_indicator_header(h);
}

}  // namespace flat_detail
}  // namespace gouji
