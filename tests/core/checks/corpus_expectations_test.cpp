// The two real reports in ../shared/corpus: every finding gouji reports, with rule, severity and
// line. A new finding or a lost one fails here, so changes to reading or checks are deliberate.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
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

TEST_CASE("report 000 (石鼓区 2020): every inconsistency a reviewer finds, at its severity") {
  auto d = analyze_bytes(corpus("000_f7b65649e50663dd.txt"), {});
  std::multiset<Key> expected = {
      {"R01", "warning", 68},   // 决算收入14113.64 ≠ 13616.34; the gap is 年初结转和结余 497.31: a label error
      {"R02", "info", 68},      // read as 收入总计 it balances: 14092.87 + 20.78 = 14113.65 (尾差)
      {"R01", "error", 75},     // “三公”经费支出总计0万元 vs 5.92 + 6.1
      {"R32", "info", 75},      // “与去年相比均有所下降” with no prior-year figure
      {"R71", "warning", 70},   // （一） then （2）
      {"R17", "warning", 72},   // 6180.49 拨付至项目指挥部 = 83.02% of 总投资 7444.28, project at 拆迁/设计 stage
      {"R23", "warning", 84},   // 覆盖率144.41% is a proportion above 100%
      {"R24", "warning", 84},   // … and 44% over target
      {"R22", "info", 84},      // implied base 1360 for 1964 / 144.41%
      {"R24", "warning", 84},   // 两癌 完成率134.3%
      {"R22", "info", 84},      // implied target 1000 for 1343 / 134.3%
      {"R80", "warning", 78},   // 截止到11月底
      {"R80", "warning", 80},   // 截止目前 (健康档案)
      {"R80", "warning", 82},   // 截至目前 (疫情 figures)
      {"R80", "warning", 84},   // 截至目前 (妇幼 figures)
      {"R80", "warning", 86},   // 截止目前 (project progress)
      {"R82", "info", 78},      // 今年 = 2020
      {"R54", "warning", 3},    // no self-score anywhere
      {"R74", "warning", 3},    // no 绩效目标 section
      {"R74", "warning", 3},    // no 存在问题 section
      {"R74", "warning", 3},    // no 自评结果 section
      {"R91", "info", 27},      // 组开展 → 组织开展
      {"R93", "info", 86},      // 投资200余万元 not checked
      {"R95", "info", 86},      // 7444.28 / 200余 / 650 never in the accounts
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

TEST_CASE("report 002 (桃源县 2024): every inconsistency a reviewer finds, at its severity") {
  auto d = analyze_bytes(corpus("002_338b5f6c825fc8b7.txt"), {});
  std::multiset<Key> expected = {
      {"R01", "info", 59},      // 142592.12 vs 142592.11: 尾差
      {"R02", "info", 59},      // 142710.71 vs 141938.85 + 771.85 = 142710.70: 尾差
      {"R12", "warning", 61},   // 年初预算支出145989.74 = 年初收入115480.58 + 调整30509.16: mislabelled 调整后预算
      {"R16", "info", 61},      // 全口径项目支出 exceeds the fiscal project spending by 386.70, unexplained
      {"R13", "error", 132},    // 养老服务: 600.69 + 0 + 0 ≠ 407.74
      {"R13", "error", 141},    // 其他公立医院支出: 266.39 ≠ 98.00
      {"R13", "error", 150},    // 其他基层医疗卫生机构支出: 455.5 ≠ 603.34
      {"R13", "error", 168},    // 重大公共卫生服务: 172.1 + 2618.33 ≠ 796.67
      {"R13", "error", 248},    // 本年调整 column adds to 18836.80, 合计 16629.54
      {"R14", "error", 92},     // prose 追加调整16629.54 = 合计, ≠ column sum
      {"R70", "warning", 51},   // （一） → （三）: “单位主要职责” is the missing （二）
      {"R71", "warning", 70},   // "2.部门年度绩效目标" then "1.数量指标"
      {"R72", "warning", 5},    // “部门（单位）基本情况” should be 一、
      {"R73", "warning", 327},  // 五是 … 五是
      {"R62", "warning", 9},    // 行政审批服务办公室 twice
      {"R60", "warning", 9},    // “12个股室” but 11 distinct
      {"R41", "info", 70},      // “…补贴资金” measured in 人
      {"R40", "warning", 78},   // 6 效益 targets without actuals
      {"R42", "warning", 78},   // … and none of them measurable
      {"R40", "warning", 80},   // 2 满意度 targets without actuals
      {"R44", "warning", 305},  // completion reports 产出 only
      {"R25", "warning", 309},  // 覆盖人口 79.89万 → 79.87万, no reason
      {"R25", "warning", 309},  // 产前筛查 2600 → 2200
      {"R25", "warning", 309},  // 特别扶助 3770 → 3669
      {"R45", "info", 309},     // 7 actuals identical to their targets
      {"R25", "warning", 311},  // 达标率 100 → 95
      {"R25", "warning", 311},  // 准确率 100 → 97
      {"R25", "warning", 313},  // 及时率 100 → 95
      {"R80", "warning", 321},  // 2024年1-10月
      {"R91", "info", 321},     // 指标情 → 指标情况
      {"R22", "info", 323},     // 1609 / 99%: base 1618–1633
      {"R80", "warning", 323},  // 1-11月
      {"R22", "warning", 325},  // 767067份 / 96.12% → 79.80万, vs 覆盖人口 79.87万
      {"R22", "info", 327},     // 2308 / 100.35% → 2300
      {"R22", "info", 327},     // 470 / 117.5% → 400
      {"R80", "warning", 327},  // 截至目前 (补贴)
      {"R80", "warning", 327},  // 截至目前 (营商环境)
      {"R81", "warning", 327},  // 将在12月底前发放到位
      {"R93", "info", 327},     // 100余次, 29万多元, 110余次, 80余人次
      {"R95", "info", 327},     // 1250.78 / 9972.9 / 29万多 never in the accounts
      {"R80", "warning", 329},  // 截至目前 (清廉医院)
      {"R81", "warning", 329},  // 2024年底拟完成10家
      {"R91", "info", 329},     // 十项项
      {"R91", "info", 348},     // 充分 地
      {"R91", "info", 352},     // 采取 合适方式 推动
      {"R50", "info", 356},     // reference estimate beside the stated 95
      {"R53", "warning", 356},  // 95 is not supported by the findings above
      {"R75", "info", 358},     // the three 附件 are not included
  };
  CHECK(keys(d) == expected);
  // The rates a reviewer computes by hand, with the report's own figures.
  std::map<std::string, std::string> metrics;
  for (const auto& m : d.result.metrics) metrics[m.name] = m.value;
  CHECK(metrics["预算执行率"] == "97.23");             // 141938.85 / 145989.74
  CHECK(metrics["预算调整率"] == "26.42");             // 30509.16 / 115480.58
  CHECK(metrics["在职人员控制率"] == "79.59");         // 2750 / 3455
  CHECK(metrics["资产负债率"] == "89.10");             // 163318.45 / 183302.33
  CHECK(metrics["完成率：免费产前筛查孕产妇人数"] == "84.62");
}
