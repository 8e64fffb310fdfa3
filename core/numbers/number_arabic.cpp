// Arabic digits: the token (grouping, decimals, a range) and the reader's rules for what such a
// number is (a code, a date, a list marker, a figure).
#include <algorithm>

#include "lexicon/number_words.h"
#include "numbers/number_reader_internal.h"

namespace gouji {
namespace number_detail {
namespace {

std::size_t digit_run(Str s, std::size_t k) {
  while (k < s.size() && is_digit(s[k])) ++k;
  return k;
}

void append_digits(std::string& out, Str s, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k) out += static_cast<char>('0' + digit_value(s[k]));
}

}  // namespace

// ---- Arabic digits ------------------------------------------------------------------------------

ArabicToken scan_arabic(Str s, std::size_t i) {
  ArabicToken t;
  t.start = i;
  std::size_t e = digit_run(s, i);
  append_digits(t.ascii, s, i, e);
  t.int_digits = e - i;
  t.leading_zero = e - i >= 2 && digit_value(s[i]) == 0;
  std::size_t j = e;
  // Thousands groups: "1,234", "1，234", "767 067" — only after a first group of 1–3 digits, only
  // before exactly three digits.
  if (e - i <= 3) {
    while (j + 3 < s.size() + 1 && j < s.size() &&
           (s[j] == U',' || s[j] == U'，' || is_group_space(s[j]))) {
      std::size_t g = digit_run(s, j + 1);
      if (g != j + 4) break;
      append_digits(t.ascii, s, j + 1, g);
      t.int_digits += 3;
      j = g;
    }
  }
  if (j + 1 < s.size() && is_decimal_point(s[j]) && is_digit(s[j + 1])) {
    std::size_t f = digit_run(s, j + 1);
    t.ascii += '.';
    append_digits(t.ascii, s, j + 1, f);
    t.decimals = static_cast<int>(f - j - 1);
    j = f;
    while (j + 1 < s.size() && is_decimal_point(s[j]) && is_digit(s[j + 1])) {
      t.multi_dot = true;
      j = digit_run(s, j + 1);
    }
  }
  t.end = j;
  return t;
}

// ---- Arabic ----
std::size_t Reader::arabic(std::size_t i) {
  char32_t prev = before(s_, i);
  if (is_latin(prev) || (is_minus(prev) && is_latin(before(s_, i - 1))) || prev == U'_') return skip_code(i);
  ArabicToken t = scan_arabic(s_, i);
  if (t.multi_dot) return t.end;  // 1.2.3, 2024.12.31
  char32_t next = at(s_, t.end);
  bool integer = t.decimals == 0;
  if (is_latin(next)) return skip_code(t.end);                       // 5G, 3D
  if (t.leading_zero && integer) return skip_code(t.end);            // 0736, 001
  if (next == U'〕' || next == U']' || next == U'】' || prev == U'〔' || prev == U'[') return t.end;
  if ((prev == U'“' || prev == U'"') && (next == U'”' || next == U'"')) return t.end;  // “6.22”
  if (integer && (prev == U'（' || prev == U'(') && (next == U'）' || next == U')')) return t.end;
  if (prev == U'第') return t.end;
  // Times, ratios and fractions: 8:30, 1:1.5, 1/2 (but "15.6/10万" is a rate).
  if ((next == U':' || next == U'：' || next == U'/') && is_digit(at(s_, t.end + 1)) &&
      !(next == U'/' && unit_at(s_, t.end)))
    return skip_code(t.end + 1);
  if ((prev == U':' || prev == U'：' || prev == U'/') && is_digit(before(s_, i - 1))) return t.end;
  if ((prev == U'时' || prev == U'点') && is_digit(before(s_, i - 1))) return t.end;  // 8时30分
  // List markers: "1、", "1.", "2）" opening an item.
  if (integer && (next == U'、' || next == U'．' || (next == U'.' && !is_digit(at(s_, t.end + 1))) ||
                  ((next == U'）' || next == U')') && prev != U'（' && prev != U'('))) {
    if (opens_list_item(prev_visible(s_, i)) || is_space(prev) || is_close_bracket(prev)) return t.end + 1;
  }
  // A number written against the previous quantity, with no unit ("3541.07万元2.3本项目").
  bool glued = !out_.empty() && out_.back().end == i && !is_minus(prev);

  Candidate c;
  c.start = i;
  c.number_end = t.end;
  auto parsed = Decimal::parse(t.ascii);
  if (!parsed) return t.end;
  c.value = *parsed;
  c.decimals = t.decimals;
  // Sign: "-0.6%", "－3", "负0.6%" (not a range's second half, not 正负).
  std::size_t sign_at = i;
  if (is_minus(prev) && !is_digit(before(s_, i - 1)) && before(s_, i - 1) != U'万' && before(s_, i - 1) != U'%') {
    sign_at = i - 1;
  } else if (prev == words::kNegative && !in(words::kNotNegativeBefore, before(s_, i - 1))) {
    sign_at = i - 1;
  }
  if (sign_at != i) {
    c.value = -c.value;
    c.start = sign_at;
  }

  // Unit.
  std::size_t j = t.end;
  UnitRead u = read_unit(s_, j, true);
  if (!u.unit && is_space(at(s_, j)) && at(s_, j) != U'\t' && !is_digit(at(s_, j + 1))) {
    UnitRead spaced = read_unit(s_, j + 1, true);  // "2960 人次" from a PDF copy
    if (spaced.unit && spaced.unit->kind != UnitKind::None) u = spaced;
  }
  // 年: a year (2024年) or, with one or two digits, a duration (为期1年).
  if (!u.unit && next == U'年') {
    if (t.int_digits >= 3 || in(words::kNotYearAfter, at(s_, t.end + 1)) || sign_at != i) return t.end + 1;
    u.unit = find_unit(words::kYearUnit, UnitKind::Years);
    u.end = t.end + 1;
  }
  // "5大中心": a count of the centres just listed.
  if (!u.unit && integer && next == words::kDa && is_han(at(s_, t.end + 1)) && !starts_with_any(s_, t.end, words::kNotUnitWords)) {
    u.unit = find_unit(words::kDaCounter, UnitKind::Count);
    u.end = t.end + 1;
  }
  if (!u.unit || u.unit->kind == UnitKind::None) {
    // Dates and times: 11月底, 9月29日, 10号, 8时; a year-like number before a word (2030规划).
    if (integer && !u.unit && in(words::kDateTimeAfter, next)) return t.end + 1;
    if (integer && !u.unit && t.int_digits == 4 && (t.ascii.compare(0, 2, "19") == 0 || t.ascii.compare(0, 2, "20") == 0) &&
        (is_han(next) || next == U'”' || next == U'》'))
      return t.end;
    // Phone numbers and long codes.
    if (integer && t.int_digits >= 11) return skip_code(t.end);
    if (glued) return t.end;
    // "2.2本计划…" at the start of a line: a section number.
    if (!u.unit && !integer && is_han(next) && opens_list_item(prev_visible(s_, i))) return t.end;
  }
  // Periods: "1-10月", "2019-2024年", "2024-12-31".
  if (integer && is_range_sep(next) && next != U'到' && is_digit(at(s_, t.end + 1)) && !u.unit) {
    ArabicToken hi = scan_arabic(s_, t.end + 1);
    char32_t after = at(s_, hi.end);
    auto year_like = [](const ArabicToken& a) {
      return a.int_digits == 4 && a.decimals == 0 && (a.ascii.compare(0, 2, "19") == 0 || a.ascii.compare(0, 2, "20") == 0);
    };
    if (in(words::kDateChars, after) || (is_minus(after) && is_digit(at(s_, hi.end + 1))) ||
        (year_like(t) && year_like(hi) && !unit_at(s_, hi.end))) {
      std::size_t k = hi.end;
      while (k < s_.size() && (is_digit(s_[k]) || is_minus(s_[k]) || in(words::kDateChars, s_[k]))) ++k;
      return k;
    }
  }
  if (u.unit) {
    c.unit = u.unit;
    if (u.multiply) {
      c.value = c.value * Decimal::pow10(u.multiply);
      c.decimals = std::max(0, c.decimals - u.multiply);
    }
    if (u.at_least) c.approx = Approx::AtLeast;
    c.end = u.end;
  } else {
    c.end = t.end;
  }
  // Ranges: "3-5万元", "3%-5%", "3～5", "3至5人", "1万-5万元".
  std::size_t sep = c.end;
  if (is_range_sep(at(s_, sep)) && (!c.unit || c.unit->kind == UnitKind::None || c.unit->kind == UnitKind::Percent)) {
    std::size_t h = sep + 1;
    if (at(s_, sep) == U'—' && at(s_, h) == U'—') ++h;
    if (is_digit(at(s_, h))) {
      ArabicToken hi = scan_arabic(s_, h);
      UnitRead hu = read_unit(s_, hi.end, true);
      auto hv = Decimal::parse(hi.ascii);
      char32_t after = at(s_, hi.end);
      bool period = !hu.unit && in(words::kDateChars, after);
      bool same = !c.unit || c.unit->kind == UnitKind::None
                      ? (!c.unit || (hu.unit && hu.unit->text.substr(0, c.unit->text.size()) == c.unit->text))
                      : hu.unit == c.unit;
      if (period) return hi.end + 1;
      if (hv && same && !hi.multi_dot) {
        if (hu.unit) {
          c.unit = hu.unit;
          c.end = hu.end;
        } else {
          c.end = hi.end;
        }
        if (hu.multiply) *hv = *hv * Decimal::pow10(hu.multiply);
        c.upper = *hv;
        c.number_end = hi.end;
        c.approx = Approx::About;
      }
    }
  }
  read_jiao_fen(s_, c);
  read_suffix_marker(s_, c);
  finish(c);
  return c.end;
}

}  // namespace number_detail
}  // namespace gouji
