#pragma once
// "What was read": quantities, headings, inline ordinals and tables as JSON, so a person can see
// why a check fired (gouji extract, and the page's 识别结果 view).
#include <nlohmann/json.hpp>

#include "checks/check.h"
#include "text/pdf_join.h"

namespace gouji {

// Spans are mapped through `map` into `original` (the text the user gave).
nlohmann::json extract_json(const Facts& facts, const Text& original, const OriginMap& map);

}  // namespace gouji
