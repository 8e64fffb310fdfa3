#include "structure/tables.h"

#include <algorithm>

#include "lexicon/table_forms.h"
#include "numbers/units.h"
#include "structure/table_build.h"
#include "structure/table_templates.h"
#include "structure/text_lines.h"
#include "text/chars.h"
#include "text/trim.h"

namespace gouji {
namespace {

using namespace chars;
using Str = std::u32string_view;

using LineInfo = TextLine;

void trim(Str s, std::size_t& b, std::size_t& e) {
  while (b < e && (is_space(s[b]))) ++b;
  while (e > b && (is_space(s[e - 1]))) --e;
}

bool blank(Str s, const LineInfo& l) {
  for (std::size_t i = l.start; i < l.end; ++i)
    if (!is_space(s[i])) return false;
  return true;
}

bool is_total_label(const std::u32string& t) {
  std::u32string compact;
  for (char32_t c : t)
    if (!is_space(c)) compact += c;
  return is_total_name(compact);
}

// The last unit caption ("单位：万元", "（单位：万元）", "金额单位：元") in a line before `limit`.
bool unit_caption(Str s, const LineInfo& l, std::size_t limit, Table& t) {
  Str line = s.substr(l.start, limit - l.start);
  for (std::size_t p = line.rfind(lex::tables::kUnitCaption); p != Str::npos; p = p == 0 ? Str::npos : line.rfind(lex::tables::kUnitCaption, p - 1)) {
    std::size_t q = p + lex::tables::kUnitCaption.size();
    while (q < line.size() && (line[q] == U'：' || line[q] == U':' || is_space(line[q]))) ++q;
    if (const UnitDef* u = match_unit(line.substr(q))) {
      t.unit = u;
      t.unit_start = l.start + q;
      t.unit_end = l.start + q + u->text.size();
      return true;
    }
  }
  return false;
}

// The unit caption of a table: on its own line before it starts (a one-line table after its title
// "公开01表 金额单位：元"), or in the few lines above — blank lines, the title and "部门：…" lines
// may stand between the caption and the header. A sentence ends the search: a caption above
// prose belongs to another table.
void find_unit(Str s, const std::vector<LineInfo>& lines, std::size_t first_line_idx, Table& t) {
  const LineInfo& own = lines[first_line_idx];
  if (t.start > own.start && t.start <= own.end && unit_caption(s, own, t.start, t)) return;
  std::size_t seen = 0;
  for (std::size_t k = first_line_idx; k > 0 && seen < 4 && first_line_idx - k < 16; --k) {
    const LineInfo& l = lines[k - 1];
    if (blank(s, l)) continue;
    ++seen;
    if (unit_caption(s, l, l.end, t)) return;
    for (std::size_t i = l.start; i < l.end; ++i)
      if (s[i] == U'。') return;
  }
}

// Word paste: every cell on its own line starting with a TAB; a blank line followed by another
// TAB line ends a row; a short line without TAB continues the previous cell ("年初" / "预算").
std::size_t read_word_paste(const Text& text, const std::vector<LineInfo>& lines, std::size_t li, Document& doc) {
  Str s(text.chars());
  std::vector<RawRow> rows(1);
  std::size_t k = li, last_table_line = li;
  bool pending_blank = false;
  for (; k < lines.size(); ++k) {
    const LineInfo& l = lines[k];
    if (blank(s, l) && !(l.end > l.start && s[l.start] == U'\t')) { pending_blank = true; continue; }
    if (s[l.start] == U'\t') {
      if (pending_blank && !rows.back().empty()) rows.emplace_back();
      pending_blank = false;
      std::size_t b = l.start + 1, e = l.end;
      trim(s, b, e);
      rows.back().push_back({b, e, std::u32string(s.substr(b, e - b))});
      last_table_line = k;
      continue;
    }
    // Continuation of a header cell: short, no sentence punctuation.
    std::size_t b = l.start, e = l.end;
    trim(s, b, e);
    bool short_word = e - b <= 6 && std::none_of(s.begin() + b, s.begin() + e, [](char32_t c) { return is_sentence_end(c) || is_clause_sep(c); });
    if (short_word && !rows.back().empty()) {
      RawCell& c = rows.back().back();
      if (c.start == c.end) c.start = b;
      c.text += std::u32string(s.substr(b, e - b));
      c.end = e;
      last_table_line = k;
      pending_blank = false;
      continue;
    }
    break;
  }
  if (rows.back().empty()) rows.pop_back();
  Table t;
  t.source = "word-paste";
  t.start = lines[li].start;
  t.end = lines[last_table_line].end;
  if (build_table(rows, t) && !metadata_box(t)) {
    if (!t.unit) find_unit(s, lines, li, t);
    doc.table_lines.push_back({lines[li].number, lines[last_table_line].number});
    doc.tables.push_back(std::move(t));
  }
  return last_table_line + 1;
}

// Delimited rows: at least two consecutive lines with the same number (≥ 3) of TAB- or
// |-separated cells.
std::size_t read_delimited(const Text& text, const std::vector<LineInfo>& lines, std::size_t li, char32_t sep, Document& doc) {
  Str s(text.chars());
  auto split = [&](const LineInfo& l) {
    RawRow r;
    std::size_t b = l.start, e = l.end;
    trim(s, b, e);
    if (sep == U'|') {
      if (b < e && s[b] == U'|') ++b;
      if (e > b && s[e - 1] == U'|') --e;
    }
    std::size_t cs = b;
    for (std::size_t i = b; i <= e; ++i) {
      if (i == e || s[i] == sep) {
        std::size_t x = cs, y = i;
        trim(s, x, y);
        r.push_back({x, y, std::u32string(s.substr(x, y - x))});
        cs = i + 1;
      }
    }
    return r;
  };
  std::vector<RawRow> rows;
  std::size_t k = li;
  for (; k < lines.size(); ++k) {
    RawRow r = split(lines[k]);
    if (r.size() < 3) break;
    // Markdown separator rows "|---|---|".
    bool rule = std::all_of(r.begin(), r.end(), [](const RawCell& c) {
      return !c.text.empty() && std::all_of(c.text.begin(), c.text.end(), [](char32_t ch) { return ch == U'-' || ch == U':' || ch == U' '; });
    });
    if (!rule) rows.push_back(std::move(r));
  }
  if (rows.size() < 2) return li + 1;
  Table t;
  t.source = sep == U'|' ? "pipe" : "tsv";
  t.start = lines[li].start;
  t.end = lines[k - 1].end;
  if (build_table(rows, t) && !metadata_box(t)) {
    if (!t.unit) find_unit(s, lines, li, t);
    doc.table_lines.push_back({lines[li].number, lines[k - 1].number});
    doc.tables.push_back(std::move(t));
  }
  return k;
}

std::size_t count(Str s, const LineInfo& l, char32_t c) {
  return static_cast<std::size_t>(std::count(s.begin() + l.start, s.begin() + l.end, c));
}

}  // namespace

bool looks_numeric(const std::u32string& t) {
  bool digit = false;
  for (std::size_t k = 0; k < t.size(); ++k) {
    char32_t c = t[k];
    if (is_digit(c)) digit = true;
    else if (!(is_space(c) || c == U'.' || c == U',' || c == U'-' || c == U'－' || c == U'%' || c == U'％' ||
               (c == U'，' && is_group_comma(t, k))))
      return false;
  }
  return digit;
}

const UnitDef* split_money_unit(std::u32string& key) {
  std::size_t n = 0;
  while (n < key.size() && (is_digit(key[n]) || key[n] == U'.' || key[n] == U',' || (key[n] == U'，' && is_group_comma(key, n)) || (n == 0 && key[n] == U'-'))) ++n;
  if (n == 0 || n == key.size() || !looks_numeric(key.substr(0, n))) return nullptr;
  const UnitDef* u = match_unit(Str(key).substr(n));
  if (!u || u->kind != UnitKind::Money || u->text.size() != key.size() - n) return nullptr;
  key.resize(n);
  return u;
}

bool metadata_box(const Table& t) {
  int hits = 0;
  auto look = [&](const std::string& c) { hits += is_metadata_cell(from_utf8_lossy(c)); };
  for (const auto& h : t.header) look(h);
  for (const auto& r : t.rows)
    for (const auto& c : r) look(c.text);
  return hits >= 2;
}

// Turns raw rows into a grid: header rows merged per column, short rows placed by content.
bool build_table(const std::vector<RawRow>& written, Table& t) {
  if (written.size() < 2) return false;
  // Figures written with their money unit ("12.5万元") read as figures when the cells agree on
  // the unit, which becomes the table's; cells in different units stay as written.
  std::vector<RawRow> raw = written;
  const UnitDef* cell_unit = nullptr;
  bool agree = true;
  for (auto& r : raw)
    for (auto& c : r) {
      std::u32string compact;
      for (char32_t ch : c.text)
        if (!is_space(ch)) compact += ch;
      const UnitDef* u = split_money_unit(compact);
      if (!u) continue;
      if (!cell_unit) {
        cell_unit = u;
        t.unit_start = c.end - u->text.size();
        t.unit_end = c.end;
      }
      agree &= u == cell_unit;
      c.text = compact;
    }
  if (cell_unit && agree) t.unit = cell_unit;
  else if (cell_unit) { raw = written; t.unit_start = t.unit_end = 0; }
  if (stacked_header(raw, t)) return true;
  std::size_t cols = 0;
  for (const auto& r : raw) cols = std::max(cols, r.size());
  if (cols < 2) return false;
  // Header rows: leading rows whose non-empty cells are not numbers.
  std::size_t header_rows = 0;
  while (header_rows < raw.size() && header_rows < 3) {
    const RawRow& r = raw[header_rows];
    bool any_text = false, any_number = false;
    for (const auto& c : r) {
      if (c.text.empty()) continue;
      if (looks_numeric(c.text)) any_number = true;
      else any_text = true;
    }
    if (any_number || !any_text) break;
    ++header_rows;
  }
  if (header_rows == 0 || header_rows == raw.size()) return false;
  t.columns = cols;
  t.header.assign(cols, "");
  for (std::size_t h = 0; h < header_rows; ++h)
    for (std::size_t c = 0; c < raw[h].size() && c < cols; ++c) {
      std::u32string compact;
      for (char32_t ch : raw[h][c].text)
        if (!is_space(ch)) compact += ch;
      t.header[c] += to_utf8(compact);
    }
  // What each column holds in the full-width rows: numbers (+1) or words (-1).
  std::vector<int> kind(cols, 0);
  for (std::size_t r = header_rows; r < raw.size(); ++r) {
    if (raw[r].size() != cols) continue;
    for (std::size_t c = 0; c < cols; ++c)
      if (!raw[r][c].text.empty()) kind[c] += looks_numeric(raw[r][c].text) ? 1 : -1;
  }
  for (std::size_t r = header_rows; r < raw.size(); ++r) {
    const RawRow& rr = raw[r];
    std::vector<Cell> row;
    row.reserve(rr.size());  // exact: a row pushed by doubling keeps up to half its cells unused
    bool total = !rr.empty() && is_total_label(rr[0].text);
    // A short row: its first cell stays in column 0 (spanning what it covers), the others shift
    // right by the amount that puts numbers under number columns and words under word columns.
    // A tie keeps the cells left (trailing cells empty); a 合计 row's tie goes right (合计
    // spanning 序号 and 项目).
    std::size_t shift = 0;
    if (cols > rr.size() && rr.size() > 1) {
      int best = -1000000;
      for (std::size_t sft = 0; sft + rr.size() <= cols; ++sft) {
        int score = 0;
        for (std::size_t c = 1; c < rr.size(); ++c) {
          if (rr[c].text.empty()) continue;
          int k = kind[c + sft];
          bool num = looks_numeric(rr[c].text);
          score += k == 0 ? 0 : ((k > 0) == num ? 2 : -2);
        }
        if (score > best || (score == best && total)) { best = score; shift = sft; }
      }
    }
    for (std::size_t c = 0; c < rr.size(); ++c) {
      Cell cell;
      cell.start = rr[c].start;
      cell.end = rr[c].end;
      cell.text = to_utf8(rr[c].text);
      cell.column = c == 0 ? 0 : c + shift;
      cell.span = c == 0 ? 1 + shift : 1;
      row.push_back(std::move(cell));
    }
    if (total && t.total_row == kNone) t.total_row = t.rows.size();
    t.rows.push_back(std::move(row));
  }
  trim(t.rows);
  return true;
}

void read_tables(const Text& text, Document& doc) {
  Str s(text.chars());
  auto lines = lines_of(s);
  std::size_t flat_from = doc.tables.size();
  read_flat_tables(text, doc);
  for (std::size_t i = flat_from; i < doc.tables.size(); ++i) {
    // "单位：万元" in the few lines above a flattened table (a unit its cells write wins).
    if (doc.tables[i].unit) continue;
    auto at = std::upper_bound(lines.begin(), lines.end(), doc.tables[i].start,
                               [](std::size_t p, const LineInfo& l) { return p < l.start; });
    if (at != lines.begin()) find_unit(s, lines, static_cast<std::size_t>(at - lines.begin() - 1), doc.tables[i]);
  }
  // Lines the flattened readers took are left alone here.
  std::vector<std::pair<std::size_t, std::size_t>> taken = doc.table_lines;
  std::size_t ti = 0;
  for (std::size_t li = 0; li < lines.size();) {
    const LineInfo& l = lines[li];
    while (ti < taken.size() && taken[ti].second < l.number) ++ti;
    if (ti < taken.size() && taken[ti].first <= l.number) { li = taken[ti].second; continue; }
    if (l.end > l.start && s[l.start] == U'\t' && count(s, l, U'\t') == 1) {
      li = read_word_paste(text, lines, li, doc);
    } else if (count(s, l, U'\t') >= 2) {
      li = read_delimited(text, lines, li, U'\t', doc);
    } else if (count(s, l, U'|') >= 3) {
      li = read_delimited(text, lines, li, U'|', doc);
    } else {
      ++li;
    }
  }
  // Both passes append: keep tables (and their line ranges) in text order.
  std::vector<std::size_t> order(doc.tables.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return doc.tables[a].start < doc.tables[b].start; });
  std::vector<Table> ts;
  std::vector<std::pair<std::size_t, std::size_t>> ls;
  for (std::size_t i : order) { ts.push_back(std::move(doc.tables[i])); ls.push_back(doc.table_lines[i]); }
  doc.tables = std::move(ts);
  doc.table_lines = std::move(ls);
}

bool cell_number(const std::string& cell_text, std::string& ascii) {
  ascii.clear();
  std::u32string t = from_utf8_lossy(cell_text);
  for (char32_t c : t) {
    if (is_digit(c)) ascii += static_cast<char>('0' + digit_value(c));
    else if (is_decimal_point(c)) ascii += '.';
    else if (c == U'-' || c == U'－' || c == U'−') { if (!ascii.empty()) return false; ascii += '-'; }
    else if (c == U',' || c == U'，' || is_space(c)) continue;
    else return false;
  }
  return !ascii.empty() && ascii != "-";
}

}  // namespace gouji
