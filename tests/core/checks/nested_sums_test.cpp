// R01 on the bracketed figure each item of a breakdown carries ("X万元（其中工程费Y万元）"): the
// parts' add up to the total's (nested_sums.cpp). Texts written for the tests.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

std::size_t flags(const std::string& text) { return alarms(text, "R01"); }

const std::string kAfter =
    "我局承担道路项目，一期批复投资1200.5万元（其中工程费1000.25万元），二期批复投资800万元（其中工程费650.5万元），"
    "合计批复投资2000.5万元（其中工程费1650.75万元）。";
const std::string kTotalLast =
    "甲镇安排补助资金500万元（含中央资金350万元），乙镇安排补助资金400万元（含中央资金250万元），共计900万元（含中央资金600万元）。";

}  // namespace

TEST_CASE("R01 the items' bracketed figures of one name add up to the total's") {
  CHECK(flags(kAfter) == 0);
  auto d = run(replaced(kAfter, "1650.75", "1560.75"));
  auto r = with_rule(d, "R01");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->expected == "1650.75万元");
  CHECK(span_text(d, r[0]->spans[0]) == "1560.75万元");
  // 含 instead of 其中, a part's figure wrong.
  CHECK(flags(kTotalLast) == 0);
  CHECK(flags(replaced(kTotalLast, "250万元", "200万元")) == 1);
}

TEST_CASE("R01 bracketed figures of different names are not one breakdown") {
  CHECK(flags(replaced(replaced(kAfter, "（其中工程费650.5万元）", "（其中设备费650.5万元）"), "1650.75", "1560.75")) == 0);
}

TEST_CASE("a list after a bracket belongs to the figure the bracket qualifies, not to the bracketed one") {
  const std::string first = "全年下达补助资金900万元（含中央资金600万元），具体为：甲镇500万元（含中央资金350万元），乙镇400万元（含中央资金250万元）。";
  CHECK(flags(first) == 0);  // was a warning: 500 + 400 read as the parts of 600
  CHECK(flags(replaced(first, "乙镇400万元", "乙镇450万元")) == 1);  // parts over the total
  CHECK(flags(replaced(first, "250万元", "200万元")) == 1);
}
