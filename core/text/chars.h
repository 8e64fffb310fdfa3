#pragma once
// Character classes used by every reader. Full-width forms count the same as ASCII ones.
#include <cstdint>
#include <string_view>

namespace gouji::chars {

inline bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline bool is_fullwidth_digit(char32_t c) { return c >= U'０' && c <= U'９'; }
inline bool is_digit(char32_t c) { return is_ascii_digit(c) || is_fullwidth_digit(c); }
inline int digit_value(char32_t c) { return is_ascii_digit(c) ? int(c - U'0') : int(c - U'０'); }
inline bool is_decimal_point(char32_t c) { return c == U'.' || c == U'．'; }
inline bool is_latin(char32_t c) {
  return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= U'Ａ' && c <= U'Ｚ') ||
         (c >= U'ａ' && c <= U'ｚ');
}
inline bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u00A0' || c == U'\f' || c == U'\v';
}
inline bool is_han(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }
// Ends a sentence: a breakdown ("其中…") never runs past one.
inline bool is_sentence_end(char32_t c) {
  return c == U'。' || c == U'；' || c == U';' || c == U'！' || c == U'？' || c == U'!' ||
         c == U'?' || c == U'\n';
}
// Separates clauses inside a sentence.
inline bool is_clause_sep(char32_t c) {
  return c == U'，' || c == U',' || c == U'、' || c == U'：' || c == U':';
}
// A comma grouping thousands inside a figure ("1,234.5", and the full-width "2，840" OCR and
// converters write): a digit before it, exactly three digits after. A full-width comma anywhere
// else separates clauses.
inline bool is_group_comma(std::u32string_view s, std::size_t i) {
  if (i >= s.size() || (s[i] != U',' && s[i] != U'，') || i == 0 || !is_digit(s[i - 1]) || s.size() - i < 4) return false;
  for (std::size_t j = i + 1; j <= i + 3; ++j)
    if (!is_digit(s[j])) return false;
  return i + 4 == s.size() || !is_digit(s[i + 4]);
}
inline bool is_open_bracket(char32_t c) {
  return c == U'（' || c == U'(' || c == U'【' || c == U'[' || c == U'〔' || c == U'“' || c == U'"' || c == U'《';
}
inline bool is_close_bracket(char32_t c) {
  return c == U'）' || c == U')' || c == U'】' || c == U']' || c == U'〕' || c == U'”' || c == U'"' || c == U'》';
}

// Called at every position of a text by word-list scans: compared in place (first character
// first, no substr bounds check, no char_traits call) so it stays inlined in the -Oz wasm build.
inline bool equal_at(const char32_t* p, std::u32string_view w) {
  for (std::size_t k = 0; k < w.size(); ++k)
    if (p[k] != w[k]) return false;
  return true;
}
inline bool starts_with(std::u32string_view s, std::size_t at, std::u32string_view w) {
  return at <= s.size() && w.size() <= s.size() - at && equal_at(s.data() + at, w);
}
inline bool ends_with_at(std::u32string_view s, std::size_t end, std::u32string_view w) {
  return end >= w.size() && end <= s.size() && equal_at(s.data() + (end - w.size()), w);
}
// Whole-string tests on labels and phrases (u32string converts to the view).
inline bool has(std::u32string_view s, std::u32string_view w) { return s.find(w) != std::u32string_view::npos; }
inline bool begins(std::u32string_view s, std::u32string_view w) { return starts_with(s, 0, w); }
inline bool ends(std::u32string_view s, std::u32string_view w) { return ends_with_at(s, s.size(), w); }

// The first characters of a word list, as a 1024-bit filter on the low bits of each character:
// a scan that tries every word of a list at every position of a text asks it first and skips
// the positions where none of the words can start. No false negatives (an empty word lets
// every position through), so wrapping a loop over the words in it never changes a result.
class FirstChars {
 public:
  FirstChars() = default;
  template <class Words>
  explicit FirstChars(const Words& words) {
    for (std::u32string_view w : words) add(w);
  }
  void add(std::u32string_view w) {
    if (w.empty()) {
      for (auto& b : bits_) b = ~std::uint64_t{0};
      return;
    }
    bits_[(w[0] >> 6) & 15] |= std::uint64_t{1} << (w[0] & 63);
  }
  bool may_start(char32_t c) const { return (bits_[(c >> 6) & 15] >> (c & 63)) & 1; }

 private:
  std::uint64_t bits_[16] = {};
};

}  // namespace gouji::chars
