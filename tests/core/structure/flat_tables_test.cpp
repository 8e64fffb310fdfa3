// Tables flattened by scraping or PDF conversion, rebuilt into rows and columns. Every text here
// is written for the test (other departments, other figures) in the shapes real pages show.
#include <doctest/doctest.h>

#include "structure/tables.h"

using namespace gouji;

static Document tables_of(const std::string& s) {
  Document d;
  read_tables(Text::from_utf8(s), d);
  return d;
}

static std::string cell_at(const Table& t, std::size_t r, std::size_t col) {
  for (const auto& c : t.rows.at(r))
    if (c.column == col) return c.text;
  return "<none>";
}

// Lines joined with "\n" after each.
static std::string lines(std::initializer_list<const char*> ls) {
  std::string s;
  for (const char* l : ls) s += std::string(l) + "\n";
  return s;
}

TEST_CASE("pipe-cells: each cell ending in ' |', a lone '|' an empty cell, '||' a row break") {
  auto d = tables_of(lines({"资金情况(万元) |", "|", "全年预算数(A) |", "全年执行数(B) |", "分值 |", "执行率(B/A) |", "得分 |", "||",
                            "|", "年度资金总额: |", "48 |", "45 |", "10 |", "93.75% |", "9.4 |", "||", "|", "其中:本年财政拨款 |",
                            "40 |", "38 |", "|", "|", "|", "||", "|", "其他资金 |", "8 |", "7 |", "|", "|", "|", "||",
                            "年度总体目标 |", "说明 |"}));
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.source == "pipe-cells");
  CHECK(t.columns == 7);
  REQUIRE(t.rows.size() == 3);
  // The header's nameless 年初预算数 column stays empty: five figures fill the five named columns.
  CHECK(cell_at(t, 0, 2) == "48");
  CHECK(cell_at(t, 0, 6) == "9.4");
  // A row with trailing empty cells keeps its figures at the left of the named columns.
  CHECK(cell_at(t, 1, 2) == "40");
  CHECK(cell_at(t, 1, 3) == "38");
  CHECK(cell_at(t, 1, 6) == "");
  CHECK(cell_at(t, 2, 0) == "其他资金");
}

TEST_CASE("pipe-cells: a 自评表 indicator part whose rows close with an empty cell") {
  auto d = tables_of(lines({"一级指标 |", "二级指标 |", "三级指标 |", "分值 |", "年度指标值 |", "全年实际值 |", "得分 |", "偏差原因 |",
                            "|", "产出指标 |", "数量指标 |", "培训农户人数 |", "20 |", ">=300人 |", "320人 |", "20 |", "|", "|",
                            "|", "|", "培训合格率 |", "10 |", ">=95% |", "90% |", "10 |", "考试延期 |", "|", "合计 |", "30 |",
                            "30 |", "|"}));
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.columns == 8);
  REQUIRE(t.rows.size() == 3);
  CHECK(cell_at(t, 0, 2) == "培训农户人数");
  CHECK(cell_at(t, 1, 4) == ">=95%");
  CHECK(cell_at(t, 1, 7) == "考试延期");
  CHECK(t.total_row == 2);
  CHECK(cell_at(t, 2, 3) == "30");  // 合计's figures end under 分值 / 得分
  CHECK(cell_at(t, 2, 6) == "30");
}

