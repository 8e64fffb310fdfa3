#include "facts/breakdown.h"

#include <array>
#include <string_view>

#include "text/chars.h"

namespace gouji {
namespace {

using namespace chars;
using Str = std::u32string_view;

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

}  // namespace

std::vector<Breakdown> find_breakdowns(const Text& text, const std::vector<Quantity>& qs) {
  Str s(text.chars());
  std::vector<Breakdown> out;
  for (std::size_t qi = 0; qi < qs.size(); ++qi) {
    const Quantity& total = qs[qi];
    if (total.kind() == UnitKind::None || is_rate(total.kind()) || !total.exact()) continue;
    // Find a trigger right after the total.
    std::size_t k = total.end;
    while (k < s.size() && (is_clause_sep(s[k]) || is_space(s[k])) && k - total.end < 3) ++k;
    Str trig;
    for (Str t : kTriggers)
      if (starts_with(s, k, t)) { trig = t; break; }
    if (trig.empty() || !adjacent(s, total.end, k)) continue;
    Breakdown b;
    b.total = qi;
    b.trigger_start = k;
    b.trigger_end = k + trig.size();
    std::size_t end = sentence_end(s, b.trigger_end);
    bool closed = false;
    for (std::size_t pj = qi + 1; pj < qs.size() && qs[pj].start < end; ++pj) {
      const Quantity& p = qs[pj];
      if (p.kind() != total.kind()) continue;  // rates, other units: commentary, not parts
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
  return out;
}

}  // namespace gouji
