#include "docx/inflate.h"

#include <array>
#include <cstring>
#include <vector>

// RFC 1951 from the specification. Huffman codes are decoded through a 10-bit root table with
// second-level tables for longer codes; bits are read LSB first from a 64-bit buffer.

namespace gouji::docx {
namespace {

constexpr unsigned kMaxBits = 15;
constexpr unsigned kRootBits = 10;
constexpr std::uint32_t kRootMask = (1u << kRootBits) - 1;
constexpr std::uint32_t kLink = 0x80000000u;  // entry points to a second-level table

// A decoding table. Entries: leaf = (code length << 16) | symbol; link = kLink | (sub bits << 24)
// | offset into `sub`; 0 = no code here (invalid input).
struct Huffman {
  std::array<std::uint32_t, 1u << kRootBits> root{};
  std::vector<std::uint32_t> sub;
};

// Builds `h` for symbols 0..n-1 with the given code lengths (0 = unused, at most 15). False for an
// over-subscribed code, or an incomplete one unless `allow_single` and it is the one-code case
// RFC 1951 §3.2.7 allows (a single code of one bit). All-zero lengths give an empty table: any
// use of it is then reported as corrupt.
bool build(Huffman& h, const std::uint8_t* length, unsigned n, bool allow_single) {
  unsigned count[kMaxBits + 1] = {};
  for (unsigned s = 0; s < n; ++s) {
    if (length[s] > kMaxBits) return false;
    ++count[length[s]];
  }
  h.root.fill(0);
  h.sub.clear();
  if (count[0] == n) return true;
  int left = 1;
  unsigned max_len = 0;
  for (unsigned len = 1; len <= kMaxBits; ++len) {
    left = (left << 1) - static_cast<int>(count[len]);
    if (left < 0) return false;  // over-subscribed
    if (count[len]) max_len = len;
  }
  if (left > 0 && !(allow_single && max_len == 1)) return false;  // incomplete

  unsigned next[kMaxBits + 1] = {};
  unsigned code = 0;
  count[0] = 0;
  for (unsigned len = 1; len <= kMaxBits; ++len) {
    code = (code + count[len - 1]) << 1;
    next[len] = code;
  }
  std::uint16_t rev_code[320];
  std::uint8_t sub_len[1u << kRootBits] = {};  // longest code under each root prefix
  for (unsigned s = 0; s < n; ++s) {
    unsigned len = length[s];
    if (!len) continue;
    unsigned c = next[len]++, r = 0;
    for (unsigned k = 0; k < len; ++k) r |= ((c >> k) & 1u) << (len - 1 - k);  // deflate sends codes MSB first
    rev_code[s] = static_cast<std::uint16_t>(r);
    if (len <= kRootBits) {
      for (unsigned i = r; i < (1u << kRootBits); i += 1u << len) h.root[i] = (len << 16) | s;
    } else {
      std::uint8_t& m = sub_len[r & kRootMask];
      if (len > m) m = static_cast<std::uint8_t>(len);
    }
  }
  if (max_len <= kRootBits) return true;
  std::size_t total = 0;
  for (unsigned p = 0; p < (1u << kRootBits); ++p) {
    if (!sub_len[p]) continue;
    unsigned bits = sub_len[p] - kRootBits;
    h.root[p] = kLink | (bits << 24) | static_cast<std::uint32_t>(total);
    total += std::size_t{1} << bits;  // at most 1024 * 32 entries: fits the 16-bit offset
  }
  h.sub.assign(total, 0);
  for (unsigned s = 0; s < n; ++s) {
    unsigned len = length[s];
    if (len <= kRootBits) continue;
    std::uint32_t link = h.root[rev_code[s] & kRootMask];
    unsigned bits = (link >> 24) & 0x1F, off = link & 0xFFFF;
    for (unsigned j = rev_code[s] >> kRootBits; j < (1u << bits); j += 1u << (len - kRootBits))
      h.sub[off + j] = (len << 16) | s;
  }
  return true;
}

struct Bits {
  const unsigned char* p;
  const unsigned char* end;
  std::uint64_t buf = 0;  // bits above `cnt` are either 0 or the true next input bits
  unsigned cnt = 0;
  bool truncated = false;

