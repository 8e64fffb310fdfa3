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

// ---- R40 ---------------------------------------------------------------------------------------

TEST_CASE("R40 groups targets without an actual by first-level group") {
  auto d = run(
      "（三）年度绩效目标\n"
      "1、产出指标：完成农村改厕1200户；改厕验收合格率≥95%。\n"
      "2、效益指标：农村卫生厕所普及率提高5个百分点。\n"
      "（四）绩效目标完成情况\n"
      "1、产出指标：完成农村改厕1260户；改厕验收合格率97%。\n");
  auto r = with_rule(d, "R40");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(mentions(r[0], "效益指标中有1项目标"));
  CHECK(span_text(d, r[0]->spans[0]).find("农村卫生厕所普及率") != std::string::npos);
}

TEST_CASE("R40 does not fire when every target has its actual, even in 万人 against 人") {
  auto d = run(
      "（三）年度绩效目标\n1.数量指标。基本公共卫生服务覆盖人口数量79.89万人；老年乡村医生困难补助人数1488人。\n"
      "（四）产出指标完成情况\n1.数量指标。基本公共卫生服务覆盖人口数量798900人；老年乡村医生困难补助人数1490人。\n");
  CHECK(with_rule(d, "R40").empty());
  CHECK(with_rule(d, "R25").empty());  // 798900人 = 79.89万人
}

TEST_CASE("R40 is an error when target and actual are counted in different units (对 vs 人)") {
  auto d = run(
      "绩效目标：免费婚前医学检查3200对；免费两癌检查数量16000人。\n"
      "完成情况：免费婚前医学检查6300人；免费两癌检查数量17299人。\n");
  auto r = with_rule(d, "R40");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  CHECK(span_text(d, r[0]->spans[0]) == "6300人");
  CHECK(span_text(d, r[0]->spans[1]) == "3200对");
  CHECK(mentions(r[0], "单位不同（对／人）"));
}

TEST_CASE("R40 when the report has targets but no completion part at all") {
  auto d = run(
      "三、绩效目标\n1.数量指标：培训乡村医生500人次；新建村卫生室12所。\n2.满意度指标：群众满意度≥90%。\n"
      "四、存在的问题\n部分资金拨付较慢。\n");
  auto r = with_rule(d, "R40");
  REQUIRE(r.size() == 1);
  CHECK(mentions(r[0], "3项绩效目标"));
  CHECK(mentions(r[0], "没有目标完成情况"));
  CHECK(r[0]->spans.size() == 3);
  CHECK(with_rule(d, "R44").empty());  // no completion part to be incomplete
}

TEST_CASE("R40 when an actual is given only in words") {
  auto d = run("年度绩效目标：项目完工及时率100%。\n实际完成情况：项目完工及时率基本达标。\n");
  auto r = with_rule(d, "R40");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(mentions(r[0], "没有可对照的数值"));
}

// ---- R41 ---------------------------------------------------------------------------------------

TEST_CASE("R41 flags an amount-of-money name measured in people") {
  auto d = run(
      "（四）部门绩效目标\n1.数量指标。计划生育特殊家庭对象基本养老服务补贴资金1800人；发放农村奖扶资金人数67000人。\n");
  auto r = with_rule(d, "R41");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);
  CHECK(span_text(d, r[0]->spans[0]) == "1800人");
}

TEST_CASE("R41 accepts money names in 万元, rates in % and 人数 in 人") {
  auto d = run(
      "绩效目标：\n1.数量指标：发放奖励扶助资金320万元；发放农村奖扶资金人数67000人；资金发放准确率100%。\n");
  CHECK(with_rule(d, "R41").empty());
}

// ---- R42 ---------------------------------------------------------------------------------------

