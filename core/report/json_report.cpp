#include "report/json_report.h"

#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "gouji/version.h"
#include "report/at_stake.h"
#include "report/finding_cap.h"

namespace gouji {
namespace {

// Keys are written in the order nlohmann's tree sorted them (bytewise), so the text is the same.
// A span as begin_object().kunum("end", …).kstr("role", …).kunum("start", …).end_object() wrote
// it, composed in one piece: a report has hundreds of spans, each eight writer calls before.
void write_span(JsonWriter& w, const Span& s, const Text& text) {
  char b[80];  // 75 bytes at most: a number has 20 digits at most
  char* p = b;
  auto put = [&](std::string_view t) {
    std::memcpy(p, t.data(), t.size());
    p += t.size();
  };
  put("{\"end\":");
  p = std::to_chars(p, p + 20, std::uint64_t{text.utf16(s.end)}).ptr;
  put(s.primary ? ",\"role\":\"primary\",\"start\":" : ",\"role\":\"related\",\"start\":");
  p = std::to_chars(p, p + 20, std::uint64_t{text.utf16(s.start)}).ptr;
  *p++ = '}';
  w.raw(std::string_view(b, static_cast<std::size_t>(p - b)));
}

void write_spans(JsonWriter& w, const std::vector<Span>& spans, const Text& text) {
  w.begin_array();
  for (const auto& s : spans) write_span(w, s, text);
  w.end_array();
}

const std::string& pick(const Message& m, Lang lang) { return lang == Lang::En && !m.en.empty() ? m.en : m.zh; }

void write_finding(JsonWriter& w, const Finding& f, const Text& text, Lang lang) {
  std::size_t at = f.spans.empty() ? 0 : f.spans.front().start;
  LineCol lc = text.line_col(at);
  w.begin_object().kstr("actual", f.actual);
  if (auto stake = stake_wan(f.expected, f.actual)) w.key("at_stake").dbl(stake->to_double());
  w.kunum("column", lc.column).kstr("expected", f.expected);
  if (!f.fixes.empty()) {
    w.key("fixes").begin_array();
    for (const auto& x : f.fixes)
      w.begin_object()
          .kunum("end", text.utf16(x.span.end))
          .kstr("replacement", x.replacement)
          .kunum("start", text.utf16(x.span.start))
          .end_object();
    w.end_array();
  }
  if (!f.hint.zh.empty()) w.kstr("hint", pick(f.hint, lang));
  w.kunum("line", lc.line).kstr("message", pick(f.message, lang));
  if (is_cap_note(f)) w.key("note").boolean(true);  // says what is not listed; not a finding of the text
  w.kstr("rule", f.rule)
      .kstr("section", f.section)
      .kstr("severity", severity_name(f.severity));
  w.key("spans");
  write_spans(w, f.spans, text);
  w.end_object();
}

}  // namespace

std::string dump_json(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void write_tool(JsonWriter& w) { w.begin_object().kstr("name", "gouji").kstr("version", GOUJI_VERSION).end_object(); }

nlohmann::json tool_json() { return {{"name", "gouji"}, {"version", GOUJI_VERSION}}; }

void write_document(JsonWriter& w, const AnalyzedDocument& doc, Lang lang) {
  const auto& r = doc.result;
  const Text& text = doc.text;
  w.begin_object();
  if (!r.checked.empty()) {
    w.key("checked").begin_array();
    for (const auto& c : r.checked) {
      w.begin_object().kstr("formula", c.formula).key("inputs");
      write_spans(w, c.inputs, text);
      w.kstr("result", c.result).kstr("rule", c.rule).end_object();
    }
    w.end_array();
  }
  w.kstr("encoding", r.encoding);
  if (!r.final_total.empty()) w.key("final_total").dbl(std::strtod(r.final_total.c_str(), nullptr));
  w.key("findings").begin_array();
  for (const auto& f : r.findings) write_finding(w, f, text, lang);
  w.end_array();
  w.key("metrics").begin_array();
  for (const auto& m : r.metrics) {
    double v = std::strtod(m.value.c_str(), nullptr);  // no exceptions: emcc builds without them
    w.begin_object()
        .kstr("formula", m.formula)
        .kstr("name", lang == Lang::En && !m.name_en.empty() ? m.name_en : m.name)
        .key("spans");
    write_spans(w, m.spans, text);
    w.kstr("unit", m.unit).key("value").dbl(v).end_object();
  }
  w.end_array();
  // Findings past the per-rule bound (report/finding_cap.h), by severity: counts add them to the
  // findings listed (a note finding of each such rule says so).
  const auto& hidden = r.not_listed_by_severity;
  if (hidden[0] || hidden[1] || hidden[2])
    w.key("not_listed")
        .begin_object()
        .kunum("error", hidden[0])
        .kunum("info", hidden[2])
        .kunum("warning", hidden[1])
        .end_object();
  w.kstr("path", r.path);
  if (!r.targets.empty()) {
    w.key("targets").begin_array();
    for (const auto& t : r.targets) {
      w.begin_object()
          .kstr("actual", t.actual)
          .kstr("category", t.category)
          .kstr("completion", t.completion)
          .kbool("met", t.status == "met")
          .kstr("name", t.name)
          .key("spans");
      write_spans(w, t.spans, text);
      w.kstr("status", t.status).kstr("target", t.target).end_object();
    }
    w.end_array();
  }
  if (doc.include_text) w.kstr("text", text.utf8(0, text.size()));
  w.end_object();
}

void write_report(JsonWriter& w, const AnalyzedDocument* docs, std::size_t n, Lang lang) {
  w.begin_object().key("documents").begin_array();
  for (std::size_t i = 0; i < n; ++i) write_document(w, docs[i], lang);
  w.end_array().key("tool");
  write_tool(w);
  w.end_object();
}

std::string report_string(const AnalyzedDocument& doc, Lang lang) {
  std::string out;
  {
    JsonWriter w(out);
    write_report(w, &doc, 1, lang);
  }
  return out;
}

nlohmann::json document_json(const AnalyzedDocument& doc, Lang lang) {
  std::string s;
  {
    JsonWriter w(s);
    write_document(w, doc, lang);
  }
  return nlohmann::json::parse(s, nullptr, /*allow_exceptions=*/false);
}

nlohmann::json report_json(const std::vector<AnalyzedDocument>& docs, Lang lang) {
  std::string s;
  {
    JsonWriter w(s);
    write_report(w, docs.data(), docs.size(), lang);
  }
  return nlohmann::json::parse(s, nullptr, /*allow_exceptions=*/false);
}

}  // namespace gouji
