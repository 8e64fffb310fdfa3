#pragma once
// What every check sees: the text and everything read from it. Checks only add findings/metrics.
#include <vector>

#include "facts/breakdown.h"
#include "numbers/precision.h"
#include "numbers/quantity.h"
#include "report/finding.h"
#include "text/text.h"

namespace gouji {

struct Facts {
  const Text& text;
  std::vector<Quantity> quantities;
  PrecisionContext precision;
  std::vector<Breakdown> breakdowns;
};

using CheckFn = void (*)(const Facts&, DocumentResult&);

// Every check, in the order it runs (checks/registry.cpp).
const std::vector<CheckFn>& all_checks();

// Shared helpers for messages.
std::string format_in_unit(Decimal base_value, const Quantity& like, int decimals);

}  // namespace gouji
