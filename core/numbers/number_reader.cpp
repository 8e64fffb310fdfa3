#include "numbers/number_reader.h"

#include <algorithm>

#include "numbers/chinese_numerals.h"
#include "lexicon/lexicon.h"
#include "lexicon/number_words.h"
#include "text/chars.h"

namespace gouji {
namespace {

using namespace chars;
using Str = std::u32string_view;
using Direction = Quantity::Direction;

constexpr std::size_t kLabelMax = 40;  // characters a label may reach back
constexpr std::size_t kPostMax = 20;   // characters a "N个X" noun may reach forward

bool is_range_sep(char32_t c) {
  return c == U'-' || c == U'－' || c == U'~' || c == U'～' || c == U'〜' || c == U'至' || c == U'—' ||
         c == U'–' || c == U'到';
}
bool is_minus(char32_t c) { return c == U'-' || c == U'－' || c == U'−'; }
bool is_group_space(char32_t c) { return c == U' ' || c == U'\u00A0'; }
bool in(Str set, char32_t c) { return set.find(c) != Str::npos; }
char32_t at(Str s, std::size_t i) { return i < s.size() ? s[i] : U'\0'; }
char32_t before(Str s, std::size_t i) { return i > 0 && i <= s.size() ? s[i - 1] : U'\0'; }
bool is_chinese_numeral_char(char32_t c) { return is_chinese_digit(c) || is_chinese_magnitude(c); }

// ---- Arabic digits ------------------------------------------------------------------------------

struct ArabicToken {
  std::size_t start = 0, end = 0;
  std::string ascii;      // "1234.56"
  int decimals = 0;
  std::size_t int_digits = 0;
  bool leading_zero = false;  // "0736"
  bool multi_dot = false;     // "1.2.3", "2024.12.31"
};

std::size_t digit_run(Str s, std::size_t k) {
  while (k < s.size() && is_digit(s[k])) ++k;
  return k;
}

void append_digits(std::string& out, Str s, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k) out += static_cast<char>('0' + digit_value(s[k]));
}

ArabicToken scan_arabic(Str s, std::size_t i) {
  ArabicToken t;
  t.start = i;
  std::size_t e = digit_run(s, i);
  append_digits(t.ascii, s, i, e);
  t.int_digits = e - i;
  t.leading_zero = e - i >= 2 && digit_value(s[i]) == 0;
  std::size_t j = e;
  // Thousands groups: "1,234", "1，234", "767 067" — only after a first group of 1–3 digits, only
  // before exactly three digits.
  if (e - i <= 3) {
    while (j + 3 < s.size() + 1 && j < s.size() &&
           (s[j] == U',' || s[j] == U'，' || is_group_space(s[j]))) {
      std::size_t g = digit_run(s, j + 1);
      if (g != j + 4) break;
      append_digits(t.ascii, s, j + 1, g);
      t.int_digits += 3;
      j = g;
    }
  }
  if (j + 1 < s.size() && is_decimal_point(s[j]) && is_digit(s[j + 1])) {
    std::size_t f = digit_run(s, j + 1);
    t.ascii += '.';
    append_digits(t.ascii, s, j + 1, f);
    t.decimals = static_cast<int>(f - j - 1);
    j = f;
    while (j + 1 < s.size() && is_decimal_point(s[j]) && is_digit(s[j + 1])) {
      t.multi_dot = true;
      j = digit_run(s, j + 1);
    }
  }
  t.end = j;
  return t;
}

// ---- small text helpers -------------------------------------------------------------------------


// The character before i, skipping spaces ('\0' at the line or text start).
char32_t prev_visible(Str s, std::size_t i) {
  std::size_t k = i, n = 0;
  while (k > 0 && is_space(s[k - 1]) && n < 16) { --k; ++n; }
  return k == 0 ? U'\0' : s[k - 1];
}

bool opens_list_item(char32_t c) {
  return c == U'\0' || c == U'\n' || c == U'：' || c == U':' || c == U'；' || c == U';' || c == U'。' ||
         c == U'！' || c == U'？' || c == U'!' || c == U'?';
}

// Inside “…” or 《…》 on the same line, within a short distance.
bool inside_quotes(Str s, std::size_t i) {
  for (std::size_t k = i, n = 0; k > 0 && n < 40; --k, ++n) {
    char32_t c = s[k - 1];
    if (c == U'\n' || c == U'”' || c == U'》' || c == U'。') return false;
    if (c == U'“' || c == U'《') return true;
  }
  return false;
}

bool starts_with_any(Str s, std::size_t at_, const Str* words, std::size_t n) {
  for (std::size_t k = 0; k < n; ++k)
    if (starts_with(s, at_, words[k])) return true;
  return false;
}

template <std::size_t N>
bool starts_with_any(Str s, std::size_t at_, const Str (&words)[N]) {
  return starts_with_any(s, at_, words, N);
}

// A name from the list covering position i ("“三个高地”", "一次性"), not starting inside
// [skip_b, skip_e) (the numeral being read: the 二次 of "十二次" is not a name).
bool in_number_name(Str s, std::size_t i, std::size_t skip_b = 0, std::size_t skip_e = 0) {
  for (Str name : words::kNumberNames) {
    for (std::size_t k = 0; k < name.size(); ++k) {
      if (name[k] != s[i] || k > i) continue;
      std::size_t b = i - k;
      if (b > skip_b && b < skip_e) continue;
      if (starts_with(s, b, name)) return true;
    }
  }
  return false;
}

// A unit written at j, unless its first character starts a word ("3家庭医生", "三分之一").
const UnitDef* unit_at(Str s, std::size_t j) {
  if (j >= s.size()) return nullptr;
  const UnitDef* u = match_unit(s.substr(j, 8));
  if (!u) return nullptr;
  if (u->text.size() == 1 && starts_with_any(s, j, words::kNotUnitWords)) return nullptr;
  return u;
}

// ---- candidates ---------------------------------------------------------------------------------

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

UnitRead read_unit(Str s, std::size_t j, bool allow_multiplier_prefix) {
  UnitRead r;
  r.end = j;
  std::size_t k = j;
  if (in(words::kMoreThan, at(s, k))) {
    if (const UnitDef* u = unit_at(s, k + 1)) {
      r.unit = u;
      r.at_least = true;
      r.end = k + 1 + u->text.size();
      return r;
    }
    // "29万多元", "200万余元": the multiplier before 多/余 belongs to the unit.
  }
  if (const UnitDef* u = unit_at(s, k)) {
    r.unit = u;
    r.end = k + u->text.size();
    return r;
  }
  char32_t c = at(s, k);
  if ((c == U'万' || c == U'亿') && in(words::kMoreThan, at(s, k + 1))) {
    std::u32string joined(1, c);
    joined += s.substr(k + 2, 4);
    const UnitDef* u = match_unit(joined);
    if (u && u->text.size() >= 2 && u->text[0] == c) {
      r.unit = u;
      r.at_least = true;
      r.end = k + 2 + u->text.size() - 1;
      return r;
    }
  }
  if (allow_multiplier_prefix && (c == U'千' || c == U'百')) {
    const UnitDef* u = unit_at(s, k + 1);
    if (u && (u->kind == UnitKind::Money || u->pow10 >= 4)) {
      r.unit = u;
      r.multiply = c == U'千' ? 3 : 2;
      r.end = k + 1 + u->text.size();
      return r;
    }
  }
  if (const UnitDef* m = match_multiplier(s.substr(k, 4))) {
    if (in(words::kMoreThan, at(s, k + m->text.size()))) r.at_least = true;
    r.unit = m;
    r.end = k + m->text.size() + (r.at_least ? 1 : 0);
  }
  return r;
}

// "元" followed by 整, or by 角/分 digits ("123元1角1分", "一百元五角"): folded into the value.
void read_jiao_fen(Str s, Candidate& c) {
  if (!c.unit || c.unit->kind != UnitKind::Money || c.unit->pow10 != 0) return;
  std::size_t k = c.end;
  if (at(s, k) == words::kWhole) { c.end = k + 1; return; }
  auto digit = [&](std::size_t p) -> int {
    char32_t ch = at(s, p);
    if (is_digit(ch)) return digit_value(ch);
    if (is_chinese_digit(ch)) {
      auto n = read_chinese_number(s, p);
      return n && n->end == p + 1 ? static_cast<int>(n->value.raw() / Decimal::pow10(0).raw()) : -1;
    }
    return -1;
  };
  int d = digit(k);
  if (d >= 0 && at(s, k + 1) == words::kJiao) {
    c.value = c.value + Decimal::from_int(d) * Decimal::pow10(-1);
    c.decimals = std::max(c.decimals, 1);
    k += 2;
    c.end = k;
    d = digit(k);
  }
  if (d >= 0 && at(s, k + 1) == words::kFen) {
    c.value = c.value + Decimal::from_int(d) * Decimal::pow10(-2);
    c.decimals = 2;
    c.end = k + 2;
  }
}

void read_suffix_marker(Str s, Candidate& c) {
  const words::Marker* best = nullptr;
  for (const auto& m : words::kSuffixMarkers)
    if (starts_with(s, c.end, m.text) && (!best || m.text.size() > best->text.size())) best = &m;
  if (best) {
    c.approx = c.upper ? Approx::About : best->approx;
    if (best->cmp != Comparator::None) c.comparator = best->cmp;
    c.end += best->text.size();
    return;
  }
  // "前70%内": within a rank or a share.
  if (at(s, c.end) == words::kWithin && c.unit && (c.unit->kind == UnitKind::Percent || c.unit->kind == UnitKind::Persons)) {
    c.approx = Approx::AtMost;
    c.comparator = Comparator::Le;
    c.end += 1;
  }
}

// ---- labels -------------------------------------------------------------------------------------

bool ends_with(const std::u32string& s, Str w) { return s.size() >= w.size() && Str(s).substr(s.size() - w.size()) == w; }
bool contains(Str s, Str w) { return s.find(w) != Str::npos; }

// Drops a leading date or period: "2024年", "2024年度", "2024年底", "11月底", "1-10月", "31日".
bool drop_date(std::u32string& l) {
  std::size_t k = 0;
  while (k < l.size() && is_digit(l[k])) ++k;
  if (k == 0) return false;
  std::size_t j = k;
  if (j < l.size() && is_range_sep(l[j]) && j + 1 < l.size() && is_digit(l[j + 1])) {
    j = j + 1;
    while (j < l.size() && is_digit(l[j])) ++j;
  }
  for (Str t : words::kDateTails) {
    if (Str(l).substr(j, t.size()) == t) {
      l.erase(0, j + t.size());
      return true;
    }
  }
  return false;
}

bool drop_lead_word(std::u32string& l) {
  for (Str w : words::kLeadWords) {
    if (l.size() <= w.size() || !begins(l, w)) continue;
    if (w == words::kJun && in(words::kJunNameNext, l[1])) continue;  // 均次门诊费用: 均 is part of the name
    l.erase(0, w.size());
    return true;
  }
  return false;
}

// Only words a label sheds ("还有9972.9万元…"): nothing in the clause names the figure.
bool only_lead_words(std::u32string l) {
  for (Str w : words::kLeadWords)
    if (l == w) return true;
  for (Str w : words::kTrailWords)
    if (l.size() > w.size() && ends_with(l, w)) {
      l.erase(l.size() - w.size());
      for (Str v : words::kLeadWords)
        if (l == v) return true;
    }
  return false;
}

struct CleanLabel {
  std::u32string text;
  bool stated_by_wei = false;  // ended in 为/是 before cleaning ("目标数是")
};

CleanLabel clean_label(Str raw) {
  CleanLabel out;
  // Asides in brackets and spaces go: "部门年初预算收入（含所属二级预算单位）".
  std::u32string l;
  int depth = 0;
  for (char32_t c : raw) {
    if (c == U'（' || c == U'(') { ++depth; continue; }
    if (c == U'）' || c == U')') { if (depth > 0) --depth; continue; }
    if (depth > 0 || is_space(c)) continue;
    l.push_back(c);
  }
  if (only_lead_words(l)) return out;
  for (bool changed = true; changed && !l.empty();) {
    changed = false;
    if (drop_date(l)) changed = true;
    if (drop_lead_word(l)) changed = true;
  }
  for (bool changed = true; changed && !l.empty();) {
    changed = false;
    for (Str w : words::kTrailWords) {
      if (l.size() > w.size() && ends_with(l, w)) {
        if (w.size() == 1 && in(words::kCopulas, w[0])) out.stated_by_wei = true;
        l.erase(l.size() - w.size());
        changed = true;
        break;
      }
    }
  }
  // "合理用药、抗生素规范使用等专项培训" → 专项培训 (an enumeration summed up by 等).
  for (std::size_t k = l.size(); k-- > 1;) {
    if (l[k] != words::kDeng || l.size() - k - 1 < 2) continue;
    if (in(words::kNotDengPrev, l[k - 1]) || in(words::kNotDengNext, l[k + 1])) continue;
    l.erase(0, k + 1);
    break;
  }
  // "正骨医院项目总投资项目": a 项目 left after 投资 adds nothing to the name.
  if (ends_with(l, words::kInvestmentItem) && l.size() > 4) l.erase(l.size() - 2);
  std::u32string before_verbs = l;
  // An indicator counted in 人数/户数… keeps its verb: "发放农村奖扶资金人数" is the indicator's name.
  bool indicator_count = l.size() >= 4 && l.back() == U'数';
  for (bool changed = true; changed && !indicator_count;) {
    changed = false;
    for (Str v : words::kLabelVerbs)
      if (l.size() >= v.size() + 2 && begins(l, v)) { l.erase(0, v.size()); changed = true; break; }
    if (!changed && drop_lead_word(l)) changed = true;
  }
  // A verb inside the label, unless it names a measure ("计生家庭资金发放准确率") or the rest
  // hangs on it ("抗疫特别国债安排的支出"): "在县城区新增灭鼠毒饵" → 灭鼠毒饵,
  // "经县委编办核定编制" → 编制. 派遣/派出 inside a label are part of a noun ("劳务派遣人员").
  if (!l.empty() && !in(words::kMeasureNounEnds, l.back())) {
    std::size_t cut = 0;
    for (Str v : words::kLabelVerbs) {
      if (std::find(std::begin(words::kNounVerbs), std::end(words::kNounVerbs), v) != std::end(words::kNounVerbs)) continue;
      std::size_t p = Str(l).rfind(v);
      if (p != Str::npos && p > 0 && l.size() >= p + v.size() + 2 && l[p + v.size()] != words::kDe)
        cut = std::max(cut, p + v.size());
    }
    if (cut > 0) l.erase(0, cut);
  }
  out.text = l.empty() ? before_verbs : l;
  return out;
}

// The phrase before `label_end` back to a clause mark, a bracket opening the clause, a tab, the
// previous quantity or kLabelMax characters; a （…） aside inside is stepped over.
std::size_t label_begin(Str s, std::size_t label_end, std::size_t floor) {
  std::size_t lb = label_end, steps = 0;
  while (lb > floor && steps < kLabelMax) {
    char32_t c = s[lb - 1];
    if (c == U'）' || c == U')') {
      std::size_t k = lb - 1, depth = 0;
      bool found = false;
      while (k > floor && lb - k < kLabelMax) {
        char32_t d = s[k - 1];
        if (d == U'）' || d == U')') ++depth;
        else if (d == U'（' || d == U'(') {
          if (depth == 0) { found = true; break; }
          --depth;
        } else if (d == U'\n' || is_sentence_end(d)) break;
        --k;
      }
      if (!found) break;
      steps += lb - k;
      lb = k - 1;
      continue;
    }
    if (is_sentence_end(c) || is_clause_sep(c) || c == U'\t' || c == U'（' || c == U'(' || c == U'\n') break;
    --lb;
    ++steps;
  }
  while (lb < label_end && is_space(s[lb])) ++lb;
  return lb;
}

bool post_label_kind(UnitKind k) {
  switch (k) {
    case UnitKind::Count: case UnitKind::Items: case UnitKind::Times: case UnitKind::Institutions:
    case UnitKind::Persons: case UnitKind::PersonVisits: case UnitKind::Cases: case UnitKind::Incidents:
    case UnitKind::Copies: case UnitKind::Buildings: case UnitKind::Vehicles: case UnitKind::Beds:
    case UnitKind::Seats: case UnitKind::Households: case UnitKind::Age: case UnitKind::InstitutionVisits:
      return true;
    default:
      return false;
  }
}

// "下辖7个事业单位（…）": the noun after a count, to its last head noun before a verb.
bool post_label(Str s, const Candidate& c, std::size_t& b, std::size_t& e) {
  if (!c.unit) return false;
  std::size_t p = c.end;
  bool de = at(s, p) == words::kDe && is_han(at(s, p + 1));
  UnitKind k = c.unit->kind;
  bool duration = k == UnitKind::Years || k == UnitKind::Days || k == UnitKind::Months || k == UnitKind::Hours;
  if (de) ++p;
  else if (duration || !post_label_kind(k)) return false;
  if (de && !duration && !post_label_kind(k)) return false;
  if (!is_han(at(s, p)) || in(words::kNotPostLabel, at(s, p))) return false;
  std::size_t q = p;
  while (q < s.size() && q - p < kPostMax && is_han(s[q])) {
    if (q > p && starts_with_any(s, q, words::kPostStops)) break;
    if (q > p && (is_chinese_digit(s[q]) && unit_at(s, q + 1))) break;
    ++q;
  }
  if (q - p < 1) return false;
  Str run = s.substr(p, q - p);
  std::size_t best = 0;
  for (Str h : words::kHeadNouns)
    for (std::size_t pos = run.find(h); pos != Str::npos; pos = run.find(h, pos + 1))
      best = std::max(best, pos + h.size());
  b = p;
  e = best > 0 ? p + best : q;
  if (e - b > 16) e = b + 16;
  return true;
}

bool has_any(Str s, const Str* ws, std::size_t n) {
  for (std::size_t k = 0; k < n; ++k)
    if (contains(s, ws[k])) return true;
  return false;
}

// ---- the reader ---------------------------------------------------------------------------------

class Reader {
 public:
  explicit Reader(const Text& t) : text_(t), s_(t.chars()) {}

