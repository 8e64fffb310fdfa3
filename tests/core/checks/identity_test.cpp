// R02–R12, R15, R16: budget and 决算 identities across sentences (checks/identity_checks.cpp),
// each with statements that reconcile (no finding) and the same statements with one figure off.
// Phrasings follow 决算公开 notes and self-evaluations of several provinces and years.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// The only finding of `rule` in `text`; fails the test when there is none or several.
const Finding& only(const AnalyzedDocument& d, const std::string& rule) {
  auto r = with_rule(d, rule);
  REQUIRE(r.size() == 1);
  return *r[0];
}

}  // namespace

TEST_CASE("R02 收入支出决算总表 balance, both sides stated in one paragraph") {
  const std::string ok =
      "2023年本年收入合计1000.00万元，使用非财政拨款结余20.00万元，年初结转和结余80.00万元，收入总计1100.00万元。"
      "本年支出合计950.00万元，结余分配0万元，年末结转和结余150.00万元，支出总计1100.00万元。";
  CHECK(with_rule(run(ok), "R02").empty());
  auto bad = run(
      "2023年本年收入合计1000.00万元，使用非财政拨款结余20.00万元，年初结转和结余80.00万元。"
      "本年支出合计950.00万元，结余分配0万元，年末结转和结余140.00万元。");
  const Finding& f = only(bad, "R02");
  CHECK(f.severity == Severity::Error);
  CHECK(has(f.message.zh, "相差10.00万元"));
}

TEST_CASE("R03 本年收入 = the income classes, listed in the next sentence") {
  CHECK(with_rule(run("本年收入合计1687.45万元。财政拨款收入1516.64万元，事业收入170.81万元，经营收入0万元，其他收入0万元。"), "R03")
            .empty());
  auto bad = run("本年收入合计1687.45万元。财政拨款收入1516.64万元，事业收入160.81万元，经营收入0万元，上级补助收入0万元，"
                 "附属单位上缴收入0万元，其他收入0万元。");
  const Finding& f = only(bad, "R03");
  CHECK(f.severity == Severity::Error);  // every class is stated: nothing unstated can explain it
  CHECK(span_text(bad, f.spans[0]) == "1687.45万元");
}

TEST_CASE("R04 财政拨款 = its budget books; the 一般公共预算 figure called 财政拨款 is a label warning") {
  CHECK(with_rule(run("财政拨款收入总计1516.64万元，其中：一般公共预算财政拨款收入1486.64万元，政府性基金预算财政拨款收入30万元。"),
                  "R04")
            .empty());
  auto label = run("2023年财政拨款收入1486.64万元。一般公共预算财政拨款收入1486.64万元，政府性基金预算财政拨款收入30.00万元。");
  const Finding& f = only(label, "R04");
  CHECK(f.severity == Severity::Warning);
  CHECK(has(f.hint.zh, "1516.64"));
  // A 三公 outturn named only "支出决算" is the 三公's, not the department's 财政拨款支出.
  CHECK(with_rule(run("2023年度财政拨款收入总计3,000.30万元，支出总计3,000.30万元。"
                      "2023年度一般公共预算财政拨款支出2,950.30万元。2023年度政府性基金预算财政拨款支出50.00万元。"
                      "2023年度“三公”经费财政拨款支出预算为20.00万元，支出决算为15.60万元，完成预算的78.00%。"),
                  "R04")
            .empty());
}

TEST_CASE("R05 支出 by nature: error when the parts exceed the total, warning when an unstated class may fill it") {
  CHECK(with_rule(run("2023年本年支出合计799.12万元。基本支出512.29万元，项目支出286.83万元。"), "R05").empty());
  auto short_by = run("2023年本年支出合计799.12万元。基本支出512.29万元，项目支出276.83万元。");
  CHECK(only(short_by, "R05").severity == Severity::Warning);
  auto over = run("2023年本年支出合计799.12万元。基本支出522.29万元，项目支出286.83万元。");
  CHECK(only(over, "R05").severity == Severity::Error);
}

