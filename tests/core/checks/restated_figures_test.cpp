// R15 beyond budget roles: a 自评表 actual restated in the prose, and a named programme amount
// stated in two places, must agree; other years, 其中 parts, changes, plans and ambiguous
// matches are not restatements. Texts written for the tests.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

std::vector<std::string> r15_results(const AnalyzedDocument& d) {
  std::vector<std::string> out;
  for (const auto& c : d.result.checked)
    if (c.rule == "R15") out.push_back(c.result);
  return out;
}

// A project self-evaluation: prose before its 自评表 (or after it, when `prose_last`).
std::string report(const std::string& prose, const std::string& training_actual, bool prose_last = false) {
  std::string head = "某县农业农村局2023年度农民技能培训项目绩效自评报告\n";
  std::string table =
      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
      "产出指标\t数量指标\t农民技能培训人次\t≥400人次\t" + training_actual + "\t20\t20\n"
      "产出指标\t数量指标\t培训合格证书发放数\t≥300本\t318本\t20\t20\n"
      "效益指标\t社会效益指标\t受训农民就业人数\t≥150人\t162人\t30\t30\n"
      "满意度指标\t服务对象满意度\t受训农民满意度\t≥90%\t95%\t10\t10\n";
  std::string body = "一、项目完成情况\n" + prose + "\n\n";
  return prose_last ? head + table + "\n" + body : head + body + table;
}

}  // namespace

TEST_CASE("R15 flags a 自评表 actual that the prose restates with another value, either way round") {
  const std::string prose = "全年共开展农民技能培训420人次，发放培训补贴12.6万元，完成年度目标。";
  auto d = run(report(prose, "402人次"));
  auto r = with_rule(d, "R15");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  CHECK(span_text(d, r[0]->spans[0]) == "402人次");  // the later statement, the table cell
  CHECK(span_text(d, r[0]->spans[1]) == "420人次");
  // The prose after the table: the prose figure is the later one.
  auto later = run(report("全年共开展农民技能培训402人次，完成年度目标。", "420人次", true));
  REQUIRE(with_rule(later, "R15").size() == 1);
  CHECK(span_text(later, with_rule(later, "R15")[0]->spans[0]) == "402人次");
  // The consistent twin is recorded as checked.
  auto ok = run(report(prose, "420人次"));
  CHECK(with_rule(ok, "R15").empty());
  CHECK(r15_results(ok) == std::vector<std::string>{"consistent"});
}

TEST_CASE("R15 on 自评表 actuals: other units, other years, 其中 parts and plans are not restatements") {
  // 人 is not 人次: the prose counts people, the table visits.
  CHECK(with_rule(run(report("全年共开展农民技能培训，受训农民380人。", "420人次")), "R15").empty());
  // Last year's figure, named by its year.
  auto other_year = run(report("2022年共开展农民技能培训380人次。本年度培训任务已完成。", "420人次"));
  CHECK(with_rule(other_year, "R15").empty());
  CHECK(r15_results(other_year).empty());
  // A 其中 part of a larger total that happens to share the indicator's words.
  CHECK(with_rule(run(report("全年共开展各类培训650人次，其中：农民技能培训（种植类）210人次，农民技能培训（养殖类）210人次。", "420人次")),
                  "R15").empty());
  // A plan and a change on last year.
  CHECK(with_rule(run(report("计划开展农民技能培训450人次。", "420人次")), "R15").empty());
  CHECK(with_rule(run(report("本项目年度目标为开展农民技能培训400人次，已超额完成。", "420人次")), "R15").empty());
  // A cumulative figure over several years, and a figure up to a month of the year.
  CHECK(with_rule(run(report("项目实施以来累计开展农民技能培训1260人次。", "420人次")), "R15").empty());
  CHECK(with_rule(run(report("截至10月底，已开展农民技能培训350人次。", "420人次")), "R15").empty());
  CHECK(with_rule(run(report("农民技能培训比上年增加40人次。", "420人次")), "R15").empty());
}

