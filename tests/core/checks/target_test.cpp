#include <doctest/doctest.h>

#include <map>

#include <algorithm>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

const Metric* metric(const AnalyzedDocument& d, const std::string& name) {
  for (const auto& m : d.result.metrics)
    if (m.name == name) return &m;
  return nullptr;
}

bool mentions(const Finding* f, const std::string& s) { return f->message.zh.find(s) != std::string::npos; }

}  // namespace

// ---- R24 ---------------------------------------------------------------------------------------

TEST_CASE("R24 is not repeated when the sentence states the 完成率 the rate checks flag") {
  auto d = run("今年无偿献血目标数是1000例，共完成了1400例，完成率140%。");
  auto r = with_rule(d, "R24");
  CHECK(r.size() <= 1);  // the rates checks' own R24 on "140%", never a second one on "1400例"
  for (const auto* f : r) CHECK(span_text(d, f->spans[0]) != "1400例");
  auto alone = run("今年无偿献血目标数是1000例，截至年底共完成了1400例。");
  auto mine = with_rule(alone, "R24");
  REQUIRE(mine.size() == 1);
  CHECK(span_text(alone, mine[0]->spans[0]) == "1400例");
}

// ---- metrics and the targets table ---------------------------------------------------------------

TEST_CASE("each comparable pair gives a 完成率 metric and every target a table row") {
  auto d = run(
      "（四）部门绩效目标\n1.数量指标。免费产前筛查孕产妇人数2600人；病媒生物防治达到上级考核标准。\n2.满意度。医务人员满意度90%以上。\n"
      "（五）产出指标完成情况\n1.数量指标。免费产前筛查孕产妇人数2200人；病媒生物防治达到上级考核标准。\n");
  const Metric* m = metric(d, "完成率：免费产前筛查孕产妇人数");
  REQUIRE(m);
  CHECK(m->value == "84.62");
  CHECK(m->unit == "%");
  CHECK(m->formula == "2200人 ÷ 2600人 × 100%");
  REQUIRE(m->spans.size() == 2);
  CHECK(span_text(d, m->spans[0]) == "2200人");
  REQUIRE(d.result.targets.size() == 3);
  CHECK(d.result.targets[0].status == "unmet");
  CHECK(d.result.targets[0].completion == "84.62%");
  CHECK(d.result.targets[0].category == "数量指标");
  CHECK(d.result.targets[1].status == "met");
  CHECK(d.result.targets[2].status == "missing");
  CHECK(d.result.targets[2].target == "90%以上");
  CHECK(d.result.targets[2].actual == "—");
}

TEST_CASE("report 000's narrative target pairs and gives its 完成率 metric") {
  auto d = run(corpus("000_f7b65649e50663dd.txt"));
  const Metric* m = metric(d, "完成率：无偿献血");
  REQUIRE(m);
  CHECK(m->value == "104.21");
  for (const char* rule : {"R25", "R40", "R41", "R42", "R43", "R44", "R45"}) CHECK(with_rule(d, rule).empty());
}

TEST_CASE("report 002: the target/actual findings") {
  auto d = run(corpus("002_338b5f6c825fc8b7.txt"));
  auto line = [&](const Finding* f) { return d.text.line_col(f->spans[0].start).line; };
  auto r25 = with_rule(d, "R25");
  REQUIRE(r25.size() == 6);
  std::vector<std::string> actuals;
  for (const auto* f : r25) actuals.push_back(span_text(d, f->spans[0]));
  CHECK(actuals == std::vector<std::string>{"79.87万人", "2200人", "3669人", "95%", "97%", "95%"});
  auto r40 = with_rule(d, "R40");
  REQUIRE(r40.size() == 2);
  CHECK(line(r40[0]) == 78);
  CHECK(r40[0]->spans.size() == 6);
  CHECK(line(r40[1]) == 80);
  CHECK(r40[1]->spans.size() == 2);
  auto r41 = with_rule(d, "R41");
  REQUIRE(r41.size() == 1);
  CHECK(span_text(d, r41[0]->spans[0]) == "1800人");
  auto r42 = with_rule(d, "R42");
  REQUIRE(r42.size() == 1);
  CHECK(r42[0]->spans.size() == 6);
  auto r44 = with_rule(d, "R44");
  REQUIRE(r44.size() == 1);
  CHECK(line(r44[0]) == 305);
  auto r45 = with_rule(d, "R45");
  REQUIRE(r45.size() == 1);
  CHECK(r45[0]->spans.size() == 7);
  CHECK(with_rule(d, "R43").empty());
  CHECK(d.result.targets.size() == 28);
  std::size_t completion = 0;
  for (const auto& m : d.result.metrics) completion += m.name.rfind("完成率：", 0) == 0;
  CHECK(completion >= 19);
}

TEST_CASE("targets stated as 目标X，实际Y / 计划…实际完成 in one sentence are paired and judged") {
  auto d = run("1.数量指标：全年计划开展环境执法检查1200家次，实际完成1356家次，完成率113%；计划完成监测站建设5个，实际完成4个。\n"
               "2.质量指标：空气质量优良天数比例目标85%，实际达到87.4%。\n"
               "3.满意度指标：群众满意度目标90%，经第三方调查实际为92.3%。\n"
               "我县落实计划生育奖励扶助政策，发放奖扶资金1200人，完成1356人。\n");
  std::map<std::string, std::string> status;
  for (const auto& t : d.result.targets) status[t.name] = t.status;
  CHECK(status["环境执法检查"] == "met");
  CHECK(status["监测站建设"] == "unmet");
  CHECK(status["空气质量优良天数比例"] == "met");
  CHECK(status["群众满意度"] == "met");
  CHECK(status.size() == 4);  // 计划生育 is not a plan
  auto r25 = with_rule(d, "R25");
  REQUIRE(r25.size() == 1);
  CHECK(r25[0]->message.zh.find("监测站建设") != std::string::npos);
}

TEST_CASE("money arrived or paid against a plan is a funds statement (到位率, R21), not a target's actual") {
  std::string funds = "项目计划投入资金640.00万元，实际到位资金576.00万元，资金到位率90.00%。\n";
  auto d = run(funds);
  CHECK(d.result.targets.empty());
  CHECK(alarms(d, "R25") == 0);
  CHECK(alarms(replaced(funds, "90.00%", "93.00%"), "R21") == 1);  // the rate is still checked
  // An investment plan and what was completed of it stays a target pair.
  auto inv = run("计划完成投资640万元，实际完成投资576万元。\n");
  CHECK(alarms(inv, "R25") == 1);
}

TEST_CASE("a target carrying its comparator in prose (目标≥90%) is paired with the actual after it") {
  std::string text = "满意度指标：受益群众满意度目标≥90%，实际调查满意度为93.40%。\n";
  auto d = run(text);
  CHECK(alarms(d, "R25") == 0);
  REQUIRE(d.result.targets.size() == 1);
  CHECK(d.result.targets[0].status == "met");
  CHECK(alarms(replaced(text, "93.40%", "86.40%"), "R25") == 1);
}

TEST_CASE("one stated rate judged by the rates and the targets check is one R21 (reconcile)") {
  // 计划 … 实际 … 完成率: actual ÷ base (rates) and actual ÷ target (targets) judge one figure.
  std::string text = "三、绩效目标完成情况\n计划开展入户走访650户，实际走访611户，完成率94%。\n";
  CHECK(with_rule(run(text), "R21").empty());
  auto bad = run(replaced(text, "94%", "97%"));
  REQUIRE(with_rule(bad, "R21").size() == 1);
  CHECK(with_rule(bad, "R21").front()->severity == Severity::Error);
}
