#include "facts/targets.h"

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <set>

#include "facts/targets_internal.h"
#include "lexicon/target_words.h"
#include "numbers/dates.h"
#include "text/chars.h"

namespace gouji {

using namespace target_detail;

namespace {

using namespace chars;
using Str = std::u32string_view;
using namespace lex::targets;

void trim(Str s, std::size_t& b, std::size_t& e) {
  while (b < e && (is_space(s[b]) || is_clause_sep(s[b]))) ++b;
  while (e > b && (is_space(s[e - 1]) || is_clause_sep(s[e - 1]))) --e;
}

// ---- names ----------------------------------------------------------------------------------

// The longest comparator word that ends `s` ("不超过" before "超过"); nullptr if none.
const CmpWord* comparator_ending(Str s) {
  const CmpWord* best = nullptr;
  for (const auto& c : kPrefixComparators)
    if (s.size() >= c.word.size() && s.substr(s.size() - c.word.size()) == c.word && (!best || c.word.size() > best->word.size()))
      best = &c;
  return best;
}


bool keep_char(char32_t c) { return is_han(c) || is_latin(c) || is_digit(c); }

}  // namespace

std::u32string normalize_name(std::u32string_view s) {
  std::u32string k;
  for (char32_t c : s)
    if (keep_char(c)) k += c;
  // A leading year ("2024年") names the period, not the indicator.
  std::size_t i = 0;
  while (i < k.size() && is_digit(k[i])) ++i;
  if (i > 0 && i < k.size() && k[i] == U'年') k.erase(0, i + 1);
  for (bool again = true; again;) {
    again = false;
    for (Str w : kLeadingFiller)
      if (k.size() > w.size() + 1 && begins(k, w)) { k.erase(0, w.size()); again = true; }
    if (k.size() > 5 && (begins(k, kLeadingDone[0]) || begins(k, kLeadingDone[1]))) {
      k.erase(0, begins(k, kLeadingDone[0]) ? kLeadingDone[0].size() : kLeadingDone[1].size());
      again = true;
    }
  }
  for (bool again = true; again;) {
    again = false;
    for (Str w : kTrailingFiller)
      if (k.size() > w.size() + 1 && ends(k, w)) { k.erase(k.size() - w.size()); again = true; }
    if (const CmpWord* c = comparator_ending(k); c && k.size() > c->word.size() + 1) {
      k.erase(k.size() - c->word.size());
      again = true;
    }
  }
  return k;
}

namespace {

// "人数", "数量" and the like are written or dropped at will ("免费两癌检查数量" / "…人数").
std::u32string variant_key(std::u32string k) {
  for (Str w : kCountSuffixes)
    if (k.size() > w.size() + 2 && ends(k, w)) return k.substr(0, k.size() - w.size());
  return k;
}

// Longest common subsequence length (names are short).
std::size_t lcs(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}


// ---- groups -----------------------------------------------------------------------------------

// The group a free-form title names ("部门产出指标完成情况" → 产出), when it names exactly one.
IndicatorGroup group_in_title(Str t) {
  bool o = has_any(t, kOutputTitleWords);
  bool b = has_any(t, kBenefitTitleWords);
  bool s = has_any(t, kSatisfactionTitleWords);
  if (o + b + s != 1) return IndicatorGroup::Unknown;
  return o ? IndicatorGroup::Output : b ? IndicatorGroup::Benefit : IndicatorGroup::Satisfaction;
}

// A group label at `at`: the word, then "。", "：", a score "（20分）" or the end of the item.
std::size_t group_label_at(Str s, std::size_t at, std::size_t end, IndicatorGroup& g, std::size_t& word_end) {
  for (const auto& w : kGroupLabels) {
    if (!begins(s.substr(at, end - at), w.word)) continue;
    std::size_t k = at + w.word.size();
    std::size_t we = k;
    // "（20分）" / "(20分)"
    if (k < end && (s[k] == U'（' || s[k] == U'(')) {
      std::size_t c = k + 1;
      while (c < end && c - k < 10 && s[c] != U'）' && s[c] != U')') ++c;
      if (c < end) k = c + 1;
    }
    bool sep = k == end || s[k] == U'。' || s[k] == U'：' || s[k] == U':' || s[k] == U'；' || s[k] == U';' ||
               s[k] == U'\n' || s[k] == U'.' || s[k] == U'．' || s[k] == U'、' || s[k] == U'，';
    // Bare "数量"/"质量"/"时效" only as a label followed by a colon.
    if (w.word.size() == 2 && w.group == IndicatorGroup::Output && !(k < end && (s[k] == U'：' || s[k] == U':'))) continue;
    if (!sep) continue;
    while (k < end && (s[k] == U'。' || s[k] == U'：' || s[k] == U':' || s[k] == U'.' || s[k] == U'．' || s[k] == U'、' ||
                       s[k] == U'，' || is_space(s[k])))
      ++k;
    g = w.group;
    word_end = we;
    return k;
  }
  return at;
}

bool han_numeral(char32_t c) { return kHanNumerals.find(c) != Str::npos; }

// Skips a list marker at `i` ("1.", "1、", "（1）", "(1)", "一、", "（一）", "①").
std::size_t skip_marker(Str s, std::size_t i, std::size_t end) {
  std::size_t k = i;
  while (k < end && is_space(s[k])) ++k;
  std::size_t d = k;
  while (d < end && is_digit(s[d])) ++d;
  if (d > k && d < end && (s[d] == U'.' || s[d] == U'、' || s[d] == U'．') && !(d + 1 < end && is_digit(s[d + 1]))) {
    k = d + 1;
  } else if (k < end && (s[k] == U'（' || s[k] == U'(')) {
    std::size_t c = k + 1;
    while (c < end && (is_digit(s[c]) || han_numeral(s[c]))) ++c;
    if (c > k + 1 && c < end && (s[c] == U'）' || s[c] == U')')) k = c + 1;
  } else if (k < end && han_numeral(s[k])) {
    std::size_t c = k;
    while (c < end && han_numeral(s[c])) ++c;
    if (c < end && s[c] == U'、') k = c + 1;
  } else if (k < end && s[k] >= U'①' && s[k] <= U'⑳') {
    k = k + 1;
  }
  while (k < end && is_space(s[k])) ++k;
  return k;
}

// ---- parts of the report ----------------------------------------------------------------------

bool target_title(Str t) {
  if (t.size() > 24) return false;
  if (has_any(t, kNotTargetTitles)) return false;
  return has_any(t, kTargetTitles);
}

bool actual_title(Str t) {
  if (t.size() > 30) return false;
  if (has_any(t, kNotActualTitles)) return false;
  return has_any(t, kActualTitles);
}

bool overall_goal_title(Str t) { return has_any(t, kOverallGoalTitles); }

struct Part {
  std::size_t start = 0, end = 0;
  std::size_t head_start = 0, head_end = 0;  // the heading (or line label) that names it
  bool target = true;
  IndicatorGroup group = IndicatorGroup::Unknown;
};

std::size_t heading_section_end(const Document& doc, std::size_t h, std::size_t text_end) {
  const auto& hs = doc.headings;
  for (std::size_t k = h + 1; k < hs.size(); ++k)
    if (hs[k].depth <= hs[h].depth) return hs[k].marker_start;
  return text_end;
}


struct LineSpan {
  std::size_t start, end, number;
};

std::vector<LineSpan> lines_of(Str s) {
  std::vector<LineSpan> out;
  std::size_t b = 0, n = 1;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == U'\n') { out.push_back({b, i, n++}); b = i + 1; }
  return out;
}

std::size_t count_char(Str s, std::size_t b, std::size_t e, char32_t c) {
  return static_cast<std::size_t>(std::count(s.begin() + b, s.begin() + e, c));
}

// ---- tables (自评表) -------------------------------------------------------------------------

struct GCell {
  std::size_t start = 0, end = 0;
  std::u32string text;  // spaces removed
};
struct Grid {
  std::vector<std::u32string> header;
  std::vector<std::vector<GCell>> rows;
};

int header_hits(const std::vector<GCell>& row) {
  int n = 0;
  for (const auto& c : row) {
    Str t = c.text;
    if (t.empty() || t.size() > 16) continue;
    if (has_any(t, kHeaderWords))
      ++n;
  }
  return n;
}

// Tab-separated rows, split without dropping leading empty cells (merged 一级/二级 columns).
std::vector<Grid> tsv_grids(Str s, const std::vector<LineSpan>& lines, std::set<std::size_t>& grid_lines) {
  std::vector<Grid> out;
  Grid* cur = nullptr;
  for (const auto& l : lines) {
    if (count_char(s, l.start, l.end, U'\t') < 2) { cur = nullptr; continue; }
    std::vector<GCell> row;
    std::size_t b = l.start;
    for (std::size_t i = l.start; i <= l.end; ++i) {
      if (i == l.end || s[i] == U'\t') {
        std::size_t x = b, y = i;
        while (x < y && is_space(s[x])) ++x;
        while (y > x && (is_space(s[y - 1]) || s[y - 1] == U'\r')) --y;
        row.push_back({x, y, compact(s.substr(x, y - x))});
        b = i + 1;
      }
    }
    if (header_hits(row) >= 2) {
      out.push_back({});
      cur = &out.back();
      for (const auto& c : row) cur->header.push_back(c.text);
      grid_lines.insert(l.number);
      continue;
    }
    if (!cur) continue;
    grid_lines.insert(l.number);
    row.resize(std::max(row.size(), cur->header.size()));
    cur->rows.push_back(std::move(row));
  }
  return out;
}

std::vector<Grid> doc_grids(const Document& doc) {
  std::vector<Grid> out;
  for (const auto& t : doc.tables) {
    if (t.source == "tsv") continue;  // read above, with merged cells kept in place
    Grid g;
    for (const auto& h : t.header) g.header.push_back(compact(from_utf8_lossy(h)));
    std::vector<GCell> hrow;
    for (const auto& h : g.header) hrow.push_back({0, 0, h});
    if (header_hits(hrow) < 2) continue;
    for (const auto& r : t.rows) {
      std::vector<GCell> row(t.columns);
      for (const auto& c : r)
        if (c.column < row.size()) row[c.column] = {c.start, c.end, compact(from_utf8_lossy(c.text))};
      g.rows.push_back(std::move(row));
    }
    out.push_back(std::move(g));
  }
  return out;
}

CellNumber cell_num(const GCell& c) {
  CellNumber n;
  std::string ascii;
  int decimals = 0;
  bool dot = false, percent = false;
  for (char32_t ch : c.text) {
    if (is_digit(ch)) {
      ascii += static_cast<char>('0' + digit_value(ch));
      if (dot) ++decimals;
    } else if (is_decimal_point(ch) && !dot) {
      ascii += '.';
      dot = true;
    } else if ((ch == U'%' || ch == U'％') && !percent) {
      percent = true;
    } else if (ch == U',' || ch == U'，') {
      continue;
    } else if (ch == U'分' && !ascii.empty()) {
      continue;
    } else {
      return n;
    }
  }
  auto v = Decimal::parse(ascii);
  if (!v) return n;
  n.present = true;
  n.value = *v;
  n.decimals = decimals;
  n.percent = percent;
  n.start = c.start;
  n.end = c.end;
  return n;
}

template <class Words, class NotWords = std::array<Str, 0>>
int find_col(const Grid& g, const Words& words, const NotWords& not_words = {}) {
  for (Str w : words)
    for (std::size_t i = 0; i < g.header.size(); ++i) {
      Str h = g.header[i];
      bool bad = false;
      for (Str n : not_words) bad |= has(h, n);
      if (!bad && has(h, w)) return static_cast<int>(i);
    }
  return -1;
}

// ---- the reader ---------------------------------------------------------------------------------

struct Reader {
  const Text& text;
  Str s;
  const std::vector<Quantity>& qs;
  const Document& doc;
  TargetFacts& tf;
  std::vector<bool> used;
  std::vector<LineSpan> lines;
  std::set<std::size_t> table_lines;

