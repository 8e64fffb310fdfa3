// The two real reports in ../shared/corpus: every finding gouji reports, with rule, severity and
// line. A new finding or a lost one fails here, so changes to reading or checks are deliberate.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

using Key = std::tuple<std::string, std::string, std::size_t>;  // rule, severity, line

std::multiset<Key> keys(const AnalyzedDocument& d) {
  std::multiset<Key> out;
  for (const auto& f : d.result.findings) {
    std::size_t at = f.spans.empty() ? 0 : f.spans.front().start;
    out.insert({f.rule, std::string(severity_name(f.severity)), d.text.line_col(at).line});
  }
  return out;
}

}  // namespace

TEST_CASE("report 000 (石鼓区 2020): the 三公 total of 0 is an error, the income total a labelled gap") {
  auto d = analyze_bytes(corpus("000_f7b65649e50663dd.txt"), {});
  std::multiset<Key> expected = {
      {"R01", "warning", 68},  // 14113.64 ≠ 13616.34; gap = 年初结转和结余 497.31
      {"R01", "error", 75},    // “三公”经费支出总计0万元 vs 5.92 + 6.1
  };
  CHECK(keys(d) == expected);
  auto sangong = with_rule(d, "R01");
  auto it = std::find_if(sangong.begin(), sangong.end(), [](auto* f) { return f->severity == Severity::Error; });
  REQUIRE(it != sangong.end());
  REQUIRE((*it)->spans.size() == 3);
  CHECK(span_text(d, (*it)->spans[0]) == "0万元");
  CHECK(span_text(d, (*it)->spans[1]) == "5.92万元");
  CHECK(span_text(d, (*it)->spans[2]) == "6.1万元");
  CHECK_FALSE((*it)->spans[1].primary);
}

TEST_CASE("report 002 (桃源县 2024): every stated breakdown reconciles within rounding") {
  auto d = analyze_bytes(corpus("002_338b5f6c825fc8b7.txt"), {});
  CHECK(count_severity(d, Severity::Error) == 0);
  std::multiset<Key> expected = {
      {"R01", "info", 59},  // 142592.12 vs 142592.11: 尾差
  };
  CHECK(keys(d) == expected);
}
