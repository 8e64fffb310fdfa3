// The list of checks the pipeline runs. Adding a check = one function + one line here, with the
// rule ids it emits.
#include <algorithm>
#include <iterator>

#include "checks/check.h"
#include "checks/reconcile.h"
#include "checks/rule_table.h"
#include "report/finding_cap.h"

namespace gouji {

void check_breakdown_sums(const Facts&, DocumentResult&);
void check_stated_differences(const Facts&, DocumentResult&);
void check_complements(const Facts&, DocumentResult&);
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

// Each check with the rules it emits: `owns` — every rule of the rule table has exactly one
// owner, where a newcomer looks for it; `also` — a rule another check owns, emitted here in this
// check's own setting. tests/core/checks/check_owners_test.cpp fails on a rule with no owner or
// two, and on a rule a check emits without declaring it.
const std::vector<RegisteredCheck>& registered_checks() {
  static const std::vector<RegisteredCheck> checks = {
      {"sums", &check_breakdown_sums, {"R01", "R63", "R94"}, {"R61"}},
      {"differences", &check_stated_differences, {}, {"R01", "R02", "R26"}},  // 差值/差额/相差, 收支平衡, a change between two levels
      {"complements", &check_complements, {}, {"R01"}},  // 已支付 + 未支付 = 安排, 支出 + 结余 = 到位 (complement_checks.cpp)
      {"change sums", &check_change_sums, {}, {"R01"}},  // a breakdown's changes (change_sums.cpp)
      {"nested sums", &check_nested_sums, {}, {"R01"}},  // the bracketed figures of a breakdown's items
      {"tables", &check_tables, {"R13"}, {}},
      {"prose vs tables", &check_prose_vs_tables, {"R14"}, {"R13"}},
      {"heading numbering", &check_heading_numbering, {"R70", "R71", "R72"}, {}},
      {"inline ordinals", &check_inline_ordinals, {"R73"}, {"R71"}},
      {"rates", &check_rates, {"R20", "R21", "R22", "R23", "R24", "R26", "R27", "R28", "R29", "R30", "R31", "R32", "R33", "R34"}, {"R35"}},
      {kTargetsCheck, &check_targets, {"R25", "R40", "R41", "R42", "R43", "R44", "R45"}, {"R24", "R15", "R21"}},
      {"scores", &check_scores, {"R50", "R51", "R52", "R53", "R54", "R55"}, {"R21"}},
      // R02–R12, R15, R16 across sentences
      {"budget identities", &check_budget_identities,
       {"R02", "R03", "R04", "R05", "R06", "R07", "R08", "R09", "R10", "R11", "R12", "R15", "R16"}, {}},
      {"restated figures", &check_restated_figures, {}, {"R15"}},  // a named programme/allocation amount stated twice
      {"enumerations", &check_enumerations, {"R60", "R61", "R62"}, {"R15"}},  // counts vs lists
      {"products", &check_products, {"R35"}, {"R13"}},  // 标准 × 人数/月数 = 金额, 长 × 宽 = 面积
      {"time scope", &check_time_scope, {"R80", "R81", "R82"}, {}},  // partial-year, future tense, year
      {"text quality", &check_text_quality, {"R90", "R91", "R93"}, {}},
      {"completeness", &check_completeness, {"R17", "R74", "R75", "R95"}, {}},
  };
  return checks;
}

void run_checks(const Facts& facts, DocumentResult& out, const std::vector<std::size_t>* order) {
  const auto& checks = registered_checks();
  std::vector<std::size_t> all;
  if (!order) {
    for (std::size_t i = 0; i < checks.size(); ++i) all.push_back(i);
    order = &all;
  }
  std::vector<std::string_view> emitted_by;
  for (std::size_t i : *order) {
    checks[i].run(facts, out);
    emitted_by.resize(out.findings.size(), checks[i].name);
  }
  reconcile(facts, out.findings, emitted_by);
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
