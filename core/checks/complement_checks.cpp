// R01 on a complement (issue 14): what was spent or paid and what is left of it make up the
// figure it came out of — 已支付 + 未支付 = 安排, 实际支出 + 结余 = 到位 — when the three are stated
// in prose without a rate that would pair them (completion_frames.cpp checks 已支付 + 未支付
// beside a 支付率). Read from frames: the remainder is a level named 未支付/结余/剩余 (never a
// 结转和结余 carry-over: R02's), the spent figure the nearest spent/paid level before it in its
// paragraph, the whole a figure named as a base (安排/下达/到位/预算/计划/总额) before that in its
// paragraph. Several wholes may be meant: the nearest few are tried, and a flag needs every one
// to fail. The same identity as a 其中 sum (whole = parts), hence R01.
#include <algorithm>

#include "checks/check.h"
#include "facts/rates.h"
#include "lexicon/lexicon.h"
#include "statements/frame.h"

namespace gouji {
namespace {

constexpr std::size_t kNo = static_cast<std::size_t>(-1);
constexpr std::size_t kBack = 12;       // numbers looked back from the remainder (bounded: linear)
constexpr std::size_t kCandidates = 4;  // wholes tried, nearest first

bool money_level(const Facts& f, const FrameNumber& n) {
  const Quantity& q = f.quantities[n.q];
  return (n.role == NumRole::Level || n.role == NumRole::Base) && q.kind() == UnitKind::Money && q.exact() &&
         !f.in_table(q.start);
}

// What is left: a label ending in 未支付, 结余, 剩余 ("资金结余", "未支付的为") — not one that only
// mentions it ("结余用于项目建设等合计"), nor a carry-over of the accounts (年末结转和结余: R02's).
bool remainder(const FrameNumber& n) {
  std::u32string l = n.label;
  while (!l.empty() && lex::marks::kTrailing.find(l.back()) != std::u32string_view::npos) l.pop_back();
  const lex::Entry* e = lex::match_before(l, l.size(), lex::Cls::Base);
  return e && (e->value == lex::Unpaid || e->value == lex::Balance) && !lex::has(n.label, lex::Cls::Stage, lex::CarryIn) &&
         !lex::has(n.label, lex::Cls::Stage, lex::CarryOut) && !lex::has(n.label, lex::Cls::Compare) &&
         !lex::has(n.label, lex::Cls::Direction);
}

// What was spent or paid out of the whole: 已支付/拨付/实际支出/使用, or a spending label.
bool spent(const FrameNumber& n) {
  if (n.base == lex::Paid || n.base == lex::Spent) return true;
  if (n.base != 0 || lex::has(n.label, lex::Cls::Compare) || lex::has(n.label, lex::Cls::Direction)) return false;
  const lex::Entry* e = lex::match_before(n.label, n.label.size(), lex::Cls::Side);
  return e && e->value == lex::Spend;
}

// A figure the spent one is taken out of: named by a base word other than spent/paid/left.
bool whole(const FrameNumber& n) {
  switch (n.base) {
    case lex::Arranged: case lex::Issued: case lex::Budget: case lex::Plan: case lex::Arrived: case lex::Amount:
      return !lex::has(n.label, lex::Cls::Compare) && !lex::has(n.label, lex::Cls::Direction);
    default:
      return false;
  }
}

}  // namespace

void check_complements(const Facts& f, DocumentResult& out) {
  const Statements& st = f.statements;
  for (std::size_t r = 0; r < st.numbers.size(); ++r) {
    const FrameNumber& rn = st.numbers[r];
    if (!money_level(f, rn) || !remainder(rn)) continue;
    const Frame& rf = st.frames[st.frame_of[rn.q]];
    // The spent figure: the nearest level before the remainder in its sentence.
    std::size_t s = kNo, k = r;
    for (std::size_t steps = 0; k-- > 0 && steps < kBack; ++steps) {
      const FrameNumber& n = st.numbers[k];
      if (st.frames[st.frame_of[n.q]].sentence != rf.sentence) break;
      if (!money_level(f, n)) continue;
      if (spent(n)) s = k;
      break;
    }
    if (s == kNo) continue;
    // A 支付率/执行率 later in the sentence pairs them itself (completion_frames.cpp).
    bool rated = false;
    for (std::size_t j = r + 1; j < st.numbers.size() && j <= r + kBack && !rated; ++j) {
      if (st.frames[st.frame_of[st.numbers[j].q]].sentence != rf.sentence) break;
      rated = st.numbers[j].role == NumRole::Completion;
    }
    if (rated) continue;
    const Quantity& sq = f.quantities[st.numbers[s].q];
    const Quantity& rq = f.quantities[rn.q];
    // The wholes it may be of, nearest first.
    std::vector<std::size_t> wholes;
    for (std::size_t j = s, steps = 0; j-- > 0 && steps < kBack && wholes.size() < kCandidates; ++steps) {
      const FrameNumber& n = st.numbers[j];
      if (st.frames[st.frame_of[n.q]].paragraph != rf.paragraph) break;
      if (money_level(f, n) && whole(n) && !(f.quantities[n.q].normalized() < sq.normalized())) wholes.push_back(n.q);
    }
    if (wholes.empty()) continue;
    Interval sum = stated_interval(sq, f.precision) + stated_interval(rq, f.precision);
    Decimal point = sq.normalized() + rq.normalized();
    int dec = std::max(sq.decimals, rq.decimals);
    bool fits = false;
    for (std::size_t w : wholes) {
      const Quantity& wq = f.quantities[w];
      if (!sum.overlaps(stated_interval(wq, f.precision))) continue;
      out.checked.push_back({"R01", bare(sq) + "+" + bare(rq) + "=" + format_in_unit(point, wq, dec) + "，报告" + wq.text,
                             "consistent", {span_of(wq, true), span_of(sq, false), span_of(rq, false)}});
      fits = true;
      break;
    }
    if (fits) continue;
    const Quantity& wq = f.quantities[wholes.front()];
    std::string total = format_in_unit(point, wq, dec);
    std::vector<Span> spans = {span_of(wq, true), span_of(sq, false), span_of(rq, false)};
    out.checked.push_back({"R01", bare(sq) + "+" + bare(rq) + "=" + total + "，报告" + wq.text, "inconsistent", spans});
    Finding fd = make_finding("R01",
                              {"已使用" + sq.text + "与剩余" + rq.text + "之和为" + total + to_utf8(wq.unit->text) + "，与" +
                                   wq.text + "不符",
                               "Spent " + sq.text + " plus what is left " + rq.text + " is " + total + ", not " + wq.text},
                              spans);
    // The whole is read from a base word before it: likely, not certain, unless one sentence holds all three.
    fd.severity = st.frames[st.frame_of[wholes.front()]].sentence == rf.sentence ? Severity::Error : Severity::Warning;
    fd.expected = total;
    fd.actual = wq.text;
    out.findings.push_back(std::move(fd));
  }
}

}  // namespace gouji
