// Family B (rates): R20–R35.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

const Metric* metric(const AnalyzedDocument& d, const std::string& name) {
  for (const auto& m : d.result.metrics)
    if (m.name == name) return &m;
  return nullptr;
}

std::size_t count_rule(const AnalyzedDocument& d, const std::string& rule, Severity s) {
  std::size_t n = 0;
  for (const auto* f : with_rule(d, rule)) n += f->severity == s;
  return n;
}

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

// ---- R21 ----------------------------------------------------------------------------------------

TEST_CASE("R21 passes a completion rate that matches its target and actual (report 000)") {
  auto d = run("无偿献血工作有序推进，今年我区无偿献血目标数是1330例，截止到11月底，共完成了1386例，完成率104.2%；有效推进中医药工作发展。");
  CHECK(with_rule(d, "R21").empty());
  CHECK(with_rule(d, "R22").empty());  // the base is stated: nothing to infer
  CHECK(with_rule(d, "R24").empty());
}

TEST_CASE("R21 flags a completion rate that does not match, with the numbers as related spans") {
  auto d = run("今年我区无偿献血目标数是1330例，截止到11月底，共完成了1386例，完成率105.2%。");
  auto r = with_rule(d, "R21");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  CHECK(r[0]->message.zh == "完成率应为104.21%（1386例÷1330例），报告为105.2%");
  REQUIRE(r[0]->spans.size() == 3);
  CHECK(span_text(d, r[0]->spans[0]) == "105.2%");
  CHECK(r[0]->spans[0].primary);
  CHECK(span_text(d, r[0]->spans[1]) == "1386例");
  CHECK(span_text(d, r[0]->spans[2]) == "1330例");
  CHECK_FALSE(r[0]->spans[1].primary);
  CHECK(r[0]->expected == "104.21%");
}

TEST_CASE("R21 reads other phrasings: 计划/任务/实际, 签约 against 常住人口, money 执行率") {
  CHECK(with_rule(run("计划完成孕前优生健康检查1500人，实际完成1425人，完成率95%。"), "R21").empty());
  CHECK(with_rule(run("全年任务数2000例，已完成2100例，完成率为105%。"), "R21").empty());
  CHECK(with_rule(run("辖区常住人口12000人，签约服务9000人，签约率75%。"), "R21").empty());
  CHECK(with_rule(run("项目全年预算数500万元，实际支出450万元，执行率90%。"), "R21").empty());

  auto bad = run("计划完成孕前优生健康检查1500人，实际完成1425人，完成率98%。");
  REQUIRE(with_rule(bad, "R21").size() == 1);
  CHECK(with_rule(bad, "R21")[0]->message.zh == "完成率应为95.00%（1425人÷1500人），报告为98%");
  auto sign = run("辖区常住人口12000人，签约服务9000人，签约率57%。");
  REQUIRE(with_rule(sign, "R21").size() == 1);
  CHECK(with_rule(sign, "R21")[0]->severity == Severity::Error);
  auto money = run("项目全年预算数500万元，实际支出450万元，执行率95%。");
  REQUIRE(with_rule(money, "R21").size() == 1);
  CHECK(with_rule(money, "R21")[0]->message.zh == "执行率应为90.00%（450万元÷500万元），报告为95%");
}

TEST_CASE("R21: the target may come after the actual in the sentence") {
  auto d = run("共完成产前筛查1386例，目标任务1330例，完成率110%。");
  auto r = with_rule(d, "R21");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[1]) == "1386例");
  CHECK(span_text(d, r[0]->spans[2]) == "1330例");
}

TEST_CASE("R21 accepts a truncated rate as info") {
  // 1460 / 1400 = 104.2857…: rounded 104.29, truncated 104.28.
  auto d = run("目标数1400人，完成1460人，完成率104.28%。");
  auto r = with_rule(d, "R21");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);
  CHECK(has(r[0]->message.zh, "截尾"));
  CHECK(with_rule(run("目标数1400人，完成1460人，完成率104.29%。"), "R21").empty());
}

TEST_CASE("R21 never pairs figures of different kinds or figures the text does not name as a base") {
  // 对 vs 人: not the same quantity.
  CHECK(with_rule(run("目标婚前医学检查3200对，完成3100人，完成率90%。"), "R21").empty());
  // 25名 is not a base (no 目标/计划/应… word): no R21, the rate only implies a base (R22).
  auto d = run("派出25名新进医生参加培训，1609名考核合格，合格率为99%。");
  CHECK(with_rule(d, "R21").empty());
  CHECK(with_rule(d, "R22").size() == 1);
}

