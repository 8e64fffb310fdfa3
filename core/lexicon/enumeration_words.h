#pragma once
// Words the enumeration reader (structure/enumerations.cpp) reads: what introduces a list, what
// stands between a list and its count, which characters after a counter make a word instead,
// and which neighbours make 和/及/与 part of a word rather than a connector. Grouped by the role
// each gives. Data only (issue 14: one vocabulary in core/lexicon).
#include <array>
#include <string_view>

namespace gouji::lex::enumerations {

using Str = std::u32string_view;

// The counters a stated count of listed things is written with (个 first); 个/家/所 count
// institutions alike ("3家医院和2所学校"); 大 counts only before a non-Han ("五大类" is a word).
extern const Str kCounters;
extern const Str kInstitutionCounters;
extern const char32_t kDa;
// Characters before a figure that make it no count: an ordinal (第3), a time (前/后), an
// approximation (约/近/超/逾), a range's end (至); before a Han numeral also 其/之/初/周/统/唯/万/专
// (其二, 之一, 初三, 周五, 统一, 唯一, 万一, 专一).
extern const Str kNotCountAfterDigits;
extern const Str kNotCountAfterNumeral;
// After a count's numeral: an approximation (余/多/来), never counted exactly.
extern const Str kApproxAfterCount;
// The Chinese numerals a count starts with (han_digit above 0 in structure/enumerations).
extern const Str kCountNumerals;
// 等 closing an item, 共 inside a filler, 的 ending a count's noun, 和/及/与 joining the last two.
extern const char32_t kEtc, kGong, kDe;
extern const Str kConnectorChars;

// Last characters of names of organisational units and places ("财务股和人事股": two of them).
extern const Str kUnitSuffixes;
// …of which places (镇/乡/村/区/县/市): an item ending in one may still hold a verb's object.
extern const Str kPlaceSuffixes;

// A counter followed by one of `next` is a word, not a counter (个月, 家庭, 支出, 处理 …).
struct CounterWord {
  char32_t counter;
  Str next;
};
extern const std::array<CounterWord, 14> kCounterWords;
extern const Str kPersonTimes;  // 个人次: 个 before 人次 is no counter

// A clause opening with one of these lists the parts of the count before it ("下设4个股室，包括…").
extern const std::array<Str, 12> kNamesParts;
// Words that introduce a list ("单位内设有办公室" → "办公室"), and one-character ones at its start.
extern const std::array<Str, 28> kLeadWords;
extern const Str kLeadChars;
// The word before a colon that points back past itself to the count ("共有股室4个，分别是：").
extern const std::array<Str, 5> kPointBack;

// 和/及/与 joining the last two items, unless the next or previous character makes a word
// (和谐, 总和; 及时, 涉及; 与会, 参与).
struct Connector {
  char32_t c;
  Str not_next, not_prev;
};
extern const std::array<Connector, 3> kConnectors;
extern const Str kYiJi;  // 以及

// Fillers between a list and its count: "…等12个", "…共3家", "…等共计5项".
extern const std::array<Str, 10> kFillers;
// Characters between a count and its noun that make the noun a new clause's (到/在/对 …).
extern const Str kNotNoun;
// A verb inside the last item: the count is the object of a new predicate.
extern const std::array<Str, 19> kVerbs;
// A breakdown, not a list.
extern const Str kQizhong;
// 等 ending an item leaves the list open; not the 等 of 等级/平等/一等奖 (next / previous char).
extern const Str kEtcEtc;  // 等等
extern const Str kNotEtcNext, kNotEtcPrev;
// Separators between a list's parts.
extern const Str kPartSeparators;
// "单位共3个": 共 between the counted name and its count.
extern const char32_t kAll;
// A clause between a count and the colon that opens what follows ("下设3个科室，具体如下："). Unlike
// 包括/分别是 (kNamesParts) it may open a description ("共5个项目，具体情况如下：1.资金到位情况…"),
// so the items must then be of the counted kind.
extern const std::array<Str, 6> kPointAhead;

}  // namespace gouji::lex::enumerations
