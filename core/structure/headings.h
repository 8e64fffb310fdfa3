#pragma once
#include "structure/document.h"
#include "text/text.h"

namespace gouji {

// Numbered headings and list items (一、 （一） 1. （1） ①, 第一部分) plus short unnumbered title
// lines, arranged in a tree by marker style. Lines inside tables are skipped.
std::vector<Heading> read_headings(const Text& text, const std::vector<std::pair<std::size_t, std::size_t>>& table_lines);

// True when the line opens with a numbering marker (第二部分, 一、, （一）, 1., ①): a section or a
// 目录 entry, never the document's title.
bool opens_with_marker(std::u32string_view line);

// 一是…二是…, 首先/其次/最后, 第一、第二… inside paragraphs.
std::vector<InlineOrdinal> read_inline_ordinals(const Text& text);

}  // namespace gouji