// ---- R22 ----------------------------------------------------------------------------------------

TEST_CASE("R22 warns when the implied base conflicts with a stated population (report 002)") {
  auto d = run("1.数量指标。基本公共卫生服务覆盖人口数量79.87万人；老年乡村医生困难补助人数1488人。\n\n"
               "二是公卫项目规范落实。免费提供国家基本公共卫生服务项目，建立电子档案767067份，建档率96.12%，电子健康档案对外开放率100%。");
  auto r = with_rule(d, "R22");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(r[0]->message.zh ==
        "由767067份和建档率96.12%推算，基数应为797990–798072人（约79.80万人），与“基本公共卫生服务覆盖人口数量”79.87万人不符");
  REQUIRE(r[0]->spans.size() == 3);
  CHECK(span_text(d, r[0]->spans[0]) == "96.12%");
  CHECK(span_text(d, r[0]->spans[1]) == "767067份");
  CHECK(span_text(d, r[0]->spans[2]) == "79.87万人");
}

TEST_CASE("R22 says info when the implied base agrees with the stated population") {
  auto d = run("辖区常住人口79.80万人。\n全年建立居民电子健康档案767067份，建档率96.12%。");
  auto r = with_rule(d, "R22");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);
  CHECK(has(r[0]->message.zh, "相符"));
}

TEST_CASE("R22 lists the implied target or base (report 002 phrasings)") {
  auto a = run("一是新生儿疾病免费筛查全面覆盖。完成新生儿疾病免费筛查2308人，完成率100.35%。");
  REQUIRE(with_rule(a, "R22").size() == 1);
  CHECK(with_rule(a, "R22")[0]->message.zh == "由2308人和完成率100.35%推算，目标数为2300人（报告未列明）");
  CHECK(with_rule(a, "R22")[0]->severity == Severity::Info);

  auto b = run("落实普惠性托育护蕾行动，完成普惠性托位建设470个，完成率117.5%，每千人托位4.07个。");
  REQUIRE(with_rule(b, "R22").size() == 1);
  CHECK(with_rule(b, "R22")[0]->message.zh == "由470个和完成率117.5%推算，目标数为400个（报告未列明）");

  auto c = run("开展医师定期考核，1609名考核合格，合格率为99%。");
  REQUIRE(with_rule(c, "R22").size() == 1);
  CHECK(with_rule(c, "R22")[0]->message.zh == "由1609名和合格率99%推算，基数为1618–1633人（报告未列明）");
}

TEST_CASE("R22 warns when no whole number fits the rate") {
  auto d = run("完成家庭医生签约服务培训3人，完成率40%。");  // 3 / 0.40 = 7.5
  auto r = with_rule(d, "R22");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
}

TEST_CASE("R22 stays silent where the rate has no numerator of its own") {
  CHECK(with_rule(run("产后访视率98.63%，新生儿访视率99.93%，孕产妇艾梅乙检测率100%。"), "R22").empty());
  CHECK(with_rule(run("贫困户家庭签约率达100%；我区行政村卫生室标准化建设达标率100%。"), "R22").empty());
  // A figure in another sentence is not the numerator.
  CHECK(with_rule(run("4起进入司法诉讼程序。未发生涉医违法犯罪案件，医疗责任保险投保率100%。"), "R22").empty());
  // 100% with a numerator: the base is the numerator itself, nothing to report.
  CHECK(with_rule(run("完成病媒生物防制示范小区建设6个，完成率100%。"), "R22").empty());
}

// ---- R23 / R24 ----------------------------------------------------------------------------------

TEST_CASE("R23 and R24 flag 覆盖率144.41%, R24 flags 完成率134.3% (report 000)") {
  auto d = run("截至目前，我区已完成孕产妇免费产前筛查1964人，覆盖率144.41%，农村适龄妇女“两癌”免费检查1343人，完成率134.3%。");
  auto r23 = with_rule(d, "R23");
  REQUIRE(r23.size() == 1);
  CHECK(r23[0]->severity == Severity::Warning);
  CHECK(span_text(d, r23[0]->spans[0]) == "144.41%");
  CHECK(r23[0]->message.zh == "覆盖率144.41%超过100%：覆盖率是比例，不应超过100%");
  auto r24 = with_rule(d, "R24");
  REQUIRE(r24.size() == 2);
  CHECK(span_text(d, r24[0]->spans[0]) == "144.41%");
  CHECK(span_text(d, r24[1]->spans[0]) == "134.3%");
  CHECK(r24[1]->message.zh == "完成率134.3%，超过目标30%以上：目标可能设置偏低或完成数有误，应说明原因");
}

