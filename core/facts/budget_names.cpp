// The names of roles, funds and stages, as the report (zh) and the English messages word them.
#include "facts/budget_facts.h"

namespace gouji {

std::string_view role_name(Role r, bool en) {
  switch (r) {
    case Role::None: return en ? "figure" : "数值";
    case Role::Income: return en ? "income" : "本年收入";
    case Role::IncomeGrand: return en ? "total income incl. carry-overs" : "收入总计";
    case Role::Expense: return en ? "expenditure" : "本年支出";
    case Role::ExpenseGrand: return en ? "total expenditure incl. carry-overs" : "支出总计";
    case Role::UseSurplus: return en ? "use of non-fiscal surplus" : "使用非财政拨款结余";
    case Role::CarryIn: return en ? "carry-in from last year" : "年初结转和结余";
    case Role::CarryOut: return en ? "carry-over to next year" : "年末结转和结余";
    case Role::Distribution: return en ? "surplus distribution" : "结余分配";
    case Role::IncUpper: return en ? "subsidy from the higher level" : "上级补助收入";
    case Role::IncBusiness: return en ? "operating-service income" : "事业收入";
    case Role::IncOperating: return en ? "business income" : "经营收入";
    case Role::IncAffiliate: return en ? "remittances from affiliates" : "附属单位上缴收入";
    case Role::IncOther: return en ? "other income" : "其他收入";
    case Role::Basic: return en ? "basic expenditure" : "基本支出";
    case Role::Project: return en ? "project expenditure" : "项目支出";
    case Role::PaidToUpper: return en ? "remittance to the higher level" : "上缴上级支出";
    case Role::OperatingExp: return en ? "business expenditure" : "经营支出";
    case Role::AffiliateSubsidy: return en ? "subsidies to affiliates" : "对附属单位补助支出";
    case Role::Executable: return en ? "full-year budget" : "全年可执行预算";
    case Role::Adjustment: return en ? "in-year adjustment" : "本年调整";
    case Role::Personnel: return en ? "staff costs" : "人员经费";
    case Role::PublicCost: return en ? "running costs" : "公用经费";
    case Role::Econ: return en ? "economic class" : "经济分类";
    case Role::Func: return en ? "functional class" : "功能分类";
    case Role::SanGong: return en ? "\"three public\" costs" : "“三公”经费";
    case Role::Abroad: return en ? "official travel abroad" : "因公出国（境）费";
    case Role::CarTotal: return en ? "official vehicles (purchase and running)" : "公务用车购置及运行维护费";
    case Role::CarPurchase: return en ? "official vehicle purchase" : "公务用车购置费";
    case Role::CarRun: return en ? "official vehicle running costs" : "公务用车运行维护费";
    case Role::Reception: return en ? "official reception" : "公务接待费";
    case Role::Assets: return en ? "total assets" : "资产总额";
    case Role::Liabilities: return en ? "total liabilities" : "负债总额";
    case Role::NetAssets: return en ? "net assets" : "净资产总额";
    case Role::Posts: return en ? "authorised posts" : "编制数";
    case Role::Staff: return en ? "staff in post" : "在编在岗人数";
    case Role::SelfScore: return en ? "self-evaluation score" : "自评分";
  }
  return "";
}

std::string_view fund_name(Fund f, bool en) {
  switch (f) {
    case Fund::All: return en ? "all sources" : "全口径";
    case Fund::Fiscal: return en ? "fiscal appropriation" : "财政拨款";
    case Fund::General: return en ? "general public budget" : "一般公共预算";
    case Fund::GovFund: return en ? "government fund budget" : "政府性基金预算";
    case Fund::StateCapital: return en ? "state capital operation budget" : "国有资本经营预算";
    case Fund::SocialInsurance: return en ? "social insurance fund budget" : "社会保险基金预算";
    case Fund::NonFiscal: return en ? "non-fiscal funds" : "非财政拨款";
  }
  return "";
}

std::string_view stage_name(BudgetStage s, bool en) {
  switch (s) {
    case BudgetStage::None: return "";
    case BudgetStage::Initial: return en ? "initial budget" : "年初预算";
    case BudgetStage::Budget: return en ? "budget" : "预算";
    case BudgetStage::Adjust: return en ? "adjustment" : "调整";
    case BudgetStage::Full: return en ? "full-year budget" : "全年预算";
    case BudgetStage::Final: return en ? "final accounts" : "决算";
  }
  return "";
}

}  // namespace gouji