  bool qs_sorted = false;  // numbers in text order (they are): ranges are binary searches

  Reader(const Text& t, const std::vector<Quantity>& q, const Document& d, TargetFacts& out)
      : text(t), s(t.chars()), qs(q), doc(d), tf(out), used(q.size(), false), lines(lines_of(s)) {
    for (const auto& [a, b] : doc.table_lines)
      for (std::size_t n = a; n <= b; ++n) table_lines.insert(n);
    qs_sorted = std::is_sorted(qs.begin(), qs.end(), [](const Quantity& x, const Quantity& y) { return x.start < y.start; });
  }

  // Indices of the numbers that may start in [b, e), in order (a superset when unsorted).
  std::pair<std::size_t, std::size_t> numbers_from(std::size_t b, std::size_t e) const {
    if (!qs_sorted) return {0, qs.size()};
    auto lo = std::partition_point(qs.begin(), qs.end(), [b](const Quantity& x) { return x.start < b; });
    auto hi = std::partition_point(lo, qs.end(), [e](const Quantity& x) { return x.start < e; });
    return {static_cast<std::size_t>(lo - qs.begin()), static_cast<std::size_t>(hi - qs.begin())};
  }

  bool usable(const Quantity& q) const {
    return q.kind() != UnitKind::Score && q.approx != Approx::About && q.unit != nullptr;
  }

