// R28 shares on statement frames (issue 14, capability C3). A share "占…x%" is read with the part
// it belongs to (the level its clause chain states, past interposed 占/同比 clauses) and its
// whole: the figure its label names — by name or alias, anywhere in the report, before or after,
// nearest in the same section first — or, unnamed, the total of the list the part is in. Shares
// of one whole are then checked together: they add to at most 100%, and to 100% when the parts
// are exhaustive (they add up to the whole, or name every item of a fixed classification: 基本 +
// 项目, the three 三公 items); when the whole is not stated, exhaustive parts are the whole.
// Every share compared and every set of shares summed is recorded as checked.
#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

#include "checks/check.h"
#include "checks/rate_context.h"
#include "facts/rates.h"
#include "lexicon/lexicon.h"
#include "lexicon/whole_words.h"
#include "text/chars.h"

namespace gouji {
namespace {

using Str = std::u32string_view;
constexpr std::size_t kNo = static_cast<std::size_t>(-1);

bool countable(const Quantity& q) {
  return q.kind() != UnitKind::None && !is_rate(q.kind()) && q.kind() != UnitKind::Score && q.exact();
}

// A whole's name as the comparison needs it: aliases written one way, and the words that only
// say a stage or frame the figure dropped from its ends ("2025年支出总预算的" → 支出总).
std::u32string canonical(const std::u32string& label) {
  std::u32string l;
  for (std::size_t i = 0; i < label.size();) {
    lex::Hit h = lex::match_at(label, i);
    if (h.roles) {
      if (const lex::Entry* a = h.get(lex::Cls::Alias)) {
        for (const lex::Entry& e : lex::entries())
          if (e.cls == lex::Cls::Alias && e.value == a->value) { l += e.word; break; }
        i = h.end;
        continue;
      }
    }
    if (!chars::is_space(label[i]) && label[i] != U'“' && label[i] != U'”' && label[i] != U'"') l.push_back(label[i]);
    ++i;
  }
  for (bool again = true; again && l.size() > 2;) {
    again = false;
    const lex::Entry* e = lex::match_before(l, l.size(), lex::Cls::Filler);
    if (!e) e = lex::match_before(l, l.size(), lex::Cls::Stage);
    if (!e) {
      e = lex::match_before(l, l.size(), lex::Cls::Base);
      if (e && e->value != lex::Budget) e = nullptr;
    }
    if (e && e->word.size() < l.size()) {
      l.erase(l.size() - e->word.size());
      again = true;
    } else if (chars::ends(l, lex::marks::kCompletion) && l.size() > 2) {
      l.erase(l.size() - 2);
      again = true;
    }
  }
  for (bool again = true; again && l.size() > 2;) {
    again = false;
    const lex::Entry* e = lex::match_at(l, 0, lex::Cls::Filler);
    if (e && e->word.size() < l.size()) { l.erase(0, e->word.size()); again = true; }
  }
  return l;
}

struct ShareRec {
  std::size_t share, part, whole;  // quantity indices; whole kNo when not stated
};

struct Checker {
  const Facts& f;
  const RateFacts& rf;
  DocumentResult& out;
  const Statements& st;
  Str s;
  // Candidate wholes by every ending of their canonical name (2…16 characters), in text order.
  // Keys are views into `canons`, sized before it is filled so they stay valid: a string per
  // ending was fifteen allocations per whole.
  std::unordered_map<Str, std::vector<std::size_t>> by_suffix;
  // The canonical names of the wholes, and per quantity which is its (kNo: not a whole): a
  // string per quantity was 32 bytes of each on a text of figures (issue 16, memory per input byte).
  std::vector<std::u32string> canons;
  std::vector<Index32> canon_at;
  std::vector<Index32> breakdown_total;  // per quantity: total of the list it is a part of
  std::vector<const Breakdown*> lists_by_end;  // by their last part (share_of_listed_part), built once
  // Per quantity: the whole's name of a share it carries itself ("基本支出600万元，占本年支出的75%"):
  // a part of that whole, so never the whole of a sibling's share of the same name.
  std::unordered_map<std::size_t, std::u32string> shares_in;
  std::vector<std::size_t> side_wholes[4];  // by lex::SideWord: figures named as a side's whole, in text order

  const Quantity& q(std::size_t i) const { return f.quantities[i]; }
  const std::u32string& canon(std::size_t i) const {
    static const std::u32string kNoName;
    return canon_at[i] == kNo ? kNoName : canons[canon_at[i]];
  }
  bool prose(std::size_t i) const { return !rf.in_table[i]; }
  std::size_t section(std::size_t i) const { return f.section_of(q(i).start); }
  // The section a set of named shares is gathered in: numbered items ("1.", "（1）", "①") are
  // the parts of their parent's section, not sections of their own.
  std::size_t list_section(std::size_t i) const {
    std::size_t h = section(i);
    const auto& hs = f.doc.headings;
    while (h != kNone && nominal_level(hs[h].style) >= 3) h = hs[h].parent;
    return h;
  }

