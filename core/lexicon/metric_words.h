#pragma once
// Words the computed-rate checks (checks/rate_metrics.cpp) read with: what explains a low rate
// (R30), the labels of a unit's authorised posts and of its staff (R31), a 三公 change stated
// without its prior-year figure (R32), a claim of precise budgeting and the words that make it
// an aim (R33), and blood donation (R35). Data only (issue 14: one vocabulary in core/lexicon).
#include <string_view>

namespace gouji::lex::metric {

using Str = std::u32string_view;

// A low rate explained in its paragraph or the next.
inline constexpr Str kExplanations[] = {U"原因", U"由于", U"主要是", U"因为", U"结转", U"未完成", U"未支付",
                                        U"未拨付", U"未到位"};

// ---- R31: staff against authorised posts ----
inline constexpr Str kPostWords[] = {U"编制数", U"核定编制", U"编制人数", U"核编"};
inline constexpr Str kPostEnd = U"编制";                         // "…核定行政编制"
inline constexpr Str kNotPosts[] = {U"编制外", U"超编"};         // staff outside the posts
// The kind of post or person a headcount counts (R15): "行政编制35人" in a 其中 list is not the same
// figure as the department's "编制人数80人", but "行政编制35人" restated later is.
inline constexpr Str kStaffKinds[] = {U"行政编制", U"事业编制", U"参公", U"参照公务员", U"工勤", U"机关", U"本级",
                                      U"二级", U"下属", U"所属", U"在职", U"退休", U"离休", U"男", U"女", U"临聘",
                                      U"编外", U"遗属"};
inline constexpr Str kStaffWords[] = {U"在编在岗", U"实有人数", U"在职人数", U"实际在职", U"在职在编", U"在职人员",
                                      U"在岗人数", U"实有在职", U"实有人员", U"在职职工",
                                      U"实有在编", U"在编人员"};
inline constexpr Str kRetired = U"离退休";

// ---- R32: a 三公 change with no prior-year figure ----
inline constexpr Str kSanGong = U"三公";
inline constexpr Str kDirections[] = {U"下降", U"减少", U"降低", U"增加", U"增长", U"上升"};
inline constexpr Str kComparisons[] = {U"去年", U"上年", U"同比", U"上一年"};
// One 三公 item: its change is not the change of 三公 as a whole.
inline constexpr Str kSanGongItems[] = {U"出国", U"出境", U"公务用车", U"公车", U"公务接待", U"接待费", U"购置费", U"运行维护"};
inline constexpr Str kAfterDirection = U"了";       // "下降了3万元": still quantified
inline constexpr Str kComparisonLeads = U"与较比";  // "与去年", "较上年", "比上年": the claim starts there

// ---- R33: a claim of precise budgeting next to a large adjustment ----
inline constexpr Str kPreciseClaims[] = {U"预算编制精准", U"预算编制准确", U"预算编制科学合理", U"预算编制较为精准",
                                         U"预算编制较为准确"};
inline constexpr Str kClaimAsNoun = U"化性度";  // "精准度", "准确性": a noun, an aim's object
inline constexpr Str kAimWords[] = {U"提升", U"提高", U"加强", U"确保", U"推进", U"进一步", U"力争",
                                    U"促进", U"不断", U"做到", U"实现", U"保证"};

// ---- R35: blood donated per donor ----
inline constexpr Str kBloodDonation[] = {U"献血", U"采血", U"采集血液", U"血液采集"};
// Words that may stand between the count and the volume: "2150人次，共计30.1万毫升".
inline constexpr Str kVolumeLinks[] = {U"共计", U"合计", U"总计", U"累计", U"共", U"计"};
inline constexpr Str kPersonCounter = U"名";  // 名 counts people: shown as 人

}  // namespace gouji::lex::metric
