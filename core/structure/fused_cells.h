#pragma once
// Cells that OCR or scraping fused with no delimiter ("80万元76.4295.53%", "10095"): split by the
// columns the form gives them and by what their values must satisfy — a percentage or a unit
// ends a cell, 执行率 = 执行数 ÷ 预算数 within the written rounding, 得分 ≤ 分值, a 自评表's 总分
// is out of 100. A split is kept only when exactly one split and placement fits; otherwise the
// text stays text (no invented cells).
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace gouji {

enum class FusedRole : std::uint8_t {
  Amount,    // a money column with no relation (年初预算数)
  Budget,    // the base of the 执行率 (全年预算数 / 调整后预算数)
  Executed,  // 全年执行数
  Rate,      // 执行率: must equal 执行数 ÷ 预算数, both placed in the same row
  Weight,    // 分值 (≤ 100)
  Score,     // 得分 (≤ 分值, which must be placed too)
  Total,     // the 总分 row's 分值: 100
  Other,     // a column no figure can go to (a text column)
  // A 自评表 indicator row: 年度指标值 and 实际完成值 (both % when the unit is %), and the completion
  // rate 完成率 = 实际 ÷ 目标 — the same relation as 执行率.
  Target,
  Actual,
  Completion,
  Name,      // 三级指标: the row's leading words
  Unit,      // 计量单位: a lone "%" right after the name
};

// The role of a form's column, from its header name ("全年预算数" → Budget).
FusedRole fused_role(std::u32string_view header);

struct FusedPiece {
  std::size_t begin = 0, end = 0;  // offsets into the fused run
  std::size_t column = 0;          // index into the roles given
};

// Splits `run` (digits, '.', '%', 万元/元 — nothing else) into cells placed, in order, under the
// columns `roles` (a column may stay empty). Returns the pieces when exactly one split fits, else
// nothing. Bounded: a run longer than 48 characters or more than 8 columns is not tried.
std::vector<FusedPiece> split_fused(std::u32string_view run, const std::vector<FusedRole>& roles);

// A whole indicator row fused into one cell ("采购完成率%95%90.25%95%109.5否"): the name's words,
// a lone % under the unit column, the figures split as above, and trailing words under the last
// text column. Returns the pieces (empty ones left out) when exactly one split fits, else nothing.
std::vector<FusedPiece> split_fused_row(std::u32string_view row, const std::vector<FusedRole>& roles);

// True when `run` holds only what fused figures are made of (digits, '.', '%', 万元, 元).
bool fused_figures(std::u32string_view run);

}  // namespace gouji
