// The flattened tables of the real-report corpus (../shared/realworld, kept outside the project)
// read with the right column count, per layout. A floor that only moves up; skipped when the
// corpus is not there. Read on the text as published (the PDF joiner is not part of this test).
#include <doctest/doctest.h>

#include <fstream>
#include <map>

#include "structure/tables.h"
#include "test_support.h"

using namespace gouji;

namespace {

struct Expected {
  const char* file;
  const char* source;
  std::size_t columns;
};

// file, layout, the table's real column count (label column included).
const Expected kTables[] = {
    {"005.txt", "pipe-cells", 8},   {"005.txt", "pipe-cells", 10}, {"007.txt", "one-line", 7},
    {"021.txt", "pipe-cells", 4},   {"028.txt", "pipe-lines", 7},  {"038.txt", "pipe-cells", 7},
    {"038.txt", "pipe-cells", 8},   {"039.txt", "pipe-cells", 5},  {"039.txt", "pipe-cells", 4},
    {"040.txt", "blank-lines", 5},  {"040.txt", "blank-lines", 4}, {"033.txt", "blank-lines", 7},
    {"043.txt", "blank-lines", 6},  // 收入支出决算总表: two sides of 项目/行次/金额, "\n\n\n" an empty cell
    {"047.txt", "one-line", 3},     // its 支出 side on one line, rows found by 行次 (the 收入 side's figures
                                    // stand in a block after its rows: unplaceable, it stays text)
    {"029.txt", "pipe", 13},        // 三公 table, its header stacked over four padded rows
};

}  // namespace

TEST_CASE("real flattened tables are read with their column counts (floor)") {
  const std::string dir = std::string(GOUJI_CORPUS_DIR) + "/../realworld/corpus/";
  if (!std::ifstream(dir + "005.txt")) return;  // corpus not present
  std::map<std::string, std::size_t> found;     // per layout
  std::size_t total = 0;
  std::map<std::string, Document> docs;
  for (const auto& e : kTables) {
    if (!docs.count(e.file)) read_tables(Text::from_utf8(test::read_file(dir + e.file)), docs[e.file]);
    auto& d = docs[e.file];
    for (auto it = d.tables.begin(); it != d.tables.end(); ++it)
      if (it->source == e.source && it->columns == e.columns) {
        ++found[e.source];
        ++total;
        d.tables.erase(it);  // each real table counts once
        break;
      }
  }
  MESSAGE("pipe-cells " << found["pipe-cells"] << "/7, pipe-lines " << found["pipe-lines"] << "/1, blank-lines "
                        << found["blank-lines"] << "/4, one-line " << found["one-line"] << "/2, pipe " << found["pipe"] << "/1");
  CHECK(total >= 15);
  // Per layout, each a floor of its own: a gain in one layout cannot hide a loss in another.
  const std::map<std::string, std::size_t> floor = {{"pipe-cells", 7}, {"pipe-lines", 1}, {"blank-lines", 4}, {"one-line", 2}, {"pipe", 1}};
  for (const auto& [layout, n] : floor) {
    INFO(layout);
    CHECK(found[layout] >= n);
  }
  // 043's 金额单位 caption stands six lines above its header (blank, 收入/支出 lines between).
  Document units;
  read_tables(Text::from_utf8(test::read_file(dir + "043.txt")), units);
  std::size_t with_unit = 0;
  for (const auto& t : units.tables) with_unit += t.unit != nullptr;
  CHECK(with_unit >= 1);
  // Page-metadata boxes (索引号 / 发布机构 / 成文日期) are not tables.
  for (const char* f : {"017.txt", "036.txt", "042.txt"}) {
    Document d;
    read_tables(Text::from_utf8(test::read_file(dir + f)), d);
    CHECK(d.tables.empty());
  }
}
