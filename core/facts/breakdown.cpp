#include "facts/breakdown.h"

#include <algorithm>
#include <string_view>

#include "facts/rates.h"
#include "lexicon/lexicon.h"
#include "text/chars.h"

namespace gouji {
namespace {

using namespace chars;
using Str = std::u32string_view;
constexpr std::size_t kNo = static_cast<std::size_t>(-1);
// Bounds that keep every list linear on hostile input: a list takes at most this many figures
// and runs over at most this many characters.
constexpr std::size_t kMaxFigures = 400;
constexpr std::size_t kMaxSpan = 8000;

bool hard_end(char32_t c) { return c == U'。' || c == U'！' || c == U'？' || c == U'!' || c == U'?'; }
bool semicolon(char32_t c) { return c == U'；' || c == U';'; }
bool open_br(char32_t c) { return c == U'（' || c == U'('; }
bool close_br(char32_t c) { return c == U'）' || c == U')'; }

// A figure that can be a total or a part: an exact amount or count stating a level.
bool difference(Str s, const Quantity& q);
bool level(Str s, const Quantity& q, const Statements& st, std::size_t i) {
  if (q.kind() == UnitKind::None || is_rate(q.kind()) || !q.exact() || difference(s, q)) return false;
  const FrameNumber* n = st.number(i);
  return !n || n->role == NumRole::Level || n->role == NumRole::Count;
}

// The item of a two-item classification a label names, as family × 16 + item (基本/项目,
// 人员/公用); 0 for none or both. (A 三公 total's label often names every item: not used.)
int class_item(const std::u32string& l) {
  int found = 0;
  for (const lex::Hit& h : lex::scan(l, 0, l.size())) {
    int k = 0;
    if (const lex::Entry* e = h.get(lex::Cls::Scope))
      k = e->value == lex::Basic || e->value == lex::Project ? 16 + e->value
          : e->value == lex::Personnel || e->value == lex::PublicFunds ? 3 * 16 + e->value : 0;
    if (k && found && k / 16 == found / 16 && k != found) return 0;
    if (k && !found) found = k;
  }
  return found;
}

// Labels that end the list of parts: stated next to the parts but not components (a carry-over
// or a distribution appended to an expenditure list, an "另有" aside, a comparison).
bool not_a_part(const Quantity& q) {
  std::u32string l = from_utf8_lossy(q.label);
  for (const lex::Hit& h : lex::scan(l, 0, l.size())) {
    const lex::Entry* st = h.get(lex::Cls::Stage);
    if (st && (st->value == lex::CarryIn || st->value == lex::CarryOut)) return true;
    const lex::Entry* li = h.get(lex::Cls::List);
    if ((li && li->value == lex::Aside) || h.get(lex::Cls::Compare)) return true;
  }
  return false;
}

// Figure i is named a total of its own (合计/共计/总计, as written before it): a new statement.
bool names_total(Str s, const Quantity& q) {
  std::size_t from = q.label_start < q.start ? q.label_start : q.start;
  std::size_t floor = q.start >= 24 ? q.start - 24 : std::size_t{0};
  from = std::max(from, floor);
  // A label cut at an enumeration comma ("共计下达中央、市级…资金"): its clause's words before it
  // still name the figure, back to the clause's start or the figure before.
  while (from > floor && !is_digit(s[from - 1]) && s[from - 1] != U'，' && s[from - 1] != U',' && !is_sentence_end(s[from - 1]) &&
         s[from - 1] != U'：' && s[from - 1] != U':')
    --from;
  return lex::has(s.substr(from, q.start - from), lex::Cls::List, lex::Total);
}

// A difference between two stated figures ("差值为0.9万元"): its sign is not written, so it is
// never a part or a total.
bool difference(Str s, const Quantity& q) {
  std::size_t end = q.start;  // the word right before the number ("差值为", "相差"), not "差额拨款单位"
  while (end > 0 && (is_space(s[end - 1]) || lex::marks::kLinkers.find(s[end - 1]) != Str::npos)) --end;
  const lex::Entry* e = lex::match_before(s, end, lex::Cls::Relation);
  return e && e->value == lex::Difference;
}

// "2025年预算安排…": a clause led by a year starts a statement of its own.
bool year_led(Str s, const Statements& st, std::size_t i) {
  if (i >= st.frame_of.size() || st.frame_of[i] == kNo) return false;
  std::size_t k = st.frames[st.frame_of[i]].begin;
  while (k < s.size() && is_space(s[k])) ++k;
  std::size_t d = k;
  while (d < s.size() && is_digit(s[d])) ++d;
  while (d < s.size() && is_space(s[d])) ++d;
  return d - k >= 4 && d < s.size() && s[d] == U'年';
}

// Two part labels of one list look alike: the same ending ("工资福利支出预算" / "商品和服务支出预算").
bool same_shape(const std::u32string& a, const std::u32string& b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n]) ++n;
  return n >= 2;
}