  std::string unit_after(const Quantity& q, std::size_t limit) const {
    if (q.unit) return to_utf8(q.unit->text);
    std::size_t k = q.number_end > 0 ? q.number_end : q.end;
    std::size_t e = k;
    while (e < limit && e - k < 4 && is_han(s[e]) && kUnitStops.find(s[e]) == Str::npos) ++e;
    return text.utf8(k, e);
  }

  // Comparator written around q within [b, e) (the item).
  Comparator comparator_of(const Quantity& q, std::size_t b) const {
    if (q.comparator != Comparator::None) return q.comparator;
    std::size_t p = q.start;
    while (p > b && is_space(s[p - 1])) --p;
    if (const CmpWord* c = comparator_ending(s.substr(b, p - b))) return c->cmp;
    for (const auto& c : kSuffixComparators)
      if (begins(s.substr(q.end), c.word)) return c.cmp;
    return Comparator::None;
  }

  // The name of the quantity qs[qi] inside the item [b, e): the clause before it, plus a short
  // tail after it ("完成10所学校改造" → "完成所学校改造").
  std::string name_of(std::size_t qi, std::size_t b, std::size_t e, std::size_t prev_end) {
    const Quantity& q = qs[qi];
    std::size_t cb = q.start;
    while (cb > b && cb > prev_end && !(s[cb - 1] == U'，' || s[cb - 1] == U',' || s[cb - 1] == U'：' || s[cb - 1] == U':'))
      --cb;
    std::size_t pe = q.start;
    while (cb < pe && is_space(s[cb])) ++cb;
    while (pe > cb && is_space(s[pe - 1])) --pe;
    std::u32string name(s.substr(cb, pe - cb));
    // Drop comparator words and filler at the end ("群众满意度不低于" → "群众满意度").
    for (bool again = true; again;) {
      again = false;
      if (const CmpWord* c = comparator_ending(name); c && name.size() > c->word.size()) {
        name.erase(name.size() - c->word.size());
        again = true;
      }
      for (Str w : kTrailingFiller)
        if (name.size() > w.size() && ends(name, w)) { name.erase(name.size() - w.size()); again = true; }
      while (!name.empty() && is_space(name.back())) { name.pop_back(); again = true; }
    }
    // A short tail after the value that completes the name ("10所学校" + "改造").
    std::size_t te = q.end;
    for (const auto& c : kSuffixComparators)
      if (begins(s.substr(te), c.word)) te += c.word.size();
    std::size_t tail_b = te, tail_e = te;
    while (tail_e < e && !is_clause_sep(s[tail_e]) && !is_sentence_end(s[tail_e]) && s[tail_e] != U'（' &&
           s[tail_e] != U'(')
      ++tail_e;
    bool next_number = false;
    for (std::size_t k = tail_b; k < tail_e; ++k) next_number |= is_digit(s[k]);
    if (tail_e > tail_b && tail_e - tail_b <= 8 && !next_number) name += std::u32string(s.substr(tail_b, tail_e - tail_b));
    if (normalize_name(name).empty()) name = from_utf8_lossy(q.label);
    return to_utf8(name);
  }

  void add_item(bool target_side, Indicator ind) {
    ind.key = normalize_name(from_utf8_lossy(ind.name));
    if (ind.key.empty()) return;
    (target_side ? tf.targets : tf.actuals).push_back(std::move(ind));
  }

  // One item "name value" or "name state" between separators.
  void read_piece(std::size_t b, std::size_t e, bool target_side, IndicatorGroup group, const std::string& subgroup,
                  bool list_like, bool group_known) {
    std::vector<std::size_t> in;
    bool any_number = false;
    auto [from, to] = numbers_from(b, e);
    for (std::size_t i = from; i < to; ++i)
      if (qs[i].start >= b && qs[i].end <= e) {
        any_number = true;
        if (!used[i]) in.push_back(i);
      }
    if (in.empty()) {
      if (any_number) return;  // its figure was read elsewhere (a narrative pair)
      // A qualitative item: only in an indicator list (a group label; for actuals, any short list
      // line, so "项目完工及时率基本达标" can face its target).
      if (!list_like || (!group_known && target_side)) return;
      std::size_t len = e - b;
      bool han = false;
      for (std::size_t k = b; k < e; ++k) han |= is_han(s[k]);
      if (!han || len < 3 || len > 40) return;
      Indicator ind;
      ind.name = text.utf8(b, e);
      ind.start = b;
      ind.end = e;
      ind.group = group;
      ind.subgroup = subgroup;
      ind.source = IndicatorSource::List;
      add_item(target_side, std::move(ind));
      return;
    }
    std::size_t prev_end = b;
    for (std::size_t qi : in) {
      const Quantity& q = qs[qi];
      if (!usable(q) || (!target_side && !q.exact() && q.approx != Approx::AtLeast)) { prev_end = q.end; continue; }
      // Rates about the figure just given ("完成率104.2%", "增长5%") are not indicators of their own.
      std::u32string lab = from_utf8_lossy(q.label);
      if (!list_like && has_any(lab, kAboutPrevious)) {
        prev_end = q.end;
        continue;
      }
      Indicator ind;
      ind.name = name_of(qi, b, e, prev_end);
      ind.start = std::max(b, std::min(q.start, q.label_end > q.label_start ? q.label_start : q.start));
      // The item runs from the name to the value; keep it within the clause.
      std::size_t nb = q.start;
      while (nb > b && nb > prev_end && !(s[nb - 1] == U'，' || s[nb - 1] == U',' || s[nb - 1] == U'：' || s[nb - 1] == U':'))
        --nb;
      while (nb < q.start && is_space(s[nb])) ++nb;
      ind.start = nb;
      ind.end = q.end;
      ind.quantity = qi;
      ind.comparator = comparator_of(q, b);
      ind.unit_text = unit_after(q, e);
      ind.group = group;
      ind.subgroup = subgroup;
      ind.source = list_like ? IndicatorSource::List : IndicatorSource::Narrative;
      used[qi] = true;
      prev_end = q.end;
      add_item(target_side, std::move(ind));
    }
  }

