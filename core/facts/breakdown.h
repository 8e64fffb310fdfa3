#pragma once
// A stated total and the parts the text says it consists of, in every layout real reports use:
// "支出总计X万元，其中A万元、B万元" / "包括…" / "分别为…" / "分项情况是：…；…"; 其中 after "。" or
// after interposed 占/同比 clauses; parts split by "；" or written one sentence each with their own
// commentary; "<label>中，" / "X万元中，" openers; parts in brackets without 其中; a total written
// after its parts (合计/共计/加上…合计). Parts are the Level figures of the list's clauses (a
// change amount or a share beside a part is commentary), read with the statement frames.
#include <cstddef>
#include <vector>

#include "numbers/quantity.h"
#include "statements/frame.h"
#include "structure/document.h"
#include "text/text.h"

#include "text/index32.h"

namespace gouji {

// 32-bit indices and positions (text/index32.h): a long 其中 paragraph holds hundreds of
// thousands of parts (issue 16, memory per input byte).
struct Breakdown {
  Index32 total;                   // index into the quantity list
  std::vector<Index32> parts;      // indices into the quantity list
  Index32 trigger_start = 0, trigger_end = 0;  // "其中"
  std::vector<Index32> excluded;   // same-kind figures in the sentence that are not parts
                                      // (年末结转和结余 …): candidates to explain a gap
  bool after = false;              // the total is written after its parts (合计/共计)
  bool after_cut = false;          // … and another figure (a change, another total) stopped the
                                   // walk back before the clause's start: earlier parts may be missed
  // Lists opened by one trigger over several kinds ("项目113个，资金3267.28万元。其中A 79个
  // 3038.38万元；…"): the same items counted and summed. One that reconciles shows the item list
  // is complete, so a shortfall in its sibling is an error.
  bool complete_by_sibling = false;
  // "按…划分，A X元，B Y元": a classification of the whole, complete by what it says.
  bool classification = false;
};

std::vector<Breakdown> find_breakdowns(const Text& text, const std::vector<Quantity>& qs, const Statements& st);
// For callers without frames (tests of the reader): reads them first.
std::vector<Breakdown> find_breakdowns(const Text& text, const std::vector<Quantity>& qs);

}  // namespace gouji
