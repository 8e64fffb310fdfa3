#pragma once
// What every family-B check file (rate_checks, rate_changes, rate_metrics) works from: the
// document's facts, the rate facts read once for all of them, and the result to add to. Each file
// extends it with the lookups only it needs.
#include <cstddef>

#include "checks/check.h"
#include "facts/rates.h"

namespace gouji {

struct RateContext {
  const Facts& f;
  const RateFacts& rf;
  DocumentResult& out;

  const Quantity& q(std::size_t i) const { return f.quantities[i]; }
  bool prose(std::size_t i) const { return !rf.in_table[i]; }
  bool same_sentence(std::size_t a, std::size_t b) const {
    return sentence_begin(f.text, q(a).start) == sentence_begin(f.text, q(b).start);
  }
};

}  // namespace gouji
