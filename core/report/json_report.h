#pragma once
// The one serializer every face uses (CLI, wasm, page), so they print the same JSON:
// {"tool":{"name","version"},"documents":[{"path","encoding","findings":[…],"metrics":[…]}]}
// Written as a stream (report/json_writer.h): no tree of the whole report is ever held.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "report/finding.h"
#include "report/json_writer.h"
#include "text/text.h"

namespace gouji {

enum class Lang { Zh, En };

struct AnalyzedDocument {
  DocumentResult result;
  Text text;  // for UTF-16 offsets and line/column
  bool include_text = false;  // serialise the decoded text as "text"
};

// One document object, and the whole report {"documents":[…],"tool":…}.
void write_document(JsonWriter& w, const AnalyzedDocument& doc, Lang lang);
void write_report(JsonWriter& w, const AnalyzedDocument* docs, std::size_t n, Lang lang);
void write_tool(JsonWriter& w);
// The report of one document as text (what the wasm API returns).
std::string report_string(const AnalyzedDocument& doc, Lang lang);

// The same as trees, for tests and callers that query the JSON (parsed from the stream).
nlohmann::json document_json(const AnalyzedDocument& doc, Lang lang);
nlohmann::json report_json(const std::vector<AnalyzedDocument>& docs, Lang lang);
nlohmann::json tool_json();
// The one way a tree becomes text (compact, invalid UTF-8 replaced rather than thrown on).
std::string dump_json(const nlohmann::json& j);

}  // namespace gouji
