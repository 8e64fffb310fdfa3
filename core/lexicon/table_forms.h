#pragma once
// The words of the forms published tables follow (项目支出/部门整体支出绩效自评表, 决算公开 tables,
// 三公经费表, 资金到位/使用表, 分配表), grouped by the role each gives a cell: a column name, a
// target or an actual column, a member of a fixed row set, a column that does not add up, a
// page-metadata box, a total. structure/table_templates.cpp and structure/flat_tables.cpp read
// them. Data only (issue 14: one vocabulary in core/lexicon).
#include <array>
#include <string_view>

namespace gouji::lex::tables {

using Str = std::u32string_view;

// Column names of the forms: a header cell contains one of them.
extern const std::array<Str, 48> kHeaderWords;
// Target and actual columns of a 自评表 indicator part.
extern const std::array<Str, 6> kTargetWords;
extern const std::array<Str, 4> kActualWords;
// Fixed row sets (each member listed by the prefixes it is written with): when every item of a
// 其中 group is one of a set, the group is the whole of its parent.
extern const std::array<Str, 11> kLevelRows;   // 中央/省/市/县/其他 …
extern const std::array<Str, 9> kSourceRows;   // 本年财政拨款/上年结转/其他资金 …
// Columns that do not add up over rows: rates, scores, indicator values (each row its own unit),
// unit prices and standards.
extern const std::array<Str, 15> kNonAdditive;
// A page's metadata box (索引号 / 发布机构 …), not a table.
extern const std::array<Str, 11> kMetadata;
// The list trigger a row label may open with ("其中：中央").
extern const Str kQizhong;

// 资金到位/使用 tables: the four column names, in order, and the words that recognise each.
extern const Str kFundsPlanned, kFundsMoney;         // 计划…资金
extern const Str kFundsArrived;                      // …到位…
extern const std::array<Str, 1> kFundsSpentPrefix;   // 实际支出…
extern const std::array<Str, 2> kFundsSpentWhole;    // 支出(万元) as the whole cell
extern const std::array<Str, 2> kFundsBalancePrefix; // 结余… / 结转结余…

// Total names, as the whole (compact) cell; and the endings that make a short label a total.
extern const std::array<Str, 5> kTotalNames;
extern const std::array<Str, 3> kTotalEndings;  // "本年合计"
extern const Str kGrandScore;                   // 总分: a 自评表's closing row
extern const Str kUnitCaption;                  // 单位：万元 above a table
// 决算公开 total tables: the row-number column (行次, never an amount) and the row that numbers the
// columns under the header (栏次 | | 1 | 栏次 | | 2).
extern const Str kRowNumberColumn;
extern const Str kColumnNumberRow;
// The words standing over each side of a 收入支出 total table (收入 | 支出).
extern const std::array<Str, 2> kSideWords;

// A column name broken over two lines: a head ("全年") and a tail ("预算数").
extern const std::array<Str, 6> kHeaderHeads;
extern const std::array<Str, 10> kHeaderTails;
// The name of a table's label column (项目, 支出内容, 年度, 村名, 科目…).
extern const std::array<Str, 8> kLabelColumn;
extern const Str kItemColumn;  // 项目: the label column a header-less table is given
// A change row ("增减%", "增长率"): a change word and a rate word.
extern const std::array<Str, 3> kChangeWords;
extern const std::array<Str, 4> kChangeRateWords;
// A change column's own name ("增减", "增长率") beside the two columns it compares.
extern const std::array<Str, 2> kChangeColumnWords;
// A cell holding only a unit ("(万元)") is the unit of the cell before it.
extern const std::array<Str, 8> kUnitOnlyCells;

// The columns of a flattened 自评表 indicator part, each by its names in order of preference.
extern const std::array<Str, 3> kIndicatorNameColumn;    // 三级指标 / 指标名称 / 二级指标
extern const std::array<Str, 2> kIndicatorWeightColumn;  // 分值 / 权重
extern const std::array<Str, 1> kIndicatorPointsColumn;  // 得分
extern const std::array<Str, 3> kIndicatorTargetColumn;  // 年度指标值 / 指标值 / 目标值

// The columns of a 自评表 budget part, by the role a fused figure takes under them
// (structure/fused_cells.cpp): 年初预算数 (no relation), the 执行率's base and numerator, the rate.
extern const std::array<Str, 1> kInitialBudgetColumn;   // 年初预算
extern const std::array<Str, 3> kRateBaseColumn;        // 全年预算 / 调整后预算 / 预算数
extern const std::array<Str, 2> kExecutedColumn;        // 执行数 / 决算数
extern const std::array<Str, 2> kExecutionRateColumn;   // 执行率
// A 自评表 indicator part's completion rate (实际 ÷ 目标) and unit columns.
extern const std::array<Str, 2> kCompletionRateColumn;  // 完成率 / 完成比例
extern const std::array<Str, 2> kIndicatorUnitColumn;   // 计量单位 / 度量单位

}  // namespace gouji::lex::tables
