// Which year the identity checks (R02–R16) hold to be the report's: the document's when its
// title names it, else the year most budget figures state (checks/identity_checks.cpp).
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

// A 2024 final account whose second section restates seven 2023 figures: more figures name 2023
// than 2024, yet the report is about 2024.
std::string titled(const std::string& carry_out) {
  return "江岸区文旅局2024年度部门决算说明\n"
         "一、收入支出决算总体情况\n"
         "2024年本年收入合计2400.00万元，使用非财政拨款结余10.00万元，年初结转和结余90.00万元，"
         "本年支出合计2300.00万元，结余分配0万元，年末结转和结余" + carry_out + "万元。\n"
         "二、上年情况\n"
         "2023年本年收入合计925.20万元。2023年财政拨款收入812.60万元，2023年事业收入102.60万元，"
         "2023年经营收入0万元，2023年上级补助收入0万元，2023年附属单位上缴收入0万元，2023年其他收入10.00万元。\n";
}

}  // namespace

TEST_CASE("R02 holds the titled year's figures even when more figures name the year before") {
  // 2400 + 10 + 90 = 2500 against 2300 + 0 + 180 = 2480: 20 short.
  auto d = run(titled("180.00"));
  auto r = with_rule(d, "R02");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->message.zh.find("相差20.00万元") != std::string::npos);
  // Near-miss: 2300 + 0 + 200 = 2500 balances.
  CHECK(with_rule(run(titled("200.00")), "R02").empty());
}

TEST_CASE("A year guessed from an excerpt's first line is not the report year: the figures' majority is") {
  // No title: the first year written is a comparison base (较2022年度), the figures are 2023's.
  const std::string head = "财政拨款收入较2022年度决算数增加30.00万元，增长3%。\n";
  auto body = [](const std::string& carry_out) {
    return "2023年本年收入合计1200.00万元，使用非财政拨款结余0万元，年初结转和结余40.00万元，"
           "本年支出合计1150.00万元，结余分配0万元，年末结转和结余" + carry_out + "万元。\n";
  };
  // 1200 + 0 + 40 = 1240 against 1150 + 0 + 80 = 1230: 10 short.
  auto d = run(head + body("80.00"));
  auto r = with_rule(d, "R02");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->message.zh.find("相差10.00万元") != std::string::npos);
  CHECK(with_rule(run(head + body("90.00")), "R02").empty());
}

TEST_CASE("A sentence continuing a year-led paragraph is that year's: no R15 against the report year's totals") {
  // Section two restates 2023: its second sentence names no year, yet its 部门支出合计 is 2023's
  // (the frame's period), not a second 2024 expenditure total to hold against 2300.
  auto text = [](const std::string& carry_out) {
    return "江岸区文旅局2024年度部门决算说明\n"
           "一、收入支出决算总体情况\n"
           "本年收入合计2400.00万元，使用非财政拨款结余10.00万元，年初结转和结余90.00万元，"
           "本年支出合计2300.00万元，结余分配0万元，年末结转和结余" + carry_out + "万元。\n"
           "二、上年收入支出情况\n"
           "2023年部门收入合计2100.00万元。部门支出合计2050.00万元，年末结转和结余140.00万元。\n";
  };
  // 2400 + 10 + 90 = 2500 against 2300 + 0 + 180 = 2480: R02 on the 2024 figures only.
  auto d = run(text("180.00"));
  CHECK(with_rule(d, "R02").size() == 1);
  CHECK(with_rule(d, "R15").empty());
  // Near-miss: 2300 + 0 + 200 = 2500, and 2023's figures are not 2024's restated.
  auto ok = run(text("200.00"));
  CHECK(with_rule(ok, "R02").empty());
  CHECK(with_rule(ok, "R15").empty());
}
