// R26 read from statement frames: level, change, rate and prior in any order, interposed 占/完成
// clauses, 增收/减支 words, 其中 lists, subjects named in an earlier paragraph. Every flag has its
// consistent twin. Texts written for the tests (other departments, other numbers).
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::size_t errors(const std::string& text, const char* rule = "R26") { return alarms(text, rule); }

}  // namespace

TEST_CASE("R26 steps over an interposed share: amount first, rate last") {
  // 2000/(22000−2000) = 10%.
  CHECK(errors("本年支出22000.00元，占支出总预算12.50%，同比增加2000.00元，增长10.00%。") == 0);
  auto d = run("本年支出22000.00元，占支出总预算12.50%，同比增加2000.00元，增长11.00%。");
  auto r = with_rule(d, "R26");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->expected == "10.00%");
  CHECK(span_text(d, r[0]->spans[2]) == "22000.00元");
}

TEST_CASE("R26 steps over an interposed completion clause") {
  // 1.5/(4.5−1.5) = 50%.
  CHECK(errors("公务接待费决算为4.5万元，完成预算90%，较上年增加1.5万元，增长50%。") == 0);
  CHECK(errors("公务接待费决算为4.5万元，完成预算90%，较上年增加1.5万元，增长0.5%。") == 1);
}

TEST_CASE("R26 rate first, amount after, with 增收/减收/减支") {
  // 400/(2400−400) = 20%; 300/(2700+300) = 10%.
  CHECK(errors("税收收入完成2400万元，同比增长20%，增收400万元。") == 0);
  CHECK(errors("税收收入完成2400万元，同比增长25%，增收400万元。") == 1);
  CHECK(errors("非税收入完成2700万元，比上年减收300万元，下降10%。") == 0);
  CHECK(errors("非税收入完成2700万元，比上年减收300万元，下降12%。") == 1);
  CHECK(errors("一般公共预算支出完成2700万元，比上年减支300万元，下降10%。") == 0);
}

TEST_CASE("R26 a single rate under 各, its amount after it, is no parallel list") {
  // Both totals 3120.80; 15.60/(3120.80+15.60) = 0.50%: the rate first, then the amount.
  const std::string level = "一、收入支出决算总体情况\n2024年度收、支总计3120.80万元。";
  CHECK(errors(level + "与2023年相比，收、支总计各下降0.50%，减少15.60万元。") == 0);
  CHECK(errors(level + "与2023年相比，收、支总计各下降0.70%，减少15.60万元。") == 1);
  // The same in the amount-first order, as before.
  CHECK(errors(level + "与2023年相比，收、支总计各减少15.60万元，下降0.70%。") == 1);
}

TEST_CASE("R26 against the prior year's 实际数, as against its 决算数") {
  // 1.56/(9.36−1.56) = 20.0%.
  CHECK(errors("一、收入情况\n其他收入9.36万元，较2023年度实际数增加1.56万元，增长20.0%。\n") == 0);
  CHECK(errors("一、收入情况\n其他收入9.36万元，较2023年度实际数增加1.56万元，增长25.0%。\n") == 1);
  // The change's subject names the outturn 实际数, its level 决算: the same figure. 0.42/(6.58+0.42) = 6.00%.
  const std::string level = "（一）总体情况\n2024年度会议费财政拨款支出决算为6.58万元。\n";
  CHECK(errors(level + "2024年度会议费财政拨款支出实际数比2023年度减少0.42万元，降低6.00%。\n") == 0);
  CHECK(errors(level + "2024年度会议费财政拨款支出实际数比2023年度减少0.42万元，降低6.50%。\n") == 1);
  CHECK(errors(level + "2024年度会议费财政拨款支出执行数比2023年度减少0.42万元，降低6.50%。\n") == 1);
}

TEST_CASE("R26 never reads a 比上年+verb amount as the prior level (F2/F3 shape)") {
  // 600/(4600−600) = 15%: consistent, and no "prior value" reading of 600.
  CHECK(errors("其中：税收收入4600万元，比上年增收600万元，增长15%；非税收入1800万元，比上年减收200万元，下降10%。") == 0);
}

TEST_CASE("R26 with a budget base interposed (完成年初预算数X的Y%)") {
  // 500/(5500+500) = 8.33%.
  CHECK(errors("1-6月，一般公共预算收入累计完成5500万元，完成年初预算数12000万元的45.8%，比上年减收500万元，下降8.3%。") == 0);
  CHECK(errors("1-6月，一般公共预算收入累计完成5500万元，完成年初预算数12000万元的45.8%，比上年减收500万元，下降9.1%。") == 1);
}

TEST_CASE("R26 after a 其中 list: the chain's subject is the list's total (F5 shape)") {
  // 3000000/(5000000−3000000) = 150%; on the last part: 3000000/(4000000−3000000) = 300%.
  const std::string ok = "部门总预算安排5000000.00元，其中：基本支出预算1000000.00元，项目支出预算4000000.00元，同比增加3000000.00元，增长150.0%。";
  CHECK(errors(ok) == 0);
  auto last = run("部门总预算安排5000000.00元，其中：基本支出预算1000000.00元，项目支出预算4000000.00元，同比增加3000000.00元，增长300.0%。");
  CHECK(with_rule(last, "R26").empty());  // the last part fits: a reading fits, no flag
  auto bad = run("部门总预算安排5000000.00元，其中：基本支出预算1000000.00元，项目支出预算4000000.00元，同比增加3000000.00元，增长180.0%。");
  auto r = with_rule(bad, "R26");
  REQUIRE(r.size() == 1);
  CHECK(has(r[0]->hint.zh, "合计5000000.00元") != has(r[0]->hint.zh, "最后一项"));  // says which reading it used
}

