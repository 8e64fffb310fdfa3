// R01 on a complement (complement_checks.cpp): 已支付 + 未支付 = 安排, 实际支出 + 结余 = 到位,
// 已执行 + 剩余 = 预算, stated in prose without a rate. Must-flag twins and consistent twins
// (text written for these tests; figures invented).
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

std::size_t complement_alarms(const AnalyzedDocument& d) {
  std::size_t n = 0;
  for (const Finding* f : with_rule(d, "R01")) n += f->severity != Severity::Info && f->message.zh.find("剩余") != std::string::npos;
  return n;
}

}  // namespace

TEST_CASE("R01 complement: 已支付 + 未支付 = 安排 in one sentence, the wrong figure anywhere flagged") {
  std::string text = "本项目安排资金360.00万元，截至年底已支付290.50万元，未支付69.50万元。\n";
  auto ok = run(text);
  CHECK(complement_alarms(ok) == 0);
  bool recorded = false;
  for (const auto& c : ok.result.checked) recorded = recorded || (c.rule == "R01" && c.result == "consistent");
  CHECK(recorded);
  for (auto [from, to] : {std::pair{"69.50", "79.50"}, {"290.50", "280.50"}, {"360.00", "380.00"}}) {
    auto bad = run(replaced(text, from, to));
    REQUIRE(complement_alarms(bad) == 1);
    CHECK(with_rule(bad, "R01").front()->severity == Severity::Error);
  }
}

TEST_CASE("R01 complement: 到位 − 实际支出 = 结余, the 到位 in the sentence before (a warning)") {
  std::string text = "项目资金实际到位815.20万元。截至12月底实际支出742.35万元，资金结余72.85万元，主要是部分工程尚未结算。\n";
  CHECK(complement_alarms(run(text)) == 0);
  auto bad = run(replaced(text, "72.85", "62.85"));
  REQUIRE(complement_alarms(bad) == 1);
  CHECK(with_rule(bad, "R01").front()->severity == Severity::Warning);
}

TEST_CASE("R01 complement: 已执行 + 剩余 = 预算") {
  std::string text = "该项目年度预算48万元，已执行36万元，剩余12万元将结转下年继续使用。\n";
  CHECK(complement_alarms(run(text)) == 0);
  CHECK(complement_alarms(run(replaced(text, "剩余12", "剩余15"))) == 1);
}

TEST_CASE("R01 complement: near misses — a carry-over, a 结余 only mentioned, a rate that pairs them") {
  // 年末结转和结余 is the accounts' carry-over (R02's), not what is left of the 安排.
  CHECK(complement_alarms(run("全年预算安排资金500万元，本年支出460万元，年末结转和结余60万元。\n")) == 0);
  // "结余用于…合计" names a programme, not a remainder.
  CHECK(complement_alarms(run("下达资金300万元，已于本年度支出300万元，专项结余用于设施维护等合计120万元。\n")) == 0);
  // With a 支付率 the completion check pairs 已支付 and 未支付 (R21), not this one.
  auto rated = run("项目安排资金360.00万元，已支付290.50万元，未支付79.50万元，支付率78.45%。\n");
  CHECK(complement_alarms(rated) == 0);
}
