#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

bool mentions(const Finding* f, const std::string& s) { return f->message.zh.find(s) != std::string::npos; }

// A 002-style department report: targets, actuals (one missed), a score.
std::string dept(const std::string& score_sentence, const std::string& actual_2 = "2600人") {
  return "（四）部门绩效目标\n"
         "1.数量指标。免费两癌检查数量16000人；免费产前筛查孕产妇人数2600人。\n"
         "2.满意度。服务对象满意度90%以上。\n"
         "六、部门整体支出绩效情况\n"
         "（一）部门产出指标完成情况\n"
         "1.数量指标。免费两癌检查数量16000人；免费产前筛查孕产妇人数" + actual_2 + "。\n"
         "（二）满意度完成情况\n"
         "服务对象满意度95%。\n"
         "九、部门整体支出绩效自评结果拟应用和公开情况\n" + score_sentence + "\n";
}

}  // namespace

// ---- R52 ---------------------------------------------------------------------------------------

TEST_CASE("R52 flags a grade outside the band of its score") {
  auto d = run("经综合评价，该项目自评得分88分，等级为优。");
  auto r = with_rule(d, "R52");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  CHECK(span_text(d, r[0]->spans[0]) == "优");
  CHECK(span_text(d, r[0]->spans[1]) == "88分");
  CHECK(r[0]->message.zh == "自评得分88分对应等级应为“良”（80（含）至90分），报告为“优”");
  auto low = run("项目综合评分为59.5分，评价等级为“中”。");
  REQUIRE(with_rule(low, "R52").size() == 1);
  CHECK(with_rule(low, "R52")[0]->expected == "差");
}

TEST_CASE("R52 accepts grades that match, in several wordings") {
  CHECK(with_rule(run("南县财政局2020年度部门整体支出绩效综合评分为97分，评价等级为“优”。"), "R52").empty());
  CHECK(with_rule(run("项目自评得分85.5分，自评结果为良好。"), "R52").empty());
  CHECK(with_rule(run("本项目自评总分90分，评定为优秀等级。"), "R52").empty());
  CHECK(with_rule(run("自评得分80分，等级：良。"), "R52").empty());
  // "优化", "中心" are words, not grades.
  CHECK(with_rule(run("自评得分85分。下一步将评为优化营商环境示范单位。"), "R52").empty());
}

// ---- R54 ---------------------------------------------------------------------------------------

TEST_CASE("R54 flags a self-evaluation report without a score (report 000)") {
  auto d = run(corpus("000_f7b65649e50663dd.txt"));
  auto r = with_rule(d, "R54");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(span_text(d, r[0]->spans[0]) == "自评报告");
  CHECK(d.text.line_col(r[0]->spans[0].start).line == 3);
}

TEST_CASE("R54 near misses: a score stated, or not a self-evaluation report") {
  CHECK(with_rule(run("2023年度农村饮水安全项目绩效自评报告\n\n一、项目概况\n……\n五、自评结论\n项目自评得分92分，等级为优。\n"), "R54").empty());
  CHECK(with_rule(run("2023年度某局部门决算公开说明\n\n一、收入支出决算总体情况\n收入总计100万元。\n"), "R54").empty());
  // An excerpt without its title is not judged.
  CHECK(with_rule(run("（三）部门财务情况\n决算收入142592.12万元。\n"), "R54").empty());
}

TEST_CASE("R54 names a grade given without a score") {
  auto d = run("某县教育局2023年度部门整体支出绩效自评报告\n\n……综上，自评等级为优。\n");
  auto r = with_rule(d, "R54");
  REQUIRE(r.size() == 1);
  CHECK(mentions(r[0], "只写了等级“优”"));
}

// ---- R53 ---------------------------------------------------------------------------------------

TEST_CASE("R53 warns when a high score meets unmet targets without reasons") {
  auto d = run(dept("2024年某县卫生健康局整体支出绩效自评95分，自评结果将对外公开。", "2200人"));
  auto r = with_rule(d, "R53");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(span_text(d, r[0]->spans[0]) == "95分");
  CHECK(mentions(r[0], "自评得分95分可能偏高"));
  CHECK(mentions(r[0], "1项目标未完成且未说明原因"));
}

TEST_CASE("R53 counts partial-year data and problems the report admits") {
  auto d = run(dept("截至目前，已发放计划生育类补贴1250.78万元。\n七、存在的主要问题及原因分析\n1.个别专项资金拨付不及时。\n"
                    "八、结果应用\n自评得分93分。"));
  auto r = with_rule(d, "R53");
  REQUIRE(r.size() == 1);
  CHECK(mentions(r[0], "截至目前"));
  CHECK(mentions(r[0], "“拨付不及时”"));
  CHECK_FALSE(mentions(r[0], "未说明原因"));
}