  std::vector<Quantity> run() {
    std::size_t i = 0;
    while (i < s_.size()) {
      char32_t c = s_[i];
      if (is_digit(c) && !is_digit(before(s_, i)) && !is_decimal_point(before(s_, i))) {
        i = arabic(i);
      } else if (c == U'百' && starts_with(s_, i, words::kPercentWord)) {
        i = per_hundred(i, 3, UnitKind::Percent);
      } else if (c == U'千' && starts_with(s_, i, words::kPermilleWord)) {
        i = per_hundred(i, 3, UnitKind::Permille);
      } else if (chinese_start(i)) {
        i = chinese(i);
      } else {
        ++i;
      }
    }
    money_from_context();
    return std::move(out_);
  }

 private:
  const Text& text_;
  Str s_;
  std::vector<Quantity> out_;
  std::size_t floor_ = 0;  // labels never reach before this (end of the previous quantity/label)

  // Skips an alphanumeric run (codes such as 11430725MB0X577440, phone numbers 0736-7221234).
  std::size_t skip_code(std::size_t k) const {
    while (k < s_.size() && (is_digit(s_[k]) || is_latin(s_[k]) || s_[k] == U'-' || s_[k] == U'_' ||
                             (is_decimal_point(s_[k]) && is_digit(at(s_, k + 1)))))
      ++k;
    return k;
  }

