#pragma once
// The statement stage (issue 14): every clause of the text becomes a Frame — what it is about
// (its subject) and each number in it with the role it plays. Checks read roles from frames
// instead of pairing figures by position ("the amount right before the rate"), so a clause
// order, an interposed 占/完成 clause or a 增收/减支 word does not decide whether a relation is
// checked. Built once in read_facts (core/analyze.cpp) from the quantities already read (never
// re-reading numbers) and the vocabulary in core/lexicon; read-only for the checks.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "numbers/quantity.h"
#include "structure/document.h"
#include "text/index32.h"
#include "text/sparse_text.h"
#include "text/text.h"

namespace gouji {

enum class NumRole : std::uint8_t {
  Level,       // what the subject amounts to ("支出1200万元", "覆盖率98%")
  Change,      // an amount of change ("同比增加50万元", "比上年增收1284万元") — never a prior level
  ChangeRate,  // a relative change ("增长4.3%", "下降1.2个百分点", "增长1倍")
  Prior,       // the earlier period's level ("上年支出800万元", "较2022年的1000万元")
  Share,       // part of a named or implied whole ("占支出总预算10.73%", "占比12%")
  Completion,  // completion/execution/payment/到位 rate of a base ("完成年初预算98%", "支付率95%")
  Target,      // a target value ("目标值≥95%")
  Count,       // a count of things ("3个项目")
  Score,       // points of a score
  Base,        // the base a rate in the same clause is of ("完成年初预算数60999万元的40.4%": 60999)
};
std::string_view role_name(NumRole r);

// One per number in a clause, so kept small (issue 16, memory per input byte): 32-bit indices
// (text/index32.h) and byte-sized fields.
struct FrameNumber {
  Index32 q = 0;               // index in Facts::quantities
  Index32 base_q = static_cast<std::size_t>(-1);  // Share/Completion: the Base figure stated with it
  NumRole role = NumRole::Level;
  std::int8_t dir = 0;         // +1 up / −1 down as worded (Change, ChangeRate); the value's sign not applied
  std::uint8_t rate = 0;       // lex::RateKind (Share, Completion, a rate Level)
  std::uint8_t base = 0;       // lex::BaseWord the label names (安排/下达/预算/到位/支付/未支付/结余)
  // The period its own label names, resolved against the report year: "2024年支出" 2024, "上年支出"
  // and "比上年的/较2024年的" (a Prior) the year before its clause's, "本年支出" the report year; 0
  // when its label names none (its frame's year then applies), kSpan for "2024—2026年计划投入".
  int year = 0;
  int than = 0;  // a Change/ChangeRate compared with a year its label names ("较2022年增加": 2022), else 0
  SparseText of;               // the whole or base the label names: "支出总预算", "年初预算" (mostly empty)
  std::u32string label;        // the number's own label, normalised (rates.cpp full_label/normalize_label)
};
static_assert(sizeof(FrameNumber) <= 64, "FrameNumber is stored once per number in a clause");
constexpr int kSpan = -1;  // FrameNumber::year of a figure over a span of years: no one year's level

// What a clause is about. `label` keeps the words that name it; the lexicon's classes are
// read off it (lex::StageWord, ScopeWord, SideWord, FundWord values; 0 = not named).
struct Subject {
  std::u32string label;
  std::uint8_t stage = 0, scope = 0, side = 0, fund = 0;
  int year = 0;
  bool prior = false;  // names the earlier period (上年/去年)
};

// One per clause that holds a number: 32-bit positions and indices, like FrameNumber.
struct Frame {
  Index32 begin = 0, end = 0;  // the clause, code points (separators excluded)
  Index32 sentence = 0;        // start of its sentence (after 。；！？ or a line break)
  Index32 paragraph = 0;       // start of its line
  Index32 section = static_cast<std::size_t>(-1);  // innermost heading index, or -1
  Index32 table = static_cast<std::size_t>(-1);    // table index when the clause is in a table
  Index32 first = 0, count = 0;                    // its numbers: Statements::numbers[first, first+count)
  Index32 subject_frame = 0;       // the frame whose subject it carries (itself when own)
  Index32 list_total = static_cast<std::size_t>(-1);  // in or right after a 其中/包括 list: the total's frame
  int year = 0;                        // the year it is about: its label's (上年 → the year before, 本年 → the report
                                       // year), else the paragraph's latest (0: none)
  std::int8_t direction = 0;           // the first direction word (+1 / −1), 0 if none
  bool own_subject = false;            // the clause names its subject; else it continues one
  bool list_part = false;              // the clause is one part of such a list
  bool compare = false;                // 同比/比上年/较上年…: changes against an earlier period
  bool respectively = false;           // 各/分别: parallel lists
  Subject subject;                     // own or inherited
};
static_assert(sizeof(Frame) <= 104, "Frame is stored once per clause holding a number");

struct Statements {
  int report_year = 0;                  // the document's (DocumentKind::year), 0 when not known
  std::vector<Frame> frames;            // in text order
  std::vector<FrameNumber> numbers;     // grouped by frame
  std::vector<Index32> frame_of;        // per quantity: its frame, or -1
  std::vector<Index32> number_of;       // per quantity: its FrameNumber, or -1

  const FrameNumber* number(std::size_t q) const {
    return q < number_of.size() && number_of[q] != static_cast<std::size_t>(-1) ? &numbers[number_of[q]] : nullptr;
  }
  // The first number of role `r` in frame `f`, or nullptr.
  const FrameNumber* find(std::size_t f, NumRole r) const;
  // The frames that carry the same subject as `f` and stand next to it (its clause chain), as
  // [first, last] frame indices; computed once.
  std::pair<std::size_t, std::size_t> chain(std::size_t f) const { return chains[f]; }
  std::vector<std::pair<Index32, Index32>> chains;
  // The year quantity q's own label names (resolved 上年/本年 included), 0 when none or a span.
  int label_year(std::size_t q) const {
    const FrameNumber* n = number(q);
    return n && n->year > 0 ? n->year : 0;
  }
  // The year number `n` is about: its own label's, else its frame's (0: not known).
  int year_of(const FrameNumber& n) const { return n.year ? n.year : frames[frame_of[n.q]].year; }
};

// The direction word ending a label ("同比增加" → +1, "下降了" → −1, "增收" → +1), 0 if none;
// `rest` receives what stands before it. "提高到/下降至" state a level: 0.
int direction_at_end(std::u32string label, std::u32string* rest = nullptr);
// What is left of a label once the words that only frame a change (同比, 比上年, 增加, 的, 年 …)
// are gone; empty when nothing names a subject.
std::u32string naming_part(const std::u32string& label);

// The label compares with an earlier period ("比上年", "与2019年相比", "较2022年的"): a year it
// names is the base's, not the figure's.
bool compares(const std::u32string& label);

// Linear in the text and the quantities. `report_year` resolves 上年/本年 (0: they stay relative,
// unless a stated year in their paragraph anchors them).
Statements read_statements(const Text& t, const std::vector<Quantity>& qs, const Document& doc, int report_year = 0);

}  // namespace gouji
