#include "lexicon/genre_words.h"

namespace gouji::lex::genre {

const std::array<TitleRule, 16> kTitleRules = {{
    {Named::ThirdPartyEval, {U"第三方", U"评价"}, {}},
    {Named::DeptSelfEval, {U"整体支出绩效", {}}, {}},
    {Named::DeptSelfEval, {U"部门整体绩效", {}}, {}},
    {Named::DeptSelfEval, {U"整体绩效自评", {}}, {}},
    {Named::SelfEvalTable, {U"自评表", {}}, U"报告"},
    {Named::ProjectSelfEval, {U"自评报告", {}}, {}},
    {Named::ProjectSelfEval, {U"自评价报告", {}}, {}},
    {Named::ProjectSelfEval, {U"绩效自评", {}}, {}},
    {Named::ProjectSelfEval, {U"绩效评价报告", {}}, {}},
    {Named::FiscalExecution, {U"预算执行情况", U"报告"}, {}},
    {Named::FiscalExecution, {U"预算草案", {}}, {}},
    {Named::FiscalExecution, {U"总预算", {}}, {}},
    {Named::FiscalExecution, {U"财政预算执行", {}}, {}},
    {Named::SanGong, {U"三公", {}}, {}},
    {Named::DeptFinalAccount, {U"决算", {}}, {}},
    {Named::DeptBudget, {U"预算", {}}, U"执行"},  // (预算绩效管理 is a portal's category: see kNotTitles)
}};

const std::array<BodyWord, 31> kBodyWords = {{
    {Named::FiscalExecution, U"人民代表大会", 3}, {Named::FiscalExecution, U"预算草案", 3},
    {Named::FiscalExecution, U"财政总收入", 3},   {Named::FiscalExecution, U"全县一般公共预算", 3},
    {Named::FiscalExecution, U"全市一般公共预算", 3}, {Named::FiscalExecution, U"全区一般公共预算", 3},
    {Named::FiscalExecution, U"全州一般公共预算", 3}, {Named::FiscalExecution, U"地方一般公共预算收入", 2},
    {Named::FiscalExecution, U"本级一般公共预算", 2}, {Named::FiscalExecution, U"县级一般公共预算", 2},
    {Named::FiscalExecution, U"市级一般公共预算", 2}, {Named::FiscalExecution, U"税收收入", 1},
    {Named::FiscalExecution, U"非税收入", 1},
    {Named::DeptFinalAccount, U"收入支出决算总体情况", 3}, {Named::DeptFinalAccount, U"财政拨款收入支出决算", 2},
    {Named::DeptFinalAccount, U"决算数", 1}, {Named::DeptFinalAccount, U"支出决算", 1},
    {Named::DeptBudget, U"收支总预算", 3}, {Named::DeptBudget, U"支出总预算", 2},
    {Named::DeptBudget, U"预算情况说明", 2}, {Named::DeptBudget, U"部门预算", 1},
    {Named::ProjectSelfEval, U"绩效自评", 2}, {Named::ProjectSelfEval, U"绩效目标完成情况", 2},
    {Named::ProjectSelfEval, U"自评得分", 2}, {Named::ProjectSelfEval, U"项目基本情况", 1},
    {Named::DeptSelfEval, U"部门整体支出", 4},
    {Named::SanGong, U"三公", 1},
    {Named::News, U"记者", 3}, {Named::News, U"日电", 3}, {Named::News, U"新闻", 2}, {Named::News, U"报道", 2},
}};

const std::array<Str, 13> kDocumentNouns = {U"报告", U"说明", U"自评", U"绩效评价", U"评价表", U"公开", U"部门决算", U"单位决算",
                              U"部门预算", U"单位预算", U"预算执行", U"通知", U"情况"};
const std::array<Str, 22> kMetadataWords = {U"URL:", U"http://", U"https://", U"索引号", U"发布机构", U"发布日期", U"发布时间",
                              U"公开时间", U"成文日期", U"生成日期", U"编稿时间", U"日期:", U"日期：", U"时间:",
                              U"时间：", U"来源:", U"来源：", U"浏览", U"字体", U"文号", U"主题分类", U"我要投稿"};
const std::array<Str, 20> kSignatureEnds = {U"日", U"月", U"局", U"馆", U"院", U"委", U"会", U"中心", U"办", U"站", U"所", U"校",
                              U"室", U"队", U"处", U"厅", U"部", U"府", U"（盖章）", U"(盖章)"};
const std::array<Str, 3> kPeriodVerbs = {U"累计", U"累計", U"完成"};
const std::array<Str, 3> kNotTitles = {U"预算绩效管理", U"预决算公开", U"财政预决算"};
const Str kYear = U"年";

}  // namespace gouji::lex::genre
