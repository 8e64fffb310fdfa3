#include <doctest/doctest.h>

#include "lexicon/heading_words.h"
#include "structure/han_ordinal.h"
#include "structure/headings.h"

using namespace gouji;

static std::vector<Heading> headings(const char* s) { return read_headings(Text::from_utf8(s), {}); }

TEST_CASE("numbering conventions are recognised and nested by style") {
  auto h = headings("一、部门基本情况\n\n（一）部门职责\n\n1、贯彻执行。\n\n2.负责全区。\n\n(二)机构设置\n\n（1）与县发改局\n\n二、 收支情况\n");
  REQUIRE(h.size() == 7);
  CHECK(h[0].style == MarkerStyle::HanComma);
  CHECK(h[1].style == MarkerStyle::HanParen);
  CHECK(h[1].parent == 0);
  CHECK(h[2].style == MarkerStyle::ArabicDot);
  CHECK(h[3].number == 2);
  CHECK(h[4].number == 2);       // half-width (二) is the same style as （一）
  CHECK(h[4].parent == 0);
  CHECK(h[5].style == MarkerStyle::ArabicParen);
  CHECK(h[6].number == 2);
  CHECK(h[6].parent == kNone);
  CHECK(h[6].title == "收支情况");
}

TEST_CASE("numbers that only look like markers are not headings") {
  CHECK(headings("2024年部门年初预算收入115480.58万元。\n\n1.5万元用于培训。\n").empty());
  auto h = headings("5、石鼓区老年服务中心，编制数5个；\n6、6个社区卫生服务中心定编不定岗。\n");
  REQUIRE(h.size() == 2);
  CHECK(h[1].number == 6);
}

TEST_CASE("a short standalone line is an unnumbered heading; the report title is not") {
  auto h = headings("2024年度某局整体支出\n\n绩效自评报告\n\n部门（单位）基本情况\n\n（一）机构\n\n正文。\n");
  REQUIRE(h.size() == 2);
  CHECK(h[0].style == MarkerStyle::Unnumbered);
  CHECK(h[0].title == "部门（单位）基本情况");
}

TEST_CASE("inline ordinals are read per paragraph") {
  auto o = read_inline_ordinals(Text::from_utf8("一是加强管理。二是优化服务；三是落实责任。\n首先，学习。其次，落实。"));
  REQUIRE(o.size() == 5);
  CHECK(o[2].number == 3);
  CHECK(o[3].paragraph == 2);
  CHECK(read_inline_ordinals(Text::from_utf8("统一是原则。")).empty());
}

TEST_CASE("kOrdinalNumerals holds exactly the characters han_ordinal reads a numeral from") {
  int differ = 0;
  for (char32_t c = 0x3000; c < 0xA000; ++c) {
    std::size_t len = 0;
    std::u32string one(1, c);
    bool opener = lex::headings::kOrdinalNumerals.find(c) != std::u32string_view::npos;
    differ += opener != (han_ordinal(one, len) != 0);
  }
  CHECK(differ == 0);
  std::size_t len = 0;
  CHECK(han_ordinal(U"九十九", len) == 99);
  CHECK(len == 3);
  CHECK(han_ordinal(U"两", len) == 0);  // a count, never an ordinal
}
