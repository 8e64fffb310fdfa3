#include "structure/table_templates.h"

#include <array>

#include "lexicon/table_forms.h"
#include "text/chars.h"

namespace gouji {
namespace {

using Str = std::u32string_view;
using chars::has;
using chars::begins;

// The words of the forms, grouped by the role they give a cell (lexicon/table_forms.cpp).
using namespace lex::tables;

template <std::size_t N>
bool has_any(Str s, const std::array<Str, N>& ws) {
  for (Str w : ws)
    if (has(s, w)) return true;
  return false;
}

template <std::size_t N>
bool begins_any(Str s, const std::array<Str, N>& ws) {
  for (Str w : ws)
    if (begins(s, w)) return true;
  return false;
}

template <std::size_t N>
bool is_one_of(Str s, const std::array<Str, N>& ws) {
  for (Str w : ws)
    if (s == w) return true;
  return false;
}

Str strip_qizhong(Str s) {
  if (begins(s, kQizhong)) {
    s.remove_prefix(kQizhong.size());
    if (!s.empty() && (s[0] == U':' || s[0] == U'：')) s.remove_prefix(1);
  }
  return s;
}

}  // namespace

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
  if (begins(c, kFundsPlanned) && has(c, kFundsMoney)) return 0;
  if (has(c, kFundsArrived)) return 1;
  if (begins_any(c, kFundsSpentPrefix) || is_one_of(c, kFundsSpentWhole)) return 2;
  if (begins_any(c, kFundsBalancePrefix)) return 3;
  return -1;
}

bool complete_row_set(const std::vector<std::u32string>& labels) {
  if (labels.size() < 2) return false;
  auto all_in = [&](const auto& set) {
    for (const auto& l : labels)
      if (!begins_any(strip_qizhong(l), set)) return false;
    return true;
  };
  return all_in(kLevelRows) || all_in(kSourceRows);
}

bool non_additive_column(Str h) { return has_any(h, kNonAdditive); }

bool is_total_name(Str c) { return is_one_of(c, kTotalNames); }

bool header_fragments(Str head, Str tail) {
  return is_one_of(head, kHeaderHeads) && is_one_of(tail, kHeaderTails);
}

bool names_label_column(Str c) {
  return c.size() <= 12 && has_any(c, kLabelColumn);
}

bool is_metadata_cell(Str c) { return has_any(c, kMetadata); }

bool is_change_row_label(Str c) {
  return has_any(c, kChangeWords) && has_any(c, kChangeRateWords);
}

}  // namespace gouji
