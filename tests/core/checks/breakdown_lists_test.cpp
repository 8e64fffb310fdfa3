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
}

TEST_CASE("R01: 其中 written right after a rate, with no separator") {
  std::string tail = "万元，较年初预算减少28%其中：公务用车购置费174万元，公务用车运行维护费311万元。";
  CHECK(errors(run("本年公务用车购置及运行费决算支出485" + tail), "R01") + errors(run("本年公务用车购置及运行费决算支出485" + tail), "R08") == 0);
  auto bad = run("本年公务用车购置及运行费决算支出395" + tail);
  CHECK(errors(bad, "R01") + errors(bad, "R08") >= 1);
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
