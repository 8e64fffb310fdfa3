// A 自评表 whose rate column is headed 执行进度 (as 执行率): its rate is the 全年执行数 over the
// 全年预算数 (R21). Texts written for the test.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

std::string form(const std::string& rate) {
  return "某镇2024年度农村道路养护项目支出绩效自评表\n"
         "资金情况（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行进度\t得分\n"
         "年度资金总额\t50.00\t62.50\t55.00\t10\t" + rate + "\t8.8\n"
         "其中：本年财政拨款\t50.00\t62.50\t55.00\t—\t—\t—\n";
}

bool r21_checked(const AnalyzedDocument& d) {
  for (const auto& c : d.result.checked)
    if (c.rule == "R21") return true;
  return false;
}

}  // namespace

TEST_CASE("R21: a 执行进度 column is the form's execution rate") {
  auto ok = run(form("88%"));
  CHECK(with_rule(ok, "R21").empty());
  CHECK(r21_checked(ok));
  auto bad = run(form("80%"));
  CHECK(with_rule(bad, "R21").size() == 1);
}
