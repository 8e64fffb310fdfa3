// R26 when a statement gives a level and its rate of change but neither the change amount nor
// the earlier level ("公务接待费1356万元，比上年决算数下降3.14%"): the earlier year's figure is
// read from a table of both years near it in the same section: years as rows ("2015年" /
// "2016年", one column per subject) or as columns ("2022年决算数 | 2023年决算数", one row per
// subject). The subject's column (row) is any whose current-year cell restates the level, or whose
// name names the subject (it may differ a little: "公车购置及运行费" / "公车购置及运行维护费"); each
// is a reading, and a finding needs every reading to fail — with the prose level and the table's.
#include <algorithm>
#include <optional>

#include "checks/check.h"
#include "checks/rate_context.h"
#include "checks/rule_table.h"
#include "facts/rates.h"
#include "facts/table_model.h"
#include "statements/frame.h"
#include "structure/table_templates.h"
#include "structure/tables.h"
#include "text/chars.h"
#include "text/common_run.h"

namespace gouji {
namespace {

constexpr std::size_t kSameName = 4;  // Han characters a header and a subject share to name one thing
constexpr std::size_t kNear = 4000;   // code points between a statement and a table of its section
constexpr std::size_t kTables = 8;    // tables looked at per statement

std::u32string han_only(const std::u32string& s) {
  std::u32string out;
  for (char32_t ch : s)
    if (chars::is_han(ch)) out.push_back(ch);
  return out;
}

// The year a body row is about ("2015年", "2016年决算数"); 0 for other rows and for change rows
// ("2016年比2015年增减%").
int row_year(const Table& t, std::size_t r);

struct Reading {
  bool by_value = false;  // the table restates the level: the cell is certain
  RateMatch m = RateMatch::Mismatch;
  Decimal point;          // the growth on the prose level, in %
  bool dir_wrong = false;
  Decimal prior;          // the earlier figure, in base units
  int prior_decimals = 0;
  std::size_t start = 0, end = 0;  // its cell
  std::string year, name;          // its year's row or column, and the subject's
};

// A column header or a row label naming one year ("2022年", "2022年决算数"); 0 otherwise.
int label_year(const std::string& text) {
  std::u32string compact;
  for (char32_t ch : from_utf8_lossy(text))
    if (!chars::is_space(ch)) compact.push_back(ch);
  if (compact.empty() || is_change_row_label(compact)) return 0;
  int y = year_in(compact);
  if (y != 0 && year_in(compact.substr(compact.find(U'年') + 1)) != 0) return 0;
  return y;
}

int row_year(const Table& t, std::size_t r) {
  if (t.rows[r].empty() || t.rows[r][0].column != 0) return 0;
  return label_year(t.rows[r][0].text);
}

// The first cell of a row that is not a number: what the row is about.
std::string row_label(const Table& t, std::size_t r) {
  std::string ascii;
  for (const Cell& c : t.rows[r])
    if (!c.text.empty() && !cell_number(c.text, ascii)) return c.text;
  return {};
}

// What the statement gives: the rate y, its level `cur` and the subject they are about.
struct Statement {
  const Quantity& y;
  const Quantity& cur;
  Interval cv;             // the level's interval
  Quantity yq;             // the rate's magnitude
  int ydir = 0;            // the direction the words give the change
  std::u32string subject;  // the subject's Han characters
  int year = 0;            // 0: the table's latest year
  std::size_t section = 0;
};

// The level: the first money figure of the subject's clause chain, before the rate or after it
// ("比上年决算数下降12%，为450万元"). kNone when there is none.
std::size_t level_of(const RateContext& c, const Frame& fr) {
  const Statements& st = c.f.statements;
  std::size_t ci = kNone;
  auto [a0, b0] = st.chain(fr.subject_frame);
  for (std::size_t g = a0; g <= b0 && g < a0 + 8 && ci == kNone; ++g) {
    const Frame& x = st.frames[g];
    if (x.subject_frame != fr.subject_frame) continue;
    for (std::size_t n = x.first; n < x.first + x.count && ci == kNone; ++n) {
      const FrameNumber& nb = st.numbers[n];
      const Quantity& q = c.q(nb.q);
      if (nb.role == NumRole::Level && q.kind() == UnitKind::Money && q.exact() && c.prose(nb.q) && q.value > Decimal{}) ci = nb.q;
    }
  }
  return ci;
}

// Tables near the statement only (a bounded window, found by binary search): linear overall.
// Nearest first.
std::vector<std::size_t> tables_near(const Facts& f, const Quantity& y) {
  const auto& ts = f.doc.tables;
  std::size_t lo_at = y.start > kNear ? y.start - kNear : 0;
  std::size_t t0 = static_cast<std::size_t>(
      std::partition_point(ts.begin(), ts.end(), [&](const Table& x) { return x.start < lo_at; }) - ts.begin());
  std::vector<std::size_t> near;
  for (std::size_t ti = t0; ti < ts.size() && near.size() < kTables && ts[ti].start <= y.start + kNear; ++ti) near.push_back(ti);
  std::sort(near.begin(), near.end(), [&](std::size_t a, std::size_t b) {
    auto d = [&](std::size_t i) { return ts[i].start > y.start ? ts[i].start - y.start : y.start - ts[i].start; };
    return d(a) < d(b);
  });
  return near;
}

// One candidate: prior cell `a` and current cell `b` (scaled to base units by `scale`) of a
// subject named `name_text`; added to `readings` when it restates the level or names the subject.
void consider(const Statement& s, const Facts& f, const TableGrid& g, const Decimal& scale, const NumericCell& a,
              const NumericCell& b, const std::string& name_text, const std::string& year_text,
              std::vector<Reading>& readings) {
  auto scaled = [&](const NumericCell& n) {
    Interval i = g.interval(n);
    return Interval{i.lo * scale, i.hi * scale};
  };
  const Quantity& cur = s.cur;
  if (!a.present || a.blank || !b.present || b.blank || a.value <= Decimal{}) return;
  bool by_value = scaled(b).overlaps(s.cv);
  std::u32string name = han_only(from_utf8_lossy(name_text));
  bool by_name = name.size() >= 2 && !s.subject.empty() && common_run(name, s.subject) >= std::min(kSameName, name.size());
  if (!by_value && !by_name) return;
  // Found by name, the cell restates the level up to rounding or a late revision (995 / 996),
  // never another magnitude (a table in 元 beside prose in 万元).
  if (!by_value && (b.value * scale - cur.normalized()).abs() * Decimal::from_int(20) > cur.normalized()) return;
  Reading rd;
  rd.by_value = by_value;
  Interval pv = scaled(a);
  // With the prose level and with the table's own current figure: either may be the rounded one.
  for (const Interval& now : {s.cv, scaled(b)}) {
    Interval diff = now - pv;
    int sign = diff.lo > Decimal{} ? 1 : diff.hi < Decimal{} ? -1 : 0;
    if (sign != 0 && s.ydir != 0 && sign != s.ydir) continue;
    Interval mag = sign < 0 ? Interval{-diff.hi, -diff.lo} : sign > 0 ? diff : Interval{Decimal{}, std::max(-diff.lo, diff.hi)};
    auto comp = percent_interval(mag, pv);
    if (!comp) continue;
    RateMatch m = match_rate(*comp, s.yq, f.precision);
    if (m == RateMatch::Match || (m == RateMatch::Truncated && rd.m == RateMatch::Mismatch)) rd.m = m;
  }
  rd.prior = a.value * scale;
  rd.prior_decimals = a.decimals;
  Decimal dpoint = cur.normalized() - rd.prior;
  rd.point = percent_point(dpoint.abs(), rd.prior);
  rd.dir_wrong = s.ydir != 0 && dpoint != Decimal{} && (dpoint > Decimal{}) != (s.ydir > 0);
  rd.start = a.start;
  rd.end = a.end;
  rd.year = year_text;
  rd.name = name_text;
  readings.push_back(rd);
}

// The readings table `t` offers: years as rows, else years as columns.
void read_table(const Statement& s, const Facts& f, const Table& t, std::vector<Reading>& readings) {
  const Quantity& cur = s.cur;
  TableGrid g;
  bool built = false;
  Decimal scale = t.unit ? Decimal::pow10(t.unit->pow10) : cur.unit ? Decimal::pow10(cur.unit->pow10) : Decimal::from_int(1);
  // Years as rows ("2015年 | 2840 | 90 | …"), one column per subject.
  std::size_t rc = kNone, rp = kNone;
  int latest = 0;
  for (std::size_t r = 0; r < t.rows.size(); ++r) latest = std::max(latest, row_year(t, r));
  int y_cur = s.year ? s.year : latest;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    int ry = row_year(t, r);
    if (ry == y_cur && rc == kNone) rc = r;
    if (ry == y_cur - 1 && rp == kNone) rp = r;
  }
  if (rc != kNone && rp != kNone) {
    g = table_grid(t);
    built = true;
    if (rc < g.cells.size() && rp < g.cells.size())
      for (std::size_t j = 1; j < t.columns && j < g.cells[rc].size() && j < g.cells[rp].size(); ++j)
        consider(s, f, g, scale, g.cells[rp][j], g.cells[rc][j], j < t.header.size() ? t.header[j] : "", t.rows[rp][0].text,
                 readings);
    return;
  }
  // Years as columns ("项目 | 2022年决算数 | 2023年决算数 | 增减率"), one row per subject.
  std::size_t cc = kNone, cp = kNone;
  latest = 0;
  for (std::size_t j = 0; j < t.header.size(); ++j) latest = std::max(latest, label_year(t.header[j]));
  y_cur = s.year ? s.year : latest;
  for (std::size_t j = 0; j < t.header.size(); ++j) {
    int hy = label_year(t.header[j]);
    if (hy == y_cur && cc == kNone) cc = j;
    if (hy == y_cur - 1 && cp == kNone) cp = j;
  }
  if (cc == kNone || cp == kNone) return;
  if (!built) g = table_grid(t);
  for (std::size_t r = 0; r < g.cells.size() && r < t.rows.size(); ++r)
    if (cc < g.cells[r].size() && cp < g.cells[r].size())
      consider(s, f, g, scale, g.cells[r][cp], g.cells[r][cc], row_label(t, r), t.header[cp], readings);
}

// The best reading (the first that fits, else a truncated one, else one found by value) is
// recorded, and reported when it does not fit.
void report_best(const RateContext& c, const Statement& s, const std::vector<Reading>& readings) {
  const Quantity& y = s.y;
  const Quantity& cur = s.cur;
  int ydir = s.ydir;
  const Reading* best = nullptr;
  for (const Reading& r : readings) {
    if (r.m == RateMatch::Match) { best = &r; break; }
    if (!best || (r.m == RateMatch::Truncated && best->m != RateMatch::Truncated) ||
        (r.m == best->m && r.by_value && !best->by_value))
      best = &r;
  }
  std::string prior_s = format_in_unit(best->prior, cur, std::max(cur.decimals, best->prior_decimals));
  std::string comp_s = fmt(best->point, 2) + "%";
  const std::string& col = best->name;
  const std::string& row = best->year;
  std::vector<Span> spans = {span_of(y, true), span_of(cur, false), {best->start, best->end, false}};
  std::string formula = "|" + bare(cur) + "−" + prior_s + "|÷" + prior_s + "=" + comp_s + "（上年数取自表中“" + col + "”" + row + "），报告" + y.text;
  std::string result = best->m == RateMatch::Match ? "consistent" : best->m == RateMatch::Truncated ? "rounding" : "inconsistent";
  c.out.checked.push_back({"R26", formula, result, spans});
  if (best->m == RateMatch::Match) return;
  std::string unit = cur.unit ? to_utf8(cur.unit->text) : "";
  bool down = ydir < 0;
  Finding fd;
  if (best->m == RateMatch::Truncated) {
    fd = make_finding("R26",
                      {"变化率按表中" + row + "“" + col + "”" + prior_s + unit + "计为" + comp_s + "，报告" + y.text + "为截尾取值",
                       "The rate against the table's " + row + " " + col + " figure " + prior_s + unit + " is " + comp_s +
                           "; the stated " + y.text + " is truncated rather than rounded"},
                      spans);
    fd.severity = Severity::Info;
  } else {
    std::string zh = best->dir_wrong ? "增减方向不一致：" + cur.text + "与表中" + row + "“" + col + "”" + prior_s + unit + "相比" +
                                           (down ? "增加" : "减少") + "，比率却写作" + (down ? "下降" : "增长") + y.text
                                     : std::string(down ? "下降率" : "增长率") + "应为" + comp_s + "（|" + bare(cur) + "−" + prior_s +
                                           "|÷" + prior_s + "，上年数取自表中" + row + "“" + col + "”），报告为" + y.text;
    std::string en = best->dir_wrong ? "The direction words disagree with the table's " + row + " " + col + " figure " + prior_s + unit
                                     : std::string("The ") + (down ? "decrease" : "growth") + " rate should be " + comp_s + " (|" +
                                           bare(cur) + " − " + prior_s + "| ÷ " + prior_s + ", the earlier figure from the table's " +
                                           row + " row, " + col + "), the report states " + y.text;
    fd = make_finding("R26", {zh, en}, spans);
    // A column found only by its name may be another breakdown of the subject: likely, not certain.
    if (!best->by_value) fd.severity = Severity::Warning;
    if (readings.size() > 1)
      fd.hint = {"表中其他可对应的列也不相符", "the other columns the figure could belong to do not fit either"};
    fd.expected = comp_s;
    fd.actual = y.text;
  }
  c.out.findings.push_back(std::move(fd));
}

}  // namespace

