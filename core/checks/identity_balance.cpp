// R02 (收入支出决算总表 balance) and R10 (资产 = 负债 + 净资产): a statement's two sides.
#include <utility>

#include "checks/identity_checks_internal.h"

namespace gouji {
namespace identity_detail {

// ---- R02: 收入支出决算总表 balance ----
// The table's figures and the two sides built from them: read once, then checked side by side
// (a stated 总计 against its own side) and across (left = right).
struct Identities::BalanceSides {
  std::size_t I, TL, U, Ci, E, TR, D, Co;  // 本年收入, 收入总计, 使用结余, 年初结转; the expenditure twins
  const Quantity* like = nullptr;  // the figure whose unit the messages use
  std::string unit;
  Sum L, R;                      // income side, expenditure side
  std::vector<std::size_t> all;  // every figure read
  int d = 0;                     // decimals shown
};

void Identities::r02_balance() {
  BalanceSides b;
  if (!r02_sides(b)) return;
  bool side_failed = r02_side_fails(b, b.TL, b.L, "收入侧", "income side");
  side_failed = r02_side_fails(b, b.TR, b.R, "支出侧", "expenditure side") || side_failed;
  if (side_failed) return;
  r02_left_right(b);
}

// The figures, each stated once with one value; false when the table cannot be read.
bool Identities::r02_sides(BalanceSides& b) {
  bool amb = false, any_amb = false;
  auto pick = [&](Role r, bool fund_level_only = false) {
    std::size_t i = unique(
        [&](const BudgetFact& g) {
          return g.role == r && g.fund == Fund::All && dept_level(g) && current(g) &&
                 (g.stage == BudgetStage::Final || g.stage == BudgetStage::None) &&
                 (!fund_level_only || fund_level_subject(facts_, g));
        },
        &amb);
    any_amb |= amb;
    return i;
  };
  std::size_t I = pick(Role::Income), TL = pick(Role::IncomeGrand), U = pick(Role::UseSurplus, true),
              Ci = pick(Role::CarryIn, true), E = pick(Role::Expense), TR = pick(Role::ExpenseGrand),
              D = pick(Role::Distribution, true), Co = pick(Role::CarryOut, true);
  if (any_amb) return false;
  // A "总计" equal to the 本年 figure is the 本年 figure loosely labelled (report 000: 全年支出总计).
  if (TL != kNone && I != kNone && compare(iv(TL), val(TL), iv(I), val(I)) != Cmp::Off) TL = kNone;
  if (TR != kNone && E != kNone && compare(iv(TR), val(TR), iv(E), val(E)) != Cmp::Off) TR = kNone;
  if ((I == kNone && TL == kNone) || (E == kNone && TR == kNone)) return false;
  b.I = I; b.TL = TL; b.U = U; b.Ci = Ci; b.E = E; b.TR = TR; b.D = D; b.Co = Co;
  std::size_t like_i = TL != kNone ? TL : I;
  const Quantity& like = q(like_i);
  b.like = &like;
  b.unit = unit_of(like);

  Sum& L = b.L;
  Sum& R = b.R;
  if (I != kNone) {
    add(L, I, like);
    if (U != kNone) add(L, U, like);
    if (Ci != kNone) add(L, Ci, like);
  }
  if (E != kNone) {
    add(R, E, like);
    if (D != kNone) add(R, D, like);
    if (Co != kNone) add(R, Co, like);
  }
  std::vector<std::size_t>& all = b.all;
  all = L.facts;
  all.insert(all.end(), R.facts.begin(), R.facts.end());
  if (TL != kNone) all.push_back(TL);
  if (TR != kNone) all.push_back(TR);
  b.d = decimals_for(all, like);
  return true;
}

// 1, 2: a stated 总计 against its own side; true when they differ beyond rounding.
bool Identities::r02_side_fails(const BalanceSides& b, std::size_t T, const Sum& s, const char* zh_side,
                                const char* en_side) {
  const Quantity& like = *b.like;
  const std::string& unit = b.unit;
  int d = b.d;
  if (T == kNone || s.facts.size() < 2) return false;
  Cmp c = compare(iv(T), val(T), s.iv, s.point);
  std::string sum_s = fmt(s.point, like, d), t_s = q(T).value.to_string();
  record("R02", zh_side + s.zh + " = " + sum_s + unit + "（" + shown_label(T) + written(T) + unit + "）", c, T, s.facts);
  if (c == Cmp::Equal) return false;
  std::string delta_s = fmt((val(T) - s.point).abs(), like, d);
  if (c == Cmp::Rounding) {
    emit("R02", Severity::Info, T, s.facts,
         {std::string("尾差：") + zh_side + s.zh + "=" + sum_s + unit + "，“" + shown_label(T) + "”为" + t_s + unit + "，相差" +
              delta_s + unit + "，在四舍五入误差范围内",
          std::string("Rounding difference: ") + en_side + " " + s.en + " = " + sum_s + unit + ", stated total " + t_s +
              unit + ", off by " + delta_s + unit + ", within rounding"},
         {}, sum_s + unit, t_s + unit);
    return false;
  }
  emit("R02", Severity::Error, T, s.facts,
       {"“" + shown_label(T) + "”应为" + sum_s + unit + "（" + s.zh + "），报告为" + t_s + unit,
        std::string("The stated ") + en_side + " total should be " + sum_s + unit + " (" + s.en + ") but is " + t_s + unit},
       {}, sum_s + unit, t_s + unit);
  return true;
}

// 3: left = right, and when not, whether a figure that already holds a carry (a) (b) or an item
// the text does not state (c) explains the gap.
void Identities::r02_left_right(const BalanceSides& b) {
  const std::size_t I = b.I, TL = b.TL, U = b.U, Ci = b.Ci, E = b.E, TR = b.TR, D = b.D, Co = b.Co;
  const Quantity& like = *b.like;
  const std::string& unit = b.unit;
  const Sum& L = b.L;
  const Sum& R = b.R;
  const std::vector<std::size_t>& all = b.all;
  int d = b.d;
  bool has_terms = U != kNone || Ci != kNone || D != kNone || Co != kNone || TL != kNone || TR != kNone;
  if (!has_terms) return;  // 本年收入 vs 本年支出 alone is no identity
  Interval lv = TL != kNone ? iv(TL) : L.iv, rv = TR != kNone ? iv(TR) : R.iv;
  Decimal lp = TL != kNone ? val(TL) : L.point, rp = TR != kNone ? val(TR) : R.point;
  std::string l_zh = TL != kNone ? "“" + shown_label(TL) + "”" + q(TL).value.to_string() + unit
                                 : equation(L, like, d);
  std::string r_zh = TR != kNone ? "“" + shown_label(TR) + "”" + q(TR).value.to_string() + unit
                                 : equation(R, like, d);
  std::string l_en = TL != kNone ? q(TL).value.to_string() + unit : equation(L, like, d, true);
  std::string r_en = TR != kNone ? q(TR).value.to_string() + unit : equation(R, like, d, true);
  std::string delta_s = fmt((lp - rp).abs(), like, d);
  std::size_t primary = TL != kNone ? TL : (TR != kNone ? TR : I);
  if (primary == kNone) primary = E;
  Cmp c = compare(lv, lp, rv, rp);
  {
    std::vector<std::size_t> rest;
    for (std::size_t i : all)
      if (i != primary) rest.push_back(i);
    std::string l_w = TL != kNone ? "“" + shown_label(TL) + "”" + written(TL) + unit : equation(L, like, d);
    std::string r_w = TR != kNone ? "“" + shown_label(TR) + "”" + written(TR) + unit : equation(R, like, d);
    record("R02", "收入侧" + l_w + " = 支出侧" + r_w, c, primary, rest);
  }
  if (c == Cmp::Equal) return;
  if (c == Cmp::Rounding) {
    emit("R02", Severity::Info, primary, all,
         {"尾差：收入侧" + l_zh + "，支出侧" + r_zh + "，相差" + delta_s + unit + "，在四舍五入误差范围内",
          "Rounding difference: income side " + l_en + ", expenditure side " + r_en + ", off by " + delta_s + unit +
              ", within rounding"},
         {}, r_zh, l_zh);
    return;
  }
  // (a) The income figure already contains the carry-in (report 000: 决算收入 = 收入总计).
  if (TL == kNone && I != kNone && Ci != kNone && !is_zero(Ci)) {
    Sum L2;
    add(L2, I, like);
    if (U != kNone) add(L2, U, like);
    Cmp c2 = compare(L2.iv, L2.point, rv, rp);
    if (c2 != Cmp::Off) {
      bool r01_explains = false;
      for (std::size_t b : facts_[I].total_of) {
        Interval parts{};
        for (std::size_t p : f_.breakdowns[b].parts) parts = parts + stated_interval(f_.quantities[p], f_.precision);
        if ((parts + iv(Ci)).overlaps(iv(I))) r01_explains = true;
      }
      std::string i_s = q(I).value.to_string(), ci_s = shown_value(Ci, like);
      std::string d2 = fmt((L2.point - rp).abs(), like, d);
      Message m{"按“" + shown_label(I) + "”" + i_s + unit + "已含“" + shown_label(Ci) + "”" + ci_s + unit +
                    "（即为收入总计）理解，收支平衡：收入侧" + equation(L2, like, d) + "，支出侧" +
                    r_zh + (c2 == Cmp::Equal ? "" : "，相差" + d2 + unit + "，在四舍五入误差范围内"),
                "Balanced if " + i_s + unit + " already includes the carry-in " + ci_s + unit +
                    " (i.e. it is total income): income side " + equation(L2, like, d, true) +
                    ", expenditure side " + r_en};
      Message h{"“" + shown_label(I) + "”" + i_s + unit + "包含了年初结转和结余，应标为“收入总计”；本年收入应为" +
                    fmt(val(I) - val(Ci), like, d) + unit,
                "The income figure includes the carry-in: it should be labelled total income (收入总计); this "
                "year's income is " + fmt(val(I) - val(Ci), like, d) + unit};
      emit("R02", r01_explains ? Severity::Info : Severity::Warning, I, all, std::move(m),
           r01_explains ? Message{} : std::move(h));
      return;
    }
  }
  // (b) The expenditure figure already contains the carry-out.
  if (TR == kNone && E != kNone && Co != kNone && !is_zero(Co)) {
    Sum R2;
    add(R2, E, like);
    if (D != kNone) add(R2, D, like);
    if (compare(lv, lp, R2.iv, R2.point) != Cmp::Off) {
      std::string e_s = q(E).value.to_string(), co_s = shown_value(Co, like);
      emit("R02", Severity::Warning, E, all,
           {"按“" + shown_label(E) + "”" + e_s + unit + "已含“" + shown_label(Co) + "”" + co_s + unit +
                "理解，收支才平衡：收入侧" + l_zh + "，支出侧" + R2.zh + "=" + fmt(R2.point, like, d) + unit,
            "Balanced only if " + e_s + unit + " already includes the carry-over " + co_s + unit + ": income side " +
                l_en + ", expenditure side " + R2.en + " = " + fmt(R2.point, like, d) + unit},
           {"“" + shown_label(E) + "”似为支出总计（含年末结转和结余），标签应为“支出总计”",
            "The expenditure figure seems to include the carry-over: it should be labelled total expenditure"});
      return;
    }
  }
  // (c) An item the text does not state could close the gap: query, not error.
  Decimal gap = lp - rp;
  // A 支出总计 stated without its parts may be 本年支出 loosely labelled (as in report 000).
  bool right_open = TR == kNone ? (Co == kNone || D == kNone) : (E == kNone && Co == kNone);
  bool left_open = TL == kNone ? (Ci == kNone || U == kNone) : (I == kNone && Ci == kNone);
  if ((gap > Decimal{} && right_open) || (gap < Decimal{} && left_open)) {
    std::string missing_zh = gap > Decimal{} ? (Co == kNone ? "年末结转和结余" : "结余分配")
                                             : (Ci == kNone ? "年初结转和结余" : "使用非财政拨款结余");
    std::string missing_en = gap > Decimal{} ? (Co == kNone ? "carry-over to next year" : "surplus distribution")
                                             : (Ci == kNone ? "carry-in" : "use of non-fiscal surplus");
    emit("R02", Severity::Warning, primary, all,
         {"收支差额" + delta_s + unit + "未说明：收入侧" + l_zh + "，支出侧" + r_zh + "；报告未列明" + missing_zh,
          "Income and expenditure differ by " + delta_s + unit + " (income side " + l_en + ", expenditure side " + r_en +
              ") and the report does not state the " + missing_en},
         {"差额可能就是未列明的" + missing_zh + "，请补充说明", "The gap may be the unstated " + missing_en + "; state it"});
    return;
  }
  emit("R02", Severity::Error, TR != kNone ? TR : (TL != kNone ? TL : E), all,
       {"收支不平衡：收入侧" + l_zh + "，支出侧" + r_zh + "，相差" + delta_s + unit,
        "Income and expenditure do not balance: income side " + l_en + ", expenditure side " + r_en + ", off by " +
            delta_s + unit},
       {}, r_zh, l_zh);
}

// ---- R10: 资产 = 负债 + 净资产 ----
void Identities::r10_balance_sheet() {
  for (std::size_t a = 0; a < facts_.size(); ++a) {
    const BudgetFact& A = facts_[a];
    if (A.role != Role::Assets) continue;
    std::size_t L = kNone, N = kNone;
    for (auto [k, e] = line_range(a); k < e; ++k) {
      const BudgetFact& g = facts_[k];
      if (g.line != A.line || g.stage != A.stage || g.entity != A.entity) continue;
      if (g.role == Role::Liabilities && L == kNone) L = k;
      if (g.role == Role::NetAssets && N == kNone) N = k;
    }
    if (L == kNone || N == kNone) continue;
    Sum s;
    add(s, L, q(a));
    add(s, N, q(a));
    report_composition("R10", a, s, Severity::Error, "负债与净资产", "liabilities and net assets");
    if (!val(a).is_zero() && !val(a).negative()) {
      Decimal ratio = (val(L) * Decimal::from_int(100)).div_floor(val(a));
      // round half up to 2 decimals: to_string(2) rounds half away from zero
      Metric m;
      m.name = "资产负债率";
      m.name_en = "Debt-to-asset ratio";
      m.value = ratio.to_string(2);
      m.unit = "%";
      m.formula = q(L).value.to_string() + " / " + q(a).value.to_string() + " × 100%";
      m.spans = {span_of(q(L), true), span_of(q(a), false)};
      out_.metrics.push_back(std::move(m));
    }
  }
}

}  // namespace identity_detail

}  // namespace gouji
