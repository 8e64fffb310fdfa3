// Flattened tables feed the table checks: R13 (rows, 合计 columns, 其中 rows of a fixed set, 增减%
// rows, 到位 = 支出 + 结余) and the 自评表 checks (R50: an unmet indicator cannot keep full marks).
// Each must-flag has a consistent twin that stays silent. Texts written for the tests.
#include <doctest/doctest.h>

#include "structure/tables.h"
#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

// One cell a line with a lone "|" between cells (pipe-lines).
std::string pipe_lines(const std::vector<std::string>& cells) {
  std::string s = "两年“三公”经费对比\n";
  for (const auto& c : cells) s += c + "\n|\n";
  return s;
}

std::string sangong(const std::string& total_2022, const std::string& change_car) {
  return pipe_lines({"年度", "合计", "因公出国(境)经费", "公务接待费", "公务用车购置及运行维护费", "合计", "车辆购置", "车辆运行",
                     "2021年", "500", "20", "180", "300", "100", "200",
                     "2022年", total_2022, "10", "190", "200", "50", "150",
                     "2022年比2021年增减%", "-20", "-50", "5.56", "-33.33", change_car, "-25"});
}

// Name/figure pairs, one short cell a line with blank lines between (blank-lines).
std::string funds(const std::string& arrived, const std::string& balance) {
  std::vector<std::string> cells = {"计划安排资金", "(万元)", "60", "实际到位资金", "(万元)", arrived, "实际支出", "(万元)", "55",
                                    "结余(万元)", balance, "其中:中央财政", "其中:中央财政", "其中:中央财政", "其中:中央财政",
                                    "省财政", "40", "省财政", "40", "省财政", "36", "省财政", "4",
                                    "县财政", "20", "县财政", "20", "县财政", "19", "县财政", "1", "二、项目支出明细"};
  std::string s = "一、项目资金情况\n\n";
  for (const auto& c : cells) s += c + "\n\n";
  return s;
}

// A 自评表 indicator part, one cell a line ending in " |", rows closed by an empty cell.
std::string indicators(const std::string& actual, const std::string& points, const std::string& target = ">=12个",
                       const std::string& reason = "", const std::string& weight = "20") {
  std::string s;
  for (const std::string c : {"一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "偏差原因"})
    s += c + " |\n";
  s += "|\n";
  for (const std::string& c : std::vector<std::string>{"产出指标", "数量指标", "新建村级服务站数量", weight, target, actual + "个", points, reason})
    s += (c.empty() ? "" : c + " ") + "|\n";
  s += "|\n";
  for (const std::string c : {"", "", "服务站验收合格率", "20", ">=95%", "100%", "20", ""}) s += (c.empty() ? "" : c + " ") + "|\n";
  s += "|\n";
  return s;
}

}  // namespace

TEST_CASE("R13 on a pipe-lines 三公 table: the 合计 column against its columns; consistent twin silent") {
  CHECK(with_rule(run(sangong("400", "-50")), "R13").empty());
  auto d = run(sangong("420", "-50"));
  bool located = false;
  for (const auto* f : with_rule(d, "R13"))
    if (span_text(d, f->spans[0]) == "420" && f->expected == "400") located = true;
  CHECK(located);
}

TEST_CASE("R13 on a 增减% row: recomputed from the two year rows (C7)") {
  auto d = run(sangong("400", "-45.5"));
  auto r = with_rule(d, "R13");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "-45.5");
  CHECK(r[0]->expected == "-50.0%");
}

TEST_CASE("R13 on a blank-lines 资金到位 table: 到位 = Σ sources and = 支出 + 结余; consistent twin silent") {
  CHECK(with_rule(run(funds("60", "5")), "R13").empty());
  auto d = run(funds("48", "5"));
  auto r = with_rule(d, "R13");
  REQUIRE(!r.empty());
  bool located = false;
  for (const auto* f : r) located |= span_text(d, f->spans[0]) == "48";
  CHECK(located);
}

TEST_CASE("R13 on a one-line 自评表: 年度资金总额 against its complete 其中 rows (本年财政拨款/上年结转/其他资金)") {
  auto form = [](const std::string& total) {
    return "项目支出绩效自评表 项目名称 道路养护 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: " + total +
           " 52 51 10 98.08% 9.8 其中:本年财政拨款 40 42 41 上年结转资金 6 6 6 其他资金 4 4 4 年度总体目标 预期目标\n";
  };
  CHECK(with_rule(run(form("50")), "R13").empty());
  // A fixed row set is the whole: a total below its parts and one above them are both wrong.
  auto d = run(form("0"));
  auto r = with_rule(d, "R13");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "0");
  CHECK(!with_rule(run(form("55")), "R13").empty());
}

