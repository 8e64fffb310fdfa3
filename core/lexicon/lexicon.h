#pragma once
// One vocabulary, as data (issue 14): every word that tells a later stage what a number or a
// clause means — a change's direction, a rate's kind, a comparison with an earlier period, a
// budget stage, a scope, a side, a fund, a rate's base, a list trigger — with the role it gives.
// The words live in words.cpp; one longest-match matcher (a trie, built once) reads them
// forwards over text and backwards from the end of a label. No other file in core/ keeps a
// Chinese word list of these classes (tests/core/lexicon/one_vocabulary_test.cpp).
// Vocabularies read by a single reader's rules sit beside this file, one file per reader:
// number_words.h and unit_words.cpp (numbers), spacing_words and join_words.h (text),
// genre_words, heading_words, enumeration_words and table_forms (structure), budget_words.h,
// money_label_words.h, target_words.h and column_roles.h (facts), and for the checks
// label_words.h, classification_words.h, rate_base_words.h, whole_words.h, metric_words.h, score_words.h,
// indicator_words.h, section_words.h, time_words.h and typo_words.h; han_numerals.h is shared.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace gouji::lex {

using Str = std::u32string_view;

enum class Cls : std::uint8_t {
  Direction,  // value: Dir
  Rate,       // value: RateKind
  Compare,    // 同比/比上年/较上年/与上年相比: the clause states a change against an earlier period
  Prior,      // 上年/去年/上年同期 (without 比/较): the figure is the earlier period's level
  Current,    // 本年/今年/当年: the figure is the report year's (also Filler: it names nothing)
  Stage,      // value: StageWord
  Scope,      // value: ScopeWord
  Side,       // value: SideWord
  Fund,       // value: FundWord
  Base,       // 安排/下达/预算/计划/到位: a figure a rate may be taken of (value: BaseWord)
  List,       // value: ListWord
  Relation,   // value: RelationWord (大于/小于 between two figures, R29)
  Filler,     // words that frame a comparison without naming anything (与…相比, 的, 了, 年度)
  Alias,      // names of one whole written two ways (支出总预算 / 收支总预算); value: the group
  Item,       // an item of a fixed classification (三公: 出国 / 公务用车 / 公务接待); value: ItemWord
  Steady,     // 持平/无增减变化/保持不变: a change of zero, stated in words
};

enum Dir : std::uint8_t { Up = 1, Down = 2 };
enum RateKind : std::uint8_t {
  Completion = 1, Execution, Payment, Arrival,  // actual / base: may exceed 100%
  Proportion,                                   // a part of a whole, ≤ 100%
  Share,                                        // 占比/比重: part / named or implied whole
  Growth,                                       // 增长率/增幅/降幅
  Control,                                      // 控制率
};
enum StageWord : std::uint8_t { Initial = 1, Adjusted, Full, Final, Executed, CarryIn, CarryOut, Planned };
enum ScopeWord : std::uint8_t { Basic = 1, Project, SanGong, PublicFunds, Procurement, Personnel };
enum SideWord : std::uint8_t { Income = 1, Spend, Both };
enum FundWord : std::uint8_t { GeneralBudget = 1, GovFund, StateCapital, FiscalAppropriation, SocialInsurance };
enum BaseWord : std::uint8_t { Arranged = 1, Issued, Budget, Plan, Arrived, Paid, Unpaid, Balance, Amount, Spent };
enum ListWord : std::uint8_t {
  Intro = 1,     // 其中/包括/具体为/分项情况是: parts follow
  Respectively,  // 分别/各: parallel lists aligned item by item
  Total,         // 共计/合计/总计: a total, possibly after its parts
  Aside,         // 另有/此外/结余分配: stated beside a list's parts, never one of them
  Plus,          // 加上: adds a part to the figure stated before, towards a 合计 after them
  Classify,      // 按…划分: what follows classifies a whole stated before, completely
  Ordinal,       // 一是: numbered clauses follow, parts of the figure before unless they give reasons
  Cumulative,    // 累计: a running total — of the parts before it only when it names what they name
};
enum ItemWord : std::uint8_t {
  Abroad = 1, OfficialCar, Reception,      // the three 三公 items
  ManagePost, TechPost, WorkerPost,        // the three 岗位类别 of a unit's staff
};
enum RelationWord : std::uint8_t { Above = 1, Below, Difference };  // Difference: 差值/差额, sign unwritten
enum FillerWord : std::uint8_t { Particle = 1 };
enum CompareWord : std::uint8_t { PriorPeriod = 0, InYear = 1 };  // 比上年 / 比年初, 环比: not a year's  // 与/比/较/相比: a comparison when a year follows

// Markers the statement stage reads at fixed places of a label rather than as words.
namespace marks {
inline constexpr char32_t kShare = U'占';         // 占X的Y%: a share of X
inline constexpr Str kCompletion = U"完成";       // 完成X的Y%: a completion of base X
inline constexpr char32_t kOf = U'的';            // …X的Y%
inline constexpr Str kLevelTo = U"到至";          // 提高到/下降至 X: a level, not a change
inline constexpr Str kAmplitude = U"幅度";        // 增长幅度 = 增长
inline constexpr Str kTrailing = U"了为达是";     // shed before a label's last word (下降了, 增长为)
inline constexpr Str kCopula = U"为是达";         // 为年初预算的98%
inline constexpr Str kLinkers = U"为是了";        // between a relation word and its figure ("差值为")
inline constexpr Str kListCopula = U"为是";       // 分别为 / 分别是: the parts follow
inline constexpr char32_t kAmong = U'中';         // "预算79.69亿元中，…": the parts of the figure before
}  // namespace marks

struct Entry {
  Str word;
  Cls cls;
  std::uint8_t value = 0;
};

// Every entry (words.cpp).
const std::vector<Entry>& entries();

// A word found in text. A word may carry several roles (增幅: a direction and a growth rate).
struct Hit {
  std::size_t start = 0, end = 0;                   // code points [start, end)
  const std::vector<const Entry*>* roles = nullptr;  // every entry with this word
  const Entry* get(Cls cls) const;                   // this word's entry of class `cls`, or nullptr
};

// The longest entry of class `cls` (any class when `any`) starting at s[at], or nullptr.
// Cost: at most the longest word's length.
Hit match_at(Str s, std::size_t at);  // roles == nullptr when no word starts there
const Entry* match_at(Str s, std::size_t at, Cls cls);
// The longest entry of class `cls` ending exactly at s[end) (a label's last word), or nullptr.
const Entry* match_before(Str s, std::size_t end, Cls cls);
// Left-to-right, longest match, non-overlapping hits of any class in s[begin, end): linear.
std::vector<Hit> scan(Str s, std::size_t begin, std::size_t end);
// True when s contains a word of class `cls` (linear in s).
bool has(Str s, Cls cls);
bool has(Str s, Cls cls, std::uint8_t value);
// The first word of class `cls` in s (scan order), or nullptr.
const Entry* first(Str s, Cls cls);

}  // namespace gouji::lex
