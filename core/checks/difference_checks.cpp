// R01 on a stated difference: "支出2.05万元，年初预算为2.95万元，差值为0.9万元" — the 差值/差额/相差
// a statement names is the gap between the two amounts stated before it in the same sentence.
// The sign is not written (the lexicon's Relation::Difference), so the gap is compared in size.
// The same identity as a 其中 sum (A = B ± C), hence R01.
#include <algorithm>

#include "checks/check.h"
#include "checks/rule_table.h"
#include "facts/rates.h"
#include "lexicon/balance_words.h"
#include "lexicon/lexicon.h"

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
      if (!lex::has(l, lex::Cls::List, lex::Total) || lex::has(l, lex::Cls::Side, lex::Both)) continue;
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

void check_stated_differences(const Facts& f, DocumentResult& out) {
  check_balance_claims(f, out);
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

}  // namespace gouji