TEST_CASE("R42 lists targets with neither a number nor a checkable state, one finding") {
  auto d = run(
      "（四）部门绩效目标\n5.效益指标。提高受益对象经济收入；保障群众享受公共卫生服务公平、公正； 提升医疗水平；促进社会和谐。\n"
      "6.满意度。社会公共满意度90%以上。\n");
  auto r = with_rule(d, "R42");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(r[0]->spans.size() == 4);
  CHECK(span_text(d, r[0]->spans[1]) == "保障群众享受公共卫生服务公平、公正");
  CHECK(mentions(r[0], "4项绩效目标"));
}

TEST_CASE("R42 accepts a qualitative target with a checkable state") {
  auto d = run(
      "（四）部门绩效目标\n1.数量指标。病媒生物防治达到上级考核标准；项目通过竣工验收；免费两癌检查数量16000人。\n"
      "2.社会效益指标：实现辖区孕产妇死亡率为零。\n");
  CHECK(with_rule(d, "R42").empty());
}

// ---- R25 / R43 ---------------------------------------------------------------------------------

TEST_CASE("R25 flags an unmet target the report does not explain") {
  auto d = run(
      "（四）部门绩效目标\n1.数量指标。免费产前筛查孕产妇人数2600人；发放特别扶助资金人数3770人。\n"
      "六、部门整体支出绩效情况\n（一）部门产出指标完成情况\n1.数量指标。免费产前筛查孕产妇人数2200人；发放特别扶助资金人数3770人。\n"
      "七、存在的主要问题及原因分析\n1.预算编制欠精准。部分经费需通过年中追加方式解决，导致项目管理精确度欠佳。\n");
  auto r = with_rule(d, "R25");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(span_text(d, r[0]->spans[0]) == "2200人");
  CHECK(span_text(d, r[0]->spans[1]) == "2600人");
  CHECK(r[0]->message.zh == "未完成目标且未说明原因：“免费产前筛查孕产妇人数”目标2600人，实际2200人，完成84.62%");
  CHECK(r[0]->expected == "2600人");
  CHECK(r[0]->actual == "2200人");
}

TEST_CASE("R43: an unmet target with its reason is info, not R25") {
  auto d = run(
      "年度绩效目标：免费产前筛查孕产妇人数2600人；\n"
      "实际完成情况：免费产前筛查孕产妇人数2200人，主要原因是全县出生人口下降，筛查对象减少；\n");
  CHECK(with_rule(d, "R25").empty());
  auto r = with_rule(d, "R43");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);
  CHECK(mentions(r[0], "报告已说明原因"));
}

TEST_CASE("R43: a reason in the problems section that names the indicator counts") {
  auto d = run(
      "一、绩效目标\n1.质量指标：计生家庭资金发放准确率100%。\n"
      "二、绩效目标完成情况\n1.质量指标：计生家庭资金发放准确率97%。\n"
      "三、存在问题\n计生家庭资金发放准确率未达100%，原因是部分对象银行账户变更未及时报送。\n");
  CHECK(with_rule(d, "R25").empty());
  CHECK(with_rule(d, "R43").size() == 1);
}

TEST_CASE("R25 reads the direction: ≤ targets are missed when the actual is above") {
  auto met = run("绩效目标：投诉率≤5%；平均住院日不超过8天。\n实际完成情况：投诉率3%；平均住院日7.5天。\n");
  CHECK(with_rule(met, "R25").empty());
  auto missed = run("绩效目标：投诉率≤5%；平均住院日不超过8天。\n实际完成情况：投诉率3%；平均住院日9天。\n");
  auto r = with_rule(missed, "R25");
  REQUIRE(r.size() == 1);
  CHECK(span_text(missed, r[0]->spans[0]) == "9天");
  CHECK(mentions(r[0], "反向指标"));
}

TEST_CASE("R25 in a pasted 自评表: the 偏差原因 column is the explanation") {
  auto d = run(
      "三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
      "受益人口\t≥3.5万人\t3.2万人\t15\t13.71\t部分工程因汛期延后完工\n"
      "完工及时率\t≥95%\t90%\t10\t9.47\t\n"
      "工程验收合格率\t100%\t100%\t10\t10\t\n");
  auto r25 = with_rule(d, "R25");
  REQUIRE(r25.size() == 1);
  CHECK(span_text(d, r25[0]->spans[0]) == "90%");
  CHECK(with_rule(d, "R43").size() == 1);
}