  void refill() {
    if (end - p >= 8) {  // load 8 bytes, keep the whole ones that fit
      std::uint64_t v = 0;
      for (int k = 7; k >= 0; --k) v = (v << 8) | p[k];
      buf |= v << cnt;
      p += (63 - cnt) >> 3;
      cnt |= 56;
    } else {
      while (cnt <= 56 && p < end) {
        buf |= static_cast<std::uint64_t>(*p++) << cnt;
        cnt += 8;
      }
    }
  }
  // Up to 16 bits; past the end of the input, reads 0 and sets `truncated`.
  unsigned get(unsigned k) {
    if (cnt < k) {
      refill();
      if (cnt < k) { truncated = true; return 0; }
    }
    unsigned v = static_cast<unsigned>(buf & ((1u << k) - 1));
    buf >>= k;
    cnt -= k;
    return v;
  }
  // The next symbol, or -1 (corrupt: no such code) / -2 (the input ended inside the code).
  int decode(const Huffman& h) {
    if (cnt < kMaxBits) refill();
    std::uint32_t e = h.root[buf & kRootMask];
    if (e & kLink) e = h.sub[(e & 0xFFFF) + ((buf >> kRootBits) & ((1u << ((e >> 24) & 0x1F)) - 1))];
    unsigned len = (e >> 16) & 0xFF;
    if (len == 0 || len > cnt) {
      if (len == 0 && (cnt >= kMaxBits || p < end)) return -1;
      truncated = true;
      return -2;
    }
    buf >>= len;
    cnt -= len;
    return static_cast<int>(e & 0xFFFF);
  }
};

struct Output {
  std::string& s;
  std::size_t n = 0;  // bytes produced; s.size() is the room allocated so far
  std::size_t limit;

