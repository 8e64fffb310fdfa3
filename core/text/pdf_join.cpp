#include "text/pdf_join.h"

#include <algorithm>
#include <map>

#include "text/chars.h"

namespace gouji {
namespace {

using namespace chars;

struct Line {
  std::size_t start, end;  // without the newline
};

std::size_t visible_length(const std::u32string& s, const Line& l) {
  std::size_t n = 0;
  for (std::size_t i = l.start; i < l.end; ++i) n += !is_space(s[i]);
  return n;
}

std::u32string trimmed(const std::u32string& s, const Line& l) {
  std::size_t b = l.start, e = l.end;
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

// "12", "- 12 -", "第 3 页", "3/20": a page number line.
bool is_page_number(const std::u32string& t) {
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
  if (c == U'\t' || c == U'（' || c == U'(' || c == U'第' || (c >= U'①' && c <= U'⑳')) return true;
  // 一、 / 1. / 1、 markers
  std::size_t k = i;
  while (k < end && (is_digit(s[k]) || std::u32string_view(U"一二三四五六七八九十").find(s[k]) != std::u32string_view::npos)) ++k;
  return k > i && k < end && (s[k] == U'、' || s[k] == U'.' || s[k] == U'．') && !(k + 1 < end && is_digit(s[k + 1]));
}

// A row of a tab-separated table: its breaks are real, whatever its width.
bool has_tab(const std::u32string& s, const Line& l) {
  for (std::size_t i = l.start; i < l.end; ++i)
    if (s[i] == U'\t') return true;
  return false;
}

}  // namespace

Repaired repair_pdf_text(const std::u32string& s) {
  Repaired r;
  std::vector<Line> lines;
  for (std::size_t b = 0, i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == U'\n') { lines.push_back({b, i}); b = i + 1; }

  // Is this PDF-like? Many long lines that stop mid-sentence and run straight into the next line.
  std::vector<std::size_t> lengths;
  for (const auto& l : lines)
    if (std::size_t n = visible_length(s, l); n >= 8) lengths.push_back(n);
  if (lengths.size() < 6) { r.text = s; return r; }
  std::vector<std::size_t> sorted = lengths;
  std::nth_element(sorted.begin(), sorted.begin() + sorted.size() * 3 / 4, sorted.end());
  std::size_t wrap = sorted[sorted.size() * 3 / 4];  // typical full-line width
  std::size_t mid_sentence = 0;
  for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
    std::u32string t = trimmed(s, lines[k]);
    if (t.empty() || visible_length(s, lines[k + 1]) == 0 || has_tab(s, lines[k])) continue;
    if (!ends_paragraph(t.back()) && t.size() + 2 >= wrap && t.size() >= 12) ++mid_sentence;
  }
  // Word pastes put each paragraph on one line: almost no line ends mid-sentence.
  if (mid_sentence < 4 || mid_sentence * 4 < lengths.size()) { r.text = s; return r; }

  // Running headers/footers: a short line repeated on three or more pages.
  std::map<std::u32string, int> repeats;
  for (const auto& l : lines) {
    std::u32string t = trimmed(s, l);
    if (!t.empty() && t.size() <= 30) ++repeats[t];
  }

  // Pass 1: which lines stay, and which breaks are soft (a line stopping mid-sentence at the
  // wrap width, continued by the next kept line).
  std::vector<std::size_t> kept;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    std::u32string t = trimmed(s, lines[k]);
    bool drop = is_page_number(t) || (repeats[t] >= 3 && !starts_block(s, lines[k].start, lines[k].end));
    if (drop && !t.empty()) ++r.dropped_lines;
    else kept.push_back(k);
  }
  std::vector<bool> soft(kept.size(), false);
  for (std::size_t j = 0; j + 1 < kept.size(); ++j) {
    const Line& l = lines[kept[j]];
    const Line& n = lines[kept[j + 1]];
    std::u32string t = trimmed(s, l);
    soft[j] = !t.empty() && !ends_paragraph(t.back()) && t.size() + 2 >= wrap && visible_length(s, n) > 0 &&
              !starts_block(s, n.start, n.end) && !has_tab(s, l) && !has_tab(s, n);
    r.joined_breaks += soft[j];
  }
  // Pass 2: emit, mapping every kept character to where it stands in the original.
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
      // Latin words keep one space between them; CJK and digits join directly.
      const Line& n = lines[kept[j + 1]];
      std::size_t nb = n.start;
      while (nb < n.end && (s[nb] == U' ' || s[nb] == U'\u3000')) ++nb;
      if (!r.text.empty() && is_latin(r.text.back()) && nb < n.end && is_latin(s[nb])) {
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
  return r;
}

}  // namespace gouji
