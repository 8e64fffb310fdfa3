// The hand-checked structure of the two real reports: every heading (line, level, marker, title)
// and both tables of report 002 cell by cell (tests/data/gold/*_structure.json).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

void check_report(const std::string& gold_name, const std::string& report) {
  auto gold = nlohmann::json::parse(read_file(std::string(GOUJI_SOURCE_DIR) + "/tests/data/gold/" + gold_name));
  auto doc = extract_bytes(corpus(report), {})["documents"][0];
  const auto& hs = doc["headings"];
  REQUIRE(hs.size() == gold["headings"].size());
  for (std::size_t i = 0; i < hs.size(); ++i) {
    const auto& g = gold["headings"][i];
    INFO("heading at line " << g["line"]);
    CHECK(hs[i]["line"] == g["line"]);
    CHECK(hs[i]["level"] == g["level"]);
    CHECK(hs[i]["marker"] == g["marker"]);
    CHECK(hs[i]["title"].get<std::string>().rfind(g["title"].get<std::string>(), 0) == 0);
  }
  const auto& ts = doc["tables"];
  REQUIRE(ts.size() == gold["tables"].size());
  for (std::size_t t = 0; t < ts.size(); ++t) {
    const auto& g = gold["tables"][t];
    CHECK(ts[t]["header"] == g["header"]);
    CHECK(ts[t]["unit"] == g["unit"]);
    CHECK(ts[t]["total_row"] == g["total_row"]);
    REQUIRE(ts[t]["rows"].size() == g["rows"].size());
    for (std::size_t r = 0; r < g["rows"].size(); ++r) {
      std::vector<std::string> cells;
      for (const auto& c : ts[t]["rows"][r]) cells.push_back(c["text"]);
      INFO("table " << t << " row " << r);
      CHECK(cells == g["rows"][r].get<std::vector<std::string>>());
    }
  }
}

}  // namespace

TEST_CASE("gold structure of report 000: 48 headings, no table") { check_report("000_structure.json", "000_f7b65649e50663dd.txt"); }
TEST_CASE("gold structure of report 002: headings and both tables cell by cell") {
  check_report("002_structure.json", "002_338b5f6c825fc8b7.txt");
}
