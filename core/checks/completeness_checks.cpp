#include "checks/check.h"

namespace gouji {

void check_completeness(const Facts&, DocumentResult&) {}

}  // namespace gouji
