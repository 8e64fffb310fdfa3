#pragma once
// Words the text-quality checks (checks/text_quality_checks.cpp) read: the label of a 统一社会
// 信用代码 (R90), counters and numerals whose doubling is a typo, words written twice on
// purpose, and phrases that lost a character with the context that makes them legitimate (R91).
// Data only (issue 14: one vocabulary in core/lexicon).
#include <string_view>

namespace gouji::lex::typos {

inline constexpr std::u32string_view kCreditCode = U"信用代码";

// Counters whose doubling after a numeral is a typo ("十项项"); after 一 it is idiom (一项项, 一个个).
inline constexpr std::u32string_view kCounters = U"个项次家名条件位种类批";
inline constexpr std::u32string_view kNumerals = U"二两三四五六七八九十百千0123456789";

// Two-character words written twice ("开展开展", "讲座讲座") are a typo in a report, except verbs
// reduplicated on purpose ("研究研究") and words whose repeat spans two words ("疾控中心中心实验室").
// Numerals and 一 start idioms ("一个一个", "一步一步") and are left alone.
inline constexpr std::u32string_view kMayDouble[] = {U"研究", U"学习", U"讨论", U"商量", U"考虑", U"了解", U"休息", U"中心",
                                              U"看看", U"谢谢", U"常常", U"万万", U"千千"};
inline constexpr std::u32string_view kNotFirst = U"一二两三四五六七八九十百千万亿零〇第每";

// A phrase missing a character, recognised with the context that rules out the legitimate reading.
struct BrokenPhrase {
  std::u32string_view text;         // as written
  std::u32string_view fix;          // what was meant
  std::u32string_view not_after;    // characters that make the text legitimate when they precede it
  bool only_after_non_han;          // legitimate after any CJK character except `ok_after`
  std::u32string_view ok_after;     // …but still broken after these
  std::u32string_view not_before;   // characters that make it legitimate when they follow it
};

// "组开展": 工作组开展 / 专家组开展 are fine; "…等工作，组开展…" lost 织 from 组织.
// "X情中": 执行情况 lost 况 ("医改指标情中"), while 疫情中 / 病情中 are words.
inline constexpr BrokenPhrase kBroken[] = {
    {U"组开展", U"组织开展", U"", true, U"并和及与或要须应责", U""},
    {U"组实施", U"组织实施", U"", true, U"并和及与或要须应责", U""},
    {U"指标情", U"指标情况", U"", false, U"", U"况形"},
    {U"执行情", U"执行情况", U"", false, U"", U"况形"},
    {U"完成情", U"完成情况", U"", false, U"", U"况形"},
    {U"使用情", U"使用情况", U"", false, U"", U"况形"},
    {U"运行情", U"运行情况", U"", false, U"", U"况形"},
    {U"落实情", U"落实情况", U"", false, U"", U"况形"},
    {U"实施情", U"实施情况", U"", false, U"", U"况形"},
    {U"支出情", U"支出情况", U"", false, U"", U"况形"},
    {U"开展情", U"开展情况", U"", false, U"", U"况形"},
};

}  // namespace gouji::lex::typos
