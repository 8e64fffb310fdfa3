#include "text/pdf_join.h"

#include <algorithm>
#include <map>

#include "lexicon/han_numerals.h"
#include "lexicon/join_words.h"
#include "text/chars.h"
#include "text/normalize.h"

namespace gouji {
namespace {

using namespace chars;

// A line with what every decision below asks of it again and again, found in the one pass that
// splits the text.
struct Line {
  std::size_t start, end;  // without the newline
  std::size_t visible;     // characters that are not is_space
  bool row;                // a table row (tab cells, pipe cells, a lone "|" between one-cell
                           // lines): its breaks are real, whatever its width; another reader
                           // rebuilds the table from them
};
constexpr std::size_t kNoLine = static_cast<std::size_t>(-1);

std::vector<Line> split_lines(const std::u32string& s) {
  std::vector<Line> lines;
  Line l{0, 0, 0, false};
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char32_t c = s[i];
    if (c > U'\u3000' && c != U'｜') {  // Han and CJK marks: visible, no cell mark
      ++l.visible;
      continue;
    }
    if (c == U'\n') {
      l.end = i;
      lines.push_back(l);
      l = Line{i + 1, 0, 0, false};
      continue;
    }
    l.visible += !is_space(c);
    l.row = l.row || c == U'\t' || c == U'|' || c == U'｜';
  }
  l.end = s.size();
  lines.push_back(l);
  return lines;
}

// A view: every line of every text is trimmed two or three times while deciding what to join.
std::u32string_view trimmed(const std::u32string& s, const Line& l) {
  std::size_t b = l.start, e = l.end;
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return std::u32string_view(s).substr(b, e - b);
}

// "12", "- 12 -", "第 3 页", "3/20": a page number line.
bool is_page_number(std::u32string_view t) {
  if (t.empty() || t.size() > 12) return false;
  std::size_t digits = 0;
  for (char32_t c : t) {
    if (is_digit(c)) ++digits;
    else if (!(c == U'-' || c == U'—' || c == U'第' || c == U'页' || c == U'/' || c == U' ' || c == U'共')) return false;
  }
  return digits > 0;
}

bool ends_paragraph(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'：' || c == U'!' || c == U'?' || c == U';' ||
         c == U'”' || c == U'）' || c == U')';
}

bool starts_block(const std::u32string& s, std::size_t i, std::size_t end) {
  while (i < end && (s[i] == U' ' || s[i] == U'\u3000')) ++i;
  if (i >= end) return true;
  char32_t c = s[i];
  if (c == U'\t' || c == U'第' || (c >= U'①' && c <= U'⑳')) return true;
  // "（一）", "(2)" open an item; "(其中建筑工程…)" after a wrapped "…投资3374.3万元" carries on.
  if (c == U'（' || c == U'(') {
    std::size_t k = i + 1;
    while (k < end && (is_digit(s[k]) || lex::kHanNumerals.find(s[k]) != std::u32string_view::npos)) ++k;
    return k > i + 1 && k < end && (s[k] == U'）' || s[k] == U')');
  }
  if (c == U'—' && i + 1 < end && s[i + 1] == U'—') return true;  // "——2023年1月…": a subtitle
  // 一、 / 1. / 1、 markers
  std::size_t k = i;
  while (k < end && (is_digit(s[k]) || lex::kHanNumerals.find(s[k]) != std::u32string_view::npos)) ++k;
  // "六、2023年…" is an item; "1.5万元" is a number, not "1." opening one.
  if (k > i && k < end && s[k] == U'、') return true;
  return k > i && k < end && (s[k] == U'.' || s[k] == U'．') && !(k + 1 < end && is_digit(s[k + 1]));
}

// Width in display columns: a PDF wraps by width, and a CJK character is two columns while a
// digit or a space is one, so a line full of half-width figures wraps at fewer characters.
std::size_t width(std::u32string_view t) {
  std::size_t w = 0;
  for (char32_t c : t) w += c >= 0x2E80 ? 2 : 1;
  return w;
}

// Running prose: a comma or a full stop inside (not a heading, a label or a row of figures; a
// thousands separator is not a comma; a half-width ";" counts, as PDF converters write it). A
// prose line that stops without its closing mark is cut mid-sentence even when it is narrower
// than the wrap width: justified PDF lines full of half-width figures and spaces are.
bool prose(std::u32string_view t) {
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    char32_t c = t[i];
    if ((c == U'，' && !is_group_comma(t, i)) || c == U'。' || c == U'；' || c == U';' ||
        (c == U',' && !(i > 0 && is_digit(t[i - 1]) && is_digit(t[i + 1]))))
      return true;
  }
  return false;
}