  // The innermost heading whose line is `line`, or kNone.
  // (Headings are in text order: binary searches.)
  std::size_t heading_on_line(std::size_t number) const {
    const auto& hs = doc.headings;
    auto it = std::partition_point(hs.begin(), hs.end(), [number](const Heading& h) { return h.line < number; });
    return it != hs.end() && it->line == number ? static_cast<std::size_t>(it - hs.begin()) : kNone;
  }
  std::size_t heading_at(std::size_t pos) const {
    const auto& hs = doc.headings;
    auto it = std::partition_point(hs.begin(), hs.end(), [pos](const Heading& h) { return h.marker_start <= pos; });
    return it == hs.begin() ? kNone : static_cast<std::size_t>(it - hs.begin()) - 1;
  }

  void read_part(const Part& part) {
    IndicatorGroup label_group = IndicatorGroup::Unknown;
    std::string subgroup;
    // Only the part's own lines (lines are in text order).
    auto first = std::partition_point(lines.begin(), lines.end(), [&](const LineSpan& l) { return l.end <= part.start; });
    for (auto it = first; it != lines.end() && it->start < part.end; ++it) {
      const LineSpan& l = *it;
      if (l.end <= part.start || l.start >= part.end) continue;
      if (table_lines.count(l.number)) continue;
      std::size_t ls = std::max(l.start, part.start), le = std::min(l.end, part.end);
      // Skip 总目标 paragraphs: the overall goal is narrative by nature.
      std::size_t h = heading_at(ls);
      bool overall = false, any_group = false;
      IndicatorGroup heading_group = IndicatorGroup::Unknown;
      for (std::size_t k = h; k != kNone; k = doc.headings[k].parent) {
        std::u32string t = from_utf8_lossy(doc.headings[k].title);
        if (part.target && overall_goal_title(t)) overall = true;
        IndicatorGroup g = group_in_title(t);
        if (!any_group && g != IndicatorGroup::Unknown) { heading_group = g; any_group = true; }
        if (doc.headings[k].marker_start <= part.start) break;
      }
      if (overall) continue;
      std::size_t i = skip_marker(s, ls, le);
      // A heading's own title is not an item ("（一）产出情况", "二、绩效目标完成情况"), unless it is
      // a group label ("1.数量指标。…"), read below.
      if (std::size_t hl = heading_on_line(l.number); hl != kNone && doc.headings[hl].end > i &&
                                                       doc.headings[hl].end <= le) {
        IndicatorGroup g0;
        std::size_t we0;
        if (group_label_at(s, i, le, g0, we0) == i) {
          i = doc.headings[hl].end;
          while (i < le && (s[i] == U'。' || s[i] == U'：' || s[i] == U':' || is_space(s[i]))) ++i;
          if (i >= le) {
            label_group = IndicatorGroup::Unknown;
            subgroup.clear();
            continue;
          }
        }
      }
      IndicatorGroup g = IndicatorGroup::Unknown;
      std::size_t word_end = i;
      std::size_t after = group_label_at(s, i, le, g, word_end);
      bool labelled = after != i;
      if (labelled) {
        label_group = g;
        subgroup = text.utf8(i, word_end);
        tf.labels.push_back({g, subgroup, i, word_end, part.target});
        i = after;
      } else if (heading_on_line(l.number) != kNone) {
        label_group = IndicatorGroup::Unknown;  // another heading: the label no longer applies
        subgroup.clear();
      }
      bool group_known = label_group != IndicatorGroup::Unknown || heading_group != IndicatorGroup::Unknown;
      IndicatorGroup group = label_group != IndicatorGroup::Unknown ? label_group
                             : heading_group != IndicatorGroup::Unknown ? heading_group
                                                                        : part.group;
      std::size_t first_char = ls;
      while (first_char < le && is_space(s[first_char])) ++first_char;
      bool marker = skip_marker(s, ls, le) != first_char;
      // An indicator list: a group label, a short numbered line, or short "；"-separated items.
      std::size_t semis = count_char(s, i, le, U'；') + count_char(s, i, le, U';');
      bool list_like = labelled || label_group != IndicatorGroup::Unknown || (marker && le - ls <= 60) ||
                       (semis >= 1 && (le - i) / (semis + 1) <= 30) || le - i <= 40;
      if (part.target && !list_like) continue;  // narrative in the target part: not an indicator list
      // Items: split at ；。 and at inline labels ("…；质量指标：…").
      std::size_t b = i;
      for (std::size_t k = i; k <= le; ++k) {
        bool end = k == le || s[k] == U'；' || s[k] == U';' || s[k] == U'。';
        if (!end) continue;
        std::size_t x = b, y = k;
        trim(s, x, y);
        b = k + 1;
        if (y <= x) continue;
        std::size_t xi = skip_marker(s, x, y);
        IndicatorGroup g2 = IndicatorGroup::Unknown;
        std::size_t we2 = xi;
        std::size_t a2 = group_label_at(s, xi, y, g2, we2);
        if (a2 != xi) {
          label_group = g2;
          group = g2;
          group_known = true;
          list_like = true;
          subgroup = text.utf8(xi, we2);
          tf.labels.push_back({g2, subgroup, xi, we2, part.target});
          x = a2;
          if (y <= x) continue;
        } else {
          x = xi;
        }
        IndicatorGroup item_group = group;
        if (item_group == IndicatorGroup::Unknown && has(s.substr(x, y - x), kSatisfaction))
          item_group = IndicatorGroup::Satisfaction;
        read_piece(x, y, part.target, item_group, subgroup, list_like, group_known);
      }
    }
  }

