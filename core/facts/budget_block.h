#pragma once
// The 预算执行 block of a 自评表 (年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 得分) as prose
// states it: which cell a label names, when it names nothing but the block's whole ("该项目全年
// 预算数", "项目资金执行率"). Read by the restatement check (the table against the prose) and the
// completion frames (an execution rate whose base stands in the 资金到位 paragraph).
#include <string>
#include <string_view>

namespace gouji {

enum class BlockCell { None, Initial, Full, Spent, Rate, Points };

std::string_view block_cell_name(BlockCell c);  // "年初预算数" …

// `foreign`: the label names something else (a fund, a scope, a side, 会议费 …); then `cell` is None.
struct BlockLabel {
  BlockCell cell = BlockCell::None;
  bool foreign = false;
};

BlockLabel read_block_label(const std::u32string& label);

}  // namespace gouji
