// Rules written for one genre are gated by it (structure/genre.cpp): each rule still flags the
// document it was written for (must-flag) and stays silent on its county / monthly / excerpt twin
// (near-miss). Texts written for the test.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::size_t at_least(const AnalyzedDocument& d, const std::string& rule, Severity s) {
  std::size_t n = 0;
  for (const auto* f : with_rule(d, rule)) n += f->severity <= s;
  return n;
}

}  // namespace

// ---- R09 / R12: 部门 identities, not a government's whole budget --------------------------------

TEST_CASE("R12: a department's unbalanced 年初预算 is flagged; a county's monthly completion bases are not") {
  auto dept = run("云岭县农业农村局2024年度部门决算说明\n2024年部门年初预算收入1200.00万元，年初预算支出1260.00万元。\n");
  CHECK(at_least(dept, "R12", Severity::Error) == 1);
  // A county's income and expenditure budgets differ by transfers and bonds, by design. (Under a
  // department's title the same lines give an R12 error and an R09 info: the gate is the genre.)
  const std::string county =
      "二、政府性基金预算收支情况\n（一）政府性基金收入情况\n"
      "6月，政府性基金预算收入累计完成3100万元，完成年初预算数16000万元的19.4%，比上年增收200万元，增长6.9%。\n"
      "（二）政府性基金支出情况\n"
      "6月，政府性基金支出累计完成4200万元，完成年初预算数15500万元的27.1%，比上年减支300万元，下降6.7%。\n";
  auto d = run(county);
  CHECK(with_rule(d, "R12").empty());
  CHECK(with_rule(d, "R09").empty());
  auto titled = run("云岭县农业农村局2024年度部门决算说明\n" + county);
  CHECK(at_least(titled, "R12", Severity::Error) == 1);
}

TEST_CASE("R09: a department's fund that does not balance is flagged; a county's execution report is not") {
  auto dept = run("云岭县农业农村局2023年度部门决算说明\n2023年财政拨款收入1000.00万元，年初财政拨款结转和结余50.00万元，"
                  "财政拨款支出980.00万元，年末财政拨款结转和结余60.00万元。\n");
  CHECK(at_least(dept, "R09", Severity::Error) == 1);
  const std::string county =
      "一、一般公共预算收支完成情况\n（一）一般公共预算收入情况\n"
      "6月，一般公共预算收入累计完成26000万元，完成年初预算数60000万元的43.3%。\n（二）一般公共预算支出情况\n"
      "6月，一般公共预算支出累计完成108000万元，完成年初预算数200000万元的54%。\n";
  CHECK(with_rule(run(county), "R09").empty());
  CHECK(!with_rule(run("云岭县农业农村局2023年度部门决算说明\n" + county), "R09").empty());
  auto annual = run("关于云岭县2023年预算执行情况和2024年预算草案的报告\n" + county);
  CHECK(with_rule(annual, "R09").empty());
  CHECK(with_rule(annual, "R12").empty());
}

// ---- C11: a 总计 confirmed as the 本年 figure by its parts; a gap equal to the carry-over --------

TEST_CASE("R09 grand totals: a 收入总计 equal to its 本年 parts leaves the 年初结转 out, and says so") {
  const std::string loose =
      "2023年本年收入合计2600.00万元，其中：一般公共预算财政拨款收入1100.00万元，政府性基金预算财政拨款收入400.00万元，事业收入1100.00万元。"
      "财政拨款收入总计1500.00万元，财政拨款支出总计1620.00万元。\n";
  auto d = run(loose);
  CHECK(at_least(d, "R09", Severity::Warning) == 0);  // (an error before the guard)
  bool explained = false;
  for (const auto* f : with_rule(d, "R09")) explained |= has(f->message.zh, "差额即年初结转和结余");
  CHECK(explained);
  // The parts do not add up to the 总计 and a carry-in is stated with another value: an error.
  std::string wrong = loose;
  wrong.replace(wrong.find("财政拨款收入总计"), 0, "年初财政拨款结转和结余50.00万元。");
  CHECK(at_least(run(wrong), "R09", Severity::Error) == 1);
}