TEST_CASE("R23 covers the proportion words; completion, growth and control rates may exceed 100%") {
  CHECK(with_rule(run("群众满意度102%。"), "R23").size() == 1);
  CHECK(with_rule(run("适龄儿童免疫规划疫苗接种率均达100.5%。"), "R23").size() == 1);
  CHECK(with_rule(run("药品收入占比为120%。"), "R23").size() == 1);
  CHECK(with_rule(run("公共场所从业人员健康证持有率、经营许可证持证率、公示率均达100%。"), "R23").empty());
  CHECK(with_rule(run("完成率117.5%。"), "R23").empty());
  CHECK(with_rule(run("医疗收入增长率150%。"), "R23").empty());
  CHECK(with_rule(run("在职人员控制率105%。"), "R23").empty());
  CHECK(with_rule(run("满意度90%以上。"), "R23").empty());
}

TEST_CASE("R24 threshold is 130%; 执行率 is R20's") {
  CHECK(with_rule(run("完成村卫生室标准化建设39个，完成率130%。"), "R24").size() == 1);
  CHECK(with_rule(run("完成村卫生室标准化建设39个，完成率129.9%。"), "R24").empty());
  CHECK(with_rule(run("项目资金执行率135%。"), "R24").empty());
  CHECK(with_rule(run("医疗收入增幅140%。"), "R24").empty());
}

// ---- R26 ----------------------------------------------------------------------------------------

TEST_CASE("R26 passes real growth statements") {
  CHECK(with_rule(run("本年收入792.22万元，同比上年度增加189.25万元，增加31.39%。"), "R26").empty());
  CHECK(with_rule(run("2022年度财政拨款收入1516.64万元，比上年减少58.49万元，降低3.71%，主要原因是人员减少。"), "R26").empty());
  CHECK(with_rule(run("上年支出602.97万元，本年增加189.25万元，增长31.39%。"), "R26").empty());
  CHECK(with_rule(run("2023年支出602.97万元，2024年增加189.25万元，增长31.39%。"), "R26").empty());
  CHECK(with_rule(run("医疗服务收入200万元，比上年增加100万元，增长1倍。"), "R26").empty());
  CHECK(with_rule(run("本年支出合计1741.75万元，与上年相比增加55.93万元，增幅3.32%。"), "R26").empty());
}

TEST_CASE("R26 flags a growth rate that does not match the change and the current figure") {
  auto d = run("本年收入792.22万元，同比上年度增加189.25万元，增长35.2%。");
  auto r = with_rule(d, "R26");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  CHECK(r[0]->message.zh == "增长率应为31.39%（189.25÷上年602.97万元（792.22−189.25）），报告为35.2%");
  REQUIRE(r[0]->spans.size() == 3);
  CHECK(span_text(d, r[0]->spans[0]) == "35.2%");
  CHECK(span_text(d, r[0]->spans[1]) == "189.25万元");
  CHECK(span_text(d, r[0]->spans[2]) == "792.22万元");

  auto dec = run("财政拨款收入1516.64万元，比上年减少58.49万元，降低3.86%。");  // 58.49/1516.64: wrong base
  auto rd = with_rule(dec, "R26");
  REQUIRE(rd.size() == 1);
  CHECK(rd[0]->message.zh == "下降率应为3.71%（58.49÷上年1575.13万元（1516.64+58.49）），报告为3.86%");
  auto times = run("医疗服务收入300万元，比上年增加200万元，增长1倍。");  // 200%, not 100%
  CHECK(with_rule(times, "R26").size() == 1);
}

TEST_CASE("R26 flags direction words that disagree, and reads 增幅-0.6% as a decrease") {
  auto d = run("本年收入792.22万元，同比上年度增加189.25万元，下降31.39%。");
  auto r = with_rule(d, "R26");
  REQUIRE(r.size() == 1);
  CHECK(has(r[0]->message.zh, "方向不一致"));
  CHECK(with_rule(run("门诊收入994万元，比上年减少6万元，增幅-0.6%。"), "R26").empty());
}

