// R21: a 预算执行率 in the 预算执行 paragraph takes the whole's 全年预算数 from the 资金到位
// paragraph when its own section states no base — only when that figure names nothing but the
// whole and the report states it one way. Texts written for the tests.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {
const std::string kText =
    "一、资金到位情况\n"
    "该项目全年预算数为128.00万元，资金已全部到位。\n"
    "二、预算执行情况\n"
    "截至年底，项目全年执行数为120.32万元，预算执行率为94.00%。\n";
}

TEST_CASE("R21 reads an execution rate against the 全年预算数 of another section") {
  auto ok = run(kText);
  CHECK(with_rule(ok, "R21").empty());
  bool checked = false;
  for (const auto& c : ok.result.checked) checked |= c.rule == "R21" && c.formula.find("120.32÷128.00") == 0;
  CHECK(checked);
  auto d = run(replaced(kText, "94.00%", "96.00%"));
  auto r = with_rule(d, "R21");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "96.00%");
  CHECK(r[0]->message.zh.find("94.00%") != std::string::npos);
}

TEST_CASE("R21 across sections: a 全年预算数 of something else, or stated two ways, is no base") {
  // An expense item's budget.
  CHECK(with_rule(run(replaced(replaced(kText, "该项目全年预算数", "培训费全年预算数"), "94.00%", "96.00%")), "R21").empty());
  // Two different 全年预算数: which one is the rate's is unknown.
  std::string two = replaced(kText, "资金已全部到位。", "资金已全部到位。后经追加，项目全年预算数为125.00万元。");
  CHECK(with_rule(run(replaced(two, "94.00%", "96.00%")), "R21").empty());
}