TEST_CASE("R09 grand totals: a stated 年初结转 equal to the gap explains it; either side may be the larger") {
  auto in = run("2023年年初财政拨款结转和结余120.00万元。财政拨款收入总计1500.00万元，财政拨款支出总计1620.00万元。\n");
  CHECK(at_least(in, "R09", Severity::Warning) == 0);
  auto out = run("2023年年末财政拨款结转和结余80.00万元。财政拨款收入总计1700.00万元，财政拨款支出总计1620.00万元。\n");
  CHECK(at_least(out, "R09", Severity::Warning) == 0);
  // Stated, but not the gap: the totals disagree.
  auto off = run("2023年年初财政拨款结转和结余90.00万元。财政拨款收入总计1500.00万元，财政拨款支出总计1620.00万元。\n");
  CHECK(at_least(off, "R09", Severity::Error) == 1);
  // Nothing stated either way: the gap may be the unstated carry-in — a warning, in both directions.
  auto open_in = run("2023年财政拨款收入总计1500.00万元，财政拨款支出总计1620.00万元。\n");
  CHECK(at_least(open_in, "R09", Severity::Error) == 0);
  CHECK(at_least(open_in, "R09", Severity::Warning) == 1);
}

TEST_CASE("R12: a 年初 gap equal to a stated 上年结转 (or 年末结转) explains itself; another value does not") {
  auto carry_in = run("2024年部门年初预算收入1000.00万元，上年结转50.00万元，年初预算支出1050.00万元。\n");
  CHECK(at_least(carry_in, "R12", Severity::Warning) == 0);
  REQUIRE(with_rule(carry_in, "R12").size() == 1);
  CHECK(has(with_rule(carry_in, "R12")[0]->message.zh, "即“上年结转”50万元"));
  CHECK(at_least(run("2024年部门年初预算收入1000.00万元，上年结转40.00万元，年初预算支出1050.00万元。\n"), "R12",
                 Severity::Error) == 1);
  auto carry_out = run("2024年部门年初预算收入1050.00万元，年初预算支出1000.00万元，年末结转和结余50.00万元。\n");
  CHECK(at_least(carry_out, "R12", Severity::Warning) == 0);
}

// ---- R80 / R81: annual reports, not period or budget reports ------------------------------------

TEST_CASE("R80: partial-year data in an annual self-evaluation is flagged; in a monthly report it is the content") {
  auto annual = run("平川县卫生健康局2024年度部门整体支出绩效自评报告\n截至10月底，全县已完成家庭医生签约12000人。\n");
  CHECK(with_rule(annual, "R80").size() == 1);
  auto monthly = run("一、一般公共预算收支情况\n1-10月，全县一般公共预算收入累计完成8000万元，同比增长5%。\n"
                     "1-10月，全县一般公共预算支出累计完成31000万元，为年初预算的71.2%。\n截至10月底，已拨付资金3200万元。\n");
  CHECK(with_rule(monthly, "R80").empty());
}

TEST_CASE("R81: an estimate in an annual self-evaluation is flagged; 预计完成 in a 预算执行情况 report is not") {
  auto annual = run("平川县卫生健康局2024年度部门整体支出绩效自评报告\n全年支出预计完成5200万元。\n");
  CHECK(with_rule(annual, "R81").size() == 1);
  auto fiscal = run("关于平川县2024年预算执行情况和2025年预算草案的报告\n全县一般公共预算收入预计完成52000万元，增长4%。\n");
  CHECK(with_rule(fiscal, "R81").empty());
}

// ---- R82: the report year from the title, not from the publication line ------------------------

TEST_CASE("R82: a 2023年度决算 published in 2024 reads 2023 as its own year; another year is still flagged") {
  const std::string head = "目录\n公开时间:2024年9月20日\n第一部分 单位概况\n第二部分 2023年度单位决算情况说明\n"
                           "第一部分 单位概况\n一、主要职责\n负责全镇农业技术推广。\n第二部分 2023年度单位决算情况说明\n";
  CHECK(with_rule(run(head + "一、收入支出决算总体情况说明\n2023年度决算收入总计500.00万元。\n"), "R82").empty());
  auto stale = run(head + "一、收入支出决算总体情况说明\n2022年度决算收入总计500.00万元。\n");
  CHECK(with_rule(stale, "R82").size() == 1);
}

// ---- R70 / R71: excerpts and tables of contents ------------------------------------------------

