#include "text/text.h"

#include <algorithm>
#include <stdexcept>

#include "text/chars.h"

namespace gouji {

Text::Text(std::u32string chars) : chars_(std::move(chars)) {
  if (chars_.size() > kMaxTextChars) throw std::length_error("text longer than 2^31 characters: refused");
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < chars_.size(); ++i) {
    if (chars_[i] > U'。' && chars_[i] < U'！') continue;  // Han and most CJK marks: none of the three
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

namespace {

char32_t encodable(char32_t cp) {  // not encodable: the replacement character
  return (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF ? 0xFFFD : cp;
}
std::size_t utf8_length(char32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }
char* put_utf8(char* p, char32_t cp) {
  if (cp < 0x80) {
    *p++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *p++ = static_cast<char>(0xC0 | (cp >> 6));
    *p++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *p++ = static_cast<char>(0xE0 | (cp >> 12));
    *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *p++ = static_cast<char>(0xF0 | (cp >> 18));
    *p++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return p;
}

}  // namespace

void append_utf8(std::string& out, char32_t cp) {
  char b[4];
  out.append(b, static_cast<std::size_t>(put_utf8(b, encodable(cp)) - b));
}

// Every span of the JSON report is converted here: sized once and written in place, not a byte
// at a time through std::string's capacity checks.
std::string to_utf8(std::u32string_view s) {
  std::size_t n = 0;
  for (char32_t c : s) n += utf8_length(encodable(c));
  std::string out(n, '\0');
  char* p = &out[0];
  for (char32_t c : s) p = put_utf8(p, encodable(c));
  return out;
}

// Called for every label and cell the readers compare (a thousand times a report): written in
// place into a buffer of one character per byte, cut to size at the end.
std::u32string from_utf8_lossy(std::string_view s) {
  std::u32string out(s.size(), U'\0');
  char32_t* o = &out[0];
  std::size_t i = 0, n = s.size();
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  while (i < n) {
    unsigned char b = byte(i);
    if (b < 0x80) { *o++ = b; ++i; continue; }
    // A Chinese character (lead E1–EC or EE–EF, two continuation bytes) is always valid.
    if (b >= 0xE1 && b <= 0xEF && b != 0xED && i + 2 < n && (byte(i + 1) & 0xC0) == 0x80 &&
        (byte(i + 2) & 0xC0) == 0x80) {
      *o++ = static_cast<char32_t>(((b & 0x0F) << 12) | ((byte(i + 1) & 0x3F) << 6) | (byte(i + 2) & 0x3F));
      i += 3;
      continue;
    }
    int len = (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    char32_t cp = len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    bool ok = len > 0 && i + len <= n;
    for (int k = 1; ok && k < len; ++k) {
      if ((byte(i + k) & 0xC0) != 0x80) ok = false;
      else cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    // Reject overlong forms, surrogates and values beyond U+10FFFF.
    if (ok && ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
               (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF))
      ok = false;
    if (ok) { *o++ = cp; i += len; }
    else { *o++ = U'\uFFFD'; ++i; }
  }
  out.resize(static_cast<std::size_t>(o - out.data()));
  return out;
}

}  // namespace gouji