  bool room(std::size_t k) {  // false if n + k would pass the limit
    if (k > limit || n > limit - k) return false;
    if (n + k > s.size()) {
      std::size_t want = s.size() < (std::size_t{1} << 16) ? (std::size_t{1} << 16) : s.size() * 2;
      if (want < n + k) want = n + k;
      if (want > limit) want = limit;
      s.resize(want);
    }
    return true;
  }
};

constexpr std::uint16_t kLenBase[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                        31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::uint8_t kLenExtra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::uint16_t kDistBase[30] = {1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
                                         193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr std::uint8_t kDistExtra[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

InflateStatus failure(int sym) { return sym == -2 ? InflateStatus::Truncated : InflateStatus::Corrupt; }

InflateStatus codes(Bits& b, Output& out, const Huffman& lit, const Huffman& dist) {
  for (;;) {
    int sym = b.decode(lit);
    if (sym < 0) return failure(sym);
    if (sym < 256) {
      if (out.n == out.s.size() && !out.room(1)) return InflateStatus::TooLarge;
      out.s[out.n++] = static_cast<char>(sym);
      continue;
    }
    if (sym == 256) return InflateStatus::Ok;
    sym -= 257;
    if (sym >= 29) return InflateStatus::Corrupt;  // 286, 287: only in the fixed code's alphabet
    std::size_t len = kLenBase[sym] + b.get(kLenExtra[sym]);
    int dsym = b.decode(dist);
    if (dsym < 0) return failure(dsym);
    if (dsym >= 30) return InflateStatus::Corrupt;  // 30, 31
    std::size_t d = kDistBase[dsym] + b.get(kDistExtra[dsym]);
    if (b.truncated) return InflateStatus::Truncated;
    if (d > out.n) return InflateStatus::Corrupt;  // distance too far back
    if (!out.room(len)) return InflateStatus::TooLarge;
    char* o = &out.s[0];
    std::size_t from = out.n - d;
    if (d >= len) {
      std::memcpy(o + out.n, o + from, len);
    } else {
      for (std::size_t k = 0; k < len; ++k) o[out.n + k] = o[from + k];  // overlapping: a run
    }
    out.n += len;
  }
}

struct FixedTables {
  Huffman lit, dist;
  FixedTables() {
    std::uint8_t len[288];
    unsigned s = 0;
    for (; s < 144; ++s) len[s] = 8;
    for (; s < 256; ++s) len[s] = 9;
    for (; s < 280; ++s) len[s] = 7;
    for (; s < 288; ++s) len[s] = 8;
    build(lit, len, 288, false);
    // All 32 five-bit codes, so the code is complete and the table gets built; 30 and 31 never
    // occur in valid data and codes() refuses them. (Building only 30 codes made an incomplete
    // code that build() rejects: every match in a fixed-Huffman block then read as corrupt.)
    for (s = 0; s < 32; ++s) len[s] = 5;
    build(dist, len, 32, false);
  }
};

InflateStatus dynamic(Bits& b, Output& out, Huffman& lit, Huffman& dist) {
  static const std::uint8_t kOrder[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
  unsigned nlen = b.get(5) + 257, ndist = b.get(5) + 1, ncode = b.get(4) + 4;
  if (b.truncated) return InflateStatus::Truncated;
  if (nlen > 286 || ndist > 30) return InflateStatus::Corrupt;
  std::uint8_t lengths[286 + 30] = {};
  for (unsigned i = 0; i < ncode; ++i) lengths[kOrder[i]] = static_cast<std::uint8_t>(b.get(3));
  if (b.truncated) return InflateStatus::Truncated;
  if (!build(lit, lengths, 19, false)) return InflateStatus::Corrupt;  // the code-length code must be complete
  unsigned index = 0;
  while (index < nlen + ndist) {
    int sym = b.decode(lit);
    if (sym < 0) return failure(sym);
    if (sym < 16) {
      lengths[index++] = static_cast<std::uint8_t>(sym);
      continue;
    }
    std::uint8_t value = 0;
    unsigned repeat;
    if (sym == 16) {
      if (index == 0) return InflateStatus::Corrupt;  // repeat with nothing before it
      value = lengths[index - 1];
      repeat = 3 + b.get(2);
    } else if (sym == 17) {
      repeat = 3 + b.get(3);
    } else {
      repeat = 11 + b.get(7);
    }
    if (b.truncated) return InflateStatus::Truncated;
    if (index + repeat > nlen + ndist) return InflateStatus::Corrupt;  // repeat past the end
    while (repeat--) lengths[index++] = value;
  }
  if (lengths[256] == 0) return InflateStatus::Corrupt;  // no end-of-block code
  if (!build(lit, lengths, nlen, true)) return InflateStatus::Corrupt;
  if (!build(dist, lengths + nlen, ndist, true)) return InflateStatus::Corrupt;
  return codes(b, out, lit, dist);
}

InflateStatus stored(Bits& b, Output& out) {
  b.get(b.cnt & 7);  // to a byte boundary
  unsigned len = b.get(16), nlen = b.get(16);
  if (b.truncated) return InflateStatus::Truncated;
  if (len != (~nlen & 0xFFFFu)) return InflateStatus::Corrupt;
  if (!out.room(len)) return InflateStatus::TooLarge;
  while (len && b.cnt >= 8) {  // whole bytes already in the bit buffer
    out.s[out.n++] = static_cast<char>(b.get(8));
    --len;
  }
  if (len == 0) return InflateStatus::Ok;
  b.buf = 0;  // empty now: the rest is copied straight from the input
  b.cnt = 0;
  if (static_cast<std::size_t>(b.end - b.p) < len) {
    std::size_t have = static_cast<std::size_t>(b.end - b.p);
    std::memcpy(&out.s[out.n], b.p, have);
    out.n += have;
    b.p = b.end;
    return InflateStatus::Truncated;
  }
  std::memcpy(&out.s[out.n], b.p, len);
  out.n += len;
  b.p += len;
  return InflateStatus::Ok;
}

}  // namespace

InflateStatus inflate_raw(std::string_view in, std::size_t limit, std::string& out) {
  out.clear();
  const auto* data = reinterpret_cast<const unsigned char*>(in.data());
  Bits b{data, data + in.size()};
  Output o{out, 0, limit};
  static const FixedTables fixed;  // built once (magic static)
  Huffman lit, dist;
  InflateStatus st = InflateStatus::Ok;
  for (bool last = false; !last && st == InflateStatus::Ok;) {
    last = b.get(1) != 0;
    unsigned type = b.get(2);
    if (b.truncated) { st = InflateStatus::Truncated; break; }
    if (type == 0) st = stored(b, o);
    else if (type == 1) st = codes(b, o, fixed.lit, fixed.dist);
    else if (type == 2) st = dynamic(b, o, lit, dist);
    else st = InflateStatus::Corrupt;  // reserved block type 3
  }
  out.resize(o.n);
  return st;
}

std::uint32_t crc32(std::string_view data, std::uint32_t crc) {
  // Slicing-by-8 tables: t[0] is the classic byte table, t[k] advances k more zero bytes.
  static const auto t = [] {
    std::array<std::array<std::uint32_t, 256>, 8> t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
      std::uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[0][n] = c;
    }
    for (std::size_t k = 1; k < 8; ++k)
      for (std::size_t n = 0; n < 256; ++n) t[k][n] = (t[k - 1][n] >> 8) ^ t[0][t[k - 1][n] & 0xFF];
    return t;
  }();
  std::uint32_t c = ~crc;
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  std::size_t n = data.size();
  for (; n >= 8; p += 8, n -= 8) {
    c ^= static_cast<std::uint32_t>(p[0]) | (static_cast<std::uint32_t>(p[1]) << 8) |
         (static_cast<std::uint32_t>(p[2]) << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
    c = t[7][c & 0xFF] ^ t[6][(c >> 8) & 0xFF] ^ t[5][(c >> 16) & 0xFF] ^ t[4][c >> 24] ^ t[3][p[4]] ^ t[2][p[5]] ^
        t[1][p[6]] ^ t[0][p[7]];
  }
  for (; n; ++p, --n) c = t[0][(c ^ *p) & 0xFF] ^ (c >> 8);
  return ~c;
}

}  // namespace gouji::docx
