#pragma once
// The human-readable report: `file:line:col: severity: message`, then the quoted text.
#include <ostream>
#include <vector>

#include "report/json_report.h"

namespace gouji::cli {

void print_text(std::ostream& out, const std::vector<AnalyzedDocument>& docs, Lang lang, bool color);

}  // namespace gouji::cli
