#include "text/text.h"

#include <algorithm>
#include <stdexcept>

#include "text/chars.h"

namespace gouji {

Text::Text(std::u32string chars) : chars_(std::move(chars)) {
  if (chars_.size() > kMaxTextChars) throw std::length_error("text longer than 2^31 characters: refused");
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < chars_.size(); ++i) {
    if (chars_[i] > 0xFFFF) astral_.push_back(i);
    if (chars_[i] == U'\n') line_starts_.push_back(i + 1);
    if (chars::is_sentence_end(chars_[i])) sentence_ends_.push_back(static_cast<std::uint32_t>(i));
  }
}

std::size_t Text::sentence_begin(std::size_t at) const {
  at = std::min(at, chars_.size());
  auto it = std::lower_bound(sentence_ends_.begin(), sentence_ends_.end(), at);  // first end ≥ at
  return it == sentence_ends_.begin() ? 0 : static_cast<std::size_t>(*(it - 1)) + 1;
}

std::size_t Text::sentence_stop(std::size_t at) const {
  if (at >= chars_.size()) return at;
  auto it = std::lower_bound(sentence_ends_.begin(), sentence_ends_.end(), at);
  return it == sentence_ends_.end() ? chars_.size() : static_cast<std::size_t>(*it);
}

std::size_t Text::line_stop(std::size_t at) const {
  if (at >= chars_.size()) return at;
  std::size_t line = line_col(at).line;  // 1-based; line_starts_[line] is the next line's start
  return line < line_starts_.size() ? line_starts_[line] - 1 : chars_.size();
}

Text Text::from_utf8(std::string_view utf8) { return Text(from_utf8_lossy(utf8)); }

std::size_t Text::utf16(std::size_t index) const {
  auto before = std::lower_bound(astral_.begin(), astral_.end(), index) - astral_.begin();
  return index + static_cast<std::size_t>(before);
}

LineCol Text::line_col(std::size_t index) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), index);
  std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  return {line, index - line_starts_[line - 1] + 1};
}

std::string Text::utf8(std::size_t begin, std::size_t end) const {
  end = std::min(end, chars_.size());
  if (begin >= end) return {};
  return to_utf8(std::u32string_view(chars_).substr(begin, end - begin));
}

std::string Text::line_text(std::size_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  std::size_t b = line_starts_[line - 1];
  std::size_t e = line < line_starts_.size() ? line_starts_[line] - 1 : chars_.size();
  return utf8(b, e);
}

void append_utf8(std::string& out, char32_t cp) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;  // not encodable: the replacement character
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string to_utf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 3);
  for (char32_t c : s) append_utf8(out, c);
  return out;
}

std::u32string from_utf8_lossy(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  std::size_t i = 0, n = s.size();
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  while (i < n) {
    unsigned char b = byte(i);
    int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    bool ok = len > 0 && i + len <= n;
    for (int k = 1; ok && k < len; ++k) {
      if ((byte(i + k) & 0xC0) != 0x80) ok = false;
      else cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    // Reject overlong forms, surrogates and values beyond U+10FFFF.
    if (ok && ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
               (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF))
      ok = false;
    if (ok) { out += cp; i += len; }
    else { out += U'\uFFFD'; ++i; }
  }
  return out;
}

}  // namespace gouji
