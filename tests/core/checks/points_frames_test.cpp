// R27 read from statement frames: the change of a rate and the two rates it is the change of, in
// any order — rates first, the change first, a prior rate after the change — and each flag with its
// consistent twin. Texts written for the tests (other indicators, other numbers).
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

// R27 findings of `text` above info.
std::size_t flags(const std::string& text) { return alarms(text, "R27"); }

std::size_t checked_r27(const AnalyzedDocument& d, const std::string& result) {
  std::size_t n = 0;
  for (const auto& c : d.result.checked) n += c.rule == "R27" && c.result == result;
  return n;
}

}  // namespace

TEST_CASE("R27 rates first, the change after") {
  // 58.6 − 52.4 = 6.2 points.
  CHECK(flags("基本药物使用率由52.4%提高到58.6%，提高6.2个百分点。") == 0);
  auto d = run("基本药物使用率由52.4%提高到58.6%，提高5.2个百分点。");
  auto r = with_rule(d, "R27");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->expected == "6.2个百分点");
  CHECK(span_text(d, r[0]->spans[0]) == "5.2个百分点");
}

TEST_CASE("R27 the change first, the two rates after it") {
  // 60.1 − 55.2 = 4.9 points; the positional reader saw no rate before the change.
  auto ok = run("基层就诊率提高4.9个百分点，由55.2%提高到60.1%。");
  CHECK(with_rule(ok, "R27").empty());
  CHECK(checked_r27(ok, "consistent") == 1);
  auto d = run("基层就诊率提高5.9个百分点，由55.2%提高到60.1%。");
  auto r = with_rule(d, "R27");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->expected == "4.9个百分点");
  CHECK(checked_r27(d, "inconsistent") == 1);
  // Written in % where points are meant: 3.1 points, not a relative 3.1%.
  CHECK(flags("药占比下降3.1%，由28.5%降至25.4%。") == 1);
  // A true relative change (3.1 ÷ 28.5 = 10.9%) stays silent.
  CHECK(flags("药占比下降10.9%，由28.5%降至25.4%。") == 0);
}

TEST_CASE("R27 the level, the change, then the prior rate") {
  // 63.5 − 60.0 = 3.5 points.
  CHECK(flags("门诊预约率为63.5%，比上年提高3.5个百分点，上年为60.0%。") == 0);
  auto d = run("门诊预约率为63.5%，比上年提高4.5个百分点，上年为60.0%。");
  auto r = with_rule(d, "R27");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->expected == "3.5个百分点");
  CHECK(r[0]->message.zh == "两个比率60.0%与63.5%相差3.5个百分点，报告为4.5个百分点");
}

TEST_CASE("R27 the prior rate first, across a sentence") {
  // 93.2 − 91.0 = 2.2 points.
  CHECK(flags("上年住院患者满意率为91.0%。本年满意率为93.2%，提高2.2个百分点。") == 0);
  CHECK(flags("上年住院患者满意率为91.0%。本年满意率为93.2%，提高3.2个百分点。") == 1);
}

TEST_CASE("R27 stays silent on an amount's growth and on a rate's change named elsewhere") {
  // The change of an amount (支出) is R26's, whatever rates stand beside it.
  CHECK(flags("药占比28.5%，药品支出比上年减少120万元，下降3.1%。") == 0);
  // A rate of another subject ("医疗收入") is no change of the rates before it.
  CHECK(flags("门诊人次占比由65.0%提高到69.0%，医疗收入较上年下降2.1%。") == 0);
}