void check_growth_from_table(const RateContext& c, std::size_t yi) {
  const Facts& f = c.f;
  const Statements& st = f.statements;
  const Quantity& y = c.q(yi);
  const FrameNumber* yn = st.number(yi);
  if (!yn || y.kind() != UnitKind::Percent || !y.exact() || f.doc.tables.empty()) return;
  const Frame& fr = st.frames[st.frame_of[yi]];
  const Frame& sf = st.frames[fr.subject_frame];
  std::size_t ci = level_of(c, fr);
  if (ci == kNone) return;
  const Quantity& cur = c.q(ci);
  int ydir = yn->dir;
  if (y.value.negative()) ydir = -ydir;
  Quantity yq = y;
  yq.value = y.value.abs();
  const Statement s{y, cur, stated_interval(cur, f.precision), yq, ydir, han_only(sf.subject.label),
                    sf.year ? sf.year : fr.year, fr.section};

  std::vector<Reading> readings;
  // The first table of both years that restates or names the subject decides.
  for (std::size_t ti : tables_near(f, y)) {
    if (!readings.empty()) break;
    const Table& t = f.doc.tables[ti];
    if (f.section_of(t.start) != s.section) continue;
    read_table(s, f, t, readings);
  }
  if (readings.empty()) return;
  report_best(c, s, readings);
}

}  // namespace gouji