TEST_CASE("R53 near misses: every target met with full-year data, or a score below 90") {
  CHECK(with_rule(run(dept("2024年某县卫生健康局整体支出绩效自评95分。")), "R53").empty());
  CHECK(with_rule(run(dept("2024年某县卫生健康局整体支出绩效自评85分，等级为良。", "2200人")), "R53").empty());
}

// ---- R50 ---------------------------------------------------------------------------------------

TEST_CASE("R50 shows a reference estimate beside the stated score, marked as an estimate") {
  auto d = run(dept("2024年某县卫生健康局整体支出绩效自评95分。", "2200人"));
  auto r = with_rule(d, "R50");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);
  CHECK(mentions(r[0], "参考估算（非正式评分）"));
  // 产出 (1 + 2200/2600)/2 × 50 = 46.15; 满意度 95 ≥ 90 → 10; 预算执行率 not stated: 56.15 / 60.
  CHECK(r[0]->expected == "93.59");
  CHECK(r[0]->actual == "95");
  CHECK(mentions(r[0], "报告未写预算执行率"));
}

TEST_CASE("R50 estimate: missing actuals give a range, a stated 执行率 is included") {
  auto d = run(
      "（四）部门绩效目标\n1.数量指标。免费两癌检查数量16000人。\n2.效益指标。辖区孕产妇死亡率≤10/10万。\n"
      "（五）产出指标完成情况\n1.数量指标。免费两癌检查数量16000人。\n"
      "（六）预算执行情况\n全年预算执行率为95%。\n"
      "九、自评结果\n自评得分96分。\n");
  auto r = with_rule(d, "R50");
  REQUIRE(r.size() == 1);
  // low: (50 + 0 + 9.5) / 90 × 100 = 66.11; high: (50 + 9.5) / 60 × 100 = 99.17
  CHECK(r[0]->expected == "66.11～99.17");
  CHECK(mentions(r[0], "效益指标1项没有可比的实际完成值"));
  CHECK(mentions(r[0], "预算执行率95%得9.50分"));
}

TEST_CASE("R50 near miss: no score, or no actuals to estimate from") {
  CHECK(with_rule(run(dept("自评结果将对外公开。", "2200人")), "R50").empty());
  CHECK(with_rule(run("（四）部门绩效目标\n1.数量指标。免费两癌检查数量16000人。\n九、自评结果\n自评得分96分。\n"), "R50").empty());
}

// (Kept to five table lines: longer TSV pastes are currently joined by the PDF-wrap repair.)
TEST_CASE("R50 recomputes a pasted 自评表: a row scored above 分值 × completion") {
  auto d = run(
      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
      "产出指标\t数量指标\t新建供水工程数量\t≥12处\t12处\t25\t25\t\n"
      "\t\t受益人口\t≥3.5万人\t3.2万人\t25\t25\t部分工程因汛期延后完工\n"
      "满意度指标\t服务对象满意度\t受益群众满意度\t≥90%\t96%\t10\t10\t\n");
  auto r = with_rule(d, "R50");
  // 受益人口: 3.2 / 3.5 × 25 = 22.86, but 25 stated.
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(r[0]->expected == "22.86");
  CHECK(r[0]->actual == "25");
  CHECK(d.text.line_col(r[0]->spans[0].start).line == 3);
}

TEST_CASE("R50 recomputes a pasted 自评表: the 总分 against the sum of the points") {
  auto d = run(
      "三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
      "新建供水工程数量\t≥12处\t12处\t40\t40\n"
      "受益人口\t≥3.5万人\t3.5万人\t40\t40\n"
      "受益群众满意度\t≥90%\t96%\t20\t20\n"
      "总分\t\t\t100\t98\n");
  auto r = with_rule(d, "R50");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  CHECK(r[0]->expected == "100");
  CHECK(r[0]->actual == "98");
  CHECK(r[0]->message.zh == "各项得分之和为100分，总分为98分");
}

TEST_CASE("R50 gives a points > 分值 row as an error") {
  auto d = run(
      "三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
      "新建供水工程数量\t≥12处\t13处\t40\t45\n"
      "受益群众满意度\t≥90%\t96%\t20\t20\n");
  auto r = with_rule(d, "R50");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  CHECK(r[0]->message.zh == "“新建供水工程数量”得分45分，超过其分值40分");
}

TEST_CASE("R50 is quiet on a 自评表 whose points follow the formula and add up") {
  auto d = run(
      "三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
      "新建供水工程数量\t≥12处\t12处\t40\t40\t\n"
      "受益人口\t≥3.5万人\t3.2万人\t40\t36.57\t部分工程因汛期延后\n"
      "受益群众满意度\t≥90%\t96%\t20\t20\t\n"
      "总分\t\t\t100\t96.57\t\n");
  CHECK(with_rule(d, "R50").empty());
}

// ---- R55 ---------------------------------------------------------------------------------------