  bool chinese_start(std::size_t i) const {
    char32_t c = s_[i];
    char32_t p = before(s_, i);
    if (is_chinese_numeral_char(p) || p == U'点' || p == U'几' || (p == U'数' && is_chinese_magnitude(c))) return false;
    if (is_chinese_digit(c) || c == U'十' || c == U'拾') return true;
    if ((c == U'几' || c == U'数') && is_chinese_magnitude(at(s_, i + 1))) return true;
    if ((c == U'百' || c == U'千' || c == U'万') && in(words::kRoughlyBefore, p)) return true;
    return false;
  }

  // ---- Arabic ----
  std::size_t arabic(std::size_t i) {
    char32_t prev = before(s_, i);
    if (is_latin(prev) || (is_minus(prev) && is_latin(before(s_, i - 1))) || prev == U'_') return skip_code(i);
    ArabicToken t = scan_arabic(s_, i);
    if (t.multi_dot) return t.end;  // 1.2.3, 2024.12.31
    char32_t next = at(s_, t.end);
    bool integer = t.decimals == 0;
    if (is_latin(next)) return skip_code(t.end);                       // 5G, 3D
    if (t.leading_zero && integer) return skip_code(t.end);            // 0736, 001
    if (next == U'〕' || next == U']' || next == U'】' || prev == U'〔' || prev == U'[') return t.end;
    if ((prev == U'“' || prev == U'"') && (next == U'”' || next == U'"')) return t.end;  // “6.22”
    if (integer && (prev == U'（' || prev == U'(') && (next == U'）' || next == U')')) return t.end;
    if (prev == U'第') return t.end;
    // Times, ratios and fractions: 8:30, 1:1.5, 1/2 (but "15.6/10万" is a rate).
    if ((next == U':' || next == U'：' || next == U'/') && is_digit(at(s_, t.end + 1)) &&
        !(next == U'/' && unit_at(s_, t.end)))
      return skip_code(t.end + 1);
    if ((prev == U':' || prev == U'：' || prev == U'/') && is_digit(before(s_, i - 1))) return t.end;
    if ((prev == U'时' || prev == U'点') && is_digit(before(s_, i - 1))) return t.end;  // 8时30分
    // List markers: "1、", "1.", "2）" opening an item.
    if (integer && (next == U'、' || next == U'．' || (next == U'.' && !is_digit(at(s_, t.end + 1))) ||
                    ((next == U'）' || next == U')') && prev != U'（' && prev != U'('))) {
      if (opens_list_item(prev_visible(s_, i)) || is_space(prev) || is_close_bracket(prev)) return t.end + 1;
    }
    // A number written against the previous quantity, with no unit ("3541.07万元2.3本项目").
    bool glued = !out_.empty() && out_.back().end == i && !is_minus(prev);

    Candidate c;
    c.start = i;
    c.number_end = t.end;
    auto parsed = Decimal::parse(t.ascii);
    if (!parsed) return t.end;
    c.value = *parsed;
    c.decimals = t.decimals;
    // Sign: "-0.6%", "－3", "负0.6%" (not a range's second half, not 正负).
    std::size_t sign_at = i;
    if (is_minus(prev) && !is_digit(before(s_, i - 1)) && before(s_, i - 1) != U'万' && before(s_, i - 1) != U'%') {
      sign_at = i - 1;
    } else if (prev == words::kNegative && !in(words::kNotNegativeBefore, before(s_, i - 1))) {
      sign_at = i - 1;
    }
    if (sign_at != i) {
      c.value = -c.value;
      c.start = sign_at;
    }

    // Unit.
    std::size_t j = t.end;
    UnitRead u = read_unit(s_, j, true);
    if (!u.unit && is_space(at(s_, j)) && at(s_, j) != U'\t' && !is_digit(at(s_, j + 1))) {
      UnitRead spaced = read_unit(s_, j + 1, true);  // "2960 人次" from a PDF copy
      if (spaced.unit && spaced.unit->kind != UnitKind::None) u = spaced;
    }
    // 年: a year (2024年) or, with one or two digits, a duration (为期1年).
    if (!u.unit && next == U'年') {
      if (t.int_digits >= 3 || in(words::kNotYearAfter, at(s_, t.end + 1)) || sign_at != i) return t.end + 1;
      u.unit = find_unit(words::kYearUnit, UnitKind::Years);
      u.end = t.end + 1;
    }
    // "5大中心": a count of the centres just listed.
    if (!u.unit && integer && next == words::kDa && is_han(at(s_, t.end + 1)) && !starts_with_any(s_, t.end, words::kNotUnitWords)) {
      u.unit = find_unit(words::kDaCounter, UnitKind::Count);
      u.end = t.end + 1;
    }
    if (!u.unit || u.unit->kind == UnitKind::None) {
      // Dates and times: 11月底, 9月29日, 10号, 8时; a year-like number before a word (2030规划).
      if (integer && !u.unit && in(words::kDateTimeAfter, next)) return t.end + 1;
      if (integer && !u.unit && t.int_digits == 4 && (t.ascii.compare(0, 2, "19") == 0 || t.ascii.compare(0, 2, "20") == 0) &&
          (is_han(next) || next == U'”' || next == U'》'))
        return t.end;
      // Phone numbers and long codes.
      if (integer && t.int_digits >= 11) return skip_code(t.end);
      if (glued) return t.end;
      // "2.2本计划…" at the start of a line: a section number.
      if (!u.unit && !integer && is_han(next) && opens_list_item(prev_visible(s_, i))) return t.end;
    }
    // Periods: "1-10月", "2019-2024年", "2024-12-31".
    if (integer && is_range_sep(next) && next != U'到' && is_digit(at(s_, t.end + 1)) && !u.unit) {
      ArabicToken hi = scan_arabic(s_, t.end + 1);
      char32_t after = at(s_, hi.end);
      auto year_like = [](const ArabicToken& a) {
        return a.int_digits == 4 && a.decimals == 0 && (a.ascii.compare(0, 2, "19") == 0 || a.ascii.compare(0, 2, "20") == 0);
      };
      if (in(words::kDateChars, after) || (is_minus(after) && is_digit(at(s_, hi.end + 1))) ||
          (year_like(t) && year_like(hi) && !unit_at(s_, hi.end))) {
        std::size_t k = hi.end;
        while (k < s_.size() && (is_digit(s_[k]) || is_minus(s_[k]) || in(words::kDateChars, s_[k]))) ++k;
        return k;
      }
    }
    if (u.unit) {
      c.unit = u.unit;
      if (u.multiply) {
        c.value = c.value * Decimal::pow10(u.multiply);
        c.decimals = std::max(0, c.decimals - u.multiply);
      }
      if (u.at_least) c.approx = Approx::AtLeast;
      c.end = u.end;
    } else {
      c.end = t.end;
    }
    // Ranges: "3-5万元", "3%-5%", "3～5", "3至5人", "1万-5万元".
    std::size_t sep = c.end;
    if (is_range_sep(at(s_, sep)) && (!c.unit || c.unit->kind == UnitKind::None || c.unit->kind == UnitKind::Percent)) {
      std::size_t h = sep + 1;
      if (at(s_, sep) == U'—' && at(s_, h) == U'—') ++h;
      if (is_digit(at(s_, h))) {
        ArabicToken hi = scan_arabic(s_, h);
        UnitRead hu = read_unit(s_, hi.end, true);
        auto hv = Decimal::parse(hi.ascii);
        char32_t after = at(s_, hi.end);
        bool period = !hu.unit && in(words::kDateChars, after);
        bool same = !c.unit || c.unit->kind == UnitKind::None
                        ? (!c.unit || (hu.unit && hu.unit->text.substr(0, c.unit->text.size()) == c.unit->text))
                        : hu.unit == c.unit;
        if (period) return hi.end + 1;
        if (hv && same && !hi.multi_dot) {
          if (hu.unit) {
            c.unit = hu.unit;
            c.end = hu.end;
          } else {
            c.end = hi.end;
          }
          if (hu.multiply) *hv = *hv * Decimal::pow10(hu.multiply);
          c.upper = *hv;
          c.number_end = hi.end;
          c.approx = Approx::About;
        }
      }
    }
    read_jiao_fen(s_, c);
    read_suffix_marker(s_, c);
    finish(c);
    return c.end;
  }

