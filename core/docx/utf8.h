#pragma once
// UTF-8 helpers for the .docx reader (header-only, no allocation beyond the output string).
#include <cstddef>
#include <string>
#include <string_view>

#include "text/text.h"

namespace gouji::docx {

// Appends `cp` as UTF-8 (the one encoder, text/text.h; surrogates and values past U+10FFFF
// become U+FFFD there).
inline void put_utf8(std::string& out, char32_t cp) { append_utf8(out, cp); }

// Length of the valid UTF-8 sequence at s[i] (1–4), or 0 if the bytes there are not one
// (overlong forms, surrogates and values past U+10FFFF are invalid).
inline std::size_t utf8_seq(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char c = b(0);
  if (c < 0x80) return 1;
  std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || c > 0xF4 || s.size() - i < n) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((b(k) & 0xC0) != 0x80) return 0;
  if (n == 3 && ((c == 0xE0 && b(1) < 0xA0) || (c == 0xED && b(1) >= 0xA0))) return 0;
  if (n == 4 && ((c == 0xF0 && b(1) < 0x90) || (c == 0xF4 && b(1) >= 0x90))) return 0;
  return n;
}

}  // namespace gouji::docx
