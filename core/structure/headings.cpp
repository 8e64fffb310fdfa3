#include "structure/headings.h"

#include <algorithm>

#include "lexicon/heading_words.h"
#include "structure/han_ordinal.h"
#include "structure/line_ranges.h"
#include "text/chars.h"

namespace gouji {
namespace {

using namespace chars;
using Str = std::u32string_view;

struct Line {
  std::size_t start, end, number;  // [start, end) without the newline; 1-based line number
};

std::vector<Line> split_lines(Str s) {
  std::vector<Line> out;
  std::size_t b = 0, n = 1;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == U'\n') {
      out.push_back({b, i, n++});
      b = i + 1;
    }
  }
  return out;
}

bool is_blank(Str s, const Line& l) {
  for (std::size_t i = l.start; i < l.end; ++i)
    if (!is_space(s[i])) return false;
  return true;
}

struct Marker {
  MarkerStyle style;
  int number;
  std::size_t start, end;  // marker span
};

bool is_open(char32_t c) { return c == U'（' || c == U'('; }
bool is_close(char32_t c) { return c == U'）' || c == U')'; }

// Recognises a numbering marker at s[i]; parentheses may be mismatched (half-width "(" closed by
// full-width "）" occurs in real reports).
bool read_marker(Str s, std::size_t i, std::size_t line_end, Marker& m) {
  Str rest = s.substr(i, line_end - i);
  std::size_t len = 0;
  if (rest.size() >= 4 && rest[0] == U'第') {
    int v = han_ordinal(rest.substr(1), len);
    if (v && starts_with(rest, 1 + len, lex::headings::kPart)) { m = {MarkerStyle::Part, v, i, i + 3 + len}; return true; }
  }
  if (int v = han_ordinal(rest, len); v && len < rest.size()) {
    std::size_t k = len;
    while (k < rest.size() && is_space(rest[k])) ++k;  // "二 、"
    if (k < rest.size() && (rest[k] == U'、' || rest[k] == U'．')) { m = {MarkerStyle::HanComma, v, i, i + k + 1}; return true; }
  }
  if (!rest.empty() && is_open(rest[0])) {
    if (int v = han_ordinal(rest.substr(1), len); v && 1 + len < rest.size() && is_close(rest[1 + len])) {
      m = {MarkerStyle::HanParen, v, i, i + len + 2};
      return true;
    }
    std::size_t k = 1;
    int v = 0;
    while (k < rest.size() && is_digit(rest[k]) && k < 4) v = v * 10 + digit_value(rest[k++]);
    if (k > 1 && k < rest.size() && is_close(rest[k])) { m = {MarkerStyle::ArabicParen, v, i, i + k + 1}; return true; }
  }
  if (!rest.empty() && is_digit(rest[0])) {
    std::size_t k = 0;
    int v = 0;
    while (k < rest.size() && is_digit(rest[k]) && k < 3) v = v * 10 + digit_value(rest[k++]);
    if (k < rest.size() && is_digit(rest[k])) return false;  // 2024年…: not a marker
    std::size_t p = k;
    while (p < rest.size() && rest[p] == U' ') ++p;  // "1 、"
    if (p < rest.size() && (rest[p] == U'、' || rest[p] == U'．' || (rest[p] == U'.' && p == k))) {
      if (rest[p] != U'、' && p + 1 < rest.size() && is_digit(rest[p + 1])) return false;  // 1.5万元, not 6、6个
      m = {MarkerStyle::ArabicDot, v, i, i + p + 1};
      return true;
    }
  }
  if (!rest.empty() && circled_value(rest[0])) { m = {MarkerStyle::Circled, circled_value(rest[0]), i, i + 1}; return true; }
  return false;
}

// A short line standing alone between blank lines, without sentence punctuation: a title.
bool looks_like_unnumbered_heading(Str s, const std::vector<Line>& lines, std::size_t li, std::size_t b) {
  const Line& l = lines[li];
  std::size_t e = l.end;
  while (e > b && is_space(s[e - 1])) --e;
  if (e <= b || e - b > 24 || e - b < 4) return false;
  for (std::size_t k = b; k < e; ++k) {
    char32_t c = s[k];
    if (c == U'。' || c == U'；' || c == U'，' || c == U'：' || c == U'\t' || is_digit(c)) return false;
  }
  bool blank_before = li == 0 || is_blank(s, lines[li - 1]);
  bool blank_after = li + 1 >= lines.size() || is_blank(s, lines[li + 1]);
  return blank_before && blank_after;
}


// A line holding one number and nothing else (a pipe cell's "|" aside).
bool bare_number(Str s, const Line& l) {
  std::size_t b = l.start, e = l.end;
  while (b < e && is_space(s[b])) ++b;
  while (e > b && (is_space(s[e - 1]) || s[e - 1] == U'|')) --e;
  if (b == e) return false;
  for (std::size_t i = b; i < e; ++i)
    if (!(is_digit(s[i]) || s[i] == U'.' || s[i] == U',' || s[i] == U'-')) return false;
  return true;
}

