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

// R26 on a change whose two levels are stated elsewhere ("2024年度…较2023年度增加X"): the levels of
// the same subject for the two years, wherever they stand, must differ by X.
TEST_CASE("R26 flags a change between two years' levels stated in other sentences") {
  const char* budget = "一、2024年公务经费预算\n2024年度“三公”经费预算总计36.5万元，其中：公务接待16.5万元，公务用车运行费20万元。\n"
                       "二、2023年公务经费决算\n2023年度“三公”经费合计支出33.27万元，其中：公务接待14.12万元，公务用车运行费19.15万元。\n";
  auto d = run(std::string(budget) + "2024年度“三公”经费预算较2023年度增加2.73万元。\n");
  auto r = with_rule(d, "R26");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->expected == "3.23万元");
  CHECK(span_text(d, r[0]->spans[0]) == "2.73万元");
  // The consistent twin is recorded as checked and stays silent.
  auto ok = run(std::string(budget) + "2024年度“三公”经费预算较2023年度增加3.23万元。\n");
  CHECK(with_rule(ok, "R26").empty());
  bool recorded = false;
  for (const auto& c : ok.result.checked) recorded |= c.rule == "R26" && c.result == "consistent";
  CHECK(recorded);
  // A decrease worded as such is the earlier level minus the later.
  CHECK(with_rule(run("2024年度培训费预算12.5万元。2023年度培训费支出15.8万元。2024年度培训费预算较2023年度减少3.3万元。"), "R26").empty());
  CHECK(with_rule(run("2024年度培训费预算12.5万元。2023年度培训费支出15.8万元。2024年度培训费预算较2023年度减少2.3万元。"), "R26").size() == 1);
}

TEST_CASE("R26 on a change between levels: another subject's or year's figure is no level of it") {
  // Only the other subject (会议费) is stated for 2023: nothing to compare.
  CHECK(with_rule(run("2024年度培训费预算12.5万元。2023年度会议费支出15.8万元。2024年度培训费预算较2023年度减少2.3万元。"), "R26").empty());
  // Within the rounding of the written figures (11.8 stands for 11.75…11.85): no finding.
  CHECK(with_rule(run("2024年度培训费预算11.8万元。2023年度培训费支出12.39万元。2024年度培训费预算较2023年度减少0.55万元。"), "R26").empty());
}
