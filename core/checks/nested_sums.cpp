// R01 on what a breakdown's items qualify in brackets: "一批总投资3374.3万元（其中建筑工程3292万元），
// 二批…（其中建筑工程1975.775万元），…，合计总投资6222.4万元（其中建筑工程6025.215万元）" — when
// the total and every part each carry a bracketed figure of the same name, those figures form a
// breakdown of their own: the parts' add up to the total's.
#include <algorithm>

#include "checks/check.h"
#include "checks/rule_table.h"
#include "facts/rates.h"
#include "lexicon/lexicon.h"
#include "text/chars.h"

namespace gouji {
namespace {

constexpr std::size_t kNameMax = 24;  // a bracketed figure's name is short

// The figure right after quantity i inside a bracket opened just after it ("X万元（其中Y Z万元）"),
// with the name it is given (Y, 其中/含 dropped); kNone when there is none.
std::size_t bracketed(const Facts& f, std::size_t i, std::u32string& name) {
  const auto& qs = f.quantities;
  const std::u32string& s = f.text.chars();
  if (i + 1 >= qs.size()) return kNone;
  std::size_t k = i + 1, at = qs[i].end;
  while (at < s.size() && at < qs[k].start && chars::is_space(s[at])) ++at;
  if (at >= s.size() || (s[at] != U'（' && s[at] != U'(')) return kNone;
  ++at;
  if (qs[k].start < at || qs[k].start - at > kNameMax) return kNone;
  std::size_t from = at;
  if (const lex::Entry* e = lex::match_at(s, at, lex::Cls::List); e && e->value == lex::Intro) from += e->word.size();
  name.clear();
  for (std::size_t p = from; p < qs[k].start; ++p) {
    if (s[p] == U'，' || s[p] == U',' || s[p] == U'；' || s[p] == U'。' || s[p] == U'）' || s[p] == U')') return kNone;
    if (!chars::is_space(s[p])) name.push_back(s[p]);
  }
  if (name.size() < 2 || qs[k].kind() != qs[i].kind() || !qs[k].exact()) return kNone;
  return k;
}

}  // namespace

void check_nested_sums(const Facts& f, DocumentResult& out) {
  const auto& qs = f.quantities;
  for (const Breakdown& b : f.breakdowns) {
    if (b.parts.size() < 2) continue;
    std::u32string name, other;
    std::size_t tk = bracketed(f, b.total, name);
    if (tk == kNone) continue;
    std::vector<std::size_t> ks;
    for (std::size_t p : b.parts) {
      std::size_t k = bracketed(f, p, other);
      if (k == kNone || other != name) break;
      ks.push_back(k);
    }
    if (ks.size() != b.parts.size()) continue;
    const Quantity& t = qs[tk];
    Interval sum = Interval::exact(Decimal{});
    Decimal point;
    std::string terms;
    int dec = effective_decimals(t, f.precision);
    std::vector<Span> spans = {span_of(t, true)};
    for (std::size_t k : ks) {
      sum = sum + stated_interval(qs[k], f.precision);
      point = point + qs[k].normalized();
      terms += (terms.empty() ? "" : "+") + qs[k].value.to_string();
      dec = std::max(dec, effective_decimals(qs[k], f.precision));
      spans.push_back(span_of(qs[k], false));
    }
    std::string unit = t.unit ? to_utf8(t.unit->text) : "";
    std::string sum_s = format_in_unit(point, t, dec);
    bool ok = sum.overlaps(stated_interval(t, f.precision));
    std::string what = to_utf8(name);
    out.checked.push_back({"R01", what + "：" + terms + " = " + sum_s + unit + "（报告" + t.text + "）",
                           point == t.normalized() ? "consistent" : ok ? "rounding" : "inconsistent", spans});
    if (ok) continue;
    Finding fd = make_finding("R01",
                              {"各项所含“" + what + "”之和为" + sum_s + unit + "（" + terms + "），合计所含为" + t.text,
                               "The parts' " + what + " add up to " + sum_s + unit + " (" + terms + "), the total's is " + t.text},
                              std::move(spans));
    fd.expected = sum_s + unit;
    fd.actual = t.text;
    out.findings.push_back(std::move(fd));
  }
}

}  // namespace gouji
