// Family G (time): R80 partial-year data, R81 future tense about the evaluated year, R82 year
// consistency. Every text carries a title line so the report year is known (2024 unless stated).
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

const std::string kTitle = "桃源县卫生健康局2024年度部门整体支出绩效自评报告\n";

AnalyzedDocument run24(const std::string& body) { return run(kTitle + body); }

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

// ---- R80 ----------------------------------------------------------------------------------------

TEST_CASE("R80 flags values tagged with a cut-off before year-end") {
  auto d = run24("截至10月底，全县已完成家庭医生签约12000人。");
  auto r = with_rule(d, "R80");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(span_text(d, r[0]->spans[0]) == "截至10月底");
  REQUIRE(r[0]->spans.size() == 2);
  CHECK(span_text(d, r[0]->spans[1]) == "12000人");
  CHECK(has(r[0]->message.zh, "不是全年数据"));
  CHECK(has(r[0]->message.zh, "2024年"));

  auto d2 = run24("截止2024年11月30日，累计拨付资金320万元。");
  REQUIRE(with_rule(d2, "R80").size() == 1);
  CHECK(span_text(d2, with_rule(d2, "R80")[0]->spans[0]) == "截止2024年11月30日");

  auto d3 = run24("截止到十一月底，共完成了1386例。");
  REQUIRE(with_rule(d3, "R80").size() == 1);
}

TEST_CASE("R80 flags month ranges short of a full year, with the year when written") {
  auto d = run24("1-9月，全县共完成产前筛查2100例。");
  REQUIRE(with_rule(d, "R80").size() == 1);
  CHECK(span_text(d, with_rule(d, "R80")[0]->spans[0]) == "1-9月");

  auto d2 = run24("2024年1—11月份，共接种疫苗3.2万剂次，完成率96%。");
  REQUIRE(with_rule(d2, "R80").size() == 1);
  CHECK(span_text(d2, with_rule(d2, "R80")[0]->spans[0]) == "2024年1—11月份");

  auto d3 = run24("全县1月至10月累计报告法定传染病1320例。");
  CHECK(with_rule(d3, "R80").size() == 1);

  auto d4 = run24("前三季度，全县门诊量达到56万人次。");
  CHECK(with_rule(d4, "R80").size() == 1);
}

TEST_CASE("R80 flags 截至目前 / 今年以来 / 目前 status figures outside the plan sections") {
  auto d = run24("截至目前，已发放补贴资金120万元。");
  REQUIRE(with_rule(d, "R80").size() == 1);
  CHECK(span_text(d, with_rule(d, "R80")[0]->spans[0]) == "截至目前");
  // progress described without a figure is still progress as of writing
  CHECK(with_rule(run24("截止目前，项目已完成征地拆迁工作。"), "R80").size() == 1);
  CHECK(with_rule(run24("今年以来，累计开展健康讲座45场。"), "R80").size() == 1);
  CHECK(with_rule(run24("二、绩效目标完成情况\n目前已发放补贴资金120万元。"), "R80").size() == 1);
}

TEST_CASE("R80 in a 2023 report: other phrasings of a cut-off") {
  const std::string t23 = "常德市鼎城区卫生健康局2023年部门整体支出绩效评价报告\n";
  auto d = run(t23 + "截至11月，全区共发放奖励扶助金1280万元。");
  REQUIRE(with_rule(d, "R80").size() == 1);
  CHECK(span_text(d, with_rule(d, "R80")[0]->spans[1]) == "1280万元");
  auto d2 = run(t23 + "截止12月20日，资金支付进度为92%。");
  REQUIRE(with_rule(d2, "R80").size() == 1);
  CHECK(span_text(d2, with_rule(d2, "R80")[0]->spans[0]) == "截止12月20日");
  auto d3 = run(t23 + "今年1-11月，全区累计报告传染病1500例。");
  REQUIRE(with_rule(d3, "R80").size() == 1);
  CHECK(span_text(d3, with_rule(d3, "R80")[0]->spans[0]) == "1-11月");
  CHECK(with_rule(d3, "R82").size() == 1);  // and 今年 is 2023
  CHECK(with_rule(run(t23 + "截至年底，共完成项目建设5个。"), "R80").empty());
  CHECK(with_rule(run(t23 + "全年共计完成1—12月份报表上报12次。"), "R80").empty());
  CHECK(with_rule(run(t23 + "我局于2023年9月至12月开展了专项整治，共检查单位85家。"), "R80").empty());
  CHECK(with_rule(run(t23 + "四、存在的问题\n目前，部分乡镇卫生院人员不足，全区仍有12个村卫生室无执业医师。"), "R80").empty());
}

