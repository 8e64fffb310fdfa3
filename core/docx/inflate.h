#pragma once
// RFC 1951 raw DEFLATE, written for gouji: the wasm build cannot use zlib (Emscripten's port
// downloads it at build time) and no third-party source is copied into the tree. Every read is
// bounds-checked; output stops at `limit` bytes (zip-bomb guard).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gouji::docx {

enum class InflateStatus { Ok, Truncated, Corrupt, TooLarge };

InflateStatus inflate_raw(std::string_view in, std::size_t limit, std::string& out);

std::uint32_t crc32(std::string_view data);

}  // namespace gouji::docx
