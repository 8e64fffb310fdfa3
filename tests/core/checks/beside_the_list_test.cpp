// A figure stated beside a 其中 list is not one of its parts: an "另外" aside, and the retired
// staff after a list of 职称/岗位 parts (no serving-staff part beside them). When the list does
// not fit its total, the finding shows the parts' own reading. Texts written for the tests.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

TEST_CASE("R61: an 另外 aside ends the list; the finding adds the parts only") {
  const std::string ok = "2024年末全校教职工总人数58人，其中在编教师49人，支教人员7人，临聘人员2人，另外退休教师36人。";
  CHECK(with_rule(run(ok), "R61").empty());
  auto d = run(replaced(ok, "总人数58人", "总人数52人"));
  auto r = with_rule(d, "R61");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->message.zh.find("58人（49+7+2）") != std::string::npos);
  CHECK(r[0]->spans.size() == 4);  // the total and its three parts, not the retired
}

TEST_CASE("R61: retired staff after 职称/岗位 parts are beside the list, not in it") {
  const std::string ok = "实有职工46人，其中高级职称6人，中级职称18人，初级职称15人，工勤人员7人，退休职工19人。";
  CHECK(with_rule(run(ok), "R61").empty());
  auto d = run(replaced(ok, "实有职工46人", "实有职工40人"));
  auto r = with_rule(d, "R61");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->message.zh.find("46人（6+18+15+7）") != std::string::npos);
  // Beside serving staff the retired are a part: the whole list is read.
  const std::string serving = "职工总数60人，其中在职人员44人，临时人员4人，退休人员12人。";
  CHECK(with_rule(run(serving), "R61").empty());
  auto s = run(replaced(serving, "总数60人", "总数66人"));
  auto rs = with_rule(s, "R61");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0]->message.zh.find("60人（44+4+12）") != std::string::npos);
}
