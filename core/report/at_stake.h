#pragma once
// The money a finding concerns, for the page's "by amount at stake" order and its "涉及 X 万元
// （占决算 Y%）": the gap between the finding's expected and stated amounts, and the report's
// 决算支出 total it is a share of. Computed here, with the core's own number reader and unit
// table, so every face reads the same figure from the JSON instead of re-parsing strings.
#include <optional>
#include <string>

#include "numbers/decimal.h"

namespace gouji {

struct Facts;

// |expected − stated| in 万元 when both strings end in an amount of money (the last amount of
// each: "合计 12.02万元" → 12.02); nullopt when either is not money (a rate, a count, a date).
std::optional<Decimal> stake_wan(const std::string& expected, const std::string& actual);

// The report's 决算支出 total in 万元 (exact decimal string), "" when it states none: the
// largest whole-department expense figure (本年支出合计 / 决算支出) of all funds.
std::string final_total_wan(const Facts& facts);

}  // namespace gouji
