#include "structure/table_templates.h"

#include <array>

#include "text/chars.h"

namespace gouji {
namespace {

using Str = std::u32string_view;
using chars::has;
using chars::begins;

// Column names of the forms (项目支出/部门整体支出绩效自评表, 决算公开 tables, 三公经费表,
// 资金到位/使用表, 分配表). A header cell contains one of them.
constexpr std::array<Str, 44> kHeaderWords = {
    U"年初预算", U"全年预算", U"调整后预算", U"全年执行", U"预算执行数", U"执行数", U"执行率", U"预算数",
    U"决算数", U"分值", U"权重", U"得分", U"一级指标", U"二级指标", U"三级指标", U"指标值",
    U"指标性质", U"度量单位", U"完成值", U"实际值", U"偏差原因", U"原因", U"改进措施", U"合计",
    U"总计", U"小计", U"年度", U"项目", U"科目", U"金额", U"备注", U"计划安排", U"到位",
    U"实际支出", U"结余", U"基本支出", U"项目支出", U"收入", U"支出", U"经费", U"公务接待",
    U"车辆购置", U"车辆运行", U"村名"};

constexpr std::array<Str, 6> kTargetWords = {U"年度指标值", U"指标值", U"目标值", U"计划值", U"预期目标", U"绩效目标"};
constexpr std::array<Str, 4> kActualWords = {U"实际完成值", U"完成值", U"实际值", U"实际完成"};

// A set of source rows, each listed by the prefixes it is written with.
struct RowSet {
  std::vector<Str> members;
};
const std::array<RowSet, 2> kRowSets = {{
    {{U"中央", U"省", U"市", U"县", U"区", U"乡", U"镇", U"其它", U"其他", U"自筹", U"地方"}},
    {{U"本年财政拨款", U"财政拨款", U"上年结转", U"其他资金", U"其它资金", U"财政资金", U"财政专户", U"单位资金", U"自筹"}},
}};

// Rates, scores and indicator values (年度指标值 / 实际完成值: each row its own unit).
constexpr std::array<Str, 13> kNonAdditive = {U"率", U"分值", U"得分", U"权重", U"%", U"％", U"增减", U"比例", U"占比",
                                              U"指标值", U"完成值", U"实际值", U"目标值"};
constexpr std::array<Str, 11> kMetadata = {U"索引号", U"发布机构", U"成文日期", U"主题分类", U"发文字号", U"发布日期",
                                           U"信息来源", U"负责人", U"联系电话", U"邮编", U"联系人"};

template <std::size_t N>
bool has_any(Str s, const std::array<Str, N>& ws) {
  for (Str w : ws)
    if (has(s, w)) return true;
  return false;
}

Str strip_qizhong(Str s) {
  if (begins(s, U"其中")) {
    s.remove_prefix(2);
    if (!s.empty() && (s[0] == U':' || s[0] == U'：')) s.remove_prefix(1);
  }
  return s;
}

}  // namespace

const Str kFundsColumnNames[4] = {U"计划安排资金", U"实际到位资金", U"实际支出", U"结余"};

bool is_header_word(Str c) {
  if (c.empty() || c.size() > 24) return false;
  return has_any(c, kHeaderWords) || has_any(c, kTargetWords) || has_any(c, kActualWords);
}

bool is_indicator_header(const std::vector<std::u32string>& header) {
  bool target = false, actual = false;
  for (const auto& h : header) {
    if (has_any(Str(h), kActualWords)) actual = true;
    else if (has_any(Str(h), kTargetWords)) target = true;
  }
  return target && actual;
}

int funds_column(Str c) {
  if (c.size() > 14) return -1;
  if (begins(c, U"计划") && has(c, U"资金")) return 0;
  if (has(c, U"到位")) return 1;
  if (begins(c, U"实际支出") || c == U"支出(万元)" || c == U"支出（万元）") return 2;
  if (begins(c, U"结余") || begins(c, U"结转结余")) return 3;
  return -1;
}

bool complete_row_set(const std::vector<std::u32string>& labels) {
  if (labels.size() < 2) return false;
  for (const auto& set : kRowSets) {
    bool all = true;
    for (const auto& l : labels) {
      Str s = strip_qizhong(l);
      bool in = false;
      for (Str m : set.members) in |= begins(s, m);
      if (!in) { all = false; break; }
    }
    if (all) return true;
  }
  return false;
}

bool non_additive_column(Str h) { return has_any(h, kNonAdditive); }

bool is_total_name(Str c) { return c == U"合计" || c == U"总计" || c == U"小计" || c == U"合计数"; }

bool header_fragments(Str head, Str tail) {
  constexpr std::array<Str, 6> kHeads = {U"年初", U"全年", U"调整后", U"年度", U"实际", U"计划"};
  constexpr std::array<Str, 9> kTails = {U"预算数", U"预算", U"执行数", U"决算数", U"完成值", U"指标值", U"支出数", U"到位数", U"安排数"};
  bool h = false, t = false;
  for (Str w : kHeads) h |= head == w;
  for (Str w : kTails) t |= tail == w;
  return h && t;
}

bool names_label_column(Str c) {
  constexpr std::array<Str, 8> kLabelColumn = {U"项目", U"内容", U"名称", U"村名", U"年度", U"科目", U"类别", U"资金来源"};
  return c.size() <= 12 && has_any(c, kLabelColumn);
}

bool is_metadata_cell(Str c) { return has_any(c, kMetadata); }

bool is_change_row_label(Str c) {
  return (has(c, U"增减") || has(c, U"增长") || has(c, U"变动")) && (has(c, U"%") || has(c, U"％") || has(c, U"率") || has(c, U"比"));
}

}  // namespace gouji
