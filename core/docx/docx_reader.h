#pragma once
// .docx → UTF-8 text laid out exactly like text pasted from Word, so a .docx and its pasted text
// are read the same way by the rest of the pipeline:
//  - one line per paragraph (w:p), paragraphs separated by a blank line ("\n\n"); runs joined;
//    w:tab → '\t', w:br / w:cr → '\n'; paragraphs with no visible text are left out;
//  - automatic numbering (word/numbering.xml, also through styles.xml) rendered in front of its
//    paragraph as Word shows it: "一、部门基本情况", "（一）部门职责", "1.数量指标";
//  - a table: each cell on its own line behind one '\t' (a cell's paragraphs joined by "\n\n",
//    the continuation lines without a tab), rows separated by a blank line, one more blank line
//    after the table; a horizontally merged cell (w:gridSpan) is one cell, a vertically merged
//    continuation cell (w:vMerge) an empty "\t" cell; a nested table's cells are appended, in
//    order, as further paragraphs of the cell that holds it;
//  - a w:tr or w:tc outside a table row is not a new row or cell: its text joins the enclosing
//    cell or paragraph (and a warning says so);
//  - tracked deletions (w:del, w:moveFrom), field codes (w:instrText) and hidden runs (w:vanish)
//    are skipped (each counted in a warning); a field whose code never reaches its separate or
//    end keeps the text after it (its paragraph's end closes it); insertions, field results, content controls, hyperlinks, smart tags, simple
//    fields and text boxes are read; footnote/endnote reference marks are left out;
//  - the text ends with one '\n' (empty text for a document without any).
// What is left out is said in `warnings` (analyze turns them into an E05 finding).
// Limits (zip bombs, hostile XML): at most 10,000 ZIP entries; 64 MiB inflated in all and 64 MiB
// of output text; an entry over 1 MiB may not inflate more than 200 times its compressed size;
// XML nesting at most 256 deep; DOCTYPE/ENTITY declarations refused (no entity is expanded).
// No exceptions, no I/O; safe on any input (fuzzed).
#include <string>
#include <string_view>
#include <vector>

namespace gouji {

struct DocxResult {
  std::string text;                   // UTF-8 (always valid), laid out as above
  std::vector<std::string> warnings;  // "中文 / English", one line each: things left out of the text
};

enum class DocxErrorKind {
  None,
  NotZip,          // not a ZIP archive (an old .doc or a password-protected .docx is named as such)
  NoDocument,      // a ZIP without word/document.xml
  Encrypted,       // an encrypted ZIP entry, or a password-protected .docx (an OLE file)
  Unsupported,     // a compression method other than stored/deflate, a multi-disk archive
  Corrupt,         // bad ZIP records, bad deflate data, size or CRC-32 mismatch, truncated file
  TooLarge,        // over the inflated-size / compression-ratio / output limits
  TooManyEntries,  // more than 10,000 ZIP entries
  BadXml,          // DOCTYPE/ENTITY declaration, nesting over 256, malformed word/document.xml
  OldWord,         // an OLE compound file that is not an encrypted .docx: an old .doc (or .xls, …)
};

// Why a .docx was refused: one line for the user in each language (zh is shown by default).
struct DocxError {
  std::string zh, en;
  DocxErrorKind kind = DocxErrorKind::None;
};

bool looks_like_docx(std::string_view bytes);  // "PK\3\4", and a ZIP with word/document.xml
// An OLE compound file (D0 CF 11 E0 …): a password-protected .docx or an old .doc; read_docx
// refuses it with a message that says which.
bool is_ole(std::string_view bytes);
// True and the text in `out`; or false and the reason in `err`.
bool read_docx(std::string_view bytes, DocxResult& out, DocxError& err);

}  // namespace gouji