  void index_wholes() {
    canon_at.assign(f.quantities.size(), kNo);
    breakdown_total.assign(f.quantities.size(), kNo);
    for (const Breakdown& b : f.breakdowns)
      for (std::size_t p : b.parts) breakdown_total[p] = b.total;
    auto is_whole = [&](std::size_t i) {
      const FrameNumber* n = st.number(i);
      return n && n->role == NumRole::Level && countable(q(i)) && prose(i);
    };
    std::size_t wholes = 0;
    for (std::size_t i = 0; i < f.quantities.size(); ++i) wholes += is_whole(i);
    canons.reserve(wholes);  // exact: by_suffix's views point into these strings
    for (std::size_t i = 0; i < f.quantities.size(); ++i) {
      if (!is_whole(i)) continue;
      canon_at[i] = canons.size();
      canons.push_back(canonical(rf.labels[i]));
      Str c = canons.back();
      for (std::size_t k = 2; k <= std::min<std::size_t>(c.size(), 16); ++k)
        by_suffix[c.substr(c.size() - k)].push_back(i);
      if (std::uint8_t sd = lex::whole::side_of_whole(c)) side_wholes[sd].push_back(i);
    }
  }

  // A soft line break (PDF wrap) is no boundary; 。；！？ and a break after one are.
  bool same_statement(std::size_t from, std::size_t to) const {
    if (to < from || to - from > 400) return false;
    for (std::size_t k = from; k < to; ++k) {
      char32_t c = s[k];
      if (c == U'。' || c == U'；' || c == U';' || c == U'！' || c == U'？' || c == U'!' || c == U'?') return false;
      if (c == U'\n') {
        std::size_t b = k;
        while (b > from && chars::is_space(s[b - 1])) --b;
        if (b == from || s[b - 1] == U'\n' || s[b - 1] == U'：' || s[b - 1] == U':') return false;
      }
    }
    return true;
  }

  // The part a share belongs to: the nearest level before it in its statement, stepping over
  // changes, other shares and rates.
  std::size_t part_of(std::size_t share) const {
    std::size_t n = st.number_of[share];
    // "基本支出占比62.50%，金额500万元": a share stated before its amount, the amount in the next
    // clause that carries the share's own subject on (no amount of its own before the share).
    if (n + 1 < st.numbers.size()) {
      const FrameNumber& x = st.numbers[n + 1];
      std::size_t fs = st.frame_of[share], fx = st.frame_of[x.q];
      bool none_before = n == 0 || st.frame_of[st.numbers[n - 1].q] != fs;
      if (none_before && fx != fs && fx != kNo && fs != kNo && !st.frames[fx].own_subject &&
          st.frames[fx].subject_frame == st.frames[fs].subject_frame && st.frames[fs].own_subject &&
          x.role == NumRole::Level && countable(q(x.q)) && same_statement(q(share).end, q(x.q).start))
        return prose(x.q) ? std::size_t(x.q) : kNo;
    }
    for (std::size_t k = n, steps = 0; k-- > 0 && steps < 8; ++steps) {
      const FrameNumber& x = st.numbers[k];
      const Quantity& c = q(x.q);
      if (!same_statement(c.end, q(share).start)) return kNo;
      if (x.role != NumRole::Level || !countable(c)) continue;
      return prose(x.q) ? std::size_t(x.q) : kNo;
    }
    return kNo;
  }

  // The whole a named share is of: a figure whose name ends like it (or it like the figure's),
  // nearest in the share's section — before, else after — else nearest anywhere.
  std::size_t named_whole(const std::u32string& name, std::size_t part, std::size_t share) const {
    if (name.size() < 2) return kNo;
    std::vector<std::size_t> cands;
    auto add = [&](const std::u32string& key, bool reverse) {
      auto it = by_suffix.find(key);
      if (it == by_suffix.end()) return;
      const auto& v = it->second;
      auto at = std::lower_bound(v.begin(), v.end(), share, [&](std::size_t a, std::size_t b) { return q(a).start < q(b).start; });
      std::size_t i = static_cast<std::size_t>(at - v.begin());
      for (std::size_t k = i >= 6 ? i - 6 : 0; k < std::min(v.size(), i + 6); ++k) {
        if (reverse && canon(v[k]) != key) continue;  // the figure's whole name is this ending of the share's
        cands.push_back(v[k]);
      }
    };
    std::u32string key = name.substr(name.size() > 16 ? name.size() - 16 : 0);
    add(key, false);
    // The figure's name may be the shorter one ("占本年支出合计的" of "支出合计").
    for (std::size_t k = std::max<std::size_t>(3, name.size() >= 2 ? name.size() - 2 : 0); k < name.size(); ++k)
      add(name.substr(name.size() - k), true);
    const Quantity& a = q(part);
    std::size_t sec = section(share), best = kNo;
    int best_rank = 99;
    std::size_t best_dist = 0;
    for (std::size_t c : cands) {
      const Quantity& t = q(c);
      if (c == part || t.kind() != a.kind() || t.normalized() < a.normalized()) continue;
      if (auto it = shares_in.find(c); it != shares_in.end() && it->second == name) continue;
      bool before = t.start < q(share).start;
      // A figure bearing the share's whole name goes before one whose name only ends like it
      // ("占本年支出合计的" is 本年支出合计's share, not 财政拨款支出合计's, though that is nearer).
      int rank = 2 * ((section(c) == sec ? 0 : 2) + (before ? 0 : 1)) + (canon(c) == key ? 0 : 1);
      std::size_t dist = before ? q(share).start - t.start : t.start - q(share).start;
      if (rank < best_rank || (rank == best_rank && dist < best_dist)) best = c, best_rank = rank, best_dist = dist;
    }
    return best;
  }

