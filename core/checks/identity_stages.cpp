// R11 (全年 = 年初 + 上年结转 + 调整; 全年 − 决算 = 年末结转) and R12 (年初预算收入 = 年初预算支出):
// one figure across the stages of a budget year.
#include <map>
#include <set>
#include <tuple>

#include "checks/identity_checks_internal.h"

namespace gouji {
namespace identity_detail {

// ---- R11: 全年 = 年初 + 上年结转 + 调整; 全年 − 决算 = 年末结转 ----
void Identities::r11_stage_chain() {
  std::set<std::tuple<std::size_t, int, int, std::string>> done;
  // Every chain stays within one section: look only there (a pass over every fact per chain
  // was quadratic on a long report).
  std::map<std::size_t, std::vector<std::size_t>> by_section;
  for (std::size_t k = 0; k < facts_.size(); ++k) by_section[facts_[k].section].push_back(k);
  for (std::size_t s0 = 0; s0 < facts_.size(); ++s0) {
    const BudgetFact& S = facts_[s0];
    if (!is_aggregate(S.role) || S.role == Role::IncomeGrand || S.role == Role::ExpenseGrand) continue;
    auto key = std::make_tuple(S.section, static_cast<int>(S.role), static_cast<int>(S.fund), S.entity);
    if (!done.insert(key).second) continue;
    auto in_group = [&](const BudgetFact& g) {
      if (g.fund != S.fund || g.entity != S.entity || !years_match(g, S)) return false;
      if (g.section != S.section) return false;
      return true;
    };
    auto of_subject = [&](const BudgetFact& g, Role r) {
      return in_group(g) && g.role == r && g.subject != kNone && facts_[g.subject].role == S.role;
    };
    const std::vector<std::size_t>& local = by_section[S.section];
    bool amb = false;
    std::size_t I0 = unique_among(local, [&](const BudgetFact& g) { return in_group(g) && g.role == S.role && g.stage == BudgetStage::Initial; }, &amb);
    bool a1 = amb;
    std::size_t Full = unique_among(local, [&](const BudgetFact& g) {
      return (of_subject(g, Role::Executable)) || (in_group(g) && g.role == S.role && g.stage == BudgetStage::Full);
    }, &amb);
    bool a2 = amb;
    std::size_t Fin = unique_among(local, [&](const BudgetFact& g) { return in_group(g) && g.role == S.role && g.stage == BudgetStage::Final; }, &amb);
    bool a3 = amb;
    std::size_t Ci = unique_among(local, [&](const BudgetFact& g) { return of_subject(g, Role::CarryIn); }, &amb);
    bool a4 = amb;
    std::size_t Co = unique_among(local, [&](const BudgetFact& g) { return of_subject(g, Role::CarryOut); }, &amb);
    bool a5 = amb;
    if (a1 || a2 || a3 || a4 || a5) continue;
    std::vector<std::size_t> adj;
    for (std::size_t k : local)
      if (of_subject(facts_[k], Role::Adjustment)) adj.push_back(k);
    const char* what_zh = S.role == Role::Basic ? "基本支出" : S.role == Role::Project ? "项目支出" : "";
    (void)what_zh;
    // Chain 1: Full = I0 + Ci + ΣAdj.
    if (I0 != kNone && Full != kNone && !adj.empty()) {
      const Quantity& like = q(Full);
      Sum s;
      add(s, I0, like);
      if (Ci != kNone) add(s, Ci, like);
      for (std::size_t k : adj) add(s, k, like);
      Cmp c = compare(iv(Full), val(Full), s.iv, s.point);
      std::string unit = unit_of(like);
      int d = decimals_for(s.facts, like);
      std::string sum_s = fmt(s.point, like, d), full_s = like.value.to_string(),
                  delta_s = fmt((val(Full) - s.point).abs(), like, d);
      if (c != Cmp::Rounding)  // report_composition records the rounding case
        record("R11", s.zh + " = " + sum_s + unit + "（" + shown_label(Full) + written(Full) + unit + "）", c, Full, s.facts);
      if (c == Cmp::Rounding) {
        report_composition("R11", Full, s, Severity::Info, "年初预算、上年结转与调整", "initial budget, carry-in and adjustments");
      } else if (c == Cmp::Off) {
        Severity sev = Severity::Error;
        Message hint;
        bool ci_open = Ci == kNone && val(Full) > s.point;
        std::size_t adj1 = adj.size() == 1 ? adj.front() : kNone;
        if (adj1 != kNone && compare(iv(adj1), val(adj1), iv(Full), val(Full)) != Cmp::Off) {
          sev = Severity::Warning;
          hint = {"“" + shown_label(adj1) + "”" + q(adj1).value.to_string() + unit + "等于全年预算数：它似为调整后预算，而不是调整额",
                  "The adjustment equals the full-year budget: it seems to be the adjusted budget, not the change"};
        } else if (compare(iv(I0), val(I0), iv(Full), val(Full)) != Cmp::Off) {
          sev = Severity::Warning;
          hint = {"“" + shown_label(I0) + "”" + q(I0).value.to_string() + unit + "等于全年预算数：标为“年初”的数似为调整后预算",
                  "The figure labelled initial budget equals the full-year budget: it seems to be the adjusted budget"};
        } else if (ci_open) {
          sev = Severity::Warning;
          hint = {"差额" + delta_s + unit + "可能是未列明的上年结转", "The gap may be an unstated carry-in from last year"};
        }
        emit("R11", sev, Full, s.facts,
             {"“" + shown_label(Full) + "”" + full_s + unit + "与年初预算、上年结转与调整之和" + sum_s + unit + "（" + s.zh +
                  "）不符，相差" + delta_s + unit,
              "The full-year budget " + full_s + unit + " differs from initial budget + carry-in + adjustments = " + sum_s +
                  unit + " (" + s.en + ") by " + delta_s + unit},
             std::move(hint), sum_s + unit, full_s + unit);
      }
    }
    // Chain 2: Full − Final = carry-over.
    if (Full != kNone && Fin != kNone && Co != kNone) {
      const Quantity& like = q(Co);
      Interval diff = iv(Full) - iv(Fin);
      Decimal dp = val(Full) - val(Fin);
      Cmp c = compare(iv(Co), val(Co), diff, dp);
      std::string unit = unit_of(like);
      int d = decimals_for({Full, Fin, Co}, q(Full));
      std::string diff_s = fmt(dp, q(Full), d), co_s = like.value.to_string();
      record("R11", shown_value(Full, like) + "−" + shown_value(Fin, like) + " = " + diff_s + unit + "（" + shown_label(Co) + written(Co) + unit + "）",
             c, Co, {Full, Fin});
      if (c == Cmp::Equal) continue;
      std::string delta_s = fmt((val(Co) - dp).abs(), q(Full), d);
      std::string calc = shown_value(Full, like) + "−" + shown_value(Fin, like);
      emit("R11", c == Cmp::Rounding ? Severity::Info : Severity::Error, Co, {Full, Fin},
           {std::string(c == Cmp::Rounding ? "尾差：" : "") + "“" + shown_label(Co) + "”应为全年预算减决算" + diff_s + unit + "（" +
                calc + "），报告为" + co_s + unit + (c == Cmp::Rounding ? "，在四舍五入误差范围内" : ""),
            std::string(c == Cmp::Rounding ? "Rounding difference: " : "") + "The carry-over should be full-year budget "
                "minus outturn, " + diff_s + unit + " (" + calc + "), but is stated as " + co_s + unit},
           {}, diff_s + unit, co_s + unit);
      (void)delta_s;
    }
  }
}

// ---- R12: 年初预算收入 = 年初预算支出 ----
void Identities::r12_initial_balanced() {
  for (Fund F : {Fund::All, Fund::Fiscal, Fund::General, Fund::GovFund}) {
    bool amb = false;
    std::size_t I0 = unique([&](const BudgetFact& g) {
      return g.role == Role::Income && g.fund == F && (g.stage == BudgetStage::Initial || g.stage == BudgetStage::Budget) &&
             dept_level(g) && current(g) && g.part_of.empty();
    }, &amb);
    if (amb || I0 == kNone) continue;
    std::size_t E0 = unique([&](const BudgetFact& g) {
      return g.role == Role::Expense && g.fund == F && g.stage == facts_[I0].stage && dept_level(g) && current(g) &&
             g.part_of.empty();
    }, &amb);
    if (amb || E0 == kNone || !years_match(facts_[I0], facts_[E0])) continue;
    Cmp c = compare(iv(I0), val(I0), iv(E0), val(E0));
    const Quantity& like = q(E0);
    std::string unit = unit_of(like);
    record("R12", shown_label(I0) + written(I0) + unit + " = " + shown_label(E0) + written(E0) + unit, c, I0, {E0});
    if (c == Cmp::Equal) continue;
    int d = decimals_for({I0, E0}, like);
    std::string i_s = q(I0).value.to_string(), e_s = like.value.to_string(), delta_s = fmt((val(I0) - val(E0)).abs(), like, d);
    std::size_t later = facts_[E0].q > facts_[I0].q ? E0 : I0;
    if (c == Cmp::Rounding) {
      emit("R12", Severity::Info, later, {I0, E0},
           {"尾差：“" + shown_label(I0) + "”" + i_s + unit + "与“" + shown_label(E0) + "”" + e_s + unit + "相差" + delta_s + unit,
            "Rounding difference: initial budget income " + i_s + unit + " vs expenditure " + e_s + unit});
      continue;
    }
    Message msg{"年初预算收支不平衡：“" + shown_label(I0) + "”" + i_s + unit + "，“" + shown_label(E0) + "”" + e_s + unit +
                    "，相差" + delta_s + unit,
                "The initial budget does not balance: income " + i_s + unit + ", expenditure " + e_s + unit + ", off by " +
                    delta_s + unit};
    // Explained by an adjustment stated for the department: one of the two is really 调整后预算.
    for (std::size_t a = 0; a < facts_.size(); ++a) {
      const BudgetFact& A = facts_[a];
      if (A.role != Role::Adjustment || A.fund != F || !dept_level(A) || !fund_level_subject(facts_, A)) continue;
      for (int dir = 0; dir < 2; ++dir) {
        std::size_t base = dir == 0 ? I0 : E0, wrong = dir == 0 ? E0 : I0;
        Interval sum = iv(base) + iv(a);
        if (!sum.overlaps(iv(wrong))) continue;
        std::string w_s = q(wrong).value.to_string();
        std::string sum_s = fmt(val(base) + val(a), like, d);
        emit("R12", Severity::Warning, wrong, {base, a}, std::move(msg),
             {"“" + shown_label(wrong) + "”" + w_s + unit + "=“" + shown_label(base) + "”" + q(base).value.to_string() + "+“" +
                  shown_label(a) + "”" + q(a).value.to_string() + "（" + sum_s + unit + "）：它是调整后预算（全年预算数），不是年初预算，"
                  "标签应为“调整后预算" + std::string(wrong == E0 ? "支出" : "收入") + "”",
              "\"" + shown_label(wrong) + "\" " + w_s + unit + " = " + q(base).value.to_string() + " + adjustment " +
                  q(a).value.to_string() + ": it is the budget after adjustment, not the initial budget; label it as "
                  "the adjusted budget"},
             q(base).value.to_string() + unit, w_s + unit);  // a balanced 年初 budget would state base's figure
        return;
      }
    }
    // A stated carry-over equal to the gap explains it (C11), in either direction: a budget's
    // expenditure side also spends 上年结转 (income < expenditure), or leaves 年末结转
    // (income > expenditure).
    bool spends_more = val(E0) > val(I0);
    Interval want = spends_more ? iv(E0) - iv(I0) : iv(I0) - iv(E0);
    bool explained = false;
    for (std::size_t c = 0; c < facts_.size() && !explained; ++c) {
      const BudgetFact& C = facts_[c];
      bool role = spends_more ? (C.role == Role::CarryIn || C.role == Role::UseSurplus) : C.role == Role::CarryOut;
      if (!role || (C.fund != F && C.fund != Fund::All) || !dept_level(C) || !current(C) || !want.overlaps(iv(c))) continue;
      emit("R12", Severity::Info, later, {I0, E0, c},
           {"“" + shown_label(I0) + "”" + i_s + unit + "与“" + shown_label(E0) + "”" + e_s + unit + "相差" + delta_s + unit +
                "，即“" + shown_label(c) + "”" + q(c).value.to_string() + unit,
            "Initial budget income " + i_s + unit + " and expenditure " + e_s + unit + " differ by " + delta_s + unit +
                ", which is the stated carry-over " + q(c).value.to_string() + unit});
      explained = true;
    }
    if (explained) continue;
    emit("R12", Severity::Error, later, {I0, E0}, std::move(msg));
  }
}

}  // namespace identity_detail

}  // namespace gouji
