#pragma once
// A small pull scanner for the WordprocessingML parts gouji reads (document, numbering, styles):
// start/end tags with attributes, text, CDATA; comments and processing instructions skipped.
// It checks what matters for safety and layout, not full XML well-formedness:
//  - DOCTYPE / ENTITY declarations (any "<!" other than a comment or CDATA) are an error: no
//    entity is ever expanded, so no "billion laughs" or external entity;
//  - end tags must match their start tags; nesting deeper than `max_depth` is an error;
//  - an unterminated tag, comment, CDATA section or element at the end is an error.
// Only the five predefined entities and character references are decoded; an undeclared "&name;"
// is kept as written. Views point into the scanned buffer, which must outlive the scanner.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gouji::docx {

struct XmlAttr {
  std::string_view name, raw;  // raw: between the quotes, entities not decoded
};

struct XmlEvent {
  enum Kind { Start, End, Text, Done, Error } kind = Done;
  std::string_view name;      // Start/End: qualified name, e.g. "w:p"
  bool self_closing = false;  // Start of <x/>: an End event for it follows
  std::string_view raw;       // Text: as written (entities not decoded); CDATA content verbatim
  bool cdata = false;
  std::vector<XmlAttr> attrs;

  const XmlAttr* find(std::string_view key) const;
  std::string attr(std::string_view key) const;  // decoded value, "" if absent
  std::string text() const;                      // decoded text (Text events)
};

class XmlScanner {
 public:
  enum class Fault { None, Doctype, TooDeep, Malformed };

  explicit XmlScanner(std::string_view xml, std::size_t max_depth = 256) : xml_(xml), max_depth_(max_depth) {}
  // The next event; the reference stays valid until the following call.
  const XmlEvent& next();
  Fault fault() const { return fault_; }
  const std::string& error() const { return error_; }  // short English reason
  std::size_t depth() const { return open_.size(); }

 private:
  const XmlEvent& fail(Fault f, const char* why);

  std::string_view xml_;
  std::size_t pos_ = 0, max_depth_;
  XmlEvent ev_;
  bool pending_end_ = false;
  std::vector<std::string_view> open_;
  Fault fault_ = Fault::None;
  std::string error_;
};

// Decodes &amp; &lt; &gt; &quot; &apos; &#N; &#xH; (a reference to a code point XML does not
// allow becomes U+FFFD); anything else, "&name;" included, is kept as written. Appends to `out`.
void decode_entities(std::string_view s, std::string& out);
std::string decode_entities(std::string_view s);

}  // namespace gouji::docx
