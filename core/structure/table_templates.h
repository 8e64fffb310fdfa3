#pragma once
// The forms that published tables follow, as data: the header words of 自评表, 决算公开 tables and
// 资金到位/使用 tables, the fixed row sets that are complete 其中 groups, the columns that do not
// add up (rates, scores), and the page-metadata boxes that are not tables at all. The flattened
// table readers use them to find a table's header, fix its column count and place its cells.
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/table_forms.h"

namespace gouji {

// A cell that names a column of a known form ("全年预算数", "年度指标值", "实际到位资金(万元)").
bool is_header_word(std::u32string_view compact_cell);

// The header of a 自评表 indicator part: it names a target and an actual column.
bool is_indicator_header(const std::vector<std::u32string>& header);

// 资金到位/使用 tables: "计划安排资金 / 实际到位资金 / 实际支出 / 结余", each name followed by its
// figure, then one such row per source (中央/省/市/县/其它). Index 0…3 of the name, -1 if none.
int funds_column(std::u32string_view compact_cell);

// Rows that belong to a fixed set (中央/省/市/县/其他财政; 本年财政拨款/上年结转/其他资金): when
// every item of a 其中 group is one of a set, the group is the whole of its parent.
bool complete_row_set(const std::vector<std::u32string>& compact_labels);

// A column that does not add up over rows: rates, scores, weights, 增减%.
bool non_additive_column(std::u32string_view header);

// A total column or row name (合计/总计/小计, spaces removed).
bool is_total_name(std::u32string_view compact);

// "全年" + "预算数": a column name broken over two lines (the head alone names no column).
bool header_fragments(std::u32string_view head, std::u32string_view tail);

// The name of a table's label column (项目, 支出内容, 年度, 村名, 科目…).
bool names_label_column(std::u32string_view compact_cell);

// 索引号 / 发布机构 / 成文日期 / 主题分类: a page's metadata box, not a table.
bool is_metadata_cell(std::u32string_view compact_cell);

// A row that states the change between the two rows above it ("2016年比2015年增减%", "增减率").
bool is_change_row_label(std::u32string_view compact);

}  // namespace gouji
