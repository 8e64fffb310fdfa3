// R01 / R61 / R63: a stated total must equal the sum of the parts listed after 其中/包括/分别为,
// within the rounding of the written numbers (interval arithmetic, §2.1).
#include <algorithm>

#include "checks/check.h"
#include "checks/rule_table.h"
#include "facts/rates.h"
#include "lexicon/classification_words.h"
#include "lexicon/lexicon.h"
#include "text/chars.h"
#include "lexicon/enumeration_words.h"

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

// 其中 often names only the notable parts ("医疗机构326家，其中县级医院5家、乡镇卫生院24家";
// "项目支出2100.30万元，其中：农田建设1500万元，动物防疫200万元"). A shortfall is an error only
// when the list reads as complete: every part is a class of a standard classification (income
// sources, 基本/项目, economic and functional classes, 三公 items, 本级/二级 …), or a catch-all
// part (其他/其余) closes it. Parts that add up to MORE than the total are an error either way.
const std::vector<std::u32string_view>& classification_words() {
  static const std::vector<std::u32string_view> w(std::begin(lex::classification::kClassWords),
                                                   std::end(lex::classification::kClassWords));
  return w;
}

bool contains(const std::u32string& s, std::u32string_view w) { return s.find(w) != std::u32string::npos; }

bool closed_list(const Facts& f, const Breakdown& b) {
  if (b.complete_by_sibling) return true;  // the same items reconcile in the sibling list
  if (b.classification) return true;       // 按…划分: every class of the whole is listed
  // "会议费2.40万元、培训费6.15万元，合计9.55万元": a total written after its parts says they are
  // all of it — unless a 等 left the list open before it, or the list was read only back to
  // another figure (a change amount) that may hide earlier parts.
  if (b.after && !b.after_cut && !b.parts.empty()) {
    bool open = false;
    for (std::size_t i = f.quantities[b.parts.back()].end; i < f.quantities[b.total].start; ++i)
      open |= f.text.at(i) == lex::enumerations::kEtc;
    if (!open) return true;
  }
  bool all_classes = true;
  for (std::size_t i : b.parts) {
    std::u32string l = from_utf8_lossy(f.quantities[i].label);
    for (std::u32string_view w : lex::classification::kCatchAll)
      if (contains(l, w)) return true;
    bool cls = false;
    for (auto w : classification_words()) cls |= contains(l, w);
    all_classes &= cls;
  }
  return all_classes;
}

bool prefix_closes_at_clause(const Facts& f, const Breakdown& b, const Interval& stated) {
  Interval sum{};
  for (std::size_t k = 0; k + 1 < b.parts.size(); ++k) {
    const Quantity& p = f.quantities[b.parts[k]];
    sum = sum + stated_interval(p, f.precision);
    if (!sum.overlaps(stated)) continue;
    for (std::size_t i = p.end; i < f.quantities[b.parts[k + 1]].start; ++i)
      if (f.text.at(i) == U'，' || f.text.at(i) == U'；' || f.text.at(i) == U',' || f.text.at(i) == U';') return true;
  }
  return false;
}

// "投诉89起、纠纷30起，其中协商解决60起，调解成功29起": the parts add up to another figure of the
// sentence — the 其中 belongs to that one. Returns its index, or kNone.
std::size_t other_parent(const Facts& f, const Breakdown& b, const Interval& sum) {
  const Quantity& total = f.quantities[b.total];
  std::size_t line = f.text.line_col(total.start).line;
  for (std::size_t i = b.total; i-- > 0;) {  // back to the paragraph start only
    const Quantity& x = f.quantities[i];
    if (f.text.line_col(x.start).line != line) break;
    if (x.kind() != total.kind() || !x.exact()) continue;
    if (stated_interval(x, f.precision).overlaps(sum)) return i;
  }
  return kNone;
}

template <typename Words>
bool names_any(const std::string& label, const Words& words) {
  std::u32string l = from_utf8_lossy(label);
  for (std::u32string_view w : words)
    if (contains(l, w)) return true;
  return false;
}

