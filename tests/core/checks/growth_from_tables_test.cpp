// R26 where the statement gives a level and its rate but not the change or the earlier level:
// the earlier level from a table of both years (growth_from_tables.cpp), or from the subject
// the comparison sentence continues (statements/frames.cpp: "较2022年度决算数" names what is
// compared with, not a subject; a bracket's parts do not take over the clause after it).
// Texts written for the tests (other departments, other numbers); each flag has a consistent twin.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

std::size_t flags(const std::string& text, const char* rule = "R26") { return alarms(text, rule); }

bool checked(const std::string& text, const std::string& part) {
  auto d = run(text);
  for (const auto& c : d.result.checked)
    if (c.rule == "R26" && c.formula.find(part) != std::string::npos) return true;
  return false;
}

const std::string kTable =
    "年度\t合计\t会议费\t培训费\n"
    "2022年\t500\t200\t300\n"
    "2023年\t450\t150\t300\n";

}  // namespace

TEST_CASE("R26 takes the earlier year's level from a table of both years: level first, table after") {
  // 450 vs 500: 10%; 150 vs 200: 25%.
  std::string ok = "一、三公经费情况\n某局2023年“三公”经费决算数450万元，比上年决算数下降10%。其中：会议费150万元，"
                   "与上年决算数下降25%。\n对比情况\n" + kTable;
  CHECK(flags(ok) == 0);
  CHECK(checked(ok, "|150−200|÷200=25.00%"));
  CHECK(checked(ok, "|450−500|÷500=10.00%"));
  std::string bad = "一、三公经费情况\n某局2023年“三公”经费决算数450万元，比上年决算数下降10%。其中：会议费150万元，"
                    "与上年决算数下降30%。\n对比情况\n" + kTable;
  auto d = run(bad);
  auto r = with_rule(d, "R26");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  CHECK(r[0]->expected == "25.00%");
  CHECK(span_text(d, r[0]->spans[2]) == "200");
}

TEST_CASE("R26 from a table: table first, rate before its level") {
  std::string head = "一、三公经费情况\n" + kTable + "与上年决算数相比，某局2023年“三公”经费决算数";
  CHECK(flags(head + "下降10%，为450万元。") == 0);
  CHECK(flags(head + "下降12%，为450万元。") == 1);
}

TEST_CASE("R26 from a table: a column named a little differently, the level rounded differently") {
  // The prose says 148, the table 150 under 公务用车运行维护费: (148−200)/200 = 26%; the table's own 25%.
  std::string table = "年度\t合计\t公务用车运行维护费\t培训费\n2022年\t500\t200\t300\n2023年\t450\t150\t300\n";
  CHECK(flags("一、情况\n" + table + "公务用车运行费148万元，比上年下降26%。") == 0);
  CHECK(flags("一、情况\n" + table + "公务用车运行费148万元，比上年下降25%。") == 0);
  auto d = run("一、情况\n" + table + "公务用车运行费148万元，比上年下降31%。");
  auto r = with_rule(d, "R26");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);  // found by the column's name only
}

TEST_CASE("R26 from a table needs the two years: a table of other years or another subject says nothing") {
  std::string other = "年度\t合计\t会议费\t培训费\n2020年\t500\t200\t300\n2021年\t450\t150\t300\n";
  CHECK(flags("一、情况\n2023年差旅费88万元，比上年下降40%。\n" + other) == 0);
  CHECK(flags("一、情况\n2023年差旅费88万元，比上年下降40%。\n" + kTable) == 0);
}

TEST_CASE("a comparison sentence continues the subject before it: 较2022年度决算数 is not a subject") {
  // 1.20/(12.60−1.20) = 10.53%.
  CHECK(flags("3.其他收入12.60万元，为单位在财政拨款之外取得的收入。较2022年度决算数增加1.20万元，增长10.5%，"
              "主要原因是租金增加。") == 0);
  CHECK(flags("3.其他收入12.60万元，为单位在财政拨款之外取得的收入。较2022年度决算数增加1.20万元，增长12.5%，"
              "主要原因是租金增加。") == 1);
  // Rate first, amount after.
  CHECK(flags("4.经营收入60.00万元，为开展经营活动取得的收入。比上年预算数增长20%，增加10.00万元。") == 0);
  CHECK(flags("4.经营收入60.00万元，为开展经营活动取得的收入。比上年预算数增长25%，增加10.00万元。") == 1);
}

TEST_CASE("the clause after a bracketed breakdown continues the bracketed figure, not its last part") {
  // 30/(330−30) = 10%; against the last part 120 it would be 33%.
  CHECK(flags("会议费330万元（其中国内会议210万元，国际会议120万元），比上年增加30万元，增长10%。") == 0);
  CHECK(flags("会议费330万元（其中国内会议210万元，国际会议120万元），比上年增加30万元，增长12%。") == 1);
  CHECK(flags("差旅费80万元（含国内差旅52万元、出国差旅28万元），较上年减少20万元，下降20%。") == 0);
  CHECK(flags("差旅费80万元（含国内差旅52万元、出国差旅28万元），较上年减少20万元，下降25%。") == 1);
}

TEST_CASE("R26 from a table: a column found by name must restate the level's magnitude") {
  // The table in 元 with no unit line, the prose in 万元: not the same figure, no reading.
  std::string yuan = "年度\t会议费\t培训费\n2022年\t2000000\t3000000\n2023年\t1500000\t3000000\n";
  CHECK(flags("一、情况\n" + yuan + "会议费支出149万元，比上年下降30%。") == 0);
}

TEST_CASE("R26 from a table with the years as columns, one row per subject") {
  const std::string table = "一、三公经费情况\n项目\t2022年决算数\t2023年决算数\t增减率\n会议费\t200\t150\t-25%\n培训费\t300\t330\t10%\n";
  CHECK(flags(table + "某局2023年会议费150万元，比上年下降25%；培训费330万元，比上年增长10%。") == 0);
  CHECK(flags(table + "某局2023年会议费150万元，比上年下降30%；培训费330万元，比上年增长10%。") == 1);
  // Rate before the level, the second subject wrong.
  CHECK(flags(table + "与上年相比，某局2023年培训费增长12%，为330万元。") == 1);
  CHECK(flags(table + "与上年相比，某局2023年培训费增长10%，为330万元。") == 0);
}
