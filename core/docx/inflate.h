#pragma once
// RFC 1951 raw DEFLATE (stored, fixed-Huffman and dynamic-Huffman blocks), written for gouji: the
// wasm build cannot use zlib (Emscripten's port downloads it at build time) and no third-party
// source is copied into the tree. Linear time; every input read is bounds-checked; the output
// never grows past `limit` bytes (the zip-bomb guard); no exceptions, no I/O.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gouji::docx {

enum class InflateStatus {
  Ok,         // a final block was decoded (trailing bytes after it are ignored)
  Truncated,  // the input ended inside a block
  Corrupt,    // invalid block type, code lengths, stored length, symbol or distance too far back
  TooLarge,   // the output would pass `limit`
};

// Replaces `out` with the inflated bytes of the raw DEFLATE stream `in` (no zlib/gzip header).
// On failure `out` holds what was inflated before the error (never more than `limit` bytes).
InflateStatus inflate_raw(std::string_view in, std::size_t limit, std::string& out);

// CRC-32 (ISO-HDLC / zip / PNG: reflected polynomial 0xEDB88320), crc32("123456789") = 0xCBF43926.
// `crc` continues a previous value, so data can be fed in pieces.
std::uint32_t crc32(std::string_view data, std::uint32_t crc = 0);

}  // namespace gouji::docx
