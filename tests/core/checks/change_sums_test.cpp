// R01 on a breakdown's changes where some parts state no amount (change_sums.cpp): a part said to
// be 持平/无增减变化 changed by 0; a part whose figure was left blank ("比上年减少 万元") changed in
// that direction by an unknown amount, so the total's change is only bounded. Texts written for
// the tests (other departments, other numbers); each flag has its consistent twin.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

std::size_t flags(const std::string& text) { return alarms(text, "R01"); }

// Parts one per line after "。其中：", two of them unchanged in words.
const std::string kSteady =
    "一、“三公”经费\n某站2023年“三公”经费支出预算合计31.50万元，比上年预算数减少2.50万元。其中：\n"
    "因公出国（境）费支出预算0万元，与上年预算数持平，无增减变化。\n"
    "公务用车运行维护费支出预算12.00万元，与上年预算数持平，原因：车辆未增加。\n"
    "公务接待费支出预算19.50万元，比上年预算数减少2.50万元，原因：压减接待。\n";

// A part whose change figure was left blank, parts after "；" and "，".
const std::string kBlank =
    "某部门“三公”经费支出合计25万元，比上年减少2.80万元。其中：因公出国（境）费0万元，比上年减少 万元；"
    "公务用车运行维护费5万元，比上年减少0.50万元，公务接待费20万元，比上年减少2 万元。\n";

}  // namespace

TEST_CASE("R01 a total's change is the sum of its parts' changes, 持平 counting 0") {
  CHECK(flags(kSteady) == 0);
  auto d = run(replaced(kSteady, "减少2.50万元。其中", "减少3.50万元。其中"));
  auto r = with_rule(d, "R01");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  CHECK(r[0]->expected == "2.50万元");
  CHECK(span_text(d, r[0]->spans[0]) == "3.50万元");
  // The unchanged part last, the changed one first.
  std::string reordered =
      "某站“三公”经费支出预算合计31.50万元，比上年预算数增加1.20万元。其中：公务接待费支出预算19.50万元，比上年预算数增加1.20万元；"
      "公务用车运行维护费支出预算12.00万元，与上年预算数持平。";
  CHECK(flags(reordered) == 0);
  CHECK(flags(replaced(reordered, "增加1.20万元。", "增加2.20万元。")) == 1);
}

TEST_CASE("R01 a blank part change bounds the total's change: at least the stated parts', same direction") {
  // 0.50 + 2 = 2.50 ≤ 2.80 (2 takes the statement's precision: 2.00).
  CHECK(flags(kBlank) == 0);
  auto d = run(replaced(kBlank, "减少2.80", "减少2.10"));
  auto r = with_rule(d, "R01");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  // The blank part went the other way: nothing bounds the total.
  CHECK(flags(replaced(replaced(kBlank, "减少2.80", "减少2.10"), "比上年减少 万元", "比上年增加 万元")) == 0);
}

TEST_CASE("R01 on changes needs every part's change: a part with nothing said of it stops the check") {
  std::string silent = replaced(kSteady, "，与上年预算数持平，原因：车辆未增加", "，原因：车辆未增加");
  CHECK(flags(replaced(silent, "减少2.50万元。其中", "减少3.50万元。其中")) == 0);
}

TEST_CASE("R01 on changes: a part's stated amount wins over a 保持不变 said of something else") {
  std::string mixed =
      "某站“三公”经费支出预算合计31.50万元，比上年预算数减少1.50万元。其中：因公出国（境）费支出预算0万元，与上年预算数持平；"
      "公务用车运行维护费支出预算12.00万元，车辆数量保持不变，比上年预算数增加1.00万元；公务接待费支出预算19.50万元，比上年预算数减少2.50万元。";
  CHECK(flags(mixed) == 0);
  CHECK(flags(replaced(mixed, "减少1.50万元。", "减少2.50万元。")) == 1);
}
