#include "cli/text_output.h"

#include <algorithm>

#include "report/finding_cap.h"

namespace gouji::cli {
namespace {

const char* color_of(Severity s) {
  switch (s) {
    case Severity::Error: return "\033[1;31m";
    case Severity::Warning: return "\033[1;33m";
    case Severity::Info: return "\033[1;36m";
  }
  return "";
}

// A window of the line around the primary span, the span itself marked.
std::string quote(const Text& text, const Span& s, bool color) {
  const std::size_t kContext = 24;
  LineCol lc = text.line_col(s.start);
  std::size_t line_start = s.start - (lc.column - 1);
  std::size_t b = s.start > line_start + kContext ? s.start - kContext : line_start;
  std::size_t e = s.end;
  while (e < text.size() && text.at(e) != U'\n' && e < s.end + kContext) ++e;
  std::string q = "    ";
  if (b > line_start) q += "…";
  q += text.utf8(b, s.start);
  q += color ? "\033[4m" : "【";
  q += text.utf8(s.start, std::min(s.end, e));
  q += color ? "\033[0m" : "】";
  q += text.utf8(std::min(s.end, e), e);
  if (e < text.size() && text.at(e) != U'\n') q += "…";
  // A span from a hard-wrapped (PDF) paste may hold line breaks: quote it on one line.
  for (std::size_t p = 0; (p = q.find('\n', p)) != std::string::npos;) q.replace(p, 1, "⏎");
  return q;
}

}  // namespace

// The findings of the text, listed or past the per-rule bound; the bound's notes are not findings.
Counts count_findings(const AnalyzedDocument& doc) {
  Counts c;
  for (const auto& f : doc.result.findings) c.n[static_cast<int>(f.severity)] += !is_cap_note(f);
  for (int i = 0; i < 3; ++i) c.n[i] += doc.result.not_listed_by_severity[i];
  return c;
}

void print_document(std::ostream& out, const AnalyzedDocument& d, Lang lang, bool color) {
  for (const auto& f : d.result.findings) {
    std::size_t at = f.spans.empty() ? 0 : f.spans.front().start;
    LineCol lc = d.text.line_col(at);
    out << d.result.path << ":" << lc.line << ":" << lc.column << ": ";
    if (color) out << color_of(f.severity);
    out << severity_name(f.severity);
    if (color) out << "\033[0m";
    out << ": " << (lang == Lang::En ? f.message.en : f.message.zh) << " [" << f.rule << "]\n";
    if (!f.hint.zh.empty()) out << "    " << (lang == Lang::En ? f.hint.en : f.hint.zh) << "\n";
    if (!f.spans.empty()) out << quote(d.text, f.spans.front(), color) << "\n";
  }
}

void print_totals(std::ostream& out, const Counts& c, Lang lang) {
  if (lang == Lang::En)
    out << c.n[0] << " error(s), " << c.n[1] << " warning(s), " << c.n[2] << " info\n";
  else
    out << c.n[0] << " 个错误，" << c.n[1] << " 个警告，" << c.n[2] << " 条提示\n";
}

void print_text(std::ostream& out, const std::vector<AnalyzedDocument>& docs, Lang lang, bool color) {
  Counts total;
  for (const auto& d : docs) {
    print_document(out, d, lang, color);
    total.add(count_findings(d));
  }
  print_totals(out, total, lang);
}

std::string top_finding(const AnalyzedDocument& d, Lang lang) {
  const Finding* top = nullptr;
  for (const auto& f : d.result.findings)
    if (!top || static_cast<int>(f.severity) < static_cast<int>(top->severity)) top = &f;
  if (!top) return {};
  std::string s = top->rule;
  if (!top->spans.empty()) {
    LineCol lc = d.text.line_col(top->spans.front().start);
    s += " " + std::to_string(lc.line) + ":" + std::to_string(lc.column);
  }
  s += " ";
  s += lang == Lang::En && !top->message.en.empty() ? top->message.en : top->message.zh;
  return s;
}

}  // namespace gouji::cli
