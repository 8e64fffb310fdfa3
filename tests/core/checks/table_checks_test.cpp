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

namespace {

// A Word-pasted table (one tab-prefixed cell per line, a blank line between rows).
std::string word_table(const std::vector<std::vector<std::string>>& rows) {
  std::string out = "单位：万元\n\n";
  for (const auto& r : rows) {
    for (const auto& c : r) out += "\t" + c + "\n";
    out += "\n";
  }
  return out;
}

std::vector<std::vector<std::string>> basic_data_table(const std::string& sangong_final, const std::string& car_final) {
  return {{"项目", "上年决算数", "本年预算数", "本年决算数"},
          {"“三公”经费", "12.50", "15.00", sangong_final},
          {"1.公务用车购置和维护经费", "8.00", "10.00", car_final},
          {"其中：公车购置", "0", "0", "0"},
          {"公车运行维护", "8.00", "10.00", "7.60"},
          {"2.出国经费", "0", "0", "0"},
          {"3.公务接待", "4.50", "5.00", "3.00"},
          {"公用经费", "150.20", "160.00", "155.30"},
          {"其中：办公经费", "40.00", "45.00", "42.00"},
          {"政府采购金额", "30.66", "30.66", "30.66"}};
}

}  // namespace

TEST_CASE("R13 nested rows: a parent row equals its numbered items in every column") {
  auto ok = run(word_table(basic_data_table("10.60", "7.60")));
  CHECK(with_rule(ok, "R13").empty());
  auto bad = run(word_table(basic_data_table("11.60", "7.60")));
  auto r = with_rule(bad, "R13");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->message.zh == "第1行（“三公”经费）的“本年决算数”应为各分项之和10.60万元（7.6+0+3），表中为11.60万元");
  CHECK(span_text(bad, r[0]->spans[0]) == "11.60");
  // A 其中 group may be partial (办公经费 is one of several 公用经费 items), but not larger than its parent.
  auto sub = run(word_table(basic_data_table("10.60", "6.60")));
  auto s = with_rule(sub, "R13");
  REQUIRE(s.size() == 2);  // 三公 = 6.6 + 0 + 3 ≠ 10.60, and 公务用车 6.60 < 0 + 7.60
}

TEST_CASE("R13 column totals count only top-level rows of a 类/款/项 table") {
  auto table = [](const std::string& kuan) {
    return "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
           "208\t社会保障和就业支出\t100.00\t60.00\t40.00\n"
           "20805\t行政事业单位养老支出\t" + kuan + "\t60.00\t40.00\n"
           "2080505\t机关事业单位基本养老保险缴费支出\t100.00\t60.00\t40.00\n"
           "210\t卫生健康支出\t50.00\t30.00\t20.00\n"
           "21001\t卫生健康管理事务\t50.00\t30.00\t20.00\n"
           "合计\t\t150.00\t90.00\t60.00\n";
  };
  CHECK(with_rule(run(table("100.00")), "R13").empty());
  auto bad = run(table("90.00"));
  auto r = with_rule(bad, "R13");
  REQUIRE(!r.empty());
  CHECK(span_text(bad, r[0]->spans[0]) == "100.00");  // 类 208 against its only 款 … and the 款 against its 项
}
