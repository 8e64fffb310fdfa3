#include "text/t2s.h"

#include <algorithm>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace gouji {
namespace {

#include "gouji/t2s_table.inc"

struct Pair {
  std::uint16_t from, to;
};

std::uint32_t read_leb128(std::size_t& at) {
  std::uint32_t v = 0;
  for (unsigned shift = 0;; shift += 7) {
    const std::uint8_t b = kPairBytes[at++];
    v |= static_cast<std::uint32_t>(b & 0x7F) << shift;
    if (!(b & 0x80)) return v;
  }
}

// Sorted by `from`; every entry is in the BMP (the generator reads U+3400–U+FAFF). Expanded once
// from the generator's delta coding, which keeps the page smaller.
const std::vector<Pair>& pairs() {
  static const std::vector<Pair> table = [] {
    std::vector<Pair> t;
    t.reserve(kPairCount);
    std::size_t at = 0;
    std::uint32_t from = 0;
    for (std::size_t i = 0; i < kPairCount; ++i) {
      from += read_leb128(at);
      const std::uint32_t z = read_leb128(at);
      const std::int32_t diff = (z & 1) ? -static_cast<std::int32_t>((z + 1) >> 1) : static_cast<std::int32_t>(z >> 1);
      t.push_back({static_cast<std::uint16_t>(from), static_cast<std::uint16_t>(static_cast<std::int32_t>(from) + diff)});
    }
    return t;
  }();
  return table;
}

}  // namespace

// Read straight from the delta coding: every text asks it, only a 繁体 one needs the pairs.
const std::bitset<0x10000>& traditional_bits() {
  static const std::bitset<0x10000> bits = [] {
    std::bitset<0x10000> b;
    std::size_t at = 0;
    std::uint32_t from = 0;
    for (std::size_t i = 0; i < kPairCount; ++i) {
      from += read_leb128(at);
      read_leb128(at);  // the difference to the simplified form
      b[from] = true;
    }
    return b;
  }();
  return bits;
}

bool is_traditional(char32_t c) { return c < 0x10000 && traditional_bits()[c]; }

char32_t to_simplified(char32_t c) {
  if (!is_traditional(c)) return c;
  const std::vector<Pair>& t = pairs();
  auto it = std::lower_bound(t.begin(), t.end(), c, [](const Pair& p, char32_t v) { return p.from < v; });
  return it != t.end() && it->from == c ? it->to : c;
}

}  // namespace gouji
