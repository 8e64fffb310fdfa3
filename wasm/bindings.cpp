// Embind bindings only: the wasm API is the core's analyze() with the same JSON as the CLI
// (one document wrapped in the same {"tool","documents"} envelope).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <vector>

#include "analyze.h"
#include "report/json_report.h"
#include "gouji/version.h"

namespace {

std::string envelope(const gouji::AnalyzedDocument& doc, gouji::Lang lang) {
  return gouji::report_string(doc, lang);
}

// analyze(text, optionsJson): text as JS string (already decoded).
std::string analyze(const std::string& text, const std::string& options_json) {
  auto opt = gouji::options_from_json(options_json);
  return envelope(gouji::analyze_text(text, opt), opt.lang);
}

// analyzeBytes(Uint8Array, optionsJson): a dropped file in any supported encoding.
std::string analyze_bytes(const emscripten::val& bytes, const std::string& options_json) {
  auto opt = gouji::options_from_json(options_json);
  std::vector<unsigned char> v = emscripten::convertJSArrayToNumberVector<unsigned char>(bytes);
  std::string s(v.begin(), v.end());
  return envelope(gouji::analyze_bytes(s, opt), opt.lang);
}

// extract(text, optionsJson) / extractBytes(Uint8Array, optionsJson): what was read.
std::string extract(const std::string& text, const std::string& options_json) {
  return gouji::extract_string(text, gouji::options_from_json(options_json));
}

std::string extract_bytes(const emscripten::val& bytes, const std::string& options_json) {
  std::vector<unsigned char> v = emscripten::convertJSArrayToNumberVector<unsigned char>(bytes);
  return gouji::extract_string(std::string(v.begin(), v.end()), gouji::options_from_json(options_json));
}

std::string version() { return GOUJI_VERSION; }

}  // namespace

EMSCRIPTEN_BINDINGS(gouji) {
  emscripten::function("analyze", &analyze);
  emscripten::function("analyzeBytes", &analyze_bytes);
  emscripten::function("extract", &extract);
  emscripten::function("extractBytes", &extract_bytes);
  emscripten::function("version", &version);
}
