#include "text/gb18030.h"

#include <array>
#include <cstdint>

namespace gouji {
namespace {

#include "text/gb18030_table.inc"

constexpr std::uint32_t kBmpPointers = 39420;     // four-byte pointers 0..39419: rest of the BMP
constexpr std::uint32_t kSupplementary = 189000;  // 0x90308130 = U+10000
constexpr std::uint32_t kLastPointer = kSupplementary + 0x10FFFF - 0x10000;  // 0xE3329A35

// The two-byte table, expanded once from its delta coding (a page-size saving, see the generator).
const std::array<std::uint16_t, kGb2ByteCount>& two_byte_table() {
  static const std::array<std::uint16_t, kGb2ByteCount> table = [] {
    std::array<std::uint16_t, kGb2ByteCount> t{};
    std::size_t at = 0;
    std::int32_t prev = 0;
    for (std::size_t i = 0; i < kGb2ByteCount; ++i) {
      std::uint32_t z = 0;
      for (unsigned shift = 0;; shift += 7) {
        const std::uint8_t b = kGb2ByteDeltas[at++];
        z |= static_cast<std::uint32_t>(b & 0x7F) << shift;
        if (!(b & 0x80)) break;
      }
      const std::int32_t delta = (z & 1) ? -static_cast<std::int32_t>((z + 1) >> 1) : static_cast<std::int32_t>(z >> 1);
      prev += delta;
      t[i] = static_cast<std::uint16_t>(prev);
    }
    return t;
  }();
  return table;
}

inline bool in(unsigned char b, unsigned char lo, unsigned char hi) { return b >= lo && b <= hi; }

char32_t four_byte_bmp(std::uint32_t pointer) {
  // Last range whose start is <= pointer (kGb4Ptr[0] == 0, so one always exists).
  std::size_t lo = 0, hi = kGb4Ranges;  // invariant: kGb4Ptr[lo] <= pointer < kGb4Ptr[hi]
  while (hi - lo > 1) {
    std::size_t mid = lo + (hi - lo) / 2;
    if (kGb4Ptr[mid] <= pointer) lo = mid;
    else hi = mid;
  }
  return static_cast<char32_t>(kGb4Cp[lo] + (pointer - kGb4Ptr[lo]));
}

}  // namespace

bool gb18030_decode_one(const unsigned char* p, std::size_t n, char32_t& cp, std::size_t& consumed) {
  cp = 0xFFFD;
  consumed = 1;
  if (n == 0) return false;
  const unsigned char b1 = p[0];
  if (b1 < 0x80) { cp = b1; return true; }
  if (b1 == 0x80) { cp = 0x20AC; return true; }
  if (b1 == 0xFF) return false;
  // b1 is a lead byte 0x81..0xFE.
  if (n < 2) return false;  // truncated at the end
  const unsigned char b2 = p[1];
  if (in(b2, 0x30, 0x39)) {
    // Four-byte form: b1 [30-39] [81-FE] [30-39].
    if (n < 3) { consumed = n; return false; }
    const unsigned char b3 = p[2];
    if (!in(b3, 0x81, 0xFE)) return false;  // b2, b3 are re-read as characters of their own
    if (n < 4) { consumed = n; return false; }
    const unsigned char b4 = p[3];
    if (!in(b4, 0x30, 0x39)) return false;
    consumed = 4;
    std::uint32_t pointer = ((static_cast<std::uint32_t>(b1 - 0x81) * 10 + (b2 - 0x30)) * 126 +
                             (b3 - 0x81)) * 10 + (b4 - 0x30);
    if (pointer < kBmpPointers) { cp = four_byte_bmp(pointer); return true; }
    if (pointer >= kSupplementary && pointer <= kLastPointer) {
      cp = static_cast<char32_t>(0x10000 + (pointer - kSupplementary));
      return true;
    }
    return false;  // well-formed but unassigned
  }
  if (in(b2, 0x40, 0x7E) || in(b2, 0x80, 0xFE)) {
    std::size_t index = static_cast<std::size_t>(b1 - 0x81) * 190 + (b2 - 0x40) - (b2 > 0x7F ? 1 : 0);
    cp = two_byte_table()[index];
    consumed = 2;
    return true;
  }
  // Bad trail byte: an ASCII byte is decoded on its own next; 0xFF goes with the bad lead.
  consumed = b2 < 0x80 ? 1 : 2;
  return false;
}

}  // namespace gouji
