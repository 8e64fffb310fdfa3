#include "facts/budget_block.h"

#include <algorithm>

#include "lexicon/lexicon.h"
#include "lexicon/target_words.h"
#include "text/chars.h"

namespace gouji {

std::string_view block_cell_name(BlockCell c) {
  switch (c) {
    case BlockCell::Initial: return "年初预算数";
    case BlockCell::Full: return "全年预算数";
    case BlockCell::Spent: return "全年执行数";
    case BlockCell::Rate: return "执行率";
    case BlockCell::Points: return "得分";
    default: return "";
  }
}

// Which cell of the block a prose label restates: it must name one stage or the execution rate
// and nothing but the block's whole around it. `foreign`: the label names something else
// (a fund, a scope, a side, 会议费 …).
BlockLabel read_block_label(const std::u32string& l) {
  BlockLabel out;
  bool rate = false, clash = false;
  auto set = [&](BlockCell c) {
    clash |= out.cell != BlockCell::None && out.cell != c;
    out.cell = c;
  };
  for (std::size_t i = 0; i < l.size();) {
    lex::Hit h = lex::match_at(l, i);
    if (h.roles) {
      i = h.end;
      if (h.get(lex::Cls::Filler)) continue;
      const lex::Entry* st = h.get(lex::Cls::Stage);
      const lex::Entry* b = h.get(lex::Cls::Base);
      const lex::Entry* r = h.get(lex::Cls::Rate);
      if (st && st->value == lex::Initial) set(BlockCell::Initial);
      else if (st && st->value == lex::Full) set(BlockCell::Full);
      else if (st && st->value == lex::Executed) set(BlockCell::Spent);
      else if (b && b->value == lex::Spent) set(BlockCell::Spent);
      else if (r && r->value == lex::Execution) rate = true;
      else out.foreign = true;  // another stage, a fund, scope, side, base, comparison or list word
      continue;
    }
    std::size_t best = 0;
    for (auto w : lex::targets::kBlockSubjectWords)
      if (l.compare(i, w.size(), w) == 0) best = std::max(best, w.size());
    if (best) { i += best; continue; }
    out.foreign |= chars::is_han(l[i]) != 0;  // a word naming something else
    ++i;
  }
  if (rate) out.cell = out.cell == BlockCell::None ? BlockCell::Rate : BlockCell::None;
  if (clash || out.foreign) out.cell = BlockCell::None;
  return out;
}

}  // namespace gouji
