// R01 on the list layouts real reports use (issue 14, capability C5): 其中 after "。", parts split
// by "；", parts that carry their own 占/同比 commentary, 分项情况是, totals written after their
// parts (合计/共计/加上…合计), bracketed parts without 其中, a total before interposed clauses.
// Every layout has a must-flag twin and a consistent twin that stays silent. (Text written for
// these tests; departments and figures invented.)
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

std::size_t errors(const AnalyzedDocument& d, const std::string& rule) {
  std::size_t n = 0;
  for (const Finding* f : with_rule(d, rule)) n += f->severity == Severity::Error;
  return n;
}

// The R01 error whose primary span is `total`, or nullptr.
const Finding* sum_error_on(const AnalyzedDocument& d, const std::string& total) {
  for (const Finding* f : with_rule(d, "R01"))
    if (f->severity == Severity::Error && span_text(d, f->spans[0]) == total) return f;
  return nullptr;
}

}  // namespace

TEST_CASE("R01: 其中 after a full stop, parts split by ；, each with its own share") {
  std::string ok = "2024年“三公”经费支出决算为15.80万元。其中公务接待费为9.30万元，占58.86%；公务用车运行维护费为6.50万元，占41.14%。";
  CHECK(errors(run(ok), "R01") == 0);
  CHECK(run(ok).result.findings.empty());
  auto bad = run("2024年“三公”经费支出决算为17.80万元。其中公务接待费为9.30万元，占58.86%；公务用车运行维护费为6.50万元，占41.14%。");
  const Finding* f = sum_error_on(bad, "17.80万元");
  REQUIRE(f);
  CHECK(f->expected == "15.80万元");
}

TEST_CASE("R01: parts with counts and amounts under one 其中, split by ； and ，; bracketed details are not parts") {
  std::string head = "我局2024年预算安排专项资金项目共计51个，财政资金";
  std::string tail = "。其中绩效自评“优”的项目41个财政资金1820.25万元；绩效自评“良”的项目8个财政资金300.35万元，"
                     "绩效自评“中”的项目2个财政资金34万元（试点项目1个12万元），分别是：";
  CHECK(errors(run(head + "2154.60万元" + tail), "R01") == 0);
  auto bad = run(head + "2054.60万元" + tail);
  REQUIRE(sum_error_on(bad, "2054.60万元"));
  // The count list is checked the same way (R61 for headcounts, R01 for 个).
  auto bad_count = run("我局2024年预算安排专项资金项目共计61个，财政资金2154.60万元" + tail);
  CHECK(!bad_count.result.findings.empty());
}

TEST_CASE("R01: parts in the sentences after 其中：, each with 占/同比 commentary, up to the next numbered item") {
  std::string text =
      "1. 基本支出预算 1836540.20 元，占一般公共预算支出的 90.12%，同比增加 15230.10 元，增长 0.84%。其中：\n"
      "工资福利支出预算 1502330.00 元，占基本支出预算 81.80%，同比增加 20110.00 元，增长 1.36%。\n"
      "商品和服务支出预算 322210.20 元，占基本支出预算 17.54%，同比减少 3879.90 元，下降 1.19%。\n"
      "对个人和家庭补助支出预算 12000 元，占基本支出预算 0.65%，同比减少 1000 元，下降 7.69%。\n"
      "2. 项目支出 201300 元，占一般公共预算支出的 9.88%，同比增加 30000 元，增长 17.51%。\n";
  CHECK(errors(run(text), "R01") == 0);
  std::string bad = text;
  bad.replace(bad.find("1836540.20"), 10, "1487597.56");
  REQUIRE(sum_error_on(run(bad), "1487597.56 元"));
}

TEST_CASE("R01: 分项情况是 opens a list split by ；") {
  std::string tail = "，比上年决算数下降12.35%。分项情况是：因公出国（境）经费8万元；公务接待费1021万元；公车购置及运行费813万元。";
  CHECK(errors(run("区级“三公”经费决算数1842万元" + tail), "R01") == 0);
  REQUIRE(sum_error_on(run("区级“三公”经费决算数1492万元" + tail), "1492万元"));
}

