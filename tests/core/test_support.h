#pragma once
// Helpers shared by the core tests: run the pipeline on a UTF-8 string, read corpus files.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "analyze.h"
#include "report/finding_cap.h"

namespace gouji::test {

inline AnalyzedDocument run(const std::string& utf8) { return analyze_text(utf8, {}); }

inline std::vector<const Finding*> with_rule(const AnalyzedDocument& d, const std::string& rule) {
  std::vector<const Finding*> out;
  for (const auto& f : d.result.findings)
    if (f.rule == rule) out.push_back(&f);
  return out;
}

// How many times `rule` fired: the findings listed and those a per-rule cap note counts
// (report/finding_cap.h), the note itself not included.
inline std::size_t fired(const AnalyzedDocument& d, const std::string& rule) {
  std::size_t n = 0;
  for (const auto& f : d.result.findings) n += f.rule == rule && !is_cap_note(f);
  for (const auto& [r, k] : d.result.findings_not_listed) n += r == rule ? k : 0;
  return n;
}

// How many findings of `rule` a reviewer is alarmed by (errors and warnings; info is not counted).
inline std::size_t alarms(const AnalyzedDocument& d, const std::string& rule) {
  std::size_t n = 0;
  for (const Finding* f : with_rule(d, rule)) n += f->severity != Severity::Info;
  return n;
}
inline std::size_t alarms(const std::string& utf8, const std::string& rule) { return alarms(run(utf8), rule); }

inline std::size_t count_severity(const AnalyzedDocument& d, Severity s) {
  std::size_t n = 0;
  for (const auto& f : d.result.findings) n += f.severity == s;
  return n;
}

// The text with the first occurrence of `from` replaced (a test's planted change); `from` must be there.
inline std::string replaced(std::string s, const std::string& from, const std::string& to) {
  auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

inline std::string span_text(const AnalyzedDocument& d, const Span& s) { return d.text.utf8(s.start, s.end); }

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline std::string corpus(const std::string& name) { return read_file(std::string(GOUJI_CORPUS_DIR) + "/" + name); }

}  // namespace gouji::test
