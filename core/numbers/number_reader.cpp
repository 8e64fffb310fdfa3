// Reads every quantity of a text in one pass: a number in any of its written forms (Arabic
// digits, Chinese numerals, 百分之), its unit and the label before it. This file holds the pass
// and the text tests the forms share; each form is a file: number_arabic.cpp, number_chinese.cpp,
// number_suffixes.cpp (what follows a number) and number_labels.cpp (the words before it).
#include "numbers/number_reader.h"

#include <algorithm>

#include "lexicon/lexicon.h"
#include "lexicon/number_words.h"
#include "numbers/number_reader_internal.h"

namespace gouji {
namespace number_detail {

// ---- small text helpers -------------------------------------------------------------------------


char32_t prev_visible(Str s, std::size_t i) {
  std::size_t k = i, n = 0;
  while (k > 0 && is_space(s[k - 1]) && n < 16) { --k; ++n; }
  return k == 0 ? U'\0' : s[k - 1];
}

bool opens_list_item(char32_t c) {
  return c == U'\0' || c == U'\n' || c == U'：' || c == U':' || c == U'；' || c == U';' || c == U'。' ||
         c == U'！' || c == U'？' || c == U'!' || c == U'?';
}

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


bool in_number_name(Str s, std::size_t i, std::size_t skip_b, std::size_t skip_e) {
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

const UnitDef* unit_at(Str s, std::size_t j) {
  if (j >= s.size()) return nullptr;
  const UnitDef* u = match_unit(s.substr(j, 8));
  if (!u) return nullptr;
  if (u->text.size() == 1 && starts_with_any(s, j, words::kNotUnitWords)) return nullptr;
  return u;
}

// ---- the reader ---------------------------------------------------------------------------------

std::vector<Quantity> Reader::run() {
  std::size_t i = 0;
  while (i < s_.size()) {
    char32_t c = s_[i];
    if (is_digit(c) && !is_digit(before(s_, i)) && !is_decimal_point(before(s_, i))) {
      i = arabic(i);
    } else if (c == U'百' && starts_with(s_, i, words::kPercentWord)) {
      i = per_hundred(i, 3, UnitKind::Percent);
    } else if (c == U'千' && starts_with(s_, i, words::kPermilleWord)) {
      i = per_hundred(i, 3, UnitKind::Permille);
    } else if (may_open_numeral(c) && chinese_start(i)) {  // most characters: one bit tested
      i = chinese(i);
    } else {
      ++i;
    }
  }
  money_from_context();
  unit_written_once();
  return std::move(out_);
}

std::size_t Reader::skip_code(std::size_t k) const {
  while (k < s_.size() && (is_digit(s_[k]) || is_latin(s_[k]) || s_[k] == U'-' || s_[k] == U'_' ||
                           (is_decimal_point(s_[k]) && is_digit(at(s_, k + 1)))))
    ++k;
  return k;
}

bool Reader::chinese_start(std::size_t i) const {
  char32_t c = s_[i];
  char32_t p = before(s_, i);
  if (is_chinese_numeral_char(p) || p == U'点' || p == U'几' || (p == U'数' && is_chinese_magnitude(c))) return false;
  if (is_chinese_digit(c) || c == U'十' || c == U'拾') return true;
  if ((c == U'几' || c == U'数') && is_chinese_magnitude(at(s_, i + 1))) return true;
  if ((c == U'百' || c == U'千' || c == U'万') && in(words::kRoughlyBefore, p)) return true;
  return false;
}

// ---- bare 万/亿 as money ----
void Reader::money_from_context() {
  auto money_unit = [](const UnitDef* m) -> const UnitDef* {
    std::u32string t(m->text);
    t += words::kYuan;
    return find_unit(t, UnitKind::Money);
  };
  // One statement: a list's items parted by "；" share their measure ("…项目40万；…项目2.75万").
  auto same_sentence = [&](std::size_t a, std::size_t b) {
    if (b < a || b - a > 120) return false;
    for (std::size_t k = a; k < b; ++k)
      if (is_sentence_end(s_[k]) && s_[k] != U'；' && s_[k] != U';') return false;
    return true;
  };
  // "…资金89.97万。其中:30万用于…", "…资金19204.096万。其中,央省14059.11万…": a sentence opening
  // with 其中 lists parts of the figure that closed the sentence before (each with its own name or
  // none), so they share its measure.
  auto opens_its_parts = [&](std::size_t a, std::size_t b) {
    if (b < a || b - a > 20 || !is_sentence_end(s_[a])) return false;
    std::size_t k = a + 1;
    while (k < b && is_space(s_[k])) ++k;
    const lex::Entry* e = lex::match_at(s_, k, lex::Cls::List);
    if (!e || e->value != lex::Intro) return false;
    for (k += e->word.size(); k < b && (is_space(s_[k]) || is_clause_sep(s_[k])); ++k) {}
    for (; k < b; ++k)  // the part's name: words only
      if (!is_han(s_[k])) return false;
    return true;
  };
  // Forward, then backward: in a list of bare amounts ("…项目40万；…经费25.85万；…") the one
  // its label marks as money makes its neighbours money, on either side.
  auto settle = [&](std::size_t i) {
    Quantity& q = out_[i];
    if (!q.unit || q.unit->kind != UnitKind::None || q.unit->pow10 < 4) return;
    const UnitDef* money = money_unit(q.unit);
    if (!money) return;
    Str raw = q.label_end > q.label_start && q.label_end <= q.start ? s_.substr(q.label_start, q.label_end - q.label_start) : Str();
    // The words right before the figure, when the label went to the figure before it
    // ("项目79个财政资金3038.38万": 财政资金 names the amount).
    if (raw.empty() && i > 0 && out_[i - 1].end < q.start && q.start - out_[i - 1].end <= 12)
      raw = s_.substr(out_[i - 1].end, q.start - out_[i - 1].end);
    bool is_money = has_any(raw, words::kMoneyContextWords, std::size(words::kMoneyContextWords));
    if (!is_money && !has_any(raw, words::kNotMoneyWords, std::size(words::kNotMoneyWords))) {
      // The nearest measure on each side within the sentence; a rate measures nothing of its own
      // ("决算为3.46万元，完成预算100%，较上年增加2.4万，增长0.24%": 2.4万 is money).
      auto measure = [&](std::size_t j) { return out_[j].kind() != UnitKind::Percent; };
      std::size_t b = i;
      while (b > 0 && !measure(b - 1) && i - b < 4) --b;
      std::size_t a = i + 1;
      while (a < out_.size() && !measure(a) && a - i < 4) ++a;
      bool before = b > 0 && measure(b - 1) && out_[b - 1].kind() == UnitKind::Money &&
                    (same_sentence(out_[b - 1].end, q.start) || opens_its_parts(out_[b - 1].end, q.start));
      bool after = a < out_.size() && out_[a].kind() == UnitKind::Money && same_sentence(q.end, out_[a].start);
      is_money = before || after;
    }
    if (is_money) q.unit = money;
  };
  for (std::size_t i = 0; i < out_.size(); ++i) settle(i);
  for (std::size_t i = out_.size(); i-- > 0;) settle(i);
}

// ---- a unit written once at the end of a 、 list ----
// "分别为300、200、150万元": every figure of the list is in 万元, though only the last says so.
// Only figures joined by a bare 、 share it (a "1、" item marker is followed by words, not a figure).
void Reader::unit_written_once() {
  for (std::size_t i = out_.size(); i-- > 1;) {
    Quantity& a = out_[i - 1];
    const Quantity& b = out_[i];
    if (a.unit || !b.unit || a.is_range() || a.end > b.start) continue;
    std::size_t k = a.end;
    while (k < b.start && is_space(s_[k])) ++k;
    if (k >= b.start || s_[k] != U'、') continue;
    ++k;
    while (k < b.start && is_space(s_[k])) ++k;
    if (k != b.start) continue;
    a.unit = b.unit;
  }
}

}  // namespace number_detail

std::vector<Quantity> read_quantities(const Text& text) { return number_detail::Reader(text).run(); }

}  // namespace gouji