  // Same role as the name (stage, scope, side) when no figure carries the name: nearest before,
  // same section, a bounded look back.
  std::size_t role_whole(const std::u32string& name, std::size_t part) const {
    const Quantity& a = q(part);
    if (a.kind() != UnitKind::Money) return kNo;
    MoneyRole want = role_of_label(name);
    if (want.stage == Stage::None) return kNo;
    for (std::size_t j = part, steps = 0; j-- > 0 && steps < 64; ++steps) {
      const Quantity& t = q(j);
      if (section(j) != section(part)) break;
      if (!prose(j) || t.kind() != a.kind() || !t.exact()) continue;
      if (rf.roles[j].stage == want.stage && rf.roles[j].scope == Scope::Total &&
          (want.side == Side::Unknown || rf.roles[j].side == want.side))
        return j;
    }
    return kNo;
  }

  // The readings of a share whose whole is named as a side's whole ("占支出总额的", "占本年总支出的")
  // when no figure carries that name: the side's whole stated under another of its names in the
  // share's section ("本年支出合计", "支出总计"), nearest before first, then after; then the
  // nearest total of that side before the part ("一般公共预算财政拨款支出900万元，…教育支出…").
  // The section may state two such wholes (总计 with the year-end balance, 合计 without): the
  // caller keeps the first reading that fits.
  std::vector<std::size_t> alias_wholes(const std::u32string& name, std::size_t part, std::size_t share) const {
    std::vector<std::size_t> out_c;
    std::uint8_t sd = lex::whole::side_of_whole(name);
    const Quantity& a = q(part);
    if (!sd || a.kind() != UnitKind::Money) return out_c;
    std::size_t sec = section(share);
    int year = st.frames[st.frame_of[share]].year;
    auto fits = [&](std::size_t c) {
      const Quantity& t = q(c);
      if (c == part || t.kind() != a.kind() || !t.exact() || t.normalized() < a.normalized() || section(c) != sec) return false;
      if (shares_in.count(c)) return false;  // a part with a share of its own
      std::size_t fc = st.frame_of[c];
      return fc == kNo || !year || !st.frames[fc].year || st.frames[fc].year == year;
    };
    const auto& v = side_wholes[sd];
    auto at = std::lower_bound(v.begin(), v.end(), share, [&](std::size_t x, std::size_t y) { return q(x).start < q(y).start; });
    for (auto it = at; it != v.begin() && at - it < 6;)
      if (fits(*--it)) out_c.push_back(*it);
    for (auto it = at; it != v.end() && it - at < 6; ++it)
      if (fits(*it)) out_c.push_back(*it);
    Side want = sd == lex::Spend ? Side::Spend : sd == lex::Income ? Side::Income : Side::Unknown;
    for (std::size_t j = part, steps = 0; j-- > 0 && steps < 64; ++steps) {
      if (section(j) != sec) break;
      const FrameNumber* n = st.number(j);
      const MoneyRole& r = rf.roles[j];
      if (!n || n->role != NumRole::Level || !prose(j) || rf.part[j] || !fits(j)) continue;
      // A fund's total ("一般公共预算财政拨款支出") is the whole of a section about that fund.
      bool total = r.scope == Scope::Total || (r.scope == Scope::Component && lex::has(rf.labels[j], lex::Cls::Fund));
      if (r.side != want || !total || r.stage == Stage::CarryIn || r.stage == Stage::CarryOut || r.stage == Stage::Prior)
        continue;
      if (std::find(out_c.begin(), out_c.end(), j) == out_c.end()) out_c.push_back(j);
      break;
    }
    return out_c;
  }

