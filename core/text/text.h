#pragma once
// The decoded report text. The core works on Unicode code points (one index per character, which
// keeps CJK scanning simple); positions leave the core as UTF-16 code units, what JavaScript needs
// to highlight, so the conversion lives here and only here.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gouji {

// Positions and per-number indices are kept in 32 bits (text/index32.h): a longer text is refused
// (Text's constructor throws std::length_error, which a face reports as that file's error).
constexpr std::size_t kMaxTextChars = (std::size_t{1} << 31) - 2;

struct LineCol {
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, in characters (code points)
};

class Text {
 public:
  Text() = default;
  explicit Text(std::u32string chars);
  static Text from_utf8(std::string_view utf8);  // for tests and already-decoded input

  const std::u32string& chars() const { return chars_; }
  std::size_t size() const { return chars_.size(); }
  char32_t at(std::size_t i) const { return i < chars_.size() ? chars_[i] : U'\0'; }

  // Code-point index -> UTF-16 code-unit offset (end-exclusive positions map the same way).
  std::size_t utf16(std::size_t index) const;
  LineCol line_col(std::size_t index) const;
  std::string utf8(std::size_t begin, std::size_t end) const;
  std::string line_text(std::size_t line) const;  // without the newline
  // From an index of sentence ends (。；！？ and line breaks, is_sentence_end) built once, so a
  // paragraph without a full stop costs a binary search per call, not a walk to its start.
  std::size_t sentence_begin(std::size_t at) const;  // just after the last end before `at`, or 0
  std::size_t sentence_stop(std::size_t at) const;   // the first end at or after `at`, or size()
  std::size_t line_stop(std::size_t at) const;       // the line break at or after `at`, or size()

 private:
  std::u32string chars_;
  std::vector<std::size_t> astral_;       // indices of characters outside the BMP (2 UTF-16 units)
  std::vector<std::size_t> line_starts_;  // index of the first character of each line
  std::vector<std::uint32_t> sentence_ends_;  // index of each is_sentence_end character (input ≤ 64 MB)
};

// UTF-8 helpers shared by every stage.
void append_utf8(std::string& out, char32_t cp);
std::string to_utf8(std::u32string_view s);
std::u32string from_utf8_lossy(std::string_view s);  // invalid bytes -> U+FFFD

}  // namespace gouji
