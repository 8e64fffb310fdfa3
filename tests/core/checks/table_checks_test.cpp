#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

// A pasted Word table: header, body rows, 合计 (merged over 序号+项目).
std::string table(const std::vector<std::vector<std::string>>& body, const std::vector<std::string>& total) {
  std::string s = "单位：万元\n\n\t序号\n\t项目\n\t年初预算\n\t本年调整\n\t可执行指标\n\t决算金额\n\n";
  for (const auto& r : body) {
    for (const auto& c : r) s += "\t" + c + "\n";
    s += "\n";
  }
  s += "\t合  计\n";
  for (const auto& c : total) s += "\t" + c + "\n";
  return s + "\n";
}

}  // namespace

TEST_CASE("R13 passes a table whose rows and columns reconcile, blank cells as zero") {
  auto d = run(table({{"1", "甲", "10.00", "5.00", "15.00", "15.00"}, {"2", "乙", "", "3.5", "3.50", "3.50"}},
                     {"10.00", "8.50", "18.50", "18.50"}));
  CHECK(with_rule(d, "R13").empty());
}

TEST_CASE("R13 locates the wrong cell: a wrong 本年调整 in a row, with the corrected value") {
  // Row 1: 10 + 9 ≠ 15 → the 调整 cell should be 5; then the 调整 column adds to the 合计 8.50.
  auto d = run(table({{"1", "甲", "10.00", "9.00", "15.00", "15.00"}, {"2", "乙", "", "3.50", "3.50", "3.50"}},
                     {"10.00", "8.50", "18.50", "18.50"}));
  auto r = with_rule(d, "R13");
  REQUIRE(r.size() == 2);  // the row, and the 本年调整 column
  CHECK(span_text(d, r[0]->spans[0]) == "9.00");
  REQUIRE(r[0]->fixes.size() == 1);
  CHECK(r[0]->fixes[0].replacement == "5.00");
  CHECK(r[0]->hint.zh.find("全部平衡") != std::string::npos);
}

TEST_CASE("R13 flags a wrong 合计 cell when every row is right; rounding is not an error") {
  auto d = run(table({{"1", "甲", "10.00", "5.00", "15.00", "15.00"}, {"2", "乙", "1.00", "3.50", "4.50", "4.50"}},
                     {"11.00", "8.50", "19.50", "19.00"}));
  auto r = with_rule(d, "R13");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "19.00");
  auto rounding = run(table({{"1", "甲", "10.01", "5.00", "15.01", "15.01"}, {"2", "乙", "1.00", "3.50", "4.50", "4.50"}},
                            {"11.00", "8.50", "19.50", "19.50"}));
  CHECK(with_rule(rounding, "R13").empty());  // 11.01 vs 11.00 with two rounded cells
}

TEST_CASE("R14 compares the prose total with the table") {
  std::string body = table({{"1", "甲", "10.00", "9.00", "19.00", "19.00"}}, {"10.00", "9.00", "19.00", "19.00"});
  CHECK(with_rule(run("（二）项目支出情况\n\n年初预算10万元，追加调整9万元。\n\n" + body), "R14").empty());
  auto d = run("（二）项目支出情况\n\n年初预算10万元，追加调整8万元。\n\n" + body);
  auto r = with_rule(d, "R14");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "8万元");
}
