#include <doctest/doctest.h>

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