// A figure cut from its unit: "…支出1320.00万" + "元，比上年…", "…增长10.0" + "%，…". Between a
// figure and its unit no writer breaks a line, so the break is soft in any text, PDF-like or not
// — but only inside running prose (the figure follows a word, the next line carries on after the
// unit), never a table cell of a lone figure above a lone unit.
bool figure_cut(std::u32string_view t, std::u32string_view next) {
  if (t.size() < 3 || next.size() < 2) return false;
  std::size_t e = t.size();
  bool multiplier = lex::join::kMultiplierBeforeYuan.find(t[e - 1]) != std::u32string_view::npos;
  if (multiplier) --e;
  if (!is_digit(t[e - 1])) return false;
  std::size_t b = e;
  while (b > 0 && (is_digit(t[b - 1]) || t[b - 1] == U'.' || t[b - 1] == U',' || is_group_comma(t, b - 1))) --b;
  if (b == 0 || !is_han(t[b - 1])) return false;
  char32_t n = next.front();
  bool unit = multiplier ? n == U'元' : lex::join::kUnitAfterDigit.find(n) != std::u32string_view::npos;
  return unit && (is_han(next[1]) || prose(next));
}

// A space grouping thousands ("36 849 227"): a digit before it, exactly three digits after.
bool is_group_space(std::u32string_view s, std::size_t i) {
  if (i == 0 || i + 3 >= s.size() || s[i] != U' ' || !is_digit(s[i - 1])) return false;
  for (std::size_t j = i + 1; j <= i + 3; ++j)
    if (!is_digit(s[j])) return false;
  return i + 4 == s.size() || !is_digit(s[i + 4]);
}

// A line that stops at a word and a next line that opens with that word's figure and unit and
// closes the clause right after it ("…项目支出预算" + "36849227 元 , 同比…", its thousands grouped
// or not): the label and its figure are one clause. A table of one cell a line has no clause
// mark after the figure.

bool label_then_figure(std::u32string_view t, std::u32string_view next) {
  if (t.empty() || !is_han(t.back())) return false;
  std::size_t k = 0, d = 0;
  while (k < next.size() && (is_digit(next[k]) || next[k] == U'.' || next[k] == U',' || is_group_comma(next, k) ||
                             is_group_space(next, k)))
    d += is_digit(next[k++]);
  if (d == 0) return false;
  while (k < next.size() && next[k] == U' ') ++k;
  if (k >= next.size() || lex::join::kUnitClosingClause.find(next[k]) == std::u32string_view::npos) return false;
  ++k;
  if (k < next.size() && next[k] == U'元') ++k;
  while (k < next.size() && next[k] == U' ') ++k;
  return k < next.size() && (next[k] == U'，' || next[k] == U',' || next[k] == U'、' || next[k] == U'；' ||
                             next[k] == U';' || next[k] == U'。');
}

// The next line carries on the line before whatever either looks like: it opens with a mark no
// typeset line opens with ("…增长18.8%" + "；非税收入…").
bool opens_mid_clause(std::u32string_view next) {
  return !next.empty() && lex::join::kNeverOpensLine.find(next.front()) != std::u32string_view::npos;
}

// A line that stops at its sentence's end, at the wrap width, before a line that opens with a
// word continuing that statement ("…收入24627万元。" + "其中：税收…"): the sentence ended where the
// line did by chance, and the breakdown belongs to the total before it.
bool continues_statement(std::u32string_view t, std::u32string_view next) {
  if (t.empty() || t.back() != U'。') return false;
  for (std::u32string_view w : lex::join::kContinuesStatement)
    if (next.size() > w.size() && std::u32string_view(next).substr(0, w.size()) == w) return true;
  return false;
}

// The clause is left open at the end of the line whatever its width: after a comma or 、, inside
// an unclosed bracket, between a number and its unit, after a word that waits for its figure.
bool clause_open(std::u32string_view t, std::u32string_view next) {
  if (t.empty() || next.empty()) return false;
  char32_t c = t.back(), n = next.front();
  if (c == U'，' || c == U',' || c == U'、') return true;
  if (is_digit(c) && lex::join::kUnitAfterDigit.find(n) != std::u32string_view::npos)
    return true;
  if (figure_cut(t, next) || label_then_figure(t, next)) return true;
  if (lex::join::kWaitsForFigure.find(c) != std::u32string_view::npos && (is_digit(n) || is_han(n)) &&
      t.size() >= 2 && is_han(t[t.size() - 2]))
    return true;
  int depth = 0;
  for (char32_t x : t) {
    if (x == U'（' || x == U'(') ++depth;
    else if ((x == U'）' || x == U')') && depth > 0) --depth;
  }
  return depth > 0 && t.size() >= 4;
}

