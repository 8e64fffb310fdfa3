// R01 / R61 / R63: a stated total must equal the sum of the parts listed after 其中/包括/分别为,
// within the rounding of the written numbers (interval arithmetic, §2.1).
#include <algorithm>

#include "checks/check.h"
#include "checks/rule_table.h"

namespace gouji {
namespace {

// Which catalogue rule a breakdown falls under, by what it counts.
std::string_view rule_for(UnitKind k) {
  switch (k) {
    case UnitKind::Persons: case UnitKind::Institutions: case UnitKind::Count: return "R61";
    case UnitKind::Incidents: case UnitKind::Cases: return "R63";
    default: return "R01";
  }
}

}  // namespace

void check_breakdown_sums(const Facts& f, DocumentResult& out) {
  for (const auto& b : f.breakdowns) {
    const Quantity& total = f.quantities[b.total];
    bool all_exact = std::all_of(b.parts.begin(), b.parts.end(), [&](std::size_t i) { return f.quantities[i].exact(); });
    if (!all_exact) continue;  // 约/余/以上 figures are bounds, never part of an exact sum (R93)

    Interval sum{}, stated = stated_interval(total, f.precision);
    Decimal point_sum{};
    int decimals = effective_decimals(total, f.precision);
    std::string parts_text;
    for (std::size_t i : b.parts) {
      const Quantity& p = f.quantities[i];
      sum = sum + stated_interval(p, f.precision);
      point_sum = point_sum + p.normalized();
      if (p.unit == total.unit) decimals = std::max(decimals, effective_decimals(p, f.precision));
      if (!parts_text.empty()) parts_text += "+";
      parts_text += p.value.to_string() + (p.unit == total.unit ? "" : std::string(to_utf8(p.unit->text)));
    }
    Decimal delta = total.normalized() - point_sum;
    if (delta.is_zero()) continue;

    std::string rule(rule_for(total.kind()));
    const RuleInfo& info = rule_info(rule);
    std::string unit = to_utf8(total.unit->text);
    std::string sum_s = format_in_unit(point_sum, total, decimals);
    std::string total_s = total.value.to_string();  // as written: "0", not "0.00"
    std::string delta_s = format_in_unit(delta.abs(), total, decimals);

    Finding fd;
    fd.rule = rule;
    fd.spans.push_back(span_of(total, true));
    for (std::size_t i : b.parts) fd.spans.push_back(span_of(f.quantities[i], false));
    fd.expected = sum_s + unit;
    fd.actual = total_s + unit;

    if (sum.overlaps(stated)) {
      fd.severity = Severity::Info;
      fd.message = {"尾差：各项之和为" + sum_s + unit + "（" + parts_text + "），报告合计" + total_s + unit +
                        "，相差" + delta_s + unit + "，在四舍五入误差范围内",
                    "Rounding difference: the parts add up to " + sum_s + unit + " (" + parts_text +
                        "), the stated total is " + total_s + unit + ", off by " + delta_s + unit +
                        ", within rounding"};
      out.findings.push_back(std::move(fd));
      continue;
    }
    fd.severity = info.severity;
    fd.message = {"合计应为" + sum_s + unit + "（" + parts_text + "），报告为" + total_s + unit,
                  "The parts add up to " + sum_s + unit + " (" + parts_text + ") but the total is stated as " +
                      total_s + unit};
    // Explain the gap: the difference equals another figure stated nearby (same paragraph;
    // typically a carry-over the total includes). Then it is a label problem, not an error.
    std::size_t line = f.text.line_col(total.start).line;
    for (std::size_t i = 0; i < f.quantities.size(); ++i) {
      const Quantity& x = f.quantities[i];
      if (i == b.total || x.kind() != total.kind() || !x.exact() || x.value.is_zero() ||
          std::find(b.parts.begin(), b.parts.end(), i) != b.parts.end() ||
          f.text.line_col(x.start).line != line)
        continue;
      Interval gap = stated - sum;
      Interval xi = stated_interval(x, f.precision);
      Interval neg{-xi.hi, -xi.lo};
      if (gap.overlaps(xi) || gap.overlaps(neg)) {
        fd.spans.push_back(span_of(x, false));
        fd.severity = Severity::Warning;
        fd.hint = {"差额" + delta_s + unit + "与“" + x.label + "”" + x.text + "相当：合计可能包含了该项，标签应为“总计”",
                   "The difference " + delta_s + unit + " matches \"" + x.label + "\" " + x.text +
                       ": the total seems to include it; it should be labelled as a grand total"};
        break;
      }
    }
    out.findings.push_back(std::move(fd));
  }
}

}  // namespace gouji
