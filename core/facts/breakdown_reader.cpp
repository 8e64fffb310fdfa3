// The Reader's tools: where a statement ends, which totals a trigger opens a list of, and the
// parts a list holds; and what a figure is (a level, a named total, not a part).
#include <algorithm>

#include "facts/breakdown_internal.h"
#include "facts/rates.h"
#include "lexicon/lexicon.h"
#include "numbers/dates.h"
#include "text/chars.h"

namespace gouji {
namespace breakdown_detail {

using namespace chars;

namespace {

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
  std::size_t end;
  return read_year(s, k, end, {true}) != 0;
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
      if (st.numbers[k].role == NumRole::Share) return st.numbers[k].of.empty() ? U"·" : st.numbers[k].of.str();
  }
  return {};
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

}  // namespace

bool level(Str s, const Quantity& q, const Statements& st, std::size_t i) {
  if (q.kind() == UnitKind::None || is_rate(q.kind()) || !q.exact() || difference(s, q)) return false;
  const FrameNumber* n = st.number(i);
  return !n || n->role == NumRole::Level || n->role == NumRole::Count;
}

bool not_a_part(Str s, const Quantity& q) {
  // The clause before the figure, back to its separator (at most 16 characters).
  std::size_t end = std::min<std::size_t>(q.start, s.size()), b = end;
  while (b > 0 && end - b < 16 && !hard_end(s[b - 1]) && !semicolon(s[b - 1]) && s[b - 1] != U'，' &&
         s[b - 1] != U',' && s[b - 1] != U'、' && s[b - 1] != U'：' && s[b - 1] != U':' && s[b - 1] != U'\n')
    --b;
  if (lex::has(s.substr(b, end - b), lex::Cls::List, lex::Aside)) return true;
  std::u32string l = from_utf8_lossy(q.label);
  for (const lex::Hit& h : lex::scan(l, 0, l.size())) {
    const lex::Entry* st = h.get(lex::Cls::Stage);
    if (st && (st->value == lex::CarryIn || st->value == lex::CarryOut)) return true;
    const lex::Entry* li = h.get(lex::Cls::List);
    if ((li && li->value == lex::Aside) || h.get(lex::Cls::Compare)) return true;
  }
  return false;
}

bool names_total(Str s, const Quantity& q) {
  std::size_t from = q.label_start < q.start ? q.label_start : q.start;
  std::size_t floor = q.start >= 24 ? q.start - 24 : std::size_t{0};
  from = std::max(from, floor);
  // A label cut at an enumeration comma ("共计下达中央、市级…资金"): its clause's words before it
  // still name the figure, back to the clause's start or the figure before.
  while (from > floor && !is_digit(s[from - 1]) && s[from - 1] != U'，' && s[from - 1] != U',' && !is_sentence_end(s[from - 1]) &&
         s[from - 1] != U'：' && s[from - 1] != U':')
    --from;
  Str said = s.substr(from, q.start - from);
  return lex::has(said, lex::Cls::List, lex::Total) || lex::has(said, lex::Cls::List, lex::Cumulative);
}

bool names_cumulative(Str s, const Quantity& q) {
  std::size_t from = q.label_start < q.start ? q.label_start : q.start;
  Str said = s.substr(from, q.start - from);
  return lex::has(said, lex::Cls::List, lex::Cumulative) && !lex::has(said, lex::Cls::List, lex::Total);
}

bool Reader::ends_statement(std::size_t nl) const {
  std::size_t k = nl;
  while (k > 0 && is_space(s[k - 1])) --k;
  return k == 0 || hard_end(s[k - 1]) || semicolon(s[k - 1]) || s[k - 1] == U'：' || s[k - 1] == U':' ||
         s[k - 1] == U'\n';
}

std::size_t Reader::common_suffix(const std::u32string& a, const std::u32string& b) const {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n]) ++n;
  return n;
}