  std::vector<Part> find_parts() {
    std::vector<Part> parts;
    const auto& hs = doc.headings;
    std::vector<bool> taken(hs.size(), false);
    for (std::size_t h = 0; h < hs.size(); ++h) {
      std::u32string t = from_utf8_lossy(hs[h].title);
      bool is_t = target_title(t), is_a = !is_t && actual_title(t);
      if (!is_t && !is_a) continue;
      bool inside = false;
      for (const auto& p : parts) inside |= hs[h].marker_start >= p.start && hs[h].marker_start < p.end;
      if (inside) continue;
      Part p;
      p.start = hs[h].marker_start;
      p.end = heading_section_end(doc, h, s.size());
      p.head_start = hs[h].marker_start;
      p.head_end = hs[h].end;
      p.target = is_t;
      p.group = group_in_title(t);
      // Group headings ("5.效益指标。") that the heading tree did not put under this one still
      // belong to it.
      for (std::size_t k = h + 1; k < hs.size(); ++k) {
        if (hs[k].marker_start < p.end) continue;
        if (hs[k].marker_start != p.end) break;
        std::u32string kt = from_utf8_lossy(hs[k].title);
        IndicatorGroup g;
        std::size_t we;
        if (group_label_at(kt, 0, kt.size(), g, we) == 0) break;
        p.end = std::max(p.end, heading_section_end(doc, k, s.size()));
      }
      parts.push_back(p);
    }
    // Parts introduced on a line of their own: "年度绩效目标：…" / "完成情况：…".
    for (std::size_t li = 0; li < lines.size(); ++li) {
      const auto& l = lines[li];
      std::size_t i = skip_marker(s, l.start, l.end);
      std::size_t c = i;
      while (c < l.end && c - i < 14 && s[c] != U'：' && s[c] != U':') ++c;
      if (c >= l.end || s[c] == U'\n' || c == i || (s[c] != U'：' && s[c] != U':')) continue;
      std::u32string t(s.substr(i, c - i));
      bool is_t = target_title(t) || is_one_of(t, kTargetLabels);
      bool is_a = !is_t && (actual_title(t) || is_one_of(t, kActualLabels));
      if (!is_t && !is_a) continue;
      bool inside = false;
      for (const auto& p : parts) inside |= l.start >= p.start && l.start < p.end;
      if (inside) continue;
      Part p;
      p.start = c + 1;
      p.head_start = i;
      p.head_end = c;
      p.target = is_t;
      p.group = group_in_title(t);
      // The part runs on while the following lines are list items or group labels.
      std::size_t end_line = li;
      for (std::size_t k = li + 1; k < lines.size(); ++k) {
        const auto& n = lines[k];
        std::size_t j = n.start;
        while (j < n.end && is_space(s[j])) ++j;
        if (j == n.end) continue;
        std::size_t m = skip_marker(s, n.start, n.end);
        IndicatorGroup g;
        std::size_t we;
        if (m == j && group_label_at(s, m, n.end, g, we) == m) break;
        // a new part starts
        std::size_t cc = m;
        while (cc < n.end && cc - m < 14 && s[cc] != U'：' && s[cc] != U':') ++cc;
        if (cc < n.end) {
          std::u32string t2(s.substr(m, cc - m));
          if (target_title(t2) || actual_title(t2) || is_one_of(t2, kActualLabels)) break;
        }
        end_line = k;
      }
      p.end = lines[end_line].end;
      parts.push_back(p);
    }
    std::sort(parts.begin(), parts.end(), [](const Part& a, const Part& b) { return a.start < b.start; });
    return parts;
  }

  // "目标数是1330例，截止到11月底，共完成了1386例": a target and its actual in one sentence.
  void read_narrative_pairs() {
    // "计划" alone would catch 计划生育.
    for (std::size_t i = 0; i < qs.size(); ++i) {
      const Quantity& q = qs[i];
      if (used[i] || !q.exact() || !usable(q) || q.kind() == UnitKind::PercentagePoints || q.kind() == UnitKind::Multiple) continue;
      std::size_t cb = q.start;
      while (cb > 0 && !is_clause_sep(s[cb - 1]) && !is_sentence_end(s[cb - 1]) && q.start - cb < 30) --cb;
      std::u32string pre(s.substr(cb, q.start - cb));
      bool target_word = false;
      for (Str w : kTargetWords) target_word |= has(pre, w);
      // "空气质量优良天数比例目标85%", "全年计划开展执法检查1200家次" (计划 not as in 计划生育).
      for (Str w : kTargetBareWords)
        for (std::size_t at = Str(pre).find(w); at != Str::npos && !target_word; at = Str(pre).find(w, at + 1))
          target_word = Str(pre).substr(at + 2, 2) != kNotAfterPlan;
      if (!target_word || has(pre, kCompletionRate)) continue;
      // The actual: the next figure of the same kind in the same sentence, named as done.
      for (std::size_t j = i + 1; j < qs.size() && qs[j].start < q.end + 100; ++j) {
        const Quantity& a = qs[j];
        bool crossed = false;
        for (std::size_t k = q.end; k < a.start; ++k) crossed |= is_sentence_end(s[k]);
        if (crossed) break;
        if (used[j] || a.kind() != q.kind() || !(a.exact() || a.approx == Approx::AtLeast)) continue;
        std::size_t ab = a.start;
        while (ab > q.end && !is_clause_sep(s[ab - 1]) && !is_sentence_end(s[ab - 1])) --ab;
        std::u32string apre(s.substr(ab, a.start - ab));
        bool done = false;
        for (Str w : kActualWords) done |= has(apre, w);
        if (!done || has_any(apre, kNotActualWords) || has(apre, kCompletionRate)) continue;
        // Name: the target clause without its target words.
        std::u32string name = pre;
        for (Str w : kTargetNameWords) {
          std::size_t p = name.find(w);
          if (p != std::u32string::npos) name.erase(p, w.size());
        }
        std::u32string key = normalize_name(name);
        if (key.empty()) name = pre;
        Indicator t, act;
        t.name = to_utf8(compact(Str(name)));
        t.start = cb;
        t.end = q.end;
        t.quantity = i;
        t.comparator = comparator_of(q, cb);
        t.unit_text = unit_after(q, q.end + 4);
        t.source = IndicatorSource::Narrative;
        if (has(name, kSatisfaction)) t.group = IndicatorGroup::Satisfaction;
        act = t;
        act.start = ab;
        act.end = a.end;
        act.quantity = j;
        act.comparator = Comparator::None;
        act.unit_text = unit_after(a, a.end + 4);
        t.key = normalize_name(from_utf8_lossy(t.name));
        act.key = t.key;
        used[i] = used[j] = true;
        tf.targets.push_back(std::move(t));
        tf.actuals.push_back(std::move(act));
        tf.pairs.push_back({tf.targets.size() - 1, tf.actuals.size() - 1, MatchKind::Narrative, Direction::Positive});
        break;
      }
    }
  }

