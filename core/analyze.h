#pragma once
// The pipeline, one call: bytes → text (text/) → numbers (numbers/) → facts (facts/) →
// checks (checks/) → report (report/). Every face (CLI, wasm, page) calls this.
#include <string>
#include <string_view>
#include <vector>

#include "report/json_report.h"

namespace gouji {

struct AnalyzeOptions {
  std::string path = "-";
  Lang lang = Lang::Zh;
  bool include_text = false;  // put the decoded text in the JSON (the page shows a dropped file)
  std::vector<std::size_t> check_order;  // tests: indices into registered_checks(); empty = all, in order
};

// Options from the JSON the wasm API takes: {"lang":"zh"|"en","path":"…","include_text":bool};
// bad JSON → defaults.
AnalyzeOptions options_from_json(std::string_view json);

AnalyzedDocument analyze_bytes(std::string_view bytes, const AnalyzeOptions& opt);
AnalyzedDocument analyze_text(std::string_view utf8, const AnalyzeOptions& opt);  // already UTF-8

// What was read (quantities, headings, ordinals, tables) in the JSON envelope of the report:
// {"tool":…,"documents":[{"path","encoding","quantities","headings","ordinals","tables"}]},
// written as it is produced (`w`), as text, or as a tree (tests).
void extract_bytes(std::string_view bytes, const AnalyzeOptions& opt, JsonWriter& w);
std::string extract_string(std::string_view bytes, const AnalyzeOptions& opt);
nlohmann::json extract_bytes(std::string_view bytes, const AnalyzeOptions& opt);

}  // namespace gouji
