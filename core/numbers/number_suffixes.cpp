// What follows a number: its unit (with 余/多 and 千/百 before it), 元 with 角/分, and a suffix
// marker (以上, 左右…).
#include <algorithm>

#include "lexicon/number_words.h"
#include "numbers/number_reader_internal.h"

namespace gouji {
namespace number_detail {

UnitRead read_unit(Str s, std::size_t j, bool allow_multiplier_prefix) {
  UnitRead r;
  r.end = j;
  std::size_t k = j;
  if (in(words::kMoreThan, at(s, k))) {
    if (const UnitDef* u = unit_at(s, k + 1)) {
      r.unit = u;
      r.at_least = true;
      r.end = k + 1 + u->text.size();
      return r;
    }
    // "29万多元", "200万余元": the multiplier before 多/余 belongs to the unit.
  }
  if (const UnitDef* u = unit_at(s, k)) {
    r.unit = u;
    r.end = k + u->text.size();
    return r;
  }
  char32_t c = at(s, k);
  if ((c == U'万' || c == U'亿') && in(words::kMoreThan, at(s, k + 1))) {
    std::u32string joined(1, c);
    joined += s.substr(k + 2, 4);
    const UnitDef* u = match_unit(joined);
    if (u && u->text.size() >= 2 && u->text[0] == c) {
      r.unit = u;
      r.at_least = true;
      r.end = k + 2 + u->text.size() - 1;
      return r;
    }
  }
  if (allow_multiplier_prefix && (c == U'千' || c == U'百')) {
    const UnitDef* u = unit_at(s, k + 1);
    if (u && (u->kind == UnitKind::Money || u->pow10 >= 4)) {
      r.unit = u;
      r.multiply = c == U'千' ? 3 : 2;
      r.end = k + 1 + u->text.size();
      return r;
    }
  }
  if (const UnitDef* m = match_multiplier(s.substr(k, 4))) {
    if (in(words::kMoreThan, at(s, k + m->text.size()))) r.at_least = true;
    r.unit = m;
    r.end = k + m->text.size() + (r.at_least ? 1 : 0);
  }
  return r;
}

void read_jiao_fen(Str s, Candidate& c) {
  if (!c.unit || c.unit->kind != UnitKind::Money || c.unit->pow10 != 0) return;
  std::size_t k = c.end;
  if (at(s, k) == words::kWhole) { c.end = k + 1; return; }
  auto digit = [&](std::size_t p) -> int {
    char32_t ch = at(s, p);
    if (is_digit(ch)) return digit_value(ch);
    if (is_chinese_digit(ch)) {
      auto n = read_chinese_number(s, p);
      return n && n->end == p + 1 ? static_cast<int>(n->value.raw() / Decimal::pow10(0).raw()) : -1;
    }
    return -1;
  };
  int d = digit(k);
  if (d >= 0 && at(s, k + 1) == words::kJiao) {
    c.value = c.value + Decimal::from_int(d) * Decimal::pow10(-1);
    c.decimals = std::max(c.decimals, 1);
    k += 2;
    c.end = k;
    d = digit(k);
  }
  if (d >= 0 && at(s, k + 1) == words::kFen) {
    c.value = c.value + Decimal::from_int(d) * Decimal::pow10(-2);
    c.decimals = 2;
    c.end = k + 2;
  }
}

void read_suffix_marker(Str s, Candidate& c) {
  const words::Marker* best = nullptr;
  for (const auto& m : words::kSuffixMarkers)
    if (starts_with(s, c.end, m.text) && (!best || m.text.size() > best->text.size())) best = &m;
  if (best) {
    c.approx = c.upper ? Approx::About : best->approx;
    if (best->cmp != Comparator::None) c.comparator = best->cmp;
    c.end += best->text.size();
    return;
  }
  // "前70%内": within a rank or a share.
  if (at(s, c.end) == words::kWithin && c.unit && (c.unit->kind == UnitKind::Percent || c.unit->kind == UnitKind::Persons)) {
    c.approx = Approx::AtMost;
    c.comparator = Comparator::Le;
    c.end += 1;
  }
}

}  // namespace number_detail
}  // namespace gouji