TEST_CASE("R01: a total before interposed rate clauses") {
  std::string tail = "，占调整预算的100%，同比下降12.4%，其中：税收收入31000万元、非税收入27000万元。";
  CHECK(errors(run("县级一般公共预算收入预计完成58000万元" + tail), "R01") == 0);
  REQUIRE(sum_error_on(run("县级一般公共预算收入预计完成46980万元" + tail), "46980万元"));
}

TEST_CASE("R01: a total written after its parts (合计/共计, 加上…合计)") {
  CHECK(errors(run("公务接待费3.20万元、公务用车运行维护费5.64万元，合计8.84万元。"), "R01") == 0);
  REQUIRE(sum_error_on(run("公务接待费3.20万元、公务用车运行维护费5.64万元，合计9.84万元。"), "9.84万元"));
  CHECK(errors(run("全市一般公共预算收入152.3亿元，加上转移性收入41.6亿元，收入合计193.9亿元。"), "R01") == 0);
  REQUIRE(sum_error_on(run("全市一般公共预算收入152.3亿元，加上转移性收入41.6亿元，收入合计183.9亿元。"), "183.9亿元"));
}

TEST_CASE("R01: 其中 ending its line, then one heading per 三公 item with the item's figure") {
  auto text = [](const std::string& total) {
    return "2022年全市各单位使用财政拨款安排的“三公”经费决算总额为" + total + "万元，较年初预算减少12%。其中：\n"
           "一、因公出国（境）经费\n2022年因公出国（境）决算支出12万元。\n"
           "二、公务用车购置及运行维护费\n2022年公务用车购置及运行费决算支出406万元，其中：购置费96万元，运行维护费310万元。\n"
           "三、公务接待费\n2022年公务接待费决算支出131万元，较年初预算下降9%。\n"
           "三公经费减少的主要原因是厉行节约，压减因公出国、公务用车和公务接待支出。\n";
  };
  CHECK(errors(run(text("549")), "R01") == 0);
  REQUIRE(sum_error_on(run(text("445")), "445万元"));
  // Headings that are not items of one classification: no list is assumed.
  std::string other = "2022年项目资金总额为900万元。其中：\n一、项目概况\n本年度拨付资金300万元。\n二、绩效目标\n完成支出500万元。\n";
  CHECK(with_rule(run(other), "R01").empty());
  // An item heading whose section states no amount: the list is not complete, nothing assumed.
  std::string gap = "2022年“三公”经费决算总额为549万元。其中：\n一、因公出国（境）经费\n本年未安排出国团组。\n"
                    "二、公务用车购置及运行维护费\n决算支出406万元。\n三、公务接待费\n决算支出131万元。\n";
  CHECK(with_rule(run(gap), "R01").empty());
}

TEST_CASE("R01: a “三公” opener refers to the whole stated a line before under its items' names") {
  auto text = [](const std::string& total) {
    return "市统计局公布：2021年因公出国（境）费、公务用车购置及运行费和公务接待费的财政拨款预算数" + total +
           "万元、决算数1702.35万元。\n2021年市统计局“三公”经费财政拨款预算中，因公出国（境）费320万元；"
           "公务用车购置及运行费1108.4万元；公务接待费412万元。\n"
           "2022年市统计局“三公”经费财政拨款预算中，因公出国（境）费300万元，公务用车购置及运行费1090万元，公务接待费400万元。\n";
  };
  CHECK(errors(run(text("1840.4")), "R01") == 0);
  REQUIRE(sum_error_on(run(text("1490.72")), "1490.72万元"));
  // The next year's figure in the same sentence, named only by its year and stage.
  auto next_year = [](const std::string& total) {
    return "2021年因公出国（境）费、公务用车购置及运行费和公务接待费的财政拨款预算数1840.4万元，2022年预算数" + total +
           "万元。\n2022年市统计局“三公”经费财政拨款预算中，因公出国（境）费300万元，公务用车购置及运行费1090万元，公务接待费400万元。\n";
  };
  CHECK(errors(run(next_year("1790")), "R01") == 0);
  REQUIRE(sum_error_on(run(next_year("1450")), "1450万元"));
  // Another year's list does not refer to it, nor does one at another stage (决算 vs 预算).
  std::string other = "2021年因公出国（境）费、公务用车购置及运行费和公务接待费的财政拨款预算数1490.72万元。\n"
                      "2022年“三公”经费财政拨款预算中，因公出国（境）费320万元，公务用车购置及运行费1108.4万元，公务接待费412万元。\n"
                      "2021年“三公”经费财政拨款决算中，因公出国（境）费300万元，公务用车购置及运行费1090万元，公务接待费400万元。\n";
  CHECK(with_rule(run(other), "R01").empty());
}