// A flattened table row ("一、一般公共预算财政拨款收入" then "1" then "440.55", one cell a line):
// the next non-blank line is a bare number (a 栏次 or an amount), which no heading is followed by.
// (Also the table's last row, cut off with nothing after it: two bare numbers — the previous
// row's 栏次 and amount — stand right above it; a page number never comes in pairs.)
bool followed_by_bare_number(Str s, const std::vector<Line>& lines, std::size_t li) {
  for (std::size_t k = li + 1; k < lines.size() && k <= li + 3; ++k) {
    if (is_blank(s, lines[k])) continue;
    return bare_number(s, lines[k]);
  }
  int above = 0;
  for (std::size_t k = li; k-- > 0 && li - k <= 6 && above < 2;) {
    if (is_blank(s, lines[k])) continue;
    if (!bare_number(s, lines[k])) break;
    ++above;
  }
  return above == 2;
}

// A title with its page number and spacing taken off, to compare a 目录 entry with its section.
std::u32string toc_key(Str s, std::size_t b, std::size_t e) {
  std::u32string k;
  for (std::size_t i = b; i < e; ++i)
    if (!is_space(s[i])) k.push_back(s[i]);
  while (!k.empty() && (is_digit(k.back()) || k.back() == U'.' || k.back() == U'…' || k.back() == U'·' || k.back() == U'-'))
    k.pop_back();
  return k;
}

bool short_line(Str s, const Line& l) {
  if (l.end - l.start > 40) return false;
  for (std::size_t i = l.start; i < l.end; ++i)
    if (s[i] == U'。') return false;
  return true;
}

// A table of contents at the top (目录: 第一部分…第五部分, then the body restarts at 第一部分): the
// first numbered line numbered 1 among the top lines, a run of short lines only, and a later line
// with the same marker style, number 1 and title. Returns [first, last] line indexes, or none.
std::pair<std::size_t, std::size_t> table_of_contents(Str s, const std::vector<Line>& lines) {
  constexpr std::size_t kNoToc = static_cast<std::size_t>(-1);
  std::size_t seen = 0;
  for (std::size_t li = 0; li < lines.size() && seen < 15; ++li) {
    if (is_blank(s, lines[li])) continue;
    ++seen;
    const Line& l = lines[li];
    std::size_t b = l.start;
    while (b < l.end && is_space(s[b])) ++b;
    Marker m{};
    if (!read_marker(s, b, l.end, m)) continue;
    if (m.number != 1 || !short_line(s, l)) return {kNoToc, kNoToc};
    std::u32string key = toc_key(s, m.end, l.end);
    if (key.empty()) return {kNoToc, kNoToc};
    int last = 1;  // the entries of the first one's style count 1, 2, 3 … as a 目录 lists them
    for (std::size_t k = li + 1; k < lines.size() && k < li + 400; ++k) {
      if (is_blank(s, lines[k])) continue;
      if (!short_line(s, lines[k])) return {kNoToc, kNoToc};
      std::size_t kb = lines[k].start;
      while (kb < lines[k].end && is_space(s[kb])) ++kb;
      Marker mk{};
      if (!read_marker(s, kb, lines[k].end, mk) || mk.style != m.style) continue;
      if (mk.number == 1 && last >= 2 && toc_key(s, mk.end, lines[k].end) == key) return {li, k - 1};
      if (mk.number != last + 1) return {kNoToc, kNoToc};
      last = mk.number;
    }
    return {kNoToc, kNoToc};
  }
  return {kNoToc, kNoToc};
}

}  // namespace

std::string_view marker_style_name(MarkerStyle s) {
  switch (s) {
    case MarkerStyle::Part: return "第一部分";
    case MarkerStyle::HanComma: return "一、";
    case MarkerStyle::HanParen: return "（一）";
    case MarkerStyle::ArabicDot: return "1.";
    case MarkerStyle::ArabicParen: return "（1）";
    case MarkerStyle::Circled: return "①";
    case MarkerStyle::Unnumbered: return "";
  }
  return "";
}

int nominal_level(MarkerStyle s) {
  switch (s) {
    case MarkerStyle::Part: return 0;
    case MarkerStyle::HanComma: return 1;
    case MarkerStyle::HanParen: return 2;
    case MarkerStyle::ArabicDot: return 3;
    case MarkerStyle::ArabicParen: return 4;
    case MarkerStyle::Circled: return 5;
    case MarkerStyle::Unnumbered: return 9;
  }
  return 9;
}