TEST_CASE("R26 accepts truncation as info and skips figures it cannot tie to the change") {
  // 170.00 / 900.00 = 18.888…%: rounded 18.89, truncated 18.88.
  CHECK(with_rule(run("本年收入1070.00万元，同比上年度增加170.00万元，增加18.89%。"), "R26").empty());
  auto t = run("本年收入1070.00万元，同比上年度增加170.00万元，增加18.88%。");
  REQUIRE(with_rule(t, "R26").size() == 1);
  CHECK(with_rule(t, "R26")[0]->severity == Severity::Info);
  // The change belongs to a named part, not to the figure before it.
  CHECK(with_rule(run("支出总计500万元，其中人员经费增加20万元，增长5%。"), "R26").empty());
  // No current figure: nothing to check.
  CHECK(with_rule(run("比上年增加20万元，增长5%。"), "R26").empty());
  // A stand-alone growth rate.
  CHECK(with_rule(run("医疗收入增幅1.4%、均次门诊费用增幅-0.6%、人均住院费用增幅-0.4%。"), "R26").empty());
}

// ---- R27 ----------------------------------------------------------------------------------------

TEST_CASE("R27 flags a change of two stated rates written in % instead of 个百分点") {
  auto d = run("药占比由28.5%下降到25.4%，下降3.1%。");
  auto r = with_rule(d, "R27");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(r[0]->message.zh == "两个比率28.5%与25.4%之差为3.1个百分点，应写作“3.1个百分点”而非“3.1%”");
  CHECK(span_text(d, r[0]->spans[0]) == "3.1%");
}

TEST_CASE("R27 passes 个百分点 and a true relative change; info when the rates are not given") {
  CHECK(with_rule(run("药占比由28.5%下降到25.4%，下降3.1个百分点。"), "R27").empty());
  CHECK(with_rule(run("药占比由28.5%下降到25.4%，下降10.9%。"), "R27").empty());
  auto amb = run("药占比较上年下降2.1%。");
  auto r = with_rule(amb, "R27");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);
  auto wrong_points = run("基层就诊率由55.2%提高到60.1%，提高5.9个百分点。");
  REQUIRE(with_rule(wrong_points, "R27").size() == 1);
  CHECK(with_rule(wrong_points, "R27")[0]->message.zh == "两个比率55.2%与60.1%相差4.9个百分点，报告为5.9个百分点");
  // Amounts (费用, 收入) change in %, correctly.
  CHECK(with_rule(run("均次门诊费用增幅-0.6%，医疗收入较上年下降2.1%。"), "R27").empty());
  CHECK(with_rule(run("门诊人次占比69%，医疗收入较上年下降2.1%。"), "R27").empty());
  CHECK(with_rule(run("药占比较上年下降2.1个百分点。"), "R27").empty());
}

// ---- R28 ----------------------------------------------------------------------------------------

TEST_CASE("R28 passes shares that match their part and total and add up to 100%") {
  CHECK(with_rule(run("本单位收入为1687.45万元，其中：财政拨款收入1516.64万元，占89.88%；事业收入170.81万元，占10.12%。"), "R28").empty());
  CHECK(with_rule(run("“三公”经费支出5.6万元，其中：公务用车运行维护费3.6万元，占64%；公务接待费2万元，占36%。"), "R28").empty());
  CHECK(with_rule(run("本年支出合计1741.75万元。基本支出1200万元，占本年支出合计的68.9%。"), "R28").empty());
}

TEST_CASE("R28 flags a wrong share and a set of shares that does not add up to 100%") {
  auto d = run("本单位收入为1687.45万元，其中：财政拨款收入1516.64万元，占88.88%；事业收入170.81万元，占10.12%。");
  auto r = with_rule(d, "R28");
  REQUIRE(r.size() == 2);
  CHECK(r[0]->severity == Severity::Error);
  CHECK(r[0]->message.zh == "占比应为89.88%（1516.64万元÷1687.45万元），报告为88.88%");
  CHECK(span_text(d, r[0]->spans[0]) == "88.88%");
  CHECK(span_text(d, r[0]->spans[2]) == "1687.45万元");
  CHECK(has(r[1]->message.zh, "各项占比之和为99.00%"));

  auto named = run("本年支出合计1741.75万元。基本支出1200万元，占本年支出合计的70.9%。");
  REQUIRE(with_rule(named, "R28").size() == 1);
  CHECK(with_rule(named, "R28")[0]->message.zh == "占比应为68.90%（1200万元÷1741.75万元），报告为70.9%");
}

