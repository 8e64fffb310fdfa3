#include "numbers/chinese_numerals.h"

#include <vector>

namespace gouji {
namespace {

using u64 = unsigned long long;

int digit_of(char32_t c) {
  switch (c) {
    case U'零': case U'〇': return 0;
    case U'一': case U'壹': case U'弌': return 1;
    case U'二': case U'贰': case U'貳': case U'两': case U'兩': return 2;
    case U'三': case U'叁': case U'參': return 3;
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': case U'陸': return 6;
    case U'七': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'玖': return 9;
    default: return -1;
  }
}

u64 magnitude_of(char32_t c) {
  switch (c) {
    case U'十': case U'拾': return 10;
    case U'百': case U'佰': return 100;
    case U'千': case U'仟': return 1000;
    case U'万': case U'萬': return 10000;
    case U'亿': case U'億': return 100000000;
    default: return 0;
  }
}

bool is_fuzzy(char32_t c) { return c == U'几' || c == U'数'; }

// A digit position may stand for a range: 几 (2 … 9), 两三 (2 … 3).
struct Token {
  enum Kind { Digit, Zero, Mag } kind;
  u64 lo = 0, hi = 0;  // digit value(s) or magnitude
};

// Evaluates the tokens with the low (`high` false) or high digit of each position.
// Returns false when the sequence is not a well-formed numeral.
bool evaluate(const std::vector<Token>& toks, bool high, u64& out) {
  u64 total = 0, section = 0, number = 0, last_unit = 1;
  bool has_number = false, zero = false;
  const u64 kLimit = 100000000000000000ULL;  // 10^17: beyond any report, and far from overflow
  for (const Token& t : toks) {
    if (total > kLimit || section > kLimit) return false;
    if (t.kind == Token::Digit) {
      if (has_number) return false;
      number = high ? t.hi : t.lo;
      has_number = true;
    } else if (t.kind == Token::Zero) {
      zero = true;
    } else if (t.lo < 10000) {
      u64 n = has_number ? number : 1;  // 十二, (上)百
      section += n * t.lo;
      has_number = false;
      last_unit = t.lo;
      zero = false;
    } else if (t.lo == 10000) {
      if (has_number) section += number;
      if (section == 0 && total == 0) section = 1;  // (上)万
      total += section * 10000;
      section = 0;
      has_number = false;
      last_unit = 10000;
      zero = false;
    } else {
      u64 base = total + section + (has_number ? number : 0);
      if (base == 0) base = 1;
      total = base * t.lo;
      section = 0;
      has_number = false;
      last_unit = t.lo;
      zero = false;
    }
  }
  if (has_number) {
    // 一万二 = 12000, 三千五 = 3500, 一百二 = 120: a bare last digit counts in the next lower
    // place, unless a 零 stood before it (一百零二 = 102).
    if (!zero && last_unit >= 100 && toks.size() > 1) number *= last_unit / 10;
    section += number;
  }
  out = total + section;
  return out <= kLimit;
}

}  // namespace

bool is_chinese_digit(char32_t c) { return digit_of(c) >= 0; }
bool is_chinese_magnitude(char32_t c) { return magnitude_of(c) != 0; }

std::optional<ChineseNumber> read_chinese_number(std::u32string_view s, std::size_t i, bool allow_magnitude_start) {
  if (i >= s.size()) return std::nullopt;
  char32_t first = s[i];
  bool starts = digit_of(first) >= 0 || first == U'十' || first == U'拾' ||
                (is_fuzzy(first) && i + 1 < s.size() && magnitude_of(s[i + 1]) != 0) ||
                (allow_magnitude_start && magnitude_of(first) >= 100);
  if (!starts) return std::nullopt;

  ChineseNumber r;
  r.start = i;
  std::vector<Token> toks;
  bool fuzzy = false, adjacent = false;
  std::size_t j = i, digits_in_row = 0;
  while (j < s.size()) {
    char32_t c = s[j];
    int d = digit_of(c);
    if (d == 0) {
      toks.push_back({Token::Zero, 0, 0});
      ++digits_in_row;  // 〇 inside 二〇二四 keeps a digit string going
      ++j;
      continue;
    }
    if (d > 0) {
      if (!toks.empty() && toks.back().kind == Token::Digit) {
        Token& p = toks.back();
        // 两三个, 四五千: adjacent digits are a range; only one such pair.
        if (!adjacent && p.lo == p.hi && static_cast<u64>(d) == p.lo + 1 && digits_in_row == 1) {
          p.hi = static_cast<u64>(d);
          adjacent = true;
          ++digits_in_row;
          ++j;
          continue;
        }
        // Digits in a row without places: a digit string (二〇二四, 一二三).
        r.digit_string = true;
      }
      toks.push_back({Token::Digit, static_cast<u64>(d), static_cast<u64>(d)});
      ++digits_in_row;
      ++j;
      continue;
    }
    if (is_fuzzy(c)) {
      // 几十, 数百, 十几: a digit from 2 to 9.
      bool before_mag = j + 1 < s.size() && magnitude_of(s[j + 1]) != 0;
      bool after_ten = !toks.empty() && toks.back().kind == Token::Mag && toks.back().lo == 10;
      if (!(before_mag || after_ten) || (!toks.empty() && toks.back().kind == Token::Digit)) break;
      if (after_ten && !before_mag) toks.push_back({Token::Digit, 1, 9});  // 十几 = 11 … 19
      else toks.push_back({Token::Digit, 2, 9});
      fuzzy = true;
      digits_in_row = 1;
      ++j;
      continue;
    }
    u64 m = magnitude_of(c);
    if (m != 0) {
      if (r.digit_string) break;
      toks.push_back({Token::Mag, m, m});
      if (m >= 10000) r.magnitude = c;
      digits_in_row = 0;
      ++j;
      continue;
    }
    break;
  }
  if (toks.empty()) return std::nullopt;
  // A digit string with zeros (二〇二四) or three or more digits is a code or a year.
  bool any_mag = false;
  for (const Token& t : toks) any_mag |= t.kind == Token::Mag;
  if (!any_mag && toks.size() >= 2 && !adjacent) r.digit_string = true;

  r.end = j;
  r.single = (j - i) == 1;
  if (r.digit_string) {
    u64 v = 0;
    for (const Token& t : toks) v = v < 100000000000000000ULL ? v * 10 + (t.kind == Token::Digit ? t.lo : 0) : v;
    r.value = Decimal::from_int(static_cast<long long>(v));
    return r;
  }
  u64 lo = 0, hi = 0;
  if (!evaluate(toks, false, lo)) return std::nullopt;
  if (!evaluate(toks, true, hi)) return std::nullopt;
  r.value = Decimal::from_int(static_cast<long long>(lo));
  if (fuzzy || adjacent) r.upper = Decimal::from_int(static_cast<long long>(hi));

  // Decimals: 三点五, 百分之九十五点五.
  if (!fuzzy && !adjacent && j + 1 < s.size() && s[j] == U'点' && digit_of(s[j + 1]) >= 0) {
    std::size_t k = j + 1;
    Decimal frac;
    Decimal place = Decimal::pow10(-1);
    int n = 0;
    while (k < s.size() && digit_of(s[k]) >= 0 && n < 12) {
      frac = frac + place * Decimal::from_int(digit_of(s[k]));
      place = place * Decimal::pow10(-1);
      ++k;
      ++n;
    }
    r.value = r.value + frac;
    r.decimals = n;
    r.end = k;
    r.single = false;
  }
  return r;
}

}  // namespace gouji
