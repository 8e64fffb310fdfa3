#pragma once
// Text copied from a PDF viewer arrives hard-wrapped: line breaks in the middle of sentences and
// numbers ("142592.\n12万元"), page numbers and running headers between pages. The readers work on
// a repaired copy; `origin` maps every index of the copy back to the user's text, so findings
// still highlight what the user pasted. A break is soft by the state of the clause it cuts (the
// line stops mid-clause: at the wrap width measured in display columns, after a comma, inside a
// bracket, between a number and its unit), never in a table row (tabs, pipes).
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace gouji {

struct Repaired {
  std::u32string text;
  std::vector<std::size_t> origin;  // origin[i] = index in the original of text[i]; size text+1
  bool changed = false;
  std::size_t joined_breaks = 0, dropped_lines = 0;
  // Where, in the original: each joined break (the line end through the next line's indent) and
  // each dropped line.
  std::vector<std::pair<std::size_t, std::size_t>> joins, drops;
};

// Leaves Word-pasted text (paragraphs on one line each) untouched.
Repaired repair_pdf_text(const std::u32string& original);

}  // namespace gouji

namespace gouji {

// Maps spans of the repaired text back to the original (identity when nothing was repaired).
struct OriginMap {
  std::vector<std::size_t> origin;  // empty = identity
  std::size_t start(std::size_t i) const { return origin.empty() || i >= origin.size() ? i : origin[i]; }
  std::size_t end(std::size_t b, std::size_t e) const {
    if (origin.empty()) return e;
    if (e <= b || e > origin.size()) return start(b);
    return origin[e - 1] + 1;
  }
};

}  // namespace gouji
