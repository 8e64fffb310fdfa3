#include "text/t2s.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>

namespace gouji {
namespace {

struct Pair {
  std::uint16_t from, to;
};

// Sorted by `from`; every entry is in the BMP (the generator reads U+3400–U+FAFF).
constexpr Pair kTable[] = {
#include "gouji/t2s_table.inc"
};

// One bit per BMP code point: most characters are rejected without a search.
const std::bitset<0x10000>& traditional_bits() {
  static const std::bitset<0x10000> bits = [] {
    std::bitset<0x10000> b;
    for (const Pair& p : kTable) b.set(p.from);
    return b;
  }();
  return bits;
}

}  // namespace

bool is_traditional(char32_t c) { return c < 0x10000 && traditional_bits().test(c); }

char32_t to_simplified(char32_t c) {
  if (!is_traditional(c)) return c;
  const Pair* it = std::lower_bound(std::begin(kTable), std::end(kTable), c,
                                    [](const Pair& p, char32_t v) { return p.from < v; });
  return it != std::end(kTable) && it->from == c ? it->to : c;
}

}  // namespace gouji