TEST_CASE("R80 near misses: year-end dates, full-year ranges, dates of events, age ranges") {
  for (const char* s : {
           "截至2024年12月31日，全县共完成产前筛查2600例。",
           "截至12月底，全县共完成产前筛查2600例。",
           "2024年1-12月，全县共完成产前筛查2600例。",
           "项目于2024年3月开工，5月底完成主体工程，共投入资金80万元。",
           "按照要求于6月底前完成了自评工作。",
           "全年共有1-3岁儿童2300人接受健康管理。",
           "于2024年5月至8月开展专项整治行动，检查医疗机构120家。",
           "截至上年末，结转资金120万元。",
       }) {
    CAPTURE(s);
    CHECK(with_rule(run24(s), "R80").empty());
  }
  // a cut-off in another year is history, not this year's partial data
  CHECK(with_rule(run24("截至2023年10月底，累计完成投资1200万元。"), "R80").empty());
}

TEST_CASE("R80: 目前 in the basic-information or problems sections describes a state, not a partial actual") {
  CHECK(with_rule(run24("一、部门基本情况\n目前，局机关共有在职人员45人，内设5个股室。"), "R80").empty());
  CHECK(with_rule(run24("四、存在的问题\n目前仍有3个村卫生室未达到标准化建设要求。"), "R80").empty());
}

// ---- R81 ----------------------------------------------------------------------------------------

TEST_CASE("R81 flags future tense about the evaluated year") {
  auto d = run24("剩余资金将于年底前拨付到位。");
  auto r = with_rule(d, "R81");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(has(span_text(d, r[0]->spans[0]), "将于"));
  CHECK(has(span_text(d, r[0]->spans[0]), "年底"));
  CHECK(has(r[0]->message.zh, "2024年尚未结束"));

  auto d2 = run24("预计全年完成投资500万元。");
  REQUIRE(with_rule(d2, "R81").size() == 1);
  CHECK(has(with_rule(d2, "R81")[0]->message.zh, "500万元为预计数"));

  CHECK(with_rule(run24("补助资金将在12月底前发放到位。"), "R81").size() == 1);
  CHECK(with_rule(run24("2024年底拟完成10家清廉医院建设。"), "R81").size() == 1);
  CHECK(with_rule(run24("力争于年内完成全部村卫生室标准化建设。"), "R81").size() == 1);
}

TEST_CASE("R81 in a 2023 report: 预计 with a date or an outcome verb") {
  const std::string t23 = "常德市鼎城区卫生健康局2023年部门整体支出绩效评价报告\n";
  auto d = run(t23 + "该项目目前正在进行招标，预计12月底前开工。");
  REQUIRE(with_rule(d, "R81").size() == 1);
  CHECK(span_text(d, with_rule(d, "R81")[0]->spans[0]) == "预计12月底");
  auto d2 = run(t23 + "全年预计完成门诊服务35万人次。");
  REQUIRE(with_rule(d2, "R81").size() == 1);
  CHECK(with_rule(d2, "R81")[0]->spans.size() == 2);  // the marker and the estimated value
  // the next year's date is a plan
  CHECK(with_rule(run(t23 + "该项目已完成工程量的80%，剩余部分预计2024年3月完工。"), "R81").empty());
}

