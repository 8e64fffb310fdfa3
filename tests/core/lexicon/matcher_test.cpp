// The one vocabulary and its longest-match matcher (core/lexicon).
#include <doctest/doctest.h>

#include <string>

#include "lexicon/lexicon.h"

using namespace gouji;

TEST_CASE("longest match: 年初预算 is a stage, not the base 预算; 增收 a direction") {
  std::u32string s = U"完成年初预算的98%，同比增收120万元";
  auto hits = lex::scan(s, 0, s.size());
  bool stage = false, up = false, base = false;
  for (const auto& h : hits) {
    if (auto e = h.get(lex::Cls::Stage); e && e->value == lex::Initial) stage = true;
    if (auto e = h.get(lex::Cls::Direction); e && e->value == lex::Up && e->word == U"增收") up = true;
    if (h.get(lex::Cls::Base)) base = true;
  }
  CHECK(stage);
  CHECK(up);
  CHECK_FALSE(base);
}

TEST_CASE("a label's last word, by class: 减支/压减/支付率/到位率") {
  std::u32string a = U"同比减支", b = U"资金支付率", c = U"资金到位率", d = U"较上年压减";
  auto e = lex::match_before(a, a.size(), lex::Cls::Direction);
  REQUIRE(e);
  CHECK(e->value == lex::Down);
  auto r = lex::match_before(b, b.size(), lex::Cls::Rate);
  REQUIRE(r);
  CHECK(r->value == lex::Payment);
  r = lex::match_before(c, c.size(), lex::Cls::Rate);
  REQUIRE(r);
  CHECK(r->value == lex::Arrival);
  e = lex::match_before(d, d.size(), lex::Cls::Direction);
  REQUIRE(e);
  CHECK(e->value == lex::Down);
  std::u32string none = U"公用经费";
  CHECK(lex::match_before(none, none.size(), lex::Cls::Direction) == nullptr);
}

TEST_CASE("a word may carry two roles: 增幅 is a direction and a growth rate") {
  std::u32string s = U"增幅";
  lex::Hit h = lex::match_at(s, 0);
  REQUIRE(h.roles);
  CHECK(h.get(lex::Cls::Direction));
  CHECK(h.get(lex::Cls::Rate));
  CHECK(h.end == 2);
}

TEST_CASE("the matcher is linear: a long text without words costs one step a character") {
  std::u32string s(1 << 20, U'x');
  s += U"其中";
  auto hits = lex::scan(s, 0, s.size());
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].start == (1u << 20));
}

#include "numbers/number_reader.h"

TEST_CASE("the number reader takes a change's direction from the lexicon: 增收/减支/压减") {
  auto qs = read_quantities(Text::from_utf8("比上年增收120万元，减支30万元，压减公用经费5万元，增长率8%。"));
  REQUIRE(qs.size() == 4);
  CHECK(qs[0].direction == Quantity::Direction::Up);
  CHECK(qs[1].direction == Quantity::Direction::Down);
  CHECK(qs[2].direction == Quantity::Direction::None);  // 压减 names the item, not the number
  CHECK(qs[3].direction == Quantity::Direction::Up);
}
