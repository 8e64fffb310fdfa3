#include "report/at_stake.h"

#include "checks/check.h"
#include "facts/budget_facts.h"
#include "numbers/number_reader.h"
#include "text/text.h"

namespace gouji {
namespace {

// The last amount of money written in `s`, in 元.
std::optional<Decimal> last_money(const std::string& s) {
  if (s.empty()) return std::nullopt;
  std::optional<Decimal> v;
  for (const Quantity& q : read_quantities(Text::from_utf8(s)))
    if (q.kind() == UnitKind::Money) v = q.normalized();
  return v;
}

const Decimal kWan = Decimal::pow10(-4);  // 元 → 万元

}  // namespace

std::optional<Decimal> stake_wan(const std::string& expected, const std::string& actual) {
  auto e = last_money(expected);
  if (!e) return std::nullopt;
  auto a = last_money(actual);
  if (!a) return std::nullopt;
  return ((*e - *a).abs()) * kWan;
}

std::string final_total_wan(const Facts& f) {
  std::optional<Decimal> best;
  for (const BudgetFact& b : f.budget) {  // read once by the pipeline
    const Quantity& q = f.quantities[b.q];
    // The department's own year's spending, every fund: not 局本级's, not one fund's, not a stage's plan.
    if (b.role != Role::Expense || b.fund != Fund::All || !b.entity.empty() || q.kind() != UnitKind::Money) continue;
    if (b.stage != BudgetStage::Final && b.stage != BudgetStage::None) continue;
    Decimal v = q.normalized();
    if (!best || v > *best) best = v;
  }
  return best && !best->is_zero() ? (*best * kWan).to_string() : std::string();
}

}  // namespace gouji
