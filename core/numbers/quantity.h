#pragma once
// One number read from the report, with what it measures and where it stands.
#include <cstddef>
#include <optional>
#include <string>

#include "numbers/decimal.h"
#include "numbers/units.h"

namespace gouji {

// 余/多/以上/超过 → AtLeast, 近/不足/以下 → AtMost, 约/左右/几十 and ranges ("3-5万元", then
// `upper` is set) → About. Only Exact values enter exact sums (R93).
enum class Approx { Exact, AtLeast, AtMost, About };
enum class Comparator { None, Ge, Gt, Le, Lt, Eq };          // targets: ≥ 不低于 以上 / ≤ 以内 …

struct Quantity {
  // The change word written right before the number: 增加/增长/提高/上升/增幅 → Up,
  // 减少/下降/降低/减/负增长 → Down. The value stays as written ("增幅-0.6%" is −0.6, Up).
  // Nested because gouji::Direction (facts/targets.h) names a target's ≥/≤ sense.
  enum class Direction { None, Up, Down };

  Decimal value;             // as written, in the written unit (12.3 for "12.3万元"); a range's lower end
  int decimals = 0;          // written decimals
  const UnitDef* unit = nullptr;
  Approx approx = Approx::Exact;
  Comparator comparator = Comparator::None;
  Direction direction = Direction::None;
  std::optional<Decimal> upper;               // a range's upper end ("3-5万元" → 3 … 5), same unit
  std::size_t start = 0, end = 0;             // the number and its unit, code-point indices
  std::size_t number_end = 0;                 // end of the digits (of the upper end for a range)
  // The phrase that names it. Usually before the number ("决算收入142592.12万元"); for a count
  // written "N个X" it is X, after the number ("下辖7个事业单位" → 事业单位), and then
  // label_start >= end. `label` is that phrase cleaned (no year prefix, no （…） aside, no
  // leading 开展/完成/其中 …); the span covers it as written.
  std::size_t label_start = 0, label_end = 0;
  std::string label;                          // UTF-8
  std::string text;                           // as written, UTF-8 ("6.1万元")

  UnitKind kind() const { return unit ? unit->kind : UnitKind::None; }
  bool exact() const { return approx == Approx::Exact; }
  bool is_range() const { return upper.has_value(); }
  Decimal normalized() const { return unit ? value * Decimal::pow10(unit->pow10) : value; }
  Decimal normalized_upper() const {
    Decimal u = upper ? *upper : value;
    return unit ? u * Decimal::pow10(unit->pow10) : u;
  }
};

}  // namespace gouji