TEST_CASE("R81 flags a plan dated inside the evaluated year that is reported as a plan") {
  auto d = run24("项目计划于2024年12月完成竣工验收。");
  auto r = with_rule(d, "R81");
  REQUIRE(r.size() == 1);
  CHECK(has(span_text(d, r[0]->spans[0]), "2024年12月"));
  CHECK(with_rule(run24("该项目将于11月中旬完成招标。"), "R81").size() == 1);
}

TEST_CASE("R81 near misses: plans for next year, plan sections, 拟订, planned-versus-actual history") {
  for (const char* s : {
           "下一步，我局将于2025年6月前完成项目竣工验收。",
           "明年拟新建村卫生室5个。",
           "严格按照国家有关规定拟订年度工作计划，按时完成。",
           "项目原计划于2024年6月完工，实际于2024年9月完工。",
           "项目预计总投资7444.28万元，已完成征地拆迁。",
           "通过模拟演练提升应急处置能力，全年演练12次。",
           "项目计划于2024年3月开工，已按期开工建设。",
           "按计划于2024年6月完成了全部建设内容。",
           "项目于2024年5月全部完工，将于2025年上半年投入使用。",
           "剩余资金120万元待项目验收后拨付。",
       }) {
    CAPTURE(s);
    CHECK(with_rule(run24(s), "R81").empty());
  }
  CHECK(with_rule(run24("五、下一步工作计划\n将于年底前完成全部建设任务，预计投资300万元。"), "R81").empty());
  CHECK(with_rule(run24("三、存在的问题及改进措施\n拟于年底前完成整改。"), "R81").empty());
}

// ---- R82 ----------------------------------------------------------------------------------------

TEST_CASE("R82: 今年 tagging a value is resolved to the report year, with a fix") {
  auto d = run24("今年共完成孕前优生健康检查1200人。");
  auto r = with_rule(d, "R82");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);
  CHECK(span_text(d, r[0]->spans[0]) == "今年");
  CHECK(has(r[0]->message.zh, "2024年"));
  REQUIRE(r[0]->fixes.size() == 1);
  CHECK(r[0]->fixes[0].replacement == "2024年");
  // no year in the title: nothing to resolve against
  CHECK(with_rule(run("今年共完成孕前优生健康检查1200人。"), "R82").empty());
  // 今年 without a figure
  CHECK(with_rule(run24("今年是“十四五”规划的关键之年。"), "R82").empty());
}

TEST_CASE("R82 flags another year's accounts used as the evaluated year's") {
  auto d = run24("2023年部门决算收入总计15000万元。");
  auto r = with_rule(d, "R82");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(span_text(d, r[0]->spans[0]) == "2023年");
  CHECK(has(r[0]->message.zh, "报告年度为2024年"));
  REQUIRE(r[0]->fixes.size() == 1);
  CHECK(r[0]->fixes[0].replacement == "2024年");
  CHECK(with_rule(run24("2022年度部门整体支出15000万元，其中基本支出9000万元，项目支出6000万元。"), "R82").size() == 1);
}

TEST_CASE("R82 near misses: other years as comparison, history or plan") {
  for (const char* s : {
           "2024年部门决算收入总计15000万元，较2023年增长5%。",
           "2023年，我局被评为全省卫生健康系统先进单位。",
           "自2019年12月份与南华附一签订医联体协议以来，转诊患者1200人次。",
           "2023年决算支出1200万元，2024年决算支出1300万元，同比增长8.3%。",
           "2025年部门预算将进一步压减一般性支出。",
           "年初结转2023年度决算结余资金120万元。",
       }) {
    CAPTURE(s);
    CHECK(with_rule(run24(s), "R82").empty());
  }
}

TEST_CASE("R80/R81/R82 read the report year from the title, not from body text") {
  // a 2020 report (report 000's year): 2020年 dates are the evaluated year
  auto d = run("石鼓区卫生健康局2020年部门整体支出绩效报告\n截止到2020年11月底，共完成了1386例。");
  CHECK(with_rule(d, "R80").size() == 1);
  auto d2 = run("石鼓区卫生健康局2020年部门整体支出绩效报告\n预计2021年完成投资500万元。");
  CHECK(with_rule(d2, "R81").empty());
}
