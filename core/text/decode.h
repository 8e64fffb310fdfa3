#pragma once
// Input bytes -> text. Detects UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM) and
// GB18030/GBK (the usual .txt encoding on Chinese Windows), so nobody has to choose an encoding.
// Line endings are normalised to LF (browsers do the same to a textarea's value, so offsets agree).
// Detection: a BOM decides (UTF-8, UTF-16 LE/BE, GB18030's 84 31 95 33); otherwise UTF-16 when
// obvious (ASCII text with NUL high bytes), else UTF-8 when valid or nearly so, else whichever of
// UTF-8 and GB18030 decodes with fewer errors. Never fails: invalid bytes become U+FFFD (one per
// maximal invalid subsequence, as the WHATWG Encoding Standard does). Linear time, no I/O.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gouji {

struct Decoded {
  std::u32string text;
  std::string encoding;                 // "utf-8" | "gb18030" | "utf-16le" | "utf-16be"
  std::vector<std::size_t> replaced_at;  // indices in `text` where invalid bytes became U+FFFD
                                        // (and of U+FFFD already present in the input), ascending
  bool binary = false;                  // looks like a binary file (NUL bytes / control chars)
};

Decoded decode(std::string_view bytes);

}  // namespace gouji
