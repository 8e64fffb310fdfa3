#pragma once
// Labelled budget figures: which aggregate a stated amount is (本年收入, 基本支出, 年末结转和结余,
// 资产总额, 编制数, …), for which fund scope (全口径 / 财政拨款 / 一般公共预算 / 政府性基金 …) and at
// which stage (年初 / 调整 / 全年可执行 / 决算). The label patterns are data tables in
// budget_facts.cpp; a label is recognised only when everything around its key word is a known
// modifier (year, 部门, fund, stage, 合计…), so "会议费支出" or "改扩建项目支出" never pass for
// 支出 or 项目支出, and "比上年增加" or "局本级" keep a figure out. checks/identity_checks.cpp
// reconciles the figures (R02–R12, R15, R16).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "facts/breakdown.h"
#include "numbers/quantity.h"
#include "statements/frame.h"
#include "structure/document.h"
#include "text/index32.h"
#include "text/text.h"

namespace gouji {

// Fund scope: 全口径 (all sources) or one budget book. NonFiscal: 非财政拨款.
enum class Fund : std::uint8_t { All, Fiscal, General, GovFund, StateCapital, SocialInsurance, NonFiscal };

// Budget stage. Budget = "预算" without saying which (年初 or 全年); Full = 全年/调整后/可执行.
enum class BudgetStage : std::uint8_t { None, Initial, Budget, Adjust, Full, Final };

enum class Role : std::uint8_t {
  None,
  // 收入支出决算总表, left and right side
  Income,        // 本年收入(合计), 决算收入, 财政拨款收入 (with fund)
  IncomeGrand,   // 收入总计; 全年可执行预算合计 stated after 决算收入 (002 layout)
  Expense,       // 本年支出(合计), 决算支出
  ExpenseGrand,  // 支出总计
  UseSurplus,    // 使用非财政拨款结余（含专用结余）
  CarryIn,       // 年初结转和结余, 上年结转
  CarryOut,      // 年末结转和结余, 结转结余
  Distribution,  // (收支)结余分配
  // non-fiscal income sources
  IncUpper, IncBusiness, IncOperating, IncAffiliate, IncOther,
  // expenditure by nature
  Basic, Project, PaidToUpper, OperatingExp, AffiliateSubsidy,
  // budget stages of an aggregate
  Executable,  // 全年可执行预算, 全年预算数, 调整后预算: the Full stage of its subject
  Adjustment,  // 调整预算, 追加调整, 调增 (sign −1: 调减)
  // 基本支出 by kind and by economic class; 支出 by function
  Personnel, PublicCost, Econ, Func,
  // 三公经费
  SanGong, Abroad, CarTotal, CarPurchase, CarRun, Reception,
  // balance sheet
  Assets, Liabilities, NetAssets,
  // counts and score
  Posts, Staff, SelfScore,
};

// Where a fact's fund or stage came from (how sure we are).
enum class Origin : std::uint8_t { None, Label, Breakdown, Subject, Sentence, Section, Default };

// One per recognised figure: 32-bit indices (text/index32.h) and byte-sized enums (issue 16,
// memory per input byte).
struct BudgetFact {
  Index32 q = 0;  // index into the quantity list
  Index32 subject = kNone;      // for carry/adjust/executable: index (into facts) of the aggregate
  Index32 line = 0;             // paragraph = line
  Index32 sentence = 0;         // position where q's sentence starts
  Index32 section = kNone;      // innermost heading containing q
  Index32 top_section = kNone;  // its top-level ancestor
  int year = 0;                 // "2024年" in the label or the sentence (0 = none)
  Role role = Role::None;
  Fund fund = Fund::All;
  BudgetStage stage = BudgetStage::None;
  Origin fund_from = Origin::None, stage_from = Origin::None;
  bool grand = false;       // labelled 总计
  std::int8_t sign = 1;     // −1 for 调减/追减
  std::vector<std::size_t> part_of;   // breakdowns (indices) listing q as a part
  std::vector<std::size_t> total_of;  // breakdowns whose total is q
  std::string name;                   // class name for Econ/Func ("卫生健康支出")
  std::string entity;                 // the unit/project a sentence is about ("局本级"), "" = whole dept
  std::string label;                  // the phrase recognised (UTF-8, brackets and quotes removed)
};
static_assert(sizeof(BudgetFact) <= 184, "BudgetFact is stored once per recognised figure");

// Every money amount, headcount and self-score whose label the tables recognise (role != None).
// Approximate figures (约/余/以上) are left out.
// `statements` supply the year of a figure whose label names none (its frame's period).
std::vector<BudgetFact> read_budget_facts(const Text& text, const std::vector<Quantity>& qs,
                                          const std::vector<Breakdown>& breakdowns, const Document& doc,
                                          const Statements& statements);

// Totals the other roles hang under (subjects of carry-overs, adjustments, stages).
bool is_aggregate(Role r);
std::string_view role_name(Role r, bool en = false);
std::string_view fund_name(Fund f, bool en = false);
std::string_view stage_name(BudgetStage s, bool en = false);

}  // namespace gouji
