// R15 on allocations: the amount a document (文号) allocates, cited again with its amount, must be
// the same; one document's allocations to different recipients, and a document cited without an
// allocation word, are not restatements. Texts written for the tests.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {
const std::string kText =
    "一、项目概况\n"
    "根据《某市财政局关于下达2024年城乡供水保障资金的通知》（某财建〔2024〕58号），下达我区供水保障资金"
    "426.80万元，用于管网改造。\n"
    "二、资金使用情况\n"
    "某财建〔2024〕58号文件安排的供水保障资金426.80万元已全部拨付到位。\n";

std::vector<std::string> allocation_results(const AnalyzedDocument& d) {
  std::vector<std::string> out;
  for (const auto& c : d.result.checked)
    if (c.rule == "R15" && c.formula.find("号”下达") != std::string::npos) out.push_back(c.result);
  return out;
}
}  // namespace

TEST_CASE("R15 flags one document's allocation restated with another amount") {
  auto ok = run(kText);
  CHECK(with_rule(ok, "R15").empty());
  CHECK(allocation_results(ok) == std::vector<std::string>{"consistent"});
  auto d = run(replaced(kText, "安排的供水保障资金426.80万元", "安排的供水保障资金462.80万元"));
  auto r = with_rule(d, "R15");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "462.80万元");
  CHECK(span_text(d, r[0]->spans[1]) == "426.80万元");
}

TEST_CASE("R15 on allocations: other recipients, other documents and citations without an allocation stay silent") {
  // Two recipients of one document.
  std::string two =
      "某财建〔2024〕58号下达甲镇管网改造资金120.00万元。\n"
      "某财建〔2024〕58号下达乙乡水厂扩建资金80.00万元。\n";
  CHECK(with_rule(run(two), "R15").empty());
  // Another document's number (another year).
  std::string other = replaced(kText, "某财建〔2024〕58号文件", "某财建〔2023〕58号文件");
  CHECK(with_rule(run(replaced(other, "安排的供水保障资金426.80万元", "安排的供水保障资金462.80万元")), "R15").empty());
  // A citation as the basis of the work, without an allocation word before the amount.
  std::string basis =
      "某财建〔2024〕58号下达供水保障资金426.80万元。\n"
      "按照某财建〔2024〕58号要求，我区全年支出供水保障资金390.00万元。\n";
  CHECK(with_rule(run(basis), "R15").empty());
}