TEST_CASE("R06 支出 by function against the total") {
  // Report 000's list reconciles with 基本 + 项目.
  CHECK(with_rule(run("2020年决算支出14092.87万元，其中，一般公共服务支出62.22万元，社会保障和就业支出43.31万元，卫生健康支出6710.82万元，"
                      "节能环保支出43.95万元，农林水支出19.8万元，住房保障支出16.5万元，其他支出6180.49万元，抗疫特别国债安排的支出1015.78万元。"
                      "全年支出总计14092.87万元，其中基本支出6896.6万元，项目支出7196.27万元。"),
                  "R06")
            .empty());
  auto d = run("2023年本年支出合计1000.00万元。按功能分类，一般公共服务支出600.00万元，卫生健康支出300.00万元，住房保障支出50.00万元。"
               "基本支出700.00万元，项目支出300.00万元。");
  const Finding& f = only(d, "R06");
  CHECK(has(f.message.zh, "950.00万元"));
}

TEST_CASE("R07 基本支出 = 人员经费 + 公用经费, and its economic classes") {
  CHECK(with_rule(run("2023年度一般公共预算财政拨款基本支出1,150.10万元，其中：人员经费1,000.05万元，主要包括基本工资、津贴补贴等；"
                      "公用经费150.05万元，主要包括办公费、印刷费等。"),
                  "R07")
            .empty());
  // Listed after 其中 (each part with its own 主要包括 description), the sum is R01's.
  auto d = run("2023年度一般公共预算财政拨款基本支出1,160.10万元，其中：人员经费1,000.05万元，主要包括基本工资、津贴补贴等；"
               "公用经费150.05万元，主要包括办公费、印刷费等。");
  CHECK(only(d, "R01").severity == Severity::Error);
  CHECK(with_rule(d, "R07").empty());
}

TEST_CASE("R08 三公 across sentences; a nested 其中 in brackets is the car item's own detail") {
  const std::string nested =
      "“三公”经费支出5.6万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费3.6万元（其中：公务用车购置费0万元，"
      "公务用车运行维护费3.6万元），公务接待费2万元。";
  auto ok = run(nested);
  CHECK(with_rule(ok, "R01").empty());
  CHECK(with_rule(ok, "R08").empty());
  std::string wrong = nested;
  wrong.replace(wrong.find("5.6万元"), 3, "6.6");
  auto d = run(wrong);
  auto r = with_rule(d, "R01");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->message.zh == "合计应为5.6万元（0+3.6+2），报告为6.6万元");
  // The inner list is checked on its own.
  std::string inner = nested;
  inner.replace(inner.find("公务用车购置费0万元"), std::string("公务用车购置费0万元").size(), "公务用车购置费1万元");
  auto di = run(inner);
  auto ri = with_rule(di, "R01");
  REQUIRE(ri.size() == 1);
  CHECK(span_text(di, ri[0]->spans[0]) == "3.6万元");
  // 决算公开 layout: total, then each item in its own clause after "。其中：", split by "；" — read
  // as the 其中 list it is, so R01 has the sum (and R08 does not repeat it).
  auto sep = run("2023年度“三公”经费财政拨款支出预算为20.00万元，支出决算为16.60万元。其中：因公出国（境）费支出决算为0万元；"
                 "公务用车购置及运行维护费支出决算为12.60万元；公务接待费支出决算为3.00万元。");
  const Finding& f = only(sep, "R01");
  CHECK(span_text(sep, f.spans[0]) == "16.60万元");
  CHECK(has(f.message.zh, "15.60万元"));
  CHECK(with_rule(sep, "R08").empty());
}