// Pass 2: emit the kept lines, joining the soft breaks, mapping every kept character to where it
// stands in the original.
void emit(const std::u32string& s, const std::vector<Line>& lines, const std::vector<std::size_t>& kept,
          const std::vector<bool>& soft, Repaired& r) {
  r.text.reserve(s.size());
  r.origin.reserve(s.size() + 1);
  for (std::size_t j = 0; j < kept.size(); ++j) {
    const Line& l = lines[kept[j]];
    std::size_t b = l.start, e = l.end;
    if (j > 0 && soft[j - 1])
      while (b < e && (s[b] == U' ' || s[b] == U'\u3000')) ++b;
    if (soft[j])
      while (e > b && (s[e - 1] == U' ' || s[e - 1] == U'\u3000')) --e;
    for (std::size_t i = b; i < e; ++i) { r.text += s[i]; r.origin.push_back(i); }
    if (j + 1 == kept.size()) {
      if (l.end < s.size()) { r.text += U'\n'; r.origin.push_back(l.end); }
      break;
    }
    if (soft[j]) {
      // Latin words keep one space between them; CJK and digits join directly — unless the copy
      // has a space at the break beside a figure: it separates cells ("本年拨款 " + "90 89.97") or
      // a figure's thousands ("1 100" + " 910.5"), and stays.
      const Line& n = lines[kept[j + 1]];
      std::size_t nb = n.start;
      while (nb < n.end && (s[nb] == U' ' || s[nb] == U'\u3000')) ++nb;
      r.joins.push_back({e, nb});
      bool spaced = (e < l.end || nb > n.start) && s[e < l.end ? e : n.start] == U' ';
      bool figure = !r.text.empty() && nb < n.end && (is_digit(r.text.back()) || is_digit(s[nb]));
      if (!r.text.empty() && ((is_latin(r.text.back()) && nb < n.end && is_latin(s[nb])) || (spaced && figure))) {
        r.text += U' ';
        r.origin.push_back(l.end);
      }
    } else {
      r.text += U'\n';
      r.origin.push_back(l.end);
    }
  }
  r.origin.push_back(s.size());
  r.changed = true;
}

// "- 3 -", "—3—", "第 3 页", "第3页 共20页", "共20页 第3页": a page number no cell or date
// looks like ("2025-05-30" has its dashes between figures).
bool marked_page_number(std::u32string_view t) {
  // Asked of every line: one that does not open with a dash, 第 or 共 is none, without the copy.
  std::size_t f = 0;
  while (f < t.size() && (t[f] == U' ' || t[f] == U'\u3000')) ++f;
  if (f == t.size() || !(t[f] == U'-' || t[f] == U'—' || t[f] == U'－' || t[f] == U'第' || t[f] == U'共')) return false;
  std::u32string u;
  for (char32_t c : t)
    if (c != U' ' && c != U'\u3000') u += c;
  auto figure = [&](std::size_t& i) {
    std::size_t b = i;
    while (i < u.size() && is_digit(u[i]) && i - b < 4) ++i;
    return i > b && !(i < u.size() && is_digit(u[i]));
  };
  auto dashes = [&](std::size_t& i) {
    std::size_t b = i;
    while (i < u.size() && (u[i] == U'-' || u[i] == U'—' || u[i] == U'－')) ++i;
    return i > b;
  };
  std::size_t i = 0;
  if (dashes(i)) return figure(i) && dashes(i) && i == u.size();
  // 第N页 and 共N页, in either order, one or both.
  int parts = 0;
  while (i < u.size()) {
    if (u[i] != U'第' && u[i] != U'共') return false;
    ++i;
    if (!figure(i) || i >= u.size() || u[i] != U'页') return false;
    ++i;
    ++parts;
  }
  return parts > 0 && parts <= 2;
}

