#pragma once
// Exact decimal arithmetic for money and counts. Reports round to 0.01 万元; binary floating point
// would turn 16.4亿 into 1639999999 (a known failure of other extractors). Values are fixed-point
// integers in units of 10^-12, which holds every amount a report states (up to ~10^26) exactly.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gouji {

class Decimal {
 public:
  static constexpr int kScaleDigits = 12;
  using Raw = __int128;

  constexpr Decimal() = default;
  static Decimal from_int(long long v);
  static Decimal from_raw(Raw r) { Decimal d; d.raw_ = r; return d; }
  // Parses "123", "-4.50", "1234.5678": ASCII digits, one '.', optional leading '-'.
  static std::optional<Decimal> parse(std::string_view s);
  static Decimal pow10(int exp);  // 10^exp for -12 <= exp <= 26

  Raw raw() const { return raw_; }
  bool is_zero() const { return raw_ == 0; }
  bool negative() const { return raw_ < 0; }

  Decimal operator+(Decimal o) const { return from_raw(raw_ + o.raw_); }
  Decimal operator-(Decimal o) const { return from_raw(raw_ - o.raw_); }
  Decimal operator-() const { return from_raw(-raw_); }
  Decimal operator*(Decimal o) const;  // rounds half away from zero at 10^-12
  // Division rounds toward -inf or +inf so interval bounds stay outward-rounded.
  Decimal div_floor(Decimal o) const;
  Decimal div_ceil(Decimal o) const;
  Decimal abs() const { return raw_ < 0 ? -*this : *this; }

  bool operator==(Decimal o) const { return raw_ == o.raw_; }
  bool operator!=(Decimal o) const { return raw_ != o.raw_; }
  bool operator<(Decimal o) const { return raw_ < o.raw_; }
  bool operator<=(Decimal o) const { return raw_ <= o.raw_; }
  bool operator>(Decimal o) const { return raw_ > o.raw_; }
  bool operator>=(Decimal o) const { return raw_ >= o.raw_; }

  // Rounded half away from zero to `decimals` places; trailing zeros kept ("12.10").
  std::string to_string(int decimals) const;
  // Shortest exact form ("12.1", "0", "-3").
  std::string to_string() const;
  double to_double() const;  // only for JSON display of computed metrics

 private:
  Raw raw_ = 0;
};

// A stated number stands for the interval of its written precision: "12.3" is [12.25, 12.35].
struct Interval {
  Decimal lo, hi;
  static Interval exact(Decimal v) { return {v, v}; }
  static Interval rounded(Decimal v, int decimals);  // v ± 0.5·10^-decimals
  Interval operator+(const Interval& o) const { return {lo + o.lo, hi + o.hi}; }
  Interval operator-(const Interval& o) const { return {lo - o.hi, hi - o.lo}; }
  bool overlaps(const Interval& o) const { return lo <= o.hi && o.lo <= hi; }
  bool contains(Decimal v) const { return lo <= v && v <= hi; }
};

// Quotient interval a/b (b must not contain 0); bounds rounded outward.
std::optional<Interval> divide(const Interval& a, const Interval& b);

}  // namespace gouji
