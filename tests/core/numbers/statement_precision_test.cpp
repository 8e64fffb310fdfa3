#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

// §2.1: an amount written without trailing zeros takes the precision of the statement it stands
// in — the reviewer's reading — not one guess for the whole document.
TEST_CASE("an integer amount among decimal parts takes their precision") {
  // 5万元 read as 5.00 beside 4.98: the parts make 9.98, not the stated 10 — off by 0.02.
  auto d = run("培训专项经费10万元，其中师资费5万元、资料印制费4.98万元。");
  auto r = with_rule(d, "R01");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  // Its consistent twin stays silent.
  CHECK(run("培训专项经费10万元，其中师资费5万元、资料印制费5.00万元。").result.findings.empty());
}

TEST_CASE("a statement written in whole 万元 keeps its own precision in a report of decimals") {
  std::string other = "本年收入合计1520.36万元。本年支出合计1498.27万元。年末结转和结余22.09万元。基本支出1034.18万元。";
  // 60 + 41 against 100, each ±0.5: a rounding difference at worst, never an error.
  auto d = run(other + "\n维修改造经费100万元，其中省级补助60万元、县级配套41万元。");
  for (const Finding* f : with_rule(d, "R01")) CHECK(f->severity != Severity::Error);
  // The same statement written with decimals is an error.
  auto bad = run(other + "\n维修改造经费100.00万元，其中省级补助60.00万元、县级配套41.00万元。");
  auto r = with_rule(bad, "R01");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
}
