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

// ---- R54 ---------------------------------------------------------------------------------------

TEST_CASE("R54 flags a self-evaluation report without a score (report 000)") {
  auto d = run(corpus("000_f7b65649e50663dd.txt"));
  auto r = with_rule(d, "R54");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(span_text(d, r[0]->spans[0]) == "自评报告");
  CHECK(d.text.line_col(r[0]->spans[0].start).line == 3);
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
