#include "numbers/number_reader.h"

#include <algorithm>
#include <array>

#include "text/chars.h"

namespace gouji {
namespace {

using namespace chars;
using Str = std::u32string_view;

struct Marker {
  Str text;
  Approx approx;
  Comparator cmp;
};

// Words written before a number. Longest first so 大约 wins over 约.
const std::array<Marker, 18> kPrefixMarkers = {{
    {U"不低于", Approx::AtLeast, Comparator::Ge}, {U"不少于", Approx::AtLeast, Comparator::Ge},
    {U"不高于", Approx::AtMost, Comparator::Le},  {U"不超过", Approx::AtMost, Comparator::Le},
    {U"控制在", Approx::AtMost, Comparator::Le},  {U"超过", Approx::AtLeast, Comparator::Gt},
    {U"将近", Approx::AtMost, Comparator::None},  {U"大约", Approx::About, Comparator::None},
    {U"≥", Approx::AtLeast, Comparator::Ge},      {U"≧", Approx::AtLeast, Comparator::Ge},
    {U"＞", Approx::AtLeast, Comparator::Gt},     {U">", Approx::AtLeast, Comparator::Gt},
    {U"≤", Approx::AtMost, Comparator::Le},       {U"≦", Approx::AtMost, Comparator::Le},
    {U"＜", Approx::AtMost, Comparator::Lt},      {U"<", Approx::AtMost, Comparator::Lt},
    {U"约", Approx::About, Comparator::None},     {U"近", Approx::AtMost, Comparator::None},
}};

// Words written after the unit.
const std::array<Marker, 7> kSuffixMarkers = {{
    {U"左右", Approx::About, Comparator::None},  {U"上下", Approx::About, Comparator::None},
    {U"以上", Approx::AtLeast, Comparator::Ge},  {U"以下", Approx::AtMost, Comparator::Le},
    {U"以内", Approx::AtMost, Comparator::Le},   {U"（含）以上", Approx::AtLeast, Comparator::Ge},
    {U"之内", Approx::AtMost, Comparator::Le},
}};

bool is_range_sep(char32_t c) {
  return c == U'-' || c == U'－' || c == U'~' || c == U'～' || c == U'至' || c == U'—' || c == U'到' ||
         c == U'–';
}
bool is_minus(char32_t c) { return c == U'-' || c == U'－' || c == U'−'; }

struct NumberToken {
  std::size_t start, end;
  std::string ascii;  // normalised digits: "1234.56"
  int decimals = 0;
};

// Reads digits with thousands separators and a decimal part starting at i.
NumberToken scan_number(Str s, std::size_t i) {
  NumberToken t{i, i, {}, 0};
  std::size_t j = i;
  auto run = [&](std::size_t k) {
    std::size_t e = k;
    while (e < s.size() && is_digit(s[e])) ++e;
    return e;
  };
  std::size_t e = run(j);
  for (std::size_t k = j; k < e; ++k) t.ascii += static_cast<char>('0' + digit_value(s[k]));
  j = e;
  // Thousands separators: a comma followed by exactly three digits ("1,234.56", "1，234").
  while (j + 3 < s.size() + 0 && (s[j] == U',' || s[j] == U'，') && run(j + 1) == j + 4) {
    for (std::size_t k = j + 1; k < j + 4; ++k) t.ascii += static_cast<char>('0' + digit_value(s[k]));
    j += 4;
  }
  if (j + 1 < s.size() && is_decimal_point(s[j]) && is_digit(s[j + 1])) {
    std::size_t f = run(j + 1);
    t.ascii += '.';
    for (std::size_t k = j + 1; k < f; ++k) t.ascii += static_cast<char>('0' + digit_value(s[k]));
    t.decimals = static_cast<int>(f - j - 1);
    j = f;
  }
  t.end = j;
  return t;
}

bool at_line_start(Str s, std::size_t i) {
  while (i > 0 && is_space(s[i - 1])) --i;
  return i == 0 || s[i - 1] == U'\n';
}

// Numbers that are not quantities: dates, periods, codes, document numbers, list markers.
bool is_not_a_quantity(Str s, const NumberToken& t) {
  std::size_t b = t.start, e = t.end;
  char32_t next = e < s.size() ? s[e] : U'\0';
  char32_t prev = b > 0 ? s[b - 1] : U'\0';
  bool integer = t.decimals == 0;
  if (is_latin(next) || is_latin(prev)) return true;                  // 5G, MB0X577440, A区
  if (integer && (next == U'年' || next == U'月' || next == U'日' || next == U'号' || next == U'时'))
    return true;                                                      // 2024年, 11月底, 10号
  if (next == U'〕' || next == U']' || prev == U'〔') return true;     // 财预〔2020〕10号
  if (prev == U'“' && next == U'”') return true;                       // “6.22”特大暴雨
  if (integer && at_line_start(s, b) &&
      (next == U'、' || next == U'.' || next == U'．' || next == U')' || next == U'）'))
    return true;                                                      // list markers 1、 1. 1)
  if (integer && (prev == U'（' || prev == U'(') && (next == U'）' || next == U')'))
    return true;                                                      // （1）
  if (integer && e - b >= 11 && !(next == U'元' || next == U'万')) return true;  // phone / codes
  // "1-10月": a period, not a range of quantities.
  if (integer && e < s.size() && is_range_sep(next)) {
    std::size_t k = e + 1;
    while (k < s.size() && is_digit(s[k])) ++k;
    if (k > e + 1 && k < s.size() && (s[k] == U'月' || s[k] == U'日' || s[k] == U'年')) return true;
  }
  if (integer && b > 0 && is_range_sep(prev) && b >= 2 && is_digit(s[b - 2])) {
    // second half of a period like 1-10月 is caught above through the first half; a lone
    // "10月" is caught by the 月 rule.
  }
  if (prev == U'/' || next == U'/') return true;  // 1/10万 fractions: handled as rates later
  return false;
}

std::string trim_label(std::u32string label) {
  static const std::array<Str, 6> lead = {U"其中", U"另有", U"以及", U"和", U"及", U"共"};
  static const std::array<Str, 9> trail = {U"达到", U"共计", U"合计为", U"为", U"达", U"是", U"共", U"计", U"有"};
  auto strip_space = [](std::u32string& s) {
    while (!s.empty() && is_space(s.front())) s.erase(s.begin());
    while (!s.empty() && is_space(s.back())) s.pop_back();
  };
  strip_space(label);
  for (Str w : lead)
    if (label.size() > w.size() && Str(label).substr(0, w.size()) == w) { label.erase(0, w.size()); break; }
  for (Str w : trail)
    if (label.size() > w.size() && Str(label).substr(label.size() - w.size()) == w) {
      label.erase(label.size() - w.size());
      break;
    }
  strip_space(label);
  return to_utf8(label);
}

}  // namespace

std::vector<Quantity> read_quantities(const Text& text) {
  Str s(text.chars());
  std::vector<Quantity> out;
  std::size_t prev_end = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!is_digit(s[i]) || (i > 0 && (is_digit(s[i - 1]) || is_decimal_point(s[i - 1])))) continue;
    NumberToken t = scan_number(s, i);
    if (is_not_a_quantity(s, t)) {
      // Skip the whole alphanumeric run so "11430725MB0X577440" yields nothing.
      std::size_t k = t.end;
      while (k < s.size() && (is_digit(s[k]) || is_latin(s[k]))) ++k;
      i = k - 1;
      continue;
    }
    Quantity q;
    q.start = t.start;
    q.number_end = t.end;
    bool negative = t.start > 0 && is_minus(s[t.start - 1]) &&
                    !(t.start >= 2 && is_digit(s[t.start - 2]));
    if (negative) q.start = t.start - 1;
    auto parsed = Decimal::parse(t.ascii);
    if (!parsed) { i = t.end - 1; continue; }
    q.value = negative ? -*parsed : *parsed;
    q.decimals = t.decimals;

