// The one date reader: years before 年 (strict, or with PDF spacing and 年度), months in digits or
// Han numerals, days before 日/号.
#include <doctest/doctest.h>

#include "numbers/dates.h"

using namespace gouji;

TEST_CASE("read_year: four digits before 年, 1990 to the style's last year, not inside a longer run") {
  std::size_t end = 0;
  CHECK(read_year(U"2024年", 0, end) == 2024);
  CHECK(end == 5);
  CHECK(read_year(U"12024年", 1, end) == 0);  // inside a longer run
  CHECK(read_year(U"1985年", 0, end) == 0);
  CHECK(read_year(U"2100年", 0, end) == 0);
  CHECK(read_year(U"2100年", 0, end, {false, false, 2100}) == 2100);
  CHECK(read_year(U"2024 年度", 0, end) == 0);  // strict: no space
  CHECK(read_year(U"2024 年度", 0, end, {true, true}) == 2024);
  CHECK(end == 7);  // past 年度
  CHECK(read_year(U"2024", 0, end) == 0);
}

TEST_CASE("read_month and read_day: digits or Han numerals before 月, 1–31 before 日/号") {
  std::size_t end = 0;
  CHECK(read_month(U"10月底", 0, end) == 10);
  CHECK(end == 3);
  CHECK(read_month(U"十一月", 0, end) == 11);
  CHECK(end == 3);
  CHECK(read_month(U"123月", 0, end) == 0);
  CHECK(read_month(U"10日", 0, end) == 0);
  CHECK(read_day(U"31日", 0, end) == 31);
  CHECK(read_day(U"5号", 0, end) == 5);
  CHECK(end == 2);
  CHECK(read_day(U"32日", 0, end) == 0);
  CHECK(read_day(U"15天", 0, end) == 0);
}