std::size_t Reader::list_for(const std::vector<std::size_t>& totals, std::size_t j) const {
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

std::size_t Reader::first_from(std::size_t at) const {
  return static_cast<std::size_t>(
      std::partition_point(qs.begin(), qs.end(), [at](const Quantity& q) { return q.start < at; }) - qs.begin());
}

void Reader::collect(const std::vector<std::size_t>& totals, std::size_t ts, std::size_t te, std::size_t stop,
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
  bool inline_list = false;  // the first part stands on the trigger's line
  std::size_t para_parts = 0;  // parts since the last paragraph break
  for (std::size_t j = first_from(te); j < qs.size(); ++j) {
    const Quantity& p = qs[j];
    if (p.start >= stop) break;
    // Within the first clause run a list is as long as it is (one pass); past a "；" or a full
    // stop its reach is bounded, so overlapping lists stay linear.
    if (soft_at != kNo && (++beyond > kMaxFigures || p.start > soft_at + kMaxSpan)) break;
    bool semi = false, hard = false, paragraph = false;
    for (; pos < p.start; ++pos) {
      char32_t c = s[pos];
      if (open_br(c)) ++depth;
      else if (close_br(c) && depth > 0) --depth;
      else if (bracketed) continue;
      else if (semicolon(c)) semi = true, nested = false;
      else if (hard_end(c)) hard = true, nested = false;
      else if (c == U'\n' && !(line_open && first_part == kNo)) {
        (ends_statement(pos) ? hard : semi) = true;
        std::size_t b = pos;
        while (b > 0 && is_space(s[b - 1])) --b;
        paragraph |= b > 0 && hard_end(s[b - 1]);  // a full stop ends the line: a paragraph ends
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
    pos = std::max<std::size_t>(pos, p.end);
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
    // Parts written inline after their trigger, two or more in its paragraph, end with it
    // ("…其中：A…；B…。税收占比…\n1-5月，全县…支出完成…" is a new statement, however like a part it
    // is shaped); one part to a paragraph ("其中：A…。\nB…。\nC…。") goes on.
    if (paragraph && inline_list && para_parts >= 2) break;
    if (paragraph) para_parts = 0;
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
    if (closed[kind] || not_a_part(s, p)) {
      closed[kind] = true;
      lists[kind].excluded.push_back(j);
      continue;
    }
    lists[kind].parts.push_back(j);
    sums[kind] = sums[kind] + p.normalized();
    ++para_parts;
    if (first_part == kNo) {
      first_part = j;
      inline_list = true;
      for (std::size_t k = te; k < p.start && inline_list; ++k) inline_list = s[k] != U'\n';
    }
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

bool Reader::qualifies_previous(std::size_t i) const {
  if (i == 0) return false;
  std::size_t k = qs[i - 1].end;
  while (k < qs[i].start && is_space(s[k])) ++k;
  if (k >= qs[i].start || (s[k] != U'（' && s[k] != U'(')) return false;
  for (++k; k < qs[i].start; ++k)
    if (s[k] == U'）' || s[k] == U')' || is_clause_sep(s[k])) return false;
  return true;
}

std::vector<std::size_t> Reader::totals_before(std::size_t ts, bool middle_ok) {
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

std::size_t Reader::opener_total(std::size_t b, std::size_t i) const {
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

std::size_t Reader::referenced_total(std::size_t i, bool* by_items) const {
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

int Reader::stage_of(const std::u32string& l) {
  for (const lex::Hit& h : lex::scan(l, 0, l.size())) {
    if (const lex::Entry* e = h.get(lex::Cls::Stage)) return 0x100 | e->value;
    if (const lex::Entry* e = h.get(lex::Cls::Base)) return 0x200 | e->value;
  }
  return 0;
}

std::size_t Reader::items_total(const std::u32string& ref, int year, std::size_t upto) const {
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

}  // namespace breakdown_detail
}  // namespace gouji
