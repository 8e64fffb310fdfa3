#pragma once
// The catalogue of rules gouji implements: id, default severity and a short title in both
// languages (../shared/domain-rules.md §2). Checks look their defaults up here instead of
// hard-coding them, so the list of what gouji checks is one table.
#include <string_view>
#include <vector>

#include "report/finding.h"

namespace gouji {

struct RuleInfo {
  std::string_view id;
  Severity severity;
  std::string_view title_zh;
  std::string_view title_en;
};

const std::vector<RuleInfo>& rule_table();
const RuleInfo& rule_info(std::string_view id);  // unknown ids get a generic info entry

}  // namespace gouji
