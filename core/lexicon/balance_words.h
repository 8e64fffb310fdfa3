#pragma once
// Words that claim, without a figure, that two stated totals are equal: "收支相抵，…收支平衡".
// checks/difference_checks.cpp verifies such a claim against the income and spending totals
// stated before it. Data only (issue 14: one vocabulary in core/lexicon).
#include <string_view>

namespace gouji::lex::balance {

inline constexpr std::u32string_view kBalanceClaims[] = {U"收支平衡", U"收支相抵"};

}  // namespace gouji::lex::balance