TEST_CASE("pipe-lines: one cell a line with a lone '|' between, a two-row header, a change row") {
  auto d = tables_of(lines({"两年对比", "年度", "|", "合计", "|", "因公出国(境)经费", "|", "公务接待费", "|", "公务用车购置及运行维护费",
                            "|", "合计", "|", "车辆购置", "|", "车辆运行", "|", "2021年", "|", "500", "|", "20", "|", "180",
                            "|", "300", "|", "100", "|", "200", "|", "2022年", "|", "400", "|", "10", "|", "190", "|", "200",
                            "|", "50", "|", "150", "|", "2022年比2021年增减%", "|", "-20", "|", "-50", "|", "5.56", "|",
                            "-33.33", "|", "-50", "|", "-25", "|"}));
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.source == "pipe-lines");
  REQUIRE(t.columns == 7);
  CHECK(t.header[4] == "公务用车购置及运行维护费");
  CHECK(t.header[5] == "车辆购置");
  REQUIRE(t.column_parent.size() == 7);
  CHECK(t.column_parent[5] == 4);
  CHECK(t.column_parent[6] == 4);
  CHECK(t.column_parent[1] == kNone);
  REQUIRE(t.rows.size() == 3);
  CHECK(cell_at(t, 2, 6) == "-25");
}

TEST_CASE("blank-lines: a 资金到位 table of name/figure pairs, one short cell a line") {
  auto d = tables_of(lines({"计划安排资金", "", "(万元)", "", "60", "", "实际到位资金", "", "(万元)", "", "60", "", "实际支出", "",
                            "(万元)", "", "55", "", "结余(万元)", "", "5", "", "其中:中央财政", "", "其中:中央财政", "",
                            "其中:中央财政", "", "其中:中央财政", "", "省财政", "", "40", "", "省财政", "", "40", "", "省财政",
                            "", "36", "", "省财政", "", "4", "", "县财政", "", "20", "", "县财政", "", "20", "", "县财政", "",
                            "19", "", "县财政", "", "1", "", "二、支出明细"}));
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.source == "blank-lines");
  CHECK(t.columns == 5);
  CHECK(t.header[2] == "实际到位资金(万元)");
  REQUIRE(t.rows.size() == 4);
  CHECK(cell_at(t, 0, 4) == "5");
  CHECK(cell_at(t, 2, 0) == "省财政");
  CHECK(cell_at(t, 2, 3) == "36");
  CHECK(cell_at(t, 1, 1) == "<none>");  // 中央 is listed with no figures
}

TEST_CASE("one-line: a 自评表 budget part flattened onto one line of space-separated cells") {
  auto d = tables_of(
      "附件 项目支出绩效自评表 项目名称 道路养护 主管部门 某镇人民政府 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 "
      "得分 年度资金总额: 50 52 51 10 98.08% 9.8 其中:本年财政拨款 50 52 51 上年结转资金 其他资金 年度总体目标 预期目标\n");
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.source == "one-line");
  CHECK(t.columns == 7);
  CHECK(t.header[1] == "年初预算数");
  REQUIRE(t.rows.size() == 4);
  CHECK(cell_at(t, 1, 1) == "50");  // left-aligned: 年初 / 全年预算 / 执行
  CHECK(cell_at(t, 1, 3) == "51");
  CHECK(cell_at(t, 3, 0) == "其他资金");
  // The unit written "(万)" without 元 is the same unit cell, not a column of its own.
  auto wan = tables_of(
      "附件 项目支出绩效自评表 项目名称 道路养护 主管部门 某镇人民政府 项目资金 (万) 年初预算数 全年预算数 全年执行数 分值 执行率 "
      "得分 年度资金总额: 50 52 51 10 98.08% 9.8 其中:本年财政拨款 50 52 51 上年结转资金 其他资金 年度总体目标 预期目标\n");
  REQUIRE(wan.tables.size() == 1);
  CHECK(wan.tables[0].columns == 7);
  CHECK(wan.tables[0].header[1] == "年初预算数");
}