  bool fits(std::size_t whole, std::size_t part, std::size_t share) const {
    auto comp = percent_interval(stated_interval(q(part), f.precision), stated_interval(q(whole), f.precision));
    return comp && match_rate(*comp, q(share), f.precision) == RateMatch::Match;
  }
  // The first reading under which the share fits, else the first reading; kNo when none.
  std::size_t fitting(const std::vector<std::size_t>& readings, std::size_t part, std::size_t share) const {
    for (std::size_t t : readings)
      if (fits(t, part, share)) return t;
    return readings.empty() ? kNo : readings.front();
  }

  // "…其中：税收收入完成52300万元…。税收收入占一般公共预算收入的60.45%": a share naming its part
  // in its own clause, the part's amount stated earlier in the paragraph under that name (the
  // latest such, a bounded look back).
  std::size_t named_part(std::size_t share) const {
    const Frame& fr = st.frames[st.frame_of[share]];
    if (!fr.own_subject || fr.subject.label.size() < 2) return kNo;
    const std::u32string& name = fr.subject.label;
    for (std::size_t k = st.number_of[share], steps = 0; k-- > 0 && steps < 24; ++steps) {
      const FrameNumber& n = st.numbers[k];
      const Frame& nf = st.frames[st.frame_of[n.q]];
      if (nf.paragraph != fr.paragraph) break;
      if (n.role != NumRole::Level || !countable(q(n.q)) || !prose(n.q)) continue;
      const std::u32string& l = nf.subject.label;  // "税收收入完成" names 税收收入
      if (nf.subject_frame == st.frame_of[n.q] && l.size() >= 2 && (l.rfind(name, 0) == 0 || name.rfind(l, 0) == 0))
        return n.q;
    }
    return kNo;
  }

  // "预算总额1.2亿元，其中项目支出3000万元，占25%": a part standing alone after a 其中 is a part of
  // the figure the 其中 follows, though one part makes no breakdown.
  std::size_t list_total_of(std::size_t part) const {
    std::size_t fi = st.frame_of[part], tf = kNo;
    const Frame& pf = st.frames[fi];
    if (pf.list_part && pf.list_total != kNo) tf = pf.list_total;
    else if (const lex::Entry* e = lex::match_at(s, pf.begin, lex::Cls::List);
             e && e->value == lex::Intro && fi > 0 && st.frames[fi - 1].sentence == pf.sentence)
      tf = st.frames[fi - 1].subject_frame;  // "，其中X…": one part, so no list was built
    if (tf == kNo) return kNo;
    const FrameNumber* t = st.find(tf, NumRole::Level);
    if (!t || t->q == part || !countable(q(t->q)) || !prose(t->q) || q(t->q).kind() != q(part).kind() ||
        q(t->q).normalized() < q(part).normalized())
      return kNo;
    return t->q;
  }

  // "基本支出500万元，占62.5%；项目支出300万元，占37.5%": unnamed shares of parts that name an item
  // of a fixed classification (基本/项目, 人员/公用, a 三公 item), no list's part: one paragraph's
  // such shares are of one whole, the parts' sum when they name every item (close_group).
  // Returns the classification (1 基本/项目, 2 三公, 3 人员/公用), 0 when none or two: a nested
  // part ("基本支出…，人员经费…") is grouped apart from its parent's siblings.
  int classified_part(std::size_t part) const {
    const Frame& pf = st.frames[st.frame_of[part]];
    if (pf.list_part || lex::match_at(s, pf.begin, lex::Cls::List)) return 0;
    const std::u32string& l = rf.labels[part];
    int family = 0;
    for (const lex::Hit& h : lex::scan(l, 0, l.size())) {
      int k = 0;
      if (h.get(lex::Cls::Item)) k = 2;
      else if (const lex::Entry* e = h.get(lex::Cls::Scope))
        k = e->value == lex::Basic || e->value == lex::Project ? 1 : e->value == lex::Personnel || e->value == lex::PublicFunds ? 3 : 0;
      if (k && family && k != family) return 0;
      if (k) family = k;
    }
    return family;
  }

  // "2024年“三公”经费…支出决算中，A…，占x%；B…": the opener naming the whole of the sentence's
  // unnamed shares. Returns the opener's start, or kNo.
  std::size_t opener(std::size_t part, std::u32string* name) const {
    std::size_t b = q(part).start, limit = b >= 300 ? b - 300 : 0;
    while (b > limit && !chars::is_sentence_end(s[b - 1]) ) --b;
    // "X中，" before the sentence's first figure (the sentence may have started at a "；").
    for (std::size_t back = 0; back < 8 && b > limit; ++back) {
      std::size_t first = b;
      std::size_t qi = static_cast<std::size_t>(std::partition_point(f.quantities.begin(), f.quantities.end(),
                                                                     [&](const Quantity& x) { return x.start < first; }) -
                                                f.quantities.begin());
      std::size_t stop = qi < f.quantities.size() ? std::min<std::size_t>(q(qi).start, s.size()) : s.size();
      for (std::size_t k = first; k + 1 < stop && k < first + 40; ++k)
        if (s[k] == U'中' && (s[k + 1] == U'，' || s[k + 1] == U',' || s[k + 1] == U'：' || s[k + 1] == U':') && k > first + 1) {
          if (name) *name = normalize_label(std::u32string(s.substr(first, k - first)));
          return first;
        }
      if (b == 0 || (s[b - 1] != U'；' && s[b - 1] != U';')) return kNo;
      --b;  // the previous item of a "；" list
      while (b > limit && !chars::is_sentence_end(s[b - 1])) --b;
    }
    return kNo;
  }

