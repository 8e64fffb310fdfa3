// R15 beyond budget roles: the same quantity stated twice in one report must agree.
//  * An indicator's 实际完成值 in a 自评表 row and the same indicator restated in the prose
//    ("全年救助…87人次"), matched by the words of the indicator's name against the prose number's
//    label, plus its unit — never by position.
//  * A named figure (subject + year + stage + scope + fund + side, from the statement frames)
//    stated in two prose clauses: "…转移支付资金3580.69万元" here and there.
//  * The 自评表's 预算执行 block (年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 得分) and the same
//    figures in the prose's 资金到位 / 预算执行 paragraphs, matched by the stage or rate word alone
//    (a label naming anything else — a fund, a scope, 会议费 — is another figure).
//  * An allocation by a document ("…（某财农〔2024〕12号）下达我县资金350万元"): the same 文号 cited
//    again with its amount must give the same amount.
// At the same written precision equal means equal; a gap inside the written precision is
// rounding (recorded, not flagged). Near misses are not restatements and stay silent: other
// years, other stages or scopes, 其中-parts, 比上年 changes, targets and plans, and every match
// that more than one candidate could claim.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "checks/check.h"
#include "checks/rule_table.h"
#include "facts/budget_block.h"
#include "facts/doc_numbers.h"
#include "facts/rates.h"
#include "facts/targets.h"
#include "lexicon/lexicon.h"
#include "lexicon/target_words.h"
#include "text/chars.h"

