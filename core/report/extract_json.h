#pragma once
// "What was read": quantities, headings, inline ordinals and tables as JSON, so a person can see
// why a check fired (gouji extract, and the page's 识别结果 view).
#include <nlohmann/json.hpp>

#include "checks/check.h"
#include "text/normalize.h"

namespace gouji {

// Spans are mapped through `map` into `original` (the text the user gave).
nlohmann::json extract_json(const Facts& facts, const Text& original, const OriginMap& map);

// Where the reading normalised the text, so a reviewer sees why a number was read as it was:
// [{"kind":"t2s|pinyin|space|join|dropped-line","span":{start,end},"line","text"}], spans and
// text in `original`.
nlohmann::json normalised_json(const std::vector<NormRun>& runs, const Text& original);

}  // namespace gouji
