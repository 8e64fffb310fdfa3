// Products (issue 14 item 2): 标准 × 人数/月数/户数 = 金额 and 长 × 宽 = 面积 in a sentence (R35),
// and a column formula written in a table header, ⑧=④×⑦ or 金额=单价×数量 (R13). Tolerance: the
// written precision of the result. Each shape: a consistent twin (recorded as checked, silent)
// and a must-flag.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

std::size_t checked(const AnalyzedDocument& d, const std::string& rule, const std::string& result) {
  std::size_t n = 0;
  for (const auto& c : d.result.checked) n += c.rule == rule && c.result == result;
  return n;
}

}  // namespace

TEST_CASE("R35: a standard per person per month times the persons and the months is the amount") {
  auto ok = run("按每人每月520元的标准，为30名保洁员发放补贴10个月，共计15.6万元。");
  CHECK(with_rule(ok, "R35").empty());
  CHECK(checked(ok, "R35", "consistent") == 1);

  auto d = run("按每人每月520元的标准，为30名保洁员发放补贴10个月，共计16.6万元。");
  auto r = with_rule(d, "R35");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(span_text(d, r[0]->spans[0]) == "16.6万元");
  CHECK(r[0]->expected == "15.6万元");
}

TEST_CASE("R35: a standard written as a unit (元/人·年) and one named 人均") {
  CHECK(with_rule(run("慰问标准为650元/人·年，共慰问240人，合计15.6万元。"), "R35").empty());
  auto d = run("慰问标准为650元/人·年，共慰问240人，合计16.8万元。");
  REQUIRE(with_rule(d, "R35").size() == 1);
  CHECK(with_rule(d, "R35")[0]->expected == "15.6万元");

  auto ok = run("人均奖励2400元，共奖励35人，发放资金8.4万元。");
  CHECK(with_rule(ok, "R35").empty());
  CHECK(checked(ok, "R35", "consistent") == 1);
  REQUIRE(with_rule(run("人均奖励2400元，共奖励35人，发放资金9.4万元。"), "R35").size() == 1);
  // 人均 of a statistic is no standard: the population times it is not the amount that follows
  CHECK(with_rule(run("全县人均可支配收入26000元，常住人口32万人，地区生产总值150亿元。"), "R35").empty());
}

TEST_CASE("R35: within the written precision of the amount; nothing read when a factor is missing") {
  // 1180 × 17 = 20060: "2.01万元" is within half a unit of its last digit (20050 … 20150)
  CHECK(with_rule(run("按每户1180元标准，救助困难群众17户，资金2.01万元。"), "R35").empty());
  REQUIRE(with_rule(run("按每户1180元标准，救助困难群众17户，资金2.03万元。"), "R35").size() == 1);
  // per month, but no month count in the sentence: no product to check
  auto d = run("按每人每月520元的标准发放保洁员补贴，共30人，资金12万元。");
  CHECK(with_rule(d, "R35").empty());
  CHECK(checked(d, "R35", "inconsistent") == 0);
  // the amount stands before the factors (the whole fund, not the product): never flagged
  CHECK(with_rule(run("安排资金20万元，按每人每月520元的标准为30名保洁员发放补贴10个月。"), "R35").empty());
}

TEST_CASE("R35: length times width is the area") {
  auto ok = run("硬化村道长850米、宽4.5米，面积3825平方米。");
  CHECK(with_rule(ok, "R35").empty());
  CHECK(checked(ok, "R35", "consistent") == 1);
  auto d = run("硬化村道长850米、宽4.5米，面积3925平方米。");
  auto r = with_rule(d, "R35");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->expected == "3825平方米");
}

TEST_CASE("R35: per row of a table whose standard stands in a note under it or in its title") {
  const std::string head = "表2 保洁员补贴发放情况\n序号\t村名\t人数\t月数\t补贴金额（元）\n";
  const std::string note = "注：按每人每月450元标准发放。\n";
  auto ok = run(head + "1\t青石村\t6\t12\t32400\n2\t白杨村\t4\t10\t18000\n" + note);
  CHECK(with_rule(ok, "R35").empty());
  CHECK(checked(ok, "R35", "consistent") == 2);
  auto d = run(head + "1\t青石村\t6\t12\t32400\n2\t白杨村\t4\t10\t19000\n" + note);
  auto r = with_rule(d, "R35");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "19000");
  CHECK(r[0]->expected == "18000元");

  const std::string title = "表3 慰问金发放情况（标准：650元/人·年）\n序号\t乡镇\t人数\t慰问金额（万元）\n";
  CHECK(with_rule(run(title + "1\t东山镇\t120\t7.8\n2\t西河乡\t60\t3.9\n"), "R35").empty());
  REQUIRE(with_rule(run(title + "1\t东山镇\t120\t7.8\n2\t西河乡\t60\t4.9\n"), "R35").size() == 1);
  // no month column for a per-month standard: nothing to multiply, nothing read
  CHECK(checked(run("序号\t村名\t人数\t补贴金额（元）\n1\t青石村\t6\t30000\n2\t白杨村\t4\t19000\n" + note), "R35",
                "inconsistent") == 0);
}

TEST_CASE("R35: per row of a table with a column of standards (补助标准（元/人·月）)") {
  const std::string head = "序号\t类别\t补助标准（元/人·月）\t人数\t月数\t金额（元）\n";
  auto ok = run(head + "1\t一类\t550\t9\t12\t59400\n2\t二类\t420\t7\t10\t29400\n");
  CHECK(with_rule(ok, "R35").empty());
  CHECK(checked(ok, "R35", "consistent") == 2);
  auto d = run(head + "1\t一类\t550\t9\t12\t59400\n2\t二类\t420\t7\t10\t24900\n");
  auto r = with_rule(d, "R35");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "24900");
  CHECK(r[0]->expected == "29400元");
  // a 标准 column per 平方米 multiplies no count column: not read
  CHECK(checked(run("序号\t项目\t标准（元/平方米）\t人数\t金额（元）\n1\t甲\t80\t5\t900\n2\t乙\t60\t4\t700\n"), "R35",
                "inconsistent") == 0);
}

TEST_CASE("R13: a column formula in the header, by circled numbers or by column names") {
  const std::string head = "表3 物资采购明细\n序号\t品名\t单价（元）④\t数量⑦\t金额（元）⑧=④×⑦\n";
  auto ok = run(head + "1\t办公桌\t650\t6\t3900\n2\t文件柜\t480\t5\t2400\n3\t打印机\t1250\t2\t2500\n");
  CHECK(with_rule(ok, "R13").empty());
  CHECK(checked(ok, "R13", "consistent") >= 3);
  auto d = run(head + "1\t办公桌\t650\t6\t3900\n2\t文件柜\t480\t5\t2600\n3\t打印机\t1250\t2\t2500\n");
  auto r = with_rule(d, "R13");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "2600");
  CHECK(r[0]->expected == "2400");

  const std::string named = "序号\t品名\t单价\t数量\t金额=单价×数量\n";
  CHECK(with_rule(run(named + "1\t台灯\t85.5\t4\t342.00\n2\t椅子\t210\t6\t1260.00\n"), "R13").empty());
  REQUIRE(with_rule(run(named + "1\t台灯\t85.5\t4\t324.00\n2\t椅子\t210\t6\t1260.00\n"), "R13").size() == 1);
  // a sum formula is not a product: not read here
  CHECK(checked(run("序号\t项目\t甲③\t乙④\t合计⑤=③+④\n1\t一\t2\t3\t5\n2\t二\t4\t4\t8\n"), "R13", "inconsistent") == 0);
}
