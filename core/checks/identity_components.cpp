// R03–R08: a stated total against the components the report lists across sentences.
#include <algorithm>
#include <set>

#include "checks/identity_checks_internal.h"
#include "lexicon/budget_words.h"

namespace gouji {
namespace identity_detail {

// ---- R03: 本年收入 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他 ----
void Identities::r03_income_sources() {
  for (std::size_t t = 0; t < facts_.size(); ++t) {
    const BudgetFact& T = facts_[t];
    if (T.role != Role::Income || T.fund != Fund::All || !T.total_of.empty() || !T.part_of.empty()) continue;
    bool amb = false;
    auto income = [&](Fund fund) {
      return component(t, [&](const BudgetFact& g) { return g.role == Role::Income && g.fund == fund && g.stage == T.stage; }, amb);
    };
    auto source = [&](Role r) {
      return component(t, [&](const BudgetFact& g) { return g.role == r && g.stage == T.stage; }, amb);
    };
    std::vector<std::size_t> slots;
    std::size_t fiscal = income(Fund::Fiscal);
    if (fiscal != kNone) {
      slots.push_back(fiscal);
    } else {
      for (Fund fund : {Fund::General, Fund::GovFund, Fund::StateCapital})
        if (std::size_t c = income(fund); c != kNone) slots.push_back(c);
    }
    for (Role r : {Role::IncUpper, Role::IncBusiness, Role::IncOperating, Role::IncAffiliate, Role::IncOther})
      if (std::size_t c = source(r); c != kNone) slots.push_back(c);
    if (amb || slots.size() < 2) continue;
    std::sort(slots.begin(), slots.end());
    Sum s;
    for (std::size_t c : slots) add(s, c, q(t));
    bool zero_stated = std::any_of(slots.begin(), slots.end(), [&](std::size_t c) { return is_zero(c); });
    bool complete = slots.size() >= 3 || zero_stated || s.point > val(t);
    report_composition("R03", t, s, complete ? Severity::Error : Severity::Warning, "各项收入", "income sources",
                       complete ? Message{}
                                : Message{"未列明的收入来源可能占了差额，请核对", "An unstated income source may make up the difference"});
  }
}

// ---- R04: 财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营 ----
void Identities::r04_fiscal_by_fund() {
  for (std::size_t t = 0; t < facts_.size(); ++t) {
    const BudgetFact& T = facts_[t];
    if ((T.role != Role::Income && T.role != Role::Expense) || T.fund != Fund::Fiscal || !T.part_of.empty()) continue;
    bool amb = false;
    std::vector<std::size_t> slots;
    std::size_t general = kNone, gov = kNone;
    for (Fund fund : {Fund::General, Fund::GovFund, Fund::StateCapital}) {
      std::size_t c = component(t, [&](const BudgetFact& g) { return g.role == T.role && g.fund == fund && g.stage == T.stage; }, amb);
      if (c == kNone) continue;
      slots.push_back(c);
      if (fund == Fund::General) general = c;
      if (fund == Fund::GovFund) gov = c;
    }
    if (amb) continue;
    bool listed = has_parts_with_role(t, {Role::Income, Role::Expense});
    // Label: the 一般公共预算 figure called 财政拨款 while 政府性基金 is not zero.
    if (general != kNone && gov != kNone && !is_zero(gov) && val(general) == val(t) && slots.size() < 3) {
      std::string unit = unit_of(q(t));
      emit("R04", Severity::Warning, t, {general, gov},
           {"“" + shown_label(t) + "”" + q(t).value.to_string() + unit + "只等于一般公共预算部分" + shown_value(general, q(t)) +
                unit + "，未含政府性基金预算" + shown_value(gov, q(t)) + unit,
            "The fiscal appropriation of " + q(t).value.to_string() + unit + " equals the general-budget part only; the "
                "government-fund part " + shown_value(gov, q(t)) + unit + " is missing"},
           {"财政拨款应为" + fmt(val(general) + val(gov), q(t), decimals_for({general, gov}, q(t))) + unit +
                "，或将该项标为“一般公共预算财政拨款”",
            "Either the total should include the government fund, or the label should say general public budget"});
      continue;
    }
    if (listed || slots.size() < 2) continue;
    std::sort(slots.begin(), slots.end());
    Sum s;
    for (std::size_t c : slots) add(s, c, q(t));
    bool complete = slots.size() == 3 || s.point > val(t) ||
                    std::any_of(slots.begin(), slots.end(), [&](std::size_t c) { return is_zero(c); });
    report_composition("R04", t, s, complete ? Severity::Error : Severity::Warning, "各预算来源", "budget books");
  }
}

// ---- R05: 本年支出 = 基本 + 项目 (+ 上缴上级 + 经营 + 对附属单位补助); R06 when the total is
// the one listed by function ----
void Identities::r05_r06_expense_by_nature() {
  for (std::size_t t = 0; t < facts_.size(); ++t) {
    const BudgetFact& T = facts_[t];
    if (T.role != Role::Expense || !T.part_of.empty()) continue;
    if (has_parts_with_role(t, {Role::Basic, Role::Project})) continue;  // R01's list
    bool amb = false;
    auto slot = [&](Role r) {
      return component(t, [&](const BudgetFact& g) { return g.role == r && g.fund == T.fund && g.stage == T.stage; }, amb);
    };
    std::size_t B = slot(Role::Basic), P = slot(Role::Project);
    if (amb || B == kNone || P == kNone) continue;
    Sum s;
    add(s, B, q(t));
    add(s, P, q(t));
    bool others = false;
    for (Role r : {Role::PaidToUpper, Role::OperatingExp, Role::AffiliateSubsidy})
      if (std::size_t c = slot(r); c != kNone) { add(s, c, q(t)); others = true; }
    if (amb) continue;
    bool by_function = has_parts_with_role(t, {Role::Func});
    bool under = s.point < val(t);
    Severity sev = under && !others ? Severity::Warning : Severity::Error;
    Message hint = under && !others ? Message{"差额可能是未列明的上缴上级支出、经营支出或对附属单位补助支出",
                                              "The gap may be unstated remittances, business spending or subsidies to affiliates"}
                                    : Message{};
    if (by_function) {
      report_composition("R06", t, s, sev, "基本支出与项目支出（按性质）", "basic and project expenditure (by nature)",
                         by_function && !under ? Message{"按功能分类列示的支出合计与按性质（基本+项目）的合计应相同",
                                                         "Expenditure by function and by nature must add to the same total"}
                                               : hint);
    } else {
      report_composition("R05", t, s, sev, "基本支出与项目支出", "basic and project expenditure", hint);
    }
  }
}

// ---- R06: a list of 功能分类 amounts without its own total ----
void Identities::r06_function_lists() {
  std::set<std::size_t> done;
  for (std::size_t i = 0; i < facts_.size(); ++i) {
    const BudgetFact& a = facts_[i];
    if (a.role != Role::Func || !a.part_of.empty() || done.count(i)) continue;
    // One paragraph's list ("主要用于以下方面：一般公共服务（类）支出X万元，占P%；…").
    std::vector<std::size_t> list;
    for (std::size_t k = i; k < facts_.size() && facts_[k].line == a.line; ++k) {
      const BudgetFact& g = facts_[k];
      if (g.role == Role::Func && g.part_of.empty() && g.fund == a.fund && g.stage == a.stage) {
        list.push_back(k);
        done.insert(k);
      }
    }
    if (list.size() < 2) continue;
    bool amb = false;
    std::size_t T = kNone;
    for (std::size_t k = run_begin_[i]; k < run_end_[i]; ++k) {  // distance ≤ 1: within a's run
      const BudgetFact& g = facts_[k];
      if (g.role != Role::Expense || g.fund != a.fund || g.stage != a.stage || g.entity != a.entity ||
          distance(a, g) > 1 || !years_match(a, g))
        continue;
      if (T == kNone) T = k;
      else if (val(k) != val(T)) amb = true;
    }
    if (amb || T == kNone) continue;
    if (has_parts_with_role(T, {Role::Func})) continue;
    Sum s;
    for (std::size_t k : list) add(s, k, q(T));
    report_composition("R06", T, s, s.point > val(T) ? Severity::Error : Severity::Warning, "各功能分类支出",
                       "functional classes",
                       s.point > val(T) ? Message{}
                                        : Message{"所列功能分类可能不全（“主要用于”），请核对", "The list of functions may be partial"});
  }
}

// ---- R07: 基本支出 = 人员经费 + 公用经费; = Σ 经济分类 ----
void Identities::r07_basic() {
  for (std::size_t t = 0; t < facts_.size(); ++t) {
    const BudgetFact& T = facts_[t];
    if (T.role != Role::Basic) continue;
    bool amb = false;
    if (!has_parts_with_role(t, {Role::Personnel, Role::PublicCost})) {
      auto slot = [&](Role r) {
        return component(t, [&](const BudgetFact& g) { return g.role == r && g.fund == T.fund && g.stage == T.stage; }, amb);
      };
      std::size_t P = slot(Role::Personnel), C = slot(Role::PublicCost);
      if (!amb && P != kNone && C != kNone) {
        Sum s;
        add(s, P, q(t));
        add(s, C, q(t));
        report_composition("R07", t, s, Severity::Error, "人员经费与公用经费", "staff and running costs");
      }
    }
    if (has_parts_with_role(t, {Role::Econ})) continue;
    // One sentence listing economic classes, after the total in the same paragraph.
    for (std::size_t i = t + 1; i < facts_.size() && facts_[i].line == T.line; ++i) {
      const BudgetFact& a = facts_[i];
      if (a.role != Role::Econ || !a.part_of.empty() || a.fund != T.fund || a.stage != T.stage) continue;
      std::vector<std::size_t> list;
      bool mixed = false;
      std::set<std::string> names;
      for (auto [k, e] = line_range(i); k < e; ++k) {
        const BudgetFact& g = facts_[k];
        if (g.sentence != a.sentence) continue;
        if (g.role == Role::Personnel || g.role == Role::PublicCost || (k != t && is_aggregate(g.role))) mixed = true;
        if (g.role == Role::Econ && g.part_of.empty() && names.insert(g.name).second) list.push_back(k);
      }
      if (!mixed && list.size() >= 2) {
        Sum s;
        for (std::size_t k : list) add(s, k, q(t));
        bool complete = std::all_of(std::begin(lex::budget::kCoreEconClasses), std::end(lex::budget::kCoreEconClasses),
                                [&](std::u32string_view w) { return names.count(to_utf8(w)) > 0; }) || s.point > val(t);
        report_composition("R07", t, s, complete ? Severity::Error : Severity::Warning, "各经济分类支出",
                           "economic classes",
                           complete ? Message{}
                                    : Message{"所列经济分类可能不全，请核对", "The list of economic classes may be partial"});
      }
      break;
    }
  }
}

// ---- R08: 三公 = 出国 + 公务用车 + 接待; 公务用车 = 购置 + 运行维护 ----
void Identities::r08_sangong() {
  for (std::size_t t = 0; t < facts_.size(); ++t) {
    const BudgetFact& T = facts_[t];
    bool amb = false;
    auto slot = [&](Role r) {
      return component(t, [&](const BudgetFact& g) { return g.role == r && g.fund == T.fund && g.stage == T.stage; }, amb);
    };
    if (T.role == Role::CarTotal && !has_parts_with_role(t, {Role::CarPurchase, Role::CarRun})) {
      std::size_t P = slot(Role::CarPurchase), R = slot(Role::CarRun);
      if (!amb && P != kNone && R != kNone) {
        Sum s;
        add(s, P, q(t));
        add(s, R, q(t));
        report_composition("R08", t, s, Severity::Error, "购置费与运行维护费", "purchase and running costs");
      }
      continue;
    }
    if (T.role != Role::SanGong) continue;
    if (has_parts_with_role(t, {Role::Abroad, Role::CarTotal, Role::CarPurchase, Role::CarRun, Role::Reception})) continue;
    std::vector<std::size_t> slots;
    if (std::size_t a = slot(Role::Abroad); a != kNone) slots.push_back(a);
    std::size_t car = slot(Role::CarTotal);
    std::size_t cp = slot(Role::CarPurchase), cr = slot(Role::CarRun);
    int categories = slots.size();
    if (car != kNone) { slots.push_back(car); ++categories; }
    else if (cp != kNone || cr != kNone) {
      if (cp != kNone) slots.push_back(cp);
      if (cr != kNone) slots.push_back(cr);
      ++categories;
    }
    if (std::size_t r = slot(Role::Reception); r != kNone) { slots.push_back(r); ++categories; }
    if (amb || slots.empty()) continue;
    std::sort(slots.begin(), slots.end());
    Sum s;
    for (std::size_t c : slots) add(s, c, q(t));
    bool zero_total = is_zero(t) && !s.point.is_zero();
    if (categories < 2 && !zero_total) continue;
    bool complete = categories == 3 || zero_total || s.point > val(t);
    report_composition("R08", t, s, complete ? Severity::Error : Severity::Warning, "“三公”经费各项", "three public costs",
                       complete ? Message{}
                                : Message{"未列明的一项应为差额，请补充说明", "The unstated item should make up the difference"});
  }
}

}  // namespace identity_detail

}  // namespace gouji