    // Approximation / comparator words before the number.
    std::size_t label_end = q.start;
    for (const auto& m : kPrefixMarkers) {
      if (ends_with_at(s, q.start, m.text)) {
        q.approx = m.approx;
        q.comparator = m.cmp;
        label_end = q.start - m.text.size();
        break;
      }
    }

    // Unit, possibly with 余/多 between the number and the unit ("200余万元", "29万多元").
    std::size_t j = t.end;
    if (j < s.size() && (s[j] == U'余' || s[j] == U'多')) { q.approx = Approx::AtLeast; ++j; }
    const UnitDef* u = match_unit(s.substr(j));
    if (!u && j + 1 < s.size() && (s[j] == U'万' || s[j] == U'亿') && (s[j + 1] == U'余' || s[j + 1] == U'多')) {
      std::u32string joined(1, s[j]);
      joined += s.substr(j + 2, 4);
      u = match_unit(joined);
      if (u && u->text.size() >= 2) { q.approx = Approx::AtLeast; j += 1; }
      else u = nullptr;
    }
    if (u) {
      // A unit's first character glued to a following Han word can be a false unit ("3个高地"
      // is still 个). Accept: the table only holds unambiguous measure words.
      j += u->text.size();
      q.unit = u;
    }
    // Ranges "3-5万元", "3～5": both ends become bounds, never exact.
    if (j < s.size() && is_range_sep(s[j]) && j + 1 < s.size() && is_digit(s[j + 1])) q.approx = Approx::About;
    if (t.start >= 2 && is_range_sep(s[t.start - 1]) && is_digit(s[t.start - 2])) q.approx = Approx::About;
    for (const auto& m : kSuffixMarkers) {
      if (starts_with(s, j, m.text)) {
        q.approx = m.approx;
        if (m.cmp != Comparator::None) q.comparator = m.cmp;
        j += m.text.size();
        break;
      }
    }
    q.end = j;
    q.text = text.utf8(q.start, q.end);

    // Label: back to the previous delimiter or quantity, at most 40 characters.
    std::size_t lb = label_end;
    while (lb > 0 && lb > prev_end && label_end - lb < 40) {
      char32_t c = s[lb - 1];
      if (is_sentence_end(c) || is_clause_sep(c) || c == U'（' || c == U'(' || c == U'）' ||
          c == U')' || c == U'\t')
        break;
      --lb;
    }
    q.label_start = lb;
    q.label_end = label_end;
    q.label = trim_label(std::u32string(s.substr(lb, label_end - lb)));
    prev_end = q.end;
    out.push_back(std::move(q));
    i = std::max(i, j) - 1;
    if (j <= t.end) i = t.end - 1;
  }
  return out;
}

}  // namespace gouji