TEST_CASE("R28 shares written with one decimal may miss 100% by rounding (info)") {
  // 1/3 each: 33.3 × 3 = 99.9, within ±0.1.
  auto d = run("支出合计3万元，其中：甲1万元，占33.3%；乙1万元，占33.3%；丙1万元，占33.3%。");
  auto r = with_rule(d, "R28");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);
}

// ---- R29 ----------------------------------------------------------------------------------------

TEST_CASE("R29 flags 完成年初预算100% when the outturn exceeds the budget by 55.93万元") {
  auto d = run("2023年度支出总计1741.75万元，完成年初预算100%，决算数大于预算数55.93万元，主要原因是追加了专项经费。");
  auto r = with_rule(d, "R29");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  CHECK(r[0]->message.zh ==
        "完成年初预算应为103.32%（1741.75÷1685.82，年初预算=1741.75−55.93），报告为100%；决算数大于预算数时应高于100%");
  REQUIRE(r[0]->spans.size() == 3);
  CHECK(span_text(d, r[0]->spans[0]) == "100%");
  CHECK(span_text(d, r[0]->spans[1]) == "1741.75万元");
  CHECK(span_text(d, r[0]->spans[2]) == "55.93万元");
}

TEST_CASE("R29 passes a consistent statement and checks the direction word alone") {
  CHECK(with_rule(run("2023年度支出总计1741.75万元，完成年初预算103.32%，决算数大于预算数55.93万元。"), "R29").empty());
  CHECK(with_rule(run("本年收入合计900万元，为年初预算的90%，决算数小于预算数100万元。"), "R29").empty());
  auto dir = run("本年支出合计980万元，完成年初预算98%，决算数大于预算数的主要原因是追加项目。");
  REQUIRE(with_rule(dir, "R29").size() == 1);
  CHECK(has(with_rule(dir, "R29")[0]->message.zh, "方向不一致"));
  CHECK(with_rule(run("本年支出合计1020万元，完成年初预算102%，决算数大于预算数的主要原因是追加项目。"), "R29").empty());
}

TEST_CASE("R29 against an initial budget stated in the same sentence") {
  CHECK(with_rule(run("一般公共预算财政拨款支出年初预算为980.00万元，支出决算为1,000.00万元，完成年初预算的102.04%。"), "R29").empty());
  auto d = run("一般公共预算财政拨款支出年初预算为980.00万元，支出决算为1,000.00万元，完成年初预算的98.04%。");
  auto r = with_rule(d, "R29");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->message.zh == "完成年初预算应为102.04%（1000.00÷980.00），报告为98.04%");
  // The budget of another subject in an earlier sentence is not this one's.
  CHECK(with_rule(run("“三公”经费支出预算为10.00万元，支出决算为8.00万元，完成预算的80%。其中：公务接待费支出决算3.00万元，完成预算的75%。"), "R29").empty());
}

// ---- metrics: R20, R30, R31, R33, R35 --------------------------------------------------------

TEST_CASE("R20/R31/R33 metrics on report 002's financial paragraphs") {
  auto d = run(
      "经县委编办核定编制3455人，其中局本级103人，二级机构3352人。2024年单位在编在岗2750人，其中局本级70人，二级机构2680人。\n\n"
      "截至2024年12月31日部门资产总额183302.33万元，负债总额163318.45万元，净资产总额19983.88万元。\n\n"
      "2024年部门年初预算收入（含所属二级预算单位）115480.58万元，年内调整预算30509.16万元，决算收入142592.12万元。使用非财政拨款结余和专用结余118.59万元、上年结转0万元，全年可执行预算合计142710.71万元。\n\n"
      "2024年部门年初预算支出145989.74万元，其中：基本支出120609.32万元，项目支出25380.42万元。部门决算支出141938.85万元，其中：基本支出118101.67万元，项目支出23837.18万元，收支结余分配771.85万元。\n");
  const Metric* exec = metric(d, "预算执行率");
  REQUIRE(exec);
  CHECK(exec->value == "97.23");
  CHECK(exec->unit == "%");
  CHECK(exec->formula == "141938.85 / 145989.74 × 100%");
  REQUIRE(exec->spans.size() == 2);
  CHECK(span_text(d, exec->spans[0]) == "141938.85万元");
  const Metric* adj = metric(d, "预算调整率");
  REQUIRE(adj);
  CHECK(adj->value == "26.42");
  CHECK(adj->formula == "30509.16 / 115480.58 × 100%");
  const Metric* staff = metric(d, "在职人员控制率");
  REQUIRE(staff);
  CHECK(staff->value == "79.59");
  CHECK(staff->formula == "2750 / 3455 × 100%");
  // 97.23% against 年初预算: no warning; 79.59%: no 超编.
  CHECK(with_rule(d, "R20").empty());
  CHECK(with_rule(d, "R31").empty());
}

