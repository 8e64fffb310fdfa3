#pragma once
// GB18030 (superset of GBK and GB2312) -> Unicode, one character at a time. Tables are generated
// by scripts/gen_gb18030.py into core/text/gb18030_table.inc.
#include <cstddef>

namespace gouji {

// Decodes the character starting at p[0] (n >= 1 bytes available; nothing past p[n-1] is read).
// On success returns true, sets `cp` and `consumed` (1, 2 or 4). On an invalid or truncated
// sequence returns false, sets `cp` to U+FFFD and `consumed` to the number of bytes the single
// U+FFFD replaces (>= 1); bytes that may start a valid character (e.g. an ASCII byte after a bad
// lead byte) are not consumed, following the WHATWG Encoding Standard's gb18030 decoder.
// Extension over the GB18030 standard: the lone byte 0x80 decodes to U+20AC (EURO SIGN), as in
// Windows code page 936 and WHATWG.
bool gb18030_decode_one(const unsigned char* p, std::size_t n, char32_t& cp, std::size_t& consumed);

}  // namespace gouji
