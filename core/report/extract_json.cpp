#include "report/extract_json.h"

#include <algorithm>
#include <iterator>

#include "lexicon/column_roles.h"
#include "report/extract_facts.h"

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

// "合  计" → 合计: a cell's words without the spaces Word pads them with.
std::string squeeze(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\t') out += c;
  return out;
}

bool numeric_cell(const std::string& s) {
  bool digit = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c != '.' && c != ',' && c != '-' && c != ' ') return false;
  }
  return digit;
}

// A bare number in a table cell: the table gives it its unit ("单位：万元") and its name (the
// row's item and the column's header, "养老服务·年初预算"). A 序号 cell is a row number, not a
// quantity (`ordinal`).
struct CellQuantity {
  bool in_table = false, ordinal = false;
  const UnitDef* unit = nullptr;
  std::string label;
};

// Every cell of every table, by start, so each quantity finds its cell in O(log cells).
struct CellRef {
  std::size_t start, end;
  const Table* table;
  const std::vector<Cell>* row;
  const Cell* cell;
};

std::vector<CellRef> index_cells(const Document& doc) {
  std::vector<CellRef> out;
  for (const auto& tb : doc.tables)
    for (const auto& row : tb.rows)
      for (const auto& c : row)
        if (c.end > c.start) out.push_back({c.start, c.end, &tb, &row, &c});
  std::sort(out.begin(), out.end(), [](const CellRef& a, const CellRef& b) { return a.start < b.start; });
  return out;
}

CellQuantity cell_quantity(const std::vector<CellRef>& cells, const Quantity& q) {
  CellQuantity out;
  auto it = std::upper_bound(cells.begin(), cells.end(), q.start, [](std::size_t p, const CellRef& c) { return p < c.start; });
  if (it == cells.begin()) return out;
  const CellRef& r = *(it - 1);
  if (q.start < r.start || q.end > r.end) return out;
  const Table& tb = *r.table;
  const Cell& c = *r.cell;
  out.in_table = true;
  std::string header = c.column < tb.header.size() ? squeeze(tb.header[c.column]) : "";
  if (std::find(std::begin(lex::columns::kOrdinalHeaders), std::end(lex::columns::kOrdinalHeaders), header) !=
      std::end(lex::columns::kOrdinalHeaders)) {
    out.ordinal = true;
    return out;
  }
  std::string item;
  for (const auto& other : *r.row)
    if (&other != &c && !numeric_cell(other.text) && !squeeze(other.text).empty()) {
      item = squeeze(other.text);
      break;
    }
  out.unit = tb.unit;
  out.label = item.empty() ? header : header.empty() ? item : item + "·" + header;
  return out;
}

}  // namespace

nlohmann::json extract_json(const Facts& f, const Text& original, const OriginMap& map) {
  auto span = [&](std::size_t b, std::size_t e) {
    return nlohmann::json{{"start", original.utf16(map.start(b))}, {"end", original.utf16(map.end(b, e))}};
  };
  auto qs = nlohmann::json::array();
  const std::vector<CellRef> cells = index_cells(f.doc);
  for (const auto& q0 : f.quantities) {
    Quantity q = q0;
    bool cell = false;
    if (!q.unit) {
      CellQuantity cq = cell_quantity(cells, q);
      if (cq.ordinal) continue;
      if (cq.in_table) {
        cell = true;
        q.unit = cq.unit;
        q.label = cq.label;
      }
    }
    nlohmann::json j{{"text", q.text},
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
                  {"label_span", span(q.label_start, q.label_end)}};
    if (q.upper) j["upper"] = q.upper->to_string();
    if (cell) j["table_cell"] = true;
    qs.push_back(std::move(j));
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
  // The document's genre and year, each with the words that decided it (no span: not stated).
  const DocumentKind& k = f.kind;
  auto evidence = [&](std::size_t b, std::size_t e) {
    return b == e ? nlohmann::json(nullptr) : nlohmann::json{{"text", f.text.utf8(b, e)}, {"span", span(b, e)}};
  };
  nlohmann::json genre{{"id", genre_id(k.genre)}, {"name", genre_zh(k.genre)}, {"evidence", evidence(k.genre_start, k.genre_end)},
                       {"starts_mid_document", k.starts_mid}, {"ends_cut_short", k.ends_cut}};
  nlohmann::json year{{"value", k.year ? nlohmann::json(k.year) : nlohmann::json(nullptr)},
                      {"evidence", evidence(k.year_start, k.year_end)}};
  nlohmann::json out{{"genre", genre}, {"year", year}, {"quantities", qs}, {"headings", hs}, {"ordinals", os}, {"tables", ts}};
  out.update(extract_facts_json(f, span));
  return out;
}

nlohmann::json normalised_json(const std::vector<NormRun>& runs, const Text& original) {
  auto out = nlohmann::json::array();
  for (const auto& r : runs)
    out.push_back({{"kind", norm_kind_name(r.kind)},
                   {"line", original.line_col(r.start).line},
                   {"span", {{"start", original.utf16(r.start)}, {"end", original.utf16(r.end)}}},
                   {"text", original.utf8(r.start, r.end)}});
  return out;
}

}  // namespace gouji
