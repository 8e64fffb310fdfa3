// One step after all checks: where two findings compete for one claim, the precedence table
// decides. Checks never read, erase or rewrite each other's findings, so the findings do not
// depend on the order of the registry (tests/core/checks/check_owners_test.cpp runs it reversed).
#include "checks/reconcile.h"

#include <map>
#include <set>

#include "facts/targets.h"
#include "lexicon/indicator_words.h"
#include "numbers/decimal.h"
#include "numbers/precision.h"
#include "text/chars.h"

namespace gouji {
namespace {

using Str = std::u32string_view;

bool overlaps(const Span& a, std::size_t b, std::size_t e) { return a.start < e && b < a.end; }

// The end of the clause an actual stands in (。；or the line).
std::size_t clause_end(const Text& text, std::size_t from) {
  Str s(text.chars());
  std::size_t e = from;
  while (e < s.size() && s[e] != U'。' && s[e] != U'；' && s[e] != U'\n') ++e;
  return e;
}

// R22 → the target pair. "完成1250公里，完成率104.17%" whose target (≥1200公里) the report
// states elsewhere: the rates check, seeing no base nearby, notes an implied base (R22). With the
// pair known, the stated rate either agrees with actual ÷ target (the note goes) or it does not
// (R21 in its place, at the same position in the list). One R22 per pair, pairs in target order.
void implied_base_meets_target(const Facts& f, std::vector<Finding>& findings) {
  const TargetFacts& tf = f.targets;
  // The R22 notes and their two figures, found once: scanning every finding (and every figure)
  // for every pair was quadratic on a long 自评表. A note erased or replaced by an R21 stops being
  // a candidate; the erased ones leave the list at the end, in order.
  struct Note { std::size_t i; const Quantity *rate = nullptr, *num = nullptr; bool live = true; };
  std::vector<Note> notes;
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (findings[i].rule == "R22" && findings[i].spans.size() == 2) notes.push_back({i});
  if (notes.empty()) return;
  std::map<std::size_t, const Quantity*> at;  // start → the last figure there
  for (const auto& q : f.quantities) at[q.start] = &q;
  auto figure = [&](std::size_t start) -> const Quantity* {
    auto i = at.find(start);
    return i == at.end() ? nullptr : i->second;
  };
  for (Note& n : notes) {
    n.rate = figure(findings[n.i].spans[0].start);
    n.num = figure(findings[n.i].spans[1].start);
  }
  std::vector<bool> erased(findings.size(), false);
  for (const auto& p : tf.pairs) {
    if (p.actual == kNone || p.direction != Direction::Positive) continue;
    const Indicator& t = tf.targets[p.target];
    const Indicator& a = tf.actuals[p.actual];
    if (t.quantity == kNone || a.quantity == kNone) continue;
    const Quantity& tq = f.quantities[t.quantity];
    const Quantity& aq = f.quantities[a.quantity];
    for (Note& n : notes) {
      if (!n.live) continue;
      const Quantity *rate = n.rate, *num = n.num;
      // The actual itself, or the same figure told again in the narrative beside a 自评表 row.
      if (!num || (num->start != aq.start &&
                   (num->kind() != aq.kind() || num->normalized() != aq.normalized() ||
                    normalize_name(from_utf8_lossy(num->label)).find(t.key.substr(0, 4)) == std::u32string::npos)))
        continue;
      if (!rate || tq.kind() != aq.kind() || tq.normalized().is_zero()) break;
      Decimal h = Decimal::from_int(100);
      Interval ai = stated_interval(aq, f.precision), ti = stated_interval(tq, f.precision);
      auto comp = divide(Interval{ai.lo * h, ai.hi * h}, ti);
      if (!comp) break;
      n.live = false;
      if (comp->overlaps(stated_interval(*rate, f.precision))) {
        erased[n.i] = true;
        break;
      }
      Decimal point = (aq.normalized() * h).div_floor(tq.normalized());  // shown to 2 places
      std::string comp_s = point.to_string(2) + "%";
      Finding fd = make_finding("R21",
          {"完成率应为" + comp_s + "（" + aq.text + "÷目标" + tq.text + "），报告为" + rate->text,
           "The completion rate should be " + comp_s + " (" + aq.text + " ÷ target " + tq.text +
               "), the report states " + rate->text},
          {span_of(*rate, true), span_of(*num, false), span_of(tq, false)});
      fd.expected = comp_s;
      fd.actual = rate->text;
      findings[n.i] = std::move(fd);
      break;
    }
  }
  std::size_t w = 0;
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (!erased[i]) {
      if (w != i) findings[w] = std::move(findings[i]);  // never move onto itself: that empties it
      ++w;
    }
  findings.resize(w);
}

// R24 of a target pair → R24 of a stated rate. The targets check flags an actual ≥ 130% of its
// target; when an R24 already stands in the actual's clause (the rates check on a stated 完成率,
// or an earlier pair in the same clause), that one speaks for the claim.
void one_r24_per_clause(const Facts& f, std::vector<Finding>& findings, const std::vector<std::string_view>& by) {
  std::map<std::size_t, const Indicator*> actual_at;  // actual quantity start → its item
  for (const auto& a : f.targets.actuals)
    if (a.quantity != kNone) actual_at.emplace(f.quantities[a.quantity].start, &a);
  std::vector<bool> drop(findings.size(), false);
  std::vector<std::size_t> kept_r24;
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (findings[i].rule == "R24" && by[i] != kTargetsCheck) kept_r24.push_back(i);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& fd = findings[i];
    if (fd.rule != "R24" || by[i] != kTargetsCheck || fd.spans.empty()) continue;
    auto a = actual_at.find(fd.spans.front().start);
    if (a == actual_at.end()) continue;
    std::size_t b = a->second->start, e = clause_end(f.text, a->second->end);
    for (std::size_t k : kept_r24)
      for (const auto& sp : findings[k].spans) drop[i] = drop[i] || overlaps(sp, b, e);
    if (!drop[i]) kept_r24.push_back(i);
  }
  std::size_t w = 0;
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (!drop[i]) {
      if (w != i) findings[w] = std::move(findings[i]);  // never move onto itself: that empties it
      ++w;
    }
  findings.resize(w);
}

// R21 of a target pair → R21 of the stated rate. "计划培训800人次，实际培训760人次，完成率90%":
// the rates check (actual ÷ base) and the targets check (actual ÷ target) both judge the one rate;
// the reviewer corrects one figure, so one finding, the rates check's, speaks for it.
void one_r21_per_rate(std::vector<Finding>& findings, std::vector<std::string_view>& by) {
  std::set<std::size_t> rated;  // primary span starts of the R21s from other checks
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (findings[i].rule == "R21" && by[i] != kTargetsCheck && !findings[i].spans.empty())
      rated.insert(findings[i].spans.front().start);
  if (rated.empty()) return;
  std::size_t w = 0;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& fd = findings[i];
    bool drop = fd.rule == "R21" && by[i] == kTargetsCheck && !fd.spans.empty() && rated.count(fd.spans.front().start);
    if (drop) continue;
    if (w != i) findings[w] = std::move(findings[i]), by[w] = by[i];  // never move onto itself: that empties it
    ++w;
  }
  findings.resize(w);
  by.resize(w);  // kept beside the findings: the next step reads who emitted each
}

}  // namespace

// The precedence table: which finding gives way, to what, and why. Data first; the functions
// above only find the pairs the row names.
const std::vector<Precedence>& precedence_table() {
  static const std::vector<Precedence> table = {
      {"R22", "a target pair whose actual is the rate's numerator (→ R21 or nothing)",
       "R22 is a note for a rate whose base the text does not give; a target stated elsewhere is that base, "
       "so the rate is judged against it: agreeing needs no note, disagreeing is an error (R21)"},
      {"R24 (targets check)", "R24 already standing in the actual's clause",
       "one claim, one finding: the stated 完成率 the rates check flagged is what the reviewer corrects, and a "
       "second pair in the same clause repeats the first"},
      {"R21 (targets check)", "R21 of the rates check on the same stated rate",
       "one rate, one finding: actual ÷ base and actual ÷ target judge the same figure, and the rates check "
       "names the base the rate states"},
  };
  return table;
}

void reconcile(const Facts& f, std::vector<Finding>& findings, std::vector<std::string_view>& emitted_by) {
  one_r21_per_rate(findings, emitted_by);
  one_r24_per_clause(f, findings, emitted_by);
  implied_base_meets_target(f, findings);
  emitted_by.clear();
}

}  // namespace gouji
