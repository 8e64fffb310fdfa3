#pragma once
// A bound on what one document reports, so output and memory grow with the text, not with how
// often one rule fires on it (issue 16: 10^5 findings of one rule on a machine-made text held
// gigabytes and no reviewer reads them). Past the bound a rule's findings and verified relations
// are summarised by one note finding of that rule that says how many are not listed — never a
// silent loss. A real report stays far below both bounds.
#include <cstddef>

#include "report/finding.h"

namespace gouji {

constexpr std::size_t kFindingsPerRule = 200;   // findings listed per rule
constexpr std::size_t kCheckedPerRule = 1000;   // verified relations (`checked`) listed per rule

// Keeps the first kFindingsPerRule findings and kCheckedPerRule relations of each rule, in order,
// and appends one note per rule that had more (severity: the highest of the findings left out;
// info for relations).
void cap_per_rule(DocumentResult& r);

// The note cap_per_rule adds (not a finding of the text itself).
bool is_cap_note(const Finding& f);

}  // namespace gouji