TEST_CASE("R50: an unmet indicator in a pipe-cells 自评表 cannot keep full marks (C8)") {
  CHECK(with_rule(run(indicators("13", "20")), "R50").empty());
  auto d = run(indicators("11", "20"));
  auto r = with_rule(d, "R50");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "20");
  CHECK(d.text.line_col(r[0]->spans[0].start).line == 16);
  // Marks taken off in proportion: nothing to say.
  CHECK(with_rule(run(indicators("11", "18")), "R50").empty());
}

TEST_CASE("R14: the money a sentence names with a one-column table's title is the table's 合计") {
  auto doc = [](const std::string& stated) {
    std::string s = "现下达市级美丽庭院建设奖补资金" + stated + "万元，请抓紧拨付。\n附件1:\n市级美丽庭院建设奖补资金分配表\n单位:万元\n";
    for (const std::string c : {"乡镇名", "金额", "支出科目", "备注", "东岭镇", "30", "2130599", "", "西河乡", "45.5", "2130599", "",
                                "合 计", "75.5", "", ""})
      s += (c.empty() ? "" : c + " ") + "|\n";
    return s;
  };
  CHECK(with_rule(run(doc("75.5")), "R14").empty());
  auto d = run(doc("57.5"));
  auto r = with_rule(d, "R14");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "57.5万元");
  CHECK(r[0]->expected == "75.5万元");
}

TEST_CASE("R51: a 自评表 whose 得分 column is blank still has its 分值 total checked") {
  auto form = [](const std::string& total) {
    std::string s;
    for (const std::string c : {"一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分", "偏差原因",
                                "产出指标", "数量指标", "改造户数", "≥40户", "", "50", "", "",
                                "效益指标", "社会效益指标", "群众满意度", "≥90%", "", "30", "", "",
                                "满意度指标", "服务对象满意度", "受益户满意度", "≥90%", "", "20", "", ""})
      s += (c.empty() ? "" : c + " ") + "|\n";
    return s + "合计 |\n" + total + " |\n|\n|\n评价结论 |\n";
  };
  CHECK(with_rule(run(form("100")), "R51").empty());
  auto d = run(form("90"));
  auto r = with_rule(d, "R51");
  REQUIRE(!r.empty());
  CHECK(span_text(d, r[0]->spans[0]) == "90");
}

TEST_CASE("R13 locates the 到位 cell when it also breaks the sources below it") {
  // 到位 60 ≠ 支出 55 + 结余 8 = 63, and the sources' 到位 add up to 63: 到位 is the wrong cell.
  std::string s = "一、项目资金情况\n\n";
  for (const std::string c : {"计划安排资金", "(万元)", "63", "实际到位资金", "(万元)", "60", "实际支出", "(万元)", "55", "结余(万元)", "8",
                              "其中:中央财政", "其中:中央财政", "其中:中央财政", "其中:中央财政", "省财政", "40", "省财政", "40", "省财政",
                              "36", "省财政", "4", "县财政", "23", "县财政", "23", "县财政", "19", "县财政", "4", "二、项目支出明细"})
    s += c + "\n\n";
  auto d = run(s);
  bool located = false;
  for (const auto* f : with_rule(d, "R13"))
    if (!f->fixes.empty()) located |= span_text(d, f->fixes[0].span) == "60" && f->fixes[0].replacement == "63";
  CHECK(located);
}

TEST_CASE("R50: short of the target, full marks kept where the proportional points round to them (C8)") {
  // 5 × 19/20 = 4.75 rounds to the stated 5, but an unmet indicator cannot keep full marks.
  auto d = run(indicators("19", "5", ">=20个", "部分站点选址调整", "5"));
  auto r = with_rule(d, "R50");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->message.zh.find("满分") != std::string::npos);
  CHECK(span_text(d, r[0]->spans[0]) == "5");
  CHECK(with_rule(run(indicators("20", "5", ">=20个", "", "5")), "R50").empty());
  CHECK(with_rule(run(indicators("19", "4.5", ">=20个", "部分站点选址调整", "5")), "R50").empty());
}

