// R13 on a table whose total row is written 共计 (as 合计/总计/小计): its columns are summed and
// the row checked. Texts written for the test.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

std::string table(const std::string& total_2024) {
  return "表2 “三公”经费支出情况（单位：万元）\n"
         "项目\t2023年\t2024年\n"
         "公务接待费\t12.00\t10.00\n"
         "公务用车运行维护费\t30.00\t28.00\n"
         "共计\t42.00\t" + total_2024 + "\n";
}

std::size_t r13_records(const AnalyzedDocument& d) {
  std::size_t n = 0;
  for (const auto& c : d.result.checked) n += c.rule == "R13";
  return n;
}

}  // namespace

TEST_CASE("R13: a 共计 row is the table's total row") {
  auto ok = run(table("38.00"));
  CHECK(with_rule(ok, "R13").empty());
  CHECK(r13_records(ok) == 2);  // both columns summed
  auto bad = run(table("39.00"));
  CHECK(with_rule(bad, "R13").size() == 1);
}