// The reading of a list that does not fit its total: without its trailing retired part when no
// part is the serving staff — "62人，其中高级职称4人…中级工1人，退休职工28人" reads the 职称 and
// 岗位 parts; the retired are beside them. (A fitting reading is never replaced.)
const Breakdown& reading_of(const Facts& f, const Breakdown& b, Breakdown& trimmed) {
  namespace cw = lex::classification;
  const Quantity& total = f.quantities[b.total];
  if (b.parts.size() < 3 || names_any(total.label, cw::kRetiredParts)) return b;
  std::size_t keep = b.parts.size();
  while (keep > 0 && names_any(f.quantities[b.parts[keep - 1]].label, cw::kRetiredParts)) --keep;
  if (keep == b.parts.size() || keep < 2) return b;
  for (std::size_t k = 0; k < keep; ++k)
    if (names_any(f.quantities[b.parts[k]].label, cw::kServingParts)) return b;
  Interval sum{};
  for (std::size_t i : b.parts) sum = sum + stated_interval(f.quantities[i], f.precision);
  if (sum.overlaps(stated_interval(total, f.precision))) return b;
  trimmed = b;
  trimmed.parts.resize(keep);
  return trimmed;
}

}  // namespace

// The change a figure's own statement states for it ("X元，占…%，同比减少Y元，下降z%"): the first
// change amount of its kind after it, before `limit` (the next part, or the list's trigger).
std::size_t change_of(const Facts& f, std::size_t q, std::size_t limit) {
  const Statements& st = f.statements;
  if (q >= st.number_of.size() || st.number_of[q] == kNone) return kNone;
  for (std::size_t n = st.number_of[q] + 1, steps = 0; n < st.numbers.size() && steps < 6; ++n, ++steps) {
    const FrameNumber& x = st.numbers[n];
    const Quantity& c = f.quantities[x.q];
    if (c.start >= limit) break;
    if (c.kind() == f.quantities[q].kind() && x.role == NumRole::Level) break;  // the next figure's own
    if (x.role == NumRole::Change && c.kind() == f.quantities[q].kind() && c.exact() && x.dir != 0) return x.q;
  }
  return kNone;
}

// A list whose total and every part state their change against last year: the parts' changes
// add up to the total's (024 layout: "基本支出…同比减少4966.66元。其中：工资福利…同比增加…").
void check_breakdown_changes(const Facts& f, const Breakdown& b, DocumentResult& out) {
  std::size_t tc = change_of(f, b.total, b.after ? f.quantities[b.total].end + 400 : std::size_t(b.trigger_start));
  if (tc == kNone) return;
  Interval sum{};
  Decimal point{};
  std::string parts_text, parts_written;  // the message's, and the checked formula's (figures as written)
  std::vector<Span> spans = {span_of(f.quantities[tc], true)};
  for (std::size_t k = 0; k < b.parts.size(); ++k) {
    std::size_t limit = k + 1 < b.parts.size() ? std::size_t(f.quantities[b.parts[k + 1]].start) : f.quantities[b.parts[k]].end + 400;
    std::size_t c = change_of(f, b.parts[k], limit);
    // A part without its stated change (持平 in words, or nothing): change_sums.cpp adds those up.
    if (c == kNone) return;
    const Quantity& q = f.quantities[c];
    int sign = f.statements.number(c)->dir;
    Interval iv = stated_interval(q, f.precision);
    sum = sign > 0 ? sum + iv : Interval{sum.lo - iv.hi, sum.hi - iv.lo};
    point = sign > 0 ? point + q.normalized() : point - q.normalized();
    parts_text += (sign > 0 ? (parts_text.empty() ? "" : "+") : "−") + q.value.to_string();
    parts_written += (sign > 0 ? (parts_written.empty() ? "" : "+") : "−") + bare(q);
    spans.push_back(span_of(q, false));
  }
  const Quantity& t = f.quantities[tc];
  int tsign = f.statements.number(tc)->dir;
  Interval tiv = stated_interval(t, f.precision);
  Interval stated = tsign > 0 ? tiv : Interval{-tiv.hi, -tiv.lo};
  Decimal tpoint = tsign > 0 ? t.normalized() : Decimal{} - t.normalized();
  bool ok = sum.overlaps(stated);
  std::string unit = to_utf8(t.unit->text);
  int dec = effective_decimals(t, f.precision);
  std::string sum_s = format_in_unit(point, t, dec);
  out.checked.push_back({"R01", "Σ变动 " + parts_written + " = " + sum_s + unit + "（报告" + (tsign > 0 ? "" : "−") + bare(t) + unit + "）",
                         point == tpoint ? "consistent" : ok ? "rounding" : "inconsistent", spans});
  if (ok) return;
  Finding fd = make_finding("R01",
                            {"各项同比变动之和为" + sum_s + unit + "（" + parts_text + "），与合计的变动" + (tsign > 0 ? "增加" : "减少") +
                                 t.value.to_string() + unit + "不符",
                             "The parts' changes add up to " + sum_s + unit + " (" + parts_text + "), not the total's change of " +
                                 (tsign > 0 ? "+" : "−") + t.value.to_string() + unit},
                            spans);
  fd.expected = sum_s + unit;
  fd.actual = (tsign > 0 ? "" : "−") + t.value.to_string() + unit;
  out.findings.push_back(std::move(fd));
}