TEST_CASE("R15 on 自评表 actuals stays silent when two indicators could claim the prose figure") {
  std::string text =
      "某县卫生健康委2023年度家庭医生签约服务项目绩效自评报告\n"
      "一、项目完成情况\n全年完成重点人群家庭医生签约服务3120人。\n\n"
      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
      "产出指标\t数量指标\t重点人群家庭医生签约人数\t≥3000人\t3150人\t20\t20\n"
      "产出指标\t数量指标\t家庭医生签约服务老年人数\t≥1000人\t1080人\t20\t20\n";
  CHECK(with_rule(run(text), "R15").empty());
}

TEST_CASE("R15 flags a named programme amount stated twice with two values") {
  auto text = [](const std::string& again) {
    return "某县2023年度残疾人康复补助资金绩效自评报告\n"
           "一、项目基本情况\n2023年度残疾人精准康复服务补助资金共计86.40万元，用于辅具适配和康复训练。\n"
           "二、项目实施情况\n资金按季度拨付至各乡镇。\n"
           "三、绩效目标完成情况\n2023年度残疾人精准康复服务补助资金共计" + again + "万元，全部支付完毕。\n";
  };
  auto d = run(text("84.60"));
  auto r = with_rule(d, "R15");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "84.60万元");
  CHECK(span_text(d, r[0]->spans[1]) == "86.40万元");
  auto ok = run(text("86.40"));
  CHECK(with_rule(ok, "R15").empty());
  CHECK(r15_results(ok) == std::vector<std::string>{"consistent"});
}

TEST_CASE("R15 on named amounts: another year, a 其中 part, a change and a list of like items are not restatements") {
  const std::string first = "某县2023年度残疾人康复补助资金绩效自评报告\n一、项目基本情况\n"
                            "2023年度残疾人精准康复服务补助资金共计86.40万元。\n二、绩效目标完成情况\n";
  // Another year's amount under the same name.
  CHECK(with_rule(run(first + "2022年度残疾人精准康复服务补助资金共计79.10万元。\n"), "R15").empty());
  // A 其中 part named like the whole.
  CHECK(with_rule(run(first + "本年支付各类补助资金120.00万元，其中：残疾人精准康复服务补助资金50.00万元。\n"), "R15").empty());
  // A change against last year.
  CHECK(with_rule(run(first + "残疾人精准康复服务补助资金比上年增加7.30万元。\n"), "R15").empty());
  // Three programmes' amounts under one generic name, one per heading: a list, not one figure.
  std::string list = "某县2023年度转移支付资金绩效自评报告\n"
                     "（一）城区片区\n2023年度下达残疾人精准康复服务补助资金30.00万元。\n"
                     "（二）东部片区\n2023年度下达残疾人精准康复服务补助资金26.40万元。\n"
                     "（三）西部片区\n2023年度下达残疾人精准康复服务补助资金30.00万元。\n";
  CHECK(with_rule(run(list), "R15").empty());
}

TEST_CASE("R15 on 自评表 actuals: an excerpt's first year, a comparison base, does not rule out the prose's year") {
  // No title: the first year written (较2022年) is no report year, so the 2023 prose figure is
  // still held against the table's actual — 402 against 420 is flagged, 420 against 420 is not.
  auto excerpt = [](const std::string& actual) {
    return "培训补贴发放较2022年增加1.2万元。\n" +
           report("2023年全年共开展农民技能培训402人次，完成年度目标。", actual).substr(
               std::string("某县农业农村局2023年度农民技能培训项目绩效自评报告\n").size());
  };
  auto d = run(excerpt("420人次"));
  REQUIRE(with_rule(d, "R15").size() == 1);
  CHECK(span_text(d, with_rule(d, "R15")[0]->spans[0]) == "420人次");
  auto ok = run(excerpt("402人次"));
  CHECK(with_rule(ok, "R15").empty());
  CHECK(r15_results(ok) == std::vector<std::string>{"consistent"});
}
