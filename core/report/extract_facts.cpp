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

nlohmann::json extract_facts_json(const Facts& f, const SpanJson& span) {
  const auto& qs = f.quantities;
  auto num = [&](std::size_t q) {
    return q >= qs.size() ? nlohmann::json(nullptr) : nlohmann::json{{"text", qs[q].text}, {"span", span(qs[q].start, qs[q].end)}};
  };
  auto cell = [&](const CellNumber& c) {
    return !c.present ? nlohmann::json(nullptr) : nlohmann::json{{"value", c.value.to_string()}, {"span", span(c.start, c.end)}};
  };

  // Statements: every clause with its subject and the role of each number in it.
  auto frames = nlohmann::json::array();
  const Statements& st = f.statements;
  for (const auto& fr : st.frames) {
    auto numbers = nlohmann::json::array();
    for (std::size_t i = fr.first; i < fr.first + fr.count && i < st.numbers.size(); ++i) {
      const FrameNumber& n = st.numbers[i];
      nlohmann::json j = num(n.q);
      j["role"] = role_name(n.role);
      if (n.dir) j["direction"] = n.dir;
      if (!n.of.empty()) j["of"] = to_utf8(n.of);
      if (n.base_q != static_cast<std::size_t>(-1)) j["base"] = num(n.base_q);
      numbers.push_back(std::move(j));
    }
    nlohmann::json j{{"span", span(fr.begin, fr.end)},
                     {"subject", to_utf8(fr.subject.label)},
                     {"own_subject", fr.own_subject},
                     {"numbers", numbers}};
    if (fr.year) j["year"] = fr.year;
    if (fr.subject.prior) j["prior"] = true;
    if (fr.compare) j["compare"] = true;
    if (fr.respectively) j["respectively"] = true;
    if (fr.list_part) j["list_part"] = true;
    frames.push_back(std::move(j));
  }

  // Breakdowns: a total and the parts a 其中/包括/合计 list names.
  auto breakdowns = nlohmann::json::array();
  for (const auto& b : f.breakdowns) {
    auto parts = nlohmann::json::array();
    for (std::size_t p : b.parts) parts.push_back(num(p));
    nlohmann::json j{{"total", num(b.total)}, {"parts", parts}, {"trigger", span(b.trigger_start, b.trigger_end)}};
    if (!b.excluded.empty()) {
      auto ex = nlohmann::json::array();
      for (std::size_t p : b.excluded) ex.push_back(num(p));
      j["excluded"] = ex;
    }
    breakdowns.push_back(std::move(j));
  }

  // Targets: indicators on both sides, their pairs, the 自评表 rows and totals.
  const TargetFacts& tf = f.targets;
  auto indicator = [&](const Indicator& i) {
    nlohmann::json j{{"name", i.name},
                     {"value", i.quantity == kNone ? nlohmann::json(nullptr) : num(i.quantity)},
                     {"group", group_name_zh(i.group)},
                     {"source", source_name(i.source)},
                     {"span", span(i.start, i.end)}};
    if (!i.subgroup.empty()) j["subgroup"] = i.subgroup;
    return j;
  };
  auto pairs = nlohmann::json::array();
  for (const auto& p : tf.pairs)
    pairs.push_back({{"target", indicator(tf.targets[p.target])},
                     {"actual", p.actual == kNone ? nlohmann::json(nullptr) : indicator(tf.actuals[p.actual])},
                     {"direction", direction_name(p.direction)},
                     {"match", match_name(p.match)}});
  auto rows = nlohmann::json::array();
  for (const auto& r : tf.rows)
    rows.push_back({{"weight", cell(r.weight)}, {"points", cell(r.points)}, {"reason", r.reason}, {"span", span(r.start, r.end)}});
  auto totals = nlohmann::json::array();
  for (const auto& t : tf.totals) totals.push_back({{"weight", cell(t.weight)}, {"points", cell(t.points)}, {"span", span(t.start, t.end)}});
  auto budget_rows = nlohmann::json::array();
  for (const auto& b : tf.budget_rows)
    budget_rows.push_back({{"label", b.label}, {"budget", cell(b.budget)}, {"spent", cell(b.spent)}, {"rate", cell(b.rate)},
                           {"weight", cell(b.weight)}, {"points", cell(b.points)}, {"span", span(b.start, b.end)}});
  nlohmann::json targets{{"pairs", pairs},
                         {"score_rows", rows},
                         {"score_totals", totals},
                         {"execution_rows", budget_rows},
                         {"has_target_part", tf.has_target_part},
                         {"has_actual_part", tf.has_actual_part}};

  // Budget roles: what each recognised amount is in the accounts (read by the identity checks).
  auto budget = nlohmann::json::array();
  for (const auto& b : f.budget) {
    nlohmann::json j = num(b.q);
    j["role"] = role_name(b.role);
    j["fund"] = fund_name(b.fund);
    j["stage"] = stage_name(b.stage);
    j["label"] = b.label;
    if (b.year) j["year"] = b.year;
    if (!b.entity.empty()) j["entity"] = b.entity;
    if (!b.name.empty()) j["class"] = b.name;
    if (b.grand) j["grand"] = true;
    if (b.sign < 0) j["sign"] = -1;
    budget.push_back(std::move(j));
  }
  return {{"frames", frames}, {"breakdowns", breakdowns}, {"targets", targets}, {"budget_facts", budget}};
}

}  // namespace gouji
