// Completion, execution, payment and 到位 rates read from statement frames (R21), and R29's
// outturn chosen by subject. Every flag has its consistent twin. Texts written for the tests.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

std::size_t flags(const AnalyzedDocument& d, const char* rule) { return alarms(d, rule); }
std::size_t flags(const std::string& text, const char* rule) { return alarms(text, rule); }

}  // namespace

TEST_CASE("R21 a base stated with the rate: 完成年初预算数X的Y%") {
  // 3600/9000 = 40%.
  CHECK(flags("1-5月，政府性基金预算收入累计完成3600万元，完成年初预算数9000万元的40.0%，比上年增收400万元，增长12.5%。", "R21") == 0);
  auto d = run("1-5月，政府性基金预算收入累计完成3600万元，完成年初预算数9000万元的45.0%，比上年增收400万元，增长12.5%。");
  auto r = with_rule(d, "R21");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->expected == "40.00%");
  CHECK(span_text(d, r[0]->spans[1]) == "3600万元");
  CHECK(span_text(d, r[0]->spans[2]) == "9000万元");
}

TEST_CASE("R21 an execution rate whose base is named by 安排 earlier in the paragraph") {
  // 1748.2/2185.25 = 80.00%.
  const std::string head = "2023年预算安排我局专项资金项目共计46个，财政资金2185.25万元。各科室定期督导，至年底我局项目执行金额1748.2万元，";
  CHECK(flags(head + "执行率80.00%。", "R21") == 0);
  CHECK(flags(head + "执行率90.00%。", "R21") == 1);
}

TEST_CASE("R21 a total with 合计/总额/资金共 before the amount spent or paid, rate last") {
  CHECK(flags("二是培训支出，即教师培训经费等合计512.30万元，已于本年度支出512.30万元，预算完成率100%。", "R21") == 0);
  CHECK(flags("二是培训支出，即教师培训经费等合计512.30万元，已于本年度支出512.30万元，预算完成率90%。", "R21") == 1);
  CHECK(flags("本项目财政资金总额24.50万元，全部为市级资金，拨付使用24.50万元，预算执行率100%。", "R21") == 0);
  CHECK(flags("本项目财政资金总额24.50万元，全部为市级资金，拨付使用24.50万元，预算执行率98%。", "R21") == 1);
  // 1530.9/1611.48 = 95.0%.
  CHECK(flags("项目资金共1611.48万元，截止2023年12月10日，已完成拨付1530.9万元，执行率95%。", "R21") == 0);
  CHECK(flags("项目资金共1611.48万元，截止2023年12月10日，已完成拨付1530.9万元，执行率85%。", "R21") == 1);
}

TEST_CASE("R21 a payment rate with its 安排 base two paragraphs up, and 已支付 + 未支付 = 安排 (M16 shape)") {
  const std::string head = "一、项目资金情况\n本年度共安排资金8402.5万元，用于农村道路建设。\n项目按计划推进。\n";
  // 7982.375/8402.5 = 95.00%; 7982.375 + 420.125 = 8402.5.
  auto ok = run(head + "截至年底，资金支付7982.375万元，未支付420.125万元，支付率95%。");
  CHECK(flags(ok, "R21") == 0);
  bool complement = false;
  for (const auto& c : ok.result.checked) complement |= c.rule == "R21" && c.formula.find("+") != std::string::npos && c.result == "consistent";
  CHECK(complement);
  CHECK(flags(head + "截至年底，资金支付7982.375万元，未支付420.125万元，支付率97%。", "R21") >= 1);
  // The complement alone disagrees with 安排.
  auto bad = run(head + "截至年底，资金支付7982.375万元，未支付520.125万元，支付率95%。");
  bool warned = false;
  for (const auto* f : with_rule(bad, "R21")) warned |= f->message.zh.find("未支付") != std::string::npos;
  CHECK(warned);
}

TEST_CASE("R21 the base of an earlier rate's statement is not this one's") {
  // The second statement names no base of its own: nothing to check, no flag.
  CHECK(flags("三是小学教育支出，即推进工程合计600.00万元，于本年度支出600.00万元，预算完成率100%。四是高中教育支出，即学校办学经费2400.00万元，于本年度支出2400.00万元，预算完成率100%。", "R21") == 0);
}

