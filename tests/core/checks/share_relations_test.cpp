// R28 shares (issue 14, capability C3): the whole found by name or alias anywhere in the report,
// before or after the shares; implied by a "X中，" opener, by 基本+项目, or by an exhaustive list;
// shares of one whole add to at most 100%, and to 100% when the parts are exhaustive, even when
// the whole's figure is not stated. Must-flag twins and consistent twins (text written for these
// tests; figures invented).
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

// R28 errors and warnings, with the span texts of each.
std::vector<const Finding*> share_alarms(const AnalyzedDocument& d) {
  std::vector<const Finding*> out;
  for (const Finding* f : with_rule(d, "R28"))
    if (f->severity != Severity::Info) out.push_back(f);
  return out;
}

bool flags(const AnalyzedDocument& d, const std::string& figure) {
  for (const Finding* f : share_alarms(d))
    for (const Span& s : f->spans)
      if (span_text(d, s) == figure) return true;
  return false;
}

}  // namespace

TEST_CASE("R28: the whole stated after its shares, under another name (收支总预算 for 支出总预算)") {
  std::string text =
      "（一）教育支出类科目 198420.35 元，占支出总预算 82.14%，同比减少 5230.00 元。\n"
      "（二）卫生健康支出类科目 30573.50 元，占支出总预算 12.66%。\n"
      "（三）住房保障支出类科目 12560.00 元，占支出总预算 5.20%。\n"
      "四、财政拨款收支预算总体情况说明\n"
      "2025 年财政拨款收支总预算 241553.85 元。\n";
  CHECK(share_alarms(run(text)).empty());
  auto bad = run(replaced(text, "12.66%", "15.57%"));
  CHECK(flags(bad, "15.57%"));
}

TEST_CASE("R28: two named shares of a whole that is not stated may not exceed 100%") {
  std::string text =
      "1. 基本支出预算 735210.48 元，占一般公共预算支出的 95.12%，同比减少 3200.00 元。\n"
      "2. 项目支出 37720 元，占一般公共预算支出的 4.88%，同比增加 5000 元。\n";
  CHECK(share_alarms(run(text)).empty());
  // 95.12 + 8.00 = 103.12%; and 基本 + 项目 is the whole: 37720 is 4.88% of it.
  auto bad = run(replaced(text, "4.88%", "8.00%"));
  CHECK(flags(bad, "8.00%"));
}

TEST_CASE("R28: a 三公 opener names the whole; the three items are all of it") {
  std::string text =
      "（一）“三公”经费财政拨款支出决算总体情况说明\n"
      "2023年“三公”经费财政拨款支出决算为2.10万元，完成预算100%。\n"
      "（二）“三公”经费财政拨款支出决算具体情况说明\n"
      "2024年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算1.62万元，占82.23%；"
      "公务接待费支出决算0.35万元，占17.77%。\n";
  CHECK(share_alarms(run(text)).empty());
  auto bad = run(replaced(replaced(text, "82.23%", "0.03%"), "17.77%", "0.81%"));
  CHECK(flags(bad, "0.03%"));
  CHECK(flags(bad, "0.81%"));
}

TEST_CASE("R28: a part and its share separated by another 占 clause") {
  std::string text =
      "地方一般公共预算收入完成27,752万元，占调整预算104.60%。从征收部门来看：税务部门完成13,210万元，占调整预算101.20%，"
      "占一般公共预算收入的47.60%；财政部门完成14,542万元，占调整预算108.40%，占一般公共预算收入的52.40%。\n";
  CHECK(share_alarms(run(text)).empty());
  auto bad = run(replaced(text, "47.60%", "58.55%"));
  CHECK(flags(bad, "58.55%"));
}

TEST_CASE("R28: shares of a list opened by 主要用于") {
  std::string text =
      "2024年一般公共预算财政拨款支出1384.50万元，主要用于以下方面：社会保障和就业支出72.40万元，占5.23%；"
      "卫生健康支出1311.30万元，占94.71%；农林水支出0.80万元，占0.06%。\n";
  CHECK(share_alarms(run(text)).empty());
  auto bad = run(replaced(text, "5.23%", "6.43%"));
  CHECK(flags(bad, "6.43%"));
}

TEST_CASE("R28: shares of a partial list stay silent below 100%") {
  std::string text = "本年支出合计500.00万元，其中：培训费120.00万元，占24.00%；会议费80.00万元，占16.00%。\n";
  CHECK(share_alarms(run(text)).empty());
}

TEST_CASE("R28: each share compared and each set of shares summed is recorded as checked") {
  auto d = run("本年收入合计400.00万元，其中：财政拨款收入300.00万元，占75.00%；其他收入100.00万元，占25.00%。\n");
  std::size_t shares = 0, sums = 0;
  for (const auto& c : d.result.checked) {
    if (c.rule != "R28") continue;
    CHECK(c.result == "consistent");
    (c.formula.rfind("Σ", 0) == 0 ? sums : shares) += 1;
  }
  CHECK(shares == 2);
  CHECK(sums == 1);
}

