#pragma once
// Internal to the number reader (numbers/number_*.cpp): the characters and text tests every
// number form uses, the candidate a form reads, and the Reader pass whose forms are split by file
// (Arabic digits, Chinese numerals and 百分之, the label read before a number). Not an interface
// of the numbers stage.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "numbers/chinese_numerals.h"
#include "numbers/number_reader.h"
#include "numbers/units.h"
#include "text/chars.h"

namespace gouji {
namespace number_detail {

using namespace chars;
using Str = std::u32string_view;
using Direction = Quantity::Direction;

constexpr std::size_t kLabelMax = 40;  // characters a label may reach back
constexpr std::size_t kPostMax = 20;   // characters a "N个X" noun may reach forward

inline bool is_range_sep(char32_t c) {
  return c == U'-' || c == U'－' || c == U'~' || c == U'～' || c == U'〜' || c == U'至' || c == U'—' ||
         c == U'–' || c == U'到';
}
inline bool is_minus(char32_t c) { return c == U'-' || c == U'－' || c == U'−'; }
inline bool is_group_space(char32_t c) { return c == U' ' || c == U'\u00A0'; }
inline bool in(Str set, char32_t c) { return set.find(c) != Str::npos; }
inline char32_t at(Str s, std::size_t i) { return i < s.size() ? s[i] : U'\0'; }
inline char32_t before(Str s, std::size_t i) { return i > 0 && i <= s.size() ? s[i - 1] : U'\0'; }
inline bool is_chinese_numeral_char(char32_t c) { return is_chinese_digit(c) || is_chinese_magnitude(c); }

// --- Arabic digits (number_arabic.cpp)
struct ArabicToken {
  std::size_t start = 0, end = 0;
  std::string ascii;      // "1234.56"
  int decimals = 0;
  std::size_t int_digits = 0;
  bool leading_zero = false;  // "0736"
  bool multi_dot = false;     // "1.2.3", "2024.12.31"
};
ArabicToken scan_arabic(Str s, std::size_t i);

// --- small text helpers (number_reader.cpp)
// The character before i, skipping spaces ('\0' at the line or text start).
char32_t prev_visible(Str s, std::size_t i);
bool opens_list_item(char32_t c);
// Inside “…” or 《…》 on the same line, within a short distance.
bool inside_quotes(Str s, std::size_t i);
bool starts_with_any(Str s, std::size_t at_, const Str* words, std::size_t n);
template <std::size_t N>
bool starts_with_any(Str s, std::size_t at_, const Str (&words)[N]) {
  return starts_with_any(s, at_, words, N);
}
// A name from the list covering position i ("“三个高地”", "一次性"), not starting inside
// [skip_b, skip_e) (the numeral being read: the 二次 of "十二次" is not a name).
bool in_number_name(Str s, std::size_t i, std::size_t skip_b = 0, std::size_t skip_e = 0);
// A unit written at j, unless its first character starts a word ("3家庭医生", "三分之一").
const UnitDef* unit_at(Str s, std::size_t j);

// --- what follows a number: its unit, 角/分, a suffix marker (number_suffixes.cpp)
struct Candidate {
  std::size_t start = 0;       // first character of the number (its sign included)
  std::size_t number_end = 0;  // end of the digits (of the upper end for a range)
  std::size_t end = 0;         // past the unit and suffix marker
  Decimal value;
  int decimals = 0;
  std::optional<Decimal> upper;
  const UnitDef* unit = nullptr;
  Approx approx = Approx::Exact;
  Comparator comparator = Comparator::None;
  bool chinese = false;
};

// The unit after the number at j, with 余/多 before it ("200余万元", "29万多元", "3000多人");
// "3千万元" (Arabic digits with 千/百 before the unit) multiplies the value.
struct UnitRead {
  const UnitDef* unit = nullptr;
  std::size_t end = 0;
  bool at_least = false;
  int multiply = 0;  // 10^multiply applied to the value (千 → 3, 百 → 2)
};

UnitRead read_unit(Str s, std::size_t j, bool allow_multiplier_prefix);
// "元" followed by 整, or by 角/分 digits ("123元1角1分", "一百元五角"): folded into the value.
void read_jiao_fen(Str s, Candidate& c);
void read_suffix_marker(Str s, Candidate& c);

// --- the label before a number (number_labels.cpp)
bool ends_with(const std::u32string& s, Str w);
struct CleanLabel {
  std::u32string text;
  bool stated_by_wei = false;  // ended in 为/是 before cleaning ("目标数是")
};
CleanLabel clean_label(Str raw);
// The phrase before `label_end` back to a clause mark, a bracket opening the clause, a tab, the
// previous quantity or kLabelMax characters; a （…） aside inside is stepped over.
std::size_t label_begin(Str s, std::size_t label_end, std::size_t floor);
bool post_label_kind(UnitKind k);
// "下辖7个事业单位（…）": the noun after a count, to its last head noun before a verb.
bool post_label(Str s, const Candidate& c, std::size_t& b, std::size_t& e);
bool has_any(Str s, const Str* ws, std::size_t n);

class Reader {
 public:
  explicit Reader(const Text& t) : text_(t), s_(t.chars()) {}

  std::vector<Quantity> run();

 private:
  const Text& text_;
  Str s_;
  std::vector<Quantity> out_;
  std::size_t floor_ = 0;  // labels never reach before this (end of the previous quantity/label)

  // Skips an alphanumeric run (codes such as 11430725MB0X577440, phone numbers 0736-7221234).
  std::size_t skip_code(std::size_t k) const;

  bool chinese_start(std::size_t i) const;

  std::size_t arabic(std::size_t i);  // number_arabic.cpp

  std::size_t per_hundred(std::size_t i, std::size_t len, UnitKind kind);  // number_chinese.cpp

  std::size_t chinese(std::size_t i);  // number_chinese.cpp

  // Where the context is money, a multiplier with no unit ("增收4,376万") is read as 万元: by
  // its label, else by a money amount next to it in the same sentence. One pass, each look-around
  // bounded.
  void money_from_context();
  void unit_written_once();

  void finish(Candidate& c);  // number_labels.cpp
};

}  // namespace number_detail
}  // namespace gouji