std::vector<Heading> read_headings(const Text& text, const std::vector<std::pair<std::size_t, std::size_t>>& table_lines) {
  Str s(text.chars());
  auto lines = split_lines(s);
  std::vector<Heading> out;
  std::vector<std::size_t> stack;  // open numbered headings, outermost first

  // The title block: leading lines up to the one that names the report (…报告), if near the top.
  std::size_t title_end_line = 0, nonblank = 0;
  for (const auto& l : lines) {
    if (is_blank(s, l)) continue;
    if (++nonblank > 4) break;
    if (Str(s.substr(l.start, l.end - l.start)).find(lex::headings::kReportNoun) != Str::npos) { title_end_line = l.number; break; }
  }

  const LineRanges tables(table_lines);
  const auto toc = table_of_contents(s, lines);
  for (std::size_t li = 0; li < lines.size(); ++li) {
    const Line& l = lines[li];
    if (l.number <= title_end_line || tables.contains(l.number)) continue;
    if (li >= toc.first && li <= toc.second) continue;  // a 目录 entry, not a section
    std::size_t b = l.start;
    while (b < l.end && is_space(s[b]) && s[b] != U'\t') ++b;
    if (b < l.end && s[b] == U'\t') continue;  // a pasted table cell
    for (Str prefix : lex::headings::kAttachmentPrefixes)
      if (starts_with(s, b, prefix) && b + prefix.size() < l.end && (is_digit(s[b + prefix.size()]))) { b += prefix.size(); break; }

    Heading h;
    h.line = l.number;
    Marker m{};
    if (read_marker(s, b, l.end, m)) {
      if (followed_by_bare_number(s, lines, li)) continue;
      h.style = m.style;
      h.number = m.number;
      h.marker_start = m.start;
      h.marker_end = m.end;
      h.marker = text.utf8(m.start, m.end);
    } else if (looks_like_unnumbered_heading(s, lines, li, b)) {
      h.marker_start = h.marker_end = b;
    } else {
      continue;
    }
    std::size_t t = h.marker_end;
    while (t < l.end && is_space(s[t])) ++t;
    std::size_t e = t;
    while (e < l.end && s[e] != U'。') ++e;
    std::size_t te = e;
    while (te > t && is_space(s[te - 1])) --te;
    h.start = t;
    h.end = te;
    h.title = text.utf8(t, te);

    std::size_t idx = out.size();
    if (h.style == MarkerStyle::Unnumbered) {
      h.parent = stack.empty() ? kNone : stack.back();
      h.depth = stack.empty() ? 0 : out[stack.back()].depth + 1;
      out.push_back(std::move(h));
      continue;
    }
    // Same style already open: a sibling of it (close everything nested below).
    auto same = std::find_if(stack.rbegin(), stack.rend(), [&](std::size_t k) { return out[k].style == h.style; });
    if (same != stack.rend()) {
      std::size_t pos = static_cast<std::size_t>(stack.rend() - same) - 1;
      h.parent = out[stack[pos]].parent;
      h.depth = out[stack[pos]].depth;
      stack.resize(pos);
    } else if (!stack.empty() && h.number > 1 && out[stack.back()].number == h.number - 1 &&
               std::abs(nominal_level(out[stack.back()].style) - nominal_level(h.style)) <= 2) {
      // （一）… then （2）: the count continues in another style — a style switch, same level.
      h.parent = out[stack.back()].parent;
      h.depth = out[stack.back()].depth;
      stack.pop_back();
    } else {
      // A new, deeper level — unless its style is nominally higher than what is open.
      while (!stack.empty() && nominal_level(out[stack.back()].style) >= nominal_level(h.style)) stack.pop_back();
      h.parent = stack.empty() ? kNone : stack.back();
      h.depth = stack.empty() ? 0 : out[stack.back()].depth + 1;
    }
    stack.push_back(idx);
    out.push_back(std::move(h));
  }
  return out;
}

bool opens_with_marker(std::u32string_view line) {
  std::size_t b = 0;
  while (b < line.size() && is_space(line[b])) ++b;
  Marker m{};
  return read_marker(line, b, line.size(), m);
}

std::vector<InlineOrdinal> read_inline_ordinals(const Text& text) {
  Str s(text.chars());
  std::vector<InlineOrdinal> out;
  auto boundary = [&](std::size_t i) {
    if (i == 0) return true;
    char32_t c = s[i - 1];
    return is_sentence_end(c) || is_clause_sep(c) || is_space(c);
  };
  // Only a numeral or a sequence word's first character opens one: one filter test lets the
  // rest go.
  static const FirstChars openers = [] {
    FirstChars f;
    for (const auto& w : lex::headings::kSequenceWords) f.add(w.word);
    const Str numerals = lex::headings::kOrdinalNumerals;
    for (std::size_t k = 0; k < numerals.size(); ++k) f.add(numerals.substr(k, 1));
    return f;
  }();
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!openers.may_start(s[i])) continue;
    if (!boundary(i)) continue;
    std::size_t len = 0;
    InlineOrdinal o;
    if (int v = han_ordinal(s.substr(i, 4), len); v && starts_with(s, i + len, lex::headings::kOrdinalIs)) {
      o = {v, i, i + len + 1, text.utf8(i, i + len + 1), text.line_col(i).line, false};
    } else {
      const lex::headings::SequenceWord* hit = nullptr;
      for (const auto& w : lex::headings::kSequenceWords) {
        if (!starts_with(s, i, w.word)) continue;
        std::size_t e = i + w.word.size();
        if (w.last && !(e < s.size() && is_clause_sep(s[e]))) continue;
        hit = &w;
        break;
      }
      if (!hit) continue;
      o = {hit->value, i, i + hit->word.size(), std::string(hit->utf8), text.line_col(i).line, hit->last};
    }
    out.push_back(std::move(o));
    i = out.back().end - 1;
  }
  return out;
}

}  // namespace gouji