TEST_CASE("R26 on a change whose subject is named in an earlier paragraph of the section") {
  const std::string head = "一、三公经费情况\n2023年度公务接待费支出决算为6.00万元，公务用车运行维护费支出决算为12.00万元。\n";
  // 2/(12−2) = 20%.
  CHECK(errors(head + "2023年度公务用车运行维护费支出决算比2022年度增加2.00万元，增长20.00%。") == 0);
  CHECK(errors(head + "2023年度公务用车运行维护费支出决算比2022年度增加2.00万元，增长25.00%。") == 1);
  // A figure of the year before is the prior level: 2/10 = 20%.
  const std::string prior = "一、三公经费情况\n2022年度公务用车运行维护费支出10.00万元。\n";
  CHECK(errors(prior + "2023年度三公经费较上年增加1.00万元，其中公务用车运行维护费支出较上年同期增加2.00万元，增长20.00%。") == 0);
}

TEST_CASE("R26 a comparison year is the base's, and 按同口径 names nothing") {
  // 500/(2500−500) = 25%.
  CHECK(errors("2023年财政拨款收入总计2500万元，与2022年相比增加500万元，增长25%。") == 0);
  CHECK(errors("2023年财政拨款收入总计2500万元，与2022年相比增加500万元，增长20%。") == 1);
  CHECK(errors("三公经费决算支出数为380万元，按同口径同比减少20万元，下降5%。") == 0);
  CHECK(errors("三公经费决算支出数为380万元，按同口径同比减少20万元，下降6%。") == 1);
}

TEST_CASE("R26 across a 。 within the paragraph; a verified relation is recorded as checked") {
  auto d = run("本年收入1200万元。同比增加200万元，增长20%。");
  CHECK(with_rule(d, "R26").empty());
  REQUIRE(!d.result.checked.empty());
  CHECK(d.result.checked[0].rule == "R26");
  CHECK(d.result.checked[0].result == "consistent");
  CHECK(d.result.checked[0].inputs.size() == 3);
  auto bad = run("本年收入1200万元。同比增加200万元，增长30%。");
  REQUIRE(with_rule(bad, "R26").size() == 1);
  REQUIRE(!bad.result.checked.empty());
  CHECK(bad.result.checked[0].result == "inconsistent");
}

TEST_CASE("R26 a subject named by a fund word in the next sentence (一般公共预算 keeps its 共)") {
  // 30/(630−30) = 5%.
  const std::string head = "2023年一般公共预算财政拨款支出630.00万元，占本年支出合计的42.00%。与2022年相比，一般公共预算财政拨款增加30.00万元，";
  CHECK(errors(head + "增长5.00%。") == 0);
  CHECK(errors(head + "增长6.00%。") == 1);
}

TEST_CASE("R26 parallel 各 lists: item i of the rates with item i of the changes and levels, unit written once (r1)") {
  const std::string head = "2023年度收、支总计各是3120.50,3180.20万元。与2022年相比，收、支总计各减少880.50,1019.80万元，";
  // 880.50/4001.00 = 22.01%; 1019.80/4200.00 = 24.28%.
  auto ok = run(head + "各下降22.01%、24.28%。");
  CHECK(with_rule(ok, "R26").empty());
  std::size_t verified = 0;
  for (const auto& c : ok.result.checked) verified += c.rule == "R26" && c.result == "consistent";
  CHECK(verified == 2);
  auto bad = run(head + "各下降22.01%、26.28%。");
  auto r = with_rule(bad, "R26");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->expected == "24.28%");
  CHECK(span_text(bad, r[0]->spans[0]) == "26.28%");
  // Truncated, not rounded: 1019.80/4200.00 = 24.2809…, written 24.28 — but 22.00 for 22.007 is info.
  auto trunc = run(head + "各下降22.00%、24.28%。");
  REQUIRE(with_rule(trunc, "R26").size() == 1);
  CHECK(with_rule(trunc, "R26")[0]->severity == Severity::Info);
  // Lists of different lengths are not paired.
  CHECK(with_rule(run(head + "各下降22.01%、26.28%、5%。"), "R26").empty());
}

TEST_CASE("R26 a 收支 change is of both totals when they are stated equal") {
  const std::string head = "一、总体情况\n2021年度收入总计2300.50万元，支出总计2300.50万元。收支较上年决算数减少400.50万元、";
  // 400.50/(2300.50+400.50) = 14.83%.
  CHECK(errors(head + "下降14.83%，主要原因是项目减少。") == 0);
  CHECK(errors(head + "下降16.83%，主要原因是项目减少。") == 1);
  // Unequal totals: which one changed is not said — nothing is checked.
  CHECK(errors("一、总体情况\n2021年度收入总计2300.50万元，支出总计2400.50万元。收支较上年决算数减少400.50万元、下降16.83%。") == 0);
}

TEST_CASE("R26 parallel 分别 lists in one sentence: the changes continue the levels' subject") {
  // 66/(726−66) = 10.00%; 45/(405−45) = 12.50%.
  const std::string text = "人员经费、公用经费分别为726.00万元、405.00万元，比上年分别增加66.00万元、45.00万元，分别增长10.00%、12.50%。";
  CHECK(errors(text) == 0);
  auto bad = run(replaced(text, "12.50%", "15.50%"));
  auto r = with_rule(bad, "R26");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->expected == "12.50%");
  CHECK(errors(replaced(text, "10.00%", "11.00%")) == 1);
}
