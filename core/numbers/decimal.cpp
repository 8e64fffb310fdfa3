#include "numbers/decimal.h"

#include <algorithm>
#include <cstdint>

namespace gouji {
namespace {

using Raw = Decimal::Raw;

// Almost every figure a report states fits in 64 bits at 10^-12 (|v| < 9.2·10^6 before scaling).
// A 128-bit division is a library call everywhere, and in WebAssembly a slow bit-by-bit one, so
// quotients and remainders take the 64-bit path whenever both operands fit.
bool fits64(Raw v) { return v >= INT64_MIN && v <= INT64_MAX; }
bool fast(Raw a, Raw b) { return fits64(a) && fits64(b) && !(a == INT64_MIN && b == -1); }
Raw quot(Raw a, Raw b) {
  return fast(a, b) ? static_cast<Raw>(static_cast<std::int64_t>(a) / static_cast<std::int64_t>(b)) : a / b;
}
Raw rem(Raw a, Raw b) {
  return fast(a, b) ? static_cast<Raw>(static_cast<std::int64_t>(a) % static_cast<std::int64_t>(b)) : a % b;
}

// 10^0 … 10^38, built once: the scale and every rounding unit are table lookups.
struct Pow10Table {
  Raw v[39];
  Pow10Table() { v[0] = 1; for (int i = 1; i < 39; ++i) v[i] = v[i - 1] * 10; }
};
const Pow10Table kPow10;
Raw pow10_raw(int e) { return kPow10.v[std::clamp(e, 0, 38)]; }

const Raw kOne = pow10_raw(Decimal::kScaleDigits);

// Floor / ceil division for signed 128-bit integers.
Raw floor_div(Raw a, Raw b) {
  Raw q = quot(a, b), r = rem(a, b);
  if (r != 0 && ((r < 0) != (b < 0))) --q;
  return q;
}
Raw ceil_div(Raw a, Raw b) {
  Raw q = quot(a, b), r = rem(a, b);
  if (r != 0 && ((r < 0) == (b < 0))) ++q;
  return q;
}

std::string raw_digits(Raw v) {  // v >= 0
  if (v == 0) return "0";
  std::string s;
  while (v > INT64_MAX) { s += static_cast<char>('0' + static_cast<int>(v % 10)); v /= 10; }
  for (auto u = static_cast<std::uint64_t>(v); u > 0; u /= 10) s += static_cast<char>('0' + static_cast<int>(u % 10));
  std::reverse(s.begin(), s.end());
  return s;
}

}  // namespace

Decimal Decimal::from_int(long long v) { return from_raw(static_cast<Raw>(v) * kOne); }

Decimal Decimal::pow10(int exp) {
  exp = std::clamp(exp, -kScaleDigits, 26);
  return from_raw(pow10_raw(kScaleDigits + exp));
}

std::optional<Decimal> Decimal::parse(std::string_view s) {
  bool neg = false;
  if (!s.empty() && s[0] == '-') { neg = true; s.remove_prefix(1); }
  if (s.empty()) return std::nullopt;
  Raw whole = 0, frac = 0;
  int frac_digits = 0;
  bool seen_dot = false, seen_digit = false;
  for (char c : s) {
    if (c == '.') {
      if (seen_dot) return std::nullopt;
      seen_dot = true;
    } else if (c >= '0' && c <= '9') {
      seen_digit = true;
      if (!seen_dot) {
        if (whole > pow10_raw(25)) return std::nullopt;  // beyond what any report states
        whole = whole * 10 + (c - '0');
      } else if (frac_digits < kScaleDigits) {
        frac = frac * 10 + (c - '0');
        ++frac_digits;
      }
    } else {
      return std::nullopt;
    }
  }
  if (!seen_digit) return std::nullopt;
  Raw r = whole * kOne + frac * pow10_raw(kScaleDigits - frac_digits);
  return from_raw(neg ? -r : r);
}

Decimal Decimal::operator*(Decimal o) const {
  // Split to keep the intermediate product inside 128 bits for report-sized values.
  Raw a = raw_, b = o.raw_;
  bool neg = (a < 0) != (b < 0);
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  Raw ai = quot(a, kOne), af = rem(a, kOne);
  // Parsed values reach 10^25 and units scale them by up to 10^8 (亿): a product beyond 128 bits
  // is no report's figure. It saturates instead of overflowing (undefined behaviour; found by
  // the fuzzer), so comparisons against it still say "different".
  Raw p1, p2, r;
  Raw p3 = quot(af * rem(b, kOne) + kOne / 2, kOne);  // both factors < kOne: fits
  if (__builtin_mul_overflow(ai, b, &p1) || __builtin_mul_overflow(af, quot(b, kOne), &p2) ||
      __builtin_add_overflow(p1, p2, &r) || __builtin_add_overflow(r, p3, &r))
    r = pow10_raw(37);
  return from_raw(neg ? -r : r);
}

Decimal Decimal::div_floor(Decimal o) const {
  if (o.raw_ == 0) return {};
  // raw_ * kOne may overflow for very large numerators; scale in two steps.
  Raw q = quot(raw_, o.raw_), r = rem(raw_, o.raw_);
  Raw frac = floor_div(r * kOne, o.raw_);
  return from_raw(q * kOne + frac);
}

Decimal Decimal::div_ceil(Decimal o) const {
  if (o.raw_ == 0) return {};
  Raw q = quot(raw_, o.raw_), r = rem(raw_, o.raw_);
  Raw frac = ceil_div(r * kOne, o.raw_);
  return from_raw(q * kOne + frac);
}

std::string Decimal::to_string(int decimals) const {
  decimals = std::clamp(decimals, 0, kScaleDigits);
  Raw a = raw_ < 0 ? -raw_ : raw_;
  Raw unit = pow10_raw(kScaleDigits - decimals);
  Raw q = quot(a + unit / 2, unit);  // half away from zero
  std::string digits = raw_digits(q);
  if (decimals > 0) {
    if (static_cast<int>(digits.size()) <= decimals)
      digits.insert(0, static_cast<std::size_t>(decimals - digits.size() + 1), '0');
    digits.insert(digits.size() - static_cast<std::size_t>(decimals), ".");
  }
  bool neg = raw_ < 0 && q != 0;
  return neg ? "-" + digits : digits;
}

std::string Decimal::to_string() const {
  std::string s = to_string(kScaleDigits);
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

double Decimal::to_double() const {
  Raw a = raw_ < 0 ? -raw_ : raw_;
  double v = static_cast<double>(quot(a, kOne)) + static_cast<double>(rem(a, kOne)) / 1e12;
  return raw_ < 0 ? -v : v;
}

Interval Interval::rounded(Decimal v, int decimals) {
  // Half of 10^-decimals at 10^-12, as Decimal::pow10(-decimals).div_floor(2) gives it.
  Decimal half = Decimal::from_raw(pow10_raw(Decimal::kScaleDigits - std::clamp(decimals, -26, Decimal::kScaleDigits)) / 2);
  return {v - half, v + half};
}

std::optional<Interval> divide(const Interval& a, const Interval& b) {
  if (b.lo <= Decimal() && Decimal() <= b.hi) return std::nullopt;
  Decimal c[4][2] = {{a.lo.div_floor(b.lo), a.lo.div_ceil(b.lo)},
                     {a.lo.div_floor(b.hi), a.lo.div_ceil(b.hi)},
                     {a.hi.div_floor(b.lo), a.hi.div_ceil(b.lo)},
                     {a.hi.div_floor(b.hi), a.hi.div_ceil(b.hi)}};
  Interval r{c[0][0], c[0][1]};
  for (auto& p : c) {
    r.lo = std::min(r.lo, p[0]);
    r.hi = std::max(r.hi, p[1]);
  }
  return r;
}

}  // namespace gouji
