// A budget figure right after a list's opening word keeps its role however the list is opened:
// "包括一般公共预算财政拨款收入…" / "具体为…" read as "其中…" (the opening word is no part of the
// figure's name, so the fund's 本年收入 stays a fact the R03/R09 checks can use). Texts written
// for the test.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

using namespace gouji;

namespace {

bool fiscal_income_read(const std::string& intro) {
  std::string text = "2024年本年收入合计560.00万元," + intro +
                     "一般公共预算财政拨款收入420.00万元,占75.00%;事业收入140.00万元,占25.00%。\n";
  auto j = extract_bytes(text, {});
  const auto& docs = j.contains("documents") ? j["documents"][0] : j;
  for (const auto& f : docs["budget_facts"])
    if (f["role"] == "本年收入" && f["label"].get<std::string>().find("一般公共预算财政拨款收入") != std::string::npos)
      return true;
  return false;
}

}  // namespace

TEST_CASE("budget facts: a figure after 其中/包括/具体为 keeps its role") {
  CHECK(fiscal_income_read("其中"));
  CHECK(fiscal_income_read("包括"));
  CHECK(fiscal_income_read("具体为"));
  CHECK(fiscal_income_read("主要包括"));
}
