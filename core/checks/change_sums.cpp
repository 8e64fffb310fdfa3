// R01 on the changes of a breakdown: "合计24.75万元，比上年减少4.65万元。其中：A 0万元，与上年持平；
// …；D 16.55万元，比上年减少4.65万元" — the total's change is the sum of its parts' changes. Each
// part's change is the first thing said of it before the next part: an amount of change, a word of
// no change (持平, 无增减变化: 0), or only a direction ("比上年减少 万元", the figure left blank).
// All amounts known: the sum must equal the total's change. Some known only by direction, all in
// the total's direction: the total's change is at least the sum of the known ones. The changes are
// one statement, so an integer among decimals takes their precision ("减少2万元" beside "0.28").
// Lists where every part states an amount are sum_check.cpp's (check_breakdown_changes).
#include <algorithm>
#include <optional>

#include "checks/check.h"
#include "checks/rule_table.h"
#include "facts/rates.h"
#include "lexicon/lexicon.h"
#include "statements/frame.h"

namespace gouji {
namespace {

struct PartChange {
  int sign = 0;                    // +1 / −1 / 0 (no change)
  std::size_t q = kNone;           // the amount, when stated
};

bool money_change(const Facts& f, std::size_t k) {
  const FrameNumber* n = f.statements.number(k);
  const Quantity& q = f.quantities[k];
  return n && n->role == NumRole::Change && q.kind() == UnitKind::Money && q.exact() && !f.in_table(q.start);
}

int signed_dir(const Facts& f, std::size_t k) {
  int d = f.statements.number(k)->dir;
  return f.quantities[k].value.negative() ? -d : d;
}

// What is said of a part's change in text [from, to) with quantities [qfrom, qto): nullopt when
// nothing is.
std::optional<PartChange> change_in(const Facts& f, std::size_t part, std::size_t from, std::size_t to, std::size_t qto) {
  const Statements& st = f.statements;
  std::size_t amount = kNone;
  for (std::size_t k = part + 1; k < qto && k < f.quantities.size(); ++k)
    if (money_change(f, k)) {
      // Only a change said of this part (its clause chain), not of the next one.
      if (st.frame_of[part] != kNone && st.frames[st.frame_of[k]].subject_frame == st.frames[st.frame_of[part]].subject_frame) amount = k;
      break;
    }
  // A stated amount settles it; a word of no change elsewhere in the part may be about something
  // else ("人员保持不变，比上年增加2万元").
  if (amount != kNone) return PartChange{signed_dir(f, amount), amount};
  lex::Str s(f.text.chars());
  for (const lex::Hit& h : lex::scan(s, from, std::max(from, to))) {
    if (h.get(lex::Cls::Steady)) return PartChange{0, kNone};
    if (const lex::Entry* d = h.get(lex::Cls::Direction)) return PartChange{d->value == lex::Up ? 1 : -1, kNone};
  }
  return std::nullopt;
}

}  // namespace

void check_change_sums(const Facts& f, DocumentResult& out) {
  const auto& qs = f.quantities;
  const Statements& st = f.statements;
  for (const Breakdown& b : f.breakdowns) {
    if (b.after || b.parts.size() < 2 || b.total >= qs.size() || st.frame_of[b.total] == kNone) continue;
    if (!std::is_sorted(b.parts.begin(), b.parts.end()) || b.parts.front() <= b.total) continue;
    // The total's change: between the total and its list, in the total's clause chain.
    std::size_t tc = kNone;
    std::size_t subject = st.frames[st.frame_of[b.total]].subject_frame;
    for (std::size_t k = b.total + 1; k < b.parts.front(); ++k) {
      if (b.trigger_end > b.trigger_start && qs[k].start >= b.trigger_start) break;
      if (money_change(f, k) && st.frames[st.frame_of[k]].subject_frame == subject) { tc = k; break; }
    }
    if (tc == kNone) continue;
    const Quantity& T = qs[tc];
    int tsign = signed_dir(f, tc);
    if (tsign == 0) continue;
    std::vector<PartChange> changes;
    bool known_all = true;
    for (std::size_t p = 0; p < b.parts.size(); ++p) {
      std::size_t part = b.parts[p];
      bool last = p + 1 == b.parts.size();
      std::size_t to = last ? sentence_stop(f.text, qs[part].end) : std::size_t(qs[b.parts[p + 1]].label_start);
      if (!last) to = std::min<std::size_t>(to, qs[b.parts[p + 1]].start);
      std::size_t qto = last ? qs.size() : std::size_t(b.parts[p + 1]);
      if (last)
        for (qto = part + 1; qto < qs.size() && qs[qto].start < to; ++qto) {}
      auto pc = change_in(f, part, qs[part].end, std::max<std::size_t>(to, qs[part].end), qto);
      if (!pc) { changes.clear(); break; }
      if (pc->q != kNone && qs[pc->q].unit && T.unit && qs[pc->q].kind() != T.kind()) { changes.clear(); break; }
      if (pc->sign != 0 && pc->q == kNone) known_all = false;
      changes.push_back(*pc);
    }
    if (changes.size() != b.parts.size()) continue;
    // Every part with its amount: sum_check.cpp's Σ变动 adds them up already.
    if (std::all_of(changes.begin(), changes.end(), [](const PartChange& c) { return c.q != kNone; })) continue;
    // The statement's precision: the most decimals any of its change amounts is written with.
    int dec = T.decimals;
    for (const PartChange& c : changes)
      if (c.q != kNone) dec = std::max(dec, qs[c.q].decimals);
    auto magnitude = [&](const Quantity& q) {
      Interval i = Interval::rounded(q.value.abs(), std::max(dec, q.decimals));
      Decimal scale = q.unit ? Decimal::pow10(q.unit->pow10) : Decimal::from_int(1);
      return Interval{i.lo * scale, i.hi * scale};
    };
    Interval sum = Interval::exact(Decimal{});
    Decimal point;
    std::string terms;
    std::vector<Span> spans = {span_of(T, true)};
    bool same_direction = true;
    for (std::size_t p = 0; p < changes.size(); ++p) {
      const PartChange& c = changes[p];
      if (c.sign != 0 && c.sign != tsign) same_direction = false;
      std::string term = c.q == kNone ? (c.sign == 0 ? "0" : "?") : qs[c.q].value.abs().to_string();
      terms += (p ? (c.sign < 0 ? "−" : "+") : (c.sign < 0 ? "−" : "")) + term;
      if (c.q == kNone) continue;
      Interval m = magnitude(qs[c.q]);
      sum = c.sign > 0 ? sum + m : sum - m;
      point = c.sign > 0 ? point + qs[c.q].normalized().abs() : point - qs[c.q].normalized().abs();
      spans.push_back(span_of(qs[c.q], false));
    }
    Interval tv = magnitude(T);
    if (tsign < 0) tv = {Decimal{} - tv.hi, Decimal{} - tv.lo};
    std::string unit = T.unit ? to_utf8(T.unit->text) : "";
    std::string sum_s = format_in_unit(point.abs(), T, dec);
    std::string stated = std::string(tsign > 0 ? "增加" : "减少") + T.text;
    if (known_all) {
      bool ok = sum.overlaps(tv);
      out.checked.push_back({"R01", "各项变化" + terms + "=" + (point < Decimal{} ? "−" : "") + sum_s + unit + "（报告合计" + stated + "）",
                             ok ? "consistent" : "inconsistent", spans});
      if (ok) continue;
      Finding fd = make_finding("R01",
                                {"各项变化之和为" + std::string(point < Decimal{} ? "减少" : "增加") + sum_s + unit + "（" + terms +
                                     "），报告合计" + stated,
                                 "The parts change by " + sum_s + unit + " in total (" + terms + "), the total is stated to change by " +
                                     T.text},
                                std::move(spans));
      fd.expected = sum_s + unit;
      fd.actual = T.text;
      out.findings.push_back(std::move(fd));
      continue;
    }
    // Some parts changed in the total's direction by an amount not stated: a lower bound only.
    if (!same_direction) continue;
    Interval known_mag = tsign > 0 ? sum : Interval{Decimal{} - sum.hi, Decimal{} - sum.lo};
    Interval t_mag = magnitude(T);
    bool ok = t_mag.hi >= known_mag.lo;
    out.checked.push_back({"R01", "各项变化" + terms + "，已列明部分" + sum_s + unit + "≤报告合计" + stated, ok ? "consistent" : "inconsistent", spans});
    if (ok) continue;
    Finding fd = make_finding("R01",
                              {"合计" + stated + "，小于已列明的各项同向变化之和" + sum_s + unit + "（" + terms + "）",
                               "The total changes by " + T.text + ", less than the parts stated to change the same way (" + sum_s + unit + ")"},
                              std::move(spans));
    fd.severity = Severity::Warning;
    fd.expected = "≥" + sum_s + unit;
    fd.actual = T.text;
    out.findings.push_back(std::move(fd));
  }
}

}  // namespace gouji
