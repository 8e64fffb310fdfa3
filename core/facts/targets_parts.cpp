// The parts of a report that state targets and actuals (headings, line labels), read item by
// item, and targets paired with their actuals in one sentence.
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
namespace target_detail {

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


std::size_t heading_section_end(const Document& doc, std::size_t h, std::size_t text_end) {
  const auto& hs = doc.headings;
  for (std::size_t k = h + 1; k < hs.size(); ++k)
    if (hs[k].depth <= hs[h].depth) return hs[k].marker_start;
  return text_end;
}



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


void Reader::read_part(const Part& part) {
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

std::vector<Part> Reader::find_parts() {
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
void Reader::read_narrative_pairs() {
  // "计划" alone would catch 计划生育.
  for (std::size_t i = 0; i < qs.size(); ++i) {
    const Quantity& q = qs[i];
    // A target may carry its comparator ("满意度目标≥90%", "不低于95%").
    bool bound = q.approx == Approx::AtLeast || q.approx == Approx::AtMost;
    if (used[i] || !(q.exact() || bound) || !usable(q) || q.kind() == UnitKind::PercentagePoints ||
        q.kind() == UnitKind::Multiple)
      continue;
    std::size_t cb = q.start;
    while (cb > 0 && !is_clause_sep(s[cb - 1]) && !is_sentence_end(s[cb - 1]) && q.start - cb < 30) --cb;
    // "年度指标值：120人次": the words before a colon right before the figure name it.
    if (cb > 0 && cb + 1 >= q.start && (s[cb - 1] == U'：' || s[cb - 1] == U':'))
      for (--cb; cb > 0 && !is_clause_sep(s[cb - 1]) && !is_sentence_end(s[cb - 1]) && q.start - cb < 30;) --cb;
    std::u32string pre(s.substr(cb, q.start - cb));
    bool target_word = false;
    for (Str w : kTargetWords) target_word |= has(pre, w);
    // "空气质量优良天数比例目标85%", "全年计划开展执法检查1200家次" (计划 not as in 计划生育).
    for (Str w : kTargetBareWords)
      for (std::size_t at = Str(pre).find(w); at != Str::npos && !target_word; at = Str(pre).find(w, at + 1))
        target_word = Str(pre).substr(at + 2, 2) != kNotAfterPlan;
    if (!target_word || has(pre, kCompletionRate)) continue;
    bool column = has_any(pre, kTargetColumnWords);
    // The actual: the next figure of the same kind in the same sentence, named as done (past one
    // "；" after a target named by its column word).
    for (std::size_t j = i + 1; j < qs.size() && qs[j].start < q.end + 100; ++j) {
      const Quantity& a = qs[j];
      int crossed = 0;
      for (std::size_t k = q.end; k < a.start; ++k)
        if (is_sentence_end(s[k])) crossed += column && (s[k] == U'；' || s[k] == U';') ? 1 : 2;
      if (crossed > 1) break;
      if (used[j] || a.kind() != q.kind() || !(a.exact() || a.approx == Approx::AtLeast)) continue;
      std::size_t ab = a.start;
      while (ab > q.end && !is_clause_sep(s[ab - 1]) && !is_sentence_end(s[ab - 1])) --ab;
      if (ab > q.end && ab + 1 >= a.start && (s[ab - 1] == U'：' || s[ab - 1] == U':'))
        for (--ab; ab > q.end && !is_clause_sep(s[ab - 1]) && !is_sentence_end(s[ab - 1]);) --ab;
      std::u32string apre(s.substr(ab, a.start - ab));
      bool done = false;
      for (Str w : kActualWords) done |= has(apre, w);
      if (!done || has_any(apre, kNotActualWords) || has(apre, kCompletionRate)) continue;
      if (a.kind() == UnitKind::Money && has_any(apre, kFundFlowWords)) continue;
      // Name: the target clause without its target words.
      std::u32string name = pre;
      for (Str w : kTargetNameWords) {
        std::size_t p = name.find(w);
        if (p != std::u32string::npos) name.erase(p, w.size());
      }
      std::u32string key = normalize_name(name);
      // "培训人次：年度指标值：120人次": the indicator's name heads the clause before.
      if (key.empty() && cb > 0 && (s[cb - 1] == U'：' || s[cb - 1] == U':')) {
        std::size_t nb = cb - 1;
        while (nb > 0 && !is_clause_sep(s[nb - 1]) && !is_sentence_end(s[nb - 1]) && cb - nb < 30) --nb;
        name = std::u32string(s.substr(nb, cb - 1 - nb));
        key = normalize_name(name);
      }
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

}  // namespace target_detail
}  // namespace gouji