TEST_CASE("one-line: a 决算总表 with 行次 is rebuilt by its row numbers, empty amounts left empty") {
  auto line = [](const char* row2) {
    return std::string("某某局2025年度财政拨款收入支出决算总表 公开01表 项目 行次 金额 项目 行次 金额 一、一般公共预算财政拨款 1 "
                       "412.60 一、农林水支出 31 280.10 ") +
           row2 + " 三、其他收入 3 三、文化旅游体育与传媒支出 33 132.50 本年收入合计 4 412.60 本年支出合计 34 412.60 注:本表反映收支总体情况。\n";
  };
  auto d = tables_of(line("二、政府性基金预算财政拨款 2 二、教育支出 32"));
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.source == "one-line");
  CHECK(t.columns == 6);  // two sides of 项目 / 行次 / 金额, not one side with the rows interleaved
  REQUIRE(t.rows.size() == 4);
  CHECK(cell_at(t, 0, 3) == "一、农林水支出");
  CHECK(cell_at(t, 1, 2) == "<none>");  // 政府性基金 with no amount: its cell stays empty
  CHECK(cell_at(t, 1, 4) == "32");
  CHECK(cell_at(t, 2, 5) == "132.50");
  CHECK(t.total_row == 3);
  // A side with two figures under one 金额 column (which row they belong to is unknown), or a row
  // number out of sequence: the rows cannot be placed, and no 6-column table is invented.
  for (const char* bad : {"二、政府性基金预算财政拨款 2 7.50 3.20 二、教育支出 32", "二、政府性基金预算财政拨款 5 二、教育支出 32"})
    for (const auto& x : tables_of(line(bad)).tables) CHECK(x.rows.size() < 4);
}

TEST_CASE("one-line: 行次 sides of different widths under 收入/支出, a 栏次 row under the header") {
  auto line = [](const char* row2) {
    return std::string("财政拨款收入支出决算总表 公开05表 金额单位:万元 收入 项目 行次 金额 支出 项目 行次 年初预算数 决算数 栏次 1 2 3 "
                       "一、一般公共预算财政拨款 1 518.30 一、社会保障和就业支出 31 360.00 371.90 ") +
           row2 + " 三、其他收入 3 三、住房保障支出 33 150.00 146.40 本年收入合计 4 518.30 本年支出合计 34 510.00 518.30\n";
  };
  auto d = tables_of(line("二、政府性基金预算财政拨款 2 二、节能环保支出 32"));
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.columns == 7);
  CHECK(t.header[0] == "收入项目");
  CHECK(t.header[5] == "支出年初预算数");
  REQUIRE(t.rows.size() == 4);
  CHECK(cell_at(t, 0, 5) == "360.00");
  CHECK(cell_at(t, 2, 6) == "146.40");
  CHECK(cell_at(t, 3, 6) == "518.30");
  // One of the 支出 side's two figures: which column it is under is unknown, the rows stop there.
  for (const auto& x : tables_of(line("二、政府性基金预算财政拨款 2 二、节能环保支出 32 12.00")).tables) CHECK(x.rows.size() < 4);
}

TEST_CASE("one-line: a spreadsheet's 栏次 cell among the header words, its column number after them") {
  auto d = tables_of("支出决算表 公开03表 金额单位:元 支出 项目(按功能分类) 行次 栏次 金额 1 一、农林水支出 21 84,500.00 "
                     "二、住房保障支出 22 三、城乡社区支出 23 12,300.00 本年支出合计 24 96,800.00\n");
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.columns == 3);
  CHECK(t.header[2] == "金额");
  REQUIRE(t.rows.size() == 4);
  CHECK(cell_at(t, 0, 2) == "84,500.00");
  CHECK(cell_at(t, 1, 2) == "<none>");
  CHECK(t.total_row == 3);
  // The figures of several rows written together after them (which row each is, is unknown):
  // not a table.
  auto block = tables_of("支出决算表 公开03表 金额单位:元 支出 项目(按功能分类) 行次 栏次 金额 1 一、农林水支出 21 "
                         "二、住房保障支出 22 三、城乡社区支出 23 84,500.00 12,300.00 本年支出合计 24 96,800.00\n");
  CHECK(block.tables.empty());
}

