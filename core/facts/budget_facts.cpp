#include "facts/budget_facts.h"

#include <algorithm>

#include "lexicon/budget_words.h"
#include "text/chars.h"

namespace gouji {
namespace {

using namespace chars;
using Str = std::u32string_view;
using namespace lex::budget;

// Roles whose key word may be followed by 支出/费用 ("公务接待费支出", "人员经费支出").
bool takes_zhichu_suffix(Role r) {
  switch (r) {
    case Role::SanGong: case Role::Abroad: case Role::CarTotal: case Role::CarPurchase: case Role::CarRun:
    case Role::Reception: case Role::Personnel: case Role::PublicCost:
      return true;
    default: return false;
  }
}

// ---- Helpers --------------------------------------------------------------------------------

bool is_han_numeral(char32_t c) { return kHanNumerals.find(c) != Str::npos; }
bool is_quote(char32_t c) {
  return c == U'“' || c == U'”' || c == U'"' || c == U'‘' || c == U'’' || c == U'\'' || c == U'「' ||
         c == U'」' || c == U'《' || c == U'》';
}
bool is_round_open(char32_t c) { return c == U'（' || c == U'(' || c == U'【' || c == U'[' || c == U'〔'; }
bool is_round_close(char32_t c) { return c == U'）' || c == U')' || c == U'】' || c == U']' || c == U'〕'; }

struct Mods {
  bool ok = true;
  bool fund_set = false;
  Fund fund = Fund::All;
  BudgetStage stage = BudgetStage::None;
  bool grand = false;
  bool scoped = false;  // a fund, a year or a whole-unit word: the label names its own scope
  bool wide = false;    // 部门/本年/合计/全口径: the whole unit's figure
  int year = 0;
};

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

// Reads s as a run of modifiers (and dates); fails on anything else. `spend_words`: 支出/费用
// may stand among them ("“三公”经费 财政拨款 支出 决算").
void read_mods(Str s, Mods& m, bool spend_words = false) {
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

// The label phrase of quantity qi: back to the previous clause, sentence or quantity, without
// bracketed asides ("（含所属二级预算单位）", "（类）") and quotes ("“三公”").
std::u32string clause_label(Str s, const std::vector<Quantity>& qs, std::size_t qi, std::size_t* clause_start = nullptr) {
  std::size_t lower = qi > 0 ? qs[qi - 1].end : 0;
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

struct Recognised {
  Role role = Role::None;
  int sign = 1;
  std::u32string key;
  Mods mods;
  bool modifiers_only = false;  // the label is only fund/stage words ("一般公共预算", "年初预算")
  bool bare = false;            // 收入/支出 with nothing naming its scope ("支出决算为"): refers back
  bool narrow = false;          // 收入/支出/总计 without a fund or whole-unit word: may take the fund before it
};

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

// A list marker at the start of a line: "1、", "2.", "（3）", "(4)", "一、", "（二）".
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

// Budget-classification item names carry （类）/（款）/（项）: "一般公共服务（类）人大事务（款）行政运行（项）".
bool item_marked(Str raw) {
  for (Str w : kClassLevelMarks)
    if (raw.find(w) != Str::npos) return true;
  return false;
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

// The unit, project or classification item a sentence is about: its first clause, or a
// sentence before it in the same paragraph without figures ("1、石鼓区卫生健康局本级，编制数3个";
// "局本级：基本支出…"; "行政运行（项）。年初预算为…"). Empty for the department itself.
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

// The role a sub-level figure hangs under when stated in the sentence after its total.
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

// Does the text from `from` to `to` continue one list? Items may be split by "；"; a full stop
// is crossed only into a sentence opening with 其中/包括/具体/分别; a new paragraph never.
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

}  // namespace

bool is_aggregate(Role r) {
  return r == Role::Income || r == Role::IncomeGrand || r == Role::Expense || r == Role::ExpenseGrand ||
         r == Role::Basic || r == Role::Project || r == Role::SanGong;
}

std::vector<BudgetFact> read_budget_facts(const Text& text, const std::vector<Quantity>& qs,
                                          const std::vector<Breakdown>& breakdowns, const Document& doc) {
  Str s(text.chars());
  std::vector<BudgetFact> facts;
  std::vector<std::size_t> fact_of(qs.size(), kNone);
  std::vector<Recognised> rec;
  std::vector<std::size_t> clause_start;  // where each fact's label clause begins

  // Section fund of every heading (innermost heading with a fund in its title, up the tree), and
  // headings that name a classification item or a project (their figures are the item's).
  std::vector<int> heading_fund(doc.headings.size(), -1);
  std::vector<std::string> heading_entity(doc.headings.size());
  for (std::size_t h = 0; h < doc.headings.size(); ++h) {
    {
      std::u32string title = from_utf8_lossy(doc.headings[h].title);
      bool digits = std::any_of(title.begin(), title.end(), [](char32_t c) { return is_digit(c); });
      if (!digits && (item_marked(title) || ends_with_any(title, kProjectSuffixes, std::size(kProjectSuffixes))))
        heading_entity[h] = doc.headings[h].title;
    }
    for (std::size_t k = h; k != kNone; k = doc.headings[k].parent) {
      bool found = false;
      std::u32string title = from_utf8_lossy(doc.headings[k].title);
      Fund f = fund_in_title(title, found);
      if (found) { heading_fund[h] = static_cast<int>(f); break; }
      if (doc.headings[k].parent == k) break;
    }
  }
  auto section_of = [&](std::size_t at) {  // headings are in text order: a binary search
    const auto& hs = doc.headings;
    auto it = std::partition_point(hs.begin(), hs.end(), [at](const Heading& h) { return h.marker_start <= at; });
    return it == hs.begin() ? kNone : static_cast<std::size_t>(it - hs.begin()) - 1;
  };

  // 1. Labels.
  for (std::size_t qi = 0; qi < qs.size(); ++qi) {
    const Quantity& q = qs[qi];
    if (!q.exact() || !q.unit) continue;
    UnitKind kind = q.kind();
    std::size_t cs = 0;
    std::u32string label = clause_label(s, qs, qi, &cs);
    Recognised r;
    if (kind == UnitKind::Money) {
      r = recognise(label);
    } else if (kind == UnitKind::Persons || kind == UnitKind::Count || kind == UnitKind::Score) {
      r.role = recognise_end_word(label, kind);
    }
    if (r.role == Role::None && !r.modifiers_only) continue;
    BudgetFact f;
    f.q = qi;
    f.role = r.role;
    f.sign = r.sign;
    f.grand = r.mods.grand;
    f.year = r.mods.year;
    if (r.mods.fund_set) { f.fund = r.mods.fund; f.fund_from = Origin::Label; }
    if (r.mods.stage != BudgetStage::None) { f.stage = r.mods.stage; f.stage_from = Origin::Label; }
    if (f.role == Role::Econ || f.role == Role::Func) f.name = canonical_name(f.role, r.key);
    f.label = to_utf8(label);
    f.line = text.line_col(q.start).line;
    f.sentence = sentence_start(s, q.start);
    f.section = section_of(q.start);
    f.top_section = f.section;
    while (f.top_section != kNone && doc.headings[f.top_section].parent != kNone &&
           doc.headings[f.top_section].parent != f.top_section)
      f.top_section = doc.headings[f.top_section].parent;
    f.entity = sentence_entity(s, f.sentence, q.start);
    if (f.entity.empty() && f.section != kNone) f.entity = heading_entity[f.section];
    if (f.year == 0) {
      // A year stated earlier in the sentence ("2024年部门…").
      for (std::size_t k = f.sentence; k + 4 < q.start; ++k) {
        if (is_digit(s[k]) && is_digit(s[k + 1]) && is_digit(s[k + 2]) && is_digit(s[k + 3]) && s[k + 4] == U'年' &&
            (k == 0 || !is_digit(s[k - 1]))) {
          f.year = digit_value(s[k]) * 1000 + digit_value(s[k + 1]) * 100 + digit_value(s[k + 2]) * 10 +
                   digit_value(s[k + 3]);
          break;
        }
      }
    }
    fact_of[qi] = facts.size();
    facts.push_back(std::move(f));
    rec.push_back(std::move(r));
    clause_start.push_back(cs);
  }

  // 1b. A bare 收入/支出 ("支出决算为48万元") names the sentence's topic. Keep it only when what
  // precedes it in the sentence is other recognised figures or scope words ("2024年…，决算收入"),
  // not an item ("行政运行（项）：年初预算为50万元，支出决算为48万元").
  // (Facts are in text order when the numbers are: then the piece's facts are found by a binary
  // search, not a pass over all of them.)
  const bool facts_sorted = std::is_sorted(facts.begin(), facts.end(), [&](const BudgetFact& x, const BudgetFact& y) {
    return qs[x.q].start < qs[y.q].start;
  });
  auto clean_piece = [&](std::size_t b, std::size_t e) {
    std::size_t k0 = 0;
    if (facts_sorted)
      k0 = static_cast<std::size_t>(
          std::partition_point(facts.begin(), facts.end(), [&](const BudgetFact& g) { return qs[g.q].start < b; }) -
          facts.begin());
    for (std::size_t k = k0; k < facts.size(); ++k) {
      if (facts_sorted && qs[facts[k].q].start >= e) break;
      if (qs[facts[k].q].start >= b && qs[facts[k].q].start < e && facts[k].role != Role::None && !rec[k].bare)
        return true;
    }
    std::u32string t;
    int depth = 0;
    for (std::size_t k = skip_list_marker(s, b); k < e; ++k) {
      if (is_round_open(s[k])) { ++depth; continue; }
      if (is_round_close(s[k])) { if (depth > 0) --depth; continue; }
      if (depth == 0 && !is_space(s[k]) && !is_quote(s[k]) && !is_sentence_end(s[k])) t.push_back(s[k]);
    }
    Mods m;  // figures that were not recognised fail here (only years and dates are modifiers)
    read_mods(t, m);
    return m.ok;
  };
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (!rec[i].bare) continue;
    std::size_t cs = clause_start[i];
    std::size_t p = facts[i].sentence;
    bool ok = true;
    for (std::size_t k = p; k < cs && ok; ++k) {
      if (!is_clause_sep(s[k])) continue;
      if (k > p) ok = clean_piece(p, k);
      p = k + 1;
    }
    if (ok && p < cs) ok = clean_piece(p, cs);
    if (ok && skip_list_marker(s, facts[i].sentence) >= cs && facts[i].sentence > 0 &&
        s[facts[i].sentence - 1] != U'\n') {
      std::size_t ps = sentence_start(s, facts[i].sentence - 1);
      ok = clean_piece(ps, facts[i].sentence - 1);
    }
    if (!ok) { facts[i].role = Role::None; continue; }
    // "“三公”经费财政拨款支出预算为20万元，支出决算为15.6万元": the bare 支出 is the topic's, a
    // narrower aggregate than the department's 支出.
    if (facts[i].role == Role::Expense)
      for (std::size_t k = i; k-- > 0;) {
        if (facts[k].sentence != facts[i].sentence) break;
        if (rec[k].bare || facts[k].role == Role::None) continue;
        Role r = facts[k].role;
        if (r == Role::SanGong || r == Role::Basic || r == Role::Project) {
          facts[i].role = r;
          facts[i].fund = facts[k].fund;
        }
        break;
      }
  }
  for (std::size_t b = 0; b < breakdowns.size(); ++b) {
    if (fact_of[breakdowns[b].total] != kNone) facts[fact_of[breakdowns[b].total]].total_of.push_back(b);
    for (std::size_t p : breakdowns[b].parts)
      if (fact_of[p] != kNone) facts[fact_of[p]].part_of.push_back(b);
  }

  // 1c. A total named only by fund/stage words takes its role from its parts: "2023年部门年初预算数为
  // 9800万元，其中基本支出8200万元，项目支出1600万元" is the 年初 本年支出.
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (!rec[i].modifiers_only || facts[i].role != Role::None) continue;
    for (std::size_t b : facts[i].total_of)
      for (std::size_t p : breakdowns[b].parts) {
        if (fact_of[p] == kNone) continue;
        Role r = facts[fact_of[p]].role;
        if (r == Role::Basic || r == Role::Project || r == Role::Func) facts[i].role = Role::Expense;
        if (r == Role::IncBusiness || r == Role::IncUpper || r == Role::IncOperating || r == Role::IncOther)
          facts[i].role = Role::Income;
      }
  }

  auto section_fund = [&](const BudgetFact& f, bool& found) {
    found = f.section != kNone && heading_fund[f.section] >= 0;
    return found ? static_cast<Fund>(heading_fund[f.section]) : Fund::All;
  };
  // Is fact k an item of a list under an earlier total that the breakdown reader did not see (items
  // split by "；", or after "。其中：")? "本年支出合计X万元。其中：基本支出…；项目支出…";
  // "本年收入合计X万元。其中：一般公共预算财政拨款收入…；事业收入…".
  auto listed_under = [&](std::size_t k) {
    const BudgetFact& g = facts[k];
    for (std::size_t e = k; e-- > 0 && facts[e].line == g.line;) {
      const BudgetFact& t = facts[e];
      if (!t.part_of.empty() || t.entity != g.entity) continue;
      bool expense = (t.role == Role::Expense || t.role == Role::ExpenseGrand) &&
                     (g.role == Role::Basic || g.role == Role::Project) && t.fund == g.fund;
      bool income = (t.role == Role::Income || t.role == Role::IncomeGrand) && t.fund == Fund::All &&
                    g.role == Role::Income && g.fund != Fund::All;
      if ((expense || income) && continues(s, qs[t.q].end, qs[g.q].start)) return true;
    }
    return false;
  };
  // The nearest aggregate before fact i that is not itself a listed part: same paragraph, else
  // an earlier paragraph of the same section.
  auto find_subject = [&](std::size_t i) -> std::size_t {
    for (std::size_t pass = 0; pass < 2; ++pass) {
      for (std::size_t k = i; k-- > 0;) {
        const BudgetFact& g = facts[k];
        if (pass == 0 && g.line != facts[i].line) break;
        // A section is one run of the text: before it, no fact of it (when facts are in order).
        if (pass == 1 && facts_sorted && g.section != facts[i].section) break;
        if (pass == 1 && (g.line == facts[i].line || g.section != facts[i].section)) continue;
        if (!is_aggregate(g.role) || !g.part_of.empty() || g.entity != facts[i].entity || listed_under(k)) continue;
        return k;
      }
      if (facts[i].section == kNone) break;
    }
    return kNone;
  };

  // "基本支出860.30万元。人员经费720.10万元，公用经费130.20万元": the sentence right after the
  // total's opens with a figure of one of its parts — that sentence lists them. (One full stop
  // crossed, in one paragraph; no figure between the stop and the part.)
  auto parts_sentence_follows = [&](std::size_t k, std::size_t i, Role pr) {
    std::size_t stop = kNone;
    for (std::size_t c = qs[facts[k].q].end; c < qs[facts[i].q].start; ++c) {
      if (s[c] == U'\n') return false;
      if (is_full_stop(s[c]) && !starts_continuation(s, c + 1)) {
        if (stop != kNone) return false;
        stop = c;
      }
    }
    if (stop == kNone) return false;
    for (std::size_t j = k + 1; j <= i; ++j) {
      std::size_t q = facts[j].q;
      if (qs[q].start < stop) continue;
      return parent_role(facts[j].role) == pr && (q == 0 || qs[q - 1].end <= stop);
    }
    return false;
  };

  // 2. Fund, stage and subject, in reading order (a total or a subject precedes what hangs on it).
  for (std::size_t i = 0; i < facts.size(); ++i) {
    BudgetFact& f = facts[i];
    // Parts of a listed total take its role (fund-only labels: "一般公共预算31172.63万元"), fund
    // and stage.
    const BudgetFact* total = nullptr;
    for (std::size_t b : f.part_of) {
      std::size_t t = fact_of[breakdowns[b].total];
      if (t != kNone && t < i) total = &facts[t];
    }
    if (rec[i].modifiers_only && total) {
      if (total->role == Role::Income || total->role == Role::IncomeGrand) f.role = Role::Income;
      if (total->role == Role::Expense || total->role == Role::ExpenseGrand) f.role = Role::Expense;
    }
    if (total) {
      if (f.year == 0) f.year = total->year;
      if (f.fund_from == Origin::None && total->fund_from != Origin::None) {
        f.fund = total->fund;
        f.fund_from = Origin::Breakdown;
      }
      if (f.stage_from == Origin::None && total->stage != BudgetStage::None && total->stage != BudgetStage::Adjust) {
        f.stage = total->stage;
        f.stage_from = Origin::Breakdown;
      }
    }
    // BudgetStage-only labels continue the figure before them in the sentence: "“三公”经费预算数为15万元，
    // 决算数为12.5万元"; a bare 收入/支出 takes the fund of the same figure before it.
    if ((rec[i].modifiers_only && f.role == Role::None) || (rec[i].narrow && f.fund_from == Origin::None && !total)) {
      for (std::size_t k = i; k-- > 0 && facts[k].sentence == f.sentence;) {
        const BudgetFact& g = facts[k];
        if (g.role == Role::None || needs_subject(g.role) || g.entity != f.entity) continue;
        if (f.role == Role::None) f.role = g.role;
        // "财政拨款收入总计X万元，支出总计Y万元": the fund carries over to the other side.
        auto flow = [](Role r) {
          return r == Role::Income || r == Role::IncomeGrand || r == Role::Expense || r == Role::ExpenseGrand;
        };
        if (g.role != f.role && !(rec[i].narrow && flow(g.role) && flow(f.role))) continue;
        if (f.fund_from == Origin::None &&
            (g.fund_from == Origin::Label || g.fund_from == Origin::Breakdown || g.fund_from == Origin::Subject)) {
          f.fund = g.fund;
          f.fund_from = Origin::Subject;
        }
        if (f.role == Role::Econ || f.role == Role::Func) f.name = g.name;
        if (f.year == 0) f.year = g.year;
        break;
      }
    }
    // Carry-overs, adjustments: what they belong to.
    if (needs_subject(f.role)) {
      f.subject = find_subject(i);
      if (f.subject != kNone) {
        const BudgetFact& sj = facts[f.subject];
        if (f.year == 0) f.year = sj.year;
        if (f.fund_from == Origin::None && sj.fund_from != Origin::None) {
          f.fund = sj.fund;
          f.fund_from = Origin::Subject;
        }
        bool after_carry_in = false;
        for (std::size_t k = f.subject + 1; k < i; ++k)
          after_carry_in |= (facts[k].role == Role::UseSurplus || facts[k].role == Role::CarryIn) && facts[k].subject == f.subject;
        if (f.role == Role::Executable && sj.stage == BudgetStage::Final && sj.role == Role::Income && after_carry_in) {
          // "决算收入…，使用非财政拨款结余…、上年结转…，全年可执行预算合计X" (report 002): the
          // left side of the 收入支出决算总表, i.e. 收入总计.
          f.role = Role::IncomeGrand;
          f.stage = BudgetStage::Final;
          f.stage_from = Origin::Subject;
          f.subject = kNone;
        }
      }
    }
    // Sub-level figures listed after their total ("基本支出X万元。其中：人员经费…；公用经费…").
    if (!total && parent_role(f.role) != Role::None && (f.fund_from == Origin::None || f.stage_from == Origin::None)) {
      for (std::size_t k = i; k-- > 0;) {
        const BudgetFact& g = facts[k];
        if (g.line != f.line) break;
        Role pr = parent_role(f.role);
        bool parent = g.role == pr || (pr == Role::Expense && g.role == Role::ExpenseGrand);
        if (!parent || !g.part_of.empty()) continue;
        if (!continues(s, qs[g.q].end, qs[f.q].start) && !parts_sentence_follows(k, i, pr)) break;
        if (f.fund_from == Origin::None && g.fund_from != Origin::None) {
          f.fund = g.fund;
          f.fund_from = Origin::Subject;
        }
        if (f.stage_from == Origin::None && g.stage != BudgetStage::None) {
          f.stage = g.stage;
          f.stage_from = Origin::Subject;
        }
        if (f.year == 0) f.year = g.year;
        break;
      }
    }
    if (f.role == Role::None) continue;
    if (f.fund_from == Origin::None) {
      bool found = false;
      Fund sf = section_fund(f, found);
      f.fund = sf;
      f.fund_from = found ? Origin::Section : Origin::Default;
    }
    if (f.stage_from == Origin::None) {
      switch (f.role) {
        case Role::Executable: f.stage = BudgetStage::Full; f.stage_from = Origin::Label; break;
        case Role::Adjustment: f.stage = BudgetStage::Adjust; f.stage_from = Origin::Label; break;
        case Role::CarryIn: case Role::CarryOut: case Role::UseSurplus: case Role::Distribution: case Role::Posts:
        case Role::Staff: case Role::SelfScore:
          break;
        default:
          // A stage stated earlier in the same sentence ("年初预算中，基本支出…").
          for (std::size_t k = i; k-- > 0;) {
            const BudgetFact& g = facts[k];
            if (g.sentence != f.sentence) break;
            if (g.stage_from == Origin::Label && g.stage != BudgetStage::Adjust && g.role != Role::None &&
                !needs_subject(g.role) && g.part_of.empty() && g.role == f.role) {
              f.stage = g.stage;
              f.stage_from = Origin::Sentence;
              break;
            }
          }
          if (f.stage_from == Origin::None) { f.stage = BudgetStage::Final; f.stage_from = Origin::Default; }
      }
    }
    if (f.role == Role::Adjustment && f.stage == BudgetStage::Full) f.role = Role::Executable;
    if (f.grand && f.role == Role::Income) f.role = Role::IncomeGrand;
    if (f.grand && f.role == Role::Expense) f.role = Role::ExpenseGrand;
  }

  // 3. A "总计" listed as 基本+项目, by function or by income source is this year's total loosely
  // labelled (report 000: "全年支出总计14092.87万元，其中基本支出…，项目支出…").
  for (auto& f : facts) {
    if (f.role != Role::IncomeGrand && f.role != Role::ExpenseGrand) continue;
    bool yearly = false;
    for (std::size_t b : f.total_of)
      for (std::size_t p : breakdowns[b].parts) {
        if (fact_of[p] == kNone) continue;
        Role r = facts[fact_of[p]].role;
        yearly |= f.role == Role::ExpenseGrand ? (r == Role::Basic || r == Role::Project || r == Role::Func)
                                              : (r == Role::Income || r == Role::IncBusiness || r == Role::IncUpper ||
                                                 r == Role::IncOperating || r == Role::IncOther);
      }
    if (yearly) f.role = f.role == Role::IncomeGrand ? Role::Income : Role::Expense;
  }

  // 4. "其他支出" is an economic class in a list of economic classes.
  for (auto& f : facts) {
    if (f.role != Role::Func || from_utf8_lossy(f.name) != kOtherSpending || f.part_of.empty()) continue;
    int econ = 0, func = 0;
    for (std::size_t p : breakdowns[f.part_of.front()].parts) {
      if (fact_of[p] == kNone || fact_of[p] == static_cast<std::size_t>(&f - facts.data())) continue;
      econ += facts[fact_of[p]].role == Role::Econ;
      func += facts[fact_of[p]].role == Role::Func;
    }
    if (econ > func) f.role = Role::Econ;
  }

  // Drop the unrecognised; subjects are renumbered (a subject always has a role, so it is kept).
  std::vector<std::size_t> new_index(facts.size(), kNone);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < facts.size(); ++i)
    if (facts[i].role != Role::None) new_index[i] = kept++;
  std::vector<BudgetFact> out;
  out.reserve(kept);
  for (auto& f : facts) {
    if (f.role == Role::None) continue;
    if (f.subject != kNone) f.subject = new_index[f.subject];
    out.push_back(std::move(f));
  }
  return out;
}

std::string_view role_name(Role r, bool en) {
  switch (r) {
    case Role::None: return en ? "figure" : "数值";
    case Role::Income: return en ? "income" : "本年收入";
    case Role::IncomeGrand: return en ? "total income incl. carry-overs" : "收入总计";
    case Role::Expense: return en ? "expenditure" : "本年支出";
    case Role::ExpenseGrand: return en ? "total expenditure incl. carry-overs" : "支出总计";
    case Role::UseSurplus: return en ? "use of non-fiscal surplus" : "使用非财政拨款结余";
    case Role::CarryIn: return en ? "carry-in from last year" : "年初结转和结余";
    case Role::CarryOut: return en ? "carry-over to next year" : "年末结转和结余";
    case Role::Distribution: return en ? "surplus distribution" : "结余分配";
    case Role::IncUpper: return en ? "subsidy from the higher level" : "上级补助收入";
    case Role::IncBusiness: return en ? "operating-service income" : "事业收入";
    case Role::IncOperating: return en ? "business income" : "经营收入";
    case Role::IncAffiliate: return en ? "remittances from affiliates" : "附属单位上缴收入";
    case Role::IncOther: return en ? "other income" : "其他收入";
    case Role::Basic: return en ? "basic expenditure" : "基本支出";
    case Role::Project: return en ? "project expenditure" : "项目支出";
    case Role::PaidToUpper: return en ? "remittance to the higher level" : "上缴上级支出";
    case Role::OperatingExp: return en ? "business expenditure" : "经营支出";
    case Role::AffiliateSubsidy: return en ? "subsidies to affiliates" : "对附属单位补助支出";
    case Role::Executable: return en ? "full-year budget" : "全年可执行预算";
    case Role::Adjustment: return en ? "in-year adjustment" : "本年调整";
    case Role::Personnel: return en ? "staff costs" : "人员经费";
    case Role::PublicCost: return en ? "running costs" : "公用经费";
    case Role::Econ: return en ? "economic class" : "经济分类";
    case Role::Func: return en ? "functional class" : "功能分类";
    case Role::SanGong: return en ? "\"three public\" costs" : "“三公”经费";
    case Role::Abroad: return en ? "official travel abroad" : "因公出国（境）费";
    case Role::CarTotal: return en ? "official vehicles (purchase and running)" : "公务用车购置及运行维护费";
    case Role::CarPurchase: return en ? "official vehicle purchase" : "公务用车购置费";
    case Role::CarRun: return en ? "official vehicle running costs" : "公务用车运行维护费";
    case Role::Reception: return en ? "official reception" : "公务接待费";
    case Role::Assets: return en ? "total assets" : "资产总额";
    case Role::Liabilities: return en ? "total liabilities" : "负债总额";
    case Role::NetAssets: return en ? "net assets" : "净资产总额";
    case Role::Posts: return en ? "authorised posts" : "编制数";
    case Role::Staff: return en ? "staff in post" : "在编在岗人数";
    case Role::SelfScore: return en ? "self-evaluation score" : "自评分";
  }
  return "";
}

std::string_view fund_name(Fund f, bool en) {
  switch (f) {
    case Fund::All: return en ? "all sources" : "全口径";
    case Fund::Fiscal: return en ? "fiscal appropriation" : "财政拨款";
    case Fund::General: return en ? "general public budget" : "一般公共预算";
    case Fund::GovFund: return en ? "government fund budget" : "政府性基金预算";
    case Fund::StateCapital: return en ? "state capital operation budget" : "国有资本经营预算";
    case Fund::SocialInsurance: return en ? "social insurance fund budget" : "社会保险基金预算";
    case Fund::NonFiscal: return en ? "non-fiscal funds" : "非财政拨款";
  }
  return "";
}

std::string_view stage_name(BudgetStage s, bool en) {
  switch (s) {
    case BudgetStage::None: return "";
    case BudgetStage::Initial: return en ? "initial budget" : "年初预算";
    case BudgetStage::Budget: return en ? "budget" : "预算";
    case BudgetStage::Adjust: return en ? "adjustment" : "调整";
    case BudgetStage::Full: return en ? "full-year budget" : "全年预算";
    case BudgetStage::Final: return en ? "final accounts" : "决算";
  }
  return "";
}

}  // namespace gouji