TEST_CASE("R25 mentions partial-year actuals in its hint") {
  auto d = run("年度目标：全年完成免费孕前优生健康检查计划数600对；\n完成情况：截至10月底，免费孕前优生健康检查520对。\n");
  auto r = with_rule(d, "R25");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->hint.zh.find("截至年中") != std::string::npos);
}

// ---- R24 ---------------------------------------------------------------------------------------

TEST_CASE("R24 flags an actual at 130% or more of its target") {
  auto d = run("绩效目标：培训基层医务人员1000人次；\n完成情况：培训基层医务人员1400人次；\n");
  auto r = with_rule(d, "R24");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "1400人次");
  CHECK(mentions(r[0], "140.00%"));
}

TEST_CASE("R24 near misses: 129%, a negative indicator far below its cap") {
  auto d = run("绩效目标：培训基层医务人员1000人次；投诉率≤5%。\n完成情况：培训基层医务人员1290人次；投诉率1%。\n");
  CHECK(with_rule(d, "R24").empty());
}

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

// ---- R44 ---------------------------------------------------------------------------------------

TEST_CASE("R44 flags a first-level group the completion part leaves out entirely") {
  auto d = run(
      "（四）部门绩效目标\n1.数量指标。免费两癌检查数量16000人。\n2.效益指标。辖区孕产妇死亡率控制在10/10万以内；婴儿死亡率≤5‰。\n"
      "3.满意度。服务对象满意度90%以上。\n"
      "六、部门整体支出绩效情况\n（一）部门产出指标完成情况\n1.数量指标。免费两癌检查数量17299人。\n"
      "（二）满意度指标完成情况\n服务对象满意度96%。\n");
  auto r = with_rule(d, "R44");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(mentions(r[0], "效益指标（2项目标）"));
  CHECK_FALSE(mentions(r[0], "满意度指标（"));
  CHECK(span_text(d, r[0]->spans[0]).find("部门整体支出绩效情况") != std::string::npos);
}

TEST_CASE("R44 is quiet when each group has at least one actual") {
  auto d = run(
      "年度绩效目标：\n数量指标：免费两癌检查数量16000人；\n效益指标：孕产妇系统管理率≥90%；\n满意度指标：服务对象满意度≥90%。\n"
      "实际完成情况：\n数量指标：免费两癌检查数量17299人；\n效益指标：孕产妇系统管理率93.5%；\n满意度指标：服务对象满意度96%。\n");
  CHECK(with_rule(d, "R44").empty());
  CHECK(with_rule(d, "R40").empty());
  CHECK(with_rule(d, "R25").empty());
}

// ---- R45 ---------------------------------------------------------------------------------------

TEST_CASE("R45 notes many actuals identical to their targets") {
  auto d = run(
      "绩效目标：老年乡村医生困难补助人数1488人；免费婚前医学检查3200对；五类老年人意外伤害保险14286人；免费两癌检查数量16000人。\n"
      "完成情况：老年乡村医生困难补助人数1488人；免费婚前医学检查3200对；五类老年人意外伤害保险14286人；免费两癌检查数量17299人。\n");
  auto r = with_rule(d, "R45");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);
  CHECK(r[0]->spans.size() == 3);
  CHECK(mentions(r[0], "4项量化指标中有3项"));
}

TEST_CASE("R45 near miss: two equal counts among several, and 100% rates alone") {
  auto d = run(
      "绩效目标：老年乡村医生困难补助人数1488人；免费婚前医学检查3200对；免费两癌检查数量16000人；资金发放准确率100%；体检率100%。\n"
      "完成情况：老年乡村医生困难补助人数1488人；免费婚前医学检查3200对；免费两癌检查数量17299人；资金发放准确率99%；体检率98%。\n");
  CHECK(with_rule(d, "R45").empty());
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
