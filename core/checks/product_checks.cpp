// Products (issue 14 item 2): a standard times the counts it is per equals the amount stated with
// them — "按每人每月600元的标准，为45名护林员发放补助12个月，共计32.4万元" (600 × 45 × 12 = 32.4万) — and
// 长 × 宽 = 面积. Rule R35 (per-unit figures, read the other way round). The tolerance is the
// written precision of the result; factors are exact as written (a standard is a set figure).
// Every reading the sentence allows is tried; a finding only when none fits and one amount stands
// after all the factors. Consistent products are recorded as checked.
#include <algorithm>
#include <optional>

#include "checks/check.h"
#include "facts/table_model.h"
#include "structure/han_ordinal.h"
#include "lexicon/product_words.h"
#include "text/chars.h"

namespace gouji {
namespace {

namespace words = lex::products;
using Dim = words::Dim;
constexpr std::size_t kNo = static_cast<std::size_t>(-1);
constexpr std::size_t kMaxReadings = 16;

UnitKind kind_of(Dim d) {
  switch (d) {
    case words::Person: return UnitKind::Persons;
    case words::Visit: return UnitKind::PersonVisits;
    case words::Household: return UnitKind::Households;
    case words::Month: return UnitKind::Months;
    case words::Year: return UnitKind::Years;
    case words::Day: return UnitKind::Days;
    case words::Time: return UnitKind::Times;
  }
  return UnitKind::None;
}

bool dim_at(std::u32string_view s, std::size_t i, Dim& d, std::size_t& len) {
  for (const auto& w : words::kPerWords)
    if (chars::starts_with(s, i, w.word)) {
      d = w.dim;
      len = w.word.size();
      return true;
    }
  return false;
}

// The factors written from `slash` on ("/人·月" → 人, 月), added to `out`; false when the first
// is no count ("/平方米", "/床日").
bool per_dims(std::u32string_view u, std::size_t slash, std::vector<Dim>& out) {
  for (std::size_t i = slash; i < u.size();) {
    if (words::kPerSeparators.find(u[i]) != std::u32string_view::npos) { ++i; continue; }
    Dim d;
    std::size_t len = 0;
    if (!dim_at(u, i, d, len)) {
      if (i == slash + 1) return false;
      break;  // the words after the unit
    }
    if (std::find(out.begin(), out.end(), d) == out.end()) out.push_back(d);
    i += len;
  }
  return true;
}

// The factors a standard is per, from its unit ("元/人·月", the text after the unit included) and
// its label ("每人每月", "人均"); empty when a factor is no count ("元/平方米", "元/床日").
std::vector<Dim> dims_of(const Quantity& q, const Text& t) {
  std::vector<Dim> out;
  auto add = [&](Dim d) {
    if (std::find(out.begin(), out.end(), d) == out.end()) out.push_back(d);
  };
  std::u32string u(q.unit->text);
  for (std::size_t i = q.end; i < t.size() && i < q.end + 6; ++i) {  // "元/人*月" past the unit read
    char32_t c = t.at(i);
    if (words::kPerSeparators.find(c) == std::u32string_view::npos && !chars::is_han(c)) break;
    u.push_back(c);
  }
  std::size_t slash = u.find_first_of(words::kPerSeparators);
  if (slash != std::u32string::npos && !per_dims(u, slash, out)) return {};
  std::u32string label = from_utf8_lossy(q.label);
  for (std::size_t i = 0; i + 1 < label.size(); ++i) {
    Dim d;
    std::size_t len = 0;
    if (label[i] == words::kEach && dim_at(label, i + 1, d, len)) add(d);
  }
  bool payment = false;
  for (auto w : words::kPaymentWords) payment = payment || label.find(w) != std::u32string::npos;
  for (const auto& a : words::kAverages)
    if (payment && label.find(a.word) != std::u32string::npos) add(a.dim);
  return out;
}

bool usable(const Quantity& q) { return q.exact() && !q.is_range() && q.unit && !q.value.negative() && !q.value.is_zero(); }

// |product − stated| within half a unit of the stated figure's last written digit.
bool fits(Decimal product, const Quantity& m) {
  Decimal half = Decimal::pow10(m.unit->pow10 - m.decimals - 1) * Decimal::from_int(5);
  return (product - m.normalized()).abs() <= half;
}


void record(DocumentResult& out, const std::string& formula, bool ok, std::vector<Span> spans) {
  out.checked.push_back({"R35", formula, ok ? "consistent" : "inconsistent", std::move(spans)});
}

void flag(const Facts& f, DocumentResult& out, Decimal product, const std::string& expr, const Quantity& m,
          std::vector<Span> spans) {
  (void)f;
  std::string want = format_in_unit(product, m, m.decimals);
  std::string unit = m.unit ? to_utf8(m.unit->text) : "";
  Finding fd = make_finding("R35",
      {"按" + expr + "计算应为" + want + unit + "，报告为" + m.text,
       expr + " gives " + want + unit + ", but " + m.text + " is stated"},
      std::move(spans));
  fd.severity = Severity::Warning;  // the reading of the sentence may be wrong, the arithmetic is not
  fd.hint = {"核对标准、人数（月数）与金额，更正有误的一项", "Check the standard, the counts and the amount"};
  fd.expected = want + unit;
  fd.actual = m.text;
  out.findings.push_back(std::move(fd));
}

// 标准 × counts = 金额 among the quantities [b, e) of one sentence.
void standards(const Facts& f, std::size_t b, std::size_t e, DocumentResult& out) {
  const auto& qs = f.quantities;
  for (std::size_t k = b; k < e; ++k) {
    const Quantity& sq = qs[k];
    if (sq.kind() != UnitKind::UnitCost || !usable(sq)) continue;
    std::vector<Dim> dims = dims_of(sq, f.text);
    if (dims.empty()) continue;
    std::vector<std::vector<std::size_t>> choices;
    bool complete = true;
    for (Dim d : dims) {
      std::vector<std::size_t> c;
      for (std::size_t j = b; j < e; ++j)
        if (j != k && qs[j].kind() == kind_of(d) && usable(qs[j]) && qs[j].decimals == 0) c.push_back(j);
      if (c.empty() && d == words::Year) c.push_back(kNo);  // 元/人·年 over the report's one year
      if (c.empty()) complete = false;
      choices.push_back(std::move(c));
    }
    if (!complete) continue;
    std::vector<std::size_t> moneys;
    for (std::size_t j = b; j < e; ++j)
      if (qs[j].kind() == UnitKind::Money && usable(qs[j])) moneys.push_back(j);
    if (moneys.empty()) continue;
    std::size_t readings = 1;
    for (const auto& c : choices) readings *= c.size();
    if (readings > kMaxReadings) continue;
    std::vector<std::size_t> pick(choices.size(), 0);
    bool found = false;
    Decimal first_product;
    std::string first_expr;
    std::size_t last_factor = k;
    std::vector<Span> first_spans;
    for (std::size_t r = 0; r < readings && !found; ++r) {
      Decimal product = sq.normalized();
      std::string expr = sq.text;
      std::vector<Span> spans{span_of(sq, false)};
      std::size_t last = k;
      for (std::size_t i = 0; i < choices.size(); ++i) {
        std::size_t j = choices[i][pick[i]];
        if (j == kNo) continue;
        product = product * qs[j].normalized();
        expr += "×" + qs[j].text;
        spans.push_back(span_of(qs[j], false));
        last = std::max(last, j);
      }
      for (std::size_t m : moneys) {
        if (!fits(product, qs[m])) continue;
        std::vector<Span> in{span_of(qs[m], true)};
        in.insert(in.end(), spans.begin(), spans.end());
        record(out, expr + " = " + format_in_unit(product, qs[m], qs[m].decimals) + to_utf8(qs[m].unit->text) + "（报告" +
                        qs[m].text + "）",
               true, std::move(in));
        found = true;
        break;
      }
      if (r == 0) {
        first_product = product;
        first_expr = expr;
        first_spans = spans;
        last_factor = last;
      }
      for (std::size_t i = 0; i < pick.size(); ++i) {  // next reading
        if (++pick[i] < choices[i].size()) break;
        pick[i] = 0;
      }
    }
    if (found || readings != 1) continue;
    std::vector<std::size_t> after;
    for (std::size_t m : moneys)
      if (m > last_factor) after.push_back(m);
    if (after.size() != 1) continue;
    const Quantity& m = qs[after[0]];
    std::vector<Span> spans{span_of(m, true)};
    spans.insert(spans.end(), first_spans.begin(), first_spans.end());
    record(out, first_expr + " = " + format_in_unit(first_product, m, m.decimals) + to_utf8(m.unit->text) + "（报告" + m.text + "）",
           false, spans);
    flag(f, out, first_product, first_expr, m, spans);
  }
}

bool named(const Quantity& q, const std::array<std::u32string_view, 2>& names) {
  std::u32string label = from_utf8_lossy(q.label);
  for (auto n : names)
    if (label.size() >= n.size() && label.compare(label.size() - n.size(), n.size(), n) == 0) return true;
  return false;
}

// 长 × 宽 = 面积 among the quantities [b, e) of one sentence: one length named 长, one named 宽,
// then one area.
void rectangles(const Facts& f, std::size_t b, std::size_t e, DocumentResult& out) {
  const auto& qs = f.quantities;
  std::size_t len = kNo, wid = kNo, area = kNo;
  for (std::size_t j = b; j < e; ++j) {
    const Quantity& q = qs[j];
    if (!usable(q)) continue;
    if (q.kind() == UnitKind::Length && named(q, words::kLengthNames)) {
      if (len != kNo) return;
      len = j;
    } else if (q.kind() == UnitKind::Length && named(q, words::kWidthNames)) {
      if (wid != kNo) return;
      wid = j;
    } else if (q.kind() == UnitKind::Area && len != kNo && wid != kNo) {
      if (area != kNo) return;
      area = j;
    }
  }
  if (len == kNo || wid == kNo || area == kNo) return;
  // Lengths are in 公里 once normalised: the area in 平方米 is (km × 10^3)².
  Decimal product = qs[len].normalized() * qs[wid].normalized() * Decimal::pow10(6);
  const Quantity& a = qs[area];
  std::string expr = qs[len].text + "×" + qs[wid].text;
  std::vector<Span> spans{span_of(a, true), span_of(qs[len], false), span_of(qs[wid], false)};
  bool ok = fits(product, a);
  record(out, expr + " = " + format_in_unit(product, a, a.decimals) + to_utf8(a.unit->text) + "（报告" + a.text + "）", ok, spans);
  if (!ok) flag(f, out, product, expr, a, spans);
}

// A column's name without its unit and formula ("单价（元）④" → 单价), compact.
std::u32string column_name(std::u32string_view h) {
  std::u32string out;
  for (char32_t c : h) {
    if (words::kNameEnds.find(c) != std::u32string_view::npos || words::kEquals.find(c) != std::u32string_view::npos) break;
    if (!chars::is_space(c) && !circled_value(c)) out.push_back(c);
  }
  return out;
}

// The column a formula's operand names: the one whose header carries that circled number before
// any '=' ("④"), or whose name is the operand ("单价"); kNo when none or several.
std::size_t operand_column(const Table& t, const std::vector<std::u32string>& headers, std::u32string_view op,
                           std::size_t self) {
  std::size_t found = kNo;
  for (std::size_t j = 0; j < headers.size(); ++j) {
    if (j == self) continue;
    const std::u32string& h = headers[j];
    std::size_t eq = h.find_first_of(words::kEquals);
    std::u32string_view left = std::u32string_view(h).substr(0, eq);
    bool hit = op.size() == 1 && circled_value(op[0]) ? left.find(op[0]) != std::u32string_view::npos
                                                       : column_name(h) == op;
    if (!hit) continue;
    if (found != kNo) return kNo;
    found = j;
  }
  (void)t;
  return found;
}

// R13 on a column formula written in the header: per body row, the product of the operand
// columns is the formula's column, at that cell's written precision.
void column_formulas(const Facts& f, const Table& t, DocumentResult& out) {
  std::vector<std::u32string> headers;
  for (const auto& h : t.header) headers.push_back(from_utf8_lossy(h));
  std::optional<TableGrid> grid;
  for (std::size_t col = 0; col < headers.size() && col < t.columns; ++col) {
    const std::u32string& h = headers[col];
    std::size_t eq = h.find_first_of(words::kEquals);
    if (eq == std::u32string::npos) continue;
    std::u32string rhs = h.substr(eq + 1);
    if (rhs.find_first_of(words::kNotProduct) != std::u32string::npos) continue;
    std::vector<std::size_t> cols;
    std::u32string op;
    bool ok = true;
    auto take = [&] {
      std::u32string name = column_name(op);
      if (op.size() == 1 && circled_value(op[0])) name = op;
      std::size_t c = name.empty() ? kNo : operand_column(t, headers, name, col);
      if (c == kNo || c >= t.columns) ok = false;
      cols.push_back(c);
      op.clear();
    };
    for (char32_t c : rhs) {
      if (words::kTimes.find(c) != std::u32string_view::npos) take();
      else if (!chars::is_space(c)) op.push_back(c);
    }
    take();
    if (!ok || cols.size() < 2) continue;
    if (!grid) grid = table_grid(t);
    for (std::size_t r = 0; r < grid->cells.size(); ++r) {
      if (r == t.total_row) continue;  // a 合计 row adds the products up, it is no product itself
      const NumericCell& res = grid->cells[r][col];
      if (!res.present || res.blank) continue;
      Decimal product = Decimal::from_int(1);
      std::string expr;
      std::vector<Span> spans{{res.start, res.end, true}};
      bool all = true;
      for (std::size_t c : cols) {
        const NumericCell& x = grid->cells[r][c];
        if (!x.present || x.blank) { all = false; break; }
        product = product * x.value;
        expr += (expr.empty() ? "" : "×") + x.value.to_string();
        spans.push_back({x.start, x.end, false});
      }
      if (!all) continue;
      Decimal half = Decimal::pow10(-res.decimals - 1) * Decimal::from_int(5);
      bool fit = (product - res.value).abs() <= half;
      std::string want = product.to_string(res.decimals);
      std::string formula = to_utf8(h) + "：" + expr + " = " + want + "（表中" + res.value.to_string(res.decimals) + "）";
      out.checked.push_back({"R13", formula, fit ? "consistent" : "inconsistent", spans});
      if (fit) continue;
      std::string row = std::to_string(f.text.line_col(res.start).line);
      Finding fd = make_finding("R13",
          {"按表头公式“" + to_utf8(h) + "”，应为" + want + "（" + expr + "），表中为" + res.value.to_string(res.decimals),
           "By the header formula \"" + to_utf8(h) + "\" the cell should be " + want + " (" + expr + "), not " +
               res.value.to_string(res.decimals)},
          spans);
      fd.expected = want;
      fd.actual = res.value.to_string(res.decimals);
      out.findings.push_back(std::move(fd));
    }
  }
}

// 标准 × counts = 金额 per body row of a table whose standard stands in its header ("补助金额（按
// 每人每月600元）"), its title or a note right under it ("注：按每人每月600元标准发放"): each count column is
// named by what the standard is per (人数, 月数), the amount column by 金额/资金.
void table_standard(const Facts& f, const Table& t, DocumentResult& out) {
  if (t.rows.empty() || t.rows[0].empty()) return;
  const auto& qs = f.quantities;
  std::size_t body = t.rows[0].front().start;
  std::size_t note_end = t.end;
  for (int lines = 0; note_end < f.text.size() && lines < 2; ++note_end)
    if (f.text.at(note_end) == U'\n') ++lines;
  std::size_t caption = t.start;  // the line above the table: its title ("…（标准：800元/人·年）")
  if (caption > 0) --caption;
  while (caption > 0 && f.text.at(caption - 1) != U'\n') --caption;
  auto in_header = [&](const Quantity& q) { return q.start >= caption && q.start < body; };
  auto in_note = [&](const Quantity& q) { return q.start >= t.end && q.start < note_end; };
  auto first = std::lower_bound(qs.begin(), qs.end(), caption, [](const Quantity& q, std::size_t at) { return q.start < at; });
  const Quantity* standard = nullptr;
  std::vector<Dim> dims;
  for (auto it = first; it != qs.end() && it->start < note_end; ++it) {
    if (!(in_header(*it) || in_note(*it)) || it->kind() != UnitKind::UnitCost || !usable(*it)) continue;
    std::vector<Dim> d = dims_of(*it, f.text);
    if (d.empty()) continue;
    if (standard) return;  // two standards: which one a row uses is not written
    standard = &*it;
    dims = std::move(d);
  }
  std::vector<std::u32string> headers;
  for (const auto& h : t.header) headers.push_back(from_utf8_lossy(h));
  // Else a column of standards, its unit naming what they are per ("补助标准（元/人·月）").
  std::size_t standard_col = kNo;
  int standard_pow10 = 0;
  if (!standard) {
    for (std::size_t c = 0; c < headers.size() && c < t.columns; ++c) {
      const std::u32string& h = headers[c];
      bool named = false;
      for (auto w : words::kStandardColumns) named = named || h.find(w) != std::u32string::npos;
      std::size_t slash = h.find_first_of(words::kSlash);
      std::vector<Dim> d;
      if (!named || slash == std::u32string::npos || !per_dims(h, slash, d) || d.empty()) continue;
      if (standard_col != kNo) return;  // two such columns
      standard_col = c;
      dims = std::move(d);
      std::size_t wan = h.find(words::kTenThousandYuan);
      standard_pow10 = wan != std::u32string::npos && wan < slash ? 4 : 0;
    }
    if (standard_col == kNo) return;
  }
  auto only_column = [&](auto&& named) {
    std::size_t found = kNo;
    for (std::size_t c = 0; c < headers.size() && c < t.columns; ++c) {
      if (!named(headers[c])) continue;
      if (found != kNo) return kNo;
      found = c;
    }
    return found;
  };
  std::vector<std::size_t> cols;
  for (Dim d : dims) {
    std::size_t c = only_column([&](const std::u32string& h) {
      for (const auto& w : words::kDimColumns)
        if (w.dim == d && h.find(w.word) != std::u32string::npos) return true;
      return false;
    });
    if (c == kNo && d == words::Year) continue;  // 元/人·年 over one year
    if (c == kNo) return;
    cols.push_back(c);
  }
  std::size_t amount = only_column([&](const std::u32string& h) {
    for (auto w : words::kAmountColumns)
      if (h.find(w) != std::u32string::npos) return true;
    return false;
  });
  if (amount == kNo || amount == standard_col || std::find(cols.begin(), cols.end(), amount) != cols.end()) return;
  int pow10 = headers[amount].find(words::kTenThousandYuan) != std::u32string::npos ? 4
              : t.unit && t.unit->kind == UnitKind::Money                          ? t.unit->pow10
                                                                                    : 0;
  TableGrid g = table_grid(t);
  for (std::size_t r = 0; r < g.cells.size(); ++r) {
    if (r == t.total_row) continue;  // sums of per-row products, no product itself
    const NumericCell& res = g.cells[r][amount];
    if (!res.present || res.blank) continue;
    Decimal product;
    std::string expr;
    std::vector<Span> spans{{res.start, res.end, true}};
    if (standard) {
      product = standard->normalized();
      expr = standard->text;
      spans.push_back(span_of(*standard, false));
    } else {
      const NumericCell& x = g.cells[r][standard_col];
      if (!x.present || x.blank) continue;
      product = x.value * Decimal::pow10(standard_pow10);
      expr = x.value.to_string();
      spans.push_back({x.start, x.end, false});
    }
    bool all = true;
    for (std::size_t c : cols) {
      const NumericCell& x = g.cells[r][c];
      if (!x.present || x.blank || x.decimals != 0) { all = false; break; }
      product = product * x.value;
      expr += "×" + x.value.to_string();
      spans.push_back({x.start, x.end, false});
    }
    if (!all) continue;
    Decimal scale = Decimal::pow10(pow10);
    Decimal stated = res.value * scale;
    Decimal half = Decimal::pow10(pow10 - res.decimals - 1) * Decimal::from_int(5);
    bool fit = (product - stated).abs() <= half;
    std::string unit = pow10 == 4 ? to_utf8(words::kTenThousandYuan) : t.unit ? to_utf8(t.unit->text) : "元";
    std::string want = product.div_floor(scale).to_string(res.decimals) + unit;
    std::string shown = res.value.to_string(res.decimals) + unit;
    out.checked.push_back({"R35", expr + " = " + want + "（表中" + shown + "）", fit ? "consistent" : "inconsistent", spans});
    if (fit) continue;
    Finding fd = make_finding("R35",
        {"按" + expr + "计算应为" + want + "，表中为" + shown, expr + " gives " + want + ", but the table states " + shown},
        spans);
    fd.severity = Severity::Warning;
    fd.hint = {"核对标准、人数（月数）与金额，更正有误的一项", "Check the standard, the counts and the amount"};
    fd.expected = want;
    fd.actual = shown;
    out.findings.push_back(std::move(fd));
  }
}

}  // namespace

void check_products(const Facts& f, DocumentResult& out) {
  const auto& qs = f.quantities;
  const auto& st = f.statements;
  auto sentence = [&](std::size_t k) {
    if (k >= st.frame_of.size() || st.frame_of[k] >= st.frames.size() || f.in_table(qs[k].start)) return kNo;
    return std::size_t(st.frames[st.frame_of[k]].sentence);
  };
  for (std::size_t b = 0; b < qs.size();) {
    std::size_t s = sentence(b), e = b + 1;
    while (e < qs.size() && sentence(e) == s) ++e;
    if (s != kNo && e - b >= 2 && e - b <= 40) {
      standards(f, b, e, out);
      rectangles(f, b, e, out);
    }
    b = e;
  }
  for (const Table& t : f.doc.tables) {
    column_formulas(f, t, out);
    table_standard(f, t, out);
  }
}

}  // namespace gouji
