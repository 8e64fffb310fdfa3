#pragma once
// The facts layer of `gouji extract` (frames, breakdowns, targets, budget roles): every fact a
// check can read, beside the numbers, headings and tables of extract_json.h.
#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>

#include "checks/check.h"

namespace gouji {

using SpanJson = std::function<nlohmann::json(std::size_t, std::size_t)>;
nlohmann::json extract_facts_json(const Facts& facts, const SpanJson& span);

}  // namespace gouji
