#include "docx/inflate.h"

#include <array>
#include <cstdint>

namespace gouji::docx {
namespace {

constexpr int kMaxBits = 15;

struct Huffman {
  std::array<std::uint16_t, kMaxBits + 1> count{};
  std::array<std::uint16_t, 288> symbol{};
};

struct Reader {
  std::string_view in;
  std::size_t pos = 0;
  std::uint32_t bitbuf = 0;
  int bitcnt = 0;
  bool overrun = false;

  int bits(int need) {
    std::uint32_t val = bitbuf;
    while (bitcnt < need) {
      if (pos >= in.size()) { overrun = true; return 0; }
      val |= static_cast<std::uint32_t>(static_cast<unsigned char>(in[pos++])) << bitcnt;
      bitcnt += 8;
    }
    bitbuf = val >> need;
    bitcnt -= need;
    return static_cast<int>(val & ((1u << need) - 1));
  }
};

// Builds canonical Huffman tables; returns < 0 for an over-subscribed or invalid code.
int build(Huffman& h, const std::uint16_t* length, int n) {
  h.count.fill(0);
  for (int s = 0; s < n; ++s) ++h.count[length[s]];
  if (h.count[0] == n) return 0;  // no codes: allowed (decoding will fail if used)
  int left = 1;
  for (int len = 1; len <= kMaxBits; ++len) {
    left <<= 1;
    left -= h.count[len];
    if (left < 0) return -1;
  }
  std::array<std::uint16_t, kMaxBits + 1> offs{};
  for (int len = 1; len < kMaxBits; ++len) offs[len + 1] = offs[len] + h.count[len];
  for (int s = 0; s < n; ++s)
    if (length[s] != 0) h.symbol[offs[length[s]]++] = static_cast<std::uint16_t>(s);
  return left;
}

int decode(Reader& r, const Huffman& h) {
  int code = 0, first = 0, index = 0;
  for (int len = 1; len <= kMaxBits; ++len) {
    code |= r.bits(1);
    if (r.overrun) return -1;
    int count = h.count[len];
    if (code - count < first) return h.symbol[index + (code - first)];
    index += count;
    first += count;
    first <<= 1;
    code <<= 1;
  }
  return -2;  // ran out of codes
}

const std::uint16_t kLenBase[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                    35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
const std::uint16_t kLenExtra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
const std::uint16_t kDistBase[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
                                     257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
const std::uint16_t kDistExtra[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

InflateStatus codes(Reader& r, std::string& out, std::size_t limit, const Huffman& lencode, const Huffman& distcode) {
  for (;;) {
    int sym = decode(r, lencode);
    if (r.overrun) return InflateStatus::Truncated;
    if (sym < 0) return InflateStatus::Corrupt;
    if (sym < 256) {
      if (out.size() >= limit) return InflateStatus::TooLarge;
      out += static_cast<char>(sym);
    } else if (sym == 256) {
      return InflateStatus::Ok;
    } else {
      sym -= 257;
      if (sym >= 29) return InflateStatus::Corrupt;
      std::size_t len = kLenBase[sym] + static_cast<std::size_t>(r.bits(kLenExtra[sym]));
      int dsym = decode(r, distcode);
      if (r.overrun) return InflateStatus::Truncated;
      if (dsym < 0 || dsym >= 30) return InflateStatus::Corrupt;
      std::size_t dist = kDistBase[dsym] + static_cast<std::size_t>(r.bits(kDistExtra[dsym]));
      if (r.overrun) return InflateStatus::Truncated;
      if (dist > out.size()) return InflateStatus::Corrupt;  // distance too far back
      if (out.size() + len > limit) return InflateStatus::TooLarge;
      std::size_t from = out.size() - dist;
      for (std::size_t k = 0; k < len; ++k) out += out[from + k];
    }
  }
}

struct FixedTables {
  Huffman lencode, distcode;
  FixedTables() {
    std::uint16_t lengths[288];
    int s = 0;
    for (; s < 144; ++s) lengths[s] = 8;
    for (; s < 256; ++s) lengths[s] = 9;
    for (; s < 280; ++s) lengths[s] = 7;
    for (; s < 288; ++s) lengths[s] = 8;
    build(lencode, lengths, 288);
    for (s = 0; s < 30; ++s) lengths[s] = 5;
    build(distcode, lengths, 30);
  }
};

InflateStatus fixed(Reader& r, std::string& out, std::size_t limit) {
  static const FixedTables t;  // magic static: initialised once, thread-safe
  return codes(r, out, limit, t.lencode, t.distcode);
}

InflateStatus dynamic(Reader& r, std::string& out, std::size_t limit) {
  static const std::uint8_t order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
  int nlen = r.bits(5) + 257, ndist = r.bits(5) + 1, ncode = r.bits(4) + 4;
  if (r.overrun) return InflateStatus::Truncated;
  if (nlen > 286 || ndist > 30) return InflateStatus::Corrupt;
  std::uint16_t lengths[320] = {};
  for (int i = 0; i < ncode; ++i) lengths[order[i]] = static_cast<std::uint16_t>(r.bits(3));
  if (r.overrun) return InflateStatus::Truncated;
  Huffman lencode, distcode;
  if (build(lencode, lengths, 19) != 0) return InflateStatus::Corrupt;  // must be complete
  int index = 0;
  while (index < nlen + ndist) {
    int sym = decode(r, lencode);
    if (r.overrun) return InflateStatus::Truncated;
    if (sym < 0) return InflateStatus::Corrupt;
    if (sym < 16) {
      lengths[index++] = static_cast<std::uint16_t>(sym);
      continue;
    }
    std::uint16_t len = 0;
    int repeat;
    if (sym == 16) {
      if (index == 0) return InflateStatus::Corrupt;
      len = lengths[index - 1];
      repeat = 3 + r.bits(2);
    } else if (sym == 17) {
      repeat = 3 + r.bits(3);
    } else {
      repeat = 11 + r.bits(7);
    }
    if (r.overrun) return InflateStatus::Truncated;
    if (index + repeat > nlen + ndist) return InflateStatus::Corrupt;
    while (repeat--) lengths[index++] = len;
  }
  if (lengths[256] == 0) return InflateStatus::Corrupt;  // no end-of-block code
  int err = build(lencode, lengths, nlen);
  if (err < 0 || (err > 0 && nlen - lencode.count[0] != 1)) return InflateStatus::Corrupt;
  err = build(distcode, lengths + nlen, ndist);
  if (err < 0 || (err > 0 && ndist - distcode.count[0] != 1)) return InflateStatus::Corrupt;
  return codes(r, out, limit, lencode, distcode);
}

InflateStatus stored(Reader& r, std::string& out, std::size_t limit) {
  r.bitbuf = 0;
  r.bitcnt = 0;
  if (r.pos + 4 > r.in.size()) return InflateStatus::Truncated;
  auto b = [&](std::size_t k) { return static_cast<unsigned>(static_cast<unsigned char>(r.in[r.pos + k])); };
  unsigned len = b(0) | (b(1) << 8), nlen = b(2) | (b(3) << 8);
  if (len != (~nlen & 0xFFFF)) return InflateStatus::Corrupt;
  r.pos += 4;
  if (r.pos + len > r.in.size()) return InflateStatus::Truncated;
  if (out.size() + len > limit) return InflateStatus::TooLarge;
  out.append(r.in.data() + r.pos, len);
  r.pos += len;
  return InflateStatus::Ok;
}

}  // namespace

InflateStatus inflate_raw(std::string_view in, std::size_t limit, std::string& out) {
  Reader r{in};
  int last;
  do {
    last = r.bits(1);
    int type = r.bits(2);
    if (r.overrun) return InflateStatus::Truncated;
    InflateStatus st = type == 0 ? stored(r, out, limit)
                     : type == 1 ? fixed(r, out, limit)
                     : type == 2 ? dynamic(r, out, limit)
                                 : InflateStatus::Corrupt;
    if (st != InflateStatus::Ok) return st;
  } while (!last);
  return InflateStatus::Ok;
}

std::uint32_t crc32(std::string_view data) {
  static const std::array<std::uint32_t, 256> table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
      std::uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  std::uint32_t c = 0xFFFFFFFFu;
  for (char ch : data) c = table[(c ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

}  // namespace gouji::docx