TEST_CASE("R13 on a 增减% column: recomputed from the two year columns before it (C7)") {
  auto table = [](const std::string& change) {
    return "单位：万元\n项目\t2023年决算\t2024年决算\t增减%\n办公费\t40.00\t30.00\t-25.00\n印刷费\t8.00\t10.00\t" + change + "\n";
  };
  CHECK(with_rule(run(table("25.00")), "R13").empty());
  auto d = run(table("20.00"));
  auto r = with_rule(d, "R13");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "20.00");
  CHECK(r[0]->expected == "25.00%");
}

TEST_CASE("R13 on a 增减% row of whole numbers: each figure's rounding counted once (later ÷ earlier − 1)") {
  auto table = [](const std::string& change) {
    return "项目\t车辆购置\t车辆运行\n2022年\t81\t1140\n2023年\t41\t860\n2023年比2022年增减%\t" + change + "\t-24.56\n";
  };
  CHECK(with_rule(run(table("-49.38")), "R13").empty());
  // (41 − 81) ÷ 81 lies in −50.31 … −48.45 % for figures rounded to units; −48.10 is outside.
  auto d = run(table("-48.10"));
  auto r = with_rule(d, "R13");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "-48.10");
}

// A 决算公开 收入支出决算总表 as pages flatten it: one cell a line with a blank line between, two
// empty lines for an empty cell, a side word over each side, a 栏次 row, and a 行次 column.
static std::string blank_line_cells(std::initializer_list<const char*> cells) {
  std::string s, sep;
  for (const char* c : cells) {
    if (*c == 0) { sep += "\n"; continue; }  // an empty cell: one more empty line
    s += sep + c;
    sep = "\n\n";
  }
  return s + "\n";
}

static std::string total_table(const char* income_total) {
  return "一、收入支出决算总表\n\n" +
         blank_line_cells({"收入支出决算总表", "公开01表", "部门:某县文化馆", "金额单位:万元", "收入", "支出", "项目", "行次", "金额",
                           "项目", "行次", "金额", "栏次", "", "1", "栏次", "", "2", "一、一般公共预算财政拨款收入", "1", "250.40",
                           "一、一般公共服务支出", "30", "12.00", "二、政府性基金预算财政拨款收入", "2", "", "二、文化旅游体育与传媒支出",
                           "31", "238.20", "三、事业收入", "3", "5.60", "三、社会保障和就业支出", "32", "6.80", "本年收入合计", "4",
                           income_total, "本年支出合计", "33", "257.00", "年初结转和结余", "5", "3.00", "年末结转和结余", "34", "2.00",
                           "总计", "6", "259.00", "总计", "35", "259.00"}) +
         "\n二、收入决算表说明\n";
}

TEST_CASE("R13 on a blank-lines 收入支出决算总表: each side's 合计 against its rows, 行次 never summed") {
  Document d;
  read_tables(Text::from_utf8(total_table("256.00")), d);
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.columns == 6);
  CHECK(t.rows.size() == 6);
  CHECK(t.header[1] == "收入行次");
  CHECK(t.rows[1].size() == 6);  // the empty 政府性基金 amount is a cell, the row keeps its width
  auto ok = run(total_table("256.00"));
  CHECK(with_rule(ok, "R13").empty());
  std::size_t sums = 0;
  for (const auto& c : ok.result.checked) sums += c.rule == "R13" && c.result == "consistent";
  CHECK(sums >= 2);  // both sides' 合计 verified
  auto bad = run(total_table("265.00"));
  auto r = with_rule(bad, "R13");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->message.zh.find("收入金额") != std::string::npos);
  CHECK(r[0]->message.zh.find("行次") == std::string::npos);
}

TEST_CASE("R13 on a fused 资金总额 row split by the form: the 其中 row against it; consistent twin silent") {
  auto line = [](const char* parts) {
    return std::string("附件：项目支出绩效自评表\n项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额80万元80万元76.4295.53% "
                       "其中:本年财政拨款 ") + parts + " 上年结转资金 其他资金 年度总体目标 完成全部维修任务\n";
  };
  CHECK(with_rule(run(line("80 80 76.42")), "R13").empty());
  auto d = run(line("80 80 70.42"));
  auto r = with_rule(d, "R13");
  REQUIRE(!r.empty());
  CHECK(r[0]->message.zh.find("76.42") != std::string::npos);
}

namespace {
// A 自评表 indicator part in pipe-cells whose rows scraping fused into one cell each.
std::string fused_indicator_rows(const std::string& row2) {
  std::string s;
  for (const char* c : {"三级指标", "计量单位", "年度指标值", "实际完成值", "完成率", "分值", "得分", "是否达标"}) s += std::string(c) + " |\n";
  s += "||\n档案数字化率%85%88.4%104%1515是 |\n||\n" + row2 + " |\n||\n";
  return s;
}
}  // namespace

