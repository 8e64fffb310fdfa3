#pragma once
// The human-readable report: `file:line:col: severity: message`, then the quoted text.
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "report/json_report.h"

namespace gouji::cli {

// Findings per severity (index = Severity: error, warning, info).
struct Counts {
  std::size_t n[3] = {0, 0, 0};
  void add(const Counts& o) {
    for (int i = 0; i < 3; ++i) n[i] += o.n[i];
  }
};

Counts count_findings(const AnalyzedDocument& doc);
// One document's findings (no totals line).
void print_document(std::ostream& out, const AnalyzedDocument& doc, Lang lang, bool color);
// The closing line: "2 个错误，1 个警告，0 条提示".
void print_totals(std::ostream& out, const Counts& counts, Lang lang);
// Every document, then the totals line.
void print_text(std::ostream& out, const std::vector<AnalyzedDocument>& docs, Lang lang, bool color);

// The most severe finding (first in document order among equals), on one line:
// "R01 75:11 合计应为…"; empty when there is none.
std::string top_finding(const AnalyzedDocument& doc, Lang lang);

}  // namespace gouji::cli
