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

namespace target_detail {

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

}  // namespace target_detail

std::u32string normalize_name(std::u32string_view s) {
  std::u32string k;
  k.reserve(static_cast<std::size_t>(std::count_if(s.begin(), s.end(), keep_char)));  // one block, no spare
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

namespace target_detail {


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

// ---- the reader: items, their names and numbers ---------------------------------------------

// Indices of the numbers that may start in [b, e), in order (a superset when unsorted).
std::pair<std::size_t, std::size_t> Reader::numbers_from(std::size_t b, std::size_t e) const {
  if (!qs_sorted) return {0, qs.size()};
  auto lo = std::partition_point(qs.begin(), qs.end(), [b](const Quantity& x) { return x.start < b; });
  auto hi = std::partition_point(lo, qs.end(), [e](const Quantity& x) { return x.start < e; });
  return {static_cast<std::size_t>(lo - qs.begin()), static_cast<std::size_t>(hi - qs.begin())};
}

bool Reader::usable(const Quantity& q) const {
  return q.kind() != UnitKind::Score && q.approx != Approx::About && q.unit != nullptr && !counts_indicator_set(q);
}

// "共编制12个绩效目标指标，其中一级指标3个": a count of the indicators, which a target section
// often opens with; read as targets, each would lack an actual (R40).
bool Reader::counts_indicator_set(const Quantity& q) const {
  if (q.kind() != UnitKind::Count && q.kind() != UnitKind::Items) return false;
  std::u32string lab = from_utf8_lossy(q.label);
  for (Str w : kIndicatorSetLabels)
    if (lab == w) return true;
  return false;
}

std::string Reader::unit_after(const Quantity& q, std::size_t limit) const {
  if (q.unit) return to_utf8(q.unit->text);
  std::size_t k = q.number_end > 0 ? q.number_end : q.end;
  std::size_t e = k;
  while (e < limit && e - k < 4 && is_han(s[e]) && kUnitStops.find(s[e]) == Str::npos) ++e;
  return text.utf8(k, e);
}

// Comparator written around q within [b, e) (the item).
Comparator Reader::comparator_of(const Quantity& q, std::size_t b) const {
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
std::string Reader::name_of(std::size_t qi, std::size_t b, std::size_t e, std::size_t prev_end) {
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

void Reader::add_item(bool target_side, Indicator ind) {
  ind.key = normalize_name(from_utf8_lossy(ind.name));
  if (ind.key.empty()) return;
  (target_side ? tf.targets : tf.actuals).push_back(std::move(ind));
}

// One item "name value" or "name state" between separators.
void Reader::read_piece(std::size_t b, std::size_t e, bool target_side, IndicatorGroup group, const std::string& subgroup,
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
    ind.start = std::max<std::size_t>(b, std::min<std::size_t>(q.start, q.label_end > q.label_start ? q.label_start : q.start));
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
std::size_t Reader::heading_on_line(std::size_t number) const {
  const auto& hs = doc.headings;
  auto it = std::partition_point(hs.begin(), hs.end(), [number](const Heading& h) { return h.line < number; });
  return it != hs.end() && it->line == number ? static_cast<std::size_t>(it - hs.begin()) : kNone;
}

std::size_t Reader::heading_at(std::size_t pos) const {
  const auto& hs = doc.headings;
  auto it = std::partition_point(hs.begin(), hs.end(), [pos](const Heading& h) { return h.marker_start <= pos; });
  return it == hs.begin() ? kNone : static_cast<std::size_t>(it - hs.begin()) - 1;
}

}  // namespace target_detail


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
