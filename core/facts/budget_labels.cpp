// How a figure's label is read: the clause before it, its role and modifier words (fund, stage,
// year), the sentence's topic (a unit, project or classification item) and how lists continue.
#include <algorithm>

#include "facts/budget_facts_internal.h"
#include "lexicon/budget_words.h"

namespace gouji {
namespace budget_detail {

using namespace lex::budget;

namespace {

// Roles whose key word may be followed by 支出/费用 ("公务接待费支出", "人员经费支出").
bool takes_zhichu_suffix(Role r) {
  switch (r) {
    case Role::SanGong: case Role::Abroad: case Role::CarTotal: case Role::CarPurchase: case Role::CarRun:
    case Role::Reception: case Role::Personnel: case Role::PublicCost:
      return true;
    default: return false;
  }
}

bool is_han_numeral(char32_t c) { return kHanNumerals.find(c) != Str::npos; }

void merge_fund(Mods& m, Fund f) {
  if (!m.fund_set) { m.fund = f; m.fund_set = true; return; }
  if (m.fund == f) return;
  if (m.fund == Fund::Fiscal && f != Fund::All && f != Fund::NonFiscal) { m.fund = f; return; }
  if (f == Fund::Fiscal && m.fund != Fund::All && m.fund != Fund::NonFiscal) return;
  m.ok = false;  // two different books: not one figure
}

void merge_stage(Mods& m, BudgetStage s) {
  if (m.stage == BudgetStage::None || m.stage == s) { m.stage = s; return; }
  if (m.stage == BudgetStage::Budget && (s == BudgetStage::Initial || s == BudgetStage::Full)) { m.stage = s; return; }
  if (s == BudgetStage::Budget && (m.stage == BudgetStage::Initial || m.stage == BudgetStage::Full)) return;
  m.ok = false;
}

// Strips trailing 为/是/达/共/有/计 … from a label ("在编在岗人员共有" → "在编在岗人员").
Str strip_trailing_fillers(Str l) {
  bool again = true;
  while (again && !l.empty()) {
    again = false;
    for (Str t : kTrailingFillers)
      if (l.size() > t.size() && l.substr(l.size() - t.size()) == t) { l.remove_suffix(t.size()); again = true; }
  }
  return l;
}

// raw[b, e) as a topic: a unit or project name, or a classification item; "" otherwise.
std::string topic_entity(Str s, std::size_t b, std::size_t e) {
  if (e <= b || e - b > 60) return {};
  std::u32string topic;
  int depth = 0;
  for (std::size_t k = b; k < e; ++k) {
    if (is_digit(s[k])) return {};
    if (is_round_open(s[k])) { ++depth; continue; }
    if (is_round_close(s[k])) { if (depth > 0) --depth; continue; }
    if (depth == 0 && !is_space(s[k]) && !is_quote(s[k]) && !is_sentence_end(s[k])) topic.push_back(s[k]);
  }
  if (topic.empty()) return {};
  if (item_marked(s.substr(b, e - b)) || ends_with_any(topic, kEntitySuffixes, std::size(kEntitySuffixes)))
    return to_utf8(topic);
  return {};
}

}  // namespace

bool is_quote(char32_t c) {
  return c == U'“' || c == U'”' || c == U'"' || c == U'‘' || c == U'’' || c == U'\'' || c == U'「' ||
         c == U'」' || c == U'《' || c == U'》';
}

bool is_round_open(char32_t c) { return c == U'（' || c == U'(' || c == U'【' || c == U'[' || c == U'〔'; }

bool is_round_close(char32_t c) { return c == U'）' || c == U')' || c == U'】' || c == U']' || c == U'〕'; }

void read_mods(Str s, Mods& m, bool spend_words) {
  std::size_t i = 0;
  while (i < s.size() && m.ok) {
    if (is_space(s[i])) { ++i; continue; }
    if (spend_words && (starts_with(s, i, kSpendWords[0]) || starts_with(s, i, kSpendWords[1]))) { i += 2; continue; }
    if (is_digit(s[i])) {
      std::size_t k = i;
      int v = 0;
      while (k < s.size() && is_digit(s[k])) { if (k - i < 6) v = v * 10 + digit_value(s[k]); ++k; }  // a year has 4 digits; longer runs only need skipping
      if (k < s.size() && s[k] == U'年') {
        if (k - i == 4) { m.year = v; m.scoped = true; }
        ++k;
        if (k < s.size() && s[k] == U'度') ++k;
      } else if (k < s.size() && (s[k] == U'月' || s[k] == U'日' || s[k] == U'号')) {
        ++k;
      } else {
        m.ok = false;
        return;
      }
      i = k;
      continue;
    }
    const Modifier* best = nullptr;
    for (const auto& mod : kModifiers)
      if (starts_with(s, i, mod.text) && (!best || mod.text.size() > best->text.size())) best = &mod;
    if (!best) { m.ok = false; return; }
    switch (best->kind) {
      case ModKind::Fund: merge_fund(m, best->fund); m.scoped = true; m.wide |= best->fund == Fund::All; break;
      case ModKind::Stage: merge_stage(m, best->stage); break;
      case ModKind::Grand: m.grand = m.scoped = true; break;
      case ModKind::Scope: m.scoped = m.wide = true; break;
      case ModKind::Filler: break;
    }
    i += best->text.size();
  }
}

std::u32string clause_label(Str s, const std::vector<Quantity>& qs, std::size_t qi, std::size_t* clause_start) {
  std::size_t lower = qi > 0 ? std::size_t(qs[qi - 1].end) : 0;
  std::size_t j = qs[qi].start;
  std::u32string rev;
  int depth = 0;
  while (j > lower && rev.size() < 40) {
    char32_t c = s[j - 1];
    if (depth > 0) {
      if (is_round_close(c)) ++depth;
      else if (is_round_open(c)) --depth;
      else if (c == U'\n') break;
      --j;
      continue;
    }
    if (is_round_close(c)) { ++depth; --j; continue; }
    if (is_round_open(c) || is_sentence_end(c) || is_clause_sep(c) || c == U'\t') break;
    if (!is_quote(c) && !is_space(c)) rev.push_back(c);
    --j;
  }
  if (clause_start) *clause_start = j;
  return std::u32string(rev.rbegin(), rev.rend());
}

Recognised recognise(const std::u32string& label) {
  Recognised best;
  Str l(label);
  for (const auto& w : kRoleWords) {
    for (std::size_t pos = l.find(w.text); pos != Str::npos; pos = l.find(w.text, pos + 1)) {
      Mods m;
      read_mods(l.substr(0, pos), m);
      read_mods(l.substr(pos + w.text.size()), m, takes_zhichu_suffix(w.role));
      if (!m.ok) continue;
      if (best.role == Role::None || w.text.size() > best.key.size()) {
        best.role = w.role;
        best.sign = w.sign;
        best.key = std::u32string(w.text);
        best.mods = m;
      }
    }
  }
  if (best.role != Role::None) {
    // "年初财政拨款结转和结余": the fund stands between 年初 and 结转和结余, which alone reads as
    // the year-end carry-over.
    if (best.role == Role::CarryOut) {
      Str before = l.substr(0, l.find(best.key));
      for (Str w : kCarryInLeads)
        if (before.find(w) != Str::npos) best.role = Role::CarryIn;
    }
    bool generic = std::find(std::begin(kGenericKeys), std::end(kGenericKeys), Str(best.key)) != std::end(kGenericKeys);
    best.bare = generic && !best.mods.scoped;
    best.narrow = generic && !best.mods.fund_set && !best.mods.wide;
    return best;
  }
  Mods m;
  read_mods(l, m);
  if (m.ok && !l.empty() && (m.fund_set || m.stage != BudgetStage::None)) {
    best.mods = m;
    best.modifiers_only = true;
  }
  return best;
}

Role recognise_end_word(const std::u32string& label, UnitKind kind) {
  Str l = strip_trailing_fillers(label);
  for (Str bad : kNotEndWordLabels)
    if (l.find(bad) != Str::npos) return Role::None;
  for (const auto& w : kEndWords) {
    if (l.size() < w.text.size() || l.substr(l.size() - w.text.size()) != w.text) continue;
    if (w.role == Role::SelfScore && kind != UnitKind::Score) continue;
    if (w.role != Role::SelfScore && kind != UnitKind::Persons && kind != UnitKind::Count) continue;
    return w.role;
  }
  return Role::None;
}

std::string canonical_name(Role r, const std::u32string& key) {
  std::u32string k = key;
  if (r == Role::Econ) {
    for (const auto& c : kEconNames)
      if (k.find(c.prefix) == 0) { k = c.name; break; }
  } else if (r == Role::Func) {
    for (const auto& c : kFuncNames)
      if (k == c.prefix) k = c.name;
  }
  return to_utf8(k);
}

std::size_t sentence_start(Str s, std::size_t at) {
  while (at > 0 && !is_sentence_end(s[at - 1])) --at;
  return at;
}

std::size_t skip_list_marker(Str s, std::size_t at) {
  std::size_t k = at;
  while (k < s.size() && is_space(s[k])) ++k;
  std::size_t b = k;
  bool paren = k < s.size() && is_round_open(s[k]);
  if (paren) ++k;
  std::size_t d = k;
  while (k < s.size() && (is_digit(s[k]) || is_han_numeral(s[k])) && k - d < 3) ++k;
  if (k == d) return b;
  if (paren) return k < s.size() && is_round_close(s[k]) ? k + 1 : b;
  if (k < s.size() && (s[k] == U'、' || s[k] == U'.' || s[k] == U'．')) {
    if (is_han_numeral(s[d]) && s[k] != U'、') return b;
    return k + 1;
  }
  return b;
}

bool ends_with_any(Str t, const Str* words, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i)
    if (t.size() >= words[i].size() && t.substr(t.size() - words[i].size()) == words[i]) return true;
  return false;
}

bool item_marked(Str raw) {
  for (Str w : kClassLevelMarks)
    if (raw.find(w) != Str::npos) return true;
  return false;
}

std::string sentence_entity(Str s, std::size_t sent_start, std::size_t q_start) {
  std::size_t b = skip_list_marker(s, sent_start);
  std::size_t e = b;
  while (e < q_start && !is_clause_sep(s[e])) ++e;
  if (e < q_start) {
    std::string t = topic_entity(s, b, e);
    if (!t.empty()) return t;
  }
  if (sent_start > 0 && s[sent_start - 1] != U'\n') {
    std::size_t ps = sentence_start(s, sent_start - 1);
    return topic_entity(s, skip_list_marker(s, ps), sent_start - 1);
  }
  return {};
}

Fund fund_in_title(Str title, bool& found) {
  found = false;
  for (char32_t c : title)
    if (is_digit(c)) return Fund::All;  // a numbered sentence, not a section title
  Mods m;
  for (const auto& mod : kModifiers) {
    if (mod.kind != ModKind::Fund || mod.fund == Fund::All || mod.fund == Fund::NonFiscal) continue;
    if (title.find(mod.text) != Str::npos) {
      if (mod.fund == Fund::Fiscal && title.find(kNonFiscal) != Str::npos) continue;
      merge_fund(m, mod.fund);
    }
  }
  if (!m.ok || !m.fund_set) return Fund::All;
  found = true;
  return m.fund;
}

Role parent_role(Role r) {
  switch (r) {
    case Role::Personnel: case Role::PublicCost: case Role::Econ: return Role::Basic;
    case Role::Basic: case Role::Project: case Role::Func: case Role::PaidToUpper: case Role::OperatingExp:
    case Role::AffiliateSubsidy:
      return Role::Expense;
    case Role::Abroad: case Role::CarTotal: case Role::CarPurchase: case Role::CarRun: case Role::Reception:
      return Role::SanGong;
    default: return Role::None;
  }
}

bool needs_subject(Role r) {
  return r == Role::CarryIn || r == Role::CarryOut || r == Role::UseSurplus || r == Role::Distribution ||
         r == Role::Executable || r == Role::Adjustment;
}

bool starts_continuation(Str s, std::size_t sent_start) {
  std::size_t k = sent_start;
  while (k < s.size() && is_space(s[k])) ++k;
  for (Str w : kContinuationLeads)
    if (starts_with(s, k, w)) return true;
  return false;
}

bool is_full_stop(char32_t c) { return c == U'。' || c == U'！' || c == U'？' || c == U'!' || c == U'?'; }

bool continues(Str s, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to && k < s.size(); ++k) {
    char32_t c = s[k];
    if (c == U'\n') return false;
    if (is_full_stop(c)) {
      if (!starts_continuation(s, k + 1)) return false;
    }
  }
  return true;
}

}  // namespace budget_detail
}  // namespace gouji
