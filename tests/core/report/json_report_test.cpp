#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

TEST_CASE("JSON report follows the contract and counts offsets in UTF-16 units") {
  // "𠀀" is outside the BMP: 1 code point, 2 UTF-16 units, so later offsets shift by one.
  auto d = run("𠀀\n三公经费总计0万元，其中公务接待费5.92万元，公务用车运行维护费6.1万元。");
  auto j = report_json({d}, Lang::Zh);
  CHECK(j["tool"]["name"] == "gouji");
  CHECK(j["tool"]["version"].is_string());
  auto doc = j["documents"][0];
  CHECK(doc["encoding"] == "utf-8");
  REQUIRE(doc["findings"].size() == 1);
  auto f = doc["findings"][0];
  CHECK(f["rule"] == "R01");
  CHECK(f["severity"] == "error");
  CHECK(f["line"] == 2);
  CHECK(f["column"] == 7);  // 三公经费总计 = 6 characters before "0万元"
  // "𠀀\n三公经费总计" = 2 + 1 + 6 UTF-16 units before "0万元".
  CHECK(f["spans"][0]["start"] == 9);
  CHECK(f["spans"][0]["end"] == 12);
  CHECK(f["spans"][0]["role"] == "primary");
  CHECK(f["spans"][1]["role"] == "related");
  CHECK(f["expected"] == "12.02万元");
  CHECK(doc["metrics"].is_array());
  auto en = report_json({d}, Lang::En)["documents"][0]["findings"][0]["message"].get<std::string>();
  CHECK(en.find("The parts add up to 12.02") == 0);
}

TEST_CASE("input problems become findings: empty, binary, invalid bytes") {
  auto empty = analyze_bytes("", {});
  REQUIRE(empty.result.findings.size() == 1);
  CHECK(empty.result.findings[0].rule == "E03");
  auto blank = analyze_bytes(" \n\t\n", {});
  CHECK(blank.result.findings[0].rule == "E03");
  auto bad = analyze_bytes("收入10万元\xff\xfe，其中A 4万元、B 6万元。", {});
  bool e01 = false;
  for (auto& f : bad.result.findings) e01 |= f.rule == "E01";
  CHECK(e01);
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  auto bin = analyze_bytes(png, {});
  REQUIRE(!bin.result.findings.empty());
  CHECK(bin.result.findings[0].rule == "E02");
}
