#include <doctest/doctest.h>

#include "report/at_stake.h"
#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

TEST_CASE("at stake: the gap between expected and stated money, in 万元, whatever the units") {
  CHECK(stake_wan("12.02万元", "0万元")->to_string() == "12.02");
  CHECK(stake_wan("合计应为 3.5亿元", "34,000.00万元")->to_string() == "1000");
  CHECK(stake_wan("1,250元", "1,000元")->to_string() == "0.025");
  // Not money on either side: no amount at stake (a rate, a count, a stated value only).
  CHECK_FALSE(stake_wan("98.5%", "95%"));
  CHECK_FALSE(stake_wan("12人", "10人"));
  CHECK_FALSE(stake_wan("12.02万元", ""));
}

TEST_CASE("at stake in the JSON: per money finding, and the report's 决算支出 total") {
  auto d = run("2023年部门决算支出1,600.00万元，其中基本支出1,000.00万元，项目支出500.00万元。\n"
               "三公经费总计0万元，其中公务接待费5.92万元，公务用车运行维护费6.1万元。");
  auto doc = report_json({d}, Lang::Zh)["documents"][0];
  CHECK(doc["final_total"] == doctest::Approx(1600.0));
  bool seen = false;
  for (auto& f : doc["findings"]) {
    if (f["rule"] != "R01" || f["actual"] != "0万元") continue;
    seen = true;
    CHECK(f["at_stake"] == doctest::Approx(12.02));
  }
  CHECK(seen);
}

TEST_CASE("at stake: a finding about a rate carries none; a report without a 决算 total names none") {
  auto d = run("三公经费总计0万元，其中公务接待费5.92万元，公务用车运行维护费6.1万元。");
  auto doc = report_json({d}, Lang::Zh)["documents"][0];
  CHECK_FALSE(doc.contains("final_total"));
  auto r = run("本年预算数1000万元，执行数500万元，预算执行率为80%。\n");
  int rates = 0;
  auto findings = report_json({r}, Lang::Zh)["documents"][0]["findings"];
  for (auto& f : findings) {
    if (f["rule"] != "R21") continue;  // the rate stated (80%) against the one computed (50.00%)
    ++rates;
    CHECK_FALSE(f.contains("at_stake"));
  }
  CHECK(rates == 1);
}