TEST_CASE("R55 checks 预算执行率 points in the 自评表 funds block") {
  auto ok = run(
      "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
      "年度资金总额\t20\t20\t20\t10\t100.00%\t10\n");
  CHECK(with_rule(ok, "R55").empty());
  auto bad = run(
      "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
      "年度资金总额\t120\t120\t96\t10\t80.00%\t10\n");
  auto r = with_rule(bad, "R55");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  CHECK(r[0]->expected == "8.00分");
  CHECK(span_text(bad, r[0]->spans[0]) == "10");
}

TEST_CASE("R55 computes the rate from 全年预算数 and 全年执行数 when it is not given") {
  auto bad = run(
      "项目资金\t全年预算数\t全年执行数\t分值\t得分\n"
      "年度资金总额\t50.00\t45.00\t10\t10\n");
  REQUIRE(with_rule(bad, "R55").size() == 1);
  auto ok = run(
      "项目资金\t全年预算数\t全年执行数\t分值\t得分\n"
      "年度资金总额\t50.00\t45.00\t10\t9\n");
  CHECK(with_rule(ok, "R55").empty());
}

TEST_CASE("R55 in prose: 执行率 followed by its points") {
  CHECK(with_rule(run("项目预算执行率为96.5%，得9.65分。"), "R55").empty());
  CHECK(with_rule(run("资金执行率超过100%（103.2%），得10分。"), "R55").empty());
  auto d = run("项目预算执行率为86.5%，得10分。");  // kept alive: with_rule points into it
  auto r = with_rule(d, "R55");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->expected == "8.65分");
}

// ---- the corpus ----------------------------------------------------------------------------------

TEST_CASE("report 002: score findings") {
  auto d = run(corpus("002_338b5f6c825fc8b7.txt"));
  auto r50 = with_rule(d, "R50");
  REQUIRE(r50.size() == 1);
  CHECK(r50[0]->expected == "54.14～98.45");
  CHECK(d.text.line_col(r50[0]->spans[0].start).line == 356);
  auto r53 = with_rule(d, "R53");
  REQUIRE(r53.size() == 1);
  CHECK(mentions(r53[0], "6项目标未完成且未说明原因"));
  CHECK(mentions(r53[0], "效益指标、满意度指标没有实际完成值"));
  CHECK(mentions(r53[0], "“1-10月”"));
  CHECK(mentions(r53[0], "“拨付不及时”"));
  CHECK(with_rule(d, "R52").empty());
  CHECK(with_rule(d, "R54").empty());
  CHECK(with_rule(d, "R55").empty());
}

TEST_CASE("R51 weights of a pasted 自评表: they add up to the 总分, in the standard split") {
  auto table = [](const std::string& output_w, const std::string& benefit_w, const std::string& benefit_p,
                  const std::string& total_w) {
    return "项目自评得分96分，评价等级为优。\n\n"
           "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
           "预算执行率\t\t\t100%\t95%\t10\t9.5\n"
           "产出指标\t数量指标\t养护里程\t≥1200公里\t1250公里\t" + output_w + "\t" + output_w + "\n"
           "效益指标\t社会效益指标\t群众出行条件\t明显改善\t明显改善\t" + benefit_w + "\t" + benefit_p + "\n"
           "满意度指标\t服务对象满意度\t群众满意度\t≥90%\t93%\t10\t10\n"
           "总分\t\t\t\t\t" + total_w + "\t96\n";
  };
  CHECK(with_rule(run(table("50", "30", "26.5", "100")), "R51").empty());
  auto sum = run(table("50", "20", "26.5", "100"));
  auto r = with_rule(sum, "R51");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  CHECK(r[0]->message.zh == "自评表各项分值之和为90分，总分应为100分");
  CHECK(span_text(sum, r[0]->spans[0]) == "100");
  auto split = run(table("60", "20", "16.5", "100"));
  auto w = with_rule(split, "R51");
  REQUIRE(w.size() == 1);
  CHECK(w[0]->severity == Severity::Warning);
  CHECK(w[0]->message.zh.find("产出指标60") != std::string::npos);
}

TEST_CASE("R21 on the funds block of a 自评表: 执行率 = 全年执行数 ÷ 全年预算数") {
  auto block = [](const std::string& rate, const std::string& points) {
    return "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
           "年度资金总额\t20\t25\t24\t10\t" + rate + "\t" + points + "\n"
           "其中：当年财政拨款\t20\t25\t24\t—\t" + rate + "\t—\n"
           "上年结转资金\t0\t0\t0\t—\t—\t—\n";
  };
  auto ok = run(block("96.00%", "9.6"));
  CHECK(with_rule(ok, "R21").empty());
  CHECK(with_rule(ok, "R55").empty());
  CHECK(with_rule(ok, "R54").empty());  // a 自评表 alone is an excerpt, not a report without a score
  auto bad = run(block("98.00%", "9.8"));
  auto r = with_rule(bad, "R21");
  REQUIRE(!r.empty());
  CHECK(r[0]->message.zh == "执行率应为96.00%（24÷25），表中为98.00%");
  CHECK(span_text(bad, r[0]->spans[0]) == "98.00%");
}
