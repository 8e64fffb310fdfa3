// Budget and 决算 facts: every labelled figure with its role, fund, stage, year and subject.
// read_budget_facts runs in phases, each a function below: labels (1), bare 收入/支出 kept as the
// topic's (1b), roles from parts (1c), fund/stage/subject (2), loosely labelled 总计 (3), 其他支出 (4).
#include "facts/budget_facts.h"

#include <algorithm>

#include "facts/budget_facts_internal.h"
#include "lexicon/budget_words.h"
#include "text/trim.h"

namespace gouji {
namespace {

using namespace budget_detail;
using namespace lex::budget;

// What the phases of read_budget_facts share: the inputs, the facts read so far and what each
// fact's label said.
struct Build {
  Build(const Text& t, const std::vector<Quantity>& q, const std::vector<Breakdown>& b, const Document& d,
        const Statements& f)
      : text(t), s(t.chars()), qs(q), breakdowns(b), doc(d), frames(f), fact_of(q.size(), kNone) {}
  const Text& text;
  Str s;
  const std::vector<Quantity>& qs;
  const std::vector<Breakdown>& breakdowns;
  const Document& doc;
  const Statements& frames;
  std::vector<BudgetFact> facts;
  std::vector<std::size_t> fact_of;       // quantity → fact, or kNone
  std::vector<Recognised> rec;            // what each fact's label said
  std::vector<std::size_t> clause_start;  // where each fact's label clause begins
  std::vector<int> heading_fund;          // per heading: the fund of its section, or −1
  std::vector<std::string> heading_entity;  // per heading: the item or project it names
  bool facts_sorted = false;              // facts in text order (see keep_topic_words)
};

// Section fund of every heading (innermost heading with a fund in its title, up the tree), and
// headings that name a classification item or a project (their figures are the item's).
void read_heading_scopes(Build& st) {
  const Document& doc = st.doc;
  std::vector<int>& heading_fund = st.heading_fund;
  std::vector<std::string>& heading_entity = st.heading_entity;
  heading_fund.assign(doc.headings.size(), -1);
  heading_entity.assign(doc.headings.size(), std::string());
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
}

// The innermost heading before `at`: headings are in text order, a binary search.
std::size_t section_of(const Document& doc, std::size_t at) {
  const auto& hs = doc.headings;
  auto it = std::partition_point(hs.begin(), hs.end(), [at](const Heading& h) { return h.marker_start <= at; });
  return it == hs.begin() ? kNone : static_cast<std::size_t>(it - hs.begin()) - 1;
}

// 1. Labels.
void read_labels(Build& st) {
  const Str s = st.s;
  const std::vector<Quantity>& qs = st.qs;
  const Text& text = st.text;
  const Document& doc = st.doc;
  std::vector<BudgetFact>& facts = st.facts;
  std::vector<std::size_t>& fact_of = st.fact_of;
  std::vector<Recognised>& rec = st.rec;
  std::vector<std::size_t>& clause_start = st.clause_start;
  const std::vector<std::string>& heading_entity = st.heading_entity;
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
    f.section = section_of(doc, q.start);
    f.top_section = f.section;
    while (f.top_section != kNone && doc.headings[f.top_section].parent != kNone &&
           doc.headings[f.top_section].parent != f.top_section)
      f.top_section = doc.headings[f.top_section].parent;
    f.entity = sentence_entity(s, f.sentence, q.start);
    if (f.entity.empty() && f.section != kNone) f.entity = heading_entity[f.section];
    // Else the period its frame is about (statements/frame.h): "2024年部门…，支出…" and a clause
    // continuing it carry 2024; "本年/上年" resolve against the report year.
    if (const FrameNumber* n = st.frames.number(qi); f.year == 0 && n) f.year = std::max(0, st.frames.year_of(*n));
    fact_of[qi] = facts.size();
    facts.push_back(std::move(f));
    rec.push_back(std::move(r));
    clause_start.push_back(cs);
  }
}

// Is s[b, e) only recognised figures and scope words (see keep_topic_words)?
bool clean_piece(const Build& st, std::size_t b, std::size_t e) {
  const Str s = st.s;
  const std::vector<Quantity>& qs = st.qs;
  const std::vector<BudgetFact>& facts = st.facts;
  const std::vector<Recognised>& rec = st.rec;
  const bool facts_sorted = st.facts_sorted;
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
}

// 1b. A bare 收入/支出 ("支出决算为48万元") names the sentence's topic. Keep it only when what
// precedes it in the sentence is other recognised figures or scope words ("2024年…，决算收入"),
// not an item ("行政运行（项）：年初预算为50万元，支出决算为48万元").
// (Facts are in text order when the numbers are: then the piece's facts are found by a binary
// search, not a pass over all of them.)
void keep_topic_words(Build& st) {
  const Str s = st.s;
  const std::vector<Quantity>& qs = st.qs;
  std::vector<BudgetFact>& facts = st.facts;
  const std::vector<std::size_t>& clause_start = st.clause_start;
  const std::vector<Recognised>& rec = st.rec;
  st.facts_sorted = std::is_sorted(facts.begin(), facts.end(), [&](const BudgetFact& x, const BudgetFact& y) {
    return qs[x.q].start < qs[y.q].start;
  });
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (!rec[i].bare) continue;
    std::size_t cs = clause_start[i];
    std::size_t p = facts[i].sentence;
    bool ok = true;
    for (std::size_t k = p; k < cs && ok; ++k) {
      if (!is_clause_sep(s[k])) continue;
      if (k > p) ok = clean_piece(st, p, k);
      p = k + 1;
    }
    if (ok && p < cs) ok = clean_piece(st, p, cs);
    if (ok && skip_list_marker(s, facts[i].sentence) >= cs && facts[i].sentence > 0 &&
        s[facts[i].sentence - 1] != U'\n') {
      std::size_t ps = sentence_start(s, facts[i].sentence - 1);
      ok = clean_piece(st, ps, facts[i].sentence - 1);
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
}

// Each fact's place in the 其中-lists: the lists it totals and the lists it is a part of.
void link_breakdowns(Build& st) {
  const std::vector<Breakdown>& breakdowns = st.breakdowns;
  std::vector<BudgetFact>& facts = st.facts;
  const std::vector<std::size_t>& fact_of = st.fact_of;
  for (std::size_t b = 0; b < breakdowns.size(); ++b) {
    if (fact_of[breakdowns[b].total] != kNone) facts[fact_of[breakdowns[b].total]].total_of.push_back(b);
    for (std::size_t p : breakdowns[b].parts)
      if (fact_of[p] != kNone) facts[fact_of[p]].part_of.push_back(b);
  }
}

// 1c. A total named only by fund/stage words takes its role from its parts: "2023年部门年初预算数为
// 9800万元，其中基本支出8200万元，项目支出1600万元" is the 年初 本年支出.
void roles_from_parts(Build& st) {
  const std::vector<Breakdown>& breakdowns = st.breakdowns;
  std::vector<BudgetFact>& facts = st.facts;
  const std::vector<std::size_t>& fact_of = st.fact_of;
  const std::vector<Recognised>& rec = st.rec;
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
}

// The fund a fact's section names, if any.
Fund section_fund(const Build& st, const BudgetFact& f, bool& found) {
  const std::vector<int>& heading_fund = st.heading_fund;
  found = f.section != kNone && heading_fund[f.section] >= 0;
  return found ? static_cast<Fund>(heading_fund[f.section]) : Fund::All;
}

// Is fact k an item of a list under an earlier total that the breakdown reader did not see (items
// split by "；", or after "。其中：")? "本年支出合计X万元。其中：基本支出…；项目支出…";
// "本年收入合计X万元。其中：一般公共预算财政拨款收入…；事业收入…".
bool listed_under(const Build& st, std::size_t k) {
  const Str s = st.s;
  const std::vector<Quantity>& qs = st.qs;
  const std::vector<BudgetFact>& facts = st.facts;
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
}

// The nearest aggregate before fact i that is not itself a listed part: same paragraph, else
// an earlier paragraph of the same section.
std::size_t find_subject(const Build& st, std::size_t i) {
  const std::vector<BudgetFact>& facts = st.facts;
  const bool facts_sorted = st.facts_sorted;
  for (std::size_t pass = 0; pass < 2; ++pass) {
    for (std::size_t k = i; k-- > 0;) {
      const BudgetFact& g = facts[k];
      if (pass == 0 && g.line != facts[i].line) break;
      // A section is one run of the text: before it, no fact of it (when facts are in order).
      if (pass == 1 && facts_sorted && g.section != facts[i].section) break;
      if (pass == 1 && (g.line == facts[i].line || g.section != facts[i].section)) continue;
      if (!is_aggregate(g.role) || !g.part_of.empty() || g.entity != facts[i].entity || listed_under(st, k)) continue;
      return k;
    }
    if (facts[i].section == kNone) break;
  }
  return kNone;
}

// "基本支出860.30万元。人员经费720.10万元，公用经费130.20万元": the sentence right after the
// total's opens with a figure of one of its parts — that sentence lists them. (One full stop
// crossed, in one paragraph; no figure between the stop and the part.)
bool parts_sentence_follows(const Build& st, std::size_t k, std::size_t i, Role pr) {
  const Str s = st.s;
  const std::vector<Quantity>& qs = st.qs;
  const std::vector<BudgetFact>& facts = st.facts;
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
}

// 2. Fund, stage and subject of fact i, from what it hangs on: its listed total, the figure before
// it in the sentence, its subject, or the total its sentence follows.
void resolve_scope(Build& st, std::size_t i) {
  const Str s = st.s;
  const std::vector<Quantity>& qs = st.qs;
  const std::vector<Breakdown>& breakdowns = st.breakdowns;
  std::vector<BudgetFact>& facts = st.facts;
  const std::vector<std::size_t>& fact_of = st.fact_of;
  const std::vector<Recognised>& rec = st.rec;
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
    f.subject = find_subject(st, i);
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
      if (!continues(s, qs[g.q].end, qs[f.q].start) && !parts_sentence_follows(st, k, i, pr)) break;
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
}

// 2 (cont.). What fact i still lacks: the section's fund, a stage from its role, the sentence or
// the default; 总计 marks.
void default_scope(Build& st, std::size_t i) {
  std::vector<BudgetFact>& facts = st.facts;
  BudgetFact& f = facts[i];
  if (f.role == Role::None) return;
  if (f.fund_from == Origin::None) {
    bool found = false;
    Fund sf = section_fund(st, f, found);
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
void year_totals(Build& st) {
  const std::vector<Breakdown>& breakdowns = st.breakdowns;
  std::vector<BudgetFact>& facts = st.facts;
  const std::vector<std::size_t>& fact_of = st.fact_of;
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
}

// 4. "其他支出" is an economic class in a list of economic classes.
void other_spending_is_econ(Build& st) {
  const std::vector<Breakdown>& breakdowns = st.breakdowns;
  std::vector<BudgetFact>& facts = st.facts;
  const std::vector<std::size_t>& fact_of = st.fact_of;
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
}

// Drop the unrecognised; subjects are renumbered (a subject always has a role, so it is kept).
// Compacted in place: a second, exactly sized vector beside the grown one was the peak of a
// text that is mostly labelled figures (issue 16, memory per input byte). The spare capacity
// is given back only when it is large, since that costs the same copy.
std::vector<BudgetFact> drop_unrecognised(std::vector<BudgetFact>& facts) {
  std::vector<std::size_t> new_index(facts.size(), kNone);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < facts.size(); ++i)
    if (facts[i].role != Role::None) new_index[i] = kept++;
  std::size_t out = 0;
  for (std::size_t i = 0; i < facts.size(); ++i) {
    BudgetFact& f = facts[i];
    if (f.role == Role::None) continue;
    if (f.subject != kNone) f.subject = new_index[f.subject];
    if (out != i) facts[out] = std::move(f);
    ++out;
  }
  facts.resize(kept);
  trim(facts);
  return std::move(facts);
}

}  // namespace

bool is_aggregate(Role r) {
  return r == Role::Income || r == Role::IncomeGrand || r == Role::Expense || r == Role::ExpenseGrand ||
         r == Role::Basic || r == Role::Project || r == Role::SanGong;
}

std::vector<BudgetFact> read_budget_facts(const Text& text, const std::vector<Quantity>& qs,
                                          const std::vector<Breakdown>& breakdowns, const Document& doc,
                                          const Statements& statements) {
  Build st(text, qs, breakdowns, doc, statements);
  read_heading_scopes(st);
  read_labels(st);       // 1
  keep_topic_words(st);  // 1b
  link_breakdowns(st);
  roles_from_parts(st);  // 1c
  for (std::size_t i = 0; i < st.facts.size(); ++i) {  // 2, in reading order (a total or a subject precedes what hangs on it)
    resolve_scope(st, i);
    default_scope(st, i);
  }
  year_totals(st);             // 3
  other_spending_is_econ(st);  // 4
  return drop_unrecognised(st.facts);
}

}  // namespace gouji
