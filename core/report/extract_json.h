#pragma once
// "What was read": quantities, headings, inline ordinals and tables as JSON, so a person can see
// why a check fired (gouji extract, and the page's 识别结果 view).
#include <nlohmann/json.hpp>

#include "checks/check.h"

namespace gouji {

nlohmann::json extract_json(const Facts& facts);

}  // namespace gouji
