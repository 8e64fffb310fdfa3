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
  Index32 start, end;  // 32 bytes a cell with the pointers (issue 16, memory per input byte)
  const Table* table;
  const std::vector<Cell>* row;
  const Cell* cell;
};

std::vector<CellRef> index_cells(const Document& doc) {
  std::vector<CellRef> out;
  std::size_t n = 0;  // sized once: a text that is one big table has a cell every few bytes
  for (const auto& tb : doc.tables)
    for (const auto& row : tb.rows)
      for (const auto& c : row) n += c.end > c.start;
  out.reserve(n);
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

void write_quantities(JsonWriter& w, const Facts& f, const Text& original, const OriginMap& map, const SpanWriter& span) {
  const std::vector<CellRef> cells = index_cells(f.doc);
  w.begin_array();
  for (const auto& q : f.quantities) {
    const UnitDef* unit = q.unit;
    const std::string* label = &q.label;
    bool cell = false;
    CellQuantity cq;
    if (!unit) {
      cq = cell_quantity(cells, q);
      if (cq.ordinal) continue;
      if (cq.in_table) {
        cell = true;
        unit = cq.unit;
        label = &cq.label;
      }
    }
    // Kind and normalized value under the unit it has (the cell's when it has none of its own).
    UnitKind kind = unit ? unit->kind : UnitKind::None;
    Decimal normalized = unit ? q.value * Decimal::pow10(unit->pow10) : q.value;
    w.begin_object()
        .kstr("approx", approx_name(q.approx))
        .kstr("base_unit", unit ? std::string_view(unit->base) : std::string_view())
        .kstr("comparator", comparator_name(q.comparator))
        .knum("decimals", q.decimals)
        .kstr("kind", unit_kind_name(kind))
        .kstr("label", *label)
        .key("label_span");
    span(w, q.label_start, q.label_end);
    w.kunum("line", original.line_col(map.start(q.start)).line).kstr("normalized", normalized.to_string()).key("span");
    span(w, q.start, q.end);
    if (cell) w.kbool("table_cell", true);
    w.kstr("text", q.text).kstr("unit", unit ? to_utf8(unit->text) : "");
    if (q.is_range()) w.kstr("upper", q.upper()->to_string());
    w.kstr("value", q.value.to_string()).end_object();
  }
  w.end_array();
}

void write_headings(JsonWriter& w, const Facts& f, const Text& original, const OriginMap& map, const SpanWriter& span) {
  w.begin_array();
  for (const auto& h : f.doc.headings) {
    w.begin_object()
        .knum("level", h.depth + 1)
        .kunum("line", original.line_col(map.start(h.marker_start)).line)
        .kstr("marker", h.marker)
        .knum("number", h.number)
        .key("parent");
    if (h.parent == kNone) w.null();
    else w.unum(h.parent);
    w.key("span");
    span(w, h.marker_start, h.end);
    w.kstr("style", marker_style_name(h.style)).kstr("title", h.title).end_object();
  }
  w.end_array();
}

void write_ordinals(JsonWriter& w, const Facts& f, const Text& original, const OriginMap& map, const SpanWriter& span) {
  w.begin_array();
  for (const auto& o : f.doc.ordinals) {
    w.begin_object().kunum("line", original.line_col(map.start(o.start)).line).knum("number", o.number).key("span");
    span(w, o.start, o.end);
    w.kstr("text", o.text).end_object();
  }
  w.end_array();
}

void write_tables(JsonWriter& w, const Facts& f, const Text& original, const OriginMap& map, const SpanWriter& span) {
  w.begin_array();
  for (const auto& tb : f.doc.tables) {
    w.begin_object().kunum("columns", tb.columns).key("header").begin_array();
    for (const auto& h : tb.header) w.str(h);
    w.end_array().kunum("line", original.line_col(map.start(tb.start)).line).key("rows").begin_array();
    for (const auto& r : tb.rows) {
      w.begin_array();
      for (const auto& c : r) {
        w.begin_object().kunum("colspan", c.span).kunum("column", c.column).key("span");
        span(w, c.start, c.end);
        w.kstr("text", c.text).end_object();
      }
      w.end_array();
    }
    w.end_array();
    if (tb.cut) w.kbool("cut", true);  // the excerpt ends inside it
    w.kstr("source", tb.source).key("span");
    span(w, tb.start, tb.end);
    w.key("total_row");
    if (tb.total_row == kNone) w.null();
    else w.unum(tb.total_row);
    w.kstr("unit", tb.unit ? to_utf8(tb.unit->text) : "").end_object();
  }
  w.end_array();
}

void write_normalised(JsonWriter& w, const std::vector<NormRun>& runs, const Text& original) {
  w.begin_array();
  for (const auto& r : runs)
    w.begin_object()
        .kstr("kind", norm_kind_name(r.kind))
        .kunum("line", original.line_col(r.start).line)
        .key("span")
        .begin_object()
        .kunum("end", original.utf16(r.end))
        .kunum("start", original.utf16(r.start))
        .end_object()
        .kstr("text", original.utf8(r.start, r.end))
        .end_object();
  w.end_array();
}

// The document's genre and year, each with the words that decided it (null: not stated).
void write_evidence(JsonWriter& w, const Facts& f, std::size_t b, std::size_t e, const SpanWriter& span) {
  if (b == e) {
    w.null();
    return;
  }
  w.begin_object().key("span");
  span(w, b, e);
  w.kstr("text", f.text.utf8(b, e)).end_object();
}

}  // namespace

void write_extract_document(JsonWriter& w, const std::string& path, const std::string& encoding, const Facts* f,
                            const Text& original, const OriginMap& map, const std::vector<NormRun>& runs) {
  w.begin_object();
  if (!f) {
    w.kstr("encoding", encoding).kstr("path", path).end_object();
    return;
  }
  const SpanWriter span{original, map};
  const DocumentKind& k = f->kind;
  w.key("breakdowns");
  write_breakdowns(w, *f, span);
  w.key("budget_facts");
  write_budget_facts(w, *f, span);
  w.kstr("encoding", encoding).key("frames");
  write_frames(w, *f, span);
  w.key("genre").begin_object().kbool("ends_cut_short", k.ends_cut).key("evidence");
  write_evidence(w, *f, k.genre_start, k.genre_end, span);
  w.kstr("id", genre_id(k.genre)).kstr("name", genre_zh(k.genre)).kbool("starts_mid_document", k.starts_mid).end_object();
  w.key("headings");
  write_headings(w, *f, original, map, span);
  w.key("normalised");
  write_normalised(w, runs, original);
  w.key("ordinals");
  write_ordinals(w, *f, original, map, span);
  w.kstr("path", path).key("quantities");
  write_quantities(w, *f, original, map, span);
  w.key("tables");
  write_tables(w, *f, original, map, span);
  w.key("targets");
  write_targets(w, *f, span);
  w.key("year").begin_object().key("evidence");
  write_evidence(w, *f, k.year_start, k.year_end, span);
  w.key("value");
  if (k.year) w.num(k.year);
  else w.null();
  w.end_object().end_object();
}

}  // namespace gouji
