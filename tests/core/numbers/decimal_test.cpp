#include <doctest/doctest.h>

#include "numbers/decimal.h"

using gouji::Decimal;
using gouji::Interval;

static Decimal D(const char* s) { return *Decimal::parse(s); }

TEST_CASE("decimal sums are exact where binary floating point is not") {
  // 0.1 + 0.2 == 0.3 exactly; 16.4亿 stays 1640000000 (cn2an's float failure).
  CHECK(D("0.1") + D("0.2") == D("0.3"));
  CHECK((D("16.4") * Decimal::pow10(8)).to_string() == "1640000000");
  CHECK((D("4381.77") + D("7196.27") + D("2038.3")).to_string() == "13616.34");
}

TEST_CASE("decimal parse rejects what is not a plain number") {
  CHECK_FALSE(Decimal::parse("").has_value());
  CHECK_FALSE(Decimal::parse("1.2.3").has_value());
  CHECK_FALSE(Decimal::parse("12a").has_value());
  CHECK_FALSE(Decimal::parse(".").has_value());
  CHECK(Decimal::parse("-0.6")->to_string() == "-0.6");
}

TEST_CASE("decimal rounding to a number of places is half away from zero") {
  CHECK(D("104.205").to_string(2) == "104.21");
  CHECK(D("-104.205").to_string(2) == "-104.21");
  CHECK(D("0").to_string(2) == "0.00");
  CHECK(D("0.004").to_string(2) == "0.00");
  CHECK(D("12.1").to_string(2) == "12.10");
}

TEST_CASE("an interval of written precision overlaps only within rounding") {
  Interval total = Interval::rounded(D("142592.12"), 2);
  Interval parts = Interval::rounded(D("31172.63"), 2) + Interval::rounded(D("4"), 2) +
                   Interval::rounded(D("0"), 2) + Interval::rounded(D("103920.3"), 2) +
                   Interval::rounded(D("7495.18"), 2);
  CHECK(parts.overlaps(total));  // Δ 0.01 with five parts is rounding
  Interval zero = Interval::rounded(D("0"), 2);
  Interval sangong = Interval::rounded(D("5.92"), 2) + Interval::rounded(D("6.1"), 2);
  CHECK_FALSE(sangong.overlaps(zero));
}

TEST_CASE("quotient intervals bracket the true rate") {
  auto r = gouji::divide(Interval::exact(D("1386")), Interval::exact(D("1330")));
  REQUIRE(r.has_value());
  CHECK(r->lo <= D("1.042105263158"));
  CHECK(r->hi >= D("1.042105263157"));
  CHECK((r->hi - r->lo) <= D("0.000000000001"));
  CHECK_FALSE(gouji::divide(Interval::exact(D("1")), Interval{D("-1"), D("1")}).has_value());
}

TEST_CASE("division, rounding and printing agree on both sides of the 64-bit fast path") {
  // 9,223,372 at 10^-12 is about where a raw value leaves 64 bits: figures just below take the
  // 64-bit path, figures above it the 128-bit one, and both must give the exact decimal answers.
  for (const char* big : {"9223372.036854775", "9223372.036854776", "1234567890.123456789012", "-9223372.036854776"}) {
    Decimal v = D(big);
    CHECK(Decimal::parse(v.to_string())->raw() == v.raw());
    CHECK((v * D("2")).div_floor(D("2")) == v);
    CHECK((v + D("0.000000000001")).div_ceil(D("1")) == v + D("0.000000000001"));
  }
  CHECK(D("9223372.036854775807").to_string(2) == "9223372.04");
  CHECK(D("9223372.036854775808").to_string(2) == "9223372.04");
  CHECK(D("-9223372.036854775808").to_string(3) == "-9223372.037");
  CHECK(D("123456789012.5").to_string(0) == "123456789013");
  // 1 / 3 rounded outward at 10^-12, on the fast path and on the slow one.
  CHECK(D("1").div_floor(D("3")).to_string() == "0.333333333333");
  CHECK(D("1").div_ceil(D("3")).to_string() == "0.333333333334");
  CHECK(D("10000000").div_floor(D("3")).to_string() == "3333333.333333333333");
  CHECK(D("-10000000").div_floor(D("3")).to_string() == "-3333333.333333333334");
  // The smallest 64-bit raw value divided by −1 overflows 64 bits: it must take the slow path.
  Decimal min64 = Decimal::from_raw(-(static_cast<Decimal::Raw>(1) << 63));
  CHECK(min64.div_floor(Decimal::from_raw(-1)).raw() == (static_cast<Decimal::Raw>(1) << 63) * Decimal::pow10(0).raw());
  // Half a unit of the last written place, as the intervals of written precision use it.
  CHECK(Interval::rounded(D("12.3"), 1).lo == D("12.25"));
  CHECK(Interval::rounded(D("12.3"), -2).hi == D("62.3"));
  CHECK(Interval::rounded(D("12.3"), 12).hi == D("12.3"));
}
