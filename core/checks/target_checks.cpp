// C: targets against actuals (domain rules §2 C). R40 target without an actual or in another
// unit, R41 name–unit disagreement, R42 targets that cannot be measured, R43 unmet targets the
// report explains (info), R25 unmet targets it does not, R24 actuals ≥ 130% of target, R44 a
// whole first-level group without actuals, R45 actuals copied from targets. Every comparable pair
// gives a 完成率 metric and every target a row of the targets table.
#include <algorithm>
#include <map>

#include "checks/check.h"
#include "checks/rule_table.h"
#include "facts/targets.h"
#include "numbers/precision.h"
#include "lexicon/indicator_words.h"
#include "text/chars.h"
#include "text/trim.h"

namespace gouji {

void check_restated_actuals(const Facts& f, const TargetFacts& tf, DocumentResult& out);  // restatement_checks.cpp
void check_restated_budget_block(const Facts& f, const TargetFacts& tf, DocumentResult& out);  // restatement_checks.cpp

namespace {

using Str = std::u32string_view;
using chars::has;

// A display name: no leading punctuation left over from the clause ("、平均住院日").
std::string display_name(const Indicator& i) {
  std::u32string n = from_utf8_lossy(i.name);
  std::size_t b = 0;
  while (b < n.size() && (chars::is_clause_sep(n[b]) || chars::is_space(n[b]))) ++b;
  n = n.substr(b);
  if (i.source == IndicatorSource::Narrative && !i.key.empty()) return to_utf8(i.key);
  return to_utf8(n);
}

std::string pct(Decimal v) { return v.to_string(2) + "%"; }

// A completion stated right after the actual, in its sentence ("实际完成86公里，完成计划的107.5%"):
// it must be actual ÷ target (R21 in the target's setting), at the figures' written precision.
// Only the next completion figure counts, and only when no other level stands between.
void check_stated_completion(const Facts& f, DocumentResult& out, std::size_t ai, std::size_t ti, const std::string& name) {
  const Statements& st = f.statements;
  const auto& qs = f.quantities;
  if (ai >= st.frame_of.size() || st.frame_of[ai] == static_cast<std::size_t>(-1)) return;
  const std::size_t F = st.frame_of[ai];
  const FrameNumber* y = nullptr;
  for (std::size_t g = F; g < st.frames.size() && g <= F + 1 && !y; ++g) {
    const Frame& x = st.frames[g];
    if (x.sentence != st.frames[F].sentence) break;
    for (std::size_t k = x.first; k < x.first + x.count; ++k) {
      const FrameNumber& n = st.numbers[k];
      if (n.q <= ai) continue;
      if (n.role == NumRole::Completion) { y = &n; break; }
      if (n.role == NumRole::Level) return;  // another figure's completion
    }
  }
  if (!y) return;
  const Quantity& yq = qs[y->q];
  const Quantity& aq = qs[ai];
  const Quantity& tq = qs[ti];
  if (yq.kind() != UnitKind::Percent || !yq.exact() || !aq.exact() || !tq.exact()) return;
  Interval a = stated_interval(aq, f.precision), t = stated_interval(tq, f.precision);
  auto r = percent_interval(a, t);
  if (!r) return;
  const std::string formula = aq.text + "÷" + tq.text + "×100%，报告" + yq.text;
  std::vector<Span> spans = {span_of(yq, true), span_of(aq, false), span_of(tq, false)};
  bool ok = r->overlaps(stated_interval(yq, f.precision));
  out.checked.push_back({"R21", "“" + name + "”" + formula, ok ? "consistent" : "inconsistent", spans});
  if (ok) return;
  Decimal want = percent_point(aq.value, tq.value);
  Finding fd = make_finding("R21",
      {"“" + name + "”完成" + aq.text + "、目标" + tq.text + "，完成比例应为" + want.to_string(std::max(yq.decimals, 1)) +
           "%，报告为" + yq.text,
       "\"" + name + "\": " + aq.text + " done against a target of " + tq.text + " is " +
           want.to_string(std::max(yq.decimals, 1)) + "%, the report states " + yq.text},
      spans);
  fd.expected = want.to_string(std::max(yq.decimals, 1)) + "%";
  fd.actual = yq.text;
  out.findings.push_back(std::move(fd));
}

// A qualitative target is checkable when it names a state one can verify (达到…标准, 通过验收).
bool checkable(const std::string& text) {
  std::u32string n = from_utf8_lossy(text);
  for (Str w : lex::indicator::kFeelingNouns)  // "增强群众获得感": 获得 here is no state reached
    for (std::size_t at = n.find(w); at != std::u32string::npos; at = n.find(w, at + 1)) n.replace(at, w.size(), w.size(), U' ');
  for (Str w : lex::indicator::kCheckableStates)
    if (has(n, w)) return true;
  return false;
}

// What the indicator's name says it measures, when that contradicts its unit (R41).
const char* name_unit_conflict(const Indicator& i, const Quantity& q, std::string& expects_en) {
  std::u32string n = from_utf8_lossy(display_name(i));
  auto ends = [&](Str w) { return n.size() >= w.size() && Str(n).substr(n.size() - w.size()) == w; };
  auto ends_any = [&](const auto& ws) {
    for (Str w : ws)
      if (ends(w)) return true;
    return false;
  };
  if (ends_any(lex::indicator::kMoneyEnds) &&
      q.kind() != UnitKind::Money && q.unit) {
    expects_en = "an amount of money (元/万元)";
    return "金额（元/万元）";
  }
  if (ends_any(lex::indicator::kRateEnds) && q.unit && !is_rate(q.kind())) {
    expects_en = "a rate (%)";
    return "比率（%）";
  }
  if (ends(lex::indicator::kPeopleEnd) && q.unit && q.kind() != UnitKind::Persons && q.kind() != UnitKind::PersonVisits) {
    expects_en = "a number of people (人)";
    return "人数（人）";
  }
  return nullptr;
}

std::string unit_of(const Indicator& i, const std::vector<Quantity>& qs) {
  if (i.quantity == kNone) return "";
  const Quantity& q = qs[i.quantity];
  return q.unit ? to_utf8(q.unit->text) : i.unit_text;
}

// A stated 完成率 ≥ 130% next to this actual is the rates checks' R24 (an R24 they already
// report in the clause is left to the reconcile step, checks/reconcile.cpp).
bool r24_already(const Text& text, const std::vector<Quantity>& qs, const Indicator& a) {
  Str s(text.chars());
  std::size_t e = a.end;
  while (e < s.size() && s[e] != U'。' && s[e] != U'；' && s[e] != U'\n') ++e;
  for (const auto& q : qs)
    if (q.start >= a.end && q.end <= e && q.kind() == UnitKind::Percent && has(from_utf8_lossy(q.label), lex::indicator::kCompletionRate))
      return true;
  return false;
}

// One target and what pairs with it, read once for the phases below.
struct PairView {
  const TargetPair& p;
  const Indicator& t;
  const Indicator* a;  // nullptr: no actual
  Evaluation e;
  std::string name, tv, av;  // display name, target and actual as written
};

// What the pairs add up to, for the findings about all of them.
struct Tally {
  std::map<IndicatorGroup, std::vector<const TargetPair*>> missing;
  std::vector<const TargetPair*> vague, copied, copied_rates;
  std::size_t quantified = 0;
};

// The targets table: one row per target.
void add_target_row(const PairView& v, DocumentResult& out) {
  const Indicator& t = v.t;
  const Indicator* a = v.a;
  const Evaluation& e = v.e;
  const std::string &name = v.name, &tv = v.tv, &av = v.av;
  TargetRow row;
  row.name = name;
  row.category = t.subgroup.empty() ? std::string(group_name_zh(t.group)) : t.subgroup;
  row.target = t.quantity == kNone ? tv : tv;
  row.actual = a ? av : "—";
  if (e.rate) row.completion = pct(*e.rate);
  row.status = !a                        ? "missing"
               : e.unit_mismatch         ? "unit-mismatch"
               : e.status == Status::Met ? "met"
               : e.status == Status::Unmet ? "unmet"
                                         : "qualitative";
  row.spans.reserve(a ? 2 : 1);
  row.spans.push_back({t.start, t.end, true});
  if (a) row.spans.push_back({a->start, a->end, false});
  out.targets.push_back(std::move(row));
}

// R41: the name says money (or a rate, or people) but the unit says otherwise.
void check_name_unit(const Facts& f, const PairView& v, DocumentResult& out) {
  const auto& qs = f.quantities;
  const Indicator& t = v.t;
  const Indicator* a = v.a;
  const std::string &name = v.name, &tv = v.tv;
  if (t.quantity != kNone) {
    std::string en;
    if (const char* zh = name_unit_conflict(t, qs[t.quantity], en)) {
      std::vector<Span> spans{span_of(qs[t.quantity], true)};
      if (a && a->quantity != kNone) spans.push_back(span_of(qs[a->quantity], false));
      std::string unit = unit_of(t, qs);
      Finding fd = make_finding("R41",
          {"指标名称“" + name + "”应以" + zh + "计量，目标值却是" + tv + "：名称或单位有误（如应为“…人数”）",
           "The indicator \"" + name + "\" names " + en + " but its target is " + tv +
               ": either the name or the unit is wrong"},
          spans);
      out.findings.push_back(std::move(fd));
    }
  }
}

// R40 for a pair that cannot be compared (units, or an actual in words only); true when reported.
bool report_incomparable(const Facts& f, const PairView& v, DocumentResult& out) {
  const auto& qs = f.quantities;
  const TargetPair& p = v.p;
  const Indicator& t = v.t;
  const Indicator* a = v.a;
  const Evaluation& e = v.e;
  const std::string &name = v.name, &tv = v.tv, &av = v.av;
  // R40: a number against words, or numbers in units that cannot be compared.
  if (e.unit_mismatch) {
    const Quantity& tq = qs[t.quantity];
    const Quantity& aq = qs[a->quantity];
    Finding fd = make_finding("R40",
        {"“" + name + "”目标为" + tv + "，完成值为" + av + "：单位不同（" + unit_of(t, qs) + "／" + unit_of(*a, qs) +
             "），无法比较是否完成",
         "\"" + name + "\": the target is " + tv + " but the actual is " + av +
             " — different units, so completion cannot be judged"},
        {span_of(aq, true), span_of(tq, false)});
    fd.severity = p.match == MatchKind::Similar ? Severity::Warning : Severity::Error;
    fd.expected = tv;
    fd.actual = av;
    if (p.match == MatchKind::Similar)
      fd.hint = {"按名称相近配对：“" + display_name(*a) + "”", "Paired by a similar name: \"" + display_name(*a) + "\""};
    out.findings.push_back(std::move(fd));
    return true;
  }
  if (e.actual_text_only) {
    Finding fd = make_finding("R40",
        {"“" + name + "”目标为" + tv + "，完成情况只写了“" + f.text.utf8(a->start, a->end) + "”，没有可对照的数值",
         "\"" + name + "\": the target is " + tv + " but the actual is given only in words (\"" +
             f.text.utf8(a->start, a->end) + "\")"},
        {{a->start, a->end, true}, span_of(qs[t.quantity], false)});
    out.findings.push_back(std::move(fd));
    return true;
  }
  return false;
}

// A quantified pair: the checked comparison, a stated completion, the 完成率 metric, and a note
// when the actual equals the target (R45 counts them).
void record_comparison(const Facts& f, const PairView& v, Tally& tally, DocumentResult& out) {
  const auto& qs = f.quantities;
  const TargetPair& p = v.p;
  const Indicator& t = v.t;
  const Indicator* a = v.a;
  const Evaluation& e = v.e;
  const std::string &name = v.name, &tv = v.tv, &av = v.av;
  ++tally.quantified;
  const Quantity& tq = qs[t.quantity];
  const Quantity& aq = qs[a->quantity];
  // The comparison is a verified relation whether the target was met or not (issue 14).
  if (e.status != Status::Unknown)
    out.checked.push_back({"R25", "“" + name + "”实际" + av + (p.direction == Direction::Negative ? " ≤ " : " ≥ ") + "目标" + tv +
                                      (e.rate ? "（完成" + pct(*e.rate) + "）" : ""),
                           e.status == Status::Met ? "consistent" : "inconsistent", {span_of(aq, false), span_of(tq, false)}});
  if (e.rate && p.direction != Direction::Negative && !tq.value.is_zero()) check_stated_completion(f, out, a->quantity, t.quantity, name);
  if (e.rate) {
    Metric m;
    m.name = "完成率：" + name;
    m.name_en = "Completion: " + name;
    m.value = e.rate->to_string(2);
    m.unit = "%";
    m.formula = e.formula;
    m.spans = {span_of(aq, true), span_of(tq, false)};
    out.metrics.push_back(std::move(m));
  }
  if (e.status == Status::Met && e.actual == e.target && aq.exact()) {
    if (is_rate(tq.kind())) tally.copied_rates.push_back(&p);
    else tally.copied.push_back(&p);
  }
}

// A quantified pair short of its target (R43 explained, R25 not) or far above it (R24).
void check_shortfall(const Facts& f, const PairView& v, DocumentResult& out) {
  const auto& qs = f.quantities;
  const TargetFacts& tf = f.targets;
  const TargetPair& p = v.p;
  const Indicator& t = v.t;
  const Indicator* a = v.a;
  const Evaluation& e = v.e;
  const std::string &name = v.name, &tv = v.tv, &av = v.av;
  const Quantity& tq = qs[t.quantity];
  const Quantity& aq = qs[a->quantity];
  if (e.status == Status::Unmet) {
    auto why = deviation_reason(f.text, tf, p, qs);
    bool partial = partial_year(f.text, *a);
    std::string rate_zh = e.rate ? "，完成" + pct(*e.rate) : "";
    std::string rate_en = e.rate ? " (" + pct(*e.rate) + ")" : "";
    std::string dir_zh = p.direction == Direction::Negative ? "（反向指标，应不高于目标）" : "";
    std::string dir_en = p.direction == Direction::Negative ? " (a ≤ target)" : "";
    Finding fd;
    if (why) {
      fd = make_finding("R43",
          {"未完成目标：“" + name + "”目标" + tv + dir_zh + "，实际" + av + rate_zh + "；报告已说明原因",
           "Target not met: \"" + name + "\" target " + tv + dir_en + ", actual " + av + rate_en +
               "; the report explains why"},
          {span_of(aq, true), span_of(tq, false), {why->first, why->second, false}});
    } else {
      fd = make_finding("R25",
          {"未完成目标且未说明原因：“" + name + "”目标" + tv + dir_zh + "，实际" + av + rate_zh,
           "Target not met and no reason given: \"" + name + "\" target " + tv + dir_en + ", actual " + av + rate_en},
          {span_of(aq, true), span_of(tq, false)});
      fd.hint = {"应在偏差原因分析中说明未完成的原因和改进措施" +
                     std::string(partial ? "；该完成值是截至年中的数据，不是全年实际值" : ""),
                 "Explain the shortfall and the corrective measures" +
                     std::string(partial ? "; this actual is partial-year data, not the annual value" : "")};
    }
    fd.expected = tv;
    fd.actual = av;
    out.findings.push_back(std::move(fd));
  } else if (e.rate && p.direction != Direction::Negative && *e.rate >= Decimal::from_int(130) &&
             !r24_already(f.text, qs, *a)) {
    Finding fd = make_finding("R24",
        {"“" + name + "”实际" + av + "，为目标" + tv + "的" + pct(*e.rate) + "：目标可能定得过低，或完成值有误，应说明原因",
         "\"" + name + "\" reached " + av + ", " + pct(*e.rate) + " of the target " + tv +
             ": the target was probably set too low, or the actual is wrong; an explanation is required"},
        {span_of(aq, true), span_of(tq, false)});
    fd.expected = tv;
    fd.actual = av;
    out.findings.push_back(std::move(fd));
  }
}

// Every phase of one pair, in order.
void check_pair(const Facts& f, const TargetPair& p, Tally& tally, DocumentResult& out) {
  const auto& qs = f.quantities;
  const TargetFacts& tf = f.targets;
  const Indicator& t = tf.targets[p.target];
  const Indicator* a = p.actual == kNone ? nullptr : &tf.actuals[p.actual];
  PairView v{p, t, a, evaluate(tf, p, qs), display_name(t), value_text(f.text, t, qs), a ? value_text(f.text, *a, qs) : ""};
  add_target_row(v, out);

  // R42: no number and nothing one could check.
  if (p.direction == Direction::Qualitative && !checkable(v.tv)) tally.vague.push_back(&p);

  check_name_unit(f, v, out);
  if (!a) {
    tally.missing[t.group].push_back(&p);
    return;
  }
  if (report_incomparable(f, v, out)) return;
  if (!v.e.quantified) return;
  record_comparison(f, v, tally, out);
  check_shortfall(f, v, out);
}

// R40: targets with no actual, one finding per first-level group.
void report_missing_actuals(const TargetFacts& tf, const Tally& tally, DocumentResult& out) {
  const auto& missing = tally.missing;
  if (!missing.empty()) {
    if (!tf.has_actual_part) {
      std::vector<Span> spans;
      std::string names;
      std::size_t n = 0;
      for (const auto& [g, list] : missing)
        for (const auto* p : list) {
          const Indicator& t = tf.targets[p->target];
          if (n++ < 8) names += (names.empty() ? "" : "；") + display_name(t);
          spans.push_back({t.start, t.end, spans.empty()});
        }
      if (n > 8) names += "等";
      out.findings.push_back(make_finding("R40",
          {"报告列出了" + std::to_string(n) + "项绩效目标（" + names + "），但没有目标完成情况，无法判断是否完成",
           "The report sets " + std::to_string(n) + " targets (" + names + ") but gives no actuals for them"},
          spans));
    } else {
      for (const auto& [g, list] : missing) {
        std::vector<Span> spans;
        std::string names;
        for (const auto* p : list) {
          const Indicator& t = tf.targets[p->target];
          names += (names.empty() ? "" : "；") + display_name(t);
          spans.push_back({t.start, t.end, spans.empty()});
        }
        std::string n = std::to_string(list.size());
        std::string gz(group_name_zh(g)), ge(group_name_en(g));
        out.findings.push_back(make_finding("R40",
            {gz + "中有" + n + "项目标在完成情况中没有对应的实际完成值：" + names,
             n + " " + ge + " target(s) have no actual value in the completion part: " + names},
            spans));
      }
    }
  }
}

// R44: a first-level group with targets but not a single actual.
void check_empty_groups(const TargetFacts& tf, DocumentResult& out) {
  if (tf.has_actual_part) {
    std::map<IndicatorGroup, std::size_t> targets_in, actuals_in;
    for (const auto& p : tf.pairs) {
      IndicatorGroup g = tf.targets[p.target].group;
      ++targets_in[g];
      if (p.actual != kNone) ++actuals_in[g];
    }
    for (const auto& a : tf.actuals)
      if (a.source != IndicatorSource::Narrative) ++actuals_in[a.group];
    std::vector<IndicatorGroup> empty;
    for (auto g : {IndicatorGroup::Output, IndicatorGroup::Benefit, IndicatorGroup::Satisfaction})
      if (targets_in[g] > 0 && actuals_in[g] == 0) empty.push_back(g);
    if (!empty.empty()) {
      std::string zh, en, reported_zh, reported_en;
      std::vector<Span> spans{{tf.actual_part_start, tf.actual_part_end, true}};
      for (auto g : empty) {
        zh += (zh.empty() ? "" : "、") + std::string(group_name_zh(g)) + "（" + std::to_string(targets_in[g]) + "项目标）";
        en += (en.empty() ? "" : ", ") + std::string(group_name_en(g)) + " (" + std::to_string(targets_in[g]) + " targets)";
        for (const auto& l : tf.labels)
          if (l.target_side && l.group == g) spans.push_back({l.start, l.end, false});
      }
      for (auto g : {IndicatorGroup::Output, IndicatorGroup::Benefit, IndicatorGroup::Satisfaction})
        if (actuals_in[g] > 0) {
          reported_zh += (reported_zh.empty() ? "" : "、") + std::string(group_name_zh(g));
          reported_en += (reported_en.empty() ? "" : ", ") + std::string(group_name_en(g));
        }
      out.findings.push_back(make_finding("R44",
          {"完成情况" + (reported_zh.empty() ? std::string() : "只报告了" + reported_zh + "，") + "绩效目标中的" + zh +
               "没有任何实际完成情况",
           "The completion part " + (reported_en.empty() ? std::string() : "reports only " + reported_en + " indicators; ") +
               "no actuals at all for " + en},
          spans));
    }
  }
}

// R42: targets with neither a number nor a checkable state.
void report_vague(const Facts& f, const Tally& tally, DocumentResult& out) {
  const TargetFacts& tf = f.targets;
  const auto& vague = tally.vague;
  if (!vague.empty()) {
    std::vector<Span> spans;
    std::string names;
    for (const auto* p : vague) {
      const Indicator& t = tf.targets[p->target];
      std::string txt = f.text.utf8(t.start, t.end);
      names += (names.empty() ? "" : "；") + (t.source == IndicatorSource::Table ? display_name(t) + "：" + txt : txt);
      spans.push_back({t.start, t.end, spans.empty()});
    }
    std::string n = std::to_string(vague.size());
    Finding fd = make_finding("R42",
        {n + "项绩效目标既没有数值，也没有可检验的完成标准，无法考核：" + names,
         n + " target(s) have neither a number nor a checkable state, so they cannot be assessed: " + names},
        spans);
    fd.hint = {"绩效指标应细化量化，如“受益对象收入增长不低于5%”“群众满意度≥90%”",
               "Targets should be quantified, e.g. \"beneficiaries' income up at least 5%\", \"satisfaction ≥ 90%\""};
    out.findings.push_back(std::move(fd));
  }
}

// R45: many actuals exactly equal to their targets.
void check_copied(const Facts& f, const Tally& tally, DocumentResult& out) {
  const auto& qs = f.quantities;
  const TargetFacts& tf = f.targets;
  const auto &copied = tally.copied, &copied_rates = tally.copied_rates;
  std::size_t quantified = tally.quantified;
  std::size_t equal = copied.size() + copied_rates.size();
  if (copied.size() >= 3 || (equal >= 4 && equal * 2 >= quantified && copied.size() >= 1)) {
    std::vector<Span> spans;
    std::string names;
    for (const auto* p : copied) {
      const Indicator& t = tf.targets[p->target];
      const Indicator& a = tf.actuals[p->actual];
      names += (names.empty() ? "" : "、") + display_name(t) + value_text(f.text, a, qs);
      spans.push_back(span_of(qs[a.quantity], spans.empty()));
    }
    for (const auto* p : copied_rates) spans.push_back(span_of(qs[tf.actuals[p->actual].quantity], false));
    std::string rates_zh =
        copied_rates.empty() ? "" : "；另有" + std::to_string(copied_rates.size()) + "项比率指标的实际值等于目标值";
    std::string rates_en = copied_rates.empty() ? "" : "; " + std::to_string(copied_rates.size()) + " more rate(s) equal their targets";
    out.findings.push_back(make_finding("R45",
        {std::to_string(quantified) + "项量化指标中有" + std::to_string(equal) + "项实际完成值与目标值完全相同（" + names + rates_zh +
             "），请核实实际值是否照抄了目标值",
         std::to_string(equal) + " of " + std::to_string(quantified) + " quantified actuals equal their targets exactly (" + names +
             rates_en + "): check the actuals were not copied from the targets"},
        spans));
  }
}

}  // namespace

void check_targets(const Facts& f, DocumentResult& out) {
  const TargetFacts& tf = f.targets;
  check_restated_actuals(f, tf, out);  // R15: a 自评表 actual restated in the prose
  check_restated_budget_block(f, tf, out);  // R15: its 预算执行 block restated in the prose
  if (tf.pairs.empty()) return;

  Tally tally;
  // One row per pair and at most one completion rate, held to the end: sized once, not doubled.
  out.targets.reserve(out.targets.size() + tf.pairs.size());
  out.metrics.reserve(out.metrics.size() + tf.pairs.size());
  for (const auto& p : tf.pairs) check_pair(f, p, tally, out);
  trim(out.metrics);
  report_missing_actuals(tf, tally, out);
  check_empty_groups(tf, out);
  report_vague(f, tally, out);
  check_copied(f, tally, out);
}

}  // namespace gouji
