// R29, a completion of the budget against the stated over/under-run ("完成年初预算X%，决算数大于预算数
// Y万元"); rate_changes.cpp runs it for every rate outside tables.
#include <algorithm>
#include <optional>

#include "checks/rule_table.h"
#include "lexicon/label_words.h"
#include "lexicon/lexicon.h"
#include "statements/frame.h"
#include "text/chars.h"

#include "checks/rate_changes_internal.h"

namespace gouji {
namespace rate_change_detail {

// ---- R29 ----------------------------------------------------------------------------------------
void check_budget_completion(const Ctx& c, std::size_t yi) {
  const Facts& f = c.f;
  const Quantity& y = c.q(yi);
  if (y.kind() != UnitKind::Percent || !y.exact()) return;
  const std::u32string& l = c.rf.labels[yi];
  auto any = [&](const auto& ws) {
    for (Str w : ws)
      if (contains(l, w)) return true;
    return false;
  };
  if (!any(lex::labels::kInitialBudgetCompletion) || contains(l, lex::labels::kAdjusted)) return;
  if (!(contains(l, lex::labels::kCompletedWords[0]) || ends_with(l, lex::labels::kBudgetEnd) ||
        contains(l, lex::labels::kCompletedWords[1])))
    return;
  // A: the outturn — the level the rate's clause chain is about, stated before it in the
  // sentence; a change ("比上年减少53.7万元") or a prior figure in between is not it (M11).
  const Statements& st = f.statements;
  // "；" continues the statement ("支出总计X万元，比上年减少Y万元；完成年初预算100%，决算数大于预算数Z万元"):
  // the search crosses it but not "。" or a line break, and looks at a few figures only.
  auto same_statement = [&](std::size_t j) {
    if (c.same_sentence(j, yi)) return true;
    const std::u32string& s = f.text.chars();
    std::size_t from = c.q(j).end, to = c.q(yi).start;
    if (to < from || to - from > 200) return false;
    for (std::size_t k = from; k < to; ++k)
      if (s[k] == U'。' || s[k] == U'\n' || s[k] == U'！' || s[k] == U'？') return false;
    return true;
  };
  std::size_t ai = kNone;
  for (std::size_t j = yi, seen = 0; j-- > 0 && seen < 8; ++seen) {
    if (!same_statement(j)) break;
    const Quantity& a = c.q(j);
    const FrameNumber* an = st.number(j);
    if (an && an->role != NumRole::Level) continue;
    if (a.kind() == UnitKind::Money && a.exact() && c.prose(j)) { ai = j; break; }
  }
  if (ai == kNone) return;
  const Quantity& a = c.q(ai);
  // Direction and difference after the rate: "决算数大于预算数55.93万元".
  std::size_t end = sentence_stop(f.text, y.end);
  int dir = 0;
  std::size_t dir_at = kNone;
  const std::u32string& s = f.text.chars();
  for (std::size_t k = y.end; k + 1 < end && dir == 0; ++k)
    if (const lex::Entry* e = lex::match_at(Str(s).substr(0, end), k, lex::Cls::Relation)) {
      dir = e->value == lex::Above ? 1 : -1;
      dir_at = k;
    }
  std::size_t di = kNone;
  if (dir != 0)
    for (std::size_t j = yi + 1; j < f.quantities.size() && c.q(j).start < end; ++j)
      if (c.q(j).start > dir_at && c.q(j).kind() == UnitKind::Money && c.q(j).exact()) { di = j; break; }

  Interval yv = stated_interval(y, f.precision);
  Decimal hundred = Decimal::from_int(100);
  std::vector<Span> spans = {span_of(y, true), span_of(a, false)};
  if (di != kNone) {
    const Quantity& d = c.q(di);
    spans.push_back(span_of(d, false));
    Interval av = stated_interval(a, f.precision), dv = stated_interval(d, f.precision);
    Interval budget = dir > 0 ? av - dv : av + dv;
    if (budget.lo <= Decimal{}) return;
    auto comp = percent_interval(av, budget);
    if (!comp) return;
    RateMatch m = match_rate(*comp, y, f.precision);
    if (m == RateMatch::Match) return;
    Decimal bpoint = dir > 0 ? a.normalized() - d.normalized() : a.normalized() + d.normalized();
    int dec = std::max(2, effective_decimals(a, f.precision));
    std::string b_s = format_in_unit(bpoint, a, dec);
    std::string comp_s = fmt(percent_point(a.normalized(), bpoint), 2) + "%";
    std::string unit = to_utf8(a.unit->text);
    Finding fd = make_finding(
        "R29",
        {"完成年初预算应为" + comp_s + "（" + bare(a) + "÷" + b_s + "，年初预算=" + bare(a) + (dir > 0 ? "−" : "+") +
             bare(d) + "），报告为" + y.text + (dir > 0 ? "；决算数大于预算数时应高于100%" : "；决算数小于预算数时应低于100%"),
         "The share of the initial budget should be " + comp_s + " (" + bare(a) + " ÷ " + b_s + unit +
             ", budget = " + bare(a) + (dir > 0 ? " − " : " + ") + bare(d) + "), the report states " + y.text},
        spans);
    if (m == RateMatch::Truncated) fd.severity = Severity::Info;
    fd.expected = comp_s;
    fd.actual = y.text;
    c.out.findings.push_back(std::move(fd));
    return;
  }
  // The initial budget stated in the same sentence: "年初预算为980.00万元，支出决算为1,000.00万元，
  // 完成年初预算的102.04%".
  // A part of a 其中 list ("其中：会议费支出决算为6万元，完成预算的60%") is not measured against
  // the total's budget before the list.
  std::size_t bi = kNone;
  std::size_t a_list = st.frame_of[ai] == kNone ? kNone : std::size_t(st.frames[st.frame_of[ai]].list_total);
  for (std::size_t j = ai; j-- > 0;) {
    if (!c.same_sentence(j, yi)) break;
    if (a_list != kNone && (st.frame_of[j] == kNone || st.frames[st.frame_of[j]].list_total != a_list)) break;
    const Quantity& b = c.q(j);
    if (b.kind() == UnitKind::Money && b.exact() && c.prose(j) && c.rf.roles[j].stage == Stage::Initial &&
        c.rf.roles[ai].stage != Stage::Initial) {
      bi = j;
      break;
    }
  }
  // Else the initial budget of the same scope stated elsewhere in the paragraph, before or after
  // ("…完成预算的93%，…。“三公”经费年初预算20万元。"): likely the base, not certain.
  bool elsewhere = false;
  if (bi == kNone && a_list == kNone && st.frame_of[yi] != kNone) {
    std::size_t para = st.frames[st.frame_of[yi]].paragraph;
    auto fits = [&](std::size_t j) {
      const Quantity& b = c.q(j);
      return j != ai && b.kind() == UnitKind::Money && b.exact() && c.prose(j) && st.number(j) &&
             st.number(j)->role == NumRole::Level && c.rf.roles[j].stage == Stage::Initial &&
             (c.rf.roles[j].scope == c.rf.roles[ai].scope || c.rf.roles[j].scope == Scope::Total) &&
             !st.frames[st.frame_of[j]].list_part;
    };
    for (std::size_t j = yi + 1, seen = 0; j < f.quantities.size() && seen < 16 && bi == kNone; ++j, ++seen) {
      if (st.frame_of[j] == kNone || st.frames[st.frame_of[j]].paragraph != para) break;
      if (fits(j)) bi = j;
    }
    for (std::size_t j = ai, seen = 0; j-- > 0 && seen < 16 && bi == kNone; ++seen) {
      if (st.frame_of[j] == kNone || st.frames[st.frame_of[j]].paragraph != para) break;
      if (fits(j)) bi = j;
    }
    elsewhere = bi != kNone;
  }
  if (bi != kNone) {
    const Quantity& b = c.q(bi);
    auto comp = percent_interval(stated_interval(a, f.precision), stated_interval(b, f.precision));
    if (!comp) return;
    RateMatch m = match_rate(*comp, y, f.precision);
    if (m == RateMatch::Match) return;
    std::string comp_s = fmt(percent_point(a.normalized(), b.normalized()), 2) + "%";
    spans.push_back(span_of(b, false));
    Finding fd = make_finding("R29",
                              {"完成年初预算应为" + comp_s + "（" + bare(a) + "÷" + bare(b) + "），报告为" + y.text,
                               "The share of the initial budget should be " + comp_s + " (" + bare(a) + " ÷ " +
                                   bare(b) + "), the report states " + y.text},
                              spans);
    if (elsewhere) fd.severity = Severity::Warning;
    if (m == RateMatch::Truncated) fd.severity = Severity::Info;
    fd.expected = comp_s;
    fd.actual = y.text;
    c.out.findings.push_back(std::move(fd));
    return;
  }
  if (dir == 0) {
    check_completion_from_table(c, yi, ai);  // the budget in a 预算数 | 决算数 table
    return;
  }
  bool wrong = dir > 0 ? yv.hi <= hundred : yv.lo >= hundred;
  if (!wrong) return;
  Finding fd = make_finding("R29",
                            {std::string("完成年初预算") + y.text + "，却称决算数" + (dir > 0 ? "大于" : "小于") +
                                 "预算数：方向不一致",
                             "The report states " + y.text + " of the initial budget but says the outturn is " +
                                 (dir > 0 ? "above" : "below") + " the budget"},
                            spans);
  fd.actual = y.text;
  c.out.findings.push_back(std::move(fd));
}

}  // namespace rate_change_detail
}  // namespace gouji
