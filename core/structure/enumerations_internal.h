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

// --- text tools (enumeration_text.cpp; the two asked of every character are inline here)
bool is_open(char32_t c);
bool is_close(char32_t c);
// Ends a clause in running text. Han text (U+3003…U+FEFF) holds none of these.
inline bool is_clause_end(char32_t c) {
  if (c > 0x3002 && c < 0xFF00) return false;
  return c == U'，' || c == U',' || c == U'。' || c == U'；' || c == U';' || c == U'：' || c == U':' ||
         c == U'！' || c == U'？' || c == U'!' || c == U'?' || c == U'\n' || c == U'\t' || c == U'\r';
}
bool is_counter(char32_t c);
bool is_unit_suffix(char32_t c);
bool counter_is_word(char32_t counter, char32_t next, char32_t next2);
// Value of a Chinese numeral character (零/〇 0, 一 1 … 千 1000), -1 for any other.
inline int han_digit(char32_t c) {
  switch (c) {
    case U'一': return 1; case U'二': case U'两': return 2; case U'三': return 3; case U'四': return 4;
    case U'五': return 5; case U'六': return 6; case U'七': return 7; case U'八': return 8;
    case U'九': return 9; case U'十': return 10; case U'百': return 100; case U'千': return 1000;
    case U'零': case U'〇': return 0;
    default: return -1;
  }
}
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
  std::size_t pairs = 0;  // matched pairs on the line: none on about half the lines of a report
  std::size_t close(std::size_t i) const { return at(close_of, i); }
  std::size_t open(std::size_t i) const { return at(open_of, i); }

 private:
  // Asked at nearly every character of a line by every pass over it.
  std::size_t at(const std::vector<std::uint32_t>& v, std::size_t i) const {
    if (pairs == 0) return kNo;
    std::size_t k = i - base;  // wraps past v.size() when i < base
    if (k >= v.size() || v[k] == kNone32) return kNo;
    return base + v[k];
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
  // `counts`: find_count_phrases(t), sorted by start.
  Scanner(const Text& t, const std::vector<CountPhrase>& counts, std::vector<Enumeration>& out)
      : t_(t), counts_(counts), out_(out) {}

  void line(std::size_t b, std::size_t e);

 private:
  using Segs = std::vector<std::pair<std::size_t, std::size_t>>;

  const Text& t_;
  const std::vector<CountPhrase>& counts_;
  std::vector<Enumeration>& out_;
  Brackets br_;
  // The line being read and its count phrases (counts_[line_counts_b_, line_counts_e_)).
  std::size_t line_b_ = 0, line_e_ = 0, line_counts_b_ = 0, line_counts_e_ = 0;
  // Bracket groups nest by recursion, and each level rescans its content: past a depth no real
  // report reaches, inner groups are left unread (10^4 nested brackets overflowed the wasm stack).
  static constexpr int kMaxDepth = 16;
  int depth_ = 0;
  struct Deeper {
    int& d;
    explicit Deeper(int& d) : d(++d) {}
    ~Deeper() { --d; }
  };

  // The count phrase starting exactly at `at` (what read_count_phrase reads there), or null: the
  // scanner asks at most positions of a line several times, and most lines hold no count.
  const CountPhrase* count_at(std::size_t at) const {
    bool in_line = at >= line_b_ && at < line_e_;
    return in_line && line_counts_b_ == line_counts_e_ ? nullptr : find_count(at, in_line);
  }
  const CountPhrase* find_count(std::size_t at, bool in_line) const;
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
  void clause_items(std::size_t cb, std::size_t ce, Segs& segs);
  bool count_before_lead(std::size_t cb, std::size_t lead_at, std::size_t pb, std::size_t pe, std::size_t p2b,
                         std::size_t p2e, CountPhrase& c);
  bool items_carry_counts(const Segs& segs);
  bool list_then_closing_count(Segs& segs, std::size_t first_b);
  bool list_then_inner_count(const Segs& segs, std::size_t first_b);

  void build(const Segs& items, ListShape shape, const CountPhrase* count, bool deng);

  // Reused by every clause and every list built (clause() and build() never run inside
  // themselves): a vector each was an allocation per clause.
  Segs clause_segs_, build_segs_;
};

}  // namespace enumeration_detail
}  // namespace gouji
