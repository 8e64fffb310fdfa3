#pragma once
// Input bytes -> text. Detects UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM) and
// GB18030/GBK (the usual .txt encoding on Chinese Windows), so nobody has to choose an encoding.
// Line endings are normalised to LF (browsers do the same to a textarea's value, so offsets agree).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gouji {

struct Decoded {
  std::u32string text;
  std::string encoding;                 // "utf-8" | "gb18030" | "utf-16le" | "utf-16be"
  std::vector<std::size_t> replaced_at;  // indices in `text` where invalid bytes became U+FFFD
  bool binary = false;                  // looks like a binary file (NUL bytes / control chars)
};

Decoded decode(std::string_view bytes);

}  // namespace gouji
