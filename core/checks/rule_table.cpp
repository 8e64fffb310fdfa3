#include "checks/rule_table.h"

namespace gouji {

const std::vector<RuleInfo>& rule_table() {
  static const std::vector<RuleInfo> t = {
      {"E01", Severity::Warning, "输入含无效字节", "Input contains invalid bytes"},
      {"E02", Severity::Error, "输入不是文本", "Input is not text"},
      {"E03", Severity::Info, "输入为空", "Input is empty"},
      {"E04", Severity::Error, ".docx 文件无法读取", "The .docx file cannot be read"},
      {"R01", Severity::Error, "合计数与其中各项之和不符", "Total differs from the sum of its parts"},
      {"R13", Severity::Error, "表格行/列/合计不平衡", "Table row, column or 合计 does not reconcile"},
      {"R14", Severity::Error, "正文合计与表格合计不一致", "Total in the text differs from the table"},
      {"R70", Severity::Warning, "标题编号不连续或重复", "Heading numbers skip or repeat"},
      {"R71", Severity::Warning, "标题编号样式不一致", "Heading numbering style is inconsistent"},
      {"R72", Severity::Warning, "第一个标题缺少编号", "First heading is not numbered"},
      {"R73", Severity::Warning, "一是、二是……列举序号错误", "Inline enumeration (一是…) skips or repeats"},
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
