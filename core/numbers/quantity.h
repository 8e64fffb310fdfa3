#pragma once
// One number read from the report, with what it measures and where it stands.
#include <cstddef>
#include <string>

#include "numbers/decimal.h"
#include "numbers/units.h"

namespace gouji {

enum class Approx { Exact, AtLeast, AtMost, About };       // 余/多/以上 → AtLeast, 近/不足 → AtMost
enum class Comparator { None, Ge, Gt, Le, Lt, Eq };          // targets: ≥ 不低于 以上 / ≤ 以内 …

struct Quantity {
  Decimal value;             // as written, in the written unit (12.3 for "12.3万元")
  int decimals = 0;          // written decimals
  const UnitDef* unit = nullptr;
  Approx approx = Approx::Exact;
  Comparator comparator = Comparator::None;
  std::size_t start = 0, end = 0;             // the number and its unit, code-point indices
  std::size_t number_end = 0;                 // end of the digits
  std::size_t label_start = 0, label_end = 0; // the phrase that names it
  std::string label;                          // UTF-8
  std::string text;                           // as written, UTF-8 ("6.1万元")

  UnitKind kind() const { return unit ? unit->kind : UnitKind::None; }
  bool exact() const { return approx == Approx::Exact; }
  Decimal normalized() const { return unit ? value * Decimal::pow10(unit->pow10) : value; }
};

}  // namespace gouji
