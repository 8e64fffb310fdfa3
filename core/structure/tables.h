#pragma once
#include "structure/document.h"
#include "text/text.h"

namespace gouji {

// Tables from text: Word tables pasted as one tab-prefixed cell per line (header cells broken over
// several lines, empty cells, two-row headers, a 合计 row with merged cells), tab-separated rows
// and |-separated rows. Fills Document::tables and Document::table_lines.
void read_tables(const Text& text, Document& doc);

// A cell's number: "600.69 ", "1,234.5", "-192.95"; blank → 0 when `blank_is_zero`.
bool cell_number(const std::string& cell_text, std::string& ascii_number);

}  // namespace gouji
