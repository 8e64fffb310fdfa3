#include <doctest/doctest.h>

#include <string>

#include "report/finding_cap.h"
#include "report/json_report.h"
#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

// n lines whose 其中 parts fall 0.30万元 short of their total: one R01 error each.
std::string short_sums(int n) {
  const char* names[] = {"城东", "河西", "北岭", "南湖", "青石", "白沙", "松林"};
  std::string s;
  for (int i = 0; i < n; ++i) {
    int a = 20 + i;
    s += std::string(names[i % 7]) + std::to_string(i) + "号站收入" + std::to_string(a) + ".50万元，其中财政拨款" +
         std::to_string(a - 4) + ".20万元、其他收入4.00万元。\n";
  }
  return s;
}

std::vector<const Finding*> notes(const AnalyzedDocument& d) {
  std::vector<const Finding*> out;
  for (const auto& f : d.result.findings)
    if (is_cap_note(f)) out.push_back(&f);
  return out;
}

}  // namespace

TEST_CASE("a rule that fires more than kFindingsPerRule times lists the first ones and says how many more") {
  const int n = static_cast<int>(kFindingsPerRule) + 37;
  AnalyzedDocument d = run(short_sums(n));
  auto r01 = with_rule(d, "R01");
  REQUIRE(r01.size() == kFindingsPerRule + 1);  // the first 200, then the note
  CHECK(fired(d, "R01") == static_cast<std::size_t>(n));
  auto ns = notes(d);
  REQUIRE(ns.size() == 1);
  CHECK(ns[0]->rule == "R01");
  CHECK(ns[0]->severity == Severity::Error);  // as severe as what it stands for: the exit code holds
  CHECK(ns[0]->message.zh.find("另有 37 条 R01 发现未逐条列出") != std::string::npos);
  CHECK(ns[0]->message.en.find("37 more R01 findings are not listed") != std::string::npos);
  // The ones listed are the first in the text: the note follows them.
  CHECK(r01.front()->spans.front().start < r01[kFindingsPerRule - 1]->spans.front().start);
  CHECK(d.result.findings.back().message.zh == ns[0]->message.zh);
}

TEST_CASE("the findings not listed are counted by severity, and the JSON says so and marks the note") {
  const int n = static_cast<int>(kFindingsPerRule) + 37;
  AnalyzedDocument d = run(short_sums(n));
  CHECK(d.result.not_listed_by_severity[static_cast<int>(Severity::Error)] == 37);
  CHECK(d.result.not_listed_by_severity[static_cast<int>(Severity::Warning)] == 0);
  std::string json = report_string(d, Lang::Zh);
  CHECK(json.find("\"not_listed\":{\"error\":37,\"info\":0,\"warning\":0}") != std::string::npos);
  CHECK(json.find("\"note\":true") != std::string::npos);
  AnalyzedDocument few = run(short_sums(3));
  CHECK(report_string(few, Lang::Zh).find("not_listed") == std::string::npos);
}

TEST_CASE("near miss: exactly kFindingsPerRule findings of a rule are all listed, with no note") {
  AnalyzedDocument d = run(short_sums(static_cast<int>(kFindingsPerRule)));
  CHECK(with_rule(d, "R01").size() == kFindingsPerRule);
  CHECK(notes(d).empty());
}

TEST_CASE("verified relations past kCheckedPerRule of a rule are counted as they are recorded, and noted") {
  DocumentResult r;
  for (std::size_t i = 0; i < kCheckedPerRule + 5; ++i) r.checked.push_back({"R26", "1 + 1 = 2", "consistent", {}});
  for (std::size_t i = 0; i < 3; ++i) r.checked.push_back({"R01", "2 + 2 = 4", "consistent", {}});
  // Bounded at once, not after the check: the relations past the bound are never held.
  CHECK(r.checked.size() == kCheckedPerRule + 3);
  CHECK(r.checked[kCheckedPerRule].rule == "R01");
  REQUIRE(r.checked.not_listed().size() == 1);
  CHECK(r.checked.not_listed()[0] == std::pair<std::string, std::size_t>{"R26", 5});
  r.checked.push_back({"R26", "1 + 2 = 3", "consistent", {}});  // a later check adds one more
  cap_per_rule(r);
  CHECK(r.checked.size() == kCheckedPerRule + 3);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule == "R26");
  CHECK(r.findings[0].severity == Severity::Info);
  CHECK(r.findings[0].message.zh.find("另有 6 项 R26 核对关系未列出") != std::string::npos);
}
