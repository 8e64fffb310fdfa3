#pragma once
// Internal to the 其中-list reader (facts/breakdown*.cpp): what a figure is (a level, a named total,
// not a part) and the Reader whose tools (breakdown_reader.cpp) the phases of find_breakdowns
// (breakdown.cpp) use. Not an interface of the facts stage.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "facts/breakdown.h"
#include "statements/frame.h"

namespace gouji {
namespace breakdown_detail {

using Str = std::u32string_view;
constexpr std::size_t kNo = static_cast<std::size_t>(-1);
// Bounds that keep every list linear on hostile input: a list takes at most this many figures
// and runs over at most this many characters.
constexpr std::size_t kMaxFigures = 400;
constexpr std::size_t kMaxSpan = 8000;

inline bool hard_end(char32_t c) { return c == U'。' || c == U'！' || c == U'？' || c == U'!' || c == U'?'; }
inline bool semicolon(char32_t c) { return c == U'；' || c == U';'; }
inline bool open_br(char32_t c) { return c == U'（' || c == U'('; }
inline bool close_br(char32_t c) { return c == U'）' || c == U')'; }

// A figure that can be a total or a part: an exact amount or count stating a level.
bool level(Str s, const Quantity& q, const Statements& st, std::size_t i);
// Labels that end the list of parts: stated next to the parts but not components (a carry-over
// or a distribution appended to an expenditure list, an "另有" aside, a comparison). The aside
// word is looked for in the figure's clause too: the label reader sheds a leading 另有/此外
// ("另有退休人员40人" is labelled 退休人员).
bool not_a_part(Str s, const Quantity& q);
// Figure i is named a total of its own (合计/共计/总计, as written before it): a new statement.
bool names_total(Str s, const Quantity& q);
// 累计 (and no 合计/共计/总计) before it: a running total, of the parts before it only if it names them.
bool names_cumulative(Str s, const Quantity& q);

struct Reader {
  Str s;
  const std::vector<Quantity>& qs;
  const Statements& st;
  std::vector<Breakdown> out;

  const std::u32string& label(std::size_t i) const {
    static const std::u32string none;
    const FrameNumber* n = st.number(i);
    return n ? n->label : none;
  }

  std::size_t section_of(std::size_t i) const {
    return i < st.frame_of.size() && st.frame_of[i] != kNo ? std::size_t(st.frames[st.frame_of[i]].section) : kNo;
  }
  // A line break after a full stop, a "；" or a "：" ends a statement; one in mid-clause is a
  // soft wrap of PDF-converted text.
  bool ends_statement(std::size_t nl) const;

  std::size_t common_suffix(const std::u32string& a, const std::u32string& b) const;
  // Which of the totals figure j is a part of: the one of its kind; among several of its kind
  // ("支出2.05万元，年初预算为2.95万元。其中：A支出0万元，年初预算为0万元；…") the one whose
  // label ends like j's, when exactly one does.
  std::size_t list_for(const std::vector<std::size_t>& totals, std::size_t j) const;

  // The first quantity starting at or after `at` (quantities are in text order).
  std::size_t first_from(std::size_t at) const;

  // Reads the parts of `totals` (one per kind) from figure `from` on, the list opened at
  // [ts, te). `stop` bounds a bracketed list; `line_open`: the trigger ends its line ("其中：\n").
  void collect(const std::vector<std::size_t>& totals, std::size_t ts, std::size_t te, std::size_t stop,
               bool bracketed);

  // Figure i stands in a bracket opened right after figure i−1 ("900万元（含中央资金600万元）"): it
  // qualifies that one, and a list after the bracket is not its.
  bool qualifies_previous(std::size_t i) const;

  // The totals a trigger at `ts` opens a list of: the figure right before it, or — after
  // interposed 占/同比 clauses or a full stop — the nearest level of each kind in the clause
  // chain before it (same paragraph).
  std::vector<std::size_t> totals_before(std::size_t ts, bool middle_ok);

  // "财政拨款收支总预算1085203.63元。收入包括：…。支出包括：…": a sentence opening with a side
  // (or a label) and a list word lists the parts of the figure stated just before under that
  // name — a 收支 total is the total of either side.
  std::size_t opener_total(std::size_t b, std::size_t i) const;

  // "…项目支出7196.27万元。项目支出中，A 6180.49万元，B 1015.78万元。": a sentence opening with
  // "<label>中，" breaks down the figure last stated under that label in the same paragraph
  // (read backwards from the sentence, within its paragraph only: linear).
  std::size_t referenced_total(std::size_t i, bool* by_items = nullptr) const;

  // The stage or base word a label names first (预算/决算/安排 …), as class and value; 0 if none.
  static int stage_of(const std::u32string& l);

  // "2010年…“三公”经费财政拨款预算中，" referring to the figure stated a line or two before under
  // the items' own names ("2010年因公出国(境)费、公务用车购置及运行费和公务接待费的财政拨款预算数
  // 2711.65万元"): same year, same stage, every item of the classification named.
  std::size_t items_total(const std::u32string& ref, int year, std::size_t upto) const;
};

}  // namespace breakdown_detail
}  // namespace gouji