  // ---- 百分之 / 千分之 ----
  std::size_t per_hundred(std::size_t i, std::size_t len, UnitKind kind) {
    std::size_t k = i + len;
    Candidate c;
    c.start = i;
    c.chinese = true;
    if (is_digit(at(s_, k))) {
      ArabicToken t = scan_arabic(s_, k);
      auto v = Decimal::parse(t.ascii);
      if (!v) return k;
      c.value = *v;
      c.decimals = t.decimals;
      c.number_end = c.end = t.end;
    } else {
      auto n = read_chinese_number(s_, k);
      if (!n || n->digit_string) return k;
      c.value = n->value;
      c.decimals = n->decimals;
      c.upper = n->upper;
      if (c.upper) c.approx = Approx::About;
      c.number_end = c.end = n->end;
    }
    c.unit = kind == UnitKind::Percent ? find_unit(U"%", UnitKind::Percent) : find_unit(U"‰", UnitKind::Permille);
    read_suffix_marker(s_, c);
    finish(c);
    return c.end;
  }

  // ---- Chinese numerals ----
  std::size_t chinese(std::size_t i) {
    char32_t p = before(s_, i);
    bool mag_start = is_chinese_magnitude(s_[i]) && !(s_[i] == U'十' || s_[i] == U'拾');
    auto n = read_chinese_number(s_, i, mag_start);
    if (!n) return i + 1;
    if (n->digit_string) return n->end;
    std::size_t skip_to = std::max(n->end, i + 1);
    if (p == U'第') return skip_to;                                          // 第二
    if (n->single && n->value == Decimal::from_int(1) && in(words::kWordBeforeOne, p)) return skip_to;  // 统一
    if (n->single && (s_[i] == U'二' || s_[i] == U'贰')) return skip_to;     // 二次, 二级
    Candidate c;
    c.start = i;
    c.chinese = true;
    c.value = n->value;
    c.decimals = n->decimals;
    c.upper = n->upper;
    c.number_end = n->end;
    if (c.upper) c.approx = Approx::About;
    if (mag_start && p == words::kShang) c.approx = Approx::AtLeast;                 // 上百, 上千
    std::size_t j = n->end;
    // "两到三万": a range of numerals, the lower end taking the upper's 万/亿.
    if (is_range_sep(at(s_, j)) && at(s_, j) != U'-' && at(s_, j) != U'－') {
      auto hi = read_chinese_number(s_, j + 1);
      if (hi && !hi->digit_string && hi->value > c.value) {
        Decimal lo = c.value;
        if (hi->magnitude && !n->magnitude) {
          Decimal m = hi->magnitude == U'亿' || hi->magnitude == U'億' ? Decimal::pow10(8) : Decimal::pow10(4);
          if (lo * m < hi->value) lo = lo * m;
        }
        UnitRead hu = read_unit(s_, hi->end, false);
        if (hu.unit && hu.unit->kind != UnitKind::None) {
          c.value = lo;
          c.upper = hi->value;
          c.approx = Approx::About;
          c.number_end = hi->end;
          j = hi->end;
        }
      }
    }
    UnitRead u = read_unit(s_, j, false);
    if ((!u.unit || u.unit->kind == UnitKind::None) && at(s_, j) == U'年' && c.value <= Decimal::from_int(99) &&
        !in(words::kNotYearAfter, at(s_, j + 1))) {
      u.unit = find_unit(words::kYearUnit, UnitKind::Years);
      u.end = j + 1;
    }
    // Conservative: a Chinese numeral is a quantity only before a unit, outside names and quotes.
    if (!u.unit || u.unit->kind == UnitKind::None) return skip_to;
    if (u.unit->kind == UnitKind::Percent && u.unit->text == words::kCheng && s_[i] == U'一' && n->single &&
        starts_with(s_, i, words::kYiChengBuBian))
      return skip_to;
    if (inside_quotes(s_, i) || in_number_name(s_, i)) return skip_to;
    // A name may start at the numeral or after it (五个现代强县, 一次性), not inside it: the
    // 二次 in "十二次" is the tail of 十二 and its unit.
    for (std::size_t k = i; k < u.end; ++k)
      if (in_number_name(s_, k, i, n->end)) return skip_to;
    c.unit = u.unit;
    c.end = u.end;
    if (u.at_least) c.approx = Approx::AtLeast;
    read_jiao_fen(s_, c);
    read_suffix_marker(s_, c);
    finish(c);
    return c.end;
  }