TEST_CASE("R50 on fused indicator rows split by the form: an unmet indicator keeping full marks; consistent twin silent") {
  // 90.25% of a 95% target (完成率 95%) with 10 of 10 points: found only because the row is split.
  auto d = run(fused_indicator_rows("采购计划完成率%95%90.25%95%1010否"));
  auto r = with_rule(d, "R50");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "10");
  // Points taken off in proportion (10 × 95% = 9.5): nothing to say, and no other error.
  auto ok = run(fused_indicator_rows("采购计划完成率%95%90.25%95%109.5否"));
  CHECK(with_rule(ok, "R50").empty());
  CHECK(count_severity(ok, Severity::Error) == 0);
  // The one warning is true: short of its target with no 偏差原因 (R25), also read from the split row.
  CHECK(count_severity(ok, Severity::Warning) == with_rule(ok, "R25").size());
  CHECK(with_rule(ok, "R25").size() == 1);
}

namespace {

// A whole 自评表 scraped one cell a line, each cell closed by " |", a lone "|" an empty cell and
// "||…" a run of empty cells: the 资金情况 block (its 其中 row repeating the 分值) and then the
// indicator rows, each opened by the empty cell of the form's leading column.
std::string whole_form(const std::string& quality_weight, bool cut_at_last_row = false) {
  std::string s = "(道路养护)绩效目标自评表\n绩效目标自评表 (2021年度) |\n||||||||\n项目名称 |\n农村道路养护 |\n|\n|\n|||||\n";
  auto row = [&](const std::vector<std::string>& cells) {
    for (const auto& c : cells) s += (c.empty() ? "" : c + " ") + "|\n";
  };
  row({"资金情况(万元)", "", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"});
  s += "||\n";
  row({"", "年度资金总额:", "80", "76", "10", "95%", "9.5"});
  s += "||\n";
  row({"", "其中:本年财政拨款", "80", "76", "10", "95%", "9.5"});
  s += "||\n";
  row({"", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"});
  row({"", "产出指标(50分)", "数量指标", "养护里程(≥**公里)", "30", ">=120公里", "126公里", "30", ""});
  row({"", "", "质量指标", "路面完好率(≥**%)", quality_weight, ">=90%", "93%", quality_weight, ""});
  row({"", "效益指标(30分)", "社会效益指标", "群众出行时间缩短(≥**分钟)", "30", ">=10分钟", "12分钟", "30", ""});
  if (cut_at_last_row) return s + "|\n满意度指标(10分) |\n服务对象满意度指标 |\n沿线群众满意度(≥**%) |\n10 |\n>=9";
  row({"", "满意度指标(10分)", "服务对象满意度指标", "沿线群众满意度(≥**%)", "10", ">=90%", "95%", "10", ""});
  return s;
}

}  // namespace

TEST_CASE("R51 on a whole pipe-cells 自评表: the 其中 row's repeated 分值 is a part of 年度资金总额's, not added again") {
  auto ok = run(whole_form("20"));
  CHECK(with_rule(ok, "R51").empty());
  auto d = run(whole_form("25"));
  auto r = with_rule(d, "R51");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->actual == "105");
  CHECK(r[0]->expected == "100");
}

TEST_CASE("R51: a 自评表 the excerpt ends inside (the last row cut off) has no sum or split to judge") {
  Document doc;
  read_tables(Text::from_utf8(whole_form("20", true)), doc);
  std::size_t cut = 0;
  for (const auto& t : doc.tables) cut += t.cut;
  CHECK(cut == 1);
  CHECK(doc.tables.back().cut);  // the indicator part, not the 资金情况 block
  // Rows 10 + 30 + 20 + 30 are there, the 满意度 row's 10 is not: no R51, no 90 ≠ 100.
  CHECK(with_rule(run(whole_form("20", true)), "R51").empty());
  // The same table closed properly is not cut.
  Document whole;
  read_tables(Text::from_utf8(whole_form("20")), whole);
  for (const auto& t : whole.tables) CHECK(!t.cut);
  // A table closed by a row break, the excerpt ending in what follows it (the next form's title),
  // is whole.
  Document next;
  read_tables(Text::from_utf8(whole_form("20") + "||||||||\n附件2:项目资金分配表 |\n项目名称"), next);
  REQUIRE(!next.tables.empty());
  for (const auto& t : next.tables) CHECK(!t.cut);
}