TEST_CASE("one-line: an empty cell written as nothing between two spaces keeps the columns in place") {
  auto line = [](const char* gap) {
    return std::string("2025年度“三公”经费支出决算表 项目 年初预算数 决算数 备注 因公出国(境)费") + gap +
           "0.50 年度内临时安排 公务用车运行费 3.20 2.95  公务接待费 1.60 1.42  合计 4.80 4.87\n";
  };
  auto d = tables_of(line("  "));
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.columns == 4);
  CHECK(cell_at(t, 0, 1) == "");  // the empty 年初预算数
  CHECK(cell_at(t, 0, 2) == "0.50");
  CHECK(cell_at(t, 0, 3) == "年度内临时安排");
  CHECK(cell_at(t, 1, 2) == "2.95");
  CHECK(cell_at(t, 3, 1) == "4.80");
  // Written with one space, the empty cell left no trace: 0.50 fills the first figure column.
  auto one = tables_of(line(" "));
  REQUIRE(one.tables.size() == 1);
  CHECK(cell_at(one.tables[0], 0, 1) == "0.50");
}

TEST_CASE("money units written in the cells: '48.5万元' is a figure, the table takes the unit its cells agree on") {
  auto line = [](const char* total, const char* part) {
    return std::string("附件 项目支出绩效自评表 项目名称 乡村道路养护 主管部门 某镇人民政府 项目资金 年初预算数 全年预算数 全年执行数 分值 "
                       "执行率 得分 年度资金总额: ") +
           total + " 其中:本年财政拨款 " + part + " 上年结转资金 其他资金 年度总体目标 完成养护\n";
  };
  auto d = tables_of(line("48.5万元 52万元 49.4万元 10 95% 9.5", "48.5万元 52万元 49.4万元"));
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.columns == 7);
  REQUIRE(t.unit != nullptr);
  CHECK(t.unit->pow10 == 4);
  CHECK(cell_at(t, 0, 3) == "49.4");
  CHECK(cell_at(t, 0, 5) == "95%");
  // Fused figures in a cell of their own, the label one cell before: split by the form's columns,
  // their 万元 the table's unit.
  auto fused = tables_of(line("48.5万元52万元49.4万元1095%9.5", "48.5 52 49.4"));
  REQUIRE(fused.tables.size() == 1);
  CHECK(cell_at(fused.tables[0], 0, 4) == "10");
  CHECK(cell_at(fused.tables[0], 0, 5) == "95%");
  REQUIRE(fused.tables[0].unit != nullptr);
  CHECK(fused.tables[0].unit->pow10 == 4);
  // Cells in 元 beside cells in 万元: no unit for the table, and those cells keep their unit in
  // their text (no sum adds 元 to 万元).
  auto mixed = tables_of(line("48.5万元 520000元 49.4万元 10 95% 9.5", "48.5万元 520000元 49.4万元"));
  REQUIRE(mixed.tables.size() == 1);
  CHECK(mixed.tables[0].unit == nullptr);
  CHECK(cell_at(mixed.tables[0], 0, 2) == "520000元");
}

TEST_CASE("a page's metadata box is not a table; a half-flattened run stays text") {
  auto meta = tables_of(lines({"索引号 |", "11330800/2024-0012 |", "发布机构 |", "某县财政局 |", "成文日期 |", "2024-05-01 |",
                               "主题分类 |", "财政 |"}));
  CHECK(meta.tables.empty());
  auto pipe_meta = tables_of("| 索引号 | 001 | 发布机构 | 某局 |\n| 成文日期 | 2024 | 主题分类 | 财政 |\n");
  CHECK(pipe_meta.tables.empty());
  // Cells with no header a form would have: nothing is rebuilt.
  auto loose = tables_of(lines({"通知如下 |", "|", "各乡镇 |", "请按时报送 |", "|", "特此通知 |", "|"}));
  CHECK(loose.tables.empty());
}