// Page furniture any text keeps from a PDF, Word-paste or one-cell-a-line table alike:
// - a marked page number ("- 3 -", "—3—", "第 3 页"), never a cell or a figure of the report
//   (a bare "3" may be either: only the PDF reading below takes those, beside prose);
// - the running header or footer beside such numbers: a short line of words that stands next to
//   two or more of them, or next to one inside a table (a row before the number, a row after the
//   header) — a line a page break put between two rows.
std::vector<bool> page_furniture(const std::u32string& s, const std::vector<Line>& lines) {
  std::vector<bool> drop(lines.size(), false);
  auto row = [&](std::size_t n) { return n < lines.size() && lines[n].row; };
  std::vector<std::size_t> visible;
  for (std::size_t k = 0; k < lines.size(); ++k)
    if (lines[k].visible > 0) visible.push_back(k);
  auto header_like = [&](std::size_t k) {
    if (row(k)) return false;
    std::u32string_view h = trimmed(s, lines[k]);
    if (h.size() > 30 || prose(h) || ends_paragraph(h.back()) || starts_block(s, lines[k].start, lines[k].end)) return false;
    bool han = false;
    for (char32_t c : h) han = han || is_han(c);
    return han;
  };
  // Header candidates: the lines right before and after each marked page number.
  std::map<std::u32string, int, std::less<>> beside;
  std::vector<std::pair<std::size_t, std::size_t>> pairs;  // (page number, neighbour) in `visible`
  for (std::size_t v = 0; v < visible.size(); ++v) {
    if (!marked_page_number(trimmed(s, lines[visible[v]]))) continue;
    drop[visible[v]] = true;
    for (std::size_t w : {v - 1, v + 1})
      if (w < visible.size() && header_like(visible[w])) {
        ++beside[std::u32string(trimmed(s, lines[visible[w]]))];
        pairs.push_back({v, w});
      }
  }
  for (const auto& [v, w] : pairs) {
    std::size_t k = visible[w];
    bool repeated = beside[std::u32string(trimmed(s, lines[k]))] >= 2;
    // Once, inside a table: row, number, header, row (or row, header, number, row).
    bool in_table = false;
    if (w == v + 1) in_table = v > 0 && row(visible[v - 1]) && w + 1 < visible.size() && row(visible[w + 1]);
    else in_table = w > 0 && row(visible[w - 1]) && v + 1 < visible.size() && row(visible[v + 1]);
    bool digits = false;
    for (char32_t c : trimmed(s, lines[k])) digits = digits || is_digit(c);
    if (repeated || (in_table && !digits)) drop[k] = true;
  }
  return drop;
}

void note_drops(const std::vector<Line>& lines, const std::vector<bool>& drop, Repaired& r) {
  for (std::size_t k = 0; k < lines.size(); ++k)
    if (drop[k]) {
      ++r.dropped_lines;
      r.drops.push_back({lines[k].start, lines[k].end});
    }
}

// Text that is not PDF-like (Word pastes, short excerpts) keeps its line breaks, except the few a
// writer never makes — a figure cut from its unit, from the word waiting for it, a line opening
// with "、" or "；" — and page furniture. A short report wraps only its few long paragraphs.
Repaired figure_cuts_only(const std::u32string& s, const std::vector<Line>& lines) {
  Repaired r;
  std::vector<bool> drop = page_furniture(s, lines);
  note_drops(lines, drop, r);
  std::vector<std::size_t> kept;
  for (std::size_t k = 0; k < lines.size(); ++k)
    if (!drop[k]) kept.push_back(k);
  std::vector<bool> soft(kept.size(), false);
  for (std::size_t j = 0; j + 1 < kept.size(); ++j) {
    const Line& l = lines[kept[j]];
    const Line& n = lines[kept[j + 1]];
    std::u32string_view t = trimmed(s, l), u = trimmed(s, n);
    if (!t.empty() && !l.row && !n.row &&
        (figure_cut(t, u) || label_then_figure(t, u) || opens_mid_clause(u))) {
      soft[j] = true;
      ++r.joined_breaks;
    }
  }
  if (!r.joined_breaks && !r.dropped_lines) { r.text = s; return r; }
  emit(s, lines, kept, soft, r);
  return r;
}

}  // namespace