TEST_CASE("R20 per scope, and warnings above 100% or below 90% without a reason") {
  auto d = run("2024年项目支出年初预算6816.94万元。上年结转0万元，追加调整16629.54万元，全年可执行预算合计23446.48万元。\n\n"
               "2024年项目支出决算23446.48万元，年末结转结余0万元。\n");
  const Metric* m = metric(d, "预算执行率（项目支出）");
  REQUIRE(m);
  CHECK(m->value == "100.00");
  const Metric* a = metric(d, "预算调整率（项目支出）");
  REQUIRE(a);
  CHECK(a->value == "243.94");

  auto over = run("2024年全年预算支出1000.00万元，决算支出1100.00万元。");
  REQUIRE(with_rule(over, "R20").size() == 1);
  CHECK(with_rule(over, "R20")[0]->severity == Severity::Warning);
  CHECK(with_rule(over, "R20")[0]->message.zh == "预算执行率110.00%（1100.00÷1000.00）超过100%：决算支出大于全年预算");

  auto low = run("2024年支出调整后预算1000.00万元，支出决算800.00万元。");
  CHECK(with_rule(low, "R20").size() == 1);
  auto explained = run("2024年支出调整后预算1000.00万元，支出决算800.00万元，主要原因是项目资金结转下年使用。");
  CHECK(with_rule(explained, "R20").empty());
  REQUIRE(metric(explained, "预算执行率"));
  CHECK(metric(explained, "预算执行率")->value == "80.00");
}

TEST_CASE("R20 falls back to 全年可执行预算合计 when no spending budget is stated") {
  auto d = run("2023年部门年初预算收入900.00万元，年内调整预算100.00万元，上年结转0万元，全年可执行预算合计1000.00万元。\n\n"
               "2023年部门决算支出850.00万元，其中：基本支出600.00万元，项目支出250.00万元。\n");
  REQUIRE(metric(d, "预算执行率"));
  CHECK(metric(d, "预算执行率")->value == "85.00");
  CHECK(metric(d, "预算执行率")->formula == "850.00 / 1000.00 × 100%");
  CHECK(with_rule(d, "R20").size() == 1);  // < 90%, no reason given
}

TEST_CASE("R30 结转结余率 and 变动率 (report 000)") {
  auto d = run("部门决算情况：2020年决算收入14113.64万元，其中，一般公共预算拨款4381.77万元，政府性基金预算财政拨款收入7196.27万元，事业收入2038.3万元。年初结转和结余497.31万元；2020年决算支出14092.87万元，其中，一般公共服务支出62.22万元，卫生健康支出14030.65万元，年末结转和结余20.78万元。");
  const Metric* r = metric(d, "结转结余率");
  REQUIRE(r);
  CHECK(r->value == "0.15");
  CHECK(r->formula == "20.78 / 14092.87 × 100%");
  const Metric* v = metric(d, "结转结余变动率");
  REQUIRE(v);
  CHECK(v->value == "-95.82");
  CHECK(v->formula == "(20.78 − 497.31) / 497.31 × 100%");
  CHECK(metric(d, "预算执行率") == nullptr);  // no budget stated
}

TEST_CASE("R31 warns when staff exceed posts; ignores headcounts that are not staff") {
  auto d = run("核定编制143人，年末实际在职人数150人。");
  REQUIRE(metric(d, "在职人员控制率"));
  CHECK(metric(d, "在职人员控制率")->value == "104.90");
  REQUIRE(with_rule(d, "R31").size() == 1);
  CHECK(with_rule(d, "R31")[0]->severity == Severity::Warning);
  CHECK(metric(run("核定编制143人，实际在职人数136人。"), "在职人员控制率")->value == "95.10");
  auto none = run("石鼓区卫生健康局本级，编制数3个；另有离退休人员1472人。");
  CHECK(metric(none, "在职人员控制率") == nullptr);
}

