#pragma once
// Internal to the table checks (checks/table_*.cpp): a table's cells and columns evaluated with
// overrides, row names, and the record and finding of a table sum; the relations R13 checks
// besides the execution rows. Not an interface of the checks stage.
#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "checks/check.h"
#include "facts/table_model.h"
#include "structure/tables.h"

namespace gouji {
namespace table_detail {

using Overrides = std::map<std::pair<std::size_t, std::size_t>, Decimal>;  // (row, col) → value

inline const NumericCell& cell(const TableGrid& g, std::size_t r, std::size_t c) { return g.cells[r][c]; }
// A cell's value as an interval (its rounding), or the override's; *point the point value.
Interval value_interval(const TableGrid& g, std::size_t r, std::size_t c, const Overrides& ov, Decimal* point);
std::vector<std::size_t> numeric_columns(const TableGrid& g);
struct ColumnEval {
  bool ok = true;
  Interval sum;
  Decimal point;
};
ColumnEval evaluate_column(const TableGrid& g, std::size_t c, const Overrides& ov);
std::string row_name(const Table& t, std::size_t r);
// Every relation a table check verifies is recorded, consistent or not (issue 14).
void record(DocumentResult& out, const char* rule, std::string formula, bool ok, std::vector<Span> inputs);
inline Span input(const NumericCell& n) { return {n.start, n.end, false}; }

// A table total checked against the sum of its items (`what`: 各分项 / 各列, "the items" / "its columns"):
// the record of what was verified, then the finding when it does not hold.
void report_table_sum(DocumentResult& out, const std::string& name, const std::string& column, bool ok, const char* rel,
                      const char* what_zh, const char* what_en, const std::string& terms, const std::string& sum_s,
                      const std::string& unit, const NumericCell& total, const std::vector<Span>& related);

// --- R13 relations besides the execution rows (table_relations.cpp)
void check_row_tree(const TableGrid& g, const std::string& unit, DocumentResult& out);
void check_total_columns(const TableGrid& g, const std::string& unit, DocumentResult& out);
void check_change_rows(const TableGrid& g, DocumentResult& out);
void check_change_columns(const TableGrid& g, DocumentResult& out);

}  // namespace table_detail
}  // namespace gouji