  void read_grid(const Grid& g, std::size_t table_index) {
    int c_name = find_col(g, kColName);
    int c_l1 = find_col(g, kColLevel1);
    int c_l2 = find_col(g, kColLevel2);
    int c_target = find_col(g, kColTarget, kColTargetNot);
    int c_actual = find_col(g, kColActual);
    int c_weight = find_col(g, kColWeight);
    int c_points = find_col(g, kColPoints);
    int c_reason = find_col(g, kColReason);
    int c_budget = find_col(g, kColBudget, kColBudgetNot);
    int c_spent = find_col(g, kColSpent);
    int c_rate = find_col(g, kColRate);
    int c_initial = find_col(g, kColInitial);
    auto cell = [&](const std::vector<GCell>& r, int c) -> const GCell* {
      return c >= 0 && static_cast<std::size_t>(c) < r.size() ? &r[c] : nullptr;
    };
    auto row_extent = [&](const std::vector<GCell>& r, std::size_t& b, std::size_t& e) {
      b = kNone;
      e = 0;
      for (const auto& c : r)
        if (c.end > c.start) { b = std::min(b, c.start); e = std::max(e, c.end); }
    };
    bool budget_grid = c_rate >= 0 || (c_budget >= 0 && c_spent >= 0);
    if (budget_grid && c_target < 0) {
      bool first = true;
      for (const auto& r : g.rows) {
        BudgetRow br;
        for (const auto& c : r)
          if (!c.text.empty()) { br.label = to_utf8(c.text); break; }
        if (const GCell* c = cell(r, c_initial)) br.initial = cell_num(*c);
        if (const GCell* c = cell(r, c_budget)) br.budget = cell_num(*c);
        if (const GCell* c = cell(r, c_spent)) br.spent = cell_num(*c);
        if (const GCell* c = cell(r, c_rate)) br.rate = cell_num(*c);
        if (const GCell* c = cell(r, c_weight)) br.weight = cell_num(*c);
        if (const GCell* c = cell(r, c_points)) br.points = cell_num(*c);
        row_extent(r, br.start, br.end);
        if (br.start == kNone) continue;
        br.first = first;
        if (br.points.present || br.rate.present) {
          tf.budget_rows.push_back(br);
          first = false;
        }
      }
      return;
    }
    if (c_target < 0 || c_actual < 0 || c_name < 0) return;
    tf.has_target_part = tf.has_actual_part = true;
    IndicatorGroup group = IndicatorGroup::Unknown;
    std::string subgroup;
    for (const auto& r : g.rows) {
      std::size_t rb, re;
      row_extent(r, rb, re);
      if (rb == kNone) continue;
      if (tf.actual_part_end == 0) { tf.actual_part_start = rb; tf.actual_part_end = re; }
      const GCell* first = nullptr;
      for (const auto& c : r)
        if (!c.text.empty()) { first = &c; break; }
      if (first && is_one_of(first->text, kTotalRowLabels)) {
        ScoreTotal t;
        if (const GCell* c = cell(r, c_weight)) t.weight = cell_num(*c);
        if (const GCell* c = cell(r, c_points)) t.points = cell_num(*c);
        t.start = rb;
        t.end = re;
        t.table = table_index;
        tf.totals.push_back(t);
        continue;
      }
      if (const GCell* c = cell(r, c_l1); c && !c->text.empty()) {
        IndicatorGroup gg = group_in_title(c->text);
        if (gg != IndicatorGroup::Unknown) group = gg;
        if (c_l2 < 0) subgroup.clear();
      }
      if (const GCell* c = cell(r, c_l2); c && !c->text.empty() && c_l2 != c_name) {
        subgroup = to_utf8(c->text);
        IndicatorGroup gg = group_in_title(c->text);
        if (gg == IndicatorGroup::Unknown) {
          for (const auto& w : kGroupLabels)
            if (begins(c->text, w.word)) { gg = w.group; break; }
        }
        if (gg != IndicatorGroup::Unknown) group = gg;
      }
      const GCell* nc = cell(r, c_name);
      const GCell* tc = cell(r, c_target);
      const GCell* ac = cell(r, c_actual);
      // "预算执行率 | | | 100% | 95% | 10 | 9.5": the funds row of the indicator table (no
      // second/third-level name) scores execution, not an indicator.
      if ((!nc || nc->text.empty()) && first && has(first->text, kExecutionRate)) {
        BudgetRow br;
        br.label = to_utf8(first->text);
        if (ac) br.rate = cell_num(*ac);
        if (const GCell* c = cell(r, c_weight)) br.weight = cell_num(*c);
        if (const GCell* c = cell(r, c_points)) br.points = cell_num(*c);
        br.start = rb;
        br.end = re;
        if (br.points.present || br.rate.present) tf.budget_rows.push_back(br);
        continue;
      }
      if (!nc || nc->text.empty() || !tc || tc->text.empty()) continue;
      ScoreRow row;
      row.start = rb;
      row.end = re;
      row.table = table_index;
      if (const GCell* c = cell(r, c_weight)) row.weight = cell_num(*c);
      if (const GCell* c = cell(r, c_points)) row.points = cell_num(*c);
      if (const GCell* c = cell(r, c_reason)) {
        row.reason = to_utf8(c->text);
        row.reason_start = c->start;
        row.reason_end = c->end;
      }
      auto make = [&](const GCell& c) {
        Indicator ind;
        ind.name = text.utf8(nc->start, nc->end);
        ind.start = c.start;
        ind.end = c.end;
        ind.group = group;
        ind.subgroup = subgroup;
        ind.source = IndicatorSource::Table;
        ind.row = tf.rows.size();
        // The cell's quantities (qs are in text order): found by bisection, not from the first.
        std::size_t from = static_cast<std::size_t>(
            std::lower_bound(qs.begin(), qs.end(), c.start, [](const Quantity& q, std::size_t at) { return q.start < at; }) -
            qs.begin());
        for (std::size_t i = from; i < qs.size() && qs[i].start < c.end; ++i)
          if (!used[i] && qs[i].kind() != UnitKind::Score && qs[i].approx != Approx::About) {
            ind.quantity = i;
            used[i] = true;
            ind.comparator = comparator_of(qs[i], c.start);
            ind.unit_text = unit_after(qs[i], c.end);
            break;
          }
        if (ind.quantity == kNone) ind.name = text.utf8(nc->start, nc->end);
        ind.key = normalize_name(from_utf8_lossy(ind.name));
        return ind;
      };
      tf.targets.push_back(make(*tc));
      row.target = tf.targets.size() - 1;
      TargetPair p;
      p.target = row.target;
      p.match = MatchKind::Table;
      if (ac && !ac->text.empty()) {
        tf.actuals.push_back(make(*ac));
        row.actual = tf.actuals.size() - 1;
        p.actual = row.actual;
      }
      tf.rows.push_back(std::move(row));
      tf.pairs.push_back(p);
    }
  }