TEST_CASE("R09 财政拨款 balance with the fund named inside the carry-over labels") {
  CHECK(with_rule(run("2023年财政拨款收入1000.00万元，年初财政拨款结转和结余50.00万元，财政拨款支出980.00万元，"
                      "年末财政拨款结转和结余70.00万元。"),
                  "R09")
            .empty());
  auto d = run("2023年财政拨款收入1000.00万元，年初财政拨款结转和结余50.00万元，财政拨款支出980.00万元，年末财政拨款结转和结余60.00万元。");
  const Finding& f = only(d, "R09");
  CHECK(f.severity == Severity::Error);
  CHECK(has(f.message.zh, "1050.00万元"));
  CHECK(has(f.message.zh, "1040.00万元"));
  // Per fund.
  CHECK(with_rule(run("2023年度一般公共预算财政拨款收入800.00万元，年初结转和结余20.00万元；一般公共预算财政拨款支出790.00万元，"
                      "年末结转和结余30.00万元。"),
                  "R09")
            .empty());
  CHECK(with_rule(run("2023年度一般公共预算财政拨款收入800.00万元，年初结转和结余20.00万元；一般公共预算财政拨款支出790.00万元，"
                      "年末结转和结余40.00万元。"),
                  "R09")
            .size() == 1);
}

TEST_CASE("R10 balance sheet") {
  CHECK(with_rule(run("截至2024年12月31日部门资产总额183302.33万元，负债总额163318.45万元，净资产总额19983.88万元。"), "R10").empty());
  auto d = run("截至2024年12月31日部门资产总额183302.33万元，负债总额163318.45万元，净资产总额19883.88万元。");
  const Finding& f = only(d, "R10");
  CHECK(has(f.message.zh, "相差100.00万元"));
}

TEST_CASE("R11 budget-stage chain 年初 + 上年结转 + 调整 = 全年可执行") {
  CHECK(with_rule(run("2024年项目支出年初预算6816.94万元。上年结转0万元，追加调整16629.54万元，全年可执行预算合计23446.48万元。"), "R11")
            .empty());
  auto d = run("2024年项目支出年初预算6816.94万元。上年结转0万元，追加调整16629.54万元，全年可执行预算合计23546.48万元。");
  const Finding& f = only(d, "R11");
  CHECK(span_text(d, f.spans[0]) == "23546.48万元");
}

TEST_CASE("R12 年初预算 balance; a 年初 figure that is really 年初 + 调整 is named as a label error") {
  CHECK(with_rule(run("2024年部门年初预算收入1000.00万元，年初预算支出1000.00万元。"), "R12").empty());
  CHECK(only(run("2024年部门年初预算收入1000.00万元，年初预算支出1050.00万元。"), "R12").severity == Severity::Error);
  auto label = run("2024年部门年初预算收入1000.00万元，年内调整预算200.00万元。2024年部门年初预算支出1200.00万元。");
  const Finding& f = only(label, "R12");
  CHECK(f.severity == Severity::Warning);
  CHECK(has(f.hint.zh, "调整后预算"));
}

TEST_CASE("R15 the same figure stated twice with different values; other years and units are other figures") {
  auto d = run("一、收支情况\n\n2023年决算收入1200.00万元，决算支出1180.00万元。\n\n二、绩效情况\n\n2023年决算收入1250.00万元，全部用于履职。\n");
  const Finding& f = only(d, "R15");
  CHECK(f.severity == Severity::Error);
  CHECK(span_text(d, f.spans[0]) == "1250.00万元");
  CHECK(with_rule(run("一、收支情况\n\n2023年决算收入1200.00万元。\n\n二、绩效情况\n\n2023年决算收入1200.00万元，全部用于履职。\n"), "R15")
            .empty());
  CHECK(with_rule(run("2023年部门决算收入1200.00万元，其中局本级决算收入300.00万元，二级单位决算收入900.00万元。"), "R15").empty());
}

TEST_CASE("R16 all-source project spending above the fiscal project spending is explained or noted") {
  auto d = run("2024年部门决算支出141938.85万元，其中：基本支出118101.67万元，项目支出23837.18万元。\n\n"
               "二、一般公共预算支出情况\n\n2024年项目支出决算23446.48万元。\n\n三、政府性基金预算支出情况\n\n2024年政府性基金支出决算4万元。\n");
  auto r = with_rule(d, "R16");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);
  CHECK(has(r[0]->message.zh, "386.70万元"));
}

TEST_CASE("R15 leaves a total and its own 其中 parts alone") {
  CHECK(run("全局编制总数45名，其中行政编制15名、事业编制30名。").result.findings.empty());
}
