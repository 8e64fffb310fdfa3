#pragma once
// .docx → text laid out exactly like text pasted from Word (paragraphs separated by a blank line;
// table cells one per line with a leading TAB, rows separated by a blank line; automatic
// numbering rendered in front of its paragraph), so a .docx and its pasted text are read the same.
#include <string>
#include <string_view>
#include <vector>

namespace gouji {

struct DocxResult {
  std::string text;                   // UTF-8
  std::vector<std::string> warnings;  // e.g. tracked deletions skipped
};

struct DocxError {
  std::string zh, en;  // one line each, for the user
};

bool looks_like_docx(std::string_view bytes);  // a ZIP with word/document.xml
bool read_docx(std::string_view bytes, DocxResult& out, DocxError& err);

}  // namespace gouji