  static int tol_decimals(const std::vector<ShareRec>& v, const Facts& f) {
    int d = 0;
    for (const auto& r : v) d = std::max(d, f.quantities[r.share].decimals);
    return d;
  }

  void record(std::string formula, RateMatch m, std::vector<Span> spans) {
    out.checked.push_back({"R28", std::move(formula),
                           m == RateMatch::Match ? "consistent" : m == RateMatch::Truncated ? "rounding" : "inconsistent",
                           std::move(spans)});
  }

  // One share against part ÷ whole (`whole_iv` when the whole is implied by its parts).
  void compare(std::size_t pi, std::size_t ai, const Interval& whole_iv, Decimal whole_point, const std::string& whole_s,
               std::vector<Span> related) {
    const Quantity& p = q(pi);
    const Quantity& a = q(ai);
    auto comp = percent_interval(stated_interval(a, f.precision), whole_iv);
    if (!comp) return;
    RateMatch m = match_rate(*comp, p, f.precision);
    std::string comp_s = fmt(percent_point(a.normalized(), whole_point), std::max(2, p.decimals)) + "%";
    std::vector<Span> spans = {span_of(p, true), span_of(a, false)};
    for (auto& sp : related) spans.push_back(sp);
    record(shown(a) + " ÷ " + whole_s + " × 100 = " + comp_s + "（报告" + p.text + "）", m, spans);
    if (m == RateMatch::Match) return;
    Finding fd = m == RateMatch::Truncated
                     ? make_finding("R28",
                                    {"占比按" + shown(a) + "÷" + whole_s + "为" + comp_s + "，报告" + p.text + "为截尾取值",
                                     "The share " + shown(a) + " ÷ " + whole_s + " = " + comp_s + "; the stated " +
                                         p.text + " is truncated rather than rounded"},
                                    spans)
                     : make_finding("R28",
                                    {"占比应为" + comp_s + "（" + shown(a) + "÷" + whole_s + "），报告为" + p.text,
                                     "The share should be " + comp_s + " (" + shown(a) + " ÷ " + whole_s +
                                         "), the report states " + p.text},
                                    spans);
    if (m == RateMatch::Truncated) fd.severity = Severity::Info;
    fd.expected = comp_s;
    fd.actual = p.text;
    out.findings.push_back(std::move(fd));
  }

  // Every item of a fixed classification (the 三公 items, 基本 + 项目, 人员 + 公用) is named
  // among the parts' labels.
  static bool classification_complete(const std::vector<const std::u32string*>& labels) {
    unsigned items = 0, scopes = 0;
    for (const std::u32string* l : labels)
      for (const lex::Hit& h : lex::scan(*l, 0, l->size())) {
        if (const lex::Entry* e = h.get(lex::Cls::Item)) items |= 1u << e->value;
        if (const lex::Entry* e = h.get(lex::Cls::Scope)) scopes |= 1u << e->value;
      }
    const unsigned sangong = (1u << lex::Abroad) | (1u << lex::OfficialCar) | (1u << lex::Reception);
    const unsigned basic_project = (1u << lex::Basic) | (1u << lex::Project);
    const unsigned staff_public = (1u << lex::Personnel) | (1u << lex::PublicFunds);
    return (items & sangong) == sangong || (scopes & basic_project) == basic_project ||
           (scopes & staff_public) == staff_public;
  }
  bool classification_complete(const std::vector<ShareRec>& v) const {
    std::vector<const std::u32string*> labels;
    for (const auto& r : v) labels.push_back(&rf.labels[r.part]);
    return classification_complete(labels);
  }

