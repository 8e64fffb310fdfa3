#pragma once
// Internal to the .docx reader (docx/): the body of word/document.xml read into text
// (document_body.cpp), apart from the ZIP and part handling around it (docx_reader.cpp).
#include <string>
#include <string_view>

#include "docx/docx_reader.h"
#include "docx/numbering.h"
#include "docx/xml_scan.h"

namespace gouji {
namespace docx {

// The error an XML part's fault is reported as.
DocxError xml_error(XmlScanner::Fault fault, const std::string& reason);

// False: the XML was refused (`err` says why) or the text passed the limit; else `out.text` is the
// body's text and `out.warnings` says what was left out of it.
bool read_document_body(std::string_view xml, Numbering& numbering, DocxResult& out, DocxError& err);

}  // namespace docx
}  // namespace gouji