TEST_CASE("R29 takes the outturn by subject, not the nearest figure (M11 shape)") {
  // 1800/(1800−50) = 102.86%; the change 60.00 between is not the outturn.
  CHECK(flags("本年度支出合计1800.00万元，比上年减少60.00万元，完成年初预算102.86%，决算数大于预算数50.00万元。", "R29") == 0);
  auto d = run("本年度支出合计1800.00万元，比上年减少60.00万元，完成年初预算100%，决算数大于预算数50.00万元。");
  auto r = with_rule(d, "R29");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->expected == "102.86%");
  CHECK(span_text(d, r[0]->spans[1]) == "1800.00万元");
}

TEST_CASE("R29 finds the outturn across a \"；\" of the same statement, not across \"。\"") {
  // 2400/(2400−60) = 102.56%; the outturn stands before "；", a growth clause between.
  CHECK(flags("本局2023年度财政拨款支出总计2400.00万元，比上年减少80.00万元，下降3.23%；完成年初预算102.56%，决算数大于预算数60.00万元。", "R29") == 0);
  auto d = run("本局2023年度财政拨款支出总计2400.00万元，比上年减少80.00万元，下降3.23%；完成年初预算100%，决算数大于预算数60.00万元。");
  auto r = with_rule(d, "R29");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->expected == "102.56%");
  CHECK(span_text(d, r[0]->spans[1]) == "2400.00万元");
  // Another statement's total, behind "。", is not this rate's outturn.
  CHECK(flags("本局2023年度财政拨款支出总计2400.00万元。完成年初预算100%，决算数大于预算数60.00万元。", "R29") == 0);
}

TEST_CASE("已支付 + 未支付 = 安排 when the allocation stands in another section, named by the same programme") {
  auto text = [](const std::string& unpaid) {
    return "一、项目概况\n（二）资金安排情况\n2023年，用于高标准农田建设和农业产业提升项目安排资金8650.250万。其中，中央资金6000万元、县级2650.25万元。\n"
           "二、绩效目标完成情况\n（一）预算执行情况\n2023年，高标准农田建设和农业产业提升项目资金支付8120.250万元，未支" + unpaid + "万元，支付率93.87%。\n";
  };
  // 8120.25 + 530 = 8650.25: consistent; 430 leaves 100 unaccounted for.
  CHECK(flags(text("530"), "R21") == 0);
  auto d = run(text("430"));
  bool complement = false;
  for (const auto* f : with_rule(d, "R21")) complement |= f->message.zh.find("未支付430万元之和为8550.25") != std::string::npos;
  CHECK(complement);
  // Another programme's allocation is not this pair's.
  auto other = run("一、项目概况\n2023年，用于城区供水管网改造项目安排资金8650.250万。\n二、预算执行情况\n"
                   "2023年，高标准农田建设和农业产业提升项目资金支付8120.250万元，未支430万元。\n");
  for (const auto* f : with_rule(other, "R21")) CHECK(f->message.zh.find("之和为") == std::string::npos);
}

TEST_CASE("R21 an unnamed amount right before the amount spent is its base (warning: named by its place only)") {
  // 640/800 = 80%.
  const std::string spent = "三是职业教育支出，即实训基地建设、学生实习补助经费800.00万元，于本年度支出640.00万元，";
  CHECK(flags(spent + "预算完成率80%。", "R21") == 0);
  auto d = run(spent + "预算完成率95%。");
  auto r = with_rule(d, "R21");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(span_text(d, r[0]->spans[2]) == "800.00万元");
  // Paid rather than spent, an execution rate.
  CHECK(flags("老旧小区改造补助资金260万元，已支付208万元，执行率80%。", "R21") == 0);
  CHECK(flags("老旧小区改造补助资金260万元，已支付208万元，执行率70%。", "R21") == 1);
}

TEST_CASE("R21 the unnamed amount must stand in the spent figure's sentence") {
  CHECK(flags("三是职业教育支出，即实训基地建设经费800.00万元。于本年度支出640.00万元，预算完成率95%。", "R21") == 0);
}

namespace {
// A 三公经费 决算表 flattened with pipes: one 预算数 | 决算数 pair per category.
const std::string kPairTable =
    "2023年度“三公”经费支出决算表\n单位:万元\n合计 | 会议费 | 培训费 |\n"
    "预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 |\n30.00 | 24.00 | 10.00 | 6.00 | 20.00 | 18.00 |\n(一)总体情况。\n";
const std::string kPairProse =
    "某中心2023年度“三公”经费年初预算为30.00万元，支出决算为24.00万元，完成预算的80.00%，其中：会议费支出决算为6.00万元，"
    "完成预算的60.00%；培训费支出决算为18.00万元，较上年减少2.00万元，完成预算的90.00%。";
}  // namespace

