#pragma once
// Internal to the budget facts (facts/budget_*.cpp): how a label is read (budget_labels.cpp),
// shared with the phases of read_budget_facts (budget_facts.cpp). Not an interface of the facts stage.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "facts/budget_facts.h"
#include "text/chars.h"

namespace gouji {
namespace budget_detail {

using namespace chars;
using Str = std::u32string_view;

struct Mods {
  bool ok = true;
  bool fund_set = false;
  Fund fund = Fund::All;
  BudgetStage stage = BudgetStage::None;
  bool grand = false;
  bool scoped = false;  // a fund, a year or a whole-unit word: the label names its own scope
  bool wide = false;    // 部门/本年/合计/全口径: the whole unit's figure
  int year = 0;
};

struct Recognised {
  Role role = Role::None;
  int sign = 1;
  std::u32string key;
  Mods mods;
  bool modifiers_only = false;  // the label is only fund/stage words ("一般公共预算", "年初预算")
  bool bare = false;            // 收入/支出 with nothing naming its scope ("支出决算为"): refers back
  bool narrow = false;          // 收入/支出/总计 without a fund or whole-unit word: may take the fund before it
};

bool is_quote(char32_t c);
bool is_round_open(char32_t c);
bool is_round_close(char32_t c);
// Reads s as a run of modifiers (and dates); fails on anything else. `spend_words`: 支出/费用
// may stand among them ("“三公”经费 财政拨款 支出 决算").
void read_mods(Str s, Mods& m, bool spend_words = false);
// The label phrase of quantity qi: back to the previous clause, sentence or quantity, without
// bracketed asides ("（含所属二级预算单位）", "（类）") and quotes ("“三公”").
std::u32string clause_label(Str s, const std::vector<Quantity>& qs, std::size_t qi, std::size_t* clause_start = nullptr);
Recognised recognise(const std::u32string& label);
Role recognise_end_word(const std::u32string& label, UnitKind kind);
std::string canonical_name(Role r, const std::u32string& key);
std::size_t sentence_start(Str s, std::size_t at);
// A list marker at the start of a line: "1、", "2.", "（3）", "(4)", "一、", "（二）".
std::size_t skip_list_marker(Str s, std::size_t at);
bool ends_with_any(Str t, const Str* words, std::size_t n);
// Budget-classification item names carry （类）/（款）/（项）: "一般公共服务（类）人大事务（款）行政运行（项）".
bool item_marked(Str raw);
// The unit, project or classification item a sentence is about: its first clause, or a
// sentence before it in the same paragraph without figures ("1、石鼓区卫生健康局本级，编制数3个";
// "局本级：基本支出…"; "行政运行（项）。年初预算为…"). Empty for the department itself.
std::string sentence_entity(Str s, std::size_t sent_start, std::size_t q_start);
Fund fund_in_title(Str title, bool& found);
// The role a sub-level figure hangs under when stated in the sentence after its total.
Role parent_role(Role r);
bool needs_subject(Role r);
bool starts_continuation(Str s, std::size_t sent_start);
bool is_full_stop(char32_t c);
// Does the text from `from` to `to` continue one list? Items may be split by "；"; a full stop
// is crossed only into a sentence opening with 其中/包括/具体/分别; a new paragraph never.
bool continues(Str s, std::size_t from, std::size_t to);

}  // namespace budget_detail
}  // namespace gouji
