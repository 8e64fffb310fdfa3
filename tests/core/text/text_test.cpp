#include <doctest/doctest.h>

#include <algorithm>

#include "text/text.h"

using namespace gouji;

TEST_CASE("line and column are 1-based and count characters") {
  Text t = Text::from_utf8("一二\n三四五\n");
  CHECK(t.line_col(0).line == 1);
  CHECK(t.line_col(3).line == 2);
  CHECK(t.line_col(4).column == 2);
  CHECK(t.line_text(2) == "三四五");
}

TEST_CASE("UTF-16 offsets count astral characters twice") {
  Text t = Text::from_utf8("a𠀀b𠀁c");
  CHECK(t.utf16(0) == 0);
  CHECK(t.utf16(2) == 3);
  CHECK(t.utf16(4) == 6);
  CHECK(t.utf16(5) == 7);
}

TEST_CASE("lossy UTF-8 decoding replaces each bad byte and keeps the rest") {
  auto s = from_utf8_lossy("a\xff" "b\xe4\xb8" "c\xed\xa0\x80");
  CHECK(s == U"a\uFFFDb\uFFFD\uFFFDc\uFFFD\uFFFD\uFFFD");  // one U+FFFD per bad byte
}

TEST_CASE("lossy UTF-8 decoding: a 3-byte character read inline, the edges through the general path") {
  CHECK(from_utf8_lossy("\xe1\x80\x80\xee\x80\x80\xef\xbf\xbf\xe4\xb8\xad") == U"\u1000\uE000\uFFFF中");
  CHECK(from_utf8_lossy("\xe0\xa0\x80\xed\x9f\xbf") == U"\u0800\uD7FF");
  CHECK(from_utf8_lossy("\xe0\x80\x80") == U"\uFFFD\uFFFD\uFFFD");  // overlong
  CHECK(from_utf8_lossy("\xe4\xb8x\xe4\xb8") == U"\uFFFD\uFFFDx\uFFFD\uFFFD");  // cut short
}

TEST_CASE("sentence and line bounds from the index equal a walk over the characters") {
  // The walks the index replaced (they were quadratic on a long paragraph without a full stop).
  // The second text puts characters at the edges of the range the index passes over (U+3003 to
  // U+FF00): 。 (U+3002), 〃 (U+3003), ！ (U+FF01), and an astral character.
  for (const char* text : {"收入10万元；其中A 4万元。\n增长1%增长2%！\n\n末尾无句号", "一〃二。三！四𠀀五？六\n七"}) {
    Text t = Text::from_utf8(text);
    auto end = [](char32_t c) { return c == U'。' || c == U'；' || c == U';' || c == U'！' || c == U'？' ||
                                       c == U'!' || c == U'?' || c == U'\n'; };
    for (std::size_t at = 0; at <= t.size() + 2; ++at) {
      std::size_t b = std::min(at, t.size());
      while (b > 0 && !end(t.at(b - 1))) --b;
      std::size_t s = at;
      while (s < t.size() && !end(t.at(s))) ++s;
      std::size_t l = at;
      while (l < t.size() && t.at(l) != U'\n') ++l;
      CAPTURE(at);
      CHECK(t.sentence_begin(at) == b);
      CHECK(t.sentence_stop(at) == s);
      CHECK(t.line_stop(at) == l);
    }
  }
  Text t = Text::from_utf8("收入10万元；其中A 4万元。");
  CHECK(t.sentence_begin(9) == 7);  // just after "；"
  Text astral = Text::from_utf8("一〃二。三！四𠀀五");
  CHECK(astral.utf16(8) == 9);
}