  void close_group(const std::vector<ShareRec>& v, std::size_t whole) {
    if (v.size() < 2) return;
    Interval parts_sum{};
    Decimal parts_point{};
    for (const auto& r : v) {
      parts_sum = parts_sum + stated_interval(q(r.part), f.precision);
      parts_point = parts_point + q(r.part).normalized();
    }
    bool exhaustive = whole != kNo ? parts_sum.overlaps(stated_interval(q(whole), f.precision)) : classification_complete(v);
    Decimal sum{};
    int dec = tol_decimals(v, f);
    std::string shares;
    std::vector<Span> spans;
    for (const auto& r : v) {
      sum = sum + q(r.share).value;
      if (!shares.empty()) shares += "+";
      shares += bare(q(r.share));
      spans.push_back(span_of(q(r.share), spans.empty()));
    }
    // ±1 for whole-number shares, ±0.1 for one decimal, ±0.01 per share for two (§2 R28).
    Decimal tol = dec == 0 ? Decimal::from_int(1)
                  : dec == 1 ? Decimal::pow10(-1)
                             : Decimal::pow10(-dec) * Decimal::from_int(static_cast<long long>(v.size()));
    Decimal hundred = Decimal::from_int(100);
    Decimal delta = (sum - hundred).abs();
    bool over = sum > hundred + tol;
    if (!exhaustive && !over) return;
    // Exhaustive parts of an unstated whole are the whole: each share against their sum.
    if (whole == kNo && exhaustive) {
      std::string whole_s;
      for (const auto& r : v) whole_s += (whole_s.empty() ? "（" : "+") + bare(q(r.part));
      whole_s += "）";
      for (const auto& r : v) compare(r.share, r.part, parts_sum, parts_point, whole_s, {});
    }
    bool within = delta <= tol;
    record("Σ " + shares + " = " + fmt(sum, dec) + "%", delta.is_zero() ? RateMatch::Match : within ? RateMatch::Truncated : RateMatch::Mismatch, spans);
    if (delta.is_zero()) return;
    Finding fd = make_finding(
        "R28",
        {std::string(within ? "尾差：" : "") + "各项占比之和为" + fmt(sum, dec) + "%（" + shares + "），" +
             (over && !exhaustive ? "超过100%" : "应为100%"),
         std::string(within ? "Rounding difference: " : "") + "The shares add up to " + fmt(sum, dec) + "% (" + shares +
             "), " + (over && !exhaustive ? "more than 100%" : "not 100%")},
        spans);
    if (within) fd.severity = Severity::Info;
    fd.expected = over && !exhaustive ? "≤100%" : "100%";
    fd.actual = fmt(sum, dec) + "%";
    out.findings.push_back(std::move(fd));
  }

  // Shares of one named whole whose parts are not stated, each part named once: they add to at
  // most 100% ("基本支出占本年支出的62.5%，项目支出占本年支出的47.5%" is over).
  void close_partless(const std::vector<std::size_t>& v) {
    std::vector<std::size_t> kept;
    std::vector<std::u32string> subjects;
    for (std::size_t pi : v) {
      const Frame& fr = st.frames[st.frame_of[pi]];
      if (!fr.own_subject || fr.subject.label.empty()) return;  // which part is unknown: no sum
      if (std::find(subjects.begin(), subjects.end(), fr.subject.label) != subjects.end()) return;  // restated
      subjects.push_back(fr.subject.label);
      kept.push_back(pi);
    }
    if (kept.size() < 2) return;
    Decimal sum{};
    int dec = 0;
    std::string shares;
    std::vector<Span> spans;
    for (std::size_t pi : kept) {
      sum = sum + q(pi).value;
      dec = std::max(dec, q(pi).decimals);
      shares += (shares.empty() ? "" : "+") + bare(q(pi));
      spans.push_back(span_of(q(pi), spans.empty()));
    }
    Decimal tol = dec == 0 ? Decimal::from_int(1)
                  : dec == 1 ? Decimal::pow10(-1)
                             : Decimal::pow10(-dec) * Decimal::from_int(static_cast<long long>(kept.size()));
    bool over = sum > Decimal::from_int(100) + tol;
    // Every item of a fixed classification named (基本 + 项目): all of the whole.
    std::vector<const std::u32string*> labels;
    for (const std::u32string& l : subjects) labels.push_back(&l);
    bool exhaustive = classification_complete(labels);
    bool off = exhaustive ? (sum - Decimal::from_int(100)).abs() > tol : over;
    record("Σ " + shares + " = " + fmt(sum, dec) + (exhaustive ? "% = 100%" : "% ≤ 100%"), off ? RateMatch::Mismatch : RateMatch::Match, spans);
    if (!off) return;
    Finding fd = make_finding("R28",
                              {"各项占比之和为" + fmt(sum, dec) + "%（" + shares + "），" + (exhaustive ? "应为100%" : "超过100%"),
                               "The shares add up to " + fmt(sum, dec) + "% (" + shares + "), " +
                                   (exhaustive ? "not 100%" : "more than 100%")},
                              spans);
    fd.expected = exhaustive ? "100%" : "≤100%";
    fd.actual = fmt(sum, dec) + "%";
    out.findings.push_back(std::move(fd));
  }

