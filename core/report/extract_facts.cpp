// The facts the checks read beyond numbers, headings and tables (extract_json.cpp): statement
// frames, breakdowns, targets with their pairs and 自评表 rows, budget roles. Numbers are named by
// their text and span (not by index: the quantities list of extract leaves ordinal cells out).
#include "report/extract_facts.h"

#include "facts/budget_facts.h"

namespace gouji {
namespace {

std::string_view direction_name(Direction d) {
  switch (d) {
    case Direction::Positive: return ">=";
    case Direction::Negative: return "<=";
    case Direction::Equal: return "=";
    case Direction::Qualitative: return "qualitative";
  }
  return "";
}

std::string_view source_name(IndicatorSource s) {
  switch (s) {
    case IndicatorSource::List: return "list";
    case IndicatorSource::Table: return "table";
    case IndicatorSource::Narrative: return "narrative";
  }
  return "";
}

std::string_view match_name(MatchKind m) {
  switch (m) {
    case MatchKind::Exact: return "exact";
    case MatchKind::Variant: return "variant";
    case MatchKind::Similar: return "similar";
    case MatchKind::Table: return "table";
    case MatchKind::Narrative: return "narrative";
  }
  return "";
}

}  // namespace

namespace {

// A number by its text and span: {"span","text"}, or null when the index is out of range.
void write_num(JsonWriter& w, const Facts& f, std::size_t q, const SpanWriter& span) {
  if (q >= f.quantities.size()) {
    w.null();
    return;
  }
  w.begin_object().key("span");
  span(w, f.quantities[q].start, f.quantities[q].end);
  w.kstr("text", f.quantities[q].text).end_object();
}

// The two keys of a number inside an object that has more ("span" and "text", in their places):
// a number out of range has neither (the tree's null became an object of the other keys).
void num_span(JsonWriter& w, const Facts& f, std::size_t q, const SpanWriter& span) {
  if (q >= f.quantities.size()) return;
  w.key("span");
  span(w, f.quantities[q].start, f.quantities[q].end);
}
void num_text(JsonWriter& w, const Facts& f, std::size_t q) {
  if (q < f.quantities.size()) w.kstr("text", f.quantities[q].text);
}

void write_cell(JsonWriter& w, const CellNumber& c, const SpanWriter& span) {
  if (!c.present) {
    w.null();
    return;
  }
  w.begin_object().key("span");
  span(w, c.start, c.end);
  w.kstr("value", c.value.to_string()).end_object();
}

void write_indicator(JsonWriter& w, const Facts& f, const Indicator& i, const SpanWriter& span) {
  w.begin_object()
      .kstr("group", group_name_zh(i.group))
      .kstr("name", i.name)
      .kstr("source", source_name(i.source))
      .key("span");
  span(w, i.start, i.end);
  if (!i.subgroup.empty()) w.kstr("subgroup", i.subgroup);
  w.key("value");
  if (i.quantity == kNone) w.null();
  else write_num(w, f, i.quantity, span);
  w.end_object();
}

}  // namespace

// Statements: every clause with its subject and the role of each number in it.
void write_frames(JsonWriter& w, const Facts& f, const SpanWriter& span) {
  const Statements& st = f.statements;
  w.begin_array();
  for (const auto& fr : st.frames) {
    w.begin_object();
    if (fr.compare) w.kbool("compare", true);
    if (fr.list_part) w.kbool("list_part", true);
    w.key("numbers").begin_array();
    for (std::size_t i = fr.first; i < fr.first + fr.count && i < st.numbers.size(); ++i) {
      const FrameNumber& n = st.numbers[i];
      w.begin_object();
      if (n.base_q != static_cast<std::size_t>(-1)) {
        w.key("base");
        write_num(w, f, n.base_q, span);
      }
      if (n.dir) w.knum("direction", n.dir);
      if (!n.of.empty()) w.kstr("of", to_utf8(n.of.str()));
      w.kstr("role", role_name(n.role));
      num_span(w, f, n.q, span);
      num_text(w, f, n.q);
      if (n.than) w.knum("than", n.than);
      if (n.year) w.knum("year", n.year);
      w.end_object();
    }
    w.end_array().kbool("own_subject", fr.own_subject);
    if (fr.subject.prior) w.kbool("prior", true);
    if (fr.respectively) w.kbool("respectively", true);
    w.key("span");
    span(w, fr.begin, fr.end);
    w.kstr("subject", to_utf8(fr.subject.label));
    if (fr.year) w.knum("year", fr.year);
    w.end_object();
  }
  w.end_array();
}

// Breakdowns: a total and the parts a 其中/包括/合计 list names.
void write_breakdowns(JsonWriter& w, const Facts& f, const SpanWriter& span) {
  w.begin_array();
  for (const auto& b : f.breakdowns) {
    w.begin_object();
    if (!b.excluded.empty()) {
      w.key("excluded").begin_array();
      for (std::size_t p : b.excluded) write_num(w, f, p, span);
      w.end_array();
    }
    w.key("parts").begin_array();
    for (std::size_t p : b.parts) write_num(w, f, p, span);
    w.end_array().key("total");
    write_num(w, f, b.total, span);
    w.key("trigger");
    span(w, b.trigger_start, b.trigger_end);
    w.end_object();
  }
  w.end_array();
}

// Targets: indicators on both sides, their pairs, the 自评表 rows and totals.
void write_targets(JsonWriter& w, const Facts& f, const SpanWriter& span) {
  const TargetFacts& tf = f.targets;
  w.begin_object().key("execution_rows").begin_array();
  for (const auto& b : tf.budget_rows) {
    w.begin_object().key("budget");
    write_cell(w, b.budget, span);
    w.kstr("label", b.label).key("points");
    write_cell(w, b.points, span);
    w.key("rate");
    write_cell(w, b.rate, span);
    w.key("span");
    span(w, b.start, b.end);
    w.key("spent");
    write_cell(w, b.spent, span);
    w.key("weight");
    write_cell(w, b.weight, span);
    w.end_object();
  }
  w.end_array().kbool("has_actual_part", tf.has_actual_part).kbool("has_target_part", tf.has_target_part);
  w.key("pairs").begin_array();
  for (const auto& p : tf.pairs) {
    w.begin_object().key("actual");
    if (p.actual == kNone) w.null();
    else write_indicator(w, f, tf.actuals[p.actual], span);
    w.kstr("direction", direction_name(p.direction)).kstr("match", match_name(p.match)).key("target");
    write_indicator(w, f, tf.targets[p.target], span);
    w.end_object();
  }
  w.end_array().key("score_rows").begin_array();
  for (const auto& r : tf.rows) {
    w.begin_object().key("points");
    write_cell(w, r.points, span);
    w.kstr("reason", r.reason).key("span");
    span(w, r.start, r.end);
    w.key("weight");
    write_cell(w, r.weight, span);
    w.end_object();
  }
  w.end_array().key("score_totals").begin_array();
  for (const auto& t : tf.totals) {
    w.begin_object().key("points");
    write_cell(w, t.points, span);
    w.key("span");
    span(w, t.start, t.end);
    w.key("weight");
    write_cell(w, t.weight, span);
    w.end_object();
  }
  w.end_array().end_object();
}

// Budget roles: what each recognised amount is in the accounts (read by the identity checks).
void write_budget_facts(JsonWriter& w, const Facts& f, const SpanWriter& span) {
  w.begin_array();
  for (const auto& b : f.budget) {
    w.begin_object();
    if (!b.name.empty()) w.kstr("class", b.name);
    if (!b.entity.empty()) w.kstr("entity", b.entity);
    w.kstr("fund", fund_name(b.fund));
    if (b.grand) w.kbool("grand", true);
    w.kstr("label", b.label).kstr("role", role_name(b.role));
    if (b.sign < 0) w.knum("sign", -1);
    num_span(w, f, b.q, span);
    w.kstr("stage", stage_name(b.stage));
    num_text(w, f, b.q);
    if (b.year) w.knum("year", b.year);
    w.end_object();
  }
  w.end_array();
}

}  // namespace gouji