TEST_CASE("R28: a share standing alone after a list names its part by a word the parts contain (warning)") {
  const std::string by_kind =
      "1-6月，全县一般公共预算收入累计完成52000万元，为年预算的45.2%。其中：税收收入完成39000万元，同比增长3.1%；"
      "非税收入完成13000万元，同比下降2.4%。税收占比为75.00%，居全市第5位。";
  CHECK(share_alarms(run(by_kind)).empty());
  auto d = run(replaced(by_kind, "75.00%", "82.00%"));
  auto r = share_alarms(d);
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(r[0]->expected == "75.00%");
  // Parts named by who collects them: a character only one part has (税) names it.
  const std::string by_office =
      "1-6月，全县一般公共预算收入累计完成52000万元。其中：税务部门组织收入39000万元；财政部门组织收入13000万元。税收收入占比75.0%。";
  CHECK(share_alarms(run(by_office)).empty());
  CHECK(share_alarms(run(replaced(by_office, "75.0%", "70.0%"))).size() == 1);
  // A share naming nothing the parts have is not theirs.
  CHECK(share_alarms(run(replaced(by_office, "税收收入占比75.0%", "教育支出占比为40%"))).empty());
}

TEST_CASE("R28: a part that carries its own share of a whole is never the whole of a sibling's share") {
  // 基本支出预算 is "占支出预算的80%" itself: the 20% of 项目支出预算 is of the 500000, not of it.
  std::string text =
      "2025 年一般公共预算支出预算 500000.00 元。基本支出预算 400000.00 元，占支出预算的 80.00%；"
      "项目支出预算 100000.00 元，占支出预算的 20.00%。\n";
  CHECK(share_alarms(run(text)).empty());
  auto bad = run(replaced(text, "20.00%", "24.00%"));
  CHECK(flags(bad, "24.00%"));
}

TEST_CASE("R28: one part after 其中 is a part of the figure the 其中 follows, in another unit too") {
  std::string text = "2024年部门预算总额1.6亿元，其中项目支出4000万元，占25.00%。\n";
  CHECK(share_alarms(run(text)).empty());
  CHECK(flags(run(replaced(text, "25.00%", "28.00%")), "28.00%"));
}

TEST_CASE("R28: unnamed shares of 基本 and 项目 in one paragraph are of their sum, whatever follows") {
  std::string text = "基本支出585.00万元，占65.00%；项目支出315.00万元，占35.00%。本年支出合计900.00万元。\n";
  CHECK(share_alarms(run(text)).empty());
  CHECK(flags(run(replaced(text, "35.00%", "38.00%")), "38.00%"));
  // A nested part's share (人员经费 of 基本支出) is not a third item of 基本 + 项目.
  std::string nested = "基本支出585.00万元，占65.00%，人员经费468.00万元，占80.00%；项目支出315.00万元，占35.00%。\n";
  CHECK(share_alarms(run(nested)).empty());
}

TEST_CASE("R28: shares of one named whole stated without their parts add to at most 100%, to 100% for 基本 + 项目") {
  std::string text = "基本支出占本年支出的71.20%，项目支出占本年支出的28.80%。\n";
  CHECK(share_alarms(run(text)).empty());
  CHECK(flags(run(replaced(text, "28.80%", "33.80%")), "33.80%"));  // 105%
  CHECK(flags(run(replaced(text, "28.80%", "23.80%")), "23.80%"));  // 95%: 基本 + 项目 is all of it
  // Not every item named: only "over 100%" is wrong.
  CHECK(share_alarms(run("人员经费占本年支出的50.00%，项目支出占本年支出的20.00%。\n")).empty());
  CHECK(!share_alarms(run("人员经费占本年支出的50.00%，项目支出占本年支出的60.00%。\n")).empty());
  // Two years of the same split are two sets.
  CHECK(share_alarms(run("2024年基本支出占本年支出的71.20%，项目支出占本年支出的28.80%；2023年基本支出占本年支出的69.00%，"
                         "项目支出占本年支出的31.00%。\n"))
            .empty());
}

TEST_CASE("R28: a share naming its part in its own clause takes the part's amount stated earlier in the paragraph") {
  std::string text = "全县一般公共预算收入完成64800万元，同比增长5.10%。其中：税收收入完成40500万元；非税收入完成24300万元。"
                     "税收收入占一般公共预算收入的62.50%。\n";
  CHECK(share_alarms(run(text)).empty());
  CHECK(flags(run(replaced(text, "62.50%", "65.50%")), "65.50%"));
  // In another paragraph the part is not taken.
  CHECK(share_alarms(run(replaced(replaced(text, "62.50%", "65.50%"), "。税收收入占", "。\n税收收入占"))).empty());
}