  // "…收入34096万元。其中：税务部门完成21334万元…；财政部门完成12762万元…。税收占比为62.57%": a
  // share standing alone, of no named whole, naming its part by a word the parts of the list just
  // before contain, or a character one of them has (the ones all parts share, 部门/完成, do not
  // count). Each such part is a reading of the list's total; a warning needs every reading to fail.
  void share_of_listed_part(std::size_t pi) {
    const Frame& fr = st.frames[st.frame_of[pi]];
    const std::u32string& subject = fr.subject.label;
    if (!fr.own_subject || subject.empty()) return;
    // The list ending last before the share (lists indexed by their last part once: a binary search).
    if (lists_by_end.empty()) {
      for (const Breakdown& b : f.breakdowns)
        if (!b.parts.empty()) lists_by_end.push_back(&b);
      std::sort(lists_by_end.begin(), lists_by_end.end(),
                [](const Breakdown* a, const Breakdown* b) { return a->parts.back() < b->parts.back(); });
    }
    auto at = std::partition_point(lists_by_end.begin(), lists_by_end.end(), [&](const Breakdown* b) { return b->parts.back() < pi; });
    const Breakdown* list = nullptr;
    for (auto it = at; it != lists_by_end.begin() && at - it < 4;) {
      const Breakdown& b = **--it;
      if (b.total < pi && st.frame_of[b.total] != kNo && st.frames[st.frame_of[b.total]].paragraph == fr.paragraph) { list = &b; break; }
    }
    if (!list || list->parts.size() < 2) return;
    for (std::size_t k = list->parts.back() + 1; k < pi; ++k)  // nothing stated between the list and the share
      if (st.number(k) && st.number(k)->role == NumRole::Level && countable(q(k))) return;
    auto in_all = [&](char32_t ch) {
      for (std::size_t p : list->parts)
        if (rf.labels[p].find(ch) == std::u32string::npos) return false;
      return true;
    };
    std::vector<std::size_t> cands;
    for (std::size_t p : list->parts) {
      bool named = subject.size() >= 2 && rf.labels[p].find(subject) != std::u32string::npos;
      for (char32_t ch : subject) named = named || (chars::is_han(ch) && !in_all(ch) && rf.labels[p].find(ch) != std::u32string::npos);
      if (named) cands.push_back(p);
    }
    if (cands.empty()) return;
    const Quantity& t = q(list->total);
    Interval tv = stated_interval(t, f.precision);
    const Quantity& y = q(pi);
    std::size_t first = kNo;
    RateMatch first_m = RateMatch::Mismatch;
    for (std::size_t p : cands) {
      auto comp = percent_interval(stated_interval(q(p), f.precision), tv);
      if (!comp) continue;
      RateMatch m = match_rate(*comp, y, f.precision);
      if (m == RateMatch::Match) {
        record(shown(q(p)) + " ÷ " + shown(t) + " × 100 = " + fmt(percent_point(q(p).normalized(), t.normalized()), std::max(2, y.decimals)) +
                   "%（报告" + y.text + "）",
               m, {span_of(y, true), span_of(q(p), false), span_of(t, false)});
        return;
      }
      if (first == kNo || (m == RateMatch::Truncated && first_m != RateMatch::Truncated)) { first = p; first_m = m; }
    }
    if (first == kNo) return;
    std::size_t before = out.findings.size();
    compare(pi, first, tv, t.normalized(), shown(t), {span_of(t, false)});
    // The part is read from a shared word only: likely, not certain.
    for (std::size_t k = before; k < out.findings.size(); ++k)
      if (out.findings[k].severity == Severity::Error) out.findings[k].severity = Severity::Warning;
  }

