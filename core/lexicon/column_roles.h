#pragma once
// The words that give a table column its role in a budget row identity (facts/table_model.cpp):
// 年初 + 上年结转 + 调整 = 可执行, 决算 + 结转结余 = 可执行. First match wins: 上年结转 must be
// read before 结转, 年初结转 before 年初. Header cells are matched as written (UTF-8).
// Data only (issue 14: one vocabulary in core/lexicon).
#include <string_view>

#include "facts/table_model.h"

namespace gouji::lex::columns {

struct RoleWord {
  std::string_view needle;
  ColumnRole role;
};

inline constexpr RoleWord kRoleWords[] = {
    {"行次", ColumnRole::Index},        {"栏次", ColumnRole::Index},  // 决算总表 row numbers, not amounts
    {"序号", ColumnRole::Index},        {"编码", ColumnRole::Index},         {"代码", ColumnRole::Index},
    {"编号", ColumnRole::Index},        {"上年结转", ColumnRole::CarryIn},   {"年初结转", ColumnRole::CarryIn},
    {"年初", ColumnRole::Initial},      {"可执行", ColumnRole::Available},   {"全年预算", ColumnRole::Available},
    {"调整后", ColumnRole::Available},  {"全年执行", ColumnRole::Actual},    {"调整", ColumnRole::Adjust},
    {"追加", ColumnRole::Adjust},       {"调增", ColumnRole::Adjust},        {"决算", ColumnRole::Actual},
    {"执行数", ColumnRole::Actual},     {"实际数", ColumnRole::Actual},     {"实际支出", ColumnRole::Actual},    {"年末结转", ColumnRole::CarryOut},
    {"结转", ColumnRole::CarryOut},     {"结余", ColumnRole::CarryOut},      {"项目", ColumnRole::Label},
    {"名称", ColumnRole::Label},        {"到位", ColumnRole::Available},  // 实际到位资金 = 支出 + 结余
    {"科目", ColumnRole::Index},        // 列支科目 2130599: a code, not an amount
};

// Index columns of a table, as the whole header cell (序号 / 编号 / 行次 / 栏次): their cells are
// ordinals, not quantities (report/extract_json.cpp).
inline constexpr std::string_view kOrdinalHeaders[] = {"序号", "编号", "行次", "栏次"};

}  // namespace gouji::lex::columns