// The whole a share beside figure i names ("占基本支出预算…"), or empty.
std::u32string share_whole_beside(const Statements& st, std::size_t i) {
  if (i >= st.frame_of.size() || st.frame_of[i] == kNo) return {};
  auto [a, b] = st.chain(st.frame_of[i]);
  for (std::size_t f = st.frame_of[i]; f <= b && f < st.frames.size(); ++f) {
    (void)a;
    const Frame& fr = st.frames[f];
    for (std::size_t k = fr.first; k < fr.first + fr.count; ++k)
      if (st.numbers[k].role == NumRole::Share) return st.numbers[k].of.empty() ? U"·" : st.numbers[k].of;
  }
  return {};
}

struct Reader {
  Str s;
  const std::vector<Quantity>& qs;
  const Statements& st;
  std::vector<Breakdown> out;

  const std::u32string& label(std::size_t i) const {
    static const std::u32string none;
    const FrameNumber* n = st.number(i);
    return n ? n->label : none;
  }

  std::size_t section_of(std::size_t i) const {
    return i < st.frame_of.size() && st.frame_of[i] != kNo ? st.frames[st.frame_of[i]].section : kNo;
  }
  // A line break after a full stop, a "；" or a "：" ends a statement; one in mid-clause is a
  // soft wrap of PDF-converted text.
  bool ends_statement(std::size_t nl) const {
    std::size_t k = nl;
    while (k > 0 && is_space(s[k - 1])) --k;
    return k == 0 || hard_end(s[k - 1]) || semicolon(s[k - 1]) || s[k - 1] == U'：' || s[k - 1] == U':' ||
           s[k - 1] == U'\n';
  }

