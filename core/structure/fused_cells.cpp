#include "structure/fused_cells.h"

#include <algorithm>
#include <cmath>

#include "lexicon/table_forms.h"
#include "numbers/units.h"
#include "text/chars.h"

namespace gouji {
namespace {

using Str = std::u32string_view;
using namespace lex::tables;

template <std::size_t N>
bool has_any(Str s, const std::array<Str, N>& ws) {
  for (Str w : ws)
    if (chars::has(s, w)) return true;
  return false;
}

constexpr std::size_t kMaxRun = 48, kMaxColumns = 8, kMaxSteps = 5000;

// One candidate cell: its number as written, its value and decimals, and how it ends.
struct Piece {
  std::size_t begin = 0, end = 0, column = 0;
  long double value = 0;
  int decimals = 0;
  bool percent = false, unit = false;
};

bool money_unit(Str s, std::size_t at, std::size_t& len) {
  const UnitDef* u = match_unit(s.substr(at));
  if (!u || u->kind != UnitKind::Money) return false;
  len = u->text.size();
  return true;
}

struct Search {
  Str run;
  const std::vector<FusedRole>& roles;
  bool any_percent = false;
  bool percent_unit = false;  // an indicator row whose unit is %: its target and actual end in %
  std::vector<Piece> cur, found;
  std::size_t solutions = 0, steps = 0;

  // Is the number run[b, e) well formed: no leading zero but "0.x", one point at most.
  bool number(std::size_t b, std::size_t e, Piece& p) const {
    if (b >= e || !chars::is_digit(run[b])) return false;
    if (run[b] == U'0' && e - b > 1 && run[b + 1] != U'.') return false;
    std::size_t dot = e;
    for (std::size_t k = b; k < e; ++k)
      if (run[k] == U'.') {
        if (dot != e) return false;
        dot = k;
      } else if (!chars::is_digit(run[k])) {
        return false;
      }
    if (dot + 1 == e || dot - b > 10) return false;
    p.decimals = dot == e ? 0 : static_cast<int>(e - dot - 1);
    long double v = 0, scale = 1;
    for (std::size_t k = b; k < e; ++k) {
      if (k == dot) continue;
      v = v * 10 + static_cast<long double>(run[k] - U'0');
      if (k > dot) scale *= 10;
    }
    p.value = v / scale;
    return true;
  }

  bool fits_role(const Piece& p, FusedRole r) const {
    switch (r) {
      case FusedRole::Amount: case FusedRole::Budget: case FusedRole::Executed:
        return !p.percent && p.decimals <= 4;
      case FusedRole::Rate:
        return !p.unit && (p.percent || !any_percent) && p.decimals <= 2 && p.value <= 1000;
      case FusedRole::Weight: case FusedRole::Score:
        return !p.percent && !p.unit && p.decimals <= 2 && p.value <= 100;
      case FusedRole::Total:
        return !p.percent && !p.unit && p.value == 100;
      case FusedRole::Target: case FusedRole::Actual:
        return !p.unit && p.percent == percent_unit && p.decimals <= 4;
      case FusedRole::Completion:
        return p.percent && p.decimals <= 2 && p.value <= 1000;
      case FusedRole::Other: case FusedRole::Name: case FusedRole::Unit:
        return false;
    }
    return false;
  }

  static long double half(int d) { return 0.5L * std::pow(10.0L, -d); }

  // The relations between the placed cells of one row.
  bool relations_hold() const {
    const Piece *budget = nullptr, *done = nullptr, *rate = nullptr, *weight = nullptr, *score = nullptr;
    for (const Piece& p : cur) {
      switch (roles[p.column]) {
        case FusedRole::Budget: case FusedRole::Target: budget = &p; break;
        case FusedRole::Executed: case FusedRole::Actual: done = &p; break;
        case FusedRole::Rate: case FusedRole::Completion: rate = &p; break;
        case FusedRole::Weight: case FusedRole::Total: weight = &p; break;
        case FusedRole::Score: score = &p; break;
        default: break;
      }
    }
    if (rate) {  // 执行率 = 执行数 ÷ 预算数, within the rounding of all three
      if (!budget || !done) return false;
      // The form keeps its amounts to two decimals at least: "60" or "52.3" dropped trailing zeros.
      int d = std::max({budget->decimals, done->decimals, 2});
      long double hb = half(d), he = half(d), hr = half(rate->decimals);
      if (budget->value - hb <= 0) return false;
      long double lo = (done->value - he) / (budget->value + hb) * 100, hi = (done->value + he) / (budget->value - hb) * 100;
      if (lo > rate->value + hr || hi < rate->value - hr) return false;
    }
    if (score && (!weight || score->value > weight->value)) return false;
    return true;
  }

