// R07 and R08 where they meet R01's 其中 lists (which rule reports, nested lists). The texts that
// just flag or pass R02–R16 are in the rule book, rules/A-identities.md.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// The only finding of `rule` in `text`; fails the test when there is none or several.
const Finding& only(const AnalyzedDocument& d, const std::string& rule) {
  auto r = with_rule(d, rule);
  REQUIRE(r.size() == 1);
  return *r[0];
}

}  // namespace

TEST_CASE("R07 基本支出 = 人员经费 + 公用经费, and its economic classes") {
  CHECK(with_rule(run("2023年度一般公共预算财政拨款基本支出1,150.10万元，其中：人员经费1,000.05万元，主要包括基本工资、津贴补贴等；"
                      "公用经费150.05万元，主要包括办公费、印刷费等。"),
                  "R07")
            .empty());
  // Listed after 其中 (each part with its own 主要包括 description), the sum is R01's.
  auto d = run("2023年度一般公共预算财政拨款基本支出1,160.10万元，其中：人员经费1,000.05万元，主要包括基本工资、津贴补贴等；"
               "公用经费150.05万元，主要包括办公费、印刷费等。");
  CHECK(only(d, "R01").severity == Severity::Error);
  CHECK(with_rule(d, "R07").empty());
}

TEST_CASE("R08 三公 across sentences; a nested 其中 in brackets is the car item's own detail") {
  const std::string nested =
      "“三公”经费支出5.6万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费3.6万元（其中：公务用车购置费0万元，"
      "公务用车运行维护费3.6万元），公务接待费2万元。";
  auto ok = run(nested);
  CHECK(with_rule(ok, "R01").empty());
  CHECK(with_rule(ok, "R08").empty());
  std::string wrong = nested;
  wrong.replace(wrong.find("5.6万元"), 3, "6.6");
  auto d = run(wrong);
  auto r = with_rule(d, "R01");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->message.zh == "合计应为5.6万元（0+3.6+2），报告为6.6万元");
  // The inner list is checked on its own.
  std::string inner = nested;
  inner.replace(inner.find("公务用车购置费0万元"), std::string("公务用车购置费0万元").size(), "公务用车购置费1万元");
  auto di = run(inner);
  auto ri = with_rule(di, "R01");
  REQUIRE(ri.size() == 1);
  CHECK(span_text(di, ri[0]->spans[0]) == "3.6万元");
  // 决算公开 layout: total, then each item in its own clause after "。其中：", split by "；" — read
  // as the 其中 list it is, so R01 has the sum (and R08 does not repeat it).
  auto sep = run("2023年度“三公”经费财政拨款支出预算为20.00万元，支出决算为16.60万元。其中：因公出国（境）费支出决算为0万元；"
                 "公务用车购置及运行维护费支出决算为12.60万元；公务接待费支出决算为3.00万元。");
  const Finding& f = only(sep, "R01");
  CHECK(span_text(sep, f.spans[0]) == "16.60万元");
  CHECK(has(f.message.zh, "15.60万元"));
  CHECK(with_rule(sep, "R08").empty());
}

