#pragma once
// Words the time checks (checks/time_checks.cpp) read with: section titles that report actuals,
// look forward or describe the unit (R80/R81), the words of a partial-year cut-off (R80), the
// markers of a future tense and what turns them into a plan told as history (R81), and the
// words that make another year's figure a comparison rather than a stale year (R82).
// Data only (issue 14: one vocabulary in core/lexicon).
#include <string_view>

namespace gouji::lex::time {

using Str = std::u32string_view;

// ---- sections: the innermost heading that says either way decides ----
inline constexpr Str kActualsTitles[] = {U"完成情况", U"实现情况", U"执行情况", U"落实情况", U"完成程度", U"取得成效",
                                         U"主要成效", U"工作成效", U"绩效情况"};
inline constexpr Str kForwardTitles[] = {U"职责", U"问题", U"改进", U"措施", U"下步", U"下一步", U"计划", U"打算", U"重点",
                                         U"建议", U"思路", U"公开", U"应用", U"绩效目标", U"年度目标", U"总目标"};
// Sections describing the department as it stands: "目前共有在职人员45人" is a state.
inline constexpr Str kProfileTitles[] = {U"基本情况", U"基本概况", U"单位概况", U"部门概况", U"机构设置", U"人员情况",
                                         U"人员构成", U"机构、人员", U"机构和人员", U"主要职能", U"部门职能"};

// ---- R80: partial-year data ----
inline constexpr Str kNowWords[] = {U"截止到目前为止", U"截至目前为止", U"到目前为止", U"截止到目前", U"截至到目前",
                                    U"截至目前", U"截止目前", U"截至当前", U"截止当前", U"目前为止"};
inline constexpr Str kCutWords[] = {U"截止到", U"截至到", U"截至", U"截止", U"到", U"至"};
inline constexpr Str kRangeCutWords[] = {U"到", U"至"};  // also the middle of a month range ("1至10月")
inline constexpr Str kSinceWords[] = {U"今年以来", U"年初以来", U"年初至今", U"今年截至", U"今年截止"};
inline constexpr Str kFirstThreeQuarters[] = {U"前三季度", U"1-3季度", U"1—3季度"};
inline constexpr Str kCurrently = U"目前";
// A partial-year phrase followed by one of these states a figure reached (完成/已/累计…).
inline constexpr Str kStatusWords[] = {U"完成", U"已", U"累计", U"共", U"达", U"建成", U"实现"};

// ---- R81: future tense ----
inline constexpr Str kFutureMarkers[] = {U"将在", U"将于", U"将会在", U"拟于", U"拟在", U"拟", U"预计",
                                         U"计划于", U"计划在", U"争取在", U"争取于", U"力争在", U"力争于"};
inline constexpr Str kYearEndAnchors[] = {U"12月底", U"12月末", U"十二月底", U"年底", U"年末", U"年前", U"本月底",
                                          U"全年", U"年内", U"本年度内"};
// 预计 with no date is about the year's outcome only with a completion verb after it.
inline constexpr Str kOutcomeVerbs[] = {U"完成", U"实现", U"达到", U"达", U"支出", U"执行", U"拨付",
                                        U"发放", U"到位", U"结余", U"结转", U"使用", U"覆盖"};
// A plan told as history: "原计划于6月完工，实际于9月完工", "计划于3月开工，已按期开工".
inline constexpr Str kHistoryWords[] = {U"实际", U"已按", U"按期", U"如期", U"已于", U"均已", U"推迟",
                                        U"延期", U"延迟"};
// 拟 that is not a plan: 拟订/拟定/拟稿 (after it), 模拟/比拟/虚拟 (before it).
inline constexpr Str kNi = U"拟";
inline constexpr Str kAfterNiNotPlan = U"订定稿";
inline constexpr Str kBeforeNiNotPlan = U"模比虚";
// Markers that state a date without a future: 预计 estimates, 将在/将于/将会在 tell a fixed date.
inline constexpr Str kEstimate = U"预计";
inline constexpr Str kFixedDateMarkers[] = {U"将在", U"将于", U"将会在"};
// 原计划于 / 按计划于 / 依计划 / 照计划: the plan as it was, or done as planned.
inline constexpr Str kBeforeMarkerAsPlanned = U"原按依照";
// "预计完成的12个项目已全部完工": 预计 + verb + 的 names the things planned; 已 later in the clause
// tells what became of them — history, not an estimate.
inline constexpr Str kAttributive = U"的";
inline constexpr Str kAlready = U"已";
// 了 after the marker in the same clause tells what happened.
inline constexpr Str kDone = U"了";
// A clause about next year or later is a plan.
inline constexpr Str kLaterWords[] = {U"明年", U"下一年", U"下年度", U"今后", U"以后", U"下一步", U"下步"};

// ---- R82: year references ----
inline constexpr Str kThisYear = U"今年";
inline constexpr Str kThisYearSince = U"今年以来";  // R80's, not R82's
// Words naming the evaluated year's own accounts after a year ("2023年部门决算收入").
inline constexpr Str kAccountWords[] = {U"决算", U"年初预算", U"部门整体支出", U"整体支出", U"绩效自评",
                                        U"部门收支", U"单位在编在岗", U"可执行预算"};
// Characters of 部门/单位/全 between the year and an account word.
inline constexpr Str kUnitChars = U"部门单位全";
// Words that make another year a comparison, history or plan.
inline constexpr Str kComparisonWords[] = {U"上年", U"去年", U"同比", U"比", U"较", U"相比", U"增长", U"下降", U"增加",
                                           U"减少", U"以来", U"自", U"计划", U"拟", U"将", U"下一", U"明年", U"结转"};

}  // namespace gouji::lex::time
