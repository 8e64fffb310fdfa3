#include <doctest/doctest.h>

#include "structure/table_build.h"
#include "structure/tables.h"

using namespace gouji;

static Document tables_of(const char* s) {
  Document d;
  read_tables(Text::from_utf8(s), d);
  return d;
}

TEST_CASE("a Word table pasted as one tab-prefixed cell per line is rebuilt with its header") {
  auto d = tables_of(
      "单位：万元\n\n\t序号\n\t项目\n\t年初\n\n预算 \n\t决算\n\n金额 \n\n\t1\n\t养老服务\n\t600.69 \n\t407.74\n\n"
      "\t合  计\n\t600.69\n\t407.74\n\n\n三、 下一节\n");
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  CHECK(t.header == std::vector<std::string>{"序号", "项目", "年初预算", "决算金额"});
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0][2].text == "600.69");
  CHECK(t.total_row == 1);
  // 合计 spans 序号 + 项目, so its numbers land in the right columns.
  CHECK(t.rows[1][0].span == 2);
  CHECK(t.rows[1][1].column == 2);
  REQUIRE(t.unit != nullptr);
  CHECK(t.unit->pow10 == 4);
}

TEST_CASE("a two-row header is merged per column and empty cells stay empty") {
  auto d = tables_of("\t序号\n\t项目\n\t年初\n\t决算\n\n\t\n\t\n\t预算\n\t金额\n\n\t1\n\t彩票公益金\n\t\n\t4.00\n\n\t合计\n\t\n\t4.00\n");
  REQUIRE(d.tables.size() == 1);
  CHECK(d.tables[0].header[2] == "年初预算");
  CHECK(d.tables[0].header[3] == "决算金额");
  CHECK(d.tables[0].rows[0][2].text.empty());
}

TEST_CASE("tab-separated and pipe rows become tables; prose with one tab does not") {
  auto tsv = tables_of("项目\t年初预算\t决算\nA\t10.00\t9.00\nB\t5.00\t5.00\n合计\t15.00\t14.00\n");
  REQUIRE(tsv.tables.size() == 1);
  CHECK(tsv.tables[0].source == "tsv");
  CHECK(tsv.tables[0].total_row == 2);
  auto pipe = tables_of("| 项目 | 年初预算 | 决算 |\n|---|---|---|\n| A | 10 | 9 |\n| 合计 | 10 | 9 |\n");
  REQUIRE(pipe.tables.size() == 1);
  CHECK(pipe.tables[0].header[1] == "年初预算");
  CHECK(tables_of("收入\t100万元。\n支出 90万元。\n").tables.empty());
}

TEST_CASE("a 金额单位 caption a few lines above a table (title and 部门 lines between) gives the table its unit") {
  const std::string body = "项目 |\n行次 |\n金额 |\n一、财政拨款收入 |\n1 |\n80.5 |\n二、事业收入 |\n2 |\n|\n本年收入合计 |\n3 |\n80.5 |\n";
  auto d = tables_of(("金额单位：万元\n\n某某县林业局2025年度收入决算表\n\n部门：某某县林业局\n\n" + body).c_str());
  REQUIRE(d.tables.size() == 1);
  REQUIRE(d.tables[0].unit != nullptr);
  CHECK(d.tables[0].unit->pow10 == 4);
  // On the table's own line, before it starts (a one-line table after its title).
  auto own = tables_of("收入决算表 公开02表 金额单位:元 项目 行次 金额 一、财政拨款收入 1 805000.00 二、事业收入 2 "
                       "三、其他收入 3 12000.00 本年收入合计 4 817000.00\n");
  REQUIRE(own.tables.size() == 1);
  REQUIRE(own.tables[0].unit != nullptr);
  CHECK(own.tables[0].unit->pow10 == 0);
  // A caption above a paragraph of prose belongs to something else: the table has no unit.
  auto prose = tables_of(("单位：万元\n\n本年度收入较上年有所增加，主要是财政拨款增加。\n\n" + body).c_str());
  REQUIRE(prose.tables.size() == 1);
  CHECK(prose.tables[0].unit == nullptr);
}

TEST_CASE("pipe rows whose figures carry their money unit ('12.5万元') are read as figures in that unit") {
  auto d = tables_of("| 项目 | 年初预算 | 决算 |\n| 印刷费 | 8.5万元 | 7.9万元 |\n| 邮电费 | 3万元 | 2.6万元 |\n| 合计 | 11.5万元 | 10.5万元 |\n");
  REQUIRE(d.tables.size() == 1);
  const Table& t = d.tables[0];
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[0][1].text == "8.5");
  CHECK(t.rows[2][2].text == "10.5");
  CHECK(t.total_row == 2);
  REQUIRE(t.unit != nullptr);
  CHECK(t.unit->pow10 == 4);
  // 元 beside 万元: no unit for the table, no figure read out of a cell in another unit.
  auto mixed = tables_of("| 项目 | 年初预算 | 决算 |\n| 印刷费 | 8.5万元 | 79000元 |\n| 邮电费 | 3万元 | 2.6万元 |\n| 合计 | 11.5万元 | 10.5万元 |\n");
  for (const auto& x : mixed.tables) {
    CHECK(x.unit == nullptr);
    for (const auto& r : x.rows)
      for (const auto& c : r) CHECK(c.text != "79000");
  }
}

TEST_CASE("a full-width comma is a thousands separator only between a digit and exactly three digits") {
  CHECK(looks_numeric(U"2，840"));
  CHECK(looks_numeric(U"1，085，203.63"));
  CHECK_FALSE(looks_numeric(U"12，34"));     // a clause comma between two figures
  CHECK_FALSE(looks_numeric(U"40，5000"));
  CHECK_FALSE(looks_numeric(U"，840"));
}
