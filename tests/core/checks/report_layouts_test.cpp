// Whole reports in the other layouts (tests/data/reports/): a 决算公开 note whose figures all
// reconcile — and the same note with single figures changed — and a project self-evaluation
// with a pasted 自评表.
#include <doctest/doctest.h>

#include <map>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

std::string report(const std::string& name) { return read_file(std::string(GOUJI_SOURCE_DIR) + "/tests/data/reports/" + name); }

}  // namespace

TEST_CASE("决算公开 note: nothing that reconciles is an error or a warning") {
  auto d = analyze_text(report("2023-agriculture-final-accounts-note.txt"), {});
  CHECK(count_severity(d, Severity::Error) == 0);
  CHECK(count_severity(d, Severity::Warning) == 0);
  // The only notes: the shares of 本年收入 and those of the 主要用于 list each add to 99.99% (rounding).
  auto r = with_rule(d, "R28");
  REQUIRE(r.size() == 2);
  for (const Finding* f : r) CHECK(f->severity == Severity::Info);
}

TEST_CASE("决算公开 note: each single wrong figure is found by its rule") {
  const std::string base = report("2023-agriculture-final-accounts-note.txt");
  struct Case {
    const char *from, *to, *rule;
  };
  const Case cases[] = {
      {"增长8.02%", "增长9.02%", "R26"},
      {"各减少58.49万元，下降1.91%", "各减少58.49万元，下降2.91%", "R26"},
      {"下降6.25%", "下降5.25%", "R26"},
      {"本年收入合计3,200.50万元", "本年收入合计3,210.50万元", "R01"},  // its 其中 list, split by "；"
      {"占36.36%", "占35.36%", "R28"},
      {"完成年初预算的118.01%", "完成年初预算的108.01%", "R29"},
      {"基本支出1,150.10万元，其中", "基本支出1,160.10万元，其中", "R01"},  // its 其中 list (parts with 主要包括 notes)
      // The 三公 items are read as the 其中 list they are (after "。", split by "；"): R01's sum.
      {"支出决算为15.60万元，完成预算的78.00%", "支出决算为16.60万元，完成预算的78.00%", "R01"},
      {"政府采购支出总额300.00万元", "政府采购支出总额310.00万元", "R01"},
      {"共有车辆5辆", "共有车辆6辆", "R01"},
      {"农林水支出2,640.00万元", "农林水支出2,540.00万元", "R01"},  // listed after 主要用于以下方面：
  };
  for (const auto& c : cases) {
    std::string changed = c.to;
    CAPTURE(changed);
    auto d = analyze_text(replaced(base, c.from, c.to), {});
    auto r = with_rule(d, c.rule);
    REQUIRE(!r.empty());
    // The changed figure is highlighted by a finding of the rule (as the stated value or an input).
    bool highlighted = false;
    for (const auto* f : r)
      for (const auto& sp : f->spans) highlighted |= changed.find(span_text(d, sp)) != std::string::npos;
    CHECK(highlighted);
  }
}

TEST_CASE("project self-evaluation with a pasted 自评表: table total, grade, unmet target, no repeats") {
  auto d = analyze_text(report("2023-rural-road-project-self-evaluation.txt"), {});
  // The 预算执行率 row (no indicator name) counts towards the total: no false sum error.
  for (const auto* f : with_rule(d, "R50")) CHECK(f->message.zh.find("各项得分之和") == std::string::npos);
  // The text's 96 against the table's 96.5.
  bool total_vs_text = false;
  for (const auto* f : with_rule(d, "R50")) total_vs_text |= f->message.zh == "正文自评得分96分，自评表总分为96.5分（取整差异）";
  CHECK(total_vs_text);
  // 96 is 优, not 良.
  REQUIRE(with_rule(d, "R52").size() == 1);
  CHECK(with_rule(d, "R52")[0]->severity == Severity::Error);
  // The unmet 安全隐患整治点位 (27 of ≥30), told in the text and in the table: said once.
  auto unmet = with_rule(d, "R25");
  REQUIRE(unmet.size() == 1);
  CHECK(unmet[0]->message.zh.find("安全隐患整治点位") != std::string::npos);
  CHECK(with_rule(d, "R42").size() == 1);
  // 完成率104.17% agrees with 1250 ÷ 1200 stated as the target: no "implied target" note.
  CHECK(with_rule(d, "R22").empty());
  CHECK(with_rule(d, "R21").empty());
}

TEST_CASE("project self-evaluation: a stated completion rate that disagrees with the stated target is R21") {
  auto d = analyze_text(replaced(report("2023-rural-road-project-self-evaluation.txt"), "完成率104.17%", "完成率106.17%"), {});
  auto r = with_rule(d, "R21");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->message.zh == "完成率应为104.17%（1250公里÷目标1200公里），报告为106.17%");
  CHECK(r[0]->severity == Severity::Error);
}

TEST_CASE("department self-evaluation with 目标X，实际Y targets: no error, every target paired") {
  auto d = analyze_text(report("2023-ecology-department-self-evaluation.txt"), {});
  CHECK(count_severity(d, Severity::Error) == 0);
  CHECK(with_rule(d, "R20").empty());  // 83.86% below 90%, but the reason is given
  CHECK(with_rule(d, "R25").empty());
  std::size_t met = 0;
  for (const auto& t : d.result.targets) met += t.status == "met";
  CHECK(met >= 5);
  std::map<std::string, std::string> metrics;
  for (const auto& m : d.result.metrics) metrics[m.name] = m.value;
  CHECK(metrics["预算执行率"] == "95.00");
  CHECK(metrics["在职人员控制率"] == "96.67");
}
