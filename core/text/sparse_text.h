#pragma once
// A UTF-32 string most holders leave empty (FrameNumber::of: the whole or base a share or
// completion names), held by pointer: 8 bytes when empty instead of a std::u32string's 32
// (issue 16, memory per input byte). Reads as a const std::u32string&.
#include <memory>
#include <string>

namespace gouji {

class SparseText {
 public:
  SparseText() = default;
  SparseText(const SparseText& o) : p_(o.p_ ? std::make_unique<std::u32string>(*o.p_) : nullptr) {}
  SparseText(SparseText&&) noexcept = default;
  SparseText& operator=(const SparseText& o) {
    if (this != &o) p_ = o.p_ ? std::make_unique<std::u32string>(*o.p_) : nullptr;
    return *this;
  }
  SparseText& operator=(SparseText&&) noexcept = default;
  SparseText& operator=(std::u32string s) {
    p_ = s.empty() ? nullptr : std::make_unique<std::u32string>(std::move(s));
    return *this;
  }

  const std::u32string& str() const {
    static const std::u32string kEmpty;
    return p_ ? *p_ : kEmpty;
  }
  operator const std::u32string&() const { return str(); }  // NOLINT: reads as the string
  bool empty() const { return !p_; }

 private:
  std::unique_ptr<std::u32string> p_;
};

}  // namespace gouji
