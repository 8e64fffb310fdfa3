#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

TEST_CASE("R70 flags a skipped heading number and names the unnumbered line that fills it") {
  auto d = run("（一）机构、人员构成\n\n正文。\n\n单位主要职责\n\n正文。\n\n（三）部门财务情况\n\n正文。\n");
  auto r = with_rule(d, "R70");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->message.zh.find("缺少“（二）”") != std::string::npos);
  CHECK(r[0]->hint.zh.find("单位主要职责") != std::string::npos);
  CHECK(with_rule(run("（一）机构\n\n正文。\n\n（二）职责\n\n正文。\n\n（三）财务\n"), "R70").empty());
}

TEST_CASE("R70 flags repeats, R71 style switches and one style used at two levels") {
  CHECK(with_rule(run("1.加强管理。\n2.优化服务。\n2.落实责任。\n"), "R70").size() == 1);
  auto sw = run("（一）部门决算情况。\n\n正文。\n\n（2） 支出分类情况\n\n正文。\n\n（3） “三公”经费情况\n");
  auto r71 = with_rule(sw, "R71");
  REQUIRE(r71.size() == 1);
  CHECK(span_text(sw, r71[0]->spans[0]).rfind("（2）", 0) == 0);
  CHECK(with_rule(sw, "R70").empty());
  auto reuse = run("1.部门绩效总目标。\n\n2.部门年度绩效目标\n1.数量指标。A\n2.质量指标。B\n");
  CHECK(with_rule(reuse, "R71").size() == 1);
}

TEST_CASE("R72 asks for 一、 when first-level numbering starts at 二、 after an unnumbered title") {
  auto d = run("部门（单位）基本情况\n\n正文。\n\n二、 一般公共预算支出情况\n\n三、 政府性基金\n");
  auto r = with_rule(d, "R72");
  REQUIRE(r.size() == 1);
  REQUIRE(r[0]->fixes.size() == 1);
  CHECK(r[0]->fixes[0].replacement == "一、");
  CHECK(with_rule(run("一、基本情况\n\n二、收支情况\n"), "R72").empty());
}

TEST_CASE("R73 flags a repeated 五是 and suggests 六是; a clean sequence passes") {
  auto d = run("一是甲。二是乙。三是丙。四是丁。五是戊。五是己。");
  auto r = with_rule(d, "R73");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "五是");
  CHECK(r[0]->spans[0].start > r[0]->spans[1].start);
  CHECK(r[0]->fixes[0].replacement == "六是");
  CHECK(with_rule(run("一是甲。二是乙。三是丙。\n一是丁。二是戊。"), "R73").empty());
  CHECK(with_rule(run("一是甲。三是丙。"), "R73").size() == 1);
}

TEST_CASE("R70 does not count what an excerpt leaves out before its first heading") {
  CHECK(with_rule(run("（三）部门财务情况\n\n资产总额100万元。\n\n（四）部门绩效目标\n\n完成任务。\n"), "R70").empty());
  // Inside a report the gap is real.
  auto d = run("2023年部门整体支出绩效自评报告\n\n（三）部门财务情况\n\n资产总额100万元。\n");
  CHECK(with_rule(d, "R70").size() == 1);
}