TEST_CASE("R32: 三公 claim without prior-year figures is info; figures give 变动率 and 控制率") {
  auto d = run("“三公”经费支出总计0万元，其中公务接待费5.92万元，公务用车运行维护费6.1万元,与去年相比均有所下降, 下降的主要原因是严格按照上级规定，厉行节约。");
  auto r = with_rule(d, "R32");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);
  CHECK(span_text(d, r[0]->spans[0]) == "与去年相比均有所下降");
  CHECK(r[0]->message.zh == "“三公”经费“与去年相比均有所下降”无法核实：报告未列出上年数");

  auto fig = run("2018年“三公”经费预算50万元，“三公”经费实际支出63.46万元，上年“三公”经费支出32万元。");
  REQUIRE(metric(fig, "“三公”经费变动率"));
  CHECK(metric(fig, "“三公”经费变动率")->value == "98.31");
  REQUIRE(metric(fig, "“三公”经费控制率"));
  CHECK(metric(fig, "“三公”经费控制率")->value == "126.92");
  CHECK(count_rule(fig, "R32", Severity::Warning) == 2);  // increase; above budget

  // Quantified claims are R26's; a stated prior year makes the claim checkable.
  CHECK(with_rule(run("“三公”经费支出12.02万元，比上年减少3万元，下降19.97%。"), "R32").empty());
  CHECK(with_rule(run("上年“三公”经费支出15万元。本年“三公”经费支出12万元，与去年相比有所下降。"), "R32").empty());
}

TEST_CASE("R33 uses the initial budget of the same side; R34 公用经费/政府采购") {
  auto d = run("2024年基本支出年初预算3983.24万元，其中：工资福利支出2576.39万元、商品和服务支出1406.85万元。上年结转0万元，调整预算3742.91万元，全年可执行预算合计7726.15万元。");
  REQUIRE(metric(d, "预算调整率（基本支出）"));
  CHECK(metric(d, "预算调整率（基本支出）")->value == "93.97");
  auto p = run("政府采购预算30.66万元，实际采购30.66万元。公用经费预算120万元，公用经费决算支出108万元。");
  REQUIRE(metric(p, "政府采购执行率"));
  CHECK(metric(p, "政府采购执行率")->value == "100.00");
  REQUIRE(metric(p, "公用经费控制率"));
  CHECK(metric(p, "公用经费控制率")->value == "90.00");
}

TEST_CASE("R33 queries a claim of precise budgeting next to a large adjustment, not an aim") {
  std::string money = "2024年部门年初预算收入115480.58万元，年内调整预算30509.16万元。\n";
  auto d = run(money + "本年度预算编制精准，执行规范。");
  auto r = with_rule(d, "R33");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(span_text(d, r[0]->spans[0]) == "预算编制精准");
  CHECK(with_rule(run(money + "提升预算编制科学化、规范化和精细化水平，确保预算编制准确。"), "R33").empty());
  CHECK(with_rule(run(money + "预算编制欠精准，管理精确度不够。"), "R33").empty());
  CHECK(with_rule(run("年初预算1000.00万元，年内调整预算50.00万元。预算编制精准。"), "R33").empty());  // 5%
}

TEST_CASE("R22 does not read money as the numerator of a proportion") {
  CHECK(with_rule(run("投入资金50万元，覆盖率95%。"), "R22").empty());
  CHECK(with_rule(run("完成投资500.00万元，完成率80%。"), "R22").size() == 1);  // target 625万元
}

TEST_CASE("R35 次均献血量: plausible → metric only; implausible → info") {
  auto d = run("招募完成无偿献血 2960人次、105.1万毫升。");
  const Metric* m = metric(d, "次均献血量");
  REQUIRE(m);
  CHECK(m->value == "355.07");
  CHECK(m->unit == "毫升/人次");
  CHECK(with_rule(d, "R35").empty());
  auto bad = run("全年无偿献血2960人次、15.1万毫升。");
  REQUIRE(with_rule(bad, "R35").size() == 1);
  CHECK(with_rule(bad, "R35")[0]->severity == Severity::Info);
  CHECK(metric(run("采集血液105.1万毫升，服务群众2960人次。"), "次均献血量") == nullptr);  // no 献血 … adjacent pair
}

// ---- both reports ---------------------------------------------------------------------------------

