// 文号: read with their issuer's last characters, any year bracket, never a bare "(2024)12号".
#include <doctest/doctest.h>

#include "facts/doc_numbers.h"
#include "text/chars.h"

using namespace gouji;

namespace {
std::vector<std::u32string> keys(const std::string& utf8) {
  std::vector<std::u32string> out;
  for (const DocNumber& d : read_doc_numbers(Text::from_utf8(utf8))) out.push_back(d.key);
  return out;
}
}  // namespace

TEST_CASE("文号 are read in every bracket style, one key per document") {
  auto k = keys("依据《通知》（某财农〔2024〕37号）和某政办[2023]5号、某财预【2022】118号文件。");
  REQUIRE(k.size() == 3);
  CHECK(k[0] == U"财农-2024-37");
  CHECK(k[1] == U"政办-2023-5");
  CHECK(k[2] == U"财预-2022-118");
  // The verb before the issuer is not part of it: one document, cited twice.
  CHECK(keys("依据某财农〔2024〕37号")[0] == keys("按照某财农〔2024〕37号")[0]);
  // A year in brackets without an issuer, or without 号, names no document.
  CHECK(keys("（2024）12号").empty());
  CHECK(keys("某财农〔2024〕37").empty());
  CHECK(keys("某财农〔24〕37号").empty());
}
