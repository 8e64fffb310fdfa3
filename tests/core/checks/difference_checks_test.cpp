// R01 on a stated difference (差值/差额/相差): the gap between the two amounts stated before it in
// the same sentence, whichever is larger, the sign unwritten. Texts written for the tests.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

TEST_CASE("R01 on a difference: an integer beside decimals takes their precision; one-decimal figures are rounding") {
  // 6 beside 5.82: 6.00 − 5.82 = 0.18; a stated 0.28 is off.
  CHECK(with_rule(run("公务用车运行维护费支出5.82万元，年初预算为6万元，差额为0.28万元。"), "R01").size() == 1);
  CHECK(with_rule(run("公务用车运行维护费支出5.82万元，年初预算为6万元，差额为0.18万元。"), "R01").empty());
  // 0.7 − 0.5 stands for 0.2 ± 0.1: 0.3 is within the written precision, recorded as rounding.
  auto d = run("公务接待费支出0.5万元，年初预算为0.7万元，差值为0.3万元。");
  CHECK(with_rule(d, "R01").empty());
  REQUIRE(d.result.checked.size() == 1);
  CHECK(d.result.checked[0].result == "rounding");
}

TEST_CASE("R01 on a difference needs two levels in its own sentence") {
  // One amount only, or the other behind a full stop: nothing to compare.
  CHECK(with_rule(run("本年支出决算为12.30万元。与年初预算差值为2.00万元。"), "R01").empty());
  // A change amount is not a level ("比上年减少…").
  CHECK(with_rule(run("本年支出12.30万元，比上年减少1.10万元，差额为5.00万元。"), "R01").empty());
}
