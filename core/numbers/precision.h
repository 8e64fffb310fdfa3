#pragma once
// How precisely a stated number is known (§2.1 of the domain rules). 万元 amounts routinely drop
// trailing zeros ("2038.3万元" beside "31172.63万元"), so money takes the report's dominant
// precision instead of the wider interval its written digits alone would give.
#include <map>
#include <vector>

#include "numbers/quantity.h"

namespace gouji {

struct PrecisionContext {
  std::map<const UnitDef*, int> dominant_decimals;  // per money unit (元, 万元, 亿元)
};

PrecisionContext precision_context(const std::vector<Quantity>& qs);
int effective_decimals(const Quantity& q, const PrecisionContext& ctx);
// The interval a stated number stands for, in the base unit of its kind (元, 人, …).
Interval stated_interval(const Quantity& q, const PrecisionContext& ctx);

}  // namespace gouji
