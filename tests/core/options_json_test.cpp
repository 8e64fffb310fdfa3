#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "analyze.h"

using namespace gouji;

namespace {

// What the options meant when nlohmann's parser read them (the reader it replaced): the oracle.
AnalyzeOptions by_tree(const std::string& json) {
  AnalyzeOptions o;
  auto j = nlohmann::json::parse(json.begin(), json.end(), nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return o;
  if (j.contains("lang") && j["lang"].is_string()) o.lang = j["lang"] == "en" ? Lang::En : Lang::Zh;
  if (j.contains("path") && j["path"].is_string()) o.path = j["path"].get<std::string>();
  if (j.contains("include_text") && j["include_text"].is_boolean()) o.include_text = j["include_text"].get<bool>();
  return o;
}

void same(const std::string& json) {
  AnalyzeOptions a = options_from_json(json), b = by_tree(json);
  CHECK_MESSAGE((a.lang == b.lang && a.path == b.path && a.include_text == b.include_text), "options: ", json);
}

const std::vector<std::string> kCases = {
    R"({"lang":"en","path":"报告.txt","include_text":true})",
    R"({ "lang" : "zh" , "include_text" : false })",
    R"({"path":"a\"b\\c\/d\n\t\u00e9\u6d4b\ud83d\ude00"})",
    R"({"lang":"en","lang":5})",               // the last of a repeated key decides
    R"({"lang":5,"lang":"en"})",
    R"({"path":null,"include_text":"true"})",  // wrong types: defaults
    R"({"x":{"y":[1,2.5e-3,-0,{"z":[]}],"w":{}},"lang":"en"})",
    R"({"x":[[[[[[[[[[1]]]]]]]]]],"path":"p"})",
    "\xEF\xBB\xBF{\"lang\":\"en\"}",            // a BOM
    R"({})", R"([])", R"("en")", R"(null)", "", "   ",
    R"({"lang":"en",})", R"({"lang":"en"} x)", R"({"lang":"en")", R"({lang:"en"})",
    R"({"path":"\ud800"})", R"({"path":"\udc00x"})", R"({"path":"\x"})", R"({"n":01})",
    R"({"n":1.})", R"({"n":-})", R"({"n":1e})", R"({"n":tru})",
    "{\"path\":\"\xC3\x28\"}", "{\"path\":\"\xE0\x80\xAF\"}", "{\"path\":\"\xED\xA0\x80\"}",
    "{\"path\":\"\xF4\x90\x80\x80\"}", "{\"path\":\"a\x01\"}", "{\"path\":\"\xE6\xB5\x8B\"}",
};

}  // namespace

TEST_CASE("options: read as nlohmann's parser read them, on valid, odd and broken JSON") {
  for (const auto& c : kCases) same(c);
  AnalyzeOptions o = options_from_json(kCases[0]);
  CHECK(o.lang == Lang::En);
  CHECK(o.path == "报告.txt");
  CHECK(o.include_text);
}

TEST_CASE("options: every cut and every one-byte change of well-formed options agree with the parser") {
  std::mt19937 rng(7);
  const std::string alphabet = "{}[]\":,\\ -.0123456789eEtruefalsn\xE6\xB5\x8Bu\x80";
  for (std::size_t k = 0; k < 9; ++k) {
    const std::string& base = kCases[k];
    for (std::size_t n = 0; n <= base.size(); ++n) same(base.substr(0, n));
    for (int t = 0; t < 300; ++t) {
      std::string m = base;
      std::size_t at = rng() % m.size();
      m[at] = alphabet[rng() % alphabet.size()];
      same(m);
    }
  }
}

TEST_CASE("options: deep nesting is refused or skipped without exhausting the stack") {
  std::string deep = "{\"x\":" + std::string(200000, '[') + std::string(200000, ']') + ",\"lang\":\"en\"}";
  CHECK(options_from_json(deep).lang == Lang::En);
  CHECK(options_from_json("{\"x\":" + std::string(200000, '[')).lang == Lang::Zh);
}
