// R26 with the prior level known by its year (statement frames carry each figure's period): a level
// of the year before, same subject, in the same sentence or paragraph is the prior, in either
// order; and a prior inside the change's own chain without a rate (比上年的Y万元增加Z万元). Each
// flag has its consistent twin; the near-misses (another subject, years two apart, a span of
// years) must pair nothing. Texts written for the tests (other departments, other numbers).
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

const std::string kTitle = "2025年度某县林业局部门决算说明\n";

std::size_t errors(const std::string& text) { return alarms(kTitle + text, "R26"); }

// The R26 records whose formula holds `part`.
std::size_t checked(const std::string& text, const std::string& part) {
  auto d = run(kTitle + text);
  std::size_t n = 0;
  for (const auto& c : d.result.checked)
    if (c.rule == "R26" && c.formula.find(part) != std::string::npos) ++n;
  return n;
}

const Finding* first_r26(const AnalyzedDocument& d) {
  auto r = with_rule(d, "R26");
  return r.empty() ? nullptr : r[0];
}

}  // namespace

TEST_CASE("R26 pairs a level with the same subject's level of the year before: change and rate") {
  // 41.20 − 36.40 = 4.80; 4.80 ÷ 41.20 = 11.65%.
  const std::string ok = "2025年培训费支出36.40万元，2024年培训费支出41.20万元，减少4.80万元，下降11.65%。";
  CHECK(errors(ok) == 0);
  CHECK(checked(ok, "2024年41.20") == 2);  // the change and the rate, both on the two years' levels
  auto d = run(kTitle + "2025年培训费支出36.40万元，2024年培训费支出41.20万元，减少4.30万元，下降11.65%。");
  const Finding* f = first_r26(d);
  REQUIRE(f);
  CHECK(f->expected == "4.80万元");
  CHECK(span_text(d, f->spans[0]) == "4.30万元");
  CHECK(errors("2025年培训费支出36.40万元，2024年培训费支出41.20万元，减少4.80万元，下降13.19%。") == 1);
}

TEST_CASE("R26 by years in either order, and with the prior year written only as 上年 or as a bare year") {
  // 4.80 ÷ 41.20 = 11.65%, the later year first or last.
  CHECK(errors("2024年培训费支出41.20万元，2025年培训费支出36.40万元，减少4.80万元，下降11.65%。") == 0);
  CHECK(errors("2024年培训费支出41.20万元，2025年培训费支出36.40万元，减少4.80万元，下降13.19%。") == 1);
  CHECK(errors("本年培训费支出36.40万元，上年培训费支出41.20万元，减少4.80万元，下降11.65%。") == 0);
  CHECK(errors("本年培训费支出36.40万元，上年培训费支出41.20万元，减少5.80万元，下降11.65%。") == 1);
  // A level with no year is the report year's; its prior is the year before's.
  CHECK(errors("培训费支出36.40万元，2024年培训费支出41.20万元，减少4.80万元。") == 0);
  CHECK(errors("培训费支出36.40万元，2024年培训费支出41.20万元，减少3.80万元。") == 1);
}

TEST_CASE("R26 by years across the sentences of a paragraph") {
  CHECK(errors("2025年印刷费支出18.90万元。2024年印刷费支出16.50万元，增加2.40万元，增长14.55%。") == 0);
  CHECK(errors("2025年印刷费支出18.90万元。2024年印刷费支出16.50万元，增加2.40万元，增长12.70%。") == 1);
}

TEST_CASE("R26 by years: another subject's year pairs nothing") {
  // 会议费 2024 is the chain's level: prior 41.20 + 4.80 = 46.00, 4.80 ÷ 46.00 = 10.43% fits; the
  // 培训费 of 2025 is another subject (paired, 4.80 ÷ 41.20 = 11.65% would be flagged).
  const std::string other = "2025年培训费支出36.40万元，2024年会议费支出41.20万元，减少4.80万元，下降10.43%。";
  CHECK(errors(other) == 0);
  CHECK(checked(other, "2025年") == 0);
}

