#include "facts/breakdown.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "text/chars.h"

namespace gouji {
namespace {

using namespace chars;
using Str = std::u32string_view;
constexpr std::size_t kNoIndex = static_cast<std::size_t>(-1);

// Words that introduce the parts of the figure just stated.
const std::array<Str, 6> kTriggers = {U"其中", U"包括", U"分别为", U"分别是", U"包含", U"具体为"};

// Labels that end the list of parts: they are stated next to the parts but are not components
// (a carry-over or a distribution appended to an expenditure list, an "另有" aside).
const std::array<Str, 12> kNotPartLabels = {
    U"年末结转", U"年初结转", U"上年结转", U"结余分配", U"收支结余", U"另有", U"此外",
    U"使用非财政拨款结余", U"结转结余", U"结转和结余", U"与上年", U"同比"};

bool label_has(const Quantity& q, Str w) {
  std::u32string l = from_utf8_lossy(q.label);
  return Str(l).find(w) != Str::npos;
}

bool not_a_part(const Quantity& q) {
  for (Str w : kNotPartLabels)
    if (label_has(q, w)) return true;
  return false;
}

// Only punctuation/space between the total and the trigger ("…0万元，其中…").
bool adjacent(Str s, std::size_t from, std::size_t to) {
  if (to < from || to - from > 3) return false;
  for (std::size_t k = from; k < to; ++k)
    if (!(is_clause_sep(s[k]) || is_space(s[k]))) return false;
  return true;
}

std::size_t sentence_end(Str s, std::size_t from) {
  while (from < s.size() && !is_sentence_end(s[from])) ++from;
  return from;
}

// "…项目支出7196.27万元。项目支出中，A 6180.49万元，B 1015.78万元。": a sentence opening with
// "<label>中，" breaks down the figure stated just before under that label (same paragraph).
void find_referenced_breakdowns(const Text& text, const std::vector<Quantity>& qs, std::vector<Breakdown>& out) {
  Str s(text.chars());
  const bool ends_sorted =
      std::is_sorted(qs.begin(), qs.end(), [](const Quantity& x, const Quantity& y) { return x.end < y.end; });
  for (std::size_t i = 1; i + 2 < s.size(); ++i) {
    if (s[i] != U'中' || !(s[i + 1] == U'，' || s[i + 1] == U'：' || s[i + 1] == U',' || s[i + 1] == U':')) continue;
    std::size_t b = i;  // start of the referenced label: back to the sentence start
    while (b > 0 && !is_sentence_end(s[b - 1]) && i - b < 16) --b;
    if (b == i || (b > 0 && !is_sentence_end(s[b - 1]))) continue;
    std::u32string ref(s.substr(b, i - b));
    // The total: the last quantity before the sentence, in the same paragraph, whose label ends
    // with the referenced phrase.
    // Read backwards from the sentence, and only within its paragraph: a match further back
    // would fail the paragraph test anyway (reading every number before every "…中，" was
    // quadratic on a long report).
    auto names_ref = [&](const Quantity& q) {
      std::u32string lab = from_utf8_lossy(q.label);
      return lab.size() >= ref.size() && Str(lab).substr(lab.size() - ref.size()) == Str(ref) && q.exact() &&
             q.kind() != UnitKind::None && !is_rate(q.kind());
    };
    std::size_t total = kNoIndex;
    if (ends_sorted) {
      std::size_t upto = static_cast<std::size_t>(  // qs[0, upto): the numbers before the sentence
          std::partition_point(qs.begin(), qs.end(), [b](const Quantity& q) { return q.end <= b; }) - qs.begin());
      std::size_t para = b;  // no line break in [para, b)
      for (std::size_t qi = upto; qi-- > 0;) {
        while (para > qs[qi].end && s[para - 1] != U'\n') --para;
        if (para > qs[qi].end) break;  // a line break after this number: another paragraph
        if (names_ref(qs[qi])) { total = qi; break; }
      }
    } else {
      for (std::size_t qi = 0; qi < qs.size() && qs[qi].end <= b; ++qi)
        if (names_ref(qs[qi])) total = qi;
      if (total != kNoIndex)
        for (std::size_t k = qs[total].end; k < b; ++k)
          if (s[k] == U'\n') { total = kNoIndex; break; }
    }
    if (total == kNoIndex) continue;
    Breakdown br;
    br.total = total;
    br.trigger_start = b;
    br.trigger_end = i + 1;
    std::size_t end = sentence_end(s, i + 1);
    for (std::size_t pj = total + 1; pj < qs.size() && qs[pj].start < end; ++pj) {
      if (qs[pj].start < i || qs[pj].kind() != qs[total].kind()) continue;
      if (not_a_part(qs[pj])) { br.excluded.push_back(pj); continue; }
      br.parts.push_back(pj);
    }
    if (br.parts.size() >= 2) out.push_back(std::move(br));
  }
}

}  // namespace

std::vector<Breakdown> find_breakdowns(const Text& text, const std::vector<Quantity>& qs) {
  Str s(text.chars());
  std::vector<Breakdown> out;
  for (std::size_t qi = 0; qi < qs.size(); ++qi) {
    const Quantity& total = qs[qi];
    if (total.kind() == UnitKind::None || is_rate(total.kind()) || !total.exact()) continue;
    // Find a trigger right after the total; "3.6万元（其中：…）" lists the parts in brackets.
    std::size_t k = total.end;
    bool bracketed = k < s.size() && (s[k] == U'（' || s[k] == U'(');
    if (bracketed) ++k;
    while (!bracketed && k < s.size() && (is_clause_sep(s[k]) || is_space(s[k])) && k - total.end < 3) ++k;
    Str trig;
    for (Str t : kTriggers)
      if (starts_with(s, k, t)) { trig = t; break; }
    if (trig.empty() || (!bracketed && !adjacent(s, total.end, k))) continue;
    Breakdown b;
    b.total = qi;
    b.trigger_start = k;
    b.trigger_end = k + trig.size();
    std::size_t end = sentence_end(s, b.trigger_end);
    if (bracketed) {  // up to the closing bracket
      std::size_t close = b.trigger_end;
      while (close < end && s[close] != U'）' && s[close] != U')') ++close;
      end = close;
    }
    bool closed = false;
    int depth = 0;  // brackets opened since the trigger: what stands inside is a part's own detail
    std::size_t scanned = b.trigger_end;
    for (std::size_t pj = qi + 1; pj < qs.size() && qs[pj].start < end; ++pj) {
      const Quantity& p = qs[pj];
      for (; scanned < p.start; ++scanned) {
        if (s[scanned] == U'（' || s[scanned] == U'(') ++depth;
        else if ((s[scanned] == U'）' || s[scanned] == U')') && depth > 0) --depth;
      }
      if (p.kind() != total.kind()) continue;  // rates, other units: commentary, not parts
      if (depth > 0) continue;  // "…3.6万元（其中：购置费0万元，运行维护费3.6万元）"
      if (pj <= qi) continue;
      // A nested "其中" after a part introduces sub-parts of that part: skip them.
      bool nested = false;
      for (Str t : kTriggers) {
        std::size_t lb = p.label_start;
        std::u32string lab(s.substr(lb > 3 ? lb - 3 : 0, p.start - (lb > 3 ? lb - 3 : 0)));
        if (Str(lab).find(t) != Str::npos && pj != qi + 1 && p.start > b.trigger_end + 2) nested = true;
      }
      if (nested) break;
      if (closed || not_a_part(p)) {
        closed = true;
        b.excluded.push_back(pj);
        continue;
      }
      b.parts.push_back(pj);
    }
    if (b.parts.size() >= 2) out.push_back(std::move(b));
  }
  find_referenced_breakdowns(text, qs, out);
  return out;
}

}  // namespace gouji
