#pragma once
// The one serializer every face uses (CLI, wasm, page), so they print the same JSON:
// {"tool":{"name","version"},"documents":[{"path","encoding","findings":[…],"metrics":[…]}]}
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "report/finding.h"
#include "text/text.h"

namespace gouji {

enum class Lang { Zh, En };

struct AnalyzedDocument {
  DocumentResult result;
  Text text;  // for UTF-16 offsets and line/column
  bool include_text = false;  // serialise the decoded text as "text"
};

nlohmann::json document_json(const AnalyzedDocument& doc, Lang lang);
nlohmann::json report_json(const std::vector<AnalyzedDocument>& docs, Lang lang);
nlohmann::json tool_json();
// The one way JSON becomes text (compact, invalid UTF-8 replaced rather than thrown on).
std::string dump_json(const nlohmann::json& j);

}  // namespace gouji