TEST_CASE("R01: 按…划分 classifies the whole its scope names, stated before, completely") {
  auto text = [](const std::string& general) {
    return "（三）政府采购预算情况说明。\n2024年政府采购预算52400元，同比减少3100元。其中：政府集中采购预算40000元，"
           "分散采购12400元。按政府采购资金类型划分，一般公共预算拨款" + general +
           "元，财政专户管理的资金安排6400元，上年结转结余资金安排0元。\n";
  };
  CHECK(errors(run(text("46000")), "R01") == 0);
  // 35000 + 6400 + 0 = 41400, a fifth short of 52400: a classification is complete, so an error.
  REQUIRE(sum_error_on(run(text("35000")), "52400元"));
  // Cut off after the second class: classes may be missing, nothing is assumed.
  auto cut = run("2024年政府采购预算52400元。按政府采购资金类型划分，一般公共预算拨款35000元，财政专户管理的资金安排6400元，单位");
  CHECK(with_rule(cut, "R01").empty());
  // The opener names no scope of a stated whole: nothing to classify.
  CHECK(with_rule(run("2024年政府采购预算52400元。按资金来源划分，上级补助35000元，自有资金6400元。"), "R01").empty());
}

TEST_CASE("R01: a sentence that is only the 共计 totals the ；-separated items of the sentence before") {
  std::string items = "2023年度，省级下达专项资金用于乡村道路养护项目52万元；农村饮水安全巩固项目18.6万元；防汛物资储备项目7.25万元。";
  CHECK(errors(run(items + "共计下达省、市两级专项资金77.85万元。"), "R01") == 0);
  REQUIRE(sum_error_on(run(items + "共计下达省、市两级专项资金63.06万元。"), "63.06万元"));
  // The sentence before holds more than items (a change on last year): no list is assumed.
  auto mixed = run("乡村道路养护项目52万元，比上年增加6万元；农村饮水安全巩固项目18.6万元；防汛物资储备项目7.25万元。"
                   "共计下达专项资金77.85万元。");
  CHECK(with_rule(mixed, "R01").empty());
  // The 共计 clause not opening its sentence stays a total of its own clause chain only.
  CHECK(errors(run("乡村道路养护项目52万元。本年度资金到位及时，共计下达专项资金77.85万元。"), "R01") == 0);
}

TEST_CASE("R01: 合计 after its parts says they are all of it, whatever the items; not after 等, nor when a change cut the list") {
  // Items of no standard classification: the 合计 itself closes the list.
  CHECK(errors(run("资料印刷费1.35万元、咨询费2.80万元，合计4.15万元。"), "R01") == 0);
  REQUIRE(sum_error_on(run("资料印刷费1.35万元、咨询费2.80万元，合计5.15万元。"), "5.15万元"));
  // 等 leaves it open: a shortfall is only noted.
  CHECK(errors(run("资料印刷费1.35万元、咨询费2.80万元等，合计5.15万元。"), "R01") == 0);
  // A change amount stops the walk back: parts before it may be missed.
  CHECK(errors(run("会议费2.10万元，比上年减少0.60万元，资料印刷费1.35万元、咨询费2.80万元，合计6.25万元。"), "R01") == 0);
}

TEST_CASE("R01: parts in brackets without 其中") {
  CHECK(errors(run("今年预拨项目资金2460万元（中央资金1930万元、省级资金530万元），已全部拨付到位。"), "R01") == 0);
  // Short by 4% of a list that may be partial: a warning, which a reviewer must answer.
  auto bad = run("今年预拨项目资金2560万元（中央资金1930万元、省级资金530万元），已全部拨付到位。");
  auto r = with_rule(bad, "R01");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(span_text(bad, r[0]->spans[0]) == "2560万元");
}

