#include "analyze.h"

#include <algorithm>
#include <map>

#include "checks/check.h"
#include "checks/rule_table.h"
#include "docx/docx_reader.h"
#include "docx/zip.h"
#include "facts/breakdown.h"
#include "report/at_stake.h"
#include "report/finding_cap.h"
#include "report/extract_json.h"
#include "numbers/number_reader.h"
#include "structure/genre.h"
#include "structure/headings.h"
#include "structure/tables.h"
#include "text/decode.h"
#include "text/as_written.h"
#include "text/normalize.h"
#include "text/trim.h"

namespace gouji {
namespace {

// Problems with the input itself are findings too, so every face shows them the same way.
void input_findings(const Decoded& d, const Text& text, DocumentResult& out) {
  auto add = [&](const char* rule, Message msg, std::vector<Span> spans) {
    Finding f;
    f.rule = rule;
    f.severity = rule_info(rule).severity;
    f.message = std::move(msg);
    f.spans = std::move(spans);
    out.findings.push_back(std::move(f));
  };
  if (d.binary) {
    add("E02", {"这不是文本文件（看起来是二进制文件），无法检查。请粘贴报告文字，或上传 .txt / .docx 文件。",
                "This is not a text file (it looks binary), so it cannot be checked. Paste the report text or "
                "upload a .txt / .docx file."},
        {});
    return;
  }
  bool blank = true;
  for (char32_t c : text.chars())
    if (!(c == U' ' || c == U'\t' || c == U'\n' || c == U'\u3000')) { blank = false; break; }
  if (blank) {
    add("E03", {"输入为空：没有可检查的文字。", "The input is empty: there is no text to check."}, {});
    return;
  }
  if (!d.replaced_at.empty()) {
    std::vector<Span> spans;
    for (std::size_t i = 0; i < d.replaced_at.size() && i < 20; ++i)
      spans.push_back({d.replaced_at[i], d.replaced_at[i] + 1, i == 0});
    std::string n = std::to_string(d.replaced_at.size());
    add("E01", {"输入含 " + n + " 处无法识别的字节（编码按 " + d.encoding + " 识别），已替换为 �；其余文字照常检查。",
                "The input has " + n + " undecodable byte(s) (read as " + d.encoding +
                    "); they were replaced with � and the rest was checked."},
        std::move(spans));
  }
}

// Everything the checks stand on, read once.
Facts read_facts(const Text& text) {
  Facts facts{text, read_quantities(text), {}, {}, {}, {}, {}, {}, {}, {}};
  // The readers grow their lists by doubling: up to half of each would stay unused for as long as
  // the checks run (issue 16, memory per input byte). Trimmed as each is made, while little else
  // is held, when much is spare (text/trim.h).
  trim(facts.quantities);
  read_tables(text, facts.doc);
  facts.doc.headings = read_headings(text, facts.doc.table_lines);
  facts.doc.ordinals = read_inline_ordinals(text);
  facts.kind = read_document_kind(text, facts.doc.headings);
  // Only a year the title names resolves 本年/上年: an excerpt's first year may be a comparison base.
  facts.statements = read_statements(text, facts.quantities, facts.doc, facts.kind.year_titled ? facts.kind.year : 0);
  trim(facts.statements.frames);
  trim(facts.statements.numbers);
  facts.breakdowns = find_breakdowns(text, facts.quantities, facts.statements);
  trim(facts.breakdowns);
  facts.precision = precision_context(text, facts.quantities);
  facts.targets = read_targets(text, facts.quantities, facts.doc);
  trim(facts.targets.targets);
  trim(facts.targets.actuals);
  trim(facts.targets.rows);
  trim(facts.targets.pairs);
  for (const Breakdown& b : facts.breakdowns) {  // a list and its total are one statement
    std::vector<std::size_t> members(b.parts.begin(), b.parts.end());
    members.push_back(b.total);
    join_precision(facts.precision, facts.quantities, members);
  }
  facts.budget = read_budget_facts(text, facts.quantities, facts.breakdowns, facts.doc, facts.statements);  // trimmed there
  facts.rates = read_rate_facts(text, facts.quantities, facts.breakdowns);
  facts.rates.in_table.resize(facts.quantities.size());
  for (std::size_t i = 0; i < facts.quantities.size(); ++i)
    facts.rates.in_table[i] = facts.in_table(facts.quantities[i].start);
  return facts;
}

// Names the top-level section each finding stands under, for grouping in the page.
void name_sections(const Facts& facts, std::vector<Finding>& findings) {
  const auto& hs = facts.doc.headings;
  for (auto& f : findings) {
    if (f.spans.empty()) continue;
    std::size_t h = facts.section_of(f.spans.front().start);
    while (h != kNone && hs[h].parent != kNone) h = hs[h].parent;
    // Unnumbered title lines are not sections; numbered top-level headings are.
    if (h != kNone) f.section = hs[h].marker + hs[h].title;
  }
}

void map_spans(std::vector<Span>& spans, const OriginMap& map) {
  for (auto& s : spans) {
    std::size_t b = map.start(s.start);
    s.end = map.end(s.start, s.end);
    s.start = b;
  }
}

// A 繁体 report was read as 简体: what the findings quote from it goes back to how it is written.
void quote_as_written(const WrittenForm& w, const Facts& facts, DocumentResult& r) {
  // Around each span (the first four): a label stands within a clause of its figure.
  std::vector<std::pair<std::size_t, std::size_t>> near;
  auto around = [&near](const std::vector<Span>& spans) {
    near.clear();
    for (std::size_t k = 0; k < spans.size() && k < 4; ++k)
      near.push_back({spans[k].start > 120 ? spans[k].start - 120 : 0, spans[k].end + 60});
  };
  std::map<std::string, std::string> sections;  // each top-level heading's name (name_sections), as written
  for (const auto& h : facts.doc.headings)
    if (h.parent == kNone) sections.emplace(h.marker + h.title, w.restore(h.marker + h.title, h.marker_start, h.end));
  for (auto& f : r.findings) {
    around(f.spans);
    for (std::string* s : {&f.message.zh, &f.message.en, &f.hint.zh, &f.expected, &f.actual}) *s = w.restore(*s, near);
    if (auto it = sections.find(f.section); it != sections.end()) f.section = it->second;
  }
  for (auto& t : r.targets) {
    around(t.spans);
    for (std::string* s : {&t.name, &t.target, &t.actual}) *s = w.restore(*s, near);
  }
}

// The same for what was read (gouji extract, the page's 识别结果): figures, labels, headings and
// cells as the report writes them; units, kinds and values are the 简体 reading's.
void what_was_read_as_written(const WrittenForm& w, Facts& f) {
  for (auto& q : f.quantities) {
    q.text = w.restore(q.text, q.start, q.end, 1);
    std::size_t b = std::min(q.label_start, q.start), e = std::max(q.label_end, q.end);
    q.label = w.restore(q.label, b, e);
  }
  for (auto& h : f.doc.headings) h.title = w.restore(h.title, h.start, h.end);
  for (auto& t : f.doc.tables) {
    for (auto& name : t.header) name = w.restore(name, t.start, t.end);
    for (auto& row : t.rows)
      for (auto& c : row) c.text = w.restore(c.text, c.start, c.end, 1);
  }
}

// The checks' findings after the input's own (E01–E05), without a second growing copy.
void move_findings(std::vector<Finding>& from, std::vector<Finding>& to) {
  if (to.empty()) {
    to = std::move(from);
    return;
  }
  to.reserve(to.size() + from.size());
  for (auto& f : from) to.push_back(std::move(f));
  from = {};
}

AnalyzedDocument run(Decoded d, const AnalyzeOptions& opt, DocumentResult pre = {}) {
  AnalyzedDocument doc;
  doc.result.findings = std::move(pre.findings);
  Normalized norm = d.binary ? Normalized{} : normalize_text(d.text);
  doc.text = Text(std::move(d.text));
  doc.result.path = opt.path;
  doc.result.encoding = d.encoding;
  doc.include_text = opt.include_text;
  // A .docx refused (E04) is not also "not text"; its notes (E05) do not stop the input checks.
  bool refused = false;
  for (const auto& f : doc.result.findings) refused = refused || f.rule == "E04";
  if (!refused) input_findings(d, doc.text, doc.result);
  if (d.binary) return doc;
  if (!norm.changed) {
    Facts facts = read_facts(doc.text);
    DocumentResult checked;
    run_checks(facts, checked, opt.check_order.empty() ? nullptr : &opt.check_order);
    name_sections(facts, checked.findings);
    cap_per_rule(checked);
    move_findings(checked.findings, doc.result.findings);
    doc.result.metrics = std::move(checked.metrics);
    doc.result.targets = std::move(checked.targets);
    doc.result.checked = std::move(checked.checked);
    doc.result.findings_not_listed = std::move(checked.findings_not_listed);
    std::copy(std::begin(checked.not_listed_by_severity), std::end(checked.not_listed_by_severity),
              std::begin(doc.result.not_listed_by_severity));
    doc.result.final_total = final_total_wan(facts);
    return doc;
  }
  // Checks run on the reading copy; their spans are mapped back onto the user's text.
  Text clean(std::move(norm.text));
  OriginMap map{std::move(norm.origin)};
  Facts facts = read_facts(clean);
  DocumentResult checked;
  run_checks(facts, checked, opt.check_order.empty() ? nullptr : &opt.check_order);
  name_sections(facts, checked.findings);
  cap_per_rule(checked);
  doc.result.final_total = final_total_wan(facts);
  if (norm.simplified) quote_as_written(WrittenForm(clean.chars(), map.origin, doc.text.chars()), facts, checked);
  for (auto& f : checked.findings) {
    map_spans(f.spans, map);
    for (auto& x : f.fixes) {
      std::size_t b = map.start(x.span.start);
      x.span.end = map.end(x.span.start, x.span.end);
      x.span.start = b;
    }
  }
  move_findings(checked.findings, doc.result.findings);
  for (auto& m : checked.metrics) {
    map_spans(m.spans, map);
    doc.result.metrics.push_back(std::move(m));
  }
  for (auto& t : checked.targets) {
    map_spans(t.spans, map);
    doc.result.targets.push_back(std::move(t));
  }
  for (auto& c : checked.checked) map_spans(c.inputs, map);
  doc.result.checked = std::move(checked.checked);
  doc.result.findings_not_listed = std::move(checked.findings_not_listed);
  std::copy(std::begin(checked.not_listed_by_severity), std::end(checked.not_listed_by_severity),
            std::begin(doc.result.not_listed_by_severity));
  return doc;
}

// What the .docx reader left out of the text (hidden text, tracked deletions, unreadable
// numbering, …): one E05 note, so the reviewer knows the text checked is not all of the file.
void add_docx_notes(const std::vector<std::string>& notes, DocumentResult& out) {
  Finding f;
  f.rule = "E05";
  f.severity = rule_info("E05").severity;
  std::string zh, en;
  for (const auto& n : notes) {
    std::size_t cut = n.find(" / ");
    zh += (zh.empty() ? "" : "；") + n.substr(0, cut);
    en += (en.empty() ? "" : "; ") + (cut == std::string::npos ? n : n.substr(cut + 3));
  }
  f.message = {".docx 中有内容未按原样读入：" + zh + "。", "Part of the .docx was not read as written: " + en + "."};
  out.findings.push_back(std::move(f));
}

// Bytes → text: a .docx is rendered as the text Word would paste; anything else is decoded.
// A .docx that cannot be read yields an E04 finding with the reason and no text.
Decoded decode_input(std::string_view bytes, DocumentResult* result) {
  // A ZIP that holds word/document.xml is a .docx; so is a ZIP too damaged to list its parts
  // (a .docx cut short by a download): E04 says what is wrong. A sound ZIP of other files is E02.
  bool zip = bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
  if (is_ole(bytes) || (zip && (looks_like_docx(bytes) || docx::ZipReader(bytes).error() != docx::ZipError::None))) {
    DocxResult docx;
    DocxError err;
    if (read_docx(bytes, docx, err)) {
      Decoded d = decode(docx.text);
      d.encoding = "docx";
      if (result && !docx.warnings.empty()) add_docx_notes(docx.warnings, *result);
      return d;
    }
    Decoded d;
    d.encoding = "docx";
    d.binary = true;
    if (result) {
      Finding f;
      f.rule = "E04";
      f.severity = rule_info("E04").severity;
      f.message = {err.zh, err.en};
      result->findings.push_back(std::move(f));
    }
    return d;
  }
  return decode(bytes);
}

}  // namespace

void extract_bytes(std::string_view bytes, const AnalyzeOptions& opt, JsonWriter& w) {
  Decoded d = decode_input(bytes, nullptr);
  Normalized norm = d.binary ? Normalized{} : normalize_text(d.text);
  Text text(std::move(d.text));
  w.begin_object().key("documents").begin_array();
  if (d.binary) {
    write_extract_document(w, opt.path, d.encoding, nullptr, text, OriginMap{}, norm.runs);
  } else if (norm.changed) {
    Text clean(std::move(norm.text));
    Facts facts = read_facts(clean);
    if (norm.simplified) what_was_read_as_written(WrittenForm(clean.chars(), norm.origin, text.chars()), facts);
    write_extract_document(w, opt.path, d.encoding, &facts, text, OriginMap{std::move(norm.origin)}, norm.runs);
  } else {
    Facts facts = read_facts(text);
    write_extract_document(w, opt.path, d.encoding, &facts, text, OriginMap{}, norm.runs);
  }
  w.end_array().key("tool");
  write_tool(w);
  w.end_object();
}

std::string extract_string(std::string_view bytes, const AnalyzeOptions& opt) {
  std::string out;
  {
    JsonWriter w(out);
    extract_bytes(bytes, opt, w);
  }
  return out;
}

nlohmann::json extract_bytes(std::string_view bytes, const AnalyzeOptions& opt) {
  return nlohmann::json::parse(extract_string(bytes, opt), nullptr, /*allow_exceptions=*/false);
}

AnalyzedDocument analyze_bytes(std::string_view bytes, const AnalyzeOptions& opt) {
  DocumentResult pre;
  Decoded d = decode_input(bytes, &pre);
  return run(std::move(d), opt, std::move(pre));
}

AnalyzedDocument analyze_text(std::string_view utf8, const AnalyzeOptions& opt) {
  // Text from a JS string is already UTF-8; decode() still normalises line endings and flags
  // lone surrogates that Embind turned into U+FFFD.
  return run(decode(utf8), opt);
}

}  // namespace gouji
