// Chinese numerals (三百二十, 两万余) and 百分之 / 千分之.
#include <algorithm>

#include "lexicon/number_words.h"
#include "numbers/chinese_numerals.h"
#include "numbers/number_reader_internal.h"

namespace gouji {
namespace number_detail {

// ---- 百分之 / 千分之 ----
std::size_t Reader::per_hundred(std::size_t i, std::size_t len, UnitKind kind) {
  std::size_t k = i + len;
  Candidate c;
  c.start = i;
  c.chinese = true;
  if (is_digit(at(s_, k))) {
    ArabicToken t = scan_arabic(s_, k);
    auto v = Decimal::parse(t.ascii);
    if (!v) return k;
    c.value = *v;
    c.decimals = t.decimals;
    c.number_end = c.end = t.end;
  } else {
    auto n = read_chinese_number(s_, k);
    if (!n || n->digit_string) return k;
    c.value = n->value;
    c.decimals = n->decimals;
    c.upper = n->upper;
    if (c.upper) c.approx = Approx::About;
    c.number_end = c.end = n->end;
  }
  c.unit = kind == UnitKind::Percent ? find_unit(U"%", UnitKind::Percent) : find_unit(U"‰", UnitKind::Permille);
  read_suffix_marker(s_, c);
  finish(c);
  return c.end;
}

// ---- Chinese numerals ----
std::size_t Reader::chinese(std::size_t i) {
  char32_t p = before(s_, i);
  bool mag_start = is_chinese_magnitude(s_[i]) && !(s_[i] == U'十' || s_[i] == U'拾');
  auto n = read_chinese_number(s_, i, mag_start);
  if (!n) return i + 1;
  if (n->digit_string) return n->end;
  std::size_t skip_to = std::max(n->end, i + 1);
  if (p == U'第') return skip_to;                                          // 第二
  if (n->single && n->value == Decimal::from_int(1) && in(words::kWordBeforeOne, p)) return skip_to;  // 统一
  if (n->single && (s_[i] == U'二' || s_[i] == U'贰')) return skip_to;     // 二次, 二级
  Candidate c;
  c.start = i;
  c.chinese = true;
  c.value = n->value;
  c.decimals = n->decimals;
  c.upper = n->upper;
  c.number_end = n->end;
  if (c.upper) c.approx = Approx::About;
  if (mag_start && p == words::kShang) c.approx = Approx::AtLeast;                 // 上百, 上千
  std::size_t j = n->end;
  // "两到三万": a range of numerals, the lower end taking the upper's 万/亿.
  if (is_range_sep(at(s_, j)) && at(s_, j) != U'-' && at(s_, j) != U'－') {
    auto hi = read_chinese_number(s_, j + 1);
    if (hi && !hi->digit_string && hi->value > c.value) {
      Decimal lo = c.value;
      if (hi->magnitude && !n->magnitude) {
        Decimal m = hi->magnitude == U'亿' || hi->magnitude == U'億' ? Decimal::pow10(8) : Decimal::pow10(4);
        if (lo * m < hi->value) lo = lo * m;
      }
      UnitRead hu = read_unit(s_, hi->end, false);
      if (hu.unit && hu.unit->kind != UnitKind::None) {
        c.value = lo;
        c.upper = hi->value;
        c.approx = Approx::About;
        c.number_end = hi->end;
        j = hi->end;
      }
    }
  }
  UnitRead u = read_unit(s_, j, false);
  if ((!u.unit || u.unit->kind == UnitKind::None) && at(s_, j) == U'年' && c.value <= Decimal::from_int(99) &&
      !in(words::kNotYearAfter, at(s_, j + 1))) {
    u.unit = find_unit(words::kYearUnit, UnitKind::Years);
    u.end = j + 1;
  }
  // Conservative: a Chinese numeral is a quantity only before a unit, outside names and quotes.
  if (!u.unit || u.unit->kind == UnitKind::None) return skip_to;
  if (u.unit->kind == UnitKind::Percent && u.unit->text == words::kCheng && s_[i] == U'一' && n->single &&
      starts_with(s_, i, words::kYiChengBuBian))
    return skip_to;
  if (inside_quotes(s_, i) || in_number_name(s_, i)) return skip_to;
  // A name may start at the numeral or after it (五个现代强县, 一次性), not inside it: the
  // 二次 in "十二次" is the tail of 十二 and its unit.
  for (std::size_t k = i; k < u.end; ++k)
    if (in_number_name(s_, k, i, n->end)) return skip_to;
  c.unit = u.unit;
  c.end = u.end;
  if (u.at_least) c.approx = Approx::AtLeast;
  read_jiao_fen(s_, c);
  read_suffix_marker(s_, c);
  finish(c);
  return c.end;
}

}  // namespace number_detail
}  // namespace gouji
