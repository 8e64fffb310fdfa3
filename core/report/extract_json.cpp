#include "report/extract_json.h"

namespace gouji {
namespace {

std::string_view approx_name(Approx a) {
  switch (a) {
    case Approx::Exact: return "exact";
    case Approx::AtLeast: return "at_least";
    case Approx::AtMost: return "at_most";
    case Approx::About: return "about";
  }
  return "exact";
}

std::string_view comparator_name(Comparator c) {
  switch (c) {
    case Comparator::None: return "";
    case Comparator::Ge: return ">=";
    case Comparator::Gt: return ">";
    case Comparator::Le: return "<=";
    case Comparator::Lt: return "<";
    case Comparator::Eq: return "=";
  }
  return "";
}

}  // namespace

nlohmann::json extract_json(const Facts& f, const Text& original, const OriginMap& map) {
  auto span = [&](std::size_t b, std::size_t e) {
    return nlohmann::json{{"start", original.utf16(map.start(b))}, {"end", original.utf16(map.end(b, e))}};
  };
  auto qs = nlohmann::json::array();
  for (const auto& q : f.quantities) {
    qs.push_back({{"text", q.text},
                  {"value", q.value.to_string()},
                  {"decimals", q.decimals},
                  {"unit", q.unit ? to_utf8(q.unit->text) : ""},
                  {"kind", unit_kind_name(q.kind())},
                  {"normalized", q.normalized().to_string()},
                  {"base_unit", q.unit ? std::string(q.unit->base) : ""},
                  {"label", q.label},
                  {"approx", approx_name(q.approx)},
                  {"comparator", comparator_name(q.comparator)},
                  {"line", original.line_col(map.start(q.start)).line},
                  {"span", span(q.start, q.end)},
                  {"label_span", span(q.label_start, q.label_end)}});
  }
  auto hs = nlohmann::json::array();
  for (const auto& h : f.doc.headings) {
    hs.push_back({{"level", h.depth + 1},
                  {"style", marker_style_name(h.style)},
                  {"number", h.number},
                  {"marker", h.marker},
                  {"title", h.title},
                  {"line", original.line_col(map.start(h.marker_start)).line},
                  {"parent", h.parent == kNone ? nlohmann::json(nullptr) : nlohmann::json(h.parent)},
                  {"span", span(h.marker_start, h.end)}});
  }
  auto os = nlohmann::json::array();
  for (const auto& o : f.doc.ordinals)
    os.push_back({{"text", o.text}, {"number", o.number}, {"line", original.line_col(map.start(o.start)).line}, {"span", span(o.start, o.end)}});
  auto ts = nlohmann::json::array();
  for (const auto& tb : f.doc.tables) {
    auto rows = nlohmann::json::array();
    for (const auto& r : tb.rows) {
      auto cells = nlohmann::json::array();
      for (const auto& c : r)
        cells.push_back({{"text", c.text}, {"column", c.column}, {"colspan", c.span}, {"span", span(c.start, c.end)}});
      rows.push_back(cells);
    }
    ts.push_back({{"source", tb.source},
                  {"unit", tb.unit ? to_utf8(tb.unit->text) : ""},
                  {"columns", tb.columns},
                  {"header", tb.header},
                  {"rows", rows},
                  {"total_row", tb.total_row == kNone ? nlohmann::json(nullptr) : nlohmann::json(tb.total_row)},
                  {"line", original.line_col(map.start(tb.start)).line},
                  {"span", span(tb.start, tb.end)}});
  }
  return {{"quantities", qs}, {"headings", hs}, {"ordinals", os}, {"tables", ts}};
}

}  // namespace gouji
