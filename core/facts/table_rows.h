#pragma once
// How the body rows of a table nest. 决算 and 基础数据表 tables stack a total row over its items:
//   科目编码 208 / 20801 / 2080101           (类 / 款 / 项, by code length)
//   “三公”经费 / 1.公务用车… / 2.出国经费      (numbered items under the row before them)
//   1.公务用车购置和维护经费 / 其中：公车购置 / 公车运行维护   (其中: some items, maybe not all)
// A column then adds up over the top-level rows only, and each parent equals its items.
#include <cstddef>
#include <vector>

#include "structure/document.h"

namespace gouji {

struct RowNode {
  int level = 0;                  // 0 = top level
  std::size_t parent = kNone;     // index of the parent row
  bool complete = true;           // false for a 其中 group: the items may be only some of the parent
};

// One node per body row of `t` (same indexing as t.rows).
std::vector<RowNode> row_tree(const Table& t);

}  // namespace gouji
