#pragma once
// A small pull scanner for the few WordprocessingML tags gouji reads: start/end tags with
// attributes, text with the five predefined entities and character references decoded.
// DOCTYPE/ENTITY declarations are rejected outright: no entity expansion, so no "billion laughs".
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gouji::docx {

struct XmlEvent {
  enum Kind { Start, End, Text, Done, Error } kind = Done;
  std::string_view name;  // "w:p"
  bool self_closing = false;
  std::string text;       // decoded (Text events)
  std::vector<std::pair<std::string_view, std::string>> attrs;
  std::string_view attr(std::string_view key) const;
};

class XmlScanner {
 public:
  explicit XmlScanner(std::string_view xml, std::size_t max_depth = 256) : xml_(xml), max_depth_(max_depth) {}
  XmlEvent next();
  const std::string& error() const { return error_; }

 private:
  std::string_view xml_;
  std::size_t pos_ = 0, depth_ = 0, max_depth_;
  bool pending_end_ = false;
  std::string_view pending_name_;
  std::string error_;
};

// Decodes &amp; &lt; &gt; &quot; &apos; &#N; &#xH; (anything else is kept as written).
std::string decode_entities(std::string_view s);

}  // namespace gouji::docx
