// The vocabulary (see lexicon.h). Each word once per role; longest match decides between a word
// and the words inside it (年初预算 is a stage, not the base 预算; 增收 a direction, not 收入's 收).
#include "lexicon/lexicon.h"

namespace gouji::lex {

const std::vector<Entry>& entries() {
  static const std::vector<Entry> kEntries = {
      // ---- direction of a change ("同比增加X", "下降Y%", "增收Z万元") ----
      {U"增加", Cls::Direction, Up}, {U"增长", Cls::Direction, Up}, {U"增收", Cls::Direction, Up},
      {U"增支", Cls::Direction, Up}, {U"提高", Cls::Direction, Up}, {U"提升", Cls::Direction, Up},
      {U"上涨", Cls::Direction, Up}, {U"上升", Cls::Direction, Up}, {U"增幅", Cls::Direction, Up},
      {U"增多", Cls::Direction, Up}, {U"涨幅", Cls::Direction, Up}, {U"增速", Cls::Direction, Up},
      {U"增长率", Cls::Direction, Up}, {U"多支出", Cls::Direction, Up}, {U"增", Cls::Direction, Up},
      {U"负增长", Cls::Direction, Down}, {U"减少", Cls::Direction, Down}, {U"下降", Cls::Direction, Down},
      {U"减收", Cls::Direction, Down}, {U"减支", Cls::Direction, Down}, {U"压减", Cls::Direction, Down},
      {U"压缩", Cls::Direction, Down}, {U"节约", Cls::Direction, Down}, {U"下滑", Cls::Direction, Down},
      {U"回落", Cls::Direction, Down}, {U"降幅", Cls::Direction, Down}, {U"降低", Cls::Direction, Down},
      {U"缩减", Cls::Direction, Down}, {U"减幅", Cls::Direction, Down}, {U"下降率", Cls::Direction, Down},
      {U"少支出", Cls::Direction, Down}, {U"减", Cls::Direction, Down}, {U"降", Cls::Direction, Down},
      // ---- rates, by what they are a rate of ----
      {U"完成率", Cls::Rate, Completion}, {U"达成率", Cls::Rate, Completion}, {U"实现率", Cls::Rate, Completion},
      {U"完成比例", Cls::Rate, Completion}, {U"完成进度", Cls::Rate, Completion}, {U"完成比率", Cls::Rate, Completion},
      {U"执行率", Cls::Rate, Execution}, {U"执行进度", Cls::Rate, Execution}, {U"预算执行率", Cls::Rate, Execution},
      {U"支付率", Cls::Rate, Payment}, {U"支付进度", Cls::Rate, Payment}, {U"拨付率", Cls::Rate, Payment},
      {U"使用率", Cls::Rate, Payment}, {U"到位率", Cls::Rate, Arrival},
      {U"覆盖率", Cls::Rate, Proportion}, {U"达标率", Cls::Rate, Proportion}, {U"合格率", Cls::Rate, Proportion},
      {U"建档率", Cls::Rate, Proportion}, {U"签约率", Cls::Rate, Proportion}, {U"访视率", Cls::Rate, Proportion},
      {U"检测率", Cls::Rate, Proportion}, {U"投保率", Cls::Rate, Proportion}, {U"准确率", Cls::Rate, Proportion},
      {U"满意度", Cls::Rate, Proportion}, {U"满意率", Cls::Rate, Proportion}, {U"知晓率", Cls::Rate, Proportion},
      {U"开放率", Cls::Rate, Proportion}, {U"体检率", Cls::Rate, Proportion}, {U"及时率", Cls::Rate, Proportion},
      {U"合理率", Cls::Rate, Proportion}, {U"规范率", Cls::Rate, Proportion}, {U"持证率", Cls::Rate, Proportion},
      {U"持有率", Cls::Rate, Proportion}, {U"公示率", Cls::Rate, Proportion}, {U"管理率", Cls::Rate, Proportion},
      {U"接种率", Cls::Rate, Proportion}, {U"参保率", Cls::Rate, Proportion}, {U"普及率", Cls::Rate, Proportion},
      {U"筛查率", Cls::Rate, Proportion}, {U"随访率", Cls::Rate, Proportion}, {U"办结率", Cls::Rate, Proportion},
      {U"正确率", Cls::Rate, Proportion}, {U"治愈率", Cls::Rate, Proportion}, {U"报告率", Cls::Rate, Proportion},
      {U"处置率", Cls::Rate, Proportion}, {U"发放率", Cls::Rate, Proportion}, {U"入户率", Cls::Rate, Proportion},
      {U"规范化率", Cls::Rate, Proportion},
      {U"占比", Cls::Rate, Share}, {U"比重", Cls::Rate, Share}, {U"所占比例", Cls::Rate, Share},
      {U"变动率", Cls::Rate, Growth}, {U"增长率", Cls::Rate, Growth}, {U"增幅", Cls::Rate, Growth},
      {U"降幅", Cls::Rate, Growth}, {U"增速", Cls::Rate, Growth}, {U"下降率", Cls::Rate, Growth},
      {U"控制率", Cls::Rate, Control},
      // ---- a change against an earlier period ----
      {U"同比", Cls::Compare}, {U"比上年", Cls::Compare}, {U"较上年", Cls::Compare}, {U"与上年相比", Cls::Compare},
      {U"比去年", Cls::Compare}, {U"较去年", Cls::Compare}, {U"与去年相比", Cls::Compare},
      {U"比上年度", Cls::Compare}, {U"较上年度", Cls::Compare}, {U"与上年度相比", Cls::Compare},
      {U"比上一年", Cls::Compare}, {U"较上一年", Cls::Compare}, {U"比上年同期", Cls::Compare},
      {U"较上年同期", Cls::Compare}, {U"与上年同期相比", Cls::Compare}, {U"比年初", Cls::Compare, InYear},
      {U"较年初", Cls::Compare, InYear}, {U"环比", Cls::Compare, InYear}, {U"与上年", Cls::Compare},
      // ---- the earlier period's own level ----
      {U"上年", Cls::Prior}, {U"去年", Cls::Prior}, {U"上一年", Cls::Prior}, {U"上年度", Cls::Prior},
      {U"上年同期", Cls::Prior}, {U"同期", Cls::Prior}, {U"上一年度", Cls::Prior},
      // ---- the report year's own level (a period only: each is a Filler too, naming nothing) ----
      {U"本年", Cls::Current}, {U"今年", Cls::Current}, {U"当年", Cls::Current}, {U"本年度", Cls::Current},
      {U"今年度", Cls::Current}, {U"当年度", Cls::Current},
      {U"当年", Cls::Filler}, {U"本年度", Cls::Filler}, {U"今年度", Cls::Filler}, {U"当年度", Cls::Filler},
      // ---- budget stage ----
      {U"年初预算", Cls::Stage, Initial}, {U"调整预算", Cls::Stage, Adjusted}, {U"调整后预算", Cls::Stage, Full},
      {U"全年预算", Cls::Stage, Full}, {U"决算", Cls::Stage, Final}, {U"实际数", Cls::Stage, Final}, {U"执行数", Cls::Stage, Executed},
      {U"上年结转", Cls::Stage, CarryIn}, {U"年初结转", Cls::Stage, CarryIn}, {U"年末结转", Cls::Stage, CarryOut},
      {U"结转结余", Cls::Stage, CarryOut}, {U"结转和结余", Cls::Stage, CarryOut},
      // ---- scope ----
      {U"基本支出", Cls::Scope, Basic}, {U"项目支出", Cls::Scope, Project}, {U"三公", Cls::Scope, SanGong},
      {U"公用经费", Cls::Scope, PublicFunds}, {U"政府采购", Cls::Scope, Procurement},
      {U"人员经费", Cls::Scope, Personnel},
      // ---- side ----
      {U"收入", Cls::Side, Income}, {U"支出", Cls::Side, Spend}, {U"收支", Cls::Side, Both},
      // ---- fund ----
      {U"一般公共预算", Cls::Fund, GeneralBudget}, {U"政府性基金", Cls::Fund, GovFund},
      {U"国有资本经营", Cls::Fund, StateCapital}, {U"财政拨款", Cls::Fund, FiscalAppropriation},
      {U"社会保险基金", Cls::Fund, SocialInsurance},
      // ---- no change ----
      {U"持平", Cls::Steady}, {U"无增减变化", Cls::Steady}, {U"无增减", Cls::Steady}, {U"无变化", Cls::Steady},
      {U"没有变化", Cls::Steady}, {U"保持不变", Cls::Steady}, {U"未发生变化", Cls::Steady},
      // ---- what a completion/execution/payment rate is taken of ----
      {U"安排", Cls::Base, Arranged}, {U"下达", Cls::Base, Issued}, {U"预算", Cls::Base, Budget},
      {U"计划", Cls::Base, Plan}, {U"到位", Cls::Base, Arrived}, {U"支付", Cls::Base, Paid},
      {U"已支付", Cls::Base, Paid}, {U"拨付", Cls::Base, Paid}, {U"未支付", Cls::Base, Unpaid},
      {U"未支", Cls::Base, Unpaid}, {U"结余", Cls::Base, Balance}, {U"剩余", Cls::Base, Balance},
      {U"总额", Cls::Base, Amount}, {U"资金共", Cls::Base, Amount}, {U"总金额", Cls::Base, Amount}, {U"总投资", Cls::Base, Amount},
      {U"执行金额", Cls::Base, Spent}, {U"使用", Cls::Base, Spent}, {U"实际支出", Cls::Base, Spent},
      {U"已执行", Cls::Base, Spent},
      // ---- list triggers ----
      {U"其中", Cls::List, Intro}, {U"包括", Cls::List, Intro}, {U"具体为", Cls::List, Intro},
      {U"具体是", Cls::List, Intro}, {U"分项情况是", Cls::List, Intro}, {U"分项情况为", Cls::List, Intro},
      {U"主要包括", Cls::List, Intro}, {U"分别", Cls::List, Respectively}, {U"各", Cls::List, Respectively},
      {U"共计", Cls::List, Total}, {U"合计", Cls::List, Total}, {U"总计", Cls::List, Total}, {U"累计", Cls::List, Cumulative},
      {U"包含", Cls::List, Intro}, {U"主要用于", Cls::List, Intro}, {U"用于以下方面", Cls::List, Intro},
      {U"用于以下几个方面", Cls::List, Intro}, {U"加上", Cls::List, Plus},
      {U"一是", Cls::List, Ordinal},
      {U"划分", Cls::List, Classify},
      {U"另有", Cls::List, Aside}, {U"另外", Cls::List, Aside}, {U"此外", Cls::List, Aside}, {U"结余分配", Cls::List, Aside},
      {U"收支结余", Cls::List, Aside}, {U"使用非财政拨款结余", Cls::List, Aside},
      // ---- a figure above or below another (R29 "决算数大于预算数X万元") ----
      {U"大于", Cls::Relation, Above}, {U"高于", Cls::Relation, Above}, {U"超过", Cls::Relation, Above},
      {U"超出", Cls::Relation, Above}, {U"多于", Cls::Relation, Above}, {U"小于", Cls::Relation, Below},
      {U"低于", Cls::Relation, Below}, {U"少于", Cls::Relation, Below},
      {U"差值", Cls::Relation, Difference}, {U"差额", Cls::Relation, Difference}, {U"相差", Cls::Relation, Difference},
      // ---- one whole, two names: "占支出总预算…" of a "财政拨款收支总预算" (both sides equal) ----
      {U"支出总预算", Cls::Alias, 1}, {U"支出总预算", Cls::Side, Spend}, {U"收支总预算", Cls::Alias, 1},
      {U"收支总预算", Cls::Side, Both},
      // ---- the items of a fixed classification: a list naming all of them is complete ----
      {U"因公出国", Cls::Item, Abroad}, {U"出国", Cls::Item, Abroad}, {U"公务用车", Cls::Item, OfficialCar},
      {U"公车", Cls::Item, OfficialCar}, {U"公务接待", Cls::Item, Reception},
      {U"管理人员", Cls::Item, ManagePost}, {U"管理岗位人员", Cls::Item, ManagePost},
      {U"专业技术人员", Cls::Item, TechPost}, {U"专技人员", Cls::Item, TechPost},
      {U"专业技术岗位人员", Cls::Item, TechPost}, {U"工勤人员", Cls::Item, WorkerPost},
      {U"工勤技能人员", Cls::Item, WorkerPost}, {U"工勤技能岗位人员", Cls::Item, WorkerPost},
      // ---- framing only: what is left of a label after these names nothing ----
      {U"相比", Cls::Filler, Particle}, {U"与", Cls::Filler, Particle}, {U"比", Cls::Filler, Particle},
      {U"较", Cls::Filler, Particle},
      {U"的", Cls::Filler}, {U"了", Cls::Filler}, {U"年度", Cls::Filler}, {U"年", Cls::Filler},
      {U"度", Cls::Filler}, {U"共", Cls::Filler}, {U"均", Cls::Filler}, {U"都", Cls::Filler},
      {U"为", Cls::Filler}, {U"达", Cls::Filler}, {U"达到", Cls::Filler}, {U"本年", Cls::Filler},
      {U"今年", Cls::Filler}, {U"本期", Cls::Filler}, {U"和", Cls::Filler}, {U"数", Cls::Filler},
      {U"实现", Cls::Filler}, {U"累计", Cls::Filler}, {U"幅度", Cls::Filler}, {U"比例", Cls::Filler},
      // "占比62.50%，金额500万元": an amount named only as an amount carries the clause before on.
      {U"金额", Cls::Filler}, {U"数额", Cls::Filler},
      {U"按同口径", Cls::Filler}, {U"同口径", Cls::Filler}, {U"按可比口径", Cls::Filler}, {U"可比口径", Cls::Filler},
  };
  return kEntries;
}

}  // namespace gouji::lex