  void go(std::size_t pos, std::size_t col) {
    if (solutions > 1 || ++steps > kMaxSteps) return;
    if (pos == run.size()) {
      if (!cur.empty() && relations_hold()) {
        if (++solutions == 1) found = cur;
      }
      return;
    }
    if (col == roles.size()) return;
    go(pos, col + 1);  // the column stays empty
    // A cell here: a number, then a % or a money unit that ends it.
    for (std::size_t e = pos + 1; e <= run.size() && e - pos <= 16; ++e) {
      char32_t c = run[e - 1];
      if (!chars::is_digit(c) && c != U'.') break;
      Piece p;
      p.begin = pos;
      p.column = col;
      if (!number(pos, e, p)) continue;
      std::size_t end = e, len = 0;
      if (e < run.size() && (run[e] == U'%' || run[e] == U'％')) { p.percent = true; end = e + 1; }
      else if (e < run.size() && money_unit(run, e, len)) { p.unit = true; end = e + len; }
      p.end = end;
      if (!fits_role(p, roles[col])) continue;
      cur.push_back(p);
      go(end, col + 1);
      cur.pop_back();
      if (solutions > 1 || steps > kMaxSteps) return;
    }
  }
};

}  // namespace

FusedRole fused_role(Str h) {
  if (has_any(h, kIndicatorNameColumn)) return FusedRole::Name;
  if (has_any(h, kIndicatorUnitColumn)) return FusedRole::Unit;
  if (has_any(h, kCompletionRateColumn)) return FusedRole::Completion;
  if (has_any(h, kActualWords)) return FusedRole::Actual;
  if (has_any(h, kIndicatorTargetColumn)) return FusedRole::Target;
  if (has_any(h, kInitialBudgetColumn)) return FusedRole::Amount;
  if (has_any(h, kExecutionRateColumn)) return FusedRole::Rate;
  if (has_any(h, kExecutedColumn)) return FusedRole::Executed;
  if (has_any(h, kRateBaseColumn)) return FusedRole::Budget;
  if (has_any(h, kIndicatorWeightColumn)) return FusedRole::Weight;
  if (has_any(h, kIndicatorPointsColumn)) return FusedRole::Score;
  return FusedRole::Other;
}

bool fused_figures(Str run) {
  if (run.empty() || !chars::is_digit(run[0])) return false;
  for (std::size_t k = 0; k < run.size();) {
    std::size_t len = 0;
    if (chars::is_digit(run[k]) || run[k] == U'.' || run[k] == U'%' || run[k] == U'％') ++k;
    else if (money_unit(run, k, len)) k += len;
    else return false;
  }
  return true;
}

std::vector<FusedPiece> split_fused(Str run, const std::vector<FusedRole>& roles) {
  if (run.size() > kMaxRun || roles.size() > kMaxColumns || !fused_figures(run)) return {};
  Search s{run, roles, {}, false, {}, {}, 0, 0};
  for (char32_t c : run) s.any_percent |= c == U'%' || c == U'％';
  s.go(0, 0);
  if (s.solutions != 1 || s.steps > kMaxSteps) return {};
  std::vector<FusedPiece> out;
  for (const Piece& p : s.found) out.push_back({p.begin, p.end, p.column});
  return out;
}

std::vector<FusedPiece> split_fused_row(Str row, const std::vector<FusedRole>& roles) {
  if (row.size() > 2 * kMaxRun || roles.size() < 4 || roles.size() > kMaxColumns + 4 || roles[0] != FusedRole::Name) return {};
  // The name: Han words up to the first figure or %; a name holding a digit is not tried.
  std::size_t n = 0;
  while (n < row.size() && !chars::is_digit(row[n]) && row[n] != U'%' && row[n] != U'％' && row[n] != U'.') ++n;
  if (n == 0 || n == row.size()) return {};
  for (std::size_t k = 0; k < n; ++k)
    if (!chars::is_han(row[k])) return {};
  // Trailing words (是 / 否 / 达标): the last column's, when it is a text column.
  std::size_t e = row.size();
  while (e > n && chars::is_han(row[e - 1])) --e;
  std::size_t first = 1, last = roles.size();
  std::vector<FusedPiece> out{{0, n, 0}};
  std::size_t pos = n;
  bool percent_unit = false;
  if (roles[1] == FusedRole::Unit) {
    first = 2;
    if (row[pos] == U'%' || row[pos] == U'％') { out.push_back({pos, pos + 1, 1}); ++pos; percent_unit = true; }
  }
  if (e < row.size()) {
    if (roles.back() != FusedRole::Other) return {};
    --last;
  }
  // The figures between: under the figure columns only (a text column in between stays empty).
  std::vector<FusedRole> mid;
  std::vector<std::size_t> cols;
  for (std::size_t c = first; c < last; ++c)
    if (roles[c] != FusedRole::Other && roles[c] != FusedRole::Name && roles[c] != FusedRole::Unit) { mid.push_back(roles[c]); cols.push_back(c); }
  Str run = row.substr(pos, e - pos);
  if (mid.empty() || mid.size() > kMaxColumns || run.size() > kMaxRun || !fused_figures(run)) return {};
  Search s{run, mid, {}, percent_unit, {}, {}, 0, 0};
  for (char32_t c : run) s.any_percent |= c == U'%' || c == U'％';
  s.go(0, 0);
  if (s.solutions != 1 || s.steps > kMaxSteps) return {};
  for (const Piece& p : s.found) out.push_back({pos + p.begin, pos + p.end, cols[p.column]});
  if (e < row.size()) out.push_back({e, row.size(), roles.size() - 1});
  return out;
}

}  // namespace gouji
