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
      {"R71", "warning", 70},  // （一） then （2）
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

TEST_CASE("report 002 (桃源县 2024): the project table's 本年调整 column, headings and ordinals") {
  auto d = analyze_bytes(corpus("002_338b5f6c825fc8b7.txt"), {});
  std::multiset<Key> expected = {
      {"R01", "info", 59},      // 142592.12 vs 142592.11: 尾差
      {"R13", "error", 132},    // 养老服务: 600.69 + 0 + 0 ≠ 407.74 → 本年调整 should be -192.95
      {"R13", "error", 141},    // 其他公立医院支出: 266.39 ≠ 98.00 → 本年调整 98.00
      {"R13", "error", 150},    // 其他基层医疗卫生机构支出: 455.5 ≠ 603.34 → 本年调整 147.84
      {"R13", "error", 168},    // 重大公共卫生服务: 172.1 + 2618.33 ≠ 796.67 → 本年调整 624.57
      {"R13", "error", 248},    // 本年调整 column adds to 18836.80, 合计 16629.54
      {"R14", "error", 92},     // prose 追加调整16629.54 = 合计, ≠ column sum
      {"R70", "warning", 51},   // （一） → （三）: “单位主要职责” is the missing （二）
      {"R71", "warning", 70},   // "2.部门年度绩效目标" then "1.数量指标"
      {"R72", "warning", 5},    // “部门（单位）基本情况” should be 一、
      {"R73", "warning", 327},  // 五是 … 五是
  };
  CHECK(keys(d) == expected);
}
