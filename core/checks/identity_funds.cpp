// R09 (财政拨款 by fund: 收入 + 年初结转 = 支出 + 年末结转) and R16 (全口径 ≥ fund-level).
#include "checks/identity_checks_internal.h"

namespace gouji {
namespace identity_detail {

// ---- R09: 财政拨款 by fund: 收入 + 年初结转 = 支出 + 年末结转 ----
void Identities::r09_fund_balance() {
  for (Fund F : {Fund::Fiscal, Fund::General, Fund::GovFund, Fund::StateCapital}) {
    auto in_fund = [&](Role r) {
      return [=](const BudgetFact& g) {
        return g.role == r && g.fund == F && dept_level(g) && current(g) && g.stage == BudgetStage::Final;
      };
    };
    bool amb = false;
    r09_grand_totals(F);
    std::size_t In = unique(in_fund(Role::Income), &amb);
    if (amb || In == kNone) continue;
    std::size_t Ex = unique(in_fund(Role::Expense), &amb);
    if (amb) continue;
    std::vector<std::size_t> ex_terms;
    if (Ex != kNone) {
      ex_terms.push_back(Ex);
    } else {
      std::size_t B = unique(in_fund(Role::Basic), &amb);
      if (amb) continue;
      std::size_t P = unique(in_fund(Role::Project), &amb);
      if (amb || B == kNone || P == kNone) continue;
      ex_terms = {B, P};
    }
    // Carry-overs of the fund: stated for the fund as a whole, or for both 基本 and 项目.
    auto carry = [&](Role r, bool& known, std::vector<std::size_t>& terms) {
      known = false;
      std::size_t whole = unique(
          [&](const BudgetFact& g) {
            return g.role == r && g.fund == F && dept_level(g) && current(g) && fund_level_subject(facts_, g);
          },
          &amb);
      if (whole != kNone) { known = true; terms.push_back(whole); return; }
      std::size_t b = unique([&](const BudgetFact& g) {
        return g.role == r && g.fund == F && current(g) && g.subject != kNone && facts_[g.subject].role == Role::Basic;
      }, &amb);
      std::size_t p = unique([&](const BudgetFact& g) {
        return g.role == r && g.fund == F && current(g) && g.subject != kNone && facts_[g.subject].role == Role::Project;
      }, &amb);
      if (b != kNone && p != kNone) { known = true; terms.push_back(b); terms.push_back(p); }
    };
    bool ci_known = false, co_known = false;
    std::vector<std::size_t> ci, co;
    carry(Role::CarryIn, ci_known, ci);
    carry(Role::CarryOut, co_known, co);
    if (amb) continue;
    const Quantity& like = q(ex_terms.front());
    Sum L, R;
    add(L, In, like);
    for (std::size_t c : ci) add(L, c, like);
    for (std::size_t e : ex_terms) add(R, e, like);
    for (std::size_t c : co) add(R, c, like);
    std::vector<std::size_t> all = L.facts;
    all.insert(all.end(), R.facts.begin(), R.facts.end());
    int d = decimals_for(all, like);
    std::string unit = unit_of(like);
    Cmp c = compare(L.iv, L.point, R.iv, R.point);
    std::string fz(fund_name(F)), fe(fund_name(F, true));
    std::string l_s = fmt(L.point, like, d), r_s = fmt(R.point, like, d), delta_s = fmt((L.point - R.point).abs(), like, d);
    std::size_t primary = ex_terms.size() == 1 ? ex_terms.front() : In;
    bool gap_open = (L.point > R.point && !co_known) || (L.point < R.point && !ci_known);
    if (c != Cmp::Off || !gap_open) {  // an unstated carry-over leaves the balance unverified
      std::vector<std::size_t> rest;
      for (std::size_t i : all)
        if (i != primary) rest.push_back(i);
      record("R09", fz + "收入侧" + L.zh + " = " + l_s + unit + "，支出侧" + R.zh + " = " + r_s + unit, c, primary, rest);
    }
    if (c == Cmp::Equal) continue;
    if (c == Cmp::Rounding) {
      emit("R09", Severity::Info, primary, all,
           {"尾差：" + fz + "收入侧" + L.zh + "=" + l_s + unit + "，支出侧" + R.zh + "=" + r_s + unit + "，相差" + delta_s + unit +
                "，在四舍五入误差范围内",
            "Rounding difference (" + fe + "): " + L.en + " = " + l_s + unit + " vs " + R.en + " = " + r_s + unit},
           {}, r_s + unit, l_s + unit);
      continue;
    }
    if (gap_open) {
      bool carry_out = L.point > R.point;
      emit("R09", Severity::Info, primary, all,
           {fz + "收入侧" + equation(L, like, d) + "，支出侧" + equation(R, like, d) + "，差额" + delta_s + unit + "应为" +
                (carry_out ? "年末结转和结余" : "年初结转和结余") + "，报告未说明",
            fe + ": " + L.en + " = " + l_s + unit + " vs " + R.en + " = " + r_s + unit + "; the difference of " + delta_s +
                unit + " should be the " + (carry_out ? "carry-over" : "carry-in") + ", which the report does not state"});
      continue;
    }
    emit("R09", Severity::Error, primary, all,
         {fz + "收支不平衡：收入侧" + L.zh + "=" + l_s + unit + "，支出侧" + R.zh + "=" + r_s + unit + "，相差" + delta_s + unit,
          fe + " does not balance: " + L.en + " = " + l_s + unit + " vs " + R.en + " = " + r_s + unit + ", off by " + delta_s +
              unit},
         {}, l_s + unit, r_s + unit);
  }
}

// 财政拨款收入总计 = 支出总计 (both sides of the 财政拨款收入支出决算总表).
void Identities::r09_grand_totals(Fund F) {
  bool amb = false;
  std::size_t TL = unique(
      [&](const BudgetFact& g) { return g.role == Role::IncomeGrand && g.fund == F && dept_level(g) && current(g); }, &amb);
  if (amb || TL == kNone) return;
  std::size_t TR = unique(
      [&](const BudgetFact& g) { return g.role == Role::ExpenseGrand && g.fund == F && dept_level(g) && current(g); }, &amb);
  if (amb || TR == kNone || !years_match(facts_[TL], facts_[TR])) return;
  Cmp c = compare(iv(TL), val(TL), iv(TR), val(TR));
  const Quantity& like = q(TR);
  std::string unit = unit_of(like), fz(fund_name(F)), fe(fund_name(F, true));
  std::string totals_w = fz + "收入总计" + written(TL) + unit + " = 支出总计" + written(TR) + unit;
  if (c != Cmp::Off) record("R09", totals_w, c, TR, {TL});
  if (c == Cmp::Equal) return;
  int d = decimals_for({TL, TR}, like);
  std::string l_s = q(TL).value.to_string(), r_s = like.value.to_string(), delta_s = fmt((val(TL) - val(TR)).abs(), like, d);
  if (c == Cmp::Rounding) {
    emit("R09", Severity::Info, TR, {TL},
         {"尾差：" + fz + "收入总计" + l_s + unit + "，支出总计" + r_s + unit + "，相差" + delta_s + unit,
          "Rounding difference (" + fe + "): total income " + l_s + unit + ", total expenditure " + r_s + unit});
    return;
  }
  // The gap as a carry-over (C11). Roles are confirmed by arithmetic: a "收入总计" that equals
  // the fund's 本年 income (its parts: 一般公共预算 + 政府性基金 + 国有资本经营) is the 本年
  // figure loosely labelled, and the gap is the 年初结转 left out; a stated 年初结转 (年末结转)
  // equal to the gap explains it, whichever side is larger.
  const Decimal gap = val(TR) - val(TL);  // > 0: the expenditure side is larger
  std::size_t explaining = kNone;  // the stated carry-over equal to the gap
  auto gap_is = [&](Role r) {
    std::size_t c = unique([&](const BudgetFact& g) { return g.role == r && g.fund == F && dept_level(g) && current(g); }, &amb);
    if (amb || c == kNone) return false;
    Interval want = r == Role::CarryIn ? iv(TR) - iv(TL) : iv(TL) - iv(TR);
    if (!want.overlaps(iv(c))) return false;
    explaining = c;
    return true;
  };
  bool co_stated = false, ci_stated = false;
  for (const auto& g : facts_) {
    co_stated |= g.role == Role::CarryOut && g.fund == F;
    ci_stated |= g.role == Role::CarryIn && g.fund == F;
  }
  // (A carry-over stated with another value leaves the gap unexplained.)
  bool explained =
      (gap > Decimal() && (gap_is(Role::CarryIn) || (!ci_stated && this_year_total(F, Role::Income, TL)))) ||
      (gap < Decimal() && (gap_is(Role::CarryOut) || (!co_stated && this_year_total(F, Role::Expense, TR))));
  if (explained) {
    bool carry_in = gap > Decimal();
    if (explaining != kNone)  // verified: the gap is the stated carry-over
      record("R09",
             carry_in ? fz + "收入总计" + written(TL) + unit + "+" + shown_label(explaining) + written(explaining) + unit +
                            " = 支出总计" + written(TR) + unit
                      : fz + "收入总计" + written(TL) + unit + " = 支出总计" + written(TR) + unit + "+" +
                            shown_label(explaining) + written(explaining) + unit,
             carry_in ? compare(iv(explaining), val(explaining), iv(TR) - iv(TL), val(TR) - val(TL))
                      : compare(iv(explaining), val(explaining), iv(TL) - iv(TR), val(TL) - val(TR)),
             TR, {TL, explaining});
    emit("R09", Severity::Info, TR, {TL},
         {fz + "收入总计" + l_s + unit + "与支出总计" + r_s + unit + "相差" + delta_s + unit + "：" +
              (carry_in ? "“收入总计”是本年收入，差额即年初结转和结余" : "“支出总计”是本年支出，差额即年末结转和结余"),
          fe + ": total income " + l_s + unit + " and total expenditure " + r_s + unit + " differ by " + delta_s + unit +
              (carry_in ? "; the income figure is this year's income and the difference is the carry-in"
                        : "; the expenditure figure is this year's spending and the difference is the carry-over")});
    return;
  }
  bool maybe_loose = (val(TL) > val(TR) && !co_stated) || (val(TL) < val(TR) && !ci_stated);
  record("R09", totals_w, Cmp::Off, TR, {TL});
  emit("R09", maybe_loose ? Severity::Warning : Severity::Error, TR, {TL},
       {fz + "收入总计" + l_s + unit + "与支出总计" + r_s + unit + "不相等，相差" + delta_s + unit,
        fe + ": total income " + l_s + unit + " and total expenditure " + r_s + unit + " differ by " + delta_s + unit},
       maybe_loose ? (val(TL) > val(TR)
                          ? Message{"两个总计应相等；若“支出总计”指本年支出，差额应为未列明的年末结转和结余",
                                    "Both totals must be equal; if the expenditure figure is this year's spending only, the "
                                    "difference should be the unstated carry-over"}
                          : Message{"两个总计应相等；若“收入总计”指本年收入，差额应为未列明的年初结转和结余",
                                    "Both totals must be equal; if the income figure is this year's income only, the "
                                    "difference should be the unstated carry-in"})
                   : Message{},
       l_s + unit, r_s + unit);
}

// True when `total` equals the fund's 本年 figure of `role` (收入 or 支出): the fund's own
// statement, or for 财政拨款 the sum of its sub-funds' statements.
bool Identities::this_year_total(Fund F, Role role, std::size_t total) {
  bool amb = false;
  auto one = [&](Fund G) {
    return unique([&](const BudgetFact& g) {
      return g.role == role && g.fund == G && dept_level(g) && current(g) && g.stage == BudgetStage::Final && g.q != facts_[total].q;
    }, &amb);
  };
  std::vector<std::size_t> parts;
  if (std::size_t own = one(F); !amb && own != kNone) parts.push_back(own);
  else if (F == Fund::Fiscal)
    for (Fund G : {Fund::General, Fund::GovFund, Fund::StateCapital})
      if (std::size_t p = one(G); !amb && p != kNone) parts.push_back(p);
  if (amb || parts.empty()) return false;
  Interval sum = iv(parts.front());
  for (std::size_t i = 1; i < parts.size(); ++i) sum = sum + iv(parts[i]);
  return sum.overlaps(iv(total));
}

// ---- R16: 全口径 ≥ fund-level (项目支出, 基本支出) ----
void Identities::r16_fund_cross_check() {
  for (Role r : {Role::Project, Role::Basic}) {
    for (BudgetStage st : {BudgetStage::Final, BudgetStage::Initial}) {
      bool amb = false;
      auto pick = [&](Fund F, Role role) {
        return unique(
            [&](const BudgetFact& g) { return g.role == role && g.fund == F && g.stage == st && dept_level(g) && current(g); },
            &amb);
      };
      std::size_t all = pick(Fund::All, r);
      std::size_t gen = pick(Fund::General, r);
      if (amb || all == kNone || gen == kNone) continue;
      std::vector<std::size_t> terms{gen};
      for (Fund F : {Fund::GovFund, Fund::StateCapital}) {
        std::size_t k = pick(F, r);
        if (k == kNone && r == Role::Project) k = pick(F, Role::Expense);  // fund spending is project spending
        if (k != kNone) terms.push_back(k);
      }
      if (amb) continue;
      const Quantity& like = q(all);
      Sum s;
      for (std::size_t k : terms) add(s, k, like);
      int d = decimals_for(s.facts, like);
      std::string unit = unit_of(like);
      std::string all_s = like.value.to_string(), sum_s = fmt(s.point, like, d),
                  delta_s = fmt((val(all) - s.point).abs(), like, d);
      std::string what_zh(role_name(r)), what_en(role_name(r, true));
      // The relation: a part cannot exceed the whole (全口径 ≥ Σ 财政拨款 by fund).
      Cmp c = compare(iv(all), val(all), s.iv, s.point);
      bool below = s.iv.lo > iv(all).hi;
      record("R16",
             "全口径" + what_zh + written(all) + unit + (c == Cmp::Off && !below ? " ≥ " : " = ") + "财政拨款" + what_zh +
                 "之和" + s.zh + " = " + sum_s + unit,
             below ? Cmp::Off : c == Cmp::Rounding ? Cmp::Rounding : Cmp::Equal, all, s.facts);
      if (s.iv.hi < iv(all).lo) {
        if (r != Role::Project || st != BudgetStage::Final) continue;
        emit("R16", Severity::Info, all, s.facts,
             {"全口径" + what_zh + all_s + unit + "比财政拨款" + what_zh + "之和" + sum_s + unit + "（" + s.zh + "）多" + delta_s + unit +
                  "，应为非财政拨款资金安排的" + what_zh + "，报告未说明其来源",
              "All-source " + what_en + " " + all_s + unit + " exceeds the fiscal " + what_en + " " + sum_s + unit + " (" + s.en +
                  ") by " + delta_s + unit + ": non-fiscal money the report does not explain"},
             {}, sum_s + unit, all_s + unit);
      } else if (s.iv.lo > iv(all).hi) {
        emit("R16", Severity::Warning, all, s.facts,
             {"全口径" + what_zh + all_s + unit + "小于财政拨款" + what_zh + "之和" + sum_s + unit + "（" + s.zh + "），相差" + delta_s + unit,
              "All-source " + what_en + " " + all_s + unit + " is less than the fiscal " + what_en + " " + sum_s + unit + " (" +
                  s.en + ")"},
             {"部分不能大于全口径：请核对口径（全口径/一般公共预算）或数值", "A part cannot exceed the all-source total: check the scope or the figures"},
             sum_s + unit, all_s + unit);
      }
    }
  }
}

}  // namespace identity_detail

}  // namespace gouji
