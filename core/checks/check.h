#pragma once
// What every check sees: the text and everything read from it. Checks only add findings/metrics.
#include <vector>

#include "facts/breakdown.h"
#include "facts/budget_facts.h"
#include "facts/rates.h"
#include "facts/targets.h"
#include "numbers/precision.h"
#include "numbers/quantity.h"
#include "report/finding.h"
#include "statements/frame.h"
#include "structure/document.h"
#include "structure/genre.h"
#include "text/text.h"

namespace gouji {

struct Facts {
  const Text& text;
  std::vector<Quantity> quantities;
  PrecisionContext precision;
  std::vector<Breakdown> breakdowns;
  Document doc;  // headings, inline ordinals, tables
  DocumentKind kind;  // genre, report year, excerpt or whole (structure/genre.h)
  Statements statements;  // every clause's subject and the roles of its numbers (statements/frame.h)
  TargetFacts targets;    // targets, actuals and their pairs, 自评表 rows (facts/targets.h), read once
  std::vector<BudgetFact> budget;  // what each amount is in the accounts (facts/budget_facts.h)
  RateFacts rates;        // labels, money roles, parts and table membership per quantity (facts/rates.h)

  // The heading whose section contains position `at` (innermost), or kNone.
  std::size_t section_of(std::size_t at) const;
  // True when `at` lies inside a table.
  bool in_table(std::size_t at) const;
};

using CheckFn = void (*)(const Facts&, DocumentResult&);

// A registered check and the rule ids it emits (checks/registry.cpp). Every rule of the rule
// table has exactly one owner; `also` names rules another check owns that this one emits in its
// own setting (R21 on a 自评表 row). tests/core/checks/check_owners_test.cpp holds checks to it.
struct RegisteredCheck {
  std::string_view name;
  CheckFn run;
  std::vector<std::string_view> owns, also;
};
const std::vector<RegisteredCheck>& registered_checks();

// Runs the checks (registry order, or `order` — indices into registered_checks(), for tests
// that run one check alone or the list reversed), then the reconcile step (checks/reconcile.h).
void run_checks(const Facts& facts, DocumentResult& out, const std::vector<std::size_t>* order = nullptr);

// Shared helpers for findings and messages.
Span span_of(const Quantity& q, bool primary);
Finding make_finding(std::string_view rule, Message message, std::vector<Span> spans);
std::string format_in_unit(Decimal base_value, const Quantity& like, int decimals);

}  // namespace gouji
