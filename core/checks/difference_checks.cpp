// R01 on a stated difference (and, below, R26 on a change whose two levels are stated elsewhere): "支出2.05万元，年初预算为2.95万元，差值为0.9万元" — the 差值/差额/相差
// a statement names is the gap between the two amounts stated before it in the same sentence.
// The sign is not written (the lexicon's Relation::Difference), so the gap is compared in size.
// The same identity as a 其中 sum (A = B ± C), hence R01.
#include <algorithm>
#include <map>

#include "checks/check.h"
#include "checks/rule_table.h"
#include "facts/rates.h"
#include "lexicon/balance_words.h"
#include "lexicon/lexicon.h"
#include "text/chars.h"

namespace gouji {
namespace {

// The label ends in a difference word, give or take a copula ("差值为", "相差", "差额是").
bool names_a_difference(const Facts& f, const Quantity& q) {
  lex::Str s(f.text.chars());
  std::size_t end = q.start;
  for (int shed = 0; shed < 2 && end > q.label_start; ++shed) {
    if (const lex::Entry* e = lex::match_before(s, end, lex::Cls::Relation)) return e->value == lex::Difference;
    if (lex::marks::kTrailing.find(s[end - 1]) == lex::Str::npos) break;
    --end;
  }
  return false;
}

// A level, not a change, a share or a prior: what a difference can be taken between.
bool is_level(const Facts& f, std::size_t i) {
  const FrameNumber* n = f.statements.number(i);
  return !n || n->role == NumRole::Level || n->role == NumRole::Base;
}

// A balance claimed in words ("收支相抵，全区一般公共预算收支平衡", "本年收支平衡"): a difference of
// zero between the income and the spending totals stated before it in its section (the latest of
// each, a 收入/支出 label with 合计/总计, within kClaimReach characters). Recorded when they are
// equal (R02); when they differ nothing is claimed verified — R02/R09 judge totals by fund and scope.
constexpr std::size_t kClaimReach = 800;
constexpr std::size_t kClaimLookback = 40;  // quantities looked back per claim: linear

void check_balance_claims(const Facts& f, DocumentResult& out) {
  const std::u32string& s = f.text.chars();
  std::vector<std::pair<std::size_t, std::size_t>> claims;
  for (lex::Str w : lex::balance::kBalanceClaims)
    for (std::size_t p = s.find(w); p != std::u32string::npos; p = s.find(w, p + w.size())) claims.push_back({p, p + w.size()});
  std::sort(claims.begin(), claims.end());
  const auto& qs = f.quantities;
  std::size_t last_sentence = static_cast<std::size_t>(-1);
  for (auto [b, e] : claims) {
    std::size_t sentence = sentence_begin(f.text, b);
    if (sentence == last_sentence || f.in_table(b)) continue;  // one claim per sentence
    last_sentence = sentence;
    auto it = std::lower_bound(qs.begin(), qs.end(), b, [](const Quantity& q, std::size_t at) { return q.start < at; });
    std::size_t income = kNone, spend = kNone;
    for (std::size_t k = static_cast<std::size_t>(it - qs.begin()), steps = 0; k-- > 0 && steps < kClaimLookback; ++steps) {
      const Quantity& q = qs[k];
      if (q.start + kClaimReach < b || f.section_of(q.start) != f.section_of(b)) break;
      if (q.kind() != UnitKind::Money || !q.exact() || f.in_table(q.start)) continue;
      std::u32string l = from_utf8_lossy(q.label);
      // The total word as written: a cleaned label sheds a trailing 共计 ("收入共计…" → 收入).
      lex::Str written = q.label_start < q.start ? lex::Str(s).substr(q.label_start, q.start - q.label_start) : lex::Str{};
      bool total = lex::has(written, lex::Cls::List, lex::Total) || lex::has(written, lex::Cls::List, lex::Cumulative);
      if (!total || lex::has(l, lex::Cls::Side, lex::Both)) continue;
      if (income == kNone && lex::has(l, lex::Cls::Side, lex::Income)) income = k;
      else if (spend == kNone && lex::has(l, lex::Cls::Side, lex::Spend)) spend = k;
      if (income != kNone && spend != kNone) break;
    }
    if (income == kNone || spend == kNone) continue;
    const Quantity& in = qs[income];
    const Quantity& sp = qs[spend];
    if (!stated_interval(in, f.precision).overlaps(stated_interval(sp, f.precision))) continue;
    std::string unit_in = to_utf8(in.unit->text), unit_sp = to_utf8(sp.unit->text);
    out.checked.push_back({"R02",
                           in.label + bare(in) + unit_in + " = " + sp.label + bare(sp) + unit_sp + "（" + f.text.utf8(b, e) + "）",
                           in.normalized() == sp.normalized() ? "consistent" : "rounding",
                           {{b, e, true}, span_of(in, false), span_of(sp, false)}});
  }
}

}  // namespace

void check_changes_between_levels(const Facts& f, DocumentResult& out);

void check_stated_differences(const Facts& f, DocumentResult& out) {
  check_balance_claims(f, out);
  check_changes_between_levels(f, out);  // R26: a change between two levels stated elsewhere
  const auto& qs = f.quantities;
  for (std::size_t i = 0; i < qs.size(); ++i) {
    const Quantity& c = qs[i];
    if (c.kind() != UnitKind::Money || !c.exact() || f.in_table(c.start) || !names_a_difference(f, c)) continue;
    // The two amounts right before it in its sentence (a few figures back at most: linear).
    std::size_t sentence = sentence_begin(f.text, c.start);
    std::vector<std::size_t> ab;
    for (std::size_t j = i, seen = 0; j-- > 0 && seen < 4 && ab.size() < 2; ++seen) {
      const Quantity& q = qs[j];
      if (q.start < sentence) break;
      if (q.kind() != UnitKind::Money) continue;
      if (!q.exact() || !is_level(f, j) || names_a_difference(f, q)) break;
      ab.push_back(j);
    }
    if (ab.size() < 2) continue;
    const Quantity& a = qs[ab[1]];
    const Quantity& b = qs[ab[0]];
    Interval av = stated_interval(a, f.precision), bv = stated_interval(b, f.precision);
    Interval cv = stated_interval(c, f.precision);
    bool a_larger = b.normalized() <= a.normalized();
    Interval gap = a_larger ? av - bv : bv - av;
    Decimal point = (a.normalized() - b.normalized()).abs();
    int decimals = std::max({effective_decimals(a, f.precision), effective_decimals(b, f.precision),
                             effective_decimals(c, f.precision)});
    std::string unit = to_utf8(c.unit->text);
    std::string gap_s = format_in_unit(point, c, decimals);
    std::string terms = a_larger ? a.value.to_string() + "−" + b.value.to_string()
                                 : b.value.to_string() + "−" + a.value.to_string();
    // The checked formula shows the figures as written ("80.50", not "80.5").
    std::string formula = (a_larger ? bare(a) + "−" + bare(b) : bare(b) + "−" + bare(a)) + " = " + gap_s + unit +
                          "（报告" + bare(c) + unit + "）";
    std::vector<Span> spans = {span_of(c, true), span_of(a, false), span_of(b, false)};
    bool fits = gap.overlaps(cv);
    out.checked.push_back({"R01", formula, point == c.normalized() ? "consistent" : fits ? "rounding" : "inconsistent", spans});
    if (fits) continue;
    Finding fd = make_finding(
        "R01",
        {"差值应为" + gap_s + unit + "（" + terms + "），报告为" + c.text,
         "The difference should be " + gap_s + unit + " (" + terms + "), the report states " +
             c.text},
        std::move(spans));
    fd.expected = gap_s + unit;
    fd.actual = c.text;
    out.findings.push_back(std::move(fd));
  }
}


// ---- R26 on a change whose two levels are stated elsewhere -------------------------------------
// "2023年度三公经费预算较2022年度增加1.5万元" with "2023年度三公经费预算总计9.8万元" and
// "2022年度三公经费合计支出8.3万元" stated in other sentences (or sections): the change must be
// the gap between the subject's levels of the two years. The subject is matched by its name with
// the words that only give a stage, side, total or comparison stripped (预算/决算/支出/合计/较…), so
// the current year's 预算 and the earlier year's 决算 meet; every pair of candidate levels is a
// reading, and only a change that no reading fits is flagged.
namespace {

constexpr std::size_t kNoIdx = static_cast<std::size_t>(-1);
constexpr std::size_t kPerYear = 48;  // candidate levels looked at per year: bounded, so linear

// The subject's name: what is left once digits, punctuation and the words of a stage, side,
// base, total, comparison, direction or filler are gone ("“三公”经费预算总计" → "三公经费").
std::u32string core_name(lex::Str l) {
  std::u32string out;
  for (std::size_t i = 0; i < l.size();) {
    lex::Hit h = lex::match_at(l, i);
    if (h.roles) {
      bool strip = false;
      for (lex::Cls c : {lex::Cls::Stage, lex::Cls::Side, lex::Cls::Base, lex::Cls::List, lex::Cls::Compare,
                         lex::Cls::Prior, lex::Cls::Direction, lex::Cls::Filler, lex::Cls::Relation})
        strip |= h.get(c) != nullptr;
      if (!strip) out.append(l.substr(i, h.end - i));
      i = h.end;
      continue;
    }
    if (chars::is_han(l[i])) out.push_back(l[i]);
    ++i;
  }
  return out;
}

}  // namespace

void check_changes_between_levels(const Facts& f, DocumentResult& out) {
  const auto& qs = f.quantities;
  const Statements& st = f.statements;
  // Candidate levels by year, in text order: money, exact, in prose, the level of their clause.
  std::map<int, std::vector<std::pair<std::size_t, std::u32string>>> levels;
  // The year a level is about, from its frame (statements/frame.h): none in a comparing clause or
  // for a span of years.
  auto level_year = [&](std::size_t i) {
    const FrameNumber* n = st.number(i);
    if (!n || n->year == kSpan || st.frames[st.frame_of[i]].compare) return 0;
    return st.year_of(*n);
  };
  for (std::size_t i = 0; i < qs.size(); ++i) {
    const Quantity& q = qs[i];
    const FrameNumber* n = st.number(i);
    if (!n || n->role != NumRole::Level || q.kind() != UnitKind::Money || !q.exact() || q.is_range() ||
        f.in_table(q.start))
      continue;
    std::u32string core = core_name(from_utf8_lossy(q.label));
    if (core.size() < 3) continue;
    int y = level_year(i);
    if (y != 0) levels[y].push_back({i, std::move(core)});
  }
  if (levels.size() < 2) return;
  for (std::size_t i = 0; i < qs.size(); ++i) {
    const Quantity& x = qs[i];
    const FrameNumber* n = st.number(i);
    if (!n || n->role != NumRole::Change || n->dir == 0 || x.kind() != UnitKind::Money || !x.exact() ||
        x.is_range() || f.in_table(x.start) || x.value.negative())
      continue;
    std::size_t fr = st.frame_of[i];
    std::u32string label = from_utf8_lossy(x.label);
    if (fr == kNoIdx || !(st.frames[fr].compare || compares(label))) continue;
    // Both years named by the change's frame: "2023年度…较2022年度增加".
    const int ys[2] = {st.year_of(*n), n->than};
    if (ys[0] <= 0 || ys[1] <= 0 || ys[0] <= ys[1]) continue;
    // The subject: the label up to its comparison word (较上年, or 较/比 before a year).
    std::size_t cut = label.size();
    for (std::size_t k = 0; k < label.size(); ++k) {
      if (lex::match_at(label, k, lex::Cls::Compare)) { cut = k; break; }
      const lex::Entry* e = lex::match_at(label, k, lex::Cls::Filler);
      if (e && e->value == lex::Particle) { cut = k; break; }  // 较/比 before the earlier year
    }
    std::u32string core = core_name(lex::Str(label).substr(0, cut));
    if (core.size() < 3) continue;
    auto candidates = [&](int y) {
      std::vector<std::size_t> c;
      auto it = levels.find(y);
      if (it == levels.end()) return c;
      const auto& v = it->second;
      auto end = std::lower_bound(v.begin(), v.end(), i, [](const auto& p, std::size_t k) { return p.first < k; });
      for (auto p = end; p != v.begin() && c.size() < 4 && static_cast<std::size_t>(end - p) < kPerYear;) {
        --p;
        if (p->second == core) c.push_back(p->first);
      }
      return c;
    };
    std::vector<std::size_t> cur = candidates(ys[0]), pri = candidates(ys[1]);
    if (cur.empty() || pri.empty()) continue;
    Interval xv = stated_interval(x, f.precision);
    bool fits = false, exact = false;
    std::size_t ca = cur.front(), pa = pri.front();
    for (std::size_t c : cur)
      for (std::size_t p : pri) {
        Interval gap = n->dir > 0 ? stated_interval(qs[c], f.precision) - stated_interval(qs[p], f.precision)
                                  : stated_interval(qs[p], f.precision) - stated_interval(qs[c], f.precision);
        Decimal point = n->dir > 0 ? qs[c].normalized() - qs[p].normalized() : qs[p].normalized() - qs[c].normalized();
        if (gap.overlaps(xv) && !fits) { fits = true; ca = c; pa = p; }
        if (point == x.normalized()) { exact = true; ca = c; pa = p; }
      }
    const Quantity& a = qs[ca];
    const Quantity& p = qs[pa];
    Decimal point = n->dir > 0 ? a.normalized() - p.normalized() : p.normalized() - a.normalized();
    int decimals = std::max({effective_decimals(a, f.precision), effective_decimals(p, f.precision),
                             effective_decimals(x, f.precision)});
    std::string unit = to_utf8(x.unit->text);
    std::string gap_s = format_in_unit(point, x, decimals);
    std::string ops = n->dir > 0 ? a.value.to_string() + "−" + p.value.to_string() : p.value.to_string() + "−" + a.value.to_string();
    std::vector<Span> spans = {span_of(x, true), span_of(a, false), span_of(p, false)};
    out.checked.push_back({"R26", ops + " = " + gap_s + unit + "（报告" + x.value.to_string() + unit + "）",
                           exact ? "consistent" : fits ? "rounding" : "inconsistent", spans});
    if (fits) continue;
    std::string ya = std::to_string(ys[0]), yp = std::to_string(ys[1]);
    Finding fd = make_finding(
        "R26",
        {"增减额应为" + gap_s + unit + "（" + ya + "年" + a.text + (n->dir > 0 ? "−" : "与") + yp + "年" + p.text +
             (n->dir > 0 ? "" : "之差") + "），报告为" + x.text,
         "The change should be " + gap_s + unit + " (" + ya + ": " + a.text + ", " + yp + ": " + p.text +
             "), the report states " + x.text},
        std::move(spans));
    if (cur.size() * pri.size() > 1) fd.severity = Severity::Warning;  // several readings, none fits
    fd.expected = gap_s + unit;
    fd.actual = x.text;
    out.findings.push_back(std::move(fd));
  }
}

}  // namespace gouji
