// 繁体 mirror pages read as 简体, and the pinyin their transcoder inserts after a character
// ("預(yù)算", "數（shù）") dropped. Full-width figures ("１２.３９万元", "４.６８％": OCR, some
// converters) read as half-width: every reader of years, ordinals and figures then sees one form.
#include <string_view>

#include "text/chars.h"
#include "text/normalize.h"
#include "text/t2s.h"

namespace gouji {
namespace {

using chars::is_han;

// A pinyin letter: ASCII lowercase or a vowel with its tone mark.
bool is_pinyin_letter(char32_t c, bool& tone) {
  if (c >= U'a' && c <= U'z') return true;
  static constexpr std::u32string_view marked = U"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
  if (marked.find(c) != std::u32string_view::npos) { tone = tone || c != U'ü'; return true; }
  return false;
}

// The end (past the closing bracket) of a pinyin annotation opening at i, else 0. It follows a
// Han character and holds one syllable; with no tone mark it counts only after a traditional
// character (what the transcoder annotates), so "项目(a)" keeps its list letter.
std::size_t pinyin_end(const std::u32string& s, std::size_t i) {
  if (i == 0 || !(s[i] == U'(' || s[i] == U'（') || !is_han(s[i - 1])) return 0;
  bool tone = false;
  std::size_t k = i + 1;
  while (k < s.size() && k - i <= 7 && is_pinyin_letter(s[k], tone)) ++k;
  std::size_t n = k - i - 1;
  if (n == 0 || n > 6 || k >= s.size() || !(s[k] == U')' || s[k] == U'）')) return 0;
  if (!tone && !is_traditional(s[i - 1])) return 0;
  return k + 1;
}

// The half-width form of a full-width figure character, else c: digits always, "．" between
// digits, "％" after one.
char32_t half_width(const std::u32string& s, std::size_t i) {
  char32_t c = s[i];
  if (c >= U'０' && c <= U'９') return c - U'０' + U'0';
  auto digit = [&](std::size_t k) { return k < s.size() && chars::is_digit(s[k]); };
  if (c == U'．' && i > 0 && digit(i - 1) && digit(i + 1)) return U'.';
  if (c == U'％' && i > 0 && digit(i - 1)) return U'%';
  return c;
}

}  // namespace

bool read_script(Draft& d, bool& simplified) {
  const std::u32string& s = d.text();
  std::size_t han = 0, traditional = 0, pinyin = 0, wide = 0;
  const std::bitset<0x10000>& trad = traditional_bits();
  for (std::size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (is_han(c) || (c >= 0xF900 && c <= 0xFAFF)) { ++han; traditional += trad[c]; }
    else if (c == U'(' || c == U'（') pinyin += pinyin_end(s, i) != 0;
    else wide += chars::is_fullwidth_digit(c);
  }
  // A simplified report may hold a stray traditional form (著, 乾 in a name); a 繁体 one has
  // them in every line.
  simplified = traditional >= 2 && traditional * 20 >= han;
  if (!simplified && pinyin == 0 && wide == 0) return false;
  std::u32string text;
  std::vector<std::size_t> origin;
  text.reserve(s.size());
  origin.reserve(s.size() + 1);
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (std::size_t e = pinyin ? pinyin_end(s, i) : 0) {
      d.note(NormKind::Pinyin, d.at(i), d.at(e - 1) + 1);
      i = e - 1;
      continue;
    }
    char32_t c = simplified ? to_simplified(s[i]) : s[i];
    if (c != s[i]) d.note(NormKind::T2S, d.at(i), d.at(i) + 1);
    if (char32_t h = wide ? half_width(s, i) : s[i]; h != s[i]) {
      c = h;
      d.note(NormKind::Width, d.at(i), d.at(i) + 1);
    }
    text += c;
    origin.push_back(d.at(i));
  }
  origin.push_back(d.at(s.size()));
  d.rewrite(std::move(text));
  if (pinyin) d.origin = std::move(origin);  // t2s and width alone keep every index
  return true;
}

}  // namespace gouji
