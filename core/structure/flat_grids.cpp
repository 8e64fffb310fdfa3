// Rows of a header's width: plain grids (分配表) and 自评表 indicator rows.
#include <algorithm>

#include "lexicon/table_forms.h"
#include "structure/flat_tables_internal.h"
#include "structure/table_templates.h"

namespace gouji {
namespace flat_detail {

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

}  // namespace flat_detail
}  // namespace gouji
