// F/H: what a whole report must contain and what its narrative cannot back up.
//   R74 a self-evaluation report without one of its required sections (§1.1–1.3);
//   R75 attachments listed (附件：1. …自评表) but not included;
//   R95 money named in the narrative that appears nowhere in the accounts sections;
//   R17 money 拨付 to a construction project far ahead of its physical progress.
// The section and word lists are data (the tables below); the code only matches them.
#include <algorithm>
#include <set>

#include "checks/check.h"
#include "checks/rule_table.h"
#include "lexicon/section_words.h"
#include "text/chars.h"

namespace gouji {
namespace {

using namespace lex::sections;

using Str = std::u32string_view;

// ---- R74: required sections ------------------------------------------------------------------
bool contains(Str hay, Str w) { return hay.find(w) != Str::npos; }

// The title phrase when the report calls itself a self-evaluation ("…绩效自评报告").
std::size_t self_evaluation_title(const Text& t) {
  Str head = Str(t.chars()).substr(0, std::min<std::size_t>(t.size(), 300));
  for (Str w : kSelfEvaluationTitles) {
    std::size_t at = head.find(w);
    if (at != Str::npos) return at;
  }
  return kNone;
}

bool section_present(const Facts& f, const RequiredSection& s) {
  Str all(f.text.chars());
  for (const auto& h : f.doc.headings) {
    // Section headings only: the numbered duty list under 部门职责 mentions 问题, 目标 … in passing.
    if (h.depth > 1 || h.end - h.start > 30) continue;
    Str title = all.substr(h.start, h.end - h.start);
    for (Str w : s.words)
      if (contains(title, w)) return true;
  }
  // Short reports name a part in a run-in phrase instead of a heading ("存在的问题：…") near the
  // start of a sentence; only the longer words count there, short ones occur in any sentence.
  for (Str w : s.words) {
    if (w.size() < 4) continue;
    for (std::size_t p = all.find(w); p != Str::npos; p = all.find(w, p + 1)) {
      if (f.in_table(p)) continue;
      std::size_t b = p >= 6 ? p - 6 : 0;
      for (std::size_t i = b; i <= p; ++i)
        if (i == 0 || all[i - 1] == U'\n' || all[i - 1] == U'。' || all[i - 1] == U'；') return true;
    }
  }
  return false;
}

void required(const Facts& f, DocumentResult& out) {
  std::size_t title = self_evaluation_title(f.text);
  if (title == kNone || f.kind.excerpt()) return;  // sections beyond an excerpt's ends are not missing
  // Only a whole report: an excerpt (no run of first-level headings) is not judged on what it lacks.
  std::size_t top = 0;
  for (const auto& h : f.doc.headings) top += h.style == MarkerStyle::HanComma || h.style == MarkerStyle::Part;
  if (top < 3) return;
  for (const auto& s : required_sections()) {
    if (section_present(f, s)) continue;
    Finding fd = make_finding("R74",
        {std::string("自评报告缺少“") + s.zh + "”部分", std::string("The self-evaluation report has no section on ") + s.en},
        {{title, title + 4, true}});
    fd.hint = {std::string("按部门整体（项目）支出绩效自评报告的提纲补充“") + s.zh + "”",
               std::string("Add the section on ") + s.en + " required by the self-evaluation outline"};
    out.findings.push_back(std::move(fd));
  }
}

// ---- R75: attachments listed but not included ----------------------------------------------------
struct Attachment {
  std::size_t start = 0, end = 0;  // the name
  std::string name;
};

// "附件：1. 部门整体支出绩效评价基础数据表\n\n2. …": the numbered names after 附件, to the end of the list.
std::vector<Attachment> attachment_list(const Text& t, std::size_t& list_end) {
  Str all(t.chars());
  std::vector<Attachment> out;
  std::size_t at = Str::npos;
  for (std::size_t p = all.find(kAttachment); p != Str::npos; p = all.find(kAttachment, p + 2)) {
    bool line_start = p == 0 || all[p - 1] == U'\n';
    if (line_start && p + 2 < all.size() && (all[p + 2] == U'：' || all[p + 2] == U':')) at = p + 3;
  }
  if (at == Str::npos) return out;
  std::size_t i = at;
  int want = 1;
  list_end = at;
  while (i < all.size()) {
    while (i < all.size() && (chars::is_space(all[i]) || all[i] == U'\n')) ++i;
    if (want == 1 && i < all.size() && !chars::is_digit(all[i])) {  // "附件：项目支出绩效自评表": one, unnumbered
      std::size_t e = i;
      while (e < all.size() && all[e] != U'\n' && e - i <= kMaxAttachmentName) ++e;
      std::size_t te = e;
      while (te > i && (chars::is_space(all[te - 1]) || all[te - 1] == U'；' || all[te - 1] == U'。')) --te;
      bool named = false;  // a document's name, not a sentence ("附件：详见…")
      for (Str w : kAttachmentNameEnds) named |= te - i > w.size() && all.substr(te - w.size(), w.size()) == w;
      if (named && (e >= all.size() || all[e] == U'\n')) {
        out.push_back({i, te, t.utf8(i, te)});
        list_end = e;
      }
      break;
    }
    if (i >= all.size() || !chars::is_digit(all[i]) || chars::digit_value(all[i]) != want) break;
    std::size_t b = i + 1;
    if (b < all.size() && (all[b] == U'.' || all[b] == U'．' || all[b] == U'、')) ++b;
    while (b < all.size() && chars::is_space(all[b])) ++b;
    std::size_t e = b;
    while (e < all.size() && all[e] != U'\n' && !(chars::is_digit(all[e]) && e + 1 < all.size() &&
                                                   (all[e + 1] == U'.' || all[e + 1] == U'．' || all[e + 1] == U'、')))
      ++e;
    std::size_t te = e;
    while (te > b && (chars::is_space(all[te - 1]) || all[te - 1] == U'；' || all[te - 1] == U'。')) --te;
    if (te <= b) break;
    out.push_back({b, te, t.utf8(b, te)});
    list_end = e;
    i = e;
    ++want;
  }
  return out;
}

void attachments(const Facts& f, DocumentResult& out) {
  std::size_t list_end = 0;
  auto list = attachment_list(f.text, list_end);
  if (list.empty()) return;
  Str all(f.text.chars());
  bool table_after = false;
  for (const auto& tb : f.doc.tables) table_after |= tb.start >= list_end;
  if (table_after) return;
  std::vector<const Attachment*> missing;
  for (const auto& a : list)
    if (all.find(all.substr(a.start, a.end - a.start), list_end) == Str::npos) missing.push_back(&a);
  if (missing.empty()) return;
  std::string names;
  bool score_table = false;
  std::vector<Span> spans;
  for (const auto* a : missing) {
    if (!names.empty()) names += "、";
    names += "“" + a->name + "”";
    score_table |= from_utf8_lossy(a->name).find(kScoreTable) != Str::npos;
    spans.push_back({a->start, a->end, spans.empty()});
  }
  std::string n = std::to_string(missing.size());
  Finding fd = make_finding("R75",
      {"列出的" + n + "个附件未随报告附上：" + names, n + " listed attachment(s) are not included: " + names}, spans);
  if (score_table)
    fd.hint = {"没有自评表，自评得分无法按指标逐项核对", "Without the 自评表 the score cannot be checked indicator by indicator"};
  out.findings.push_back(std::move(fd));
}

// ---- R95: money in the narrative, absent from the accounts --------------------------------------
// Sections whose heading names money are "accounts"; the rest (achievements, problems) is narrative.

bool heading_or_parent_has(const Facts& f, std::size_t h, const std::vector<Str>& words) {
  Str all(f.text.chars());
  for (std::size_t i = h; i != kNone; i = f.doc.headings[i].parent) {
    const auto& hd = f.doc.headings[i];
    Str title = all.substr(hd.start, hd.end - hd.start);
    for (Str w : words)
      if (contains(title, w)) return true;
  }
  return false;
}

void narrative_money(const Facts& f, DocumentResult& out) {
  std::vector<Decimal> accounts;
  std::vector<const Quantity*> narrative;
  std::vector<int> kind(f.doc.headings.size(), -1);  // per heading: 1 accounts, 0 narrative, 2 background
  for (std::size_t h = 0; h < f.doc.headings.size(); ++h)
    kind[h] = heading_or_parent_has(f, h, account_words()) ? 1 : heading_or_parent_has(f, h, background_words()) ? 2 : 0;
  for (const auto& q : f.quantities) {
    if (q.kind() != UnitKind::Money || !q.unit || q.unit->contextual) continue;
    bool table = f.in_table(q.start);
    std::size_t h = f.section_of(q.start);
    int k = table ? 1 : (h == kNone ? 2 : kind[h]);
    if (k == 1) accounts.push_back(q.normalized());
    else if (k == 0) narrative.push_back(&q);
  }
  if (accounts.size() < 3 || narrative.empty()) return;
  std::sort(accounts.begin(), accounts.end());  // searched once per narrative amount
  std::vector<const Quantity*> absent;
  std::set<std::string> seen;
  for (const Quantity* q : narrative) {
    bool found = std::binary_search(accounts.begin(), accounts.end(), q->normalized());
    if (found || !seen.insert(q->text).second) continue;
    absent.push_back(q);
  }
  if (absent.empty()) return;
  std::string list;
  std::vector<Span> spans;
  for (std::size_t i = 0; i < absent.size(); ++i) {
    // A one-character "label" is a stray word ("还有9972.9万元" → 还), not a name.
    const std::string& label = absent[i]->label.size() > 3 ? absent[i]->label : std::string();
    if (i < 6) list += (i ? "、" : "") + label + absent[i]->text;
    spans.push_back(span_of(*absent[i], i == 0));
  }
  if (absent.size() > 6) list += "等";
  std::string n = std::to_string(absent.size());
  Finding fd = make_finding("R95",
      {"正文提及的" + n + "笔资金未见于收支情况部分，无法与决算数据勾稽：" + list,
       n + " amount(s) named in the narrative appear nowhere in the accounts sections: " + list},
      spans);
  fd.hint = {"核对这些资金的来源和去向是否已计入部门收支；已计入的，可注明所属的收支科目",
             "Check that these funds are part of the department's accounts, and say under which item"};
  out.findings.push_back(std::move(fd));
}

// ---- R17: disbursement far ahead of physical progress ------------------------------------------

std::pair<std::size_t, std::size_t> paragraph_of(Str all, std::size_t at) {
  std::size_t b = all.rfind(U'\n', at);
  b = b == Str::npos ? 0 : b + 1;
  std::size_t e = all.find(U'\n', at);
  return {b, e == Str::npos ? all.size() : e};
}

std::pair<std::size_t, std::size_t> clause_of(Str all, std::size_t at) {
  std::size_t b = at, e = at;
  while (b > 0 && !chars::is_sentence_end(all[b - 1]) && all[b - 1] != U'，' && all[b - 1] != U'\n') --b;
  while (e < all.size() && !chars::is_sentence_end(all[e]) && all[e] != U'，' && all[e] != U'\n') ++e;
  return {b, e};
}

// Four Han characters of `name` that also stand in `clause` (project names vary: "正骨医院项目" vs
// "中医正骨医院改扩建项目").
bool shares_name(Str name, Str clause) {
  for (std::size_t i = 0; i + 4 <= name.size(); ++i) {
    Str w = name.substr(i, 4);
    if (std::all_of(w.begin(), w.end(), chars::is_han) && clause.find(w) != Str::npos) return true;
  }
  return false;
}

void disbursement_vs_progress(const Facts& f, DocumentResult& out) {
  Str all(f.text.chars());
  // 1. Investments: a 总投资 figure whose paragraph puts the project at an early stage.
  struct Investment {
    std::size_t q;
    Str name;
    std::size_t pb, stage_at;
    Str stage_word;
  };
  std::vector<Investment> invs;  // in text order
  // The clause around a number, with where 总投资 and 拨付 first stand in it: read once per clause
  // (the numbers come in text order), not once per number — a clause can be a megabyte long.
  struct Clause {
    std::size_t b = 1, e = 0, total_at = Str::npos;
    bool disbursed = false;
  } cl;
  auto clause_at = [&](std::size_t at) -> const Clause& {
    if (at >= cl.b && at < cl.e) return cl;
    auto [b, e] = clause_of(all, at);
    Str c = all.substr(b, e - b);
    std::size_t t = c.find(kTotalInvestment);
    cl = {b, e, t == Str::npos ? Str::npos : b + t, c.find(kDisbursed) != Str::npos};
    return cl;
  };
  for (std::size_t qi = 0; qi < f.quantities.size(); ++qi) {
    const Quantity& inv = f.quantities[qi];
    if (inv.kind() != UnitKind::Money || !inv.exact() || inv.value.is_zero()) continue;
    const Clause& ic = clause_at(inv.start);
    std::size_t cb = ic.b;
    Str clause = all.substr(cb, inv.start - cb);
    // (The first 总投资 of the clause, if it stands before the number.)
    if (ic.total_at == Str::npos || ic.total_at + 3 > inv.start) continue;
    std::size_t ti = ic.total_at - cb;
    // The project's name: the clause before 总投资, without its trailing 项目.
    Str name = clause.substr(0, ti);
    while (!name.empty() && (name.back() == U'项' || name.back() == U'目' || name.back() == U'的')) name.remove_suffix(1);
    if (name.size() < 4) continue;
    auto [pb, pe] = paragraph_of(all, inv.start);
    Str para = all.substr(pb, pe - pb);
    std::size_t stage_at = Str::npos;
    Str stage_word;
    for (Str w : early_stage_words()) {
      std::size_t p = para.find(w);
      if (p != Str::npos && (stage_at == Str::npos || p < stage_at)) { stage_at = p; stage_word = w; }
    }
    bool finished = false;
    for (Str w : finished_words()) finished |= para.find(w) != Str::npos;
    if (stage_at == Str::npos || finished) continue;
    invs.push_back({qi, name, pb, stage_at, stage_word});
  }
  if (invs.empty()) return;
  // 2. Each disbursement (拨付, naming the project, ≥ 50% of it) goes with the nearest such
  // investment — one finding per payment. (Pairing every payment with every investment was
  // quadratic, in time and in findings, on a report pasted twice.) Only the 64 nearest
  // investments on either side are tried.
  constexpr std::size_t kTry = 64;
  std::vector<std::pair<std::size_t, std::size_t>> found;  // (investment, payment)
  for (std::size_t pi = 0; pi < f.quantities.size(); ++pi) {
    const Quantity& pay = f.quantities[pi];
    if (pay.kind() != UnitKind::Money || !pay.exact()) continue;
    const Clause& pc = clause_at(pay.start);
    if (!pc.disbursed) continue;
    Str pclause = all.substr(pc.b, pc.e - pc.b);
    auto fits = [&](const Investment& iv) {
      const Quantity& inv = f.quantities[iv.q];
      if (iv.q == pi || !shares_name(iv.name, pclause)) return false;
      Decimal share = (pay.normalized() * Decimal::from_int(100)).div_floor(inv.normalized());
      return !(share < Decimal::from_int(50));
    };
    std::size_t at = static_cast<std::size_t>(
        std::partition_point(invs.begin(), invs.end(),
                             [&](const Investment& iv) { return f.quantities[iv.q].start < pay.start; }) -
        invs.begin());
    std::size_t best = kNone, best_dist = 0;
    for (std::size_t k = at, n = 0; k-- > 0 && n < kTry; ++n)  // before the payment, nearest first
      if (fits(invs[k])) { best = k; best_dist = pay.start - f.quantities[invs[k].q].start; break; }
    for (std::size_t k = at, n = 0; k < invs.size() && n < kTry; ++k, ++n)  // after it
      if (fits(invs[k])) {
        std::size_t d = f.quantities[invs[k].q].start - pay.start;
        if (best == kNone || d < best_dist) best = k;
        break;
      }
    if (best != kNone) found.emplace_back(best, pi);
  }
  std::sort(found.begin(), found.end());
  for (const auto& [ii, pi] : found) {
    const Investment& iv = invs[ii];
    const Quantity& inv = f.quantities[iv.q];
    const Quantity& pay = f.quantities[pi];
    std::size_t pb = iv.pb, stage_at = iv.stage_at;
    Str stage_word = iv.stage_word;
    Decimal share = (pay.normalized() * Decimal::from_int(100)).div_floor(inv.normalized());
    {
      std::string pct = share.to_string(2);
      std::string stage = f.text.utf8(pb + stage_at, pb + stage_at + stage_word.size());
      Finding fd = make_finding("R17",
          {"已拨付" + pay.text + "，占项目总投资" + inv.text + "的" + pct + "%，而项目仍处于“" + stage +
               "”阶段：资金可能只是拨付到了项目单位，并未形成实际支出",
           pay.text + " was disbursed, " + pct + "% of the project's total investment of " + inv.text +
               ", while the project is still at the \"" + stage + "\" stage: the money may only have been transferred"},
          {span_of(pay, true), span_of(inv, false), {pb + stage_at, pb + stage_at + stage_word.size(), false}});
      fd.hint = {"核实该笔资金是否已实际使用；仅拨付至指挥部、代建单位的，不宜按已支出评价执行率",
                 "Check whether the money was actually spent; a transfer to a project office is not spending"};
      out.findings.push_back(std::move(fd));
    }
  }
}

}  // namespace

void check_completeness(const Facts& f, DocumentResult& out) {
  required(f, out);
  attachments(f, out);
  narrative_money(f, out);
  disbursement_vs_progress(f, out);
}

}  // namespace gouji
