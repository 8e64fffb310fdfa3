// The list of checks the pipeline runs. Adding a check = one function + one line here.
#include <algorithm>
#include <iterator>

#include "checks/check.h"
#include "checks/rule_table.h"

namespace gouji {

void check_breakdown_sums(const Facts&, DocumentResult&);
void check_stated_differences(const Facts&, DocumentResult&);
void check_change_sums(const Facts&, DocumentResult&);
void check_nested_sums(const Facts&, DocumentResult&);
void check_tables(const Facts&, DocumentResult&);
void check_prose_vs_tables(const Facts&, DocumentResult&);
void check_heading_numbering(const Facts&, DocumentResult&);
void check_inline_ordinals(const Facts&, DocumentResult&);
void check_rates(const Facts&, DocumentResult&);
void check_targets(const Facts&, DocumentResult&);
void check_scores(const Facts&, DocumentResult&);
void check_budget_identities(const Facts&, DocumentResult&);
void check_restated_figures(const Facts&, DocumentResult&);
void check_enumerations(const Facts&, DocumentResult&);
void check_products(const Facts&, DocumentResult&);
void check_time_scope(const Facts&, DocumentResult&);
void check_text_quality(const Facts&, DocumentResult&);
void check_completeness(const Facts&, DocumentResult&);

const std::vector<CheckFn>& all_checks() {
  static const std::vector<CheckFn> checks = {
      &check_breakdown_sums,
      &check_stated_differences,  // R01 on 差值/差额/相差
      &check_change_sums,         // R01 on a breakdown's changes (change_sums.cpp)
      &check_nested_sums,         // R01 on the bracketed figures of a breakdown's items (nested_sums.cpp)
      &check_tables,
      &check_prose_vs_tables,
      &check_heading_numbering,
      &check_inline_ordinals,
      &check_rates,
      &check_targets,  // after check_rates: R24 on a target/actual pair is not repeated
      &check_scores,
      &check_budget_identities,  // R02–R12, R15, R16 across sentences (after R01)
      &check_restated_figures,   // R15 on a named programme/allocation amount stated twice
      &check_enumerations,   // R60–R62 counts vs lists
      &check_products,       // R35 标准 × 人数/月数 = 金额, 长 × 宽 = 面积
      &check_time_scope,     // R80–R82 partial-year, future tense, year
      &check_text_quality,   // R90, R91, R93
      &check_completeness,   // R74, R75, R95, R17
  };
  return checks;
}

// Headings and tables are read top to bottom, so both lists are ordered by position (tables do
// not overlap): binary searches, since checks ask for every number (a 50 MB report has 10^5
// headings).
std::size_t Facts::section_of(std::size_t at) const {
  const auto& hs = doc.headings;
  auto it = std::partition_point(hs.begin(), hs.end(), [at](const Heading& h) { return h.marker_start <= at; });
  return it == hs.begin() ? kNone : static_cast<std::size_t>(it - hs.begin()) - 1;
}

bool Facts::in_table(std::size_t at) const {
  const auto& ts = doc.tables;
  auto it = std::partition_point(ts.begin(), ts.end(), [at](const Table& t) { return t.start <= at; });
  return it != ts.begin() && at < std::prev(it)->end;
}

Span span_of(const Quantity& q, bool primary) { return {q.start, q.end, primary}; }

Finding make_finding(std::string_view rule, Message message, std::vector<Span> spans) {
  Finding f;
  f.rule = std::string(rule);
  f.severity = rule_info(rule).severity;
  f.message = std::move(message);
  f.spans = std::move(spans);
  return f;
}

std::string format_in_unit(Decimal base_value, const Quantity& like, int decimals) {
  Decimal scale = like.unit ? Decimal::pow10(like.unit->pow10) : Decimal::from_int(1);
  // base / scale is exact for powers of ten.
  return base_value.div_floor(scale).to_string(decimals);
}

}  // namespace gouji