TEST_CASE("R29 a part's budget from the 预算数 | 决算数 pair that restates its outturn in the table") {
  CHECK(flags(kPairTable + kPairProse, "R29") == 0);
  // A part right after 其中, and a part with an interposed change: each against its own pair.
  auto d = run(kPairTable + replaced(kPairProse, "60.00%", "75.00%"));
  auto r = with_rule(d, "R29");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->expected == "60.00%");
  CHECK(span_text(d, r[0]->spans[2]) == "10.00");
  CHECK(flags(kPairTable + replaced(kPairProse, "90.00%", "95.00%"), "R29") == 1);
  // A grid table (one row per category) reads the pair by column.
  const std::string grid = "项目\t预算数\t决算数\n会议费\t10.00\t6.00\n培训费\t20.00\t18.00\n";
  CHECK(flags(grid + "会议费支出决算为6.00万元，完成预算的60.00%；培训费支出决算为18.00万元，完成预算的90.00%。", "R29") == 0);
  CHECK(flags(grid + "会议费支出决算为6.00万元，完成预算的66.00%；培训费支出决算为18.00万元，完成预算的90.00%。", "R29") == 1);
  // 执行数 and 实际数 name the outturn column as 决算数 does.
  for (std::string outturn : {"执行数", "实际数"}) {
    std::string table = kPairTable;
    for (std::size_t at; (at = table.find("决算数")) != std::string::npos;) table.replace(at, std::string("决算数").size(), outturn);
    AnalyzedDocument d2 = run(table + replaced(kPairProse, "60.00%", "75.00%"));  // outlives e's pointers
    auto e = with_rule(d2, "R29");
    REQUIRE(e.size() == 1);
    CHECK(e[0]->expected == "60.00%");
  }
}

TEST_CASE("R29 a 其中 part is not measured against the total's 年初预算, and no pair means no reading") {
  // Without the table the parts have no budget: nothing to say (the total's 30.00 is not theirs).
  CHECK(flags(kPairProse, "R29") == 0);
  // 决算数 before 预算数: not the pair layout.
  CHECK(flags("项目\t决算数\t预算数\n会议费\t6.00\t10.00\n会议费支出决算为6.00万元，完成预算的66.00%。", "R29") == 0);
}

TEST_CASE("R29 the initial budget of the same scope stated elsewhere in the paragraph (a warning)") {
  std::string text = "2024年“三公”经费财政拨款支出决算为27.90万元，完成预算的93.00%，比上年减少3.10万元。"
                     "“三公”经费年初预算30.00万元。\n";
  CHECK(alarms(text, "R29") == 0);
  auto bad = run(replaced(text, "93.00%", "96.00%"));
  auto r = with_rule(bad, "R29");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(r[0]->expected == "93.00%");
  // In another paragraph it is not taken.
  CHECK(alarms(replaced(replaced(text, "93.00%", "96.00%"), "。“三公”", "。\n“三公”"), "R29") == 0);
}

TEST_CASE("R26 a change stated before its level (…同比增加X，增长Y%，达到Z)") {
  // 96/(1056−96) = 10%.
  std::string text = "本年度一般公共预算财政拨款支出同比增加96.00万元，增长10.00%，达到1056.00万元。\n";
  CHECK(alarms(text, "R26") == 0);
  CHECK(alarms(replaced(text, "10.00%", "12.00%"), "R26") == 1);
}

TEST_CASE("R21 a project's 到位率 and 执行率 take its wholes from other sections; parts and a 结余 do not") {
  std::string text =
      "一、项目基本情况\n"
      "（一）项目概况。项目总投资960.00万元，其中中央资金600.00万元、省级资金360.00万元。\n"
      "（二）资金到位情况。截至年底项目资金实际到位960.00万元，到位率100%。\n"
      "二、资金使用情况\n"
      "全年实际支出844.80万元，预算执行率88.00%，结余115.20万元。其中中央资金支出540.00万元，执行率90.00%；"
      "省级资金支出304.80万元，执行率84.67%。\n";
  auto ok = run(text);
  CHECK(alarms(ok, "R21") == 0);
  // 到位率 of 990 against the 960 总投资; 执行率 of 844.80 against the 960 stated elsewhere.
  CHECK(alarms(replaced(text, "实际到位960.00", "实际到位990.00"), "R21") == 1);
  auto bad = run(replaced(text, "执行率88.00%", "执行率86.00%"));
  auto r = with_rule(bad, "R21");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(r[0]->expected == "88.00%");
  // A fund's own rate is not read against the project's whole (its base is the fund's 安排).
  CHECK(alarms(replaced(text, "执行率84.67%", "执行率86.67%"), "R21") == 0);
}
