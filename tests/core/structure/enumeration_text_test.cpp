#include <doctest/doctest.h>

#include "structure/enumerations_internal.h"

using namespace gouji::enumeration_detail;

TEST_CASE("kCountNumerals holds exactly the numerals han_digit values above 0") {
  int differ = 0;
  for (char32_t c = 0x3000; c < 0xA000; ++c)
    differ += (han_digit(c) > 0) != (words::kCountNumerals.find(c) != std::u32string_view::npos);
  CHECK(differ == 0);
  CHECK(han_digit(U'千') == 1000);
  CHECK(han_digit(U'零') == 0);  // a count never starts with it
}

TEST_CASE("bracket and clause tests let Han text go and still see every bracket") {
  for (char32_t c : std::u32string_view(U"（(【[〔“《‘〈「『{｛")) CHECK(is_open(c));
  for (char32_t c : std::u32string_view(U"）)】]〕”》’〉」』}｝")) CHECK(is_close(c));
  for (char32_t c : std::u32string_view(U"，,。；;：:！？!?\n")) CHECK(is_clause_end(c));
  CHECK_FALSE(is_open(U'办'));
  CHECK_FALSE(is_close(U'室'));
  CHECK_FALSE(is_clause_end(U'、'));
}
