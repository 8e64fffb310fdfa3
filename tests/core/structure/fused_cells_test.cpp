// Cells fused by OCR or scraping with no delimiter, split by the form's columns and by what the
// values must satisfy; kept only when exactly one split fits. Figures written for the tests.
#include <doctest/doctest.h>

#include <string>

#include "structure/fused_cells.h"
#include "text/text.h"

using namespace gouji;

namespace {

// The pieces as "column:text" joined by spaces, or "" when no split is kept.
std::string split(const char* utf8, const std::vector<FusedRole>& roles) {
  std::u32string run = from_utf8_lossy(utf8);
  std::string out;
  for (const auto& p : split_fused(run, roles))
    out += (out.empty() ? "" : " ") + std::to_string(p.column) + ":" + to_utf8(run.substr(p.begin, p.end - p.begin));
  return out;
}

using R = FusedRole;
// 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分
const std::vector<R> kFunds = {R::Amount, R::Budget, R::Executed, R::Weight, R::Rate, R::Score};

}  // namespace

TEST_CASE("a fused 资金总额 run: the unit and the % end cells, 执行率 = 执行数 ÷ 预算数 decides where the 执行数 ends") {
  // 60 / 52.37 / 87.28%: 52.37 ÷ 60 = 87.28% — "52.3 | 787.28%" or "52.378 | 7.28%" do not fit.
  CHECK(split("60万元52.3787.28%", kFunds) == "1:60万元 2:52.37 4:87.28%");
  // All six columns, the budget written twice: 50 / 50 / 45.5 / 10 / 91% / 9.1.
  CHECK(split("505045.51091%9.1", kFunds) == "0:50 1:50 2:45.5 3:10 4:91% 5:9.1");
}

TEST_CASE("a fused 总分 run: the 分值 total is 100 and the score at most that") {
  CHECK(split("10088", {R::Total, R::Score}) == "0:100 1:88");
  CHECK(split("10088.5", {R::Total, R::Score}) == "0:100 1:88.5");
  // 100 alone (no score filled in) is one cell.
  CHECK(split("100", {R::Total, R::Score}) == "0:100");
}

TEST_CASE("a fused run that more than one split fits, or none, stays text") {
  // Two amounts with no relation between them: 90 | 89.97 or 9 | 089.97 (no: leading zero) or
  // 908 | 9.97 … — more than one split fits.
  CHECK(split("9089.97", {R::Amount, R::Budget}) == "");
  // A rate that no split of the figures gives.
  CHECK(split("60万元52.3777.28%", kFunds) == "");
  // A rate with nothing to check it against.
  CHECK(split("52.3787.28%", {R::Executed, R::Rate}) == "");
  // A score above the 分值.
  CHECK(split("100101", {R::Total, R::Score}) == "");
  // Anything but figures, units and % is no fused run.
  CHECK(split("60万元52.37是", kFunds) == "");
  CHECK_FALSE(fused_figures(U"60万元52.37是"));
  CHECK(fused_figures(U"60万元52.3787.28%"));
}

TEST_CASE("the role of a column comes from the form's header name") {
  CHECK(fused_role(U"年初预算数") == R::Amount);
  CHECK(fused_role(U"全年预算数(A)") == R::Budget);
  CHECK(fused_role(U"全年执行数(B)") == R::Executed);
  CHECK(fused_role(U"执行率(B/A)") == R::Rate);
  CHECK(fused_role(U"分值") == R::Weight);
  CHECK(fused_role(U"得分") == R::Score);
  CHECK(fused_role(U"偏差原因") == R::Other);
}

TEST_CASE("a long fused run is bounded: no split is tried past its limits") {
  std::string digits(60, '7');
  CHECK(split(digits.c_str(), kFunds) == "");
}

namespace {
std::string split_row(const char* utf8, const std::vector<FusedRole>& roles) {
  std::u32string run = from_utf8_lossy(utf8);
  std::string out;
  for (const auto& p : split_fused_row(run, roles))
    out += (out.empty() ? "" : " ") + std::to_string(p.column) + ":" + to_utf8(run.substr(p.begin, p.end - p.begin));
  return out;
}
// 三级指标 / 计量单位 / 年度指标值 / 实际完成值 / 完成率 / 分值 / 得分 / 是否达标
const std::vector<R> kRow = {R::Name, R::Unit, R::Target, R::Actual, R::Completion, R::Weight, R::Score, R::Other};
}  // namespace

TEST_CASE("fused indicator row: name, unit, target, actual, completion, 分值, 得分 and 是否达标 split by the form") {
  CHECK(fused_role(U"计量单位") == R::Unit);
  CHECK(fused_role(U"实际完成值") == R::Actual);
  CHECK(fused_role(U"年度指标值") == R::Target);
  CHECK(fused_role(U"完成率") == R::Completion);
  // 88.4 ÷ 85 = 104%; 得分 ≤ 分值 puts "1515" as 15 | 15.
  CHECK(split_row("档案数字化率%85%88.4%104%1515是", kRow) == "0:档案数字化率 1:% 2:85% 3:88.4% 4:104% 5:15 6:15 7:是");
  // 90.25 ÷ 95 = 95%: "109.5" is 10 | 9.5 (1 | 09.5 has a leading zero, 109.5 is over 100).
  CHECK(split_row("采购计划完成率%95%90.25%95%109.5否", kRow) == "0:采购计划完成率 1:% 2:95% 3:90.25% 4:95% 5:10 6:9.5 7:否");
  // The stated completion does not fit 实际 ÷ 目标 anywhere: no split is kept, the row stays text.
  CHECK(split_row("采购计划完成率%95%90.25%80%109.5否", kRow).empty());
  // Two splits fit: "55" is 5 | 5 or a 分值 of 55 with 得分 blank — not kept.
  CHECK(split_row("培训覆盖率%80%80%100%55是", kRow).empty());
  CHECK(split_row("名称含数字2期%80%80%100%55是", kRow).empty());  // a name holding a digit is not tried
  CHECK(split_row("培训覆盖率", kRow).empty());
}
