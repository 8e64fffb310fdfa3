// R15 on the 自评表's 预算执行 block: its 年初预算数 / 全年预算数 / 全年执行数 / 执行率 / 得分 cells
// restated in the prose's 资金到位 / 预算执行 paragraphs must agree, matched by the stage or rate
// word alone; a figure whose label or sentence names something else is another figure. Texts
// written for the tests.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

std::string report(const std::string& prose, const std::string& block_row) {
  return "某镇2024年度农村人居环境整治项目支出绩效自评报告\n"
         "一、资金到位及预算执行情况\n" +
         prose +
         "\n二、项目支出绩效自评表\n"
         "资金情况（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n" +
         block_row + "\n其中：本年财政拨款\t60.00\t72.50\t70.10\t—\t—\t—\n";
}

const std::string kProse =
    "该项目年初预算数为60.00万元，全年预算数为72.50万元，资金已全部到位。"
    "截至年底，项目全年执行数为70.10万元，预算执行率为96.69%，得分9.67分。";
const std::string kRow = "年度资金总额\t60.00\t72.50\t70.10\t10\t96.69%\t9.67";

std::vector<std::string> block_results(const AnalyzedDocument& d) {
  std::vector<std::string> out;
  for (const auto& c : d.result.checked)
    if (c.rule == "R15" && c.formula.find("自评表“") == 0 && c.formula.find("实际完成值") == std::string::npos)
      out.push_back(c.result);
  return out;
}

}  // namespace

TEST_CASE("R15: the 自评表's budget block agrees with the prose, every cell recorded as checked") {
  auto d = run(report(kProse, kRow));
  CHECK(with_rule(d, "R15").empty());
  CHECK(block_results(d) == std::vector<std::string>(5, "consistent"));
}

TEST_CASE("R15 flags a budget-block cell the prose states otherwise, with both places") {
  // The table's 全年执行数 and 执行率 differ from the prose.
  auto d = run(report(kProse, "年度资金总额\t60.00\t72.50\t68.10\t10\t93.93%\t9.39"));
  auto r = with_rule(d, "R15");
  REQUIRE(r.size() == 3);
  CHECK(r[0]->severity == Severity::Error);
  CHECK(span_text(d, r[0]->spans[0]) == "68.10");  // the later statement: the table cell
  CHECK(span_text(d, r[0]->spans[1]) == "70.10万元");
  CHECK(span_text(d, r[1]->spans[0]) == "93.93%");
  CHECK(span_text(d, r[2]->spans[0]) == "9.39");
  // The prose's 年初预算数 differs from the table.
  auto initial = run(report(replaced(kProse, "年初预算数为60.00万元", "年初预算数为66.00万元"), kRow));
  auto ri = with_rule(initial, "R15");
  REQUIRE(ri.size() == 1);
  CHECK(span_text(initial, ri[0]->spans[1]) == "66.00万元");
}

TEST_CASE("R15 on the budget block: other figures that share its words stay silent") {
  // A fund's or an expense item's budget is not the block's whole.
  std::string items =
      "会议费全年预算数为5.00万元，全年执行数为4.80万元。"
      "一般公共预算年初预算数为30.00万元。";
  auto d = run(report(items, kRow));
  CHECK(with_rule(d, "R15").empty());
  CHECK(block_results(d).empty());
  // Last year's figure, a target and a change are not restatements.
  std::string others =
      "2023年全年执行数为50.20万元。项目预算执行率目标为不低于95%。全年执行数比上年增加19.90万元。";
  auto o = run(report(others, kRow));
  CHECK(with_rule(o, "R15").empty());
  // The same stage stated twice with two values, neither the table's: two other figures.
  auto two = run(report("项目全年预算数为70.00万元。\n三、其他说明\n项目全年预算数为75.00万元。", kRow));
  CHECK(with_rule(two, "R15").empty());
}