void check_breakdown_sums(const Facts& f, DocumentResult& out) {
  for (const auto& b : f.breakdowns) check_breakdown_changes(f, b, out);
  for (const auto& read : f.breakdowns) {
    Breakdown trimmed;
    const Breakdown& b = reading_of(f, read, trimmed);
    const Quantity& total = f.quantities[b.total];
    bool all_exact = std::all_of(b.parts.begin(), b.parts.end(), [&](std::size_t i) { return f.quantities[i].exact(); });
    if (!all_exact) continue;  // 约/余/以上 figures are bounds, never part of an exact sum (R93)

    Interval sum{}, stated = stated_interval(total, f.precision);
    Decimal point_sum{};
    int decimals = effective_decimals(total, f.precision);
    std::string parts_text, parts_written;  // the message's, and the checked formula's (figures as written)
    for (std::size_t i : b.parts) {
      const Quantity& p = f.quantities[i];
      sum = sum + stated_interval(p, f.precision);
      point_sum = point_sum + p.normalized();
      if (p.unit == total.unit) decimals = std::max(decimals, effective_decimals(p, f.precision));
      if (!parts_text.empty()) parts_text += "+";
      parts_text += p.value.to_string() + (p.unit == total.unit ? "" : std::string(to_utf8(p.unit->text)));
      if (!parts_written.empty()) parts_written += "+";
      parts_written += bare(p) + (p.unit == total.unit ? "" : std::string(to_utf8(p.unit->text)));
    }
    Decimal delta = total.normalized() - point_sum;
    {  // what was verified, for the reviewer: a list that falls short without being complete is not
      bool partial = point_sum < total.normalized() && !sum.overlaps(stated) && !closed_list(f, b);
      std::vector<Span> inputs = {span_of(total, true)};
      for (std::size_t i : b.parts) inputs.push_back(span_of(f.quantities[i], false));
      if (!partial)
        out.checked.push_back({std::string(rule_for(total.kind())),
                               parts_written + " = " + format_in_unit(point_sum, total, decimals) + to_utf8(total.unit->text) +
                                   "（报告" + bare(total) + to_utf8(total.unit->text) + "）",
                               delta.is_zero() ? "consistent" : sum.overlaps(stated) ? "rounding" : "inconsistent",
                               std::move(inputs)});
    }
    if (delta.is_zero()) continue;
    // "58人，其中在职人员45人、退休人员13人，遗属补助人员2人": the parts up to a clause break already
    // make the total; what follows the break is another category, not a part.
    if (prefix_closes_at_clause(f, b, stated)) continue;

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
    // R94: the written digits add up once the units are ignored ("1.5万元，其中5000元、1万元"
    // summed as 5000 + 1): the total was added without converting 元/万元.
    bool mixed = false;
    Decimal raw_sum{};
    for (std::size_t i : b.parts) {
      raw_sum = raw_sum + f.quantities[i].value;
      mixed |= f.quantities[i].unit != total.unit;
    }
    if (mixed && raw_sum == total.value) {
      fd.rule = "R94";
      fd.severity = rule_info("R94").severity;
      fd.message = {"合计应为" + sum_s + unit + "（" + parts_text + "），报告为" + total_s + unit + "：各项单位不同，数字未经换算直接相加",
                    "The parts add up to " + sum_s + unit + " (" + parts_text + ") but the total is " + total_s + unit +
                        ": figures in different units were added without conversion"};
      out.findings.push_back(std::move(fd));
      continue;
    }
    // Less than the total, from a list that may be partial: how much of the total it covers
    // decides. Nearly all of it (≥ 99%): meant to be complete, an error. Most of it (≥ 90%): a
    // reviewer would ask (warning). Less: a partial list — only the amount left out is noted.
    Decimal covered = total.normalized().is_zero() ? Decimal{} : (point_sum * Decimal::from_int(100)).div_floor(total.normalized());
    if (point_sum < total.normalized() && !closed_list(f, b) && covered < Decimal::from_int(99)) {
      std::string n = std::to_string(b.parts.size());
      if (covered >= Decimal::from_int(90)) {
        fd.severity = Severity::Warning;
        fd.message = {"其中所列" + n + "项合计" + sum_s + unit + "（" + parts_text + "），比合计" + total_s + unit + "少" + delta_s +
                          unit + "：若已列全，合计或某一项有误",
                      "The " + n + " parts listed add up to " + sum_s + unit + " (" + parts_text + "), " + delta_s + unit +
                          " less than the total " + total_s + unit + ": if the list is complete, a figure is wrong"};
        fd.hint = {"核对各项数字；如另有未列出的项目，可写明“其他”项", "Check the figures; if items are left out, add an “other” item"};
      } else {
        if (total.kind() != UnitKind::Money) continue;
        fd.severity = Severity::Info;
        fd.message = {"其中所列" + n + "项合计" + sum_s + unit + "（" + parts_text + "），比" + total_s + unit + "少" + delta_s +
                          unit + "，其余部分未列明",
                      "The " + n + " parts listed add up to " + sum_s + unit + " (" + parts_text + "), " + delta_s + unit +
                          " less than " + total_s + unit + "; the rest is not itemised"};
      }
      out.findings.push_back(std::move(fd));
      continue;
    }
    fd.severity = info.severity;
    fd.message = {"合计应为" + sum_s + unit + "（" + parts_text + "），报告为" + total_s + unit,
                  "The parts add up to " + sum_s + unit + " (" + parts_text + ") but the total is stated as " +
                      total_s + unit};
    if (std::size_t o = other_parent(f, b, sum); o != kNone) {
      const Quantity& x = f.quantities[o];
      fd.severity = Severity::Warning;
      fd.spans.push_back(span_of(x, false));
      fd.message = {"其中各项之和" + sum_s + unit + "（" + parts_text + "）与“" + x.label + "”" + x.text + "相符，而不是“" +
                        total.label + "”" + total_s + unit,
                    "The parts add up to " + sum_s + unit + " (" + parts_text + "), which is \"" + x.label + "\" " + x.text +
                        ", not \"" + total.label + "\" " + total_s + unit};
      fd.hint = {"“其中”所列可能是" + x.label + "的分项，请核对表述", "The breakdown probably belongs to the other figure; check the wording"};
      out.findings.push_back(std::move(fd));
      continue;
    }
    // Explain the gap: the difference equals another figure stated nearby (same paragraph;
    // typically a carry-over the total includes). Then it is a label problem, not an error.
    // (Only the total's paragraph is searched: the figures before it, then those after.)
    std::size_t line = f.text.line_col(total.start).line;
    std::size_t first = b.total, last = b.total;
    while (first > 0 && f.text.line_col(f.quantities[first - 1].start).line == line) --first;
    while (last + 1 < f.quantities.size() && f.text.line_col(f.quantities[last + 1].start).line == line) ++last;
    std::vector<std::size_t> parts(b.parts.begin(), b.parts.end());  // searched once per figure of the paragraph
    std::sort(parts.begin(), parts.end());
    for (std::size_t i = first; i <= last; ++i) {
      const Quantity& x = f.quantities[i];
      if (i == b.total || x.kind() != total.kind() || !x.exact() || x.value.is_zero() ||
          std::binary_search(parts.begin(), parts.end(), i))
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
