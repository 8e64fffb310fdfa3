#pragma once
// A text position or list index held in 32 bits where one is stored per number (Quantity,
// FrameNumber, Frame, BudgetFact): half the bytes of a std::size_t (issue 16, memory per input
// byte). It reads and writes as a std::size_t, so code keeps computing in size_t; the sentinels
// (kNone = size_t(-1), …) survive the round trip because the value is kept signed and widened
// with its sign. Valid for values below 2^31 — text is refused above kMaxTextChars (text.h).
#include <cassert>
#include <cstddef>
#include <cstdint>

namespace gouji {

class Index32 {
 public:
  constexpr Index32() = default;
  constexpr Index32(std::size_t v) : v_(narrow(v)) {}  // NOLINT: implicit, reads as a size_t
  constexpr operator std::size_t() const { return static_cast<std::size_t>(static_cast<std::ptrdiff_t>(v_)); }

  Index32& operator+=(std::size_t d) { return *this = std::size_t(*this) + d; }
  Index32& operator-=(std::size_t d) { return *this = std::size_t(*this) - d; }
  Index32& operator++() { return *this += 1; }
  Index32& operator--() { return *this -= 1; }
  Index32 operator++(int) { Index32 was = *this; ++*this; return was; }
  Index32 operator--(int) { Index32 was = *this; --*this; return was; }

 private:
  static constexpr std::int32_t narrow(std::size_t v) {
    // A position (below 2^31) or a small negative sentinel such as size_t(-1).
    assert(v < (std::size_t{1} << 31) || v >= static_cast<std::size_t>(-(std::ptrdiff_t{1} << 31)));
    return static_cast<std::int32_t>(static_cast<std::ptrdiff_t>(v));
  }
  std::int32_t v_ = 0;
};

}  // namespace gouji
