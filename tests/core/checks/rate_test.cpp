// Family B (rates): the metrics R20–R35 compute and both reports; the texts that just flag or
// pass R21–R29 and R33 are in the rule book, rules/B-rates.md.
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

// ---- R28 ----------------------------------------------------------------------------------------

TEST_CASE("R28 shares written with one decimal may miss 100% by rounding (info)") {
  // 1/3 each: 33.3 × 3 = 99.9, within ±0.1.
  auto d = run("支出合计3万元，其中：甲1万元，占33.3%；乙1万元，占33.3%；丙1万元，占33.3%。");
  auto r = with_rule(d, "R28");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);
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
  // A rise stated after the rate: the comparison of the clause before carries on to its amount.
  CHECK(count_rule(run("“三公”经费支出6.30万元，较上年增长50.00%，增加2.10万元。"), "R32", Severity::Warning) == 1);
  CHECK(with_rule(run("“三公”经费支出6.30万元，较上年下降25.00%，减少2.10万元。"), "R32").empty());
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

