#include "report/json_report.h"

#include <cstdlib>

#include "gouji/version.h"
#include "report/at_stake.h"

namespace gouji {
namespace {

nlohmann::json spans_json(const std::vector<Span>& spans, const Text& text) {
  auto arr = nlohmann::json::array();
  for (const auto& s : spans)
    arr.push_back({{"start", text.utf16(s.start)},
                   {"end", text.utf16(s.end)},
                   {"role", s.primary ? "primary" : "related"}});
  return arr;
}

const std::string& pick(const Message& m, Lang lang) { return lang == Lang::En && !m.en.empty() ? m.en : m.zh; }

}  // namespace

std::string dump_json(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::json tool_json() { return {{"name", "gouji"}, {"version", GOUJI_VERSION}}; }

nlohmann::json document_json(const AnalyzedDocument& doc, Lang lang) {
  const auto& r = doc.result;
  auto findings = nlohmann::json::array();
  for (const auto& f : r.findings) {
    std::size_t at = f.spans.empty() ? 0 : f.spans.front().start;
    LineCol lc = doc.text.line_col(at);
    nlohmann::json j = {{"rule", f.rule},
                        {"severity", severity_name(f.severity)},
                        {"message", pick(f.message, lang)},
                        {"spans", spans_json(f.spans, doc.text)},
                        {"line", lc.line},
                        {"column", lc.column},
                        {"expected", f.expected},
                        {"actual", f.actual}};
    if (!f.hint.zh.empty()) j["hint"] = pick(f.hint, lang);
    j["section"] = f.section;
    if (auto stake = stake_wan(f.expected, f.actual)) j["at_stake"] = stake->to_double();
    if (!f.fixes.empty()) {
      auto fixes = nlohmann::json::array();
      for (const auto& x : f.fixes)
        fixes.push_back({{"start", doc.text.utf16(x.span.start)},
                         {"end", doc.text.utf16(x.span.end)},
                         {"replacement", x.replacement}});
      j["fixes"] = fixes;
    }
    findings.push_back(std::move(j));
  }
  auto metrics = nlohmann::json::array();
  for (const auto& m : r.metrics) {
    double v = std::strtod(m.value.c_str(), nullptr);  // no exceptions: emcc builds without them
    metrics.push_back({{"name", lang == Lang::En && !m.name_en.empty() ? m.name_en : m.name},
                       {"value", v},
                       {"unit", m.unit},
                       {"formula", m.formula},
                       {"spans", spans_json(m.spans, doc.text)}});
  }
  nlohmann::json out = {{"path", r.path}, {"encoding", r.encoding}, {"findings", findings}, {"metrics", metrics}};
  if (!r.final_total.empty()) out["final_total"] = std::strtod(r.final_total.c_str(), nullptr);
  if (!r.targets.empty()) {
    auto targets = nlohmann::json::array();
    for (const auto& t : r.targets)
      targets.push_back({{"name", t.name}, {"category", t.category}, {"target", t.target}, {"actual", t.actual},
                         {"completion", t.completion}, {"status", t.status}, {"met", t.status == "met"},
                         {"spans", spans_json(t.spans, doc.text)}});
    out["targets"] = targets;
  }
  if (!r.checked.empty()) {
    auto checked = nlohmann::json::array();
    for (const auto& c : r.checked)
      checked.push_back({{"rule", c.rule}, {"formula", c.formula}, {"result", c.result},
                         {"inputs", spans_json(c.inputs, doc.text)}});
    out["checked"] = checked;
  }
  if (doc.include_text) out["text"] = doc.text.utf8(0, doc.text.size());
  return out;
}

nlohmann::json report_json(const std::vector<AnalyzedDocument>& docs, Lang lang) {
  auto arr = nlohmann::json::array();
  for (const auto& d : docs) arr.push_back(document_json(d, lang));
  return {{"tool", tool_json()}, {"documents", arr}};
}

}  // namespace gouji