TEST_CASE("R26 by years: years two apart are not a prior and its current") {
  // 2023's 50.00 is no prior of 2025: the change reads on 36.40 (prior 41.20, 11.65%); paired
  // with 50.00 the change 13.60 ≠ 4.80 would be flagged.
  const std::string apart = "2023年培训费支出50.00万元，2025年培训费支出36.40万元，减少4.80万元，下降11.65%。";
  CHECK(errors(apart) == 0);
  CHECK(checked(apart, "2023年") == 0);
}

TEST_CASE("R26 by years: a span of years (cumulative or planned) is no prior level") {
  const std::string plan = "2024—2026年计划投入41.20万元，2025年实际投入36.40万元，减少4.80万元，下降11.65%。";
  CHECK(checked(plan, "2024年") == 0);
  CHECK(errors("2024年至2026年累计投入41.20万元，2025年投入36.40万元，减少4.80万元，下降11.65%。") == 0);
}

TEST_CASE("R26 on a prior named by its year in the change's clause: 比2024年的Y万元减少Z万元") {
  // 31.80 − 27.30 = 4.50.
  CHECK(errors("2025年会议费支出27.30万元，比2024年的31.80万元减少4.50万元。") == 0);
  CHECK(checked("2025年会议费支出27.30万元，比2024年的31.80万元减少4.50万元。", "31.80") == 1);
  auto d = run(kTitle + "2025年会议费支出27.30万元，比2024年的31.80万元减少5.40万元。");
  const Finding* f = first_r26(d);
  REQUIRE(f);
  CHECK(f->expected == "4.50万元");
}

TEST_CASE("R26 on a prior in the chain without a rate: X万元，比上年的Y万元增加Z万元") {
  // 63.75 − 58.20 = 5.55.
  CHECK(errors("差旅费支出63.75万元，比上年的58.20万元增加5.55万元。") == 0);
  CHECK(errors("差旅费支出63.75万元，比上年的58.20万元增加6.55万元。") == 1);
}

TEST_CASE("R26 on a comparison leading into its level: 比上年Y万元增加Z万元，达到X万元") {
  CHECK(errors("比上年58.20万元增加5.55万元，达到63.75万元。") == 0);
  CHECK(errors("比上年58.20万元增加5.85万元，达到63.75万元。") == 1);
  // The level named after the comparison: the lead clauses are about it.
  CHECK(errors("比上年58.20万元增加5.55万元，差旅费支出达到63.75万元。") == 0);
  auto d = run(kTitle + "比上年58.20万元增加5.85万元，差旅费支出达到63.75万元。");
  const Finding* f = first_r26(d);
  REQUIRE(f);
  CHECK(f->expected == "5.55万元");
  // A comparison within the year (比年初) keeps its own reading: no year pairs it.
  CHECK(errors("2025年差旅费支出63.75万元，比年初预算58.20万元增加5.55万元。") == 0);
  // Also when the rate stands in the next clause and a level of the year before is in the paragraph:
  // 5.55 ÷ 58.20 = 9.54% against the budget; paired with 2024's 50.00 it would be 27.50%.
  CHECK(errors("2025年差旅费支出63.75万元，比年初预算增加5.55万元，增长9.54%。2024年差旅费支出50.00万元。") == 0);
}

TEST_CASE("R26 on a bare prior written before its change: 较上年Y减少Z万元 (the unit once, at the end)") {
  // 4.60 − 4.15 = 0.45.
  CHECK(errors("公务接待费支出4.15万元，较上年4.60减少0.45万元。") == 0);
  CHECK(checked("公务接待费支出4.15万元，较上年4.60减少0.45万元。", "4.60−4.15") == 1);
  CHECK(errors("公务接待费支出4.15万元，较上年4.60减少0.55万元。") == 1);
  // A bare figure that is not right before the change is no prior of it.
  CHECK(checked("公务接待费支出4.15万元，较上年4.60，另减少0.45万元用于培训。", "4.60−") == 0);
}
