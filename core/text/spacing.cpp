// Spaces a PDF-to-HTML converter puts where the words have none: "2023 年", "6.00 %",
// "43897.73 元", "12 . 5万元", and between the letters of a spaced-out heading or label
// ("项 目 基 本 概 况"). Two or more spaces, or a tab, between cells are a table's layout and stay.
#include <string_view>

#include "lexicon/spacing_words.h"
#include "text/chars.h"
#include "text/normalize.h"

namespace gouji {
namespace {

using namespace chars;
using Str = std::u32string_view;

bool is_gap(char32_t c) { return c == U' ' || c == U'\u00A0' || c == U'\u3000'; }

// What may follow a number as its unit, and which one-character units start no word
// (lexicon/spacing_words.cpp).
using lex::spacing::kAlwaysUnit;
using lex::spacing::kUnitWords;

// "个乡镇", "家单位": a measure word before its noun, not the start of a word ("个人", "家庭").
bool measure_before_noun(Str s, std::size_t i) {
  if (lex::spacing::kMeasureBeforeNoun.find(s[i]) == Str::npos) return false;
  for (Str w : lex::spacing::kMeasureWords)
    if (starts_with(s, i, w)) return false;
  return true;
}

// Length of the unit word at i, 0 if none.
std::size_t unit_at(Str s, std::size_t i) {
  for (Str w : kUnitWords) {
    if (!starts_with(s, i, w)) continue;
    if (w.size() == 1 && kAlwaysUnit.find(w[0]) == Str::npos && i + 1 < s.size() && is_han(s[i + 1]) &&
        !measure_before_noun(s, i))
      return 0;
    return w.size();
  }
  return 0;
}

// Two-character labels a PDF spaces out ("合 计"); longer runs of single characters are
// letter-spacing whatever they say, two single characters may be two cells.
using lex::spacing::kSpacedPairs;

bool single_han(Str s, std::size_t i) {
  return i < s.size() && is_han(s[i]) && (i == 0 || !is_han(s[i - 1])) && (i + 1 >= s.size() || !is_han(s[i + 1]));
}

// A letter-spaced word starting at i ("项 目 基 本 概 况"): the run of single characters it
// spans, and whether it reads as one word. A heading or a label, so at most kMaxSpaced letters.
constexpr std::size_t kMaxSpaced = 40;
struct SpacedRun {
  std::size_t end;
  bool word;
};

SpacedRun spaced_run(Str s, std::size_t i) {
  if (!single_han(s, i)) return {i + 1, false};
  std::size_t k = i + 1, n = 1;
  while (k + 1 < s.size() && is_gap(s[k]) && single_han(s, k + 1)) { k += 2; ++n; }
  // "是 否 是" or "优 良 中" is a row of one-character cells, not a word.
  bool cells = true;
  for (std::size_t j = i; j < k && cells; j += 2) cells = lex::spacing::kCellLetters.find(s[j]) != Str::npos;
  if (n >= 3 && n <= kMaxSpaced && !cells) return {k, true};
  if (n == 2) {
    std::u32string pair{s[i], s[i + 2]};
    for (Str w : kSpacedPairs)
      if (w == pair) return {k, true};
  }
  return {k, false};  // the whole run is passed over: no later start inside it reads better
}

// The integer ending at `end` fits the date part `unit`: a year of four digits (or any figure
// when no word follows 年, "为期 3 年,"), a month 1–12, a day 1–31.
bool date_figure(Str s, std::size_t end, char32_t unit, char32_t after) {
  std::size_t b = end, value = 0;
  while (b > 0 && is_digit(s[b - 1]) && end - b < 5) --b;
  if (b > 0 && is_decimal_point(s[b - 1])) return false;
  for (std::size_t k = b; k < end; ++k) value = value * 10 + static_cast<std::size_t>(digit_value(s[k]));
  if (unit == U'年') return (end - b == 4 && value >= 1900 && value <= 2199) || !is_han(after);
  if (unit == U'月') return value >= 1 && value <= 12;
  return value >= 1 && value <= 31;
}

// A figure ends right before i, or one or two spaces before it ("3 月").
bool digit_before(Str s, std::size_t i) {
  std::size_t k = i;
  while (k > 0 && i - k < 2 && is_gap(s[k - 1])) --k;
  return k > 0 && is_digit(s[k - 1]);
}

}  // namespace

bool read_spacing(Draft& d) {
  Str s = d.text();
  std::u32string text;
  std::vector<std::size_t> origin;
  bool changed = false;
  std::size_t copied = 0;  // s[0, copied) is in `text`
  auto drop = [&](std::size_t b, std::size_t e, std::size_t note_b, std::size_t note_e) {
    if (!changed) {
      changed = true;
      text.reserve(s.size());
      origin.reserve(s.size() + 1);
    }
    for (std::size_t k = copied; k < b; ++k) { text += s[k]; origin.push_back(d.at(k)); }
    copied = e;
    d.note(NormKind::Space, d.at(note_b), d.at(note_e - 1) + 1);
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Every change below starts at a character a gap follows; at any other the body does nothing
    // and skips nothing, so the scan runs on to the next gap.
    while (i + 1 < s.size() && !is_gap(s[i + 1])) ++i;
    char32_t c = s[i];
    // Inside a date: "2017年7 月 15  日" — the space after 年/月 and before the next figure.
    if ((c == U'年' || c == U'月') && digit_before(s, i) && i + 1 < s.size() && is_gap(s[i + 1])) {
      std::size_t k = i + 1;
      while (k < s.size() && is_gap(s[k]) && k - i <= 2) ++k;
      std::size_t m = k;
      while (m < s.size() && is_digit(s[m]) && m - k < 2) ++m;
      while (m < s.size() && is_gap(s[m]) && m - k < 5) ++m;
      if (m > k && is_digit(s[k]) && m < s.size() && (s[m] == U'月' || s[m] == U'日' || s[m] == U'号')) {
        drop(i + 1, k, i, k + 1);
        i = k - 1;
      }
      continue;
    }
    if (is_han(c)) {
      SpacedRun r = spaced_run(s, i);
      if (r.word)
        for (std::size_t k = i + 1; k < r.end; k += 2) drop(k, k + 1, i, r.end);
      i = r.end - 1;
      continue;
    }
    if (!is_digit(c) || i + 1 >= s.size() || !is_gap(s[i + 1])) continue;
    // A digit, then spaces: a decimal point ("12 . 5") or a unit ("2023 年", "6.00 %") follows.
    std::size_t k = i + 1;
    while (k < s.size() && is_gap(s[k]) && k - i <= 2) ++k;
    if (k >= s.size()) break;
    std::size_t spaces = k - i - 1;
    if (is_decimal_point(s[k]) && k + 1 < s.size()) {
      std::size_t m = k + 1;
      while (m < s.size() && is_gap(s[m]) && m - k <= 2) ++m;
      if (m < s.size() && is_digit(s[m])) {
        drop(i + 1, k, i, m + 1);
        if (m > k + 1) drop(k + 1, m, i, m + 1);
        i = m - 1;
        continue;
      }
    }
    std::size_t u = unit_at(s, k);
    if (u == 0) continue;
    // Two spaces only inside a date ("2017 年7 月 15  日"); elsewhere they may part table cells.
    bool date = s[k] == U'年' || s[k] == U'月' || s[k] == U'日';
    if (spaces > 1 && !date) continue;
    // A date's 年/月/日 only after a figure that can be one: "28 年初结转" is a row number
    // before the next row's label.
    if (date && !date_figure(s, i + 1, s[k], k + 1 < s.size() ? s[k + 1] : U'\0')) continue;
    drop(i + 1, k, i, k + u);
    i = k - 1;
  }
  if (!changed) return false;
  for (std::size_t k = copied; k < s.size(); ++k) { text += s[k]; origin.push_back(d.at(k)); }
  origin.push_back(d.at(s.size()));
  d.rewrite(std::move(text));
  d.origin = std::move(origin);
  return true;
}

}  // namespace gouji
