#include "checks/rule_table.h"

namespace gouji {

const std::vector<RuleInfo>& rule_table() {
  static const std::vector<RuleInfo> t = {
      {"E01", Severity::Warning, "输入含无效字节", "Input contains invalid bytes"},
      {"E02", Severity::Error, "输入不是文本", "Input is not text"},
      {"E03", Severity::Info, "输入为空", "Input is empty"},
      {"R01", Severity::Error, "合计数与其中各项之和不符", "Total differs from the sum of its parts"},
      {"R61", Severity::Error, "人数/机构数与其中各部分之和不符", "Headcount differs from the sum of its parts"},
      {"R63", Severity::Error, "事件数与其中各部分之和不符", "Event count differs from the sum of its parts"},
  };
  return t;
}

const RuleInfo& rule_info(std::string_view id) {
  for (const auto& r : rule_table())
    if (r.id == id) return r;
  static const RuleInfo unknown{"R00", Severity::Info, "其他", "Other"};
  return unknown;
}

}  // namespace gouji
