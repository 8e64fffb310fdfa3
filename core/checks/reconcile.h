#pragma once
// The reconcile step after all checks (checks/reconcile.cpp): where two findings compete, the
// precedence table decides, so no check reads or changes another's findings.
#include <string_view>
#include <vector>

#include "checks/check.h"

namespace gouji {

struct Precedence {
  std::string_view yields;  // the finding that gives way
  std::string_view to;      // what it gives way to
  std::string_view why;
};
const std::vector<Precedence>& precedence_table();

// The registry name of the targets check (its R24 yields to one already in the clause).
inline constexpr std::string_view kTargetsCheck = "targets";

// `emitted_by[i]` names the registered check that made findings[i]; cleared afterwards.
void reconcile(const Facts& f, std::vector<Finding>& findings, std::vector<std::string_view>& emitted_by);

}  // namespace gouji