TEST_CASE("R01: a partial list, a list ending in 等, and a list cut by a new year-led statement are not errors") {
  CHECK(errors(run("项目支出2100.30万元，其中：农田建设1500万元，动物防疫200万元等。"), "R01") == 0);
  CHECK(errors(run("本年支出合计800.15万元，其中：基本支出620.15万元，项目支出180.00万元，2025年预算安排支出850.00万元。"), "R01") == 0);
  // A later sentence that is not a part does not extend the list.
  CHECK(errors(run("“三公”经费支出决算为15.80万元。其中公务接待费为9.30万元；公务用车运行维护费为6.50万元。"
                   "全年会议费支出12.00万元。"),
               "R01") == 0);
}

TEST_CASE("R01: a sentence opening with 加上 adds to the figure the sentence before is about") {
  std::string a = "2024年全县一般公共预算收入完成88.4亿元，完成年度预算的101.2%，同比增长6.1%。加上转移性收入27.5亿元，收入合计";
  CHECK(errors(run(a + "115.9亿元。"), "R01") == 0);
  REQUIRE(sum_error_on(run(a + "105.9亿元。"), "105.9亿元"));
  // The 其中 detail sentence between them is skipped: the subject is the fund's total.
  std::string b = "全县政府性基金预算收入完成64.0亿元，完成年度预算的95.1%。其中：土地出让收入完成58.2亿元，同比增长3.0%。"
                  "加上转移性收入12.4亿元，收入合计";
  auto ok = run(b + "76.4亿元。");
  CHECK(errors(ok, "R01") == 0);
  for (const Finding* f : with_rule(ok, "R01")) CHECK(f->severity == Severity::Info);
  REQUIRE(sum_error_on(run(b + "70.6亿元。"), "70.6亿元"));
  // The figure before 加上 is itself the total of a complete 其中 list: it is still the one added.
  std::string c = "2023年，区级一般公共预算收入预计完成52000万元，占调整预算的100%，其中：税收收入31000万元、非税收入21000万元。"
                  "加上转移性收入315600万元，收入总计";
  CHECK(errors(run(c + "367600万元。"), "R01") == 0);
  REQUIRE(sum_error_on(run(c + "297756万元。"), "297756万元"));
}

TEST_CASE("R01: 其中 written right after a rate, with no separator") {
  std::string tail = "万元，较年初预算减少28%其中：公务用车购置费174万元，公务用车运行维护费311万元。";
  CHECK(errors(run("本年公务用车购置及运行费决算支出485" + tail), "R01") + errors(run("本年公务用车购置及运行费决算支出485" + tail), "R08") == 0);
  auto bad = run("本年公务用车购置及运行费决算支出395" + tail);
  CHECK(errors(bad, "R01") + errors(bad, "R08") >= 1);
}

TEST_CASE("R01: a part said to be 持平 (无增减变化) changes by 0 in the sum of the parts' changes") {
  auto text = [](const std::string& change) {
    return "2023年“三公”经费支出预算合计31.40万元，比上年预算数减少" + change + "万元。其中：\n"
           "因公出国（境）经费支出预算0万元，与上年预算数持平，无增减变化。\n"
           "公务用车运行维护费支出预算12.6万元；与上年预算数持平，原因：严格车辆管理。\n"
           "公务接待费支出预算18.8万元，比上年预算数减少2.35万元，原因：厉行节约。\n";
  };
  auto ok = run(text("2.35"));
  CHECK(errors(ok, "R01") == 0);
  auto bad = run(text("1.90"));
  auto r = with_rule(bad, "R01");
  REQUIRE(r.size() == 1);
  CHECK(span_text(bad, r[0]->spans[0]) == "1.90万元");
  // A part with neither a change nor 持平: the changes cannot be added up, nothing is said.
  std::string silent = "2023年“三公”经费支出预算合计31.40万元，比上年预算数减少1.90万元。其中：\n"
                       "因公出国（境）经费支出预算0万元。\n"
                       "公务用车运行维护费支出预算12.6万元；与上年预算数持平。\n"
                       "公务接待费支出预算18.8万元，比上年预算数减少2.35万元。\n";
  CHECK(with_rule(run(silent), "R01").empty());
}