TEST_CASE("a short row is placed by content: trailing cells empty, a 合计 row spanning the label columns") {
  auto d = tables_of("项目\t年初预算\t全年预算\t执行数\n甲\t10\t12\t11\n其中:财政拨款\t8\t9\n合计\t10\t12\t11\n");
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(cell_at(t, 1, 1) == "8");
  CHECK(cell_at(t, 1, 2) == "9");
  auto w = tables_of("序号\t项目\t年初\t决算\n1\t甲\t5.00\t4.00\n合计\t5.00\t4.00\n");
  REQUIRE(w.tables.size() == 1);
  CHECK(cell_at(w.tables[0], 1, 2) == "5.00");
}

TEST_CASE("blank-lines: a row's text cell after its figure, the header starting at the label column's name") {
  auto d = tables_of(lines({"二、资金支出明细", "", "支出内容", "", "支出金额", "", "凭证号", "", "备注", "", "春耕物资采购", "", "12.5", "",
                            "3月8日12号凭证", "", "农机维修", "", "4.5", "", "5月2日7号凭证", "", "6月9日3号凭证", "", "技术培训", "",
                            "3", "", "7月1日21号凭证", "", "支出合计", "", "20", "", "三、绩效情况"}));
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.header == std::vector<std::string>{"支出内容", "支出金额", "凭证号", "备注"});
  REQUIRE(t.rows.size() == 4);
  CHECK(cell_at(t, 1, 2) == "5月2日7号凭证");  // its continuation line is not a row
  CHECK(cell_at(t, 2, 0) == "技术培训");
  CHECK(t.total_row == 3);
}

TEST_CASE("pipe rows: a leading empty cell ('||…') is a cell, trailing empty cells keep the row in its table") {
  auto d = tables_of("| 一级指标 | 三级指标 | 分值 | 得分 |\n| 产出指标 | 验收合格率 | 20 | 20 |\n|| 完工及时率 | 10 | |\n| 合计 | | 30 | 20 |\n");
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  REQUIRE(t.rows.size() == 3);
  CHECK(cell_at(t, 1, 0) == "");
  CHECK(cell_at(t, 1, 1) == "完工及时率");
  CHECK(cell_at(t, 1, 2) == "10");
  CHECK(cell_at(t, 1, 3) == "");
}

TEST_CASE("a two-row header whose group total is 小计: one name per column, the parts under the group") {
  auto d = tables_of(lines({"年度", "|", "因公出国(境)费", "|", "公务接待费", "|", "公务用车购置及运行费", "|", "小计", "|", "购置费", "|",
                            "运行费", "|", "2023年", "|", "3", "|", "7", "|", "15", "|", "5", "|", "10", "|", "2024年", "|", "2", "|",
                            "6", "|", "12", "|", "0", "|", "12", "|"}));
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  REQUIRE(t.columns == 6);
  CHECK(t.header[3] == "公务用车购置及运行费");
  CHECK(t.header[4] == "购置费");
  CHECK(t.column_parent[4] == 3);
  CHECK(t.column_parent[2] == kNone);
  // A 合计 as the last column is a plain column, not a second header row.
  auto plain = tables_of(lines({"收入支出情况", "|", "项目", "|", "基本支出", "|", "项目支出", "|", "合计", "|", "办公经费", "|", "3", "|",
                                "4", "|", "7", "|", "差旅费", "|", "1", "|", "2", "|", "3", "|"}));
  REQUIRE(plain.tables.size() == 1);
  CHECK(plain.tables[0].columns == 4);
  CHECK(plain.tables[0].header[3] == "合计");
}

