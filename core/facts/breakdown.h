#pragma once
// A stated total and the parts the text says it consists of:
// "支出总计X万元，其中A万元、B万元" / "包括…" / "分别为…".
#include <cstddef>
#include <vector>

#include "numbers/quantity.h"
#include "text/text.h"

namespace gouji {

struct Breakdown {
  std::size_t total;               // index into the quantity list
  std::vector<std::size_t> parts;  // indices into the quantity list
  std::size_t trigger_start = 0, trigger_end = 0;  // "其中"
  std::vector<std::size_t> excluded;  // same-kind figures in the sentence that are not parts
                                      // (年末结转和结余 …): candidates to explain a gap
};

std::vector<Breakdown> find_breakdowns(const Text& text, const std::vector<Quantity>& qs);

}  // namespace gouji