TEST_CASE("R01: the parts' year-on-year changes add up to the total's change") {
  std::string text =
      "1. 基本支出预算 1836540.20 元，占一般公共预算支出的 90.12%，同比增加 15230.10 元，增长 0.84%。其中：\n"
      "工资福利支出预算 1502330.00 元，占基本支出预算 81.80%，同比增加 20110.00 元，增长 1.36%。\n"
      "商品和服务支出预算 322210.20 元，占基本支出预算 17.54%，同比减少 3879.90 元，下降 1.19%。\n"
      "对个人和家庭补助支出预算 12000 元，占基本支出预算 0.65%，同比减少 1000 元，下降 7.69%。\n";
  auto ok = run(text);
  CHECK(errors(ok, "R01") == 0);
  bool recorded = false;
  for (const auto& c : ok.result.checked) recorded |= c.rule == "R01" && c.result == "consistent";
  CHECK(recorded);
  std::string bad = text;
  bad.replace(bad.find("15230.10"), 8, "12336.38");
  auto d = run(bad);
  bool found = false;
  for (const Finding* f : with_rule(d, "R01")) found |= f->severity == Severity::Error && span_text(d, f->spans[0]) == "12336.38 元";
  CHECK(found);
}

TEST_CASE("R01: every list verified is recorded as checked, consistent or not; a partial list is not") {
  auto ok = run("公务接待费3.20万元、公务用车运行维护费5.64万元，合计8.84万元。");
  REQUIRE(ok.result.checked.size() == 1);
  CHECK(ok.result.checked[0].rule == "R01");
  CHECK(ok.result.checked[0].result == "consistent");
  auto bad = run("公务接待费3.20万元、公务用车运行维护费5.64万元，合计9.84万元。");
  REQUIRE(bad.result.checked.size() == 1);
  CHECK(bad.result.checked[0].result == "inconsistent");
  CHECK(run("项目支出2100.30万元，其中：农田建设1500万元，动物防疫200万元等。").result.checked.empty());
}

TEST_CASE("R01: 收入包括 / 支出包括 list the parts of the 收支 total stated just before") {
  std::string text =
      "四、财政拨款收支预算总体情况说明\n"
      "2025 年财政拨款收支总预算 612480.50 元。收入包括：一般公共预算拨款 612480.50 元。支出包括：教育支出 410220.30 元、"
      "社会保障和就业支出 98760.20 元、卫生健康支出 63500 元、住房保障支出 40000.00 元。\n";
  CHECK(run(text).result.findings.empty());
  std::string bad = text;
  bad.replace(bad.find("40000.00"), 8, "44000.00");
  REQUIRE(sum_error_on(run(bad), "612480.50 元"));
}

TEST_CASE("R01: parts one per line, each with its own 主要包括 description") {
  std::string head = "2024年本年一般公共预算基本支出 ";
  std::string tail = " 元，其中：\n人员经费 702310.40 元，主要包括：基本工资、津贴补贴、绩效工资等。\n"
                     "公用经费 64820.15 元，主要包括：办公费、印刷费、差旅费等。\n";
  CHECK(errors(run(head + "767130.55" + tail), "R01") == 0);
  REQUIRE(sum_error_on(run(head + "796830.55" + tail), "796830.55 元"));
}

TEST_CASE("R01: a 其中 list under 基本支出 ends at 项目支出 past the \"；\" (the total's sibling starts a new statement)") {
  std::string text = "基本支出640.00万元，占64.00%，其中人员经费510.00万元，公用经费130.00万元；项目支出360.00万元，占36.00%。\n";
  CHECK(errors(run(text), "R01") == 0);
  CHECK(errors(run(text), "R28") == 0);
  // The list itself is still checked: 510 + 140 ≠ 640.
  CHECK(sum_error_on(run(replaced(text, "130.00", "140.00")), "640.00万元") != nullptr);
}