TEST_CASE("rate rules on report 000: findings and metrics") {
  auto d = analyze_bytes(corpus("000_f7b65649e50663dd.txt"), {});
  CHECK(with_rule(d, "R21").empty());  // 1386/1330 = 104.21% ≈ 104.2%
  CHECK(count_rule(d, "R23", Severity::Warning) == 1);
  CHECK(count_rule(d, "R24", Severity::Warning) == 2);
  CHECK(count_rule(d, "R22", Severity::Info) == 2);
  CHECK(count_rule(d, "R32", Severity::Info) == 1);
  REQUIRE(metric(d, "结转结余率"));
  CHECK(metric(d, "结转结余率")->value == "0.15");
  REQUIRE(metric(d, "结转结余变动率"));
  CHECK(metric(d, "结转结余变动率")->value == "-95.82");
  CHECK(metric(d, "预算执行率") == nullptr);
  CHECK(metric(d, "在职人员控制率") == nullptr);  // 编制数 per unit, no staff count
}

TEST_CASE("rate rules on report 002: findings and metrics") {
  auto d = analyze_bytes(corpus("002_338b5f6c825fc8b7.txt"), {});
  CHECK(count_rule(d, "R22", Severity::Warning) == 1);  // 建档 base vs 覆盖人口79.87万人
  CHECK(count_rule(d, "R22", Severity::Info) == 3);     // 2300, 400, 1618–1633
  CHECK(with_rule(d, "R21").empty());
  CHECK(with_rule(d, "R23").empty());
  CHECK(with_rule(d, "R24").empty());
  CHECK(with_rule(d, "R27").empty());
  REQUIRE(metric(d, "预算执行率"));
  CHECK(metric(d, "预算执行率")->value == "97.23");
  REQUIRE(metric(d, "预算调整率"));
  CHECK(metric(d, "预算调整率")->value == "26.42");
  REQUIRE(metric(d, "在职人员控制率"));
  CHECK(metric(d, "在职人员控制率")->value == "79.59");
  REQUIRE(metric(d, "次均献血量"));
  CHECK(metric(d, "次均献血量")->value == "355.07");
}

TEST_CASE("R26 on a change that names its subject in an earlier sentence (决算公开 layout)") {
  const std::string ok = "2023年度收入总计3,456.78万元，支出总计3,456.78万元。与上年相比，收入、支出总计各增加256.78万元，增长8.02%，主要原因是项目资金增加。";
  CHECK(with_rule(run(ok), "R26").empty());
  auto bad = run("2023年度财政拨款收入总计3,000.30万元，支出总计3,000.30万元。与上年相比，财政拨款收入、支出总计各减少58.49万元，下降2.91%。");
  auto r = with_rule(bad, "R26");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->message.zh == "下降率应为1.91%（58.49÷上年3058.79万元（3000.30+58.49）），报告为2.91%");
  CHECK(span_text(bad, r[0]->spans[2]) == "3,000.30万元");
  // A subject the paragraph never states is not guessed.
  CHECK(with_rule(run("2023年度收入总计3,456.78万元。与上年相比，机关运行经费减少10.00万元，下降5.25%。"), "R26").empty());
}

TEST_CASE("R28 takes the denominator the share names, not a nearer figure of the same role") {
  const std::string base = "本年支出合计3,300.40万元，其中：基本支出1,200.10万元，项目支出2,100.30万元。\n\n"
                           "2023年度财政拨款收入总计3,000.30万元，支出总计3,000.30万元。\n\n";
  CHECK(with_rule(run(base + "2023年度一般公共预算财政拨款支出2,950.30万元，占本年支出合计的89.39%。"), "R28").empty());
  auto bad = run(base + "2023年度一般公共预算财政拨款支出2,950.30万元，占本年支出合计的98.33%。");
  auto r = with_rule(bad, "R28");
  REQUIRE(r.size() == 1);
  CHECK(span_text(bad, r[0]->spans[2]) == "3,300.40万元");
  CHECK(r[0]->expected == "89.39%");
}

TEST_CASE("R26 with the prior value stated instead of the change (较2022年的…增长…)") {
  CHECK(with_rule(run("2023年收入总计1200万元，较2022年的1000万元增长20%。"), "R26").empty());
  auto bad = run("2023年收入总计1200万元，较2022年的1000万元增长25%。");
  auto r = with_rule(bad, "R26");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->message.zh == "增长率应为20.00%（(1200−1000)÷1000），报告为25%");
  auto dir = run("2023年收入总计1200万元，比上年的1000万元下降20%。");
  REQUIRE(with_rule(dir, "R26").size() == 1);
  CHECK(with_rule(dir, "R26")[0]->message.zh.find("方向不一致") != std::string::npos);
  // Two figures of the same year are not a prior and a current one.
  CHECK(with_rule(run("2023年收入总计1200万元，其中财政拨款1000万元，增长25%。"), "R26").empty());
}