  void pair_lists(std::size_t first_pair_target) {
    // Targets from the 绩效目标 part that have no pair yet, against actuals not yet taken.
    std::vector<bool> taken(tf.actuals.size(), false), done(tf.targets.size(), false);
    for (const auto& p : tf.pairs) {
      if (p.actual != kNone) taken[p.actual] = true;
      done[p.target] = true;
    }
    std::vector<TargetPair> found;
    auto compatible = [&](const Indicator& t, const Indicator& a) {
      if (t.group != IndicatorGroup::Unknown && a.group != IndicatorGroup::Unknown && t.group != a.group) return false;
      return true;
    };
    // Each target takes the first free actual (in list order) with its key and a compatible
    // group. The actuals are bucketed by (key, group), each bucket a queue in list order whose
    // head skips taken ones: linear, where a scan of every actual per target was quadratic.
    auto try_pass = [&](auto key_of, MatchKind kind, bool primary_only) {
      struct Bucket {
        std::vector<std::size_t> actuals;
        std::size_t head = 0;
      };
      std::map<std::pair<std::u32string, int>, Bucket> buckets;
      for (std::size_t ai = 0; ai < tf.actuals.size(); ++ai) {
        if (taken[ai] || (primary_only && tf.actuals[ai].source != IndicatorSource::List)) continue;
        buckets[{key_of(tf.actuals[ai]), static_cast<int>(tf.actuals[ai].group)}].actuals.push_back(ai);
      }
      if (buckets.empty()) return;
      const IndicatorGroup kGroups[] = {IndicatorGroup::Unknown, IndicatorGroup::Output, IndicatorGroup::Benefit,
                                        IndicatorGroup::Satisfaction};
      for (std::size_t ti = first_pair_target; ti < tf.targets.size(); ++ti) {
        if (done[ti]) continue;
        const Indicator& t = tf.targets[ti];
        std::u32string tk = key_of(t);
        Bucket* from = nullptr;
        std::size_t best = kNone;
        for (IndicatorGroup g : kGroups) {
          if (t.group != IndicatorGroup::Unknown && g != IndicatorGroup::Unknown && g != t.group) continue;
          auto it = buckets.find({tk, static_cast<int>(g)});
          if (it == buckets.end()) continue;
          Bucket& bk = it->second;
          while (bk.head < bk.actuals.size() && taken[bk.actuals[bk.head]]) ++bk.head;
          if (bk.head < bk.actuals.size() && bk.actuals[bk.head] < best) { best = bk.actuals[bk.head]; from = &bk; }
        }
        if (!from) continue;
        ++from->head;
        taken[best] = done[ti] = true;
        found.push_back({ti, best, kind, Direction::Positive});
      }
    };
    try_pass([](const Indicator& i) { return i.key; }, MatchKind::Exact, true);
    try_pass([](const Indicator& i) { return i.key; }, MatchKind::Exact, false);
    try_pass([](const Indicator& i) { return variant_key(i.key); }, MatchKind::Variant, true);
    try_pass([](const Indicator& i) { return variant_key(i.key); }, MatchKind::Variant, false);
    // An actual in words that opens with the target's name ("项目完工及时率基本达标"): the first
    // free one in list order. (Actuals in words sorted by key: those opening with a name are one
    // run of that order.)
    std::vector<std::size_t> worded;
    for (std::size_t ai = 0; ai < tf.actuals.size(); ++ai)
      if (tf.actuals[ai].quantity == kNone) worded.push_back(ai);
    std::sort(worded.begin(), worded.end(), [&](std::size_t x, std::size_t y) {
      return tf.actuals[x].key != tf.actuals[y].key ? tf.actuals[x].key < tf.actuals[y].key : x < y;
    });
    for (std::size_t ti = first_pair_target; ti < tf.targets.size() && !worded.empty(); ++ti) {
      const std::u32string& tk = tf.targets[ti].key;
      if (done[ti] || tk.size() < 4) continue;
      auto run = std::lower_bound(worded.begin(), worded.end(), tk,
                                  [&](std::size_t x, const std::u32string& k) { return tf.actuals[x].key < k; });
      std::size_t pick = kNone;
      for (; run != worded.end() && tf.actuals[*run].key.compare(0, tk.size(), tk) == 0; ++run) {
        std::size_t ai = *run;
        const Indicator& a = tf.actuals[ai];
        if (ai >= pick || taken[ai] || a.key.size() <= tk.size() || !compatible(tf.targets[ti], a)) continue;
        pick = ai;
      }
      if (pick == kNone) continue;
      taken[pick] = done[ti] = true;
      found.push_back({ti, pick, MatchKind::Variant, Direction::Positive});
    }
    // High-overlap names among the listed actuals, best first.
    struct Cand {
      std::size_t t, a;
      double score;
    };
    // Only actuals within kNear characters of the target compete (every one in any real report;
    // on a 50 MB paste comparing every name with every other was quadratic).
    constexpr std::size_t kNear = std::size_t(1) << 18;
    std::vector<std::size_t> listed;  // free listed actuals by position
    for (std::size_t ai = 0; ai < tf.actuals.size(); ++ai)
      if (!taken[ai] && tf.actuals[ai].source == IndicatorSource::List) listed.push_back(ai);
    std::sort(listed.begin(), listed.end(), [&](std::size_t x, std::size_t y) {
      return tf.actuals[x].start != tf.actuals[y].start ? tf.actuals[x].start < tf.actuals[y].start : x < y;
    });
    std::vector<Cand> cands;
    std::vector<std::size_t> near;
    for (std::size_t ti = first_pair_target; ti < tf.targets.size(); ++ti) {
      if (done[ti]) continue;
      const Indicator& t = tf.targets[ti];
      std::size_t lo = t.start > kNear ? t.start - kNear : 0, hi = t.start + kNear;
      auto b = std::partition_point(listed.begin(), listed.end(), [&](std::size_t x) { return tf.actuals[x].start < lo; });
      auto e = std::partition_point(b, listed.end(), [&](std::size_t x) { return tf.actuals[x].start <= hi; });
      near.assign(b, e);
      std::sort(near.begin(), near.end());
      for (std::size_t ai : near) {
        const Indicator& a = tf.actuals[ai];
        if (taken[ai] || a.source != IndicatorSource::List || !compatible(t, a)) continue;
        if ((t.quantity == kNone) != (a.quantity == kNone)) continue;
        if (t.quantity != kNone && qs[t.quantity].kind() != qs[a.quantity].kind()) continue;
        std::size_t n = lcs(t.key, a.key);
        std::size_t m = std::max(t.key.size(), a.key.size());
        if (n < 4 || n * 4 < m * 3) continue;
        cands.push_back({ti, ai, double(n) / double(m)});
      }
    }
    std::stable_sort(cands.begin(), cands.end(), [](const Cand& x, const Cand& y) { return x.score > y.score; });
    for (const auto& c : cands) {
      if (done[c.t] || taken[c.a]) continue;
      done[c.t] = taken[c.a] = true;
      found.push_back({c.t, c.a, MatchKind::Similar, Direction::Positive});
    }
    for (std::size_t ti = first_pair_target; ti < tf.targets.size(); ++ti)
      if (!done[ti]) found.push_back({ti, kNone, MatchKind::Exact, Direction::Positive});
    std::sort(found.begin(), found.end(), [](const TargetPair& x, const TargetPair& y) { return x.target < y.target; });
    for (auto& p : found) tf.pairs.push_back(p);
  }
};

// Names of indicators that count downwards when the target carries no comparator.
bool negative_name(Str n, UnitKind kind, const std::string& subgroup) {
  for (Str w : kNegativeRates)
    if (has(n, w)) return true;
  if (ends(n, kRateEnds[0]) || ends(n, kRateEnds[1])) return false;
  for (Str w : kNegativeWords)
    if (has(n, w)) return true;
  if (kind == UnitKind::Money && has(from_utf8_lossy(subgroup), kCost)) return true;
  return false;
}

}  // namespace