  std::size_t common_suffix(const std::u32string& a, const std::u32string& b) const {
    std::size_t n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n]) ++n;
    return n;
  }
  // Which of the totals figure j is a part of: the one of its kind; among several of its kind
  // ("支出2.05万元，年初预算为2.95万元。其中：A支出0万元，年初预算为0万元；…") the one whose
  // label ends like j's, when exactly one does.
  std::size_t list_for(const std::vector<std::size_t>& totals, std::size_t j) const {
    std::size_t found = kNo, nearest = kNo, best = 0, ties = 0;
    for (std::size_t k = 0; k < totals.size(); ++k) {  // nearest first
      if (qs[totals[k]].kind() != qs[j].kind()) continue;
      if (nearest == kNo) nearest = k;
      std::size_t n = common_suffix(label(totals[k]), label(j));
      if (found == kNo || n > best) found = k, best = n, ties = 0;
      else if (n == best) ++ties;
    }
    if (best < 2) return nearest;  // no label says: the figure stated last
    return ties > 0 ? kNo : found;
  }

  // The first quantity starting at or after `at` (quantities are in text order).
  std::size_t first_from(std::size_t at) const {
    return static_cast<std::size_t>(
        std::partition_point(qs.begin(), qs.end(), [at](const Quantity& q) { return q.start < at; }) - qs.begin());
  }

  // Reads the parts of `totals` (one per kind) from figure `from` on, the list opened at
  // [ts, te). `stop` bounds a bracketed list; `line_open`: the trigger ends its line ("其中：\n").
  void collect(const std::vector<std::size_t>& totals, std::size_t ts, std::size_t te, std::size_t stop,
               bool bracketed) {
    std::vector<Breakdown> lists(totals.size());
    std::vector<Decimal> sums(totals.size());
    std::vector<bool> closed(totals.size(), false);
    for (std::size_t k = 0; k < totals.size(); ++k) {
      lists[k].total = totals[k];
      lists[k].trigger_start = ts;
      lists[k].trigger_end = te;
    }
    bool line_open = true;  // only blanks between the trigger and the end of its line
    for (std::size_t k = te; k < s.size() && s[k] != U'\n'; ++k)
      if (!is_space(s[k]) && !is_clause_sep(s[k])) { line_open = false; break; }
    const std::size_t section = section_of(totals[0]);
    int depth = 0;
    bool nested = false;     // inside the sub-list of a part
    bool crossing = false;   // a sentence end was passed: the next figure must continue the list
    std::size_t pos = te, beyond = 0, soft_at = kNo;
    std::size_t first_part = kNo;
    for (std::size_t j = first_from(te); j < qs.size(); ++j) {
      const Quantity& p = qs[j];
      if (p.start >= stop) break;
      // Within the first clause run a list is as long as it is (one pass); past a "；" or a full
      // stop its reach is bounded, so overlapping lists stay linear.
      if (soft_at != kNo && (++beyond > kMaxFigures || p.start > soft_at + kMaxSpan)) break;
      bool semi = false, hard = false;
      for (; pos < p.start; ++pos) {
        char32_t c = s[pos];
        if (open_br(c)) ++depth;
        else if (close_br(c) && depth > 0) --depth;
        else if (bracketed) continue;
        else if (semicolon(c)) semi = true, nested = false;
        else if (hard_end(c)) hard = true, nested = false;
        else if (c == U'\n' && !(line_open && first_part == kNo)) {
          (ends_statement(pos) ? hard : semi) = true;
          nested = false;
        } else if (depth == 0 && first_part != kNo && is_han(c)) {
          // A part's own 其中/主要包括: its sub-parts are not this list's; they end at the next
          // "；", full stop or line break, where the list may go on (past a full stop only with
          // a part shaped like the first).
          const lex::Entry* e = lex::match_at(s, pos, lex::Cls::List);
          if (e && e->value == lex::Intro) {
            nested = true;  // up to the next boundary ("人员经费X万元，主要包括：基本工资、…。")
            pos += e->word.size() - 1;
          }
        }
      }
      pos = std::max(pos, p.end);
      if (depth > 0) continue;  // "…3.6万元（其中：购置费0万元…）": a part's own detail
      if ((semi || hard) && first_part == kNo && !line_open) break;  // no part in the trigger's own clause run
      if (semi || hard) {
        if (soft_at == kNo) soft_at = p.start;
        // A list that already adds up to its total ends at the boundary.
        bool done = true;
        for (std::size_t k = 0; k < totals.size(); ++k)
          done &= !lists[k].parts.empty() && sums[k] == qs[totals[k]].normalized();
        if (done) break;
      }
      if (hard) crossing = true;
      if (section_of(j) != section) break;  // a heading between: another part of the report
      std::size_t kind = list_for(totals, j);
      if (kind == kNo || !level(s, p, st, j)) continue;  // other units, changes, shares: commentary
      if (nested) continue;
      if (names_total(s, p) || (year_led(s, st, j) && first_part != kNo)) break;  // a new statement
      // "基本支出500万元，其中人员经费400万元；项目支出300万元": past a "；", the total's sibling in
      // its classification starts the next statement.
      if ((semi || hard) && first_part != kNo) {
        int t = class_item(label(totals[0])), c = class_item(label(j));
        if (t && c && t / 16 == c / 16 && t != c) break;
      }
      if (crossing) {
        // Past a full stop only a figure shaped like the parts continues the list: the same
        // label ending, or a share of the same whole beside it.
        if (first_part == kNo) break;
        bool shaped = same_shape(label(first_part), label(j));
        std::u32string w1 = share_whole_beside(st, first_part), w2 = share_whole_beside(st, j);
        shaped |= !w1.empty() && w1 == w2;
        if (!shaped) break;
        crossing = false;
      }
      if (closed[kind] || not_a_part(p)) {
        closed[kind] = true;
        lists[kind].excluded.push_back(j);
        continue;
      }
      lists[kind].parts.push_back(j);
      sums[kind] = sums[kind] + p.normalized();
      if (first_part == kNo) first_part = j;
    }
    std::size_t made = 0, reconciled = kNo;
    for (std::size_t k = 0; k < totals.size(); ++k) {
      if (lists[k].parts.size() < 2) continue;
      if (sums[k] == qs[totals[k]].normalized()) reconciled = k;
      ++made;
    }
    for (std::size_t k = 0; k < totals.size(); ++k) {
      if (lists[k].parts.size() < 2) continue;
      lists[k].complete_by_sibling = made > 1 && reconciled != kNo && reconciled != k;
      out.push_back(std::move(lists[k]));
    }
  }

  // Figure i stands in a bracket opened right after figure i−1 ("900万元（含中央资金600万元）"): it
  // qualifies that one, and a list after the bracket is not its.
  bool qualifies_previous(std::size_t i) const {
    if (i == 0) return false;
    std::size_t k = qs[i - 1].end;
    while (k < qs[i].start && is_space(s[k])) ++k;
    if (k >= qs[i].start || (s[k] != U'（' && s[k] != U'(')) return false;
    for (++k; k < qs[i].start; ++k)
      if (s[k] == U'）' || s[k] == U')' || is_clause_sep(s[k])) return false;
    return true;
  }

  // The totals a trigger at `ts` opens a list of: the figure right before it, or — after
  // interposed 占/同比 clauses or a full stop — the nearest level of each kind in the clause
  // chain before it (same paragraph).
  std::vector<std::size_t> totals_before(std::size_t ts, bool middle_ok) {
    std::vector<std::size_t> totals;
    std::size_t upto = first_from(ts);  // qs[0, upto): before the trigger
    if (upto == 0) return totals;
    std::size_t t = upto - 1;
    const Quantity& q = qs[t];
    if (q.end > ts) return totals;
    bool adjacent = ts - q.end <= 3;
    for (std::size_t k = q.end; k < ts && adjacent; ++k) adjacent = is_clause_sep(s[k]) || is_space(s[k]);
    if (adjacent && level(s, q, st, t)) {
      totals.push_back(t);
      return totals;
    }
    if (!middle_ok) return totals;
    // The trigger opens a clause: what stands before it must end one.
    std::size_t b = ts;
    while (b > 0 && is_space(s[b - 1])) --b;
    if (b == 0) return totals;
    char32_t c = s[b - 1];
    bool after_stop = hard_end(c) || semicolon(c);
    bool after_figure = q.end == b;  // "…减少28%其中：" (no separator written)
    if (!(after_stop || after_figure || c == U'，' || c == U',' || c == U'：' || c == U':')) return totals;
    // Walk back through this sentence — the previous one when the trigger opens a sentence —
    // never past a paragraph break.
    std::size_t pos = b - 1;
    for (std::size_t i = upto; i-- > 0 && upto - i <= 64;) {
      const Quantity& x = qs[i];
      bool stop = false;
      for (; pos > x.end && !stop; --pos) {
        char32_t ch = s[pos - 1];
        if (ch == U'\n') return totals;
        stop = hard_end(ch) || semicolon(ch);
      }
      if (stop) break;
      if (!level(s, x, st, i) || qualifies_previous(i)) continue;
      std::size_t have = 0;
      for (std::size_t k : totals) have += qs[k].kind() == x.kind();
      if (have < 4) totals.push_back(i);
    }
    return totals;
  }

  // "财政拨款收支总预算1085203.63元。收入包括：…。支出包括：…": a sentence opening with a side
  // (or a label) and a list word lists the parts of the figure stated just before under that
  // name — a 收支 total is the total of either side.
  std::size_t opener_total(std::size_t b, std::size_t i) const {
    std::u32string ref = normalize_label(std::u32string(s.substr(b, i - b)));
    if (ref.size() < 2 || ref.size() > 8) return kNo;
    for (char32_t c : ref)
      if (is_digit(c)) return kNo;
    const lex::Entry* side = lex::match_at(ref, 0, lex::Cls::Side);
    bool side_only = side && side->word.size() == ref.size();
    std::size_t upto = first_from(b);
    int lines = 0;
    std::size_t pos = b;
    for (std::size_t qi = upto; qi-- > 0 && upto - qi <= 16;) {
      const Quantity& q = qs[qi];
      for (; pos > q.end; --pos)
        if (s[pos - 1] == U'\n' && ++lines > 2) return kNo;
      if (!level(s, q, st, qi)) continue;
      std::u32string lab = from_utf8_lossy(q.label);
      if (chars::ends(lab, ref)) return qi;
      if (side_only) {
        for (const lex::Hit& h : lex::scan(lab, 0, lab.size()))
          if (const lex::Entry* e = h.get(lex::Cls::Side); e && e->value == lex::Both) return qi;
      }
    }
    return kNo;
  }

  // "…项目支出7196.27万元。项目支出中，A 6180.49万元，B 1015.78万元。": a sentence opening with
  // "<label>中，" breaks down the figure last stated under that label in the same paragraph
  // (read backwards from the sentence, within its paragraph only: linear).
  std::size_t referenced_total(std::size_t i, bool* by_items = nullptr) const {
    std::size_t b = i;
    while (b > 0 && !is_sentence_end(s[b - 1]) && i - b < 24) --b;
    if (b == i || (b > 0 && !is_sentence_end(s[b - 1]))) return kNo;
    std::u32string raw(s.substr(b, i - b));
    std::u32string ref = normalize_label(raw);
    if (ref.size() < 2) return kNo;
    int year = year_in(raw);
    std::size_t upto = first_from(b);
    std::size_t para = b;  // no line break in [para, b)
    for (std::size_t qi = upto; qi-- > 0 && upto - qi <= 64;) {
      const Quantity& q = qs[qi];
      while (para > q.end && s[para - 1] != U'\n') --para;
      if (para > q.end) break;  // a line break after this number: another paragraph
      if (!level(s, q, st, qi)) continue;
      std::u32string lab = from_utf8_lossy(q.label);
      if (lab.size() < ref.size() || Str(lab).substr(lab.size() - ref.size()) != Str(ref)) continue;
      if (year != 0 && q.label_start >= 4) {
        std::size_t ls = q.label_start >= 8 ? q.label_start - 8 : 0;
        int qy = year_in(std::u32string(s.substr(ls, q.start - ls)));
        if (qy != 0 && qy != year) return kNo;  // "2024年…中，" is not the 2023 figure's list
      }
      return qi;
    }
    std::size_t t = items_total(ref, year, upto);
    if (by_items) *by_items = t != kNo;
    return t;
  }

  // The stage or base word a label names first (预算/决算/安排 …), as class and value; 0 if none.
  static int stage_of(const std::u32string& l) {
    for (const lex::Hit& h : lex::scan(l, 0, l.size())) {
      if (const lex::Entry* e = h.get(lex::Cls::Stage)) return 0x100 | e->value;
      if (const lex::Entry* e = h.get(lex::Cls::Base)) return 0x200 | e->value;
    }
    return 0;
  }

  // "2010年…“三公”经费财政拨款预算中，" referring to the figure stated a line or two before under
  // the items' own names ("2010年因公出国(境)费、公务用车购置及运行费和公务接待费的财政拨款预算数
  // 2711.65万元"): same year, same stage, every item of the classification named.
  std::size_t items_total(const std::u32string& ref, int year, std::size_t upto) const {
    const lex::Entry* scope = lex::first(ref, lex::Cls::Scope);
    int stage = stage_of(ref);
    if (year == 0 || !scope || scope->value != lex::SanGong || stage == 0 || upto == 0) return kNo;
    int lines = 0;
    std::size_t pos = qs[upto - 1].end;
    for (std::size_t qi = upto; qi-- > 0 && upto - qi <= 64;) {
      const Quantity& q = qs[qi];
      for (; pos > q.end; --pos)
        if (s[pos - 1] == U'\n' && ++lines > 2) return kNo;
      if (!level(s, q, st, qi) || q.kind() != UnitKind::Money || st.frame_of[qi] == kNo) continue;
      // Its clause as written, from the clause start (the label alone stops at "、"), names the
      // year; its sentence up to it names the items ("…预算数2711.65万元，2011年预算数2687.06万元").
      const Frame& fr = st.frames[st.frame_of[qi]];
      if (fr.begin >= q.start || q.start - fr.sentence > 160) continue;
      std::u32string clause(s.substr(fr.begin, q.start - fr.begin));
      const FrameNumber* n = st.number(qi);
      if (!n || year_in(clause) != year || stage_of(n->label) != stage) continue;
      std::u32string sentence(s.substr(fr.sentence, q.start - fr.sentence));
      bool named[3] = {false, false, false};
      for (const lex::Hit& h : lex::scan(sentence, 0, sentence.size()))
        if (const lex::Entry* it = h.get(lex::Cls::Item); it && it->value >= lex::Abroad && it->value <= lex::Reception)
          named[it->value - lex::Abroad] = true;
      if (named[0] && named[1] && named[2]) return qi;
    }
    return kNo;
  }
};

}  // namespace

