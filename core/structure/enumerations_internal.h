#pragma once
// Internal to the enumeration reader (structure/enumeration*.cpp): the text tools, the bracket
// index and the line scanner its files share. Not part of the stage's interface (enumerations.h).
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon/enumeration_words.h"
#include "structure/enumerations.h"
#include "text/chars.h"
#include "text/text.h"

namespace gouji {
namespace enumeration_detail {

using chars::is_digit;
using chars::is_han;
using chars::is_space;
namespace words = lex::enumerations;

constexpr std::size_t kNo = static_cast<std::size_t>(-1);

// --- text tools (enumeration_text.cpp)
bool is_open(char32_t c);
bool is_close(char32_t c);
bool is_clause_end(char32_t c);
bool is_counter(char32_t c);
bool is_unit_suffix(char32_t c);
bool counter_is_word(char32_t counter, char32_t next, char32_t next2);
int han_digit(char32_t c);
bool inside_quotes(const Text& t, std::size_t at);
std::size_t line_start(const Text& t, std::size_t at);
std::size_t line_end(const Text& t, std::size_t at);
bool compatible(char32_t a, char32_t b);
std::u32string_view view(const Text& t, std::size_t b, std::size_t e);
void trim(const Text& t, std::size_t& b, std::size_t& e);

// Matching brackets of one line: match[i] = index of the closing bracket for an opening one.
// Types may differ ("(…）" occurs in real reports); an unmatched bracket is an ordinary character.
struct Brackets {
  // The matching bracket's offset from base, indexed by position - base; 32 bits (a line is under
  // 64 MB of text) since one long line costs two of these per character (issue 16, memory).
  static constexpr std::uint32_t kNone32 = 0xFFFFFFFFu;
  std::vector<std::uint32_t> close_of;
  std::vector<std::uint32_t> open_of;
  std::size_t base = 0;
  void build(const Text& t, std::size_t b, std::size_t e);
  std::size_t close(std::size_t i) const { return at(close_of, i); }
  std::size_t open(std::size_t i) const { return at(open_of, i); }

 private:
  std::size_t at(const std::vector<std::uint32_t>& v, std::size_t i) const {
    return i >= base && i - base < v.size() && v[i - base] != kNone32 ? base + v[i - base] : kNo;
  }
};

bool names_parts(const Text& t, std::size_t at);
std::size_t strip_lead(const Text& t, std::size_t b, std::size_t e, const Brackets& br, std::size_t* lead_at);
std::size_t find_connector(const Text& t, std::size_t b, std::size_t e, const Brackets& br, std::size_t& len);
ListItem make_item(const Text& t, std::size_t b, std::size_t e);
std::size_t bare_length(std::size_t b, std::size_t e, const Brackets& br);
std::size_t strip_filler(const Text& t, std::size_t b, std::size_t e, bool& deng);

// --- the line scanner: finds the lists of one line and appends them to `out`.
//   enumeration_scanner.cpp  lines, ranges, bracket groups, the count before a list
//   enumeration_kinds.cpp    item kinds, verbs and ordinals that decide whether text is a list
//   enumeration_layouts.cpp  grouped items, 名称：类型 pairs, ，/；-separated names after a count
//   enumeration_clause.cpp   one clause's items and the count that goes with them
//   enumeration_build.cpp    the Enumeration built from the items found
class Scanner {
 public:
  Scanner(const Text& t, std::vector<Enumeration>& out) : t_(t), out_(out) {}

  void line(std::size_t b, std::size_t e);

 private:
  using Segs = std::vector<std::pair<std::size_t, std::size_t>>;

  const Text& t_;
  std::vector<Enumeration>& out_;
  Brackets br_;
  // Bracket groups nest by recursion, and each level rescans its content: past a depth no real
  // report reaches, inner groups are left unread (10^4 nested brackets overflowed the wasm stack).
  static constexpr int kMaxDepth = 16;
  int depth_ = 0;
  struct Deeper {
    int& d;
    explicit Deeper(int& d) : d(++d) {}
    ~Deeper() { --d; }
  };

  bool count_ending_at(std::size_t from, std::size_t at, CountPhrase& c);
  void range(std::size_t b, std::size_t e, bool in_brackets);
  void bracket_group(std::size_t range_b, std::size_t open, std::size_t close);

  char32_t kind_char(std::size_t b, std::size_t e);
  static bool of_kind(char32_t last, std::u32string_view noun, std::size_t* upto = nullptr);
  void cut_noun(CountPhrase& c, std::size_t len);
  std::size_t after_verb(std::size_t b, std::size_t e);
  bool ordinal_at(std::size_t x);
  bool has_verb(std::size_t b, std::size_t e);

  void grouped(const Segs& parents, const CountPhrase& outer);
  std::size_t colon_pairs(std::size_t cb, std::size_t colon, std::size_t e);
  std::size_t separated_items(std::size_t cb, std::size_t sep, std::size_t e);

  void clause(std::size_t cb, std::size_t ce, std::size_t pb, std::size_t pe, std::size_t p2b, std::size_t p2e);
  Segs clause_items(std::size_t cb, std::size_t ce);
  bool count_before_lead(std::size_t cb, std::size_t lead_at, std::size_t pb, std::size_t pe, std::size_t p2b,
                         std::size_t p2e, CountPhrase& c);
  bool items_carry_counts(const Segs& segs);
  bool list_then_closing_count(Segs& segs, std::size_t first_b);
  bool list_then_inner_count(const Segs& segs, std::size_t first_b);

  void build(Segs segs, ListShape shape, const CountPhrase* count, bool deng);
};

}  // namespace enumeration_detail
}  // namespace gouji
