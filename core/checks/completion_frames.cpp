// R21 for completion, execution, payment and 到位 rates read from statement frames (issue 14):
// the numerator is the level the rate's clause continues ("拨付使用16.20万元，预算执行率100%"),
// the base is the figure stated with the rate ("完成年初预算数60999万元的40.4%") or one named as
// a base (安排/下达/预算/计划/到位/合计/总额) earlier in the paragraph or section — nearest
// first; a flag needs every candidate to fail. 已支付 + 未支付 is a base too, and must equal the
// 安排 figure when both are stated (M16).
#include <algorithm>

#include "checks/check.h"
#include "checks/rate_context.h"
#include "checks/rule_table.h"
#include "facts/budget_block.h"
#include "facts/rates.h"
#include "lexicon/lexicon.h"
#include "statements/frame.h"
#include "text/common_run.h"

namespace gouji {
namespace {

constexpr std::size_t kNoIdx = static_cast<std::size_t>(-1);
constexpr std::size_t kBack = 40;       // frames searched back for a base (bounded: linear)
constexpr std::size_t kCandidates = 4;  // bases tried, nearest first
constexpr std::size_t kMaxNumbers = 32;  // a clause with more numbers is a flattened table, not a statement
constexpr std::size_t kAllocBack = 16;  // allocations compared with a paid/unpaid pair in another section
constexpr std::size_t kSameSubject = 8;  // Han characters two labels share to name one programme

using Str = std::u32string_view;

// A label that names a base: a base word of two or more characters anywhere, or any at its end.
bool base_like(const std::u32string& l, std::uint8_t* which = nullptr) {
  const lex::Entry* e = lex::match_before(l, l.size(), lex::Cls::Base);
  if (!e || e->value == lex::Paid || e->value == lex::Unpaid || e->value == lex::Spent || e->value == lex::Balance) {
    e = nullptr;
    // Word by word of this class, not the scan's longest match: 全年预算 (a stage) holds 预算 (a base).
    for (std::size_t at = 0; at < l.size() && !e; ++at)
      if (const lex::Entry* b = lex::match_at(l, at, lex::Cls::Base);
          b && b->word.size() >= 2 && b->value != lex::Paid && b->value != lex::Unpaid && b->value != lex::Spent &&
          b->value != lex::Balance) e = b;
    if (!e)
      for (const lex::Hit& h : lex::scan(l, 0, l.size()))
        if (const lex::Entry* t = h.get(lex::Cls::List); t && t->value == lex::Total) {
          if (which) *which = lex::Amount;
          return true;
        }
  }
  if (e && which) *which = e->value;
  return e != nullptr;
}

std::uint8_t base_value(const std::u32string& l) {
  const lex::Entry* e = lex::match_before(l, l.size(), lex::Cls::Base);
  if (!e) e = lex::first(l, lex::Cls::Base);
  return e ? e->value : 0;
}

struct Candidate {
  std::size_t q = kNoIdx;       // the base figure
  std::size_t extra = kNoIdx;   // with 未支付: N + extra is the base
  bool near = false;            // same paragraph
  bool unnamed = false;         // named by nothing but its place before a spent figure
};

// The numerator names what was spent or paid ("于本年度支出", "已支付", "实际使用"): the amount
// stated just before it in the sentence is what it was spent out of, even unnamed
// ("…补助经费4194.23万元，于本年度支出4194.23万元，预算完成率100%").
bool spent_like(const std::u32string& l) {
  std::uint8_t b = base_value(l);
  if (b == lex::Paid || b == lex::Spent) return true;
  const lex::Entry* e = lex::match_before(l, l.size(), lex::Cls::Side);
  return e && e->value == lex::Spend && l.size() > e->word.size();
}

std::string word_of(const FrameNumber& n) {
  switch (n.rate) {
    case lex::Execution: return "执行率";
    case lex::Payment: return "支付率";
    case lex::Arrival: return "到位率";
    default: return "完成率";
  }
}

// The phases of check_completion_frames, in its order.

// Every allocation stated in prose (安排/下达 X万元), in text order: the 安排 a paid/unpaid pair
// completes may stand in another section ("（二）资金安排情况" before "预算执行进度").
std::vector<std::size_t> prose_allocations(const RateContext& c) {
  const Facts& f = c.f;
  const Statements& st = f.statements;
  std::vector<std::size_t> allocations;
  for (std::size_t i = 0; i < f.quantities.size(); ++i)
    if (const FrameNumber* n = st.number(i); n && (n->role == NumRole::Level || n->role == NumRole::Base) &&
                                             f.quantities[i].kind() == UnitKind::Money && f.quantities[i].exact() &&
                                             c.prose(i)) {
      std::uint8_t bv = base_value(n->label);
      if (bv == lex::Arranged || bv == lex::Issued) allocations.push_back(i);
    }
  return allocations;
}

// The 全年预算数 of the report's whole, stated once (or always alike) in the prose: the base of a
// 预算执行率 in another section ("（一）资金到位情况" before "（二）预算执行情况"). kNoIdx when
// none, or two that differ.
std::size_t whole_full_budget(const RateContext& c) {
  const Facts& f = c.f;
  const Statements& st = f.statements;
  std::size_t full_budget = kNoIdx;
  for (std::size_t i = 0; i < f.quantities.size(); ++i) {
    const FrameNumber* n = st.number(i);
    const Quantity& q = f.quantities[i];
    if (!n || (n->role != NumRole::Level && n->role != NumRole::Base) || q.kind() != UnitKind::Money || !q.exact() ||
        !c.prose(i) || st.frames[st.frame_of[i]].list_part || st.frames[st.frame_of[i]].compare)
      continue;
    if (read_block_label(from_utf8_lossy(q.label)).cell != BlockCell::Full) continue;
    if (full_budget == kNoIdx) full_budget = i;
    else if (!(f.quantities[full_budget].normalized() == q.normalized())) return kNoIdx;
  }
  return full_budget;
}

// The project's wholes stated in prose anywhere (安排/下达/预算/计划/到位/总额/总投资 X万元, not a
// list's part nor a comparison), distinct values in text order; empty when more than kCandidates
// differ (which one a far rate means is then unknown).
std::vector<std::size_t> project_wholes(const RateContext& c) {
  const Facts& f = c.f;
  const Statements& st = f.statements;
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < f.quantities.size(); ++i) {
    const FrameNumber* n = st.number(i);
    const Quantity& q = f.quantities[i];
    if (!n || (n->role != NumRole::Level && n->role != NumRole::Base) || q.kind() != UnitKind::Money || !q.exact() ||
        !c.prose(i) || q.value <= Decimal{} || st.frames[st.frame_of[i]].list_part || st.frames[st.frame_of[i]].compare)
      continue;
    std::uint8_t bv = base_value(n->label);
    if (bv != lex::Arranged && bv != lex::Issued && bv != lex::Budget && bv != lex::Plan && bv != lex::Arrived &&
        bv != lex::Amount)
      continue;
    if (std::any_of(out.begin(), out.end(), [&](std::size_t o) { return f.quantities[o].normalized() == q.normalized(); }))
      continue;
    out.push_back(i);
    if (out.size() > kCandidates) return {};
  }
  return out;
}

// Nothing in the section: a 到位率 or 执行率 of the project as a whole (not a list's part) takes
// the project's wholes stated in other sections ("（一）项目概况…总投资" before "（二）资金到位情况");
// each is a reading, a flag needs every one to fail (a warning: the base is far).
void add_project_wholes(const Facts& f, const FrameNumber& yn, const Frame& fr, std::size_t ni,
                        const std::vector<std::size_t>& wholes, std::vector<Candidate>& cands) {
  const Statements& st = f.statements;
  if (yn.rate != lex::Arrival && yn.rate != lex::Execution) return;
  const Frame& nf = st.frames[st.frame_of[ni]];
  if (nf.list_part || lex::match_at(f.text.chars(), nf.sentence, lex::Cls::List)) return;
  // The paragraph's first amount: later ones are its parts ("…；省级资金支出340万元，执行率85%").
  for (std::size_t k = st.number_of[ni]; k-- > 0;) {
    const FrameNumber& x = st.numbers[k];
    if (st.frames[st.frame_of[x.q]].paragraph != nf.paragraph) break;
    if (x.role == NumRole::Level && f.quantities[x.q].kind() == UnitKind::Money) return;
  }
  std::uint8_t nb = base_value(st.number(ni)->label);
  for (std::size_t w : wholes) {
    if (w == ni || (nb != 0 && base_value(st.number(w)->label) == nb)) continue;
    const Frame& wf = st.frames[st.frame_of[w]];
    if (fr.year != 0 && wf.year != 0 && wf.year != fr.year) continue;
    cands.push_back({w, kNoIdx, false});
  }
}

// Nothing in the section: the whole's 全年执行数 and 执行率 take the whole's 全年预算数.
void add_whole_budget(const Facts& f, const Quantity& y, const Quantity& nq, const Frame& fr, std::size_t ni,
                      std::size_t full_budget, std::vector<Candidate>& cands) {
  const Statements& st = f.statements;
  if (full_budget != kNoIdx && full_budget != ni &&
      read_block_label(from_utf8_lossy(y.label)).cell == BlockCell::Rate &&
      read_block_label(from_utf8_lossy(nq.label)).cell == BlockCell::Spent &&
      (fr.year == 0 || st.frames[st.frame_of[full_budget]].year == 0 || st.frames[st.frame_of[full_budget]].year == fr.year))
    cands.push_back({full_budget, kNoIdx, false});
}

// N: the level the rate continues — nearest before it, in its chain, same paragraph (kNoIdx: none).
std::size_t numerator_of(const RateContext& c, std::size_t yi, std::size_t F) {
  const Facts& f = c.f;
  const Statements& st = f.statements;
  const Frame& fr = st.frames[F];
  std::size_t ni = kNoIdx;
  auto [a, b] = st.chain(F);
  (void)b;
  for (std::size_t g = F + 1, steps = 0; g-- > 0 && steps < 4 && ni == kNoIdx; ++steps) {
    const Frame& x = st.frames[g];
    if (x.paragraph != fr.paragraph || (g < a && x.sentence != fr.sentence)) break;
    if (x.count > kMaxNumbers) break;
    for (std::size_t k = x.first + x.count; k-- > x.first;) {
      const FrameNumber& n = st.numbers[k];
      if (n.q >= yi) continue;
      const Quantity& q = f.quantities[n.q];
      std::uint8_t bv = base_value(n.label);
      if (bv == lex::Unpaid || bv == lex::Balance) continue;  // what is left is not the numerator
      if (n.role == NumRole::Level && q.kind() == UnitKind::Money && q.exact() && c.prose(n.q) &&
          q.value > Decimal{}) { ni = n.q; break; }
    }
  }
  return ni;
}

// A rate leading its sentence, its figures after it ("预算执行率为92.00%，年初预算500万元，全年实际
// 支出470万元"; "到位率95%，计划投入400万元，实际到位380万元"): exactly two amounts follow in the
// sentence, of one kind — the one named as planned (计划/预算/安排/下达) is the base, the other the numerator; for
// an execution rate a 到位 amount beside a spent one is the base. {numerator, base}, or kNoIdx.
std::pair<std::size_t, std::size_t> figures_after(const RateContext& c, std::size_t yi, std::size_t F) {
  const Facts& f = c.f;
  const Statements& st = f.statements;
  const Frame& fr = st.frames[F];
  const std::pair<std::size_t, std::size_t> none{kNoIdx, kNoIdx};
  if (st.number_of[yi] != fr.first) return none;  // the rate opens its clause …
  if (F > 0 && st.frames[F - 1].sentence == fr.sentence && st.frames[F - 1].paragraph == fr.paragraph) return none;  // … and its sentence
  std::vector<std::size_t> amounts;
  for (std::size_t g = F; g < st.frames.size() && g < F + 4; ++g) {
    const Frame& x = st.frames[g];
    if (x.sentence != fr.sentence || x.paragraph != fr.paragraph) break;
    for (std::size_t k = x.first; k < x.first + x.count; ++k) {
      const FrameNumber& n = st.numbers[k];
      if (n.q <= yi) continue;
      const Quantity& q = f.quantities[n.q];
      // Amounts of one kind: money, or what a plan counts ("计划造林500亩，实际完成480亩").
      if (q.kind() == UnitKind::None || is_rate(q.kind()) || q.kind() == UnitKind::Score) continue;
      if (!amounts.empty() && q.kind() != f.quantities[amounts[0]].kind()) continue;
      if (n.role != NumRole::Level && n.role != NumRole::Base) return none;  // a change, a share …: another statement
      if (!q.exact() || q.value <= Decimal{} || !c.prose(n.q)) return none;
      amounts.push_back(n.q);
    }
  }
  if (amounts.size() != 2) return none;
  auto planned = [&](std::size_t qi) {
    std::uint8_t v = base_value(st.number(qi)->label);
    return v == lex::Plan || v == lex::Budget || v == lex::Arranged || v == lex::Issued;
  };
  auto kind = [&](std::size_t qi) { return base_value(st.number(qi)->label); };
  std::size_t a = amounts[0], b = amounts[1];
  if (planned(a) != planned(b)) return planned(a) ? std::pair{b, a} : std::pair{a, b};
  if (!planned(a) && st.numbers[st.number_of[yi]].rate != lex::Arrival) {
    if (kind(a) == lex::Arrived && (kind(b) == lex::Spent || kind(b) == lex::Paid)) return {b, a};
    if (kind(b) == lex::Arrived && (kind(a) == lex::Spent || kind(a) == lex::Paid)) return {a, b};
  }
  return none;
}

// "计划建设文化广场15个，已建成12个，完成计划的85%"; "实际完成造林480亩，为计划500亩的92%": a rate
// of the plan over what a plan counts (亩, 个, 人次 — not money, R29's and the budget bases'): the
// numerator is the nearest level of that kind before the rate in its sentence, not itself
// named as planned; the base is the figure stated with the rate, else the one named as planned
// before the numerator. {numerator, base}, or kNoIdx.
std::pair<std::size_t, std::size_t> counted_plan(const RateContext& c, const FrameNumber& yn, std::size_t yi, std::size_t F) {
  const Facts& f = c.f;
  const Statements& st = f.statements;
  const std::pair<std::size_t, std::size_t> none{kNoIdx, kNoIdx};
  auto counted = [&](std::size_t qi) {
    UnitKind k = f.quantities[qi].kind();
    return k != UnitKind::Money && k != UnitKind::None && k != UnitKind::Score && !is_rate(k);
  };
  auto planned = [&](const std::u32string& l) { return base_value(l) == lex::Plan; };
  std::size_t base = yn.base_q;
  if (base != kNoIdx ? !counted(base) : !planned(yn.of)) return none;
  std::size_t ni = kNoIdx;
  for (std::size_t k = st.number_of[yi], steps = 0; k-- > 0 && steps < 8; ++steps) {
    const FrameNumber& n = st.numbers[k];
    const Quantity& q = f.quantities[n.q];
    if (st.frames[st.frame_of[n.q]].sentence != st.frames[F].sentence) break;
    if (n.q == base || n.role != NumRole::Level || !counted(n.q) || !q.exact() || !c.prose(n.q) || q.value <= Decimal{})
      continue;
    if (base != kNoIdx && q.kind() != f.quantities[base].kind()) return none;
    if (ni == kNoIdx) {
      if (planned(n.label)) return none;  // the nearest is the plan: no actual stated
      ni = n.q;
      if (base != kNoIdx) break;
    } else if (q.kind() == f.quantities[ni].kind() && planned(n.label)) {
      base = n.q;
      break;
    }
  }
  if (ni == kNoIdx || base == kNoIdx || f.quantities[base].kind() != f.quantities[ni].kind()) return none;
  return {ni, base};
}

// 未支付 stated beside the paid figure `ni`, up to the rate's frame F: 已支付 + 未支付 is the base.
std::size_t unpaid_beside(const Facts& f, std::size_t ni, std::size_t F) {
  const Statements& st = f.statements;
  std::size_t ui = kNoIdx;
  for (std::size_t g = st.frame_of[ni]; g <= F; ++g) {  // at most 4 frames (N's search)
    const Frame& x = st.frames[g];
    for (std::size_t k = x.first; k < x.first + x.count; ++k) {
      const FrameNumber& n = st.numbers[k];
      const Quantity& q = f.quantities[n.q];
      if (n.q != ni && n.role == NumRole::Level && q.kind() == UnitKind::Money && q.exact() &&
          base_value(n.label) == lex::Unpaid)
        ui = n.q;
    }
  }
  return ui;
}

// The bases to try, nearest first: the one stated with the rate, else N + 未支付 and the figures
// named as a base before N in its section.
std::vector<Candidate> base_candidates(const Facts& f, const FrameNumber& yn, const Frame& fr, std::size_t ni,
                                       std::size_t ui) {
  const Statements& st = f.statements;
  std::vector<Candidate> cands;
  if (yn.base_q != kNoIdx) {
    if (f.quantities[yn.base_q].kind() == UnitKind::Money) cands.push_back({yn.base_q, kNoIdx, true});
    return cands;
  }
  if (ui != kNoIdx) cands.push_back({ui, kNoIdx, true});  // placeholder: N + U, filled below
  std::size_t from = st.frame_of[ni];
  bool before_spent = spent_like(st.number(ni)->label);
  for (std::size_t g = from + 1, steps = 0; g-- > 0 && steps < kBack && cands.size() < kCandidates + 1; ++steps) {
    const Frame& x = st.frames[g];
    if (x.section != fr.section) break;
    if (x.table != static_cast<std::size_t>(-1) || x.count > kMaxNumbers) continue;
    // An earlier rate closes its own statement: the bases before it are its own.
    if (g < from && st.find(g, NumRole::Completion)) break;
    bool near = x.paragraph == fr.paragraph;
    // The sentence before the figure names a base ("2023年预算安排…，财政资金3267.28万元").
    bool sentence_base = false;
    if (near) {
      std::size_t from_at = std::max<std::size_t>(x.sentence, x.begin > 120 ? x.begin - 120 : 0);  // bounded: linear
      Str sent(f.text.chars().data() + from_at, x.begin >= from_at ? x.begin - from_at : 0);
      sentence_base = lex::has(sent, lex::Cls::Base);
    }
    for (std::size_t k = x.first + x.count; k-- > x.first;) {
      const FrameNumber& n = st.numbers[k];
      if (n.q >= ni) continue;
      const Quantity& q = f.quantities[n.q];
      if ((n.role != NumRole::Level && n.role != NumRole::Base) || q.kind() != UnitKind::Money || !q.exact() ||
          q.value <= Decimal{} || n.q == ui)
        continue;
      std::uint8_t which = 0;
      // A sentence naming a base makes an unnamed figure one — not what was spent or is left of it
      // ("实际支出1628万元，…，结余222万元。其中…支出1080万元，执行率90%": 222 is no base).
      std::uint8_t bv = base_value(n.label);
      bool like = base_like(n.label, &which) ||
                  (near && sentence_base && bv != lex::Paid && bv != lex::Spent && bv != lex::Unpaid && bv != lex::Balance);
      bool unnamed = !like && before_spent && x.sentence == st.frames[from].sentence && !spent_like(n.label);
      before_spent = false;  // only the amount right before the spent one
      if (!like && !unnamed) continue;
      cands.push_back({n.q, kNoIdx, near, unnamed});
      if (cands.size() > kCandidates) break;
    }
  }
  if (ui != kNoIdx) cands.front() = {ni, ui, true};
  return cands;
}

// Every reading; the first that fits settles it (recorded, nullptr returned). Else the first
// candidate that does not, a truncated reading preferred (`first_m` says which).
const Candidate* first_unfit(const Facts& f, DocumentResult& out, const Quantity& y, const Quantity& nq,
                             const std::vector<Candidate>& cands, RateMatch& first_m) {
  const Candidate* first = nullptr;
  first_m = RateMatch::Mismatch;
  Interval nv = stated_interval(nq, f.precision);
  for (const Candidate& cd : cands) {
    Interval dv = stated_interval(f.quantities[cd.q], f.precision);
    if (cd.extra != kNoIdx) dv = nv + stated_interval(f.quantities[cd.extra], f.precision);
    auto comp = percent_interval(nv, dv);
    if (!comp) continue;
    RateMatch m = match_rate(*comp, y, f.precision);
    Decimal dpoint = cd.extra != kNoIdx ? nq.normalized() + f.quantities[cd.extra].normalized()
                                        : f.quantities[cd.q].normalized();
    std::string formula = bare(nq) + "÷" + (cd.extra != kNoIdx ? "(" + bare(nq) + "+" + bare(f.quantities[cd.extra]) + ")"
                                                                : bare(f.quantities[cd.q])) +
                          "=" + fmt(percent_point(nq.normalized(), dpoint), 2) + "%，报告" + y.text;
    if (m == RateMatch::Match) {
      out.checked.push_back({"R21", formula, "consistent", {span_of(y, true), span_of(nq, false), span_of(f.quantities[cd.q], false)}});
      first = nullptr;
      break;
    }
    if (!first || (m == RateMatch::Truncated && first_m != RateMatch::Truncated)) { first = &cd; first_m = m; }
  }
  return first;
}

// The complement: 已支付 (ni) + 未支付 (ui) = 安排 when both are stated — the 安排 among the
// candidates, else the one earlier allocation naming the same programme.
void check_paid_unpaid(const Facts& f, DocumentResult& out, const std::vector<Candidate>& cands,
                       const std::vector<std::size_t>& allocations, std::size_t ni, std::size_t ui) {
  const Statements& st = f.statements;
  const Quantity& nq = f.quantities[ni];
  Interval nv = stated_interval(nq, f.precision);
  std::size_t arranged = kNoIdx;
  for (const Candidate& cd : cands)
    if (cd.extra == kNoIdx && base_value(st.number(cd.q)->label) != 0) { arranged = cd.q; break; }
  if (arranged == kNoIdx) {
    // Elsewhere in the document: the one allocation before it whose label names the same
    // programme (a long shared run of characters); two such, and which one is meant is unknown.
    auto end = std::lower_bound(allocations.begin(), allocations.end(), ni);
    std::size_t found = 0;
    const std::u32string& paid = st.number(ni)->label;
    for (auto it = end; it != allocations.begin() && end - it < static_cast<std::ptrdiff_t>(kAllocBack);) {
      --it;
      const std::u32string& l = st.number(*it)->label;
      if (l.size() <= 60 && paid.size() <= 60 && common_run(l, paid) >= kSameSubject) { arranged = *it; ++found; }
    }
    if (found != 1) arranged = kNoIdx;
  }
  if (arranged == kNoIdx) return;
  const Quantity& u = f.quantities[ui];
  const Quantity& d = f.quantities[arranged];
  Interval sum = nv + stated_interval(u, f.precision);
  bool ok = sum.overlaps(stated_interval(d, f.precision));
  std::vector<Span> spans = {span_of(d, true), span_of(nq, false), span_of(u, false)};
  out.checked.push_back({"R21", bare(nq) + "+" + bare(u) + "=" + format_in_unit(nq.normalized() + u.normalized(), d, std::max(nq.decimals, u.decimals)) +
                                    "，报告" + d.text, ok ? "consistent" : "inconsistent", spans});
  if (ok) return;
  std::string s = format_in_unit(nq.normalized() + u.normalized(), d, std::max(nq.decimals, u.decimals));
  Finding fd = make_finding("R21",
                            {"已支付" + nq.text + "与未支付" + u.text + "之和为" + s + to_utf8(d.unit->text) + "，与" + d.text + "不符",
                             "Paid " + nq.text + " plus unpaid " + u.text + " is " + s + ", not " + d.text},
                            spans);
  fd.severity = Severity::Warning;
  fd.expected = s;
  fd.actual = d.text;
  out.findings.push_back(std::move(fd));
}

// The finding for a rate no candidate base fits, taking `first`.
void report_rate(const Facts& f, DocumentResult& out, const Quantity& y, const Quantity& nq, const Candidate& first,
                 RateMatch first_m, const std::string& word, std::size_t n_cands) {
  const Quantity& d = f.quantities[first.q];
  Decimal dpoint = first.extra != kNoIdx ? nq.normalized() + f.quantities[first.extra].normalized() : d.normalized();
  std::string d_s = first.extra != kNoIdx ? "(" + shown(nq) + "+" + shown(f.quantities[first.extra]) + ")" : shown(d);
  Decimal point = percent_point(nq.normalized(), dpoint);
  std::string comp_s = fmt(point, std::max(2, y.decimals)) + "%";
  std::vector<Span> spans = {span_of(y, true), span_of(nq, false), span_of(d, false)};
  out.checked.push_back({"R21", bare(nq) + "÷" + d_s + "=" + comp_s + "，报告" + y.text, first_m == RateMatch::Truncated ? "rounding" : "inconsistent", spans});
  Finding fd;
  if (first_m == RateMatch::Truncated) {
    fd = make_finding("R21",
                      {word + "按" + shown(nq) + "÷" + d_s + "为" + comp_s + "，报告" + y.text + "为截尾取值（未四舍五入）",
                       "The rate " + shown(nq) + " ÷ " + d_s + " = " + comp_s + "; the stated " + y.text +
                           " is truncated rather than rounded"},
                      spans);
    fd.severity = Severity::Info;
  } else {
    fd = make_finding("R21",
                      {word + "应为" + comp_s + "（" + shown(nq) + "÷" + d_s + "），报告为" + y.text,
                       "The rate should be " + comp_s + " (" + shown(nq) + " ÷ " + d_s + "), the report states " + y.text},
                      spans);
    // A base from another paragraph, or named by its place only: likely, not certain.
    if (!first.near || first.unnamed) fd.severity = Severity::Warning;
    if (n_cands > 1)
      fd.hint = {"按最近的基数" + d.text + "计；同段其他基数也不相符", "Taking the nearest base " + d.text + "; the other bases do not fit either"};
  }
  fd.expected = comp_s;
  fd.actual = y.text;
  out.findings.push_back(std::move(fd));
}

}  // namespace