TEST_CASE("blank-lines: header names broken over two lines are joined; a header missing its leading cell") {
  auto d = tables_of(lines({"年初", "", "预算数", "", "全年", "", "预算数", "", "全年", "", "执行数", "", "分值", "", "执行率", "", "得分", "",
                            "年度资金总额", "", "25", "", "28", "", "21", "", "10", "", "75%", "", "7.5", "", "其中:当年财政拨款", "",
                            "25", "", "28", "", "21", "", "年度总体目标"}));
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.header == std::vector<std::string>{"", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"});
  CHECK(cell_at(t, 0, 5) == "75%");
  CHECK(cell_at(t, 1, 3) == "21");
}

TEST_CASE("blank-lines: a 决算总表 with a 行次 column, two empty lines an empty cell; without them it stays text") {
  // Cells one a line, a blank line between; "\n\n\n" (two empty lines) is an empty cell.
  auto cells = [](std::initializer_list<const char*> cs) {
    std::string s, sep;
    for (const char* c : cs) {
      if (*c == 0) { sep += "\n"; continue; }
      s += sep + c;
      sep = "\n\n";
    }
    return s + "\n";
  };
  auto d = tables_of(cells({"财政拨款收入支出决算总表", "收入", "支出", "项目", "行次", "金额", "项目", "行次", "金额", "栏次", "", "1",
                            "栏次", "", "2", "一、一般公共预算财政拨款", "1", "88.10", "一、教育支出", "20", "80.50",
                            "二、政府性基金预算财政拨款", "2", "", "二、卫生健康支出", "21", "7.60", "本年收入合计", "3", "88.10",
                            "本年支出合计", "22", "88.10"}));
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.columns == 6);
  CHECK(t.header[0] == "收入项目");
  CHECK(t.header[4] == "支出行次");
  REQUIRE(t.rows.size() == 3);
  CHECK(cell_at(t, 1, 2) == "");  // the empty amount keeps its place
  CHECK(cell_at(t, 1, 3) == "二、卫生健康支出");
  CHECK(cell_at(t, 1, 5) == "7.60");
  CHECK(t.total_row == 2);
  // The same cells with the empty amount dropped (no trace of it): the rows cannot be placed, so no
  // table is invented from them.
  auto none = tables_of(cells({"财政拨款收入支出决算总表", "收入", "支出", "项目", "行次", "金额", "项目", "行次", "金额", "栏次", "1",
                               "栏次", "2", "一、一般公共预算财政拨款", "1", "88.10", "一、教育支出", "20", "80.50",
                               "二、政府性基金预算财政拨款", "2", "二、卫生健康支出", "21", "7.60", "本年收入合计", "3", "88.10",
                               "本年支出合计", "22", "88.10"}));
  for (const auto& x : none.tables) CHECK(x.columns != 6);
}

TEST_CASE("blank-lines: a 行次 table whose header lacks its leading cell keeps the label column") {
  auto cells = [](std::initializer_list<const char*> cs) {
    std::string s, sep;
    for (const char* c : cs) {
      if (*c == 0) { sep += "\n"; continue; }
      s += sep + c;
      sep = "\n\n";
    }
    return s + "\n";
  };
  // The first side's 项目 was left out of the header: 5 header words over rows of 6 cells.
  auto d = tables_of(cells({"收入支出决算总表", "收入", "支出", "行次", "金额", "项目", "行次", "金额", "栏次", "", "1", "栏次", "",
                            "2", "一、财政拨款收入", "1", "64.30", "一、农林水支出", "31", "50.20", "二、事业收入", "2", "",
                            "二、住房保障支出", "32", "14.10", "本年收入合计", "3", "64.30", "本年支出合计", "33", "64.30"}));
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.columns == 6);
  CHECK(t.header[0] == "收入");      // the nameless label column, under its side word
  CHECK(t.header[1] == "收入行次");
  CHECK(t.header[3] == "支出项目");
  REQUIRE(t.rows.size() == 3);
  CHECK(cell_at(t, 0, 0) == "一、财政拨款收入");
  CHECK(cell_at(t, 0, 2) == "64.30");
  CHECK(cell_at(t, 1, 2) == "");
  CHECK(cell_at(t, 1, 5) == "14.10");
  CHECK(t.total_row == 2);
  // No side words and no 栏次 row: the header starts at 行次 itself.
  auto bare = tables_of(cells({"行次", "金额", "项目", "行次", "金额", "一、财政拨款收入", "1", "64.30", "一、农林水支出", "31",
                               "50.20", "二、其他收入", "2", "", "二、节能环保支出", "32", "", "本年收入合计", "3", "64.30",
                               "本年支出合计", "33", "50.20"}));
  REQUIRE(bare.tables.size() == 1);
  CHECK(bare.tables[0].columns == 6);
  CHECK(cell_at(bare.tables[0], 2, 3) == "本年支出合计");
  CHECK(cell_at(bare.tables[0], 2, 5) == "50.20");
}