namespace gouji {
namespace {

using Bigrams = std::vector<std::uint64_t>;  // sorted, distinct

// The Han characters of a name outside its brackets ("★★★…人次数(≥**人次)" → "…人次数"), as
// distinct sorted character pairs: what two phrasings of one indicator share.
Bigrams bigrams_of(std::u32string_view s) {
  std::u32string han;
  int depth = 0;
  for (char32_t c : s) {
    if (c == U'(' || c == U'（') ++depth;
    else if ((c == U')' || c == U'）') && depth > 0) --depth;
    else if (depth == 0 && chars::is_han(c)) han.push_back(c);
    else if (depth == 0 && !han.empty() && han.back() != U' ') han.push_back(U' ');  // pairs never span a gap
  }
  Bigrams out;
  for (std::size_t i = 0; i + 1 < han.size(); ++i)
    if (han[i] != U' ' && han[i + 1] != U' ') out.push_back((std::uint64_t(han[i]) << 32) | han[i + 1]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Two phrasings name one indicator when they share several character pairs and those make up a
// good part of the shorter one: "建档立卡贫困人口中接受临时救助的人次数" and "救助建档立卡扶贫户
// 临时救助" share 建档立卡 and 临时救助; "救助资金" shares one pair with either.
bool names_match(std::size_t common, const Bigrams& a, const Bigrams& b) {
  std::size_t shorter = std::min(a.size(), b.size());
  if (shorter == 0) return false;
  if (common >= 3 && common == a.size()) return true;  // a short name wholly inside the other
  return common >= 4 && common * 5 >= shorter * 2;
}

// Same kind and same base unit: 人 and 人次 are different things, so are 元/人 and 元.
bool same_unit(const Quantity& a, const Quantity& b) {
  return a.unit && b.unit && a.kind() == b.kind() && a.unit->base == b.unit->base;
}

// A prose figure that can restate a level: exact, read as a level of its own clause (not a
// change, prior, share, a 其中 part, a comparison or a target/plan).
bool restates_a_level(const Facts& f, std::size_t i) {
  const Quantity& q = f.quantities[i];
  if (!q.exact() || q.is_range() || q.comparator != Comparator::None || f.in_table(q.start)) return false;
  const FrameNumber* n = f.statements.number(i);
  if (!n || n->role != NumRole::Level) return false;
  const Frame& fr = f.statements.frames[f.statements.frame_of[i]];
  if (fr.list_part || fr.compare) return false;
  const std::u32string& label = n->label;  // the whole phrase before it in its clause ("计划开展…")
  if (lex::has(label, lex::Cls::Base, lex::Plan) || lex::has(label, lex::Cls::Stage, lex::Planned)) return false;
  if (lex::has(label, lex::Cls::Prior)) return false;
  for (auto w : lex::targets::kNotTheYearsActual)
    if (label.find(w) != std::u32string::npos) return false;
  return true;
}

enum class Agree { Equal, Rounding, Off };

Agree agree(const Facts& f, const Quantity& a, const Quantity& b) {
  if (a.normalized() == b.normalized()) return Agree::Equal;
  return stated_interval(a, f.precision).overlaps(stated_interval(b, f.precision)) ? Agree::Rounding : Agree::Off;
}

}  // namespace

// Called by check_targets with the 自评表 it read (reading it twice would double its cost).
void check_restated_actuals(const Facts& f, const TargetFacts& tf, DocumentResult& out) {
  const auto& qs = f.quantities;
  // The 自评表 actuals with a number and a unit.
  struct Actual { std::size_t q; Bigrams words; std::string name; };
  std::vector<Actual> actuals;
  std::set<std::size_t> target_qs;  // figures read as targets: never a restated actual
  for (const Indicator& t : tf.targets)
    if (t.quantity != kNone) target_qs.insert(t.quantity);
  for (const Indicator& a : tf.actuals) {
    if (a.quantity == kNone || a.source != IndicatorSource::Table) continue;
    const Quantity& q = qs[a.quantity];
    if (!q.unit || !q.exact() || q.kind() == UnitKind::Score) continue;
    Bigrams w = bigrams_of(from_utf8_lossy(a.name));
    if (w.size() < 3) continue;
    actuals.push_back({a.quantity, std::move(w), a.name});
  }
  if (actuals.empty()) return;
  // Which actuals each character pair names: a pair shared by very many indicators names none
  // of them in particular, and skipping it keeps the matching linear.
  constexpr std::size_t kCommon = 16;
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> by_pair;
  for (std::size_t k = 0; k < actuals.size(); ++k)
    for (std::uint64_t p : actuals[k].words) by_pair[p].push_back(k);
  // For every actual, the prose figures that restate it (and only it).
  std::vector<std::vector<std::size_t>> restated(actuals.size());
  auto marks = partial_year_marks(f.text);  // "截至10月底…": not the whole year's value
  std::size_t mk = 0;
  for (std::size_t i = 0; i < qs.size(); ++i) {
    const Quantity& q = qs[i];
    if (!q.unit || target_qs.count(i) || !restates_a_level(f, i)) continue;
    const Frame& fr = f.statements.frames[f.statements.frame_of[i]];
    if (f.statements.report_year && fr.year && fr.year != f.statements.report_year) continue;  // another year's figure
    while (mk < marks.size() && marks[mk].second <= fr.sentence) ++mk;
    if (mk < marks.size() && marks[mk].first < q.start) continue;  // a mark in its sentence, before it
    Bigrams w = bigrams_of(from_utf8_lossy(q.label));
    if (w.size() < 2) continue;
    std::map<std::size_t, std::size_t> common;
    for (std::uint64_t p : w)
      if (auto it = by_pair.find(p); it != by_pair.end() && it->second.size() <= kCommon)
        for (std::size_t k : it->second) ++common[k];
    std::size_t match = kNone, matches = 0;
    for (auto [k, n] : common)
      if (same_unit(qs[actuals[k].q], q) && names_match(n, actuals[k].words, w)) { match = k; ++matches; }
    if (matches == 1) restated[match].push_back(i);  // two indicators could claim it: not one's restatement
  }
  for (std::size_t k = 0; k < actuals.size(); ++k) {
    if (restated[k].empty()) continue;
    const Quantity& a = qs[actuals[k].q];
    // Stated in the prose more than once, the same way at least once: the others are other figures.
    bool any_equal = false;
    for (std::size_t i : restated[k]) any_equal |= agree(f, a, qs[i]) != Agree::Off;
    std::set<std::string> values;
    for (std::size_t i : restated[k]) values.insert(qs[i].normalized().to_string());
    for (std::size_t i : restated[k]) {
      const Quantity& p = qs[i];
      Agree ag = agree(f, a, p);
      if (ag == Agree::Off && (any_equal || values.size() > 1)) continue;
      std::string formula = "自评表“" + actuals[k].name + "”实际完成值" + a.text + " = 正文" + p.text;
      out.checked.push_back({"R15", formula, ag == Agree::Equal ? "consistent" : ag == Agree::Rounding ? "rounding" : "inconsistent",
                             {span_of(p, false), span_of(a, false)}});
      if (ag != Agree::Off) continue;
      bool table_later = a.start > p.start;
      const Quantity& later = table_later ? a : p;
      const Quantity& earlier = table_later ? p : a;
      std::string line = std::to_string(f.text.line_col(p.start).line);
      Finding fd = make_finding(
          "R15",
          {"同一指标前后不一致：自评表“" + actuals[k].name + "”实际完成值为" + a.text + "，第" + line + "行正文“" + p.label + "”为" +
               p.text,
           "The same indicator differs: " + a.text + " in the self-evaluation table (" + actuals[k].name + "), " + p.text +
               " in the text (line " + line + ")"},
          {span_of(later, true), span_of(earlier, false)});
      fd.expected = earlier.text;
      fd.actual = later.text;
      out.findings.push_back(std::move(fd));
    }
  }
}

namespace {

// ---- the 自评表's 预算执行 block against the prose ----

struct BlockValue {
  Interval iv;       // in the prose figure's base unit
  Decimal point;
  bool scaled = false;
};

// The cell as the prose would state it: money at 万元 or 元 (the block's unit is rarely read),
// a rate in %, points as written.
std::vector<BlockValue> cell_values(const CellNumber& c, BlockCell kind) {
  std::vector<BlockValue> out;
  if (kind == BlockCell::Rate) {
    bool pct = c.percent || c.value > Decimal::from_int(2);
    Decimal v = pct ? c.value : c.value * Decimal::from_int(100);
    out.push_back({Interval::rounded(v, pct ? c.decimals : std::max(0, c.decimals - 2)), v});
    return out;
  }
  if (kind == BlockCell::Points) {
    out.push_back({Interval::rounded(c.value, c.decimals), c.value});
    return out;
  }
  for (int p : {4, 0}) {
    Decimal scale = Decimal::pow10(p);
    Interval iv = Interval::rounded(c.value, c.decimals);
    out.push_back({{iv.lo * scale, iv.hi * scale}, c.value * scale, true});
  }
  return out;
}

}  // namespace

// Called by check_targets: the block's cells restated in the prose must agree. One block only
// (several 自评表 each carry their own project's block, and the prose names none of them).
void check_restated_budget_block(const Facts& f, const TargetFacts& tf, DocumentResult& out) {
  const BudgetRow* block = nullptr;
  std::size_t blocks = 0;
  for (const BudgetRow& r : tf.budget_rows)
    if (r.first) { block = &r; ++blocks; }
  if (blocks == 0) {  // the funds row of an indicator table: its 执行率 and 得分 only
    for (const BudgetRow& r : tf.budget_rows) { block = &r; ++blocks; }
  }
  if (blocks != 1) return;
  const BudgetRow& b = *block;
  auto cell_of = [&](BlockCell c) -> const CellNumber* {
    switch (c) {
      case BlockCell::Initial: return &b.initial;
      case BlockCell::Full: return &b.budget;
      case BlockCell::Spent: return &b.spent;
      case BlockCell::Rate: return &b.rate;
      case BlockCell::Points: return &b.points;
      default: return nullptr;
    }
  };
  std::set<std::size_t> target_qs;  // figures read as targets ("预算执行率100%" as a goal)
  for (const Indicator& t : tf.targets)
    if (t.quantity != kNone) target_qs.insert(t.quantity);
  auto marks = partial_year_marks(f.text);
  std::size_t mk = 0;
  std::map<BlockCell, std::vector<std::size_t>> said;  // the prose figures restating each cell
  const auto& qs = f.quantities;
  for (std::size_t i = 0; i < qs.size(); ++i) {
    const Quantity& q = qs[i];
    if (!q.exact() || q.is_range() || q.comparator != Comparator::None || f.in_table(q.start) || target_qs.count(i)) continue;
    if (q.start >= b.start && q.start < b.end) continue;
    const FrameNumber* n = f.statements.number(i);
    if (!n || n->role == NumRole::Change || n->role == NumRole::ChangeRate || n->role == NumRole::Prior ||
        n->role == NumRole::Share || n->role == NumRole::Target)
      continue;
    const Frame& fr = f.statements.frames[f.statements.frame_of[i]];
    if (fr.list_part || fr.compare) continue;
    if (f.statements.report_year && fr.year && fr.year != f.statements.report_year) continue;  // another year's figure
    while (mk < marks.size() && marks[mk].second <= fr.sentence) ++mk;
    if (mk < marks.size() && marks[mk].first < q.start) continue;  // "截至10月底": not the year's
    BlockLabel bl = read_block_label(from_utf8_lossy(q.label));
    BlockCell c = bl.cell;
    // "预算执行率为96.69%，得分9.67分": the points of the rate stated just before.
    if (c == BlockCell::None && !bl.foreign && q.kind() == UnitKind::Score && f.statements.number_of[i] > 0) {
      const FrameNumber& prev = f.statements.numbers[f.statements.number_of[i] - 1];
      const Frame& pf = f.statements.frames[f.statements.frame_of[prev.q]];
      if (pf.sentence == fr.sentence && qs[prev.q].kind() == UnitKind::Percent &&
          read_block_label(from_utf8_lossy(qs[prev.q].label)).cell == BlockCell::Rate)
        c = BlockCell::Points;
    }
    if (c == BlockCell::None) continue;
    // "会议费全年预算数45万元，全年执行数43.2万元": a clause before it in its sentence that names
    // something else may be what it is about.
    bool other_subject = false;
    for (std::size_t k = f.statements.frame_of[i], steps = 0; k-- > 0 && steps < 8 && !other_subject; ++steps) {
      const Frame& e = f.statements.frames[k];
      if (e.sentence != fr.sentence) break;
      other_subject = e.count > 0 && read_block_label(from_utf8_lossy(qs[f.statements.numbers[e.first].q].label)).foreign;
    }
    if (other_subject) continue;
    bool fits = (c == BlockCell::Rate && q.kind() == UnitKind::Percent) || (c == BlockCell::Points && q.kind() == UnitKind::Score) ||
                ((c == BlockCell::Initial || c == BlockCell::Full || c == BlockCell::Spent) && q.kind() == UnitKind::Money);
    if (c == BlockCell::Rate && q.kind() == UnitKind::Score) c = BlockCell::Points;  // "预算执行率得分9.5分"
    else if (!fits) continue;
    said[c].push_back(i);
  }
  for (const auto& [c, is] : said) {
    const CellNumber* cell = cell_of(c);
    if (!cell || !cell->present) continue;
    std::vector<BlockValue> vs = cell_values(*cell, c);
    auto agree_with = [&](const Quantity& p) {
      Interval piv = stated_interval(p, f.precision);
      Agree best = Agree::Off;
      for (const BlockValue& v : vs) {
        if (p.normalized() == v.point) return Agree::Equal;
        if (v.iv.overlaps(piv)) best = Agree::Rounding;
      }
      return best;
    };
    bool any_agrees = false;
    std::set<std::string> values;
    for (std::size_t i : is) {
      any_agrees |= agree_with(qs[i]) != Agree::Off;
      values.insert(qs[i].normalized().to_string());
    }
    // Stated more than one way and never as the table has it: other figures, not this one.
    if (!any_agrees && values.size() > 1) continue;
    std::string cell_text = f.text.utf8(cell->start, cell->end);
    for (std::size_t i : is) {
      const Quantity& p = qs[i];
      Agree ag = agree_with(p);
      if (ag == Agree::Off && any_agrees) continue;
      std::vector<Span> spans = {span_of(p, false), {cell->start, cell->end, false}};
      out.checked.push_back({"R15", "自评表“" + std::string(block_cell_name(c)) + "”" + cell_text + " = 正文" + p.text,
                             ag == Agree::Equal ? "consistent" : ag == Agree::Rounding ? "rounding" : "inconsistent", spans});
      if (ag != Agree::Off) continue;
      bool table_later = cell->start > p.start;
      spans[table_later ? 1 : 0].primary = true;
      if (table_later) std::swap(spans[0], spans[1]);
      std::string line = std::to_string(f.text.line_col(p.start).line);
      Finding fd = make_finding(
          "R15",
          {"自评表与正文不一致：自评表“" + std::string(block_cell_name(c)) + "”为" + cell_text + "，第" + line + "行正文“" + p.label +
               "”为" + p.text,
           "The self-evaluation table and the text differ: " + cell_text + " (" + std::string(block_cell_name(c)) +
               ") in the table, " + p.text + " in the text (line " + line + ")"},
          std::move(spans));
      fd.expected = table_later ? p.text : cell_text;
      fd.actual = table_later ? cell_text : p.text;
      out.findings.push_back(std::move(fd));
    }
  }
}

namespace {

// What names a figure, for finding it again: the words of its label less those that only frame
// it (year, 同比, 的 …), with the lexicon's classes read off them, its year and unit kind.
struct FigureKey {
  std::u32string name;
  std::uint8_t stage = 0, scope = 0, side = 0, fund = 0, base = 0;
  int year = 0;
  UnitKind kind = UnitKind::None;
  bool operator<(const FigureKey& o) const {
    return std::tie(name, stage, scope, side, fund, base, year, kind) <
           std::tie(o.name, o.stage, o.scope, o.side, o.fund, o.base, o.year, o.kind);
  }
};

// The label names a figure of its own — a programme, a fund, an allocation — when it holds a
// run of words the vocabulary does not know ("基本公共卫生服务", "转移支付"), not only budget
// words (基本支出, 一般公共预算 …, left to R15 on budget roles, which knows their entities).
bool names_its_own_figure(const std::u32string& name) {
  std::size_t han = 0, unknown = 0;
  for (std::size_t i = 0; i < name.size();) {
    lex::Hit h = lex::match_at(name, i);
    if (h.roles) {
      for (std::size_t k = i; k < h.end; ++k) han += chars::is_han(name[k]);
      i = h.end;
      continue;
    }
    if (chars::is_han(name[i])) { ++han; ++unknown; }
    ++i;
  }
  return han >= 6 && unknown >= 4;
}

FigureKey key_of(const Facts& f, std::size_t i) {
  const FrameNumber& n = *f.statements.number(i);
  const Frame& fr = f.statements.frames[f.statements.frame_of[i]];
  FigureKey k;
  k.name = naming_part(n.label);
  for (const lex::Hit& h : lex::scan(k.name, 0, k.name.size())) {
    if (auto e = h.get(lex::Cls::Stage); e && !k.stage) k.stage = e->value;
    if (auto e = h.get(lex::Cls::Scope); e && !k.scope) k.scope = e->value;
    if (auto e = h.get(lex::Cls::Side); e && !k.side) k.side = e->value;
    if (auto e = h.get(lex::Cls::Fund); e && !k.fund) k.fund = e->value;
    if (auto e = h.get(lex::Cls::Base); e && !k.base) k.base = e->value;
  }
  k.year = fr.year;
  k.kind = f.quantities[i].kind();
  return k;
}

}  // namespace

namespace {

constexpr std::size_t kAllocationReach = 80;  // code points from a 文号 to its amount

// The amount a cited document allocates: the first money figure after the 文号 in its sentence
// (before another 文号), when an allocation word (下达/安排/拨付) stands between them or in its
// label. kNone when the sentence states none.
std::size_t allocated_by(const Facts& f, const DocNumber& d, std::size_t limit, std::u32string& phrase) {
  const auto& qs = f.quantities;
  std::size_t stop = std::min({f.text.sentence_stop(d.end), limit, d.end + kAllocationReach});
  auto it = std::partition_point(qs.begin(), qs.end(), [&](const Quantity& q) { return q.start < d.end; });
  for (; it != qs.end() && it->start < stop; ++it) {
    if (it->kind() != UnitKind::Money) continue;
    std::size_t i = static_cast<std::size_t>(it - qs.begin());
    if (!it->exact() || it->is_range() || f.in_table(it->start)) return kNone;
    const FrameNumber* n = f.statements.number(i);
    if (!n || n->role != NumRole::Level || f.statements.frames[f.statements.frame_of[i]].compare) return kNone;
    std::u32string between = f.text.chars().substr(d.end, it->start - d.end);
    bool allocates = false;
    for (const lex::Hit& h : lex::scan(between, 0, between.size()))
      if (const lex::Entry* b = h.get(lex::Cls::Base))
        allocates |= b->value == lex::Issued || b->value == lex::Arranged || b->value == lex::Paid;
    if (!allocates) return kNone;
    // What names the recipient or programme: the words the vocabulary does not know.
    phrase.clear();
    for (std::size_t j = 0; j < between.size();) {
      lex::Hit h = lex::match_at(between, j);
      std::size_t skip = h.roles ? h.end - j : 0;
      for (auto w : lex::targets::kBlockSubjectWords)
        if (between.compare(j, w.size(), w) == 0) skip = std::max(skip, w.size());
      if (skip) {
        phrase += U' ';
        j += skip;
      } else {
        phrase += between[j++];
      }
    }
    return i;
  }
  return kNone;
}

// R15 on allocations: one 文号, one amount.
void check_restated_allocations(const Facts& f, DocumentResult& out) {
  const auto& qs = f.quantities;
  std::vector<DocNumber> docs = read_doc_numbers(f.text);
  struct Citation { std::size_t q; Bigrams words; };
  std::map<std::u32string, std::vector<Citation>> by_doc;
  for (std::size_t k = 0; k < docs.size(); ++k) {
    std::size_t limit = k + 1 < docs.size() ? docs[k + 1].start : f.text.size();
    std::u32string phrase;
    std::size_t q = allocated_by(f, docs[k], limit, phrase);
    if (q == kNone) continue;
    auto& cs = by_doc[docs[k].key];
    if (cs.empty() || cs.back().q != q) cs.push_back({q, bigrams_of(phrase)});
  }
  for (const auto& [key, cs] : by_doc) {
    if (cs.size() < 2) continue;
    std::set<std::string> values;
    for (const Citation& c : cs) values.insert(qs[c.q].normalized().to_string());
    if (cs.size() > 2 && values.size() > 1) continue;  // one document, several recipients
    const Quantity& a = qs[cs[0].q];
    const Quantity& b = qs[cs[1].q];
    if (line_begin(f.text, a.start) == line_begin(f.text, b.start)) continue;  // two items side by side
    // Recipients or programmes named both times and sharing no words: two allocations of one
    // document ("下达甲镇…" and "下达乙乡…").
    std::size_t common = 0;
    for (std::uint64_t p : cs[1].words) common += std::binary_search(cs[0].words.begin(), cs[0].words.end(), p);
    if (common == 0 && !cs[0].words.empty() && !cs[1].words.empty()) continue;
    Agree ag = agree(f, a, b);
    std::string doc = to_utf8(key);
    std::size_t dash = doc.find('-');
    std::string shown = doc.substr(0, dash) + "〔" + doc.substr(dash + 1, 4) + "〕" + doc.substr(dash + 6) + "号";
    out.checked.push_back({"R15", "“" + shown + "”下达" + b.text + " = 前文" + a.text,
                           ag == Agree::Equal ? "consistent" : ag == Agree::Rounding ? "rounding" : "inconsistent",
                           {span_of(b, false), span_of(a, false)}});
    if (ag != Agree::Off) continue;
    std::string line = std::to_string(f.text.line_col(a.start).line);
    Finding fd = make_finding("R15",
                              {"同一文件下达的资金前后不一致：“" + shown + "”此处为" + b.text + "，第" + line + "行为" + a.text,
                               "One document's allocation differs: " + b.text + " here, " + a.text + " on line " + line + " (" +
                                   shown + ")"},
                              {span_of(b, true), span_of(a, false)});
    fd.expected = a.text;
    fd.actual = b.text;
    out.findings.push_back(std::move(fd));
  }
}

}  // namespace

void check_restated_figures(const Facts& f, DocumentResult& out) {
  check_restated_allocations(f, out);
  const auto& qs = f.quantities;
  // Every prose amount that names a figure of its own, grouped by what names it (one map over
  // the figures: linear up to the log).
  std::map<FigureKey, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < qs.size(); ++i) {
    const Quantity& q = qs[i];
    if (q.kind() != UnitKind::Money || !restates_a_level(f, i)) continue;
    FigureKey k = key_of(f, i);
    if (k.year == 0 || !names_its_own_figure(k.name)) continue;
    groups[std::move(k)].push_back(i);
  }
  for (const auto& [k, is] : groups) {
    if (is.size() < 2) continue;
    // Three or more statements with two values are a list of like items (one per programme or
    // unit under headings the label does not repeat), not one figure stated again.
    std::set<std::string> values;
    for (std::size_t i : is) values.insert(qs[i].normalized().to_string());
    if (is.size() > 2 && values.size() > 1) continue;
    const Quantity& a = qs[is[0]];
    const Quantity& b = qs[is[1]];
    // Side by side on one line: two like items, or a figure and its repetition in one breath.
    if (line_begin(f.text, a.start) == line_begin(f.text, b.start)) continue;
    for (std::size_t n = 1; n < is.size(); ++n) {
      const Quantity& p = qs[is[n]];
      Agree ag = agree(f, a, p);
      std::string name = to_utf8(k.name);
      out.checked.push_back({"R15", "“" + name + "”" + p.text + " = 前文" + a.text,
                             ag == Agree::Equal ? "consistent" : ag == Agree::Rounding ? "rounding" : "inconsistent",
                             {span_of(p, false), span_of(a, false)}});
      if (ag != Agree::Off) continue;
      std::string line = std::to_string(f.text.line_col(a.start).line);
      Finding fd = make_finding("R15",
                                {"同一数据前后不一致：“" + name + "”为" + p.text + "，第" + line + "行为" + a.text,
                                 "The same figure differs: " + p.text + " here, " + a.text + " on line " + line},
                                {span_of(p, true), span_of(a, false)});
      fd.expected = a.text;
      fd.actual = p.text;
      out.findings.push_back(std::move(fd));
    }
  }
}

}  // namespace gouji
