#pragma once
// "What was read": quantities, headings, inline ordinals and tables as JSON, so a person can see
// why a check fired (gouji extract, and the page's 识别结果 view). Written as a stream
// (report/json_writer.h), keys in nlohmann's sorted order as the tree once printed them.
#include <string>
#include <vector>

#include "checks/check.h"
#include "report/json_writer.h"
#include "text/normalize.h"
#include "text/pdf_join.h"

namespace gouji {

// One document object of `gouji extract`: {"path","encoding"} and, when `facts` is given (the
// input was text), what was read from it. Spans are mapped through `map` into `original` (the
// text the user gave). `runs`: where the reading normalised the text, so a reviewer sees why a
// number was read as it was: [{"kind":"t2s|pinyin|space|join|dropped-line|width","span":{start,end},
// "line","text"}], spans and text in `original`.
void write_extract_document(JsonWriter& w, const std::string& path, const std::string& encoding, const Facts* facts,
                            const Text& original, const OriginMap& map, const std::vector<NormRun>& runs);

}  // namespace gouji