std::vector<Breakdown> find_breakdowns(const Text& text, const std::vector<Quantity>& qs, const Statements& st) {
  Reader r{Str(text.chars()), qs, st, {}};
  Str s = r.s;
  std::vector<bool> is_total(qs.size(), false);
  // 1. Triggers: 其中/包括/具体为/分项情况是/分别为 …, and "X万元中，".
  for (std::size_t i = 0; i < s.size();) {
    lex::Hit h = lex::match_at(s, i);
    const lex::Entry* e = h.roles ? h.get(lex::Cls::List) : nullptr;
    std::size_t te = h.roles ? h.end : i + 1;
    bool intro = e && e->value == lex::Intro;
    if (e && e->value == lex::Respectively && te < s.size() && lex::marks::kListCopula.find(s[te]) != Str::npos) {
      intro = true;
      ++te;
    }
    bool zhong = !e && s[i] == lex::marks::kAmong && i > 0 && i + 1 < s.size() &&
                 (s[i + 1] == U'，' || s[i + 1] == U',' || s[i + 1] == U'：' || s[i + 1] == U':');
    std::size_t before_zhong = zhong ? r.first_from(i) : 0;
    bool of_figure = zhong && before_zhong > 0 && qs[before_zhong - 1].end == i;  // "预算79.69亿元中，"
    bool by_label = zhong && !of_figure;
    if (by_label) {
      bool by_items = false;
      std::size_t t = r.referenced_total(i, &by_items);
      if (t != kNo) {
        std::size_t before = r.out.size();
        std::size_t b = i;
        while (b > 0 && !is_sentence_end(s[b - 1]) && i - b < 24) --b;
        // A whole found by its items' names, lines before: its parts are this sentence's only.
        std::size_t stop = s.size();
        if (by_items)
          for (stop = i; stop < s.size() && !hard_end(s[stop]) && s[stop] != U'\n'; ++stop) {}
        r.collect({t}, b, i + 1, stop, false);
        for (std::size_t k = before; k < r.out.size(); ++k) is_total[r.out[k].total] = true;
      }
    }
    if (intro || of_figure) {
      bool bracketed = i > 0 && open_br(s[i - 1]);
      std::vector<std::size_t> totals = r.totals_before(i - (bracketed ? 1 : 0), intro && !bracketed);
      if (totals.empty() && intro && !bracketed) {
        std::size_t b = i;
        while (b > 0 && !is_sentence_end(s[b - 1]) && i - b <= 8) --b;
        if (b < i && (b == 0 || is_sentence_end(s[b - 1])))
          if (std::size_t t = r.opener_total(b, i); t != kNo) totals.push_back(t);
      }
      if (!totals.empty()) {
        std::size_t stop = s.size();
        if (bracketed) {
          stop = te;
          while (stop < s.size() && stop < te + kMaxSpan && !close_br(s[stop]) && s[stop] != U'\n') ++stop;
        }
        std::size_t before = r.out.size();
        r.collect(totals, i, te, stop, bracketed);
        for (std::size_t k = before; k < r.out.size(); ++k) is_total[r.out[k].total] = true;
      }
    }
    i = te;
  }
  // 2. Parts in brackets without a trigger: "预拨资金3608万元（中央资金2855万元、省级资金753万元）".
  for (std::size_t t = 0; t < qs.size(); ++t) {
    const Quantity& q = qs[t];
    if (is_total[t] || q.end >= s.size() || !open_br(s[q.end]) || !level(s, q, st, t)) continue;
    std::size_t stop = q.end + 1;
    while (stop < s.size() && stop < q.end + 400 && !close_br(s[stop]) && !open_br(s[stop]) && s[stop] != U'\n') ++stop;
    if (stop >= s.size() || !close_br(s[stop])) continue;
    bool other = false;  // a same-kind figure that is not a level: a comparison, not parts
    std::size_t n = 0;
    for (std::size_t j = t + 1; j < qs.size() && qs[j].start < stop; ++j)
      if (qs[j].kind() == q.kind()) (level(s, qs[j], st, j) ? ++n : (other = true, n));
    if (other || n < 2) continue;
    std::size_t before = r.out.size();
    r.collect({t}, q.end, q.end + 1, stop, true);
    for (std::size_t k = before; k < r.out.size(); ++k) is_total[r.out[k].total] = true;
  }
  std::vector<bool> is_part(qs.size(), false);
  for (const Breakdown& b : r.out)
    for (std::size_t p : b.parts) is_part[p] = true;
  // 3b. "“三公”经费决算总额为1023万元，…。其中：" ending its line, then one heading per item of a
  // fixed classification ("一、因公出国(境)经费" / "二、公务用车…" / "三、公务接待费"), each
  // followed by its figure: the items are the parts. Read line by line: linear.
  {
    auto line_end = [&](std::size_t b) {
      std::size_t e = b;
      while (e < s.size() && s[e] != U'\n') ++e;
      return e;
    };
    std::size_t qi = 0;
    for (std::size_t b = 0; b < s.size();) {
      std::size_t e = line_end(b);
      std::size_t q0 = qi;
      while (qi < qs.size() && qs[qi].start < e) ++qi;
      std::size_t next = e + 1;
      // The line ends in 其中 (and a colon): its last level figure is the total.
      std::size_t k = e;
      while (k > b && (is_space(s[k - 1]) || s[k - 1] == U'：' || s[k - 1] == U':')) --k;
      const lex::Entry* in = lex::match_before(s, k, lex::Cls::List);
      std::size_t total = kNo;
      for (std::size_t j = qi; j-- > q0;)
        if (level(s, qs[j], st, j)) { total = j; break; }
      if (!in || in->value != lex::Intro || k - in->word.size() < b || total == kNo || is_total[total] || is_part[total]) {
        b = next;
        continue;
      }
      Breakdown bd;
      bd.total = total;
      bd.trigger_start = k - in->word.size();
      bd.trigger_end = k;
      std::vector<std::uint8_t> items;
      bool open = false, ok = true;  // an item heading read, its figure not yet
      std::size_t lb = next, lq = qi;
      for (int lines = 0; lb < s.size() && lines < 64 && ok; ++lines) {
        std::size_t le = line_end(lb);
        std::size_t lq0 = lq;
        while (lq < qs.size() && qs[lq].start < le) ++lq;
        bool blank = true;
        for (std::size_t c = lb; c < le && blank; ++c) blank = is_space(s[c]);
        if (lq == lq0) {
          if (blank) { lb = le + 1; continue; }
          // A line without figures: a heading naming one item opens its slot; anything else ends the list.
          std::vector<std::uint8_t> named;
          for (const lex::Hit& h : lex::scan(s, lb, le))
            if (const lex::Entry* it = h.get(lex::Cls::Item); it && std::find(named.begin(), named.end(), it->value) == named.end())
              named.push_back(it->value);
          // (one classification: the 三公 items, or the 岗位 kinds — three values each)
          if (named.size() != 1 || open || std::find(items.begin(), items.end(), named[0]) != items.end() ||
              (!items.empty() && (items[0] - 1) / 3 != (named[0] - 1) / 3))
            break;
          items.push_back(named[0]);
          open = true;
          lb = le + 1;
          continue;
        }
        if (!open) break;
        for (std::size_t j = lq0; j < lq; ++j) {
          if (qs[j].kind() != qs[total].kind()) continue;
          if (!level(s, qs[j], st, j) || is_part[j]) ok = false;
          else bd.parts.push_back(j);
          break;
        }
        open = false;
        lb = le + 1;
      }
      b = next;
      if (!ok || open || bd.parts.size() < 2 || bd.parts.size() != items.size()) continue;
      for (std::size_t p : bd.parts) is_part[p] = true;
      is_total[total] = true;
      r.out.push_back(std::move(bd));
    }
  }
  // 3a. "…政府采购预算17000元，…。按政府采购资金类型划分，一般公共预算拨款17000元，财政专户管理的
  // 资金安排0元，上年结转结余资金安排0元。": a sentence opening "按<scope>…划分，" classifies the
  // figure last stated (in its section) under the scope it names; its levels are every class.
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != U'按' || (i > 0 && !is_sentence_end(s[i - 1]) && !is_space(s[i - 1]))) continue;
    std::size_t c = i + 1;
    while (c < s.size() && c < i + 24 && s[c] != U'，' && s[c] != U',' && !is_sentence_end(s[c])) ++c;
    if (c >= s.size() || (s[c] != U'，' && s[c] != U',')) continue;
    const lex::Entry* e = lex::match_before(s, c, lex::Cls::List);
    const lex::Entry* scope = lex::first(s.substr(i, c - i), lex::Cls::Scope);
    if (!e || e->value != lex::Classify || !scope) continue;
    Breakdown b;
    b.classification = true;
    b.trigger_start = i;
    b.trigger_end = c;
    bool clean = true;
    std::size_t j = r.first_from(c);
    for (; j < qs.size() && j - r.first_from(c) < kMaxFigures; ++j) {
      bool ended = false;
      for (std::size_t k = j == r.first_from(c) ? c : qs[j - 1].end; k < qs[j].start && !ended; ++k)
        ended = hard_end(s[k]) || semicolon(s[k]) || (s[k] == U'\n' && r.ends_statement(k));
      if (ended) break;
      if (is_part[j] || is_total[j] || !level(s, qs[j], st, j)) { clean = false; break; }
      b.parts.push_back(j);
    }
    i = c;
    if (!clean || b.parts.size() < 2) continue;
    // The list closes right after its last class ("…0元。"): one that runs on, or is cut off,
    // may hold classes not read.
    std::size_t after = qs[b.parts.back()].end;
    while (after < s.size() && is_space(s[after]) && s[after] != U'\n') ++after;
    if (after >= s.size() || !(hard_end(s[after]) || semicolon(s[after]) || s[after] == U'\n')) continue;
    UnitKind kind = qs[b.parts[0]].kind();
    for (std::size_t p : b.parts) clean &= qs[p].kind() == kind;
    // The whole: the nearest level before, of the same kind and section, whose clause names the scope.
    std::size_t section = r.section_of(b.parts[0]);
    std::size_t whole = kNo;
    for (std::size_t k = r.first_from(b.trigger_start), n = 0; k-- > 0 && n < 64; ++n) {
      if (r.section_of(k) != section) break;
      if (qs[k].kind() != kind || is_part[k] || !level(s, qs[k], st, k)) continue;
      const Frame& fr = st.frames[st.frame_of[k]];
      if (fr.list_part || fr.subject.scope != scope->value) continue;
      whole = k;
      break;
    }
    if (!clean || whole == kNo) continue;
    b.total = whole;
    for (std::size_t p : b.parts) is_part[p] = true;
    is_total[whole] = true;
    r.out.push_back(std::move(b));
  }
  // 3. A total after its parts: "A 3.20万元、B 5.64万元，合计8.84万元"; "…，加上转移性收入…，收入合计…".
  for (std::size_t t = 1; t < qs.size(); ++t) {
    const Quantity& q = qs[t];
    if (is_total[t] || is_part[t] || !level(s, q, st, t) || !names_total(s, q)) continue;
    Breakdown b;
    b.total = t;
    b.after = true;
    int depth = 0;
    std::size_t pos = q.label_start < q.start ? q.label_start : q.start;
    bool blocked = false;
    // "…收入完成147.1亿元，…。加上转移性收入49.2亿元，收入合计196.3亿元": a sentence opening with
    // 加上 adds to the figure the previous sentence is about (its first level).
    bool plus = false;
    std::size_t head = kNo;
    int skipped = 0;
    bool whole_sentence = false;
    // The total's clause opens its sentence: no clause break between the sentence start `k` and it.
    auto opens_sentence = [&](std::size_t k) {
      for (std::size_t j = k; j < q.start; ++j)
        if (s[j] == U'，' || s[j] == U',' || is_sentence_end(s[j])) return false;
      return true;
    };
    for (std::size_t i = t; i-- > 0 && t - i <= 64;) {
      const Quantity& x = qs[i];
      for (; pos > x.end; --pos) {
        char32_t c = s[pos - 1];
        if (close_br(c)) ++depth;
        else if (open_br(c) && depth > 0) --depth;
        else if (depth == 0 && (hard_end(c) || c == U'\n' || (!plus && (c == U'：' || c == U':')))) {
          std::size_t k = pos;
          while (k < s.size() && is_space(s[k])) ++k;
          const lex::Entry* e = lex::match_at(s, k, lex::Cls::List);
          if (!plus && hard_end(c) && e && e->value == lex::Plus && !b.parts.empty()) {
            plus = true;
            continue;
          }
          // "…项目40万元；…项目3万元。共计下达…资金3580.69万元": a sentence that is only the 共计
          // totals the sentence before it, which must then be parts to its start.
          if (!plus && !whole_sentence && hard_end(c) && e && e->value == lex::Total && b.parts.empty() && opens_sentence(k)) {
            whole_sentence = true;
            continue;
          }
          // The sentence passed was the 其中 detail of the one before it: that one is the subject.
          if (plus && hard_end(c) && e && e->value == lex::Intro && skipped++ < 2) {
            head = kNo;
            continue;
          }
          blocked = true;
          break;
        }
      }
      if (blocked) break;
      pos = std::min(pos, x.label_start < x.start ? x.label_start : x.start);
      if (depth > 0 || x.kind() != q.kind()) continue;
      if (plus) {
        if (level(s, x, st, i) && !is_part[i] && !not_a_part(x)) head = i;  // a total of its own 其中 list too
        continue;
      }
      if (!level(s, x, st, i) || is_part[i] || is_total[i] || names_total(s, x)) {
        b.after_cut = true;
        if (whole_sentence) b.parts.clear();  // the sentence before holds more than the parts: unsure
        break;
      }
      // A carry-over before a 合计 makes it a grand total of stages: the identities' (R02/R12).
      if (not_a_part(x)) { b.parts.clear(); break; }
      b.parts.insert(b.parts.begin(), i);
    }
    if (plus && head != kNo) b.parts.insert(b.parts.begin(), head);
    b.trigger_start = b.trigger_end = q.start;
    if (b.parts.size() >= 2) {
      for (std::size_t p : b.parts) is_part[p] = true;
      is_total[t] = true;
      r.out.push_back(std::move(b));
    }
  }
  std::stable_sort(r.out.begin(), r.out.end(),
                   [&](const Breakdown& a, const Breakdown& b) { return qs[a.total].start < qs[b.total].start; });
  return std::move(r.out);
}

std::vector<Breakdown> find_breakdowns(const Text& text, const std::vector<Quantity>& qs) {
  Document doc;
  return find_breakdowns(text, qs, read_statements(text, qs, doc));
}

}  // namespace gouji