TEST_CASE("R70: a titled report that starts at 二、 is missing 一、; page 2 of a report is not") {
  auto whole = run("绿水县林业局2023年度部门决算说明\n\n二、收入决算情况\n本年收入1000万元。\n\n三、支出决算情况\n本年支出990万元。\n");
  REQUIRE(with_rule(whole, "R70").size() == 1);
  CHECK(has(with_rule(whole, "R70")[0]->message.zh, "缺少“一、”"));
  auto page = run("7\n19816.81元，主要用于人员经费保障。\n（二）按支出结构分类，分为基本支出和项目支出。\n"
                  "六、政府采购情况说明\n本单位无政府采购。\n");
  CHECK(with_rule(page, "R70").empty());
  auto list = run("比上年无变化。\n5.经营收入0.00万元，为非独立核算经营活动取得的收入。\n6.其他收入1.20万元，为利息收入。\n");
  CHECK(with_rule(list, "R70").empty());
}

TEST_CASE("R70: rows of a flattened 决算总表 are not headings numbered twice") {
  auto d = run("南岭县文化馆2023年部门决算\n\n一、收入支出决算总体情况说明\n本年收入380.20万元。\n\n收入支出决算总表\n\n"
               "一、一般公共预算财政拨款收入\n\n1\n\n380.20\n\n一、一般公共服务支出\n\n25\n\n300.10\n\n"
               "二、政府性基金预算财政拨款收入\n\n2\n\n0.00\n\n二、教育支出\n\n26\n\n80.10\n");
  CHECK(with_rule(d, "R70").empty());
  // A heading really used twice is still flagged.
  auto twice = run("南岭县文化馆2023年部门决算\n\n一、收入情况\n本年收入380.20万元。\n\n一、支出情况\n本年支出300.10万元。\n");
  CHECK(with_rule(twice, "R70").size() == 1);
}

TEST_CASE("R71: a 目录 is not a numbering that restarts; a real restart still is") {
  auto toc = run("目录\n第一部分 单位概况\n第二部分 2023年度单位决算情况说明\n第三部分 名词解释\n"
                 "第一部分 单位概况\n一、主要职责\n负责全镇农业技术推广。\n第二部分 2023年度单位决算情况说明\n"
                 "一、收入支出决算总体情况说明\n收入总计500.00万元。\n第三部分 名词解释\n一、财政拨款收入：指本级财政拨款。\n");
  CHECK(with_rule(toc, "R71").empty());
  CHECK(with_rule(toc, "R70").empty());
  auto restart = run("绿水县林业局2023年度部门整体支出绩效自评报告\n\n1.部门职责\n负责造林。\n\n2.部门年度绩效目标\n完成造林。\n\n"
                     "1.数量指标\n造林1000亩。\n");
  CHECK(with_rule(restart, "R71").size() == 1);
}

// ---- R74 / R54: a whole self-evaluation, not an excerpt cut short ------------------------------

TEST_CASE("R74 and R54: a whole self-evaluation lacking its sections and score is flagged; its cut twin is not") {
  const std::string whole =
      "江南区文化馆2023年度项目支出绩效自评报告\n\n一、项目基本概况\n项目于3月开工。\n\n二、项目资金情况\n支出50万元。\n\n"
      "三、绩效目标完成情况\n完成演出40场。\n";
  auto d = run(whole);
  CHECK(!with_rule(d, "R54").empty());
  CHECK(!with_rule(d, "R74").empty());
  for (const auto* f : with_rule(d, "R74")) CHECK_FALSE(has(f->message.zh, "基本情况"));  // 概况 is 基本情况
  auto cut = run(whole + "四、存在的问题\n部分演出因场地原因，未能按计划在");
  CHECK(with_rule(cut, "R54").empty());
  CHECK(with_rule(cut, "R74").empty());
}

// ---- R23: 占调整预算 is a completion rate ------------------------------------------------------

TEST_CASE("R23: a share over 100% is flagged; 占调整预算105% is a completion rate") {
  auto share = run("教育支出30000万元，占一般公共预算支出的104.5%。");
  CHECK(with_rule(share, "R23").size() == 1);
  auto plan = run("全县一般公共预算收入完成52000万元，占调整预算的104.5%，同比增长3.2%。");
  CHECK(with_rule(plan, "R23").empty());
  CHECK(with_rule(run("税收收入完成31000万元，占年初预算的112.0%。"), "R23").empty());
}