TEST_CASE("fused cells: a 资金总额 row whose figures lost their delimiters is split by the form's columns") {
  auto line = [](const char* fused, const char* parts) {
    return std::string("附件 项目支出绩效自评表 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额") + fused +
           " 其中:本年财政拨款 " + parts + " 上年结转资金 其他资金 年度总体目标 完成培训任务\n";
  };
  auto d = tables_of(line("60万元52.3787.28%", "60 60 52.37"));
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.columns == 7);
  CHECK(cell_at(t, 0, 0) == "年度资金总额");
  CHECK(cell_at(t, 0, 1) == "<none>");  // 年初预算数 left empty
  CHECK(cell_at(t, 0, 2) == "60");  // the cell's figure; its span keeps the unit
  CHECK(cell_at(t, 0, 3) == "52.37");  // 52.37 ÷ 60 = 87.28%: where 52.37 ends
  CHECK(cell_at(t, 0, 5) == "87.28%");
  CHECK(cell_at(t, 1, 3) == "52.37");
  // A rate that no split gives: the row is not rebuilt, no cell is invented.
  for (const auto& x : tables_of(line("60万元52.3777.28%", "60 60 52.37")).tables) CHECK(x.columns != 7);
}

TEST_CASE("fused cells: '总分10095' closing a 自评表 indicator part is 100 under 分值 and 95 under 得分") {
  auto part = [](const char* grand) {
    return lines({"一级指标 |", "二级指标 |", "三级指标 |", "分值 |", "年度指标值 |", "全年实际值 |", "得分 |", "偏差原因 |", "|",
                  "产出指标 |", "数量指标 |", "维修道路里程 |", "60 |", ">=12公里 |", "12公里 |", "60 |", "|", "|", "|", "|",
                  "群众满意度 |", "40 |", ">=90% |", "80% |", "35 |", "部分路段未完工 |", "|", grand, "|"});
  };
  auto d = tables_of(part("总分10095 |"));
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  REQUIRE(t.rows.size() == 3);
  CHECK(t.total_row == 2);
  CHECK(cell_at(t, 2, 0) == "总分");
  CHECK(cell_at(t, 2, 3) == "100");
  CHECK(cell_at(t, 2, 6) == "95");
  // A score above the total fits no split: the 总分 run is not made a row.
  auto bad = tables_of(part("总分100105 |"));
  REQUIRE(bad.tables.size() == 1);
  CHECK(bad.tables[0].rows.size() == 2);
}

TEST_CASE("blank-lines: figures grouped by a full-width comma (\"1，260\") are figure cells") {
  auto d = tables_of(lines({"计划安排资金", "", "(万元)", "", "1，260", "", "实际到位资金", "", "(万元)", "", "1，260", "", "实际支出",
                            "", "(万元)", "", "1，155", "", "结余(万元)", "", "105", "", "省财政", "", "840", "", "省财政", "", "840",
                            "", "省财政", "", "756", "", "省财政", "", "84", "", "县财政", "", "420", "", "县财政", "", "420", "",
                            "县财政", "", "399", "", "县财政", "", "21", "", "二、支出明细"}));
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.columns == 5);
  REQUIRE(t.rows.size() == 3);
  CHECK(cell_at(t, 0, 3) == "1，155");
  std::string n;
  CHECK(cell_number(cell_at(t, 0, 3), n));
  CHECK(n == "1155");
}
