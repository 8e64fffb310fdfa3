#pragma once
// One number read from the report, with what it measures and where it stands.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "numbers/decimal.h"
#include "numbers/units.h"
#include "text/index32.h"

namespace gouji {

// 余/多/以上/超过 → AtLeast, 近/不足/以下 → AtMost, 约/左右/几十 and ranges ("3-5万元", then
// `upper` is set) → About. Only Exact values enter exact sums (R93).
enum class Approx : std::uint8_t { Exact, AtLeast, AtMost, About };
enum class Comparator : std::uint8_t { None, Ge, Gt, Le, Lt, Eq };          // targets: ≥ 不低于 以上 / ≤ 以内 …

struct Quantity {
  // The change word written right before the number: 增加/增长/提高/上升/增幅 → Up,
  // 减少/下降/降低/减/负增长 → Down. The value stays as written ("增幅-0.6%" is −0.6, Up).
  // Nested because gouji::Direction (facts/targets.h) names a target's ≥/≤ sense.
  enum class Direction : std::uint8_t { None, Up, Down };

  // One per number read, so laid out small (issue 16, memory per input byte): 32-bit positions,
  // byte-sized enums, and a range's upper end without std::optional's padding (its flag sits
  // with the enums; members are laid out in this order).
  Decimal value;             // as written, in the written unit (12.3 for "12.3万元"); a range's lower end

 private:
  Decimal upper_;

 public:
  const UnitDef* unit = nullptr;
  Index32 start = 0, end = 0;                 // the number and its unit, code-point indices
  Index32 number_end = 0;                     // end of the digits (of the upper end for a range)
  // The phrase that names it. Usually before the number ("决算收入142592.12万元"); for a count
  // written "N个X" it is X, after the number ("下辖7个事业单位" → 事业单位), and then
  // label_start >= end. `label` is that phrase cleaned (no year prefix, no （…） aside, no
  // leading 开展/完成/其中 …); the span covers it as written.
  Index32 label_start = 0, label_end = 0;
  int decimals = 0;          // written decimals
  Approx approx = Approx::Exact;
  Comparator comparator = Comparator::None;
  Direction direction = Direction::None;

 private:
  bool has_upper_ = false;

 public:
  std::string label;                          // UTF-8
  std::string text;                           // as written, UTF-8 ("6.1万元")

  // A range's upper end ("3-5万元" → 3 … 5), same unit; nullopt for a single figure.
  std::optional<Decimal> upper() const { return has_upper_ ? std::optional<Decimal>(upper_) : std::nullopt; }
  void set_upper(std::optional<Decimal> u) {
    has_upper_ = u.has_value();
    upper_ = u ? *u : Decimal();
  }

  UnitKind kind() const { return unit ? unit->kind : UnitKind::None; }
  bool exact() const { return approx == Approx::Exact; }
  bool is_range() const { return has_upper_; }
  Decimal normalized() const { return unit ? value * Decimal::pow10(unit->pow10) : value; }
  Decimal normalized_upper() const {
    Decimal u = has_upper_ ? upper_ : value;
    return unit ? u * Decimal::pow10(unit->pow10) : u;
  }
};
// 144 bytes on a 64-bit build (two std::string of 32): keep it from growing back.
static_assert(sizeof(Quantity) <= 144, "Quantity is stored once per number read");

}  // namespace gouji