Repaired repair_pdf_text(const std::u32string& s) {
  Repaired r;
  const std::vector<Line> lines = split_lines(s);

  // Is this PDF-like? Many long lines that stop mid-sentence and run straight into the next line.
  // Typical full-line width, in characters and in display columns: a viewer wraps by either.
  std::vector<std::size_t> lengths, widths;
  for (const auto& l : lines)
    if (l.visible >= 8 && !l.row) {
      std::u32string_view t = trimmed(s, l);
      lengths.push_back(t.size());
      widths.push_back(width(t));
    }
  if (lengths.size() < 6) return figure_cuts_only(s, lines);
  auto upper_quartile = [](std::vector<std::size_t> v) {
    std::nth_element(v.begin(), v.begin() + v.size() * 3 / 4, v.end());
    return v[v.size() * 3 / 4];
  };
  std::size_t wrap = upper_quartile(lengths), wrap_width = upper_quartile(widths);
  auto full = [&](std::u32string_view t) {
    return t.size() >= 8 && (t.size() + 2 >= wrap || width(t) + 4 >= wrap_width);
  };
  std::size_t mid_sentence = 0, prose_lines = 0;
  for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
    std::u32string_view t = trimmed(s, lines[k]);
    if (t.empty() || lines[k + 1].visible == 0 || lines[k].row) continue;
    prose_lines += prose(t);
    if (!ends_paragraph(t.back()) && full(t) && t.size() >= 12) ++mid_sentence;
  }
  // Word pastes put each paragraph on one line: almost no line ends mid-sentence.
  // A short report wraps only its few paragraphs among many short cells and headings: weigh the
  // cut lines against the lines of prose, not against every line.
  if (mid_sentence < 4 || (mid_sentence * 4 < lengths.size() && (prose_lines == 0 || mid_sentence * 2 < prose_lines)))
    return figure_cuts_only(s, lines);
  if (mid_sentence * 4 < lengths.size()) {
    // Its width is the prose's: the short cells would make every cell a full line.
    std::vector<std::size_t> prose_lengths, prose_widths;
    for (std::size_t k = 0; k < lines.size(); ++k) {
      std::u32string_view t = trimmed(s, lines[k]);
      if (!lines[k].row && prose(t)) { prose_lengths.push_back(t.size()); prose_widths.push_back(width(t)); }
    }
    wrap = upper_quartile(prose_lengths);
    wrap_width = upper_quartile(prose_widths);
  }

  // Running headers/footers: a short line repeated on three or more pages.
  // One a page, so never on nearby lines: a cell repeated down a table is not a header.
  struct Seen {
    int count = 0;
    std::size_t last = 0, min_gap = static_cast<std::size_t>(-1);
  };
  std::map<std::u32string, Seen, std::less<>> seen;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    std::u32string_view t = trimmed(s, lines[k]);
    if (t.empty() || t.size() > 30) continue;
    Seen& x = seen[std::u32string(t)];
    if (x.count++ > 0) x.min_gap = std::min(x.min_gap, k - x.last);
    x.last = k;
  }
  auto repeated = [&](std::u32string_view t) {
    auto it = seen.find(t);
    return it != seen.end() && it->second.count >= 3 && it->second.min_gap >= 4;
  };

  // Pass 1: which lines stay, and which breaks are soft (a line stopping mid-sentence at the
  // wrap width, continued by the next kept line).
  // A page number or a running header stands between pages of prose: next to a full line or to
  // another page number. The same short line between short lines is a table's cell ("85" or
  // "其中:中央财政" repeated in a table of one cell a line) and stays.
  std::vector<std::size_t> prev_line(lines.size(), kNoLine), next_line(lines.size(), kNoLine);
  for (std::size_t k = 0, last = kNoLine; k < lines.size(); ++k) {
    prev_line[k] = last;
    if (lines[k].visible > 0) last = k;
  }
  for (std::size_t k = lines.size(), last = kNoLine; k-- > 0;) {
    next_line[k] = last;
    if (lines[k].visible > 0) last = k;
  }
  auto prose_line = [&](std::size_t n) {
    if (n == kNoLine) return true;  // the text's start or end
    std::u32string_view u = trimmed(s, lines[n]);
    char32_t e = u.back();
    return !lines[n].row && (width(u) * 2 >= wrap_width || e == U'。' || e == U'；' || e == U'！' || e == U'？');
  };
  // Next to prose, or to a page number or header that is itself next to prose (footer, header).
  auto row = [&](std::size_t n) { return n != kNoLine && lines[n].row; };
  auto between_pages = [&](std::size_t k) {
    if (row(prev_line[k]) || row(next_line[k])) return false;
    if (prose_line(prev_line[k]) || prose_line(next_line[k])) return true;
    auto pagey = [&](std::size_t n) {
      if (n == kNoLine) return false;
      std::u32string_view u = trimmed(s, lines[n]);
      return is_page_number(u) || repeated(u);
    };
    return (pagey(prev_line[k]) && prose_line(prev_line[prev_line[k]])) ||
           (pagey(next_line[k]) && prose_line(next_line[next_line[k]]));
  };
  auto running_header = [&](std::size_t k, std::u32string_view t) {
    if (!repeated(t) || starts_block(s, lines[k].start, lines[k].end) || ends_paragraph(t.back())) return false;
    bool han = false;
    for (char32_t c : t) han = han || is_han(c);
    return han && !lines[k].row && between_pages(k);
  };
  std::vector<bool> furniture = page_furniture(s, lines);
  std::vector<bool> page_number(lines.size(), false);
  for (std::size_t k = 0; k < lines.size(); ++k) {
    std::u32string_view t = trimmed(s, lines[k]);
    page_number[k] = !t.empty() && is_page_number(t) && between_pages(k);
  }
  // A header seen once (an excerpt of two pages): the short line beside a page number, where the
  // page cuts a sentence — the line before the pair stops mid-clause and the line after carries
  // on. A heading never stands inside a sentence.
  // A line whose end leaves its paragraph open. A full line that happens to stop at "；" or a
  // closing bracket is cut inside its paragraph too ("…组织宣传处(人事处)" + "12个内设机构。"): a
  // list of items, one a line, is made of short lines.
  auto open_end = [&](std::u32string_view t) {
    if (t.empty()) return false;
    char32_t e = t.back();
    bool mid_mark = e == U'；' || e == U';' || e == U'）' || e == U')';
    return !ends_paragraph(e) || (mid_mark && full(t));
  };
  auto mid_clause = [&](std::size_t n) {
    return n != kNoLine && !lines[n].row && open_end(trimmed(s, lines[n])) && prose_line(n);
  };
  auto lone_header = [&](std::size_t k, std::u32string_view t) {
    if (t.size() > 30 || starts_block(s, lines[k].start, lines[k].end) || ends_paragraph(t.back()) || lines[k].row ||
        prose(t))
      return false;
    // A header is one title: "文号 浏览量" (spaced words) is a page's metadata cells.
    bool han = false, spaced = false;
    for (char32_t c : t) { han = han || is_han(c); spaced = spaced || is_space(c); }
    if (!han || spaced) return false;
    auto continues_at = [&](std::size_t n) {
      return n != kNoLine && !lines[n].row && !starts_block(s, lines[n].start, lines[n].end);
    };
    std::size_t p = prev_line[k], n = next_line[k];
    if (p != kNoLine && page_number[p]) return mid_clause(prev_line[p]) && continues_at(n);  // number, header
    if (n != kNoLine && page_number[n]) return mid_clause(p) && continues_at(next_line[n]);  // footer, number
    return false;
  };
  std::vector<std::size_t> kept;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    std::u32string_view t = trimmed(s, lines[k]);
    bool drop = !t.empty() && (furniture[k] || page_number[k] || running_header(k, t) || lone_header(k, t));
    if (drop && !t.empty()) {
      ++r.dropped_lines;
      r.drops.push_back({lines[k].start, lines[k].end});
    } else {
      kept.push_back(k);
    }
  }
  std::vector<bool> soft(kept.size(), false);
  for (std::size_t j = 0; j + 1 < kept.size(); ++j) {
    const Line& l = lines[kept[j]];
    const Line& n = lines[kept[j + 1]];
    std::u32string_view t = trimmed(s, l);
    std::u32string_view u = trimmed(s, n);
    bool rows = l.row || n.row;
    soft[j] = (open_end(t) && n.visible > 0 && !starts_block(s, n.start, n.end) && !rows &&
               (full(t) || clause_open(t, u) || (prose(t) && width(t) * 5 >= wrap_width * 3))) ||
              (!t.empty() && !rows && (opens_mid_clause(u) || (full(t) && continues_statement(t, u))));
    r.joined_breaks += soft[j];
  }
  emit(s, lines, kept, soft, r);
  return r;
}

bool join_lines(Draft& d) {
  Repaired r = repair_pdf_text(d.text());
  if (!r.changed || (r.joins.empty() && r.drops.empty())) return false;
  // Notes in order of position, so runs of a kind merge.
  for (const auto& [b, e] : r.drops) d.note(NormKind::DroppedLine, d.at(b), d.at(e > b ? e - 1 : b) + 1);
  for (const auto& [b, e] : r.joins) d.note(NormKind::Join, d.at(b), d.at(e > b ? e - 1 : b) + 1);
  if (!d.origin.empty())
    for (auto& o : r.origin) o = d.origin[o];
  d.rewrite(std::move(r.text));
  d.origin = std::move(r.origin);
  return true;
}

}  // namespace gouji