std::vector<bool> check_completion_frames(const Facts& f, const RateFacts& rf, DocumentResult& out) {
  const Statements& st = f.statements;
  std::vector<bool> settled(f.quantities.size(), false);
  RateContext c{f, rf, out};
  std::vector<std::size_t> allocations = prose_allocations(c);
  const std::size_t full_budget = whole_full_budget(c);
  const std::vector<std::size_t> wholes = project_wholes(c);
  for (std::size_t yi = 0; yi < f.quantities.size(); ++yi) {
    const FrameNumber* yn = st.number(yi);
    const Quantity& y = f.quantities[yi];
    if (!yn || yn->role != NumRole::Completion || y.kind() != UnitKind::Percent || !y.exact() || !c.prose(yi) ||
        y.value <= Decimal{})
      continue;
    std::size_t F = st.frame_of[yi];
    const Frame& fr = st.frames[F];
    if (fr.count > kMaxNumbers) continue;
    std::size_t ni = kNoIdx, ui = kNoIdx;
    std::vector<Candidate> cands;
    if (auto [pn, pb] = counted_plan(c, *yn, yi, F); pn != kNoIdx) {
      ni = pn;
      cands.push_back({pb, kNoIdx, true});
    } else if (!yn->of.empty() && yn->base_q == kNoIdx) {
      continue;  // "完成年初预算X%": R29's
    } else if ((ni = numerator_of(c, yi, F)) == kNoIdx && yn->base_q == kNoIdx) {
      auto [n2, base] = figures_after(c, yi, F);
      if (n2 == kNoIdx) continue;
      ni = n2;
      cands.push_back({base, kNoIdx, true});
    } else if (ni == kNoIdx) {
      continue;
    } else {
      ui = unpaid_beside(f, ni, F);
      cands = base_candidates(f, *yn, fr, ni, ui);
    }
    const Quantity& nq = f.quantities[ni];
    if (cands.empty() && yn->base_q == kNoIdx) add_whole_budget(f, y, nq, fr, ni, full_budget, cands);
    if (cands.empty() && yn->base_q == kNoIdx) add_project_wholes(f, *yn, fr, ni, wholes, cands);
    if (cands.empty()) continue;
    settled[yi] = true;
    const lex::Entry* rw = lex::match_before(yn->label, yn->label.size(), lex::Cls::Rate);
    std::string word = rw ? to_utf8(std::u32string(rw->word)) : yn->base_q != kNoIdx ? "完成进度" : word_of(*yn);
    RateMatch first_m = RateMatch::Mismatch;
    const Candidate* first = first_unfit(f, out, y, nq, cands, first_m);
    if (ui != kNoIdx) check_paid_unpaid(f, out, cands, allocations, ni, ui);
    if (first) report_rate(f, out, y, nq, *first, first_m, word, cands.size());
  }
  return settled;
}

}  // namespace gouji
