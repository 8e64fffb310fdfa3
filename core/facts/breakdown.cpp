// 其中-lists: a total and its parts, found by their triggers (其中/包括/分别为 …), in brackets, under
// item headings, by a 按…划分 classification, or as a total after its parts. find_breakdowns runs
// these as phases, each a function here; the Reader's tools are breakdown_reader.cpp's.
#include "facts/breakdown.h"

#include <algorithm>
#include <string_view>

#include "facts/breakdown_internal.h"
#include "lexicon/lexicon.h"
#include "lexicon/metric_words.h"
#include "text/chars.h"

namespace gouji {
namespace {

using namespace breakdown_detail;
using namespace chars;

// "下达资金500万元，一是用于…200万元；二是用于…180万元": numbered clauses are the parts of the
// figure before them — not when they give reasons ("主要原因：一是…") or explain a change stated
// just before ("较上年增加50万元，一是…"), and not when a trigger already opened the list
// ("主要用于以下方面：一是…").
bool ordinal_parts(const Reader& r, std::size_t i) {
  std::size_t upto = r.first_from(i);
  std::size_t floor = upto ? std::size_t(r.qs[upto - 1].end) : 0, from = i;
  while (from > floor && !is_sentence_end(r.s[from - 1])) --from;  // back to the figure or the sentence's start
  Str between = r.s.substr(from, i - from);
  for (Str w : lex::metric::kExplanations)
    if (between.find(w) != Str::npos) return false;
  for (std::size_t k = from; k < i; ++k)
    if (const lex::Entry* e = lex::match_at(r.s, k, lex::Cls::List); e && e->value == lex::Intro) return false;
  if (upto) {
    const FrameNumber* n = r.st.number(upto - 1);
    if (n && (n->role == NumRole::Change || n->role == NumRole::ChangeRate)) return false;
  }
  return true;
}

// 1. Triggers: 其中/包括/具体为/分项情况是/分别为 …, and "X万元中，".
void read_triggered(Reader& r, std::vector<bool>& is_total) {
  Str s = r.s;
  const std::vector<Quantity>& qs = r.qs;
  for (std::size_t i = 0; i < s.size();) {
    lex::Hit h = lex::match_at(s, i);
    const lex::Entry* e = h.roles ? h.get(lex::Cls::List) : nullptr;
    std::size_t te = h.roles ? h.end : i + 1;
    bool intro = e && (e->value == lex::Intro || (e->value == lex::Ordinal && ordinal_parts(r, i)));
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
}

// 2. Parts in brackets without a trigger: "预拨资金3608万元（中央资金2855万元、省级资金753万元）".
void read_bracketed(Reader& r, std::vector<bool>& is_total) {
  Str s = r.s;
  const std::vector<Quantity>& qs = r.qs;
  const Statements& st = r.st;
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
}

// 3b. "“三公”经费决算总额为1023万元，…。其中：" ending its line, then one heading per item of a
// fixed classification ("一、因公出国(境)经费" / "二、公务用车…" / "三、公务接待费"), each
// followed by its figure: the items are the parts. Read line by line: linear.
void read_item_headings(Reader& r, std::vector<bool>& is_total, std::vector<bool>& is_part) {
  Str s = r.s;
  const std::vector<Quantity>& qs = r.qs;
  const Statements& st = r.st;
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
void read_classified(Reader& r, std::vector<bool>& is_total, std::vector<bool>& is_part) {
  Str s = r.s;
  const std::vector<Quantity>& qs = r.qs;
  const Statements& st = r.st;
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
      for (std::size_t k = j == r.first_from(c) ? c : std::size_t(qs[j - 1].end); k < qs[j].start && !ended; ++k)
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
}

// What a total's label measures without its total word ("收入累计" → 收入).
std::u32string measure_of(std::u32string l) {
  for (std::size_t k = 0; k < l.size(); ++k) {
    const lex::Entry* e = lex::match_at(l, k, lex::Cls::List);
    if (e && (e->value == lex::Cumulative || e->value == lex::Total) && k + e->word.size() == l.size()) return l.substr(0, k);
  }
  return l;
}

// 3. A total after its parts: "A 3.20万元、B 5.64万元，合计8.84万元"; "…，加上转移性收入…，收入合计…".
void read_totals_after(Reader& r, std::vector<bool>& is_total, std::vector<bool>& is_part) {
  Str s = r.s;
  const std::vector<Quantity>& qs = r.qs;
  const Statements& st = r.st;
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
      pos = std::min<std::size_t>(pos, x.label_start < x.start ? x.label_start : x.start);
      if (depth > 0 || x.kind() != q.kind()) continue;
      if (plus) {
        if (level(s, x, st, i) && !is_part[i] && !not_a_part(s, x)) head = i;  // a total of its own 其中 list too
        continue;
      }
      if (!level(s, x, st, i) || is_part[i] || is_total[i] || names_total(s, x)) {
        b.after_cut = true;
        if (whole_sentence) b.parts.clear();  // the sentence before holds more than the parts: unsure
        break;
      }
      // A carry-over before a 合计 makes it a grand total of stages: the identities' (R02/R12).
      if (not_a_part(s, x)) { b.parts.clear(); break; }
      b.parts.insert(b.parts.begin(), i);
    }
    if (plus && head != kNo) b.parts.insert(b.parts.begin(), head);
    b.trigger_start = b.trigger_end = q.start;
    // "…返乡139人，累计核酸检测6349人": a 累计 of another measure runs on its own; it totals the
    // parts only when it counts what the last of them counts ("…三批投资778.59万元，累计批复总投资…").
    if (names_cumulative(s, q) && !b.parts.empty() && r.common_suffix(measure_of(r.label(t)), r.label(b.parts.back())) < 2)
      b.parts.clear();
    if (b.parts.size() >= 2) {
      for (std::size_t p : b.parts) is_part[p] = true;
      is_total[t] = true;
      r.out.push_back(std::move(b));
    }
  }
}

}  // namespace

std::vector<Breakdown> find_breakdowns(const Text& text, const std::vector<Quantity>& qs, const Statements& st) {
  Reader r{Str(text.chars()), qs, st, {}};
  std::vector<bool> is_total(qs.size(), false);
  read_triggered(r, is_total);   // 1
  read_bracketed(r, is_total);   // 2
  std::vector<bool> is_part(qs.size(), false);
  for (const Breakdown& b : r.out)
    for (std::size_t p : b.parts) is_part[p] = true;
  read_item_headings(r, is_total, is_part);  // 3b
  read_classified(r, is_total, is_part);     // 3a
  read_totals_after(r, is_total, is_part);   // 3
  std::stable_sort(r.out.begin(), r.out.end(),
                   [&](const Breakdown& a, const Breakdown& b) { return qs[a.total].start < qs[b.total].start; });
  return std::move(r.out);
}

std::vector<Breakdown> find_breakdowns(const Text& text, const std::vector<Quantity>& qs) {
  Document doc;
  return find_breakdowns(text, qs, read_statements(text, qs, doc));
}

}  // namespace gouji