std::string_view group_name_zh(IndicatorGroup g) {
  switch (g) {
    case IndicatorGroup::Output: return "产出指标";
    case IndicatorGroup::Benefit: return "效益指标";
    case IndicatorGroup::Satisfaction: return "满意度指标";
    default: return "其他指标";
  }
}
std::string_view group_name_en(IndicatorGroup g) {
  switch (g) {
    case IndicatorGroup::Output: return "output";
    case IndicatorGroup::Benefit: return "benefit";
    case IndicatorGroup::Satisfaction: return "satisfaction";
    default: return "other";
  }
}

TargetFacts read_targets(const Text& text, const std::vector<Quantity>& qs, const Document& doc) {
  TargetFacts tf;
  Reader r(text, qs, doc, tf);
  // 自评表 grids first: their rows pair themselves.
  std::set<std::size_t> grid_lines;
  std::vector<Grid> grids = tsv_grids(r.s, r.lines, grid_lines);
  for (auto& g : doc_grids(doc)) grids.push_back(std::move(g));
  for (std::size_t n : grid_lines) r.table_lines.insert(n);
  for (std::size_t i = 0; i < grids.size(); ++i) r.read_grid(grids[i], i);
  tf.table_count = grids.size();
  // Then the narrative pairs, which stand anywhere.
  r.read_narrative_pairs();
  std::size_t first_list_target = tf.targets.size();
  // Then the 绩效目标 and 完成情况 parts.
  std::vector<Part> parts = r.find_parts();
  for (const auto& p : parts) {
    if (p.target) {
      tf.has_target_part = true;
    } else {
      if (tf.actual_part_end == 0) { tf.actual_part_start = p.head_start; tf.actual_part_end = p.head_end; }
      tf.has_actual_part = true;
    }
    r.read_part(p);
  }
  r.pair_lists(first_list_target);
  // An indicator that the pasted 自评表 lists is judged on its row; the same indicator in the
  // narrative ("完成安全隐患整治点位27处") would only repeat every finding.
  std::set<std::u32string> table_keys;  // (a set: one lookup per prefix, not a pass over every target)
  for (const auto& t : tf.targets)
    if (t.source == IndicatorSource::Table && t.key.size() >= 3) table_keys.insert(t.key);
  auto in_table = [&](const std::u32string& key) {
    if (table_keys.empty()) return false;
    for (std::size_t n = 3; n <= key.size(); ++n)
      if (table_keys.count(key.substr(0, n))) return true;
    return false;
  };
  tf.pairs.erase(std::remove_if(tf.pairs.begin(), tf.pairs.end(),
                                [&](const TargetPair& p) {
                                  const Indicator& t = tf.targets[p.target];
                                  return t.source != IndicatorSource::Table && in_table(t.key);
                                }),
                 tf.pairs.end());
  // Direction of every pair, from the target's wording (R43).
  for (auto& p : tf.pairs) {
    const Indicator& t = tf.targets[p.target];
    if (t.quantity == kNone) { p.direction = Direction::Qualitative; continue; }
    const Quantity& q = qs[t.quantity];
    switch (t.comparator) {
      case Comparator::Ge: case Comparator::Gt: p.direction = Direction::Positive; break;
      case Comparator::Le: case Comparator::Lt: p.direction = Direction::Negative; break;
      default:
        if (negative_name(from_utf8_lossy(t.name), q.kind(), t.subgroup) || q.value.is_zero()) p.direction = Direction::Negative;
        else p.direction = Direction::Equal;
    }
  }
  std::stable_sort(tf.pairs.begin(), tf.pairs.end(), [&](const TargetPair& a, const TargetPair& b) {
    return tf.targets[a.target].start < tf.targets[b.target].start;
  });
  return tf;
}

}  // namespace gouji