  // ---- bare 万/亿 as money ----
  // Where the context is money, a multiplier with no unit ("增收4,376万") is read as 万元: by
  // its label, else by a money amount next to it in the same sentence. One pass, each look-around
  // bounded.
  void money_from_context() {
    auto money_unit = [](const UnitDef* m) -> const UnitDef* {
      std::u32string t(m->text);
      t += words::kYuan;
      return find_unit(t, UnitKind::Money);
    };
    auto same_sentence = [&](std::size_t a, std::size_t b) {
      if (b < a || b - a > 120) return false;
      for (std::size_t k = a; k < b; ++k)
        if (is_sentence_end(s_[k])) return false;
      return true;
    };
    for (std::size_t i = 0; i < out_.size(); ++i) {
      Quantity& q = out_[i];
      if (!q.unit || q.unit->kind != UnitKind::None || q.unit->pow10 < 4) continue;
      const UnitDef* money = money_unit(q.unit);
      if (!money) continue;
      Str raw = q.label_end > q.label_start && q.label_end <= q.start ? s_.substr(q.label_start, q.label_end - q.label_start) : Str();
      bool is_money = has_any(raw, words::kMoneyContextWords, std::size(words::kMoneyContextWords));
      if (!is_money && !has_any(raw, words::kNotMoneyWords, std::size(words::kNotMoneyWords))) {
        bool before = i > 0 && out_[i - 1].kind() == UnitKind::Money && same_sentence(out_[i - 1].end, q.start);
        bool after = i + 1 < out_.size() && out_[i + 1].kind() == UnitKind::Money && same_sentence(q.end, out_[i + 1].start);
        is_money = before || after;
      }
      if (is_money) q.unit = money;
    }
  }

