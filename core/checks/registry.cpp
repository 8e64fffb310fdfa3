// The list of checks the pipeline runs. Adding a check = one function + one line here.
#include "checks/check.h"

namespace gouji {

void check_breakdown_sums(const Facts&, DocumentResult&);

const std::vector<CheckFn>& all_checks() {
  static const std::vector<CheckFn> checks = {
      &check_breakdown_sums,
  };
  return checks;
}

std::string format_in_unit(Decimal base_value, const Quantity& like, int decimals) {
  Decimal scale = like.unit ? Decimal::pow10(like.unit->pow10) : Decimal::from_int(1);
  // base / scale is exact for powers of ten.
  return base_value.div_floor(scale).to_string(decimals);
}

}  // namespace gouji
