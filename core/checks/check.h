#pragma once
// What every check sees: the text and everything read from it. Checks only add findings/metrics.
#include <vector>

#include "facts/breakdown.h"
#include "numbers/precision.h"
#include "numbers/quantity.h"
#include "report/finding.h"
#include "statements/frame.h"
#include "structure/document.h"
#include "text/text.h"

namespace gouji {

struct Facts {
  const Text& text;
  std::vector<Quantity> quantities;
  PrecisionContext precision;
  std::vector<Breakdown> breakdowns;
  Document doc;  // headings, inline ordinals, tables
  Statements statements;  // every clause's subject and the roles of its numbers (statements/frame.h)

  // The heading whose section contains position `at` (innermost), or kNone.
  std::size_t section_of(std::size_t at) const;
  // True when `at` lies inside a table.
  bool in_table(std::size_t at) const;
};

using CheckFn = void (*)(const Facts&, DocumentResult&);

// Every check, in the order it runs (checks/registry.cpp).
const std::vector<CheckFn>& all_checks();

// Shared helpers for findings and messages.
Span span_of(const Quantity& q, bool primary);
Finding make_finding(std::string_view rule, Message message, std::vector<Span> spans);
std::string format_in_unit(Decimal base_value, const Quantity& like, int decimals);

}  // namespace gouji
