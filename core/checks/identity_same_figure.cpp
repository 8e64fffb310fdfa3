// R15: one key figure, one value.
#include <map>
#include <tuple>

#include "checks/identity_checks_internal.h"
#include "lexicon/label_words.h"
#include "lexicon/metric_words.h"
#include "text/text.h"

namespace gouji {
namespace identity_detail {
namespace {

// The kind a headcount's label names (行政编制, 在职, 退休 …), "" for the whole: a headcount of one
// kind and one of another, or of the whole, are different figures.
std::string staff_kind(const std::string& label) {
  std::u32string l = from_utf8_lossy(label);
  for (auto w : lex::metric::kStaffKinds)
    if (l.find(w) != std::u32string::npos) return to_utf8(w);
  return {};
}

}  // namespace

// ---- R15: one key figure, one value ----
void Identities::r15_same_figure() {
  auto keyed = [](Role r) {
    switch (r) {
      case Role::Income: case Role::IncomeGrand: case Role::Expense: case Role::ExpenseGrand: case Role::Basic:
      case Role::Project: case Role::SanGong: case Role::Personnel: case Role::PublicCost: case Role::Assets:
      case Role::Liabilities: case Role::NetAssets: case Role::IncBusiness: case Role::IncUpper: case Role::IncOperating:
      case Role::IncOther: case Role::Posts: case Role::Staff: case Role::SelfScore:
        return true;
      default: return false;
    }
  };
  // Earlier statements of the same figure, grouped by what makes them the same figure (a scan
  // of every earlier fact was quadratic in a long document).
  using Key = std::tuple<Role, Fund, BudgetStage, std::string, int>;
  std::map<Key, std::vector<std::size_t>> earlier;
  for (std::size_t j = 0; j < facts_.size(); ++j) {
    const BudgetFact& b = facts_[j];
    if (!keyed(b.role)) continue;
    // A stage-less count in a list item ("1、…科室，编制5名") is per unit, never a restatement.
    if ((b.role == Role::Posts || b.role == Role::Staff) && list_item(j)) continue;
    // "初中教育支出X元，其中：基本支出X元": one class's split, not the department's 基本支出.
    if (part_of_class(j)) continue;
    std::string whose = b.role == Role::Posts || b.role == Role::Staff ? b.entity + "|" + staff_kind(b.label) : b.entity;
    auto& same = earlier[Key{b.role, b.fund, b.stage, whose, static_cast<int>(q(j).kind())}];
    same.push_back(j);
    for (std::size_t n = 0; n + 1 < same.size(); ++n) {
      std::size_t i = same[n];
      const BudgetFact& a = facts_[i];
      if (!years_match(a, b)) continue;
      // Two parts of one list are not restatements.
      bool shared_list = false;
      for (std::size_t x : a.part_of)
        for (std::size_t y : b.part_of) shared_list |= x == y;
      // A total and one of its own parts ("编制总数45名，其中…事业编制30名") are not restatements either.
      for (std::size_t x : a.total_of)
        for (std::size_t y : b.part_of) shared_list |= x == y;
      for (std::size_t x : b.total_of)
        for (std::size_t y : a.part_of) shared_list |= x == y;
      // A lone 其中 part of the figure before it in its sentence, no breakdown to record it
      // ("总支出125.08万元，其中本年支出116.12万元": 总支出 is the grand total here).
      shared_list |= a.sentence == b.sentence && from_utf8_lossy(b.label).rfind(lex::labels::kLeadingIntro, 0) == 0;
      if (shared_list) continue;
      Cmp c = compare(iv(i), val(i), iv(j), val(j));
      std::size_t la = f_.text.line_col(q(i).start).line;
      auto restated = [&] {
        record("R15", "“" + shown_label(j) + "”" + written(j) + unit_of(q(j)) + " = 第" + std::to_string(la) + "行“" +
                          shown_label(i) + "”" + written(i) + unit_of(q(i)),
               c, j, {i});
      };
      if (c == Cmp::Equal) { restated(); break; }  // agrees with an earlier statement
      if (is_primary(i) || is_primary(j)) break;  // already reported by an identity above
      restated();
      std::string ua = unit_of(q(i)), ub = unit_of(q(j));
      std::string name_zh = std::string(b.fund == Fund::All ? "" : std::string(fund_name(b.fund))) +
                            std::string(stage_name(b.stage)) + std::string(role_name(b.role));
      std::string name_en = std::string(role_name(b.role, true));
      if (c == Cmp::Rounding) {
        emit("R15", Severity::Info, j, {i},
             {"尾差：“" + shown_label(j) + "”" + q(j).text + "与第" + std::to_string(la) + "行的“" + shown_label(i) + "”" + q(i).text +
                  "写法精度不同",
              "Rounding difference: " + q(j).text + " vs " + q(i).text + " on line " + std::to_string(la)});
      } else {
        emit("R15", Severity::Error, j, {i},
             {"同一数据前后不一致：“" + shown_label(j) + "”为" + q(j).text + "，第" + std::to_string(la) + "行的“" + shown_label(i) +
                  "”为" + q(i).text + "（均为" + name_zh + "）",
              "The same figure differs: " + q(j).text + " here, " + q(i).text + " on line " + std::to_string(la) + " (both " +
                  name_en + ")"},
             {}, q(i).text, q(j).text);
      }
      break;
    }
  }
}

}  // namespace identity_detail

}  // namespace gouji