  // ---- the words before the number, the label, the kind from the label ----
  void finish(Candidate& c) {
    Quantity q;
    q.value = c.value;
    q.decimals = c.decimals;
    q.unit = c.unit;
    q.approx = c.approx;
    q.comparator = c.comparator;
    q.upper = c.upper;
    q.start = c.start;
    q.end = c.end;
    q.number_end = c.number_end;

    // Approximation and comparator words right before the number ("不低于95%", "约3000人").
    std::size_t p = c.start;
    std::size_t label_end = p;
    for (int round = 0; round < 2; ++round) {
      std::size_t k = p;
      while (k > floor_ && is_space(s_[k - 1]) && p - k < 2) --k;
      const words::Marker* best = nullptr;
      for (const auto& m : words::kPrefixMarkers) {
        if (!ends_with_at(s_, k, m.text) || k - m.text.size() < floor_) continue;
        if (best && m.text.size() <= best->text.size()) continue;
        char32_t b = before(s_, k - m.text.size());
        if (m.text == words::kYue && in(words::kNotBeforeYue, b)) continue;
        if (m.text == words::kJin && (in(words::kNotBeforeJin, b) || (q.unit && q.unit->kind == UnitKind::Years))) continue;
        if (m.text == words::kChao && in(words::kNotBeforeChao, b)) continue;
        best = &m;
      }
      if (!best) break;
      // A range stays About; 达到/等于/= state an exact value.
      if (!q.upper && best->approx != Approx::Exact) q.approx = best->approx;
      if (best->cmp != Comparator::None && q.comparator == Comparator::None) q.comparator = best->cmp;
      p = k - best->text.size();
      label_end = p;
    }
    // The change word: "增长31.39%", "下降了3.71%", "增幅-0.6%".
    {
      std::size_t k = p;
      if (before(s_, k) == words::kLe) --k;
      Str best;
      Direction d = Direction::None;
      if (const lex::Entry* e = lex::match_before(s_, k, lex::Cls::Direction)) {  // one vocabulary: core/lexicon
        best = e->word;
        d = e->value == lex::Up ? Direction::Up : Direction::Down;
      }
      if (best == words::kZeng && before(s_, k - 1) == words::kXin) d = Direction::None;     // 新增: an amount added
      if (best == words::kJiang && before(s_, k - 1) == words::kSheng) d = Direction::None;     // 升降
      q.direction = d;
    }

    // The label: the count's noun after it ("7个事业单位"), else the phrase before it.
    std::size_t pb = 0, pe = 0;
    std::u32string label;
    std::size_t lb = label_begin(s_, label_end, floor_);
    Str raw = s_.substr(lb, label_end - lb);
    CleanLabel cl = clean_label(raw);
    if (post_label(s_, c, pb, pe)) {
      q.label_start = pb;
      q.label_end = pe;
      label = std::u32string(s_.substr(pb, pe - pb));
    } else {
      q.label_start = lb;
      q.label_end = label_end;
      label = cl.text;
      // "2960人次、105.1万毫升": a figure with no name of its own shares the previous one's.
      if (label.empty() && !out_.empty()) {
        const Quantity& pq = out_.back();
        bool near = pq.end <= c.start && c.start - pq.end <= 2;
        for (std::size_t k = pq.end; near && k < lb; ++k)
          near = in(words::kNearSeparators, s_[k]);
        if (near && pq.label_end <= pq.start) {
          label = from_utf8_lossy(pq.label);
          q.label_start = pq.label_start;
          q.label_end = pq.label_end;
        }
      }
      // "排名全省前70%内": the rank, not a "前".
      if (!label.empty() && label.back() == words::kQian && q.comparator == Comparator::Le) label.pop_back();
    }
    // "目标数是1330例": a target stated with 为/是.
    if (q.comparator == Comparator::None && cl.stated_by_wei) {
      for (Str w : words::kTargetNames)
        if (ends_with(cl.text, w)) { q.comparator = Comparator::Eq; break; }
    }
    // Unit costs and per-capita ratios, from the label (R94).
    if (q.unit) {
      bool cost = begins(std::u32string(raw), words::kPerHundredYuan) || has_any(raw, words::kUnitCostWords, std::size(words::kUnitCostWords));
      bool per_capita = has_any(raw, words::kPerCapitaWords, std::size(words::kPerCapitaWords));
      if (q.unit->kind == UnitKind::Money && (cost || per_capita)) {
        if (const UnitDef* twin = find_unit(q.unit->text, UnitKind::UnitCost)) q.unit = twin;
      } else if (per_capita && post_label_kind(q.unit->kind)) {
        if (const UnitDef* twin = find_unit(q.unit->text, UnitKind::PerCapita)) q.unit = twin;
      }
    }
    q.label = to_utf8(label);
    q.text = text_.utf8(q.start, q.end);
    floor_ = std::max(q.end, q.label_end > q.end ? q.label_end : q.end);
    out_.push_back(std::move(q));
  }
};

}  // namespace

std::vector<Quantity> read_quantities(const Text& text) { return Reader(text).run(); }

}  // namespace gouji
