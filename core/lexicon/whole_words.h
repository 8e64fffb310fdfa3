#pragma once
// Names of one side's whole for the year, however a report writes it (read by the share check,
// checks/share_checks.cpp): a share "占本年总支出的25%" is of the spending total stated as
// "本年支出合计", "支出总计" or "支出总额" in its section. A name with a scope or fund in front
// ("项目支出总额", "财政拨款支出合计") is not one of these: only the bare name, once the share
// check's canonical form has dropped 本年/年度 and the like, is looked up.
// Data only (issue 14: one vocabulary in core/lexicon).
#include <string_view>

#include "lexicon/lexicon.h"

namespace gouji::lex::whole {

struct SideWhole {
  std::u32string_view word;
  SideWord side;
};

inline constexpr SideWhole kSideWholes[] = {
    {U"总支出", Spend},   {U"支出总额", Spend}, {U"支出合计", Spend}, {U"支出总计", Spend},
    {U"全部支出", Spend}, {U"支出总数", Spend}, {U"支出", Spend},
    {U"总收入", Income},  {U"收入总额", Income}, {U"收入合计", Income}, {U"收入总计", Income},
    {U"全部收入", Income}, {U"收入总数", Income}, {U"收入", Income},
};

// The side whose whole `name` (a canonical whole name) is, 0 when it names something narrower.
inline std::uint8_t side_of_whole(std::u32string_view name) {
  for (const SideWhole& w : kSideWholes)
    if (w.word == name) return w.side;
  return 0;
}

}  // namespace gouji::lex::whole