  void run() {
    index_wholes();
    for (const FrameNumber& x : st.numbers)
      if (x.role == NumRole::Share && prose(x.q))
        if (std::size_t ai = part_of(x.q); ai != kNo) shares_in.emplace(ai, canonical(x.of));
    // Shares stated without their part ("基本支出占本年支出的62.5%"), by (section, whole, year).
    std::map<std::tuple<std::size_t, std::u32string, int>, std::vector<std::size_t>> partless;
    using Key = std::tuple<int, std::size_t, std::u32string>;  // (how, whole / opener / section, name)
    std::map<Key, std::vector<ShareRec>> groups;  // ordered: deterministic
    std::map<Key, std::size_t> group_whole;
    std::vector<std::pair<Key, ShareRec>> resolved;                          // in share order
    std::vector<std::pair<std::size_t, std::vector<std::size_t>>> pending;   // (resolved index, readings) of a side's whole
    std::map<std::pair<std::size_t, std::u32string>, std::size_t> fitted;    // (section, name) → the whole that fits + 1
    for (std::size_t n = 0; n < st.numbers.size(); ++n) {
      const FrameNumber& x = st.numbers[n];
      std::size_t pi = x.q;
      const Quantity& p = q(pi);
      if (x.role != NumRole::Share || p.kind() != UnitKind::Percent || !p.exact() || !prose(pi)) continue;
      std::size_t ai = part_of(pi);
      if (ai == kNo && canonical(x.of).size() >= 2) ai = named_part(pi);
      if (ai == kNo) {
        std::u32string name = canonical(x.of);
        if (name.size() < 2) share_of_listed_part(pi);
        else {
          const Frame& fr = st.frames[st.frame_of[pi]];
          partless[{list_section(pi), name, fr.year}].push_back(pi);
        }
        continue;
      }
      std::u32string name = canonical(x.of);
      std::size_t ti = kNo;
      Key key;
      if (x.base_q != kNo && x.base_q < f.quantities.size() && countable(q(x.base_q))) {
        ti = x.base_q;  // "占支出总额500万元的20%": the whole stands in the share's own phrase
        key = Key{3, ti, U""};
      } else if (name.size() >= 2) {
        ti = named_whole(name, ai, pi);
        if (ti == kNo) ti = role_whole(x.of, ai);
        // A side's whole named otherwise than the share names it: every name it goes by is a
        // reading (a figure carrying the share's very name stays the whole).
        if (lex::whole::side_of_whole(name) && (ti == kNo || canon(ti) != name)) {
          std::vector<std::size_t> readings;
          if (ti != kNo) readings.push_back(ti);
          for (std::size_t c : alias_wholes(name, ai, pi))
            if (c != ti) readings.push_back(c);
          ti = fitting(readings, ai, pi);
          if (ti != kNo) {
            pending.push_back({resolved.size(), std::move(readings)});
            std::size_t& seen = fitted[{section(pi), name}];
            if (!seen && fits(ti, ai, pi)) seen = ti + 1;
          }
        }
        key = ti != kNo ? Key{3, ti, U""} : Key{1, list_section(pi), name};
      } else {
        ti = breakdown_total[ai];
        if (ti == kNo) ti = list_total_of(ai);
        std::u32string opened;
        std::size_t o = ti == kNo ? opener(ai, &opened) : kNo;
        if (ti != kNo) key = Key{0, ti, U""};
        else if (o != kNo) {
          // The opener may name a stated whole of the same year; otherwise the parts decide.
          std::u32string oname = canonical(opened);
          std::size_t w = named_whole(oname, ai, pi);
          if (w != kNo && rf.written_year[w] == year_in(opened)) ti = w;
          key = ti != kNo ? Key{0, ti, U""} : Key{2, o, U""};
        } else if (int family = classified_part(ai)) {
          // 基本 + 项目 of one paragraph
          key = Key{4, st.frames[st.frame_of[pi]].paragraph, std::u32string(1, static_cast<char32_t>(U'0' + family))};
        } else continue;
      }
      resolved.push_back({key, {pi, ai, ti}});
    }
    // A share no reading fits is of the whole its siblings (same name, same section) fit: the
    // finding then shows that whole, and the shares are summed together.
    for (auto& [at, readings] : pending) {
      auto& [key, r] = resolved[at];
      if (fits(r.whole, r.part, r.share)) continue;
      auto it = fitted.find({section(r.share), canonical(st.number(r.share)->of)});
      if (it != fitted.end() && it->second && std::find(readings.begin(), readings.end(), it->second - 1) != readings.end()) {
        r.whole = it->second - 1;
        key = Key{3, r.whole, U""};
      }
    }
    for (auto& [key, r] : resolved) {
      groups[key].push_back(r);
      group_whole[key] = r.whole;
      if (r.whole != kNo) {
        const Quantity& t = q(r.whole);
        compare(r.share, r.part, stated_interval(t, f.precision), t.normalized(), shown(t), {span_of(t, false)});
      }
    }
    for (auto& [key, v] : partless) close_partless(v);
    for (auto& [key, v] : groups) {
      // One share per part (a part restated twice is one item). One whole may be divided twice
      // ("从征收部门来看…；从收入分类来看…"): a run of shares that reaches 100% closes one division.
      std::vector<ShareRec> run;
      Decimal sum{};
      Decimal near_full = Decimal::from_int(100) - Decimal::from_int(1);
      for (const auto& r : v) {
        if (std::any_of(run.begin(), run.end(), [&](const ShareRec& o) { return o.part == r.part || o.share == r.share; }))
          continue;
        run.push_back(r);
        sum = sum + q(r.share).value;
        if (sum >= near_full) {
          close_group(run, group_whole[key]);
          run.clear();
          sum = Decimal{};
        }
      }
      close_group(run, group_whole[key]);
    }
  }
};

}  // namespace

void check_shares(const Facts& f, const RateFacts& rf, DocumentResult& out) {
  Checker c{f, rf, out, f.statements, Str(f.text.chars()), {}, {}, {}, {}, {}, {}, {}};
  c.run();
}

}  // namespace gouji
