// Pipe tables whose header a scraper flattened from row- and column-spans: each header row lists its
// own cells and pads the rest with empty cells, the unit row (预算数/决算数) repeats under every leaf.
// Rebuilt into one name per column, with the 合计/小计 columns' parts, and fed to R13. Texts written
// for the test (other department, other figures) in the shape real 三公 pages show.
#include <doctest/doctest.h>

#include "structure/tables.h"
#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

const char* kHead =
    "2022年度一般公共预算财政拨款“三公”经费支出决算表\n单位:万元\n"
    "一般公共预算财政拨款“三公”经费 | 机关运行 经费决算数 | |||||||||||\n"
    "合计 | 因公出国 (境)费 | 公务用车购置及运行费 | 公务接待费 | |||||||||\n"
    "小计 | 公务用车 购置费 | 公务用车 运行费 | ||||||||||\n";

// The unit row, then the figures: a full row (every cell written, 机关运行 at its end).
std::string full(const std::string& total_budget) {
  return std::string(kHead) +
         "预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | |\n" +
         total_budget + " | 15.60 | 6.00 | 3.10 | 20.00 | 9.10 | 0 | 0 | 20.00 | 9.10 | 10.00 | 3.40 | 210.40 |\n"
         "关于本部门2022年度“三公”经费支出决算情况的说明。\n";
}

// The page dropped the empty cells of the figure row; 机关运行's figure stands in the unit row.
std::string short_row(const std::string& figures) {
  return std::string(kHead) +
         "预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 210.40 |\n" +
         figures + "\n关于本部门2022年度“三公”经费支出决算情况的说明。\n";
}

const Table* the_table(const Document& d) {
  for (const auto& t : d.tables)
    if (t.columns == 13) return &t;
  return nullptr;
}

std::string at(const Table& t, std::size_t r, std::size_t col) {
  for (const auto& c : t.rows.at(r))
    if (c.column == col) return c.text;
  return "<none>";
}

}  // namespace

TEST_CASE("stacked pipe header: one name per column, the 合计/小计 columns' parts") {
  Document d;
  read_tables(Text::from_utf8(full("36.00")), d);
  const Table* t = the_table(d);
  REQUIRE(t);
  CHECK(t->header[0] == "合计预算数");
  CHECK(t->header[3] == "因公出国(境)费决算数");
  CHECK(t->header[4] == "公务用车购置及运行费小计预算数");
  CHECK(t->header[8] == "公务用车运行费预算数");
  CHECK(t->header[12] == "机关运行经费决算数");
  // 出国/小计/接待 add up to 合计, 购置/运行 to 小计, unit by unit.
  CHECK(t->column_parent[2] == 0);
  CHECK(t->column_parent[5] == 1);
  CHECK(t->column_parent[11] == 1);
  CHECK(t->column_parent[6] == 4);
  CHECK(t->column_parent[9] == 5);
  CHECK(t->column_parent[4] == 0);
  CHECK(t->column_parent[12] == kNone);
  REQUIRE(t->rows.size() == 1);
  CHECK(at(*t, 0, 12) == "210.40");
}

TEST_CASE("stacked pipe header: R13 checks 合计 against its parts; consistent twin silent") {
  CHECK(with_rule(run(full("36.00")), "R13").empty());
  auto d = run(full("38.00"));
  auto r = with_rule(d, "R13");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "38.00");
  CHECK(r[0]->expected == "36.00万元");
}

TEST_CASE("stacked pipe header: a row without its empty cells keeps what every fitting placement agrees on") {
  // 36.00/15.60 合计, 20.00/9.10 小计, 20.00/9.10 购置 or 运行 (both add up: left out), 16.00/6.50 接待.
  Document d;
  read_tables(Text::from_utf8(short_row("36.00 | 15.60 | 20.00 | 9.10 | 20.00 | 9.10 | 16.00 | 6.50 |")), d);
  const Table* t = the_table(d);
  REQUIRE(t);
  REQUIRE(t->rows.size() == 2);
  CHECK(at(*t, 0, 12) == "210.40");
  CHECK(at(*t, 1, 0) == "36.00");
  CHECK(at(*t, 1, 1) == "15.60");
  CHECK(at(*t, 1, 4) == "20.00");
  CHECK(at(*t, 1, 5) == "9.10");
  CHECK(at(*t, 1, 10) == "16.00");
  CHECK(at(*t, 1, 11) == "6.50");
  CHECK(t->rows[1].size() == 6);  // the 购置-or-运行 pair stays text
  // Figures no placement adds up (合计 37.00 is no sum of the others): the row stays text.
  Document bad;
  read_tables(Text::from_utf8(short_row("37.00 | 15.60 | 20.00 | 9.10 | 20.00 | 9.10 | 16.00 | 6.50 |")), bad);
  const Table* b = the_table(bad);
  REQUIRE(b);
  CHECK(b->rows.size() == 1);
}
