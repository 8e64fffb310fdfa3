#pragma once
// How precisely a stated number is known (§2.1 of the domain rules). 万元 amounts routinely drop
// trailing zeros ("7万元" among "3038.38万元" parts, "2038.3万元" beside "31172.63万元"): a reviewer
// reads such an amount at the precision of the statement it stands in, not of its digits alone.
// The statement is the sentence (up to 。！？ or a line break; "；" does not end it) and, for a
// list of parts, the whole list with its total — never one guess for the whole document, so a
// paragraph written in whole 万元 keeps its own precision.
#include <cstddef>
#include <unordered_map>
#include <vector>

#include "numbers/quantity.h"
#include "text/text.h"

namespace gouji {

struct PrecisionContext {
  // Money amounts whose statement carries more decimals than they do: start → decimals.
  std::unordered_map<std::size_t, int> widened;
};

// One pass over the text and the quantities (in text order).
PrecisionContext precision_context(const Text& text, const std::vector<Quantity>& qs);
// The amounts of one list (a total and its parts, across sentences) share their precision.
void join_precision(PrecisionContext& ctx, const std::vector<Quantity>& qs, const std::vector<std::size_t>& members);
int effective_decimals(const Quantity& q, const PrecisionContext& ctx);
// The interval a stated number stands for, in the base unit of its kind (元, 人, …).
Interval stated_interval(const Quantity& q, const PrecisionContext& ctx);

}  // namespace gouji
