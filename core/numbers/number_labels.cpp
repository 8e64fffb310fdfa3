// The label before a number: the phrase back to a clause mark, cleaned of dates and lead words,
// the noun after a count ("7个事业单位"), and the kind and direction the label gives the figure.
#include <algorithm>

#include "lexicon/lexicon.h"
#include "lexicon/number_words.h"
#include "numbers/number_reader_internal.h"

namespace gouji {
namespace number_detail {
namespace {

bool contains(Str s, Str w) { return s.find(w) != Str::npos; }

// Drops a leading date or period: "2024年", "2024年度", "2024年底", "11月底", "1-10月", "31日".
bool drop_date(std::u32string& l) {
  std::size_t k = 0;
  while (k < l.size() && is_digit(l[k])) ++k;
  if (k == 0) return false;
  std::size_t j = k;
  if (j < l.size() && is_range_sep(l[j]) && j + 1 < l.size() && is_digit(l[j + 1])) {
    j = j + 1;
    while (j < l.size() && is_digit(l[j])) ++j;
  }
  for (Str t : words::kDateTails) {
    if (Str(l).substr(j, t.size()) == t) {
      l.erase(0, j + t.size());
      return true;
    }
  }
  return false;
}

bool drop_lead_word(std::u32string& l) {
  for (Str w : words::kLeadWords) {
    if (l.size() <= w.size() || l[0] != w[0] || !begins(l, w)) continue;  // the first character rules out most
    if (w == words::kJun && in(words::kJunNameNext, l[1])) continue;  // 均次门诊费用: 均 is part of the name
    l.erase(0, w.size());
    return true;
  }
  return false;
}

// Only words a label sheds ("还有9972.9万元…"): nothing in the clause names the figure.
bool only_lead_words(Str l) {
  for (Str w : words::kLeadWords)
    if (l == w) return true;
  for (Str w : words::kTrailWords)
    if (l.size() > w.size() && ends(l, w)) {
      l.remove_suffix(w.size());
      for (Str v : words::kLeadWords)
        if (l == v) return true;
    }
  return false;
}

}  // namespace

bool ends_with(const std::u32string& s, Str w) { return s.size() >= w.size() && Str(s).substr(s.size() - w.size()) == w; }

CleanLabel clean_label(Str raw) {
  CleanLabel out;
  // Asides in brackets and spaces go: "部门年初预算收入（含所属二级预算单位）".
  std::u32string l;
  int depth = 0;
  for (char32_t c : raw) {
    if (c == U'（' || c == U'(') { ++depth; continue; }
    if (c == U'）' || c == U')') { if (depth > 0) --depth; continue; }
    if (depth > 0 || is_space(c)) continue;
    l.push_back(c);
  }
  if (only_lead_words(l)) return out;
  for (bool changed = true; changed && !l.empty();) {
    changed = false;
    if (drop_date(l)) changed = true;
    if (drop_lead_word(l)) changed = true;
  }
  for (bool changed = true; changed && !l.empty();) {
    changed = false;
    for (Str w : words::kTrailWords) {
      if (l.size() > w.size() && ends_with(l, w)) {
        if (w.size() == 1 && in(words::kCopulas, w[0])) out.stated_by_wei = true;
        l.erase(l.size() - w.size());
        changed = true;
        break;
      }
    }
  }
  // "合理用药、抗生素规范使用等专项培训" → 专项培训 (an enumeration summed up by 等).
  for (std::size_t k = l.size(); k-- > 1;) {
    if (l[k] != words::kDeng || l.size() - k - 1 < 2) continue;
    if (in(words::kNotDengPrev, l[k - 1]) || in(words::kNotDengNext, l[k + 1])) continue;
    l.erase(0, k + 1);
    break;
  }
  // "正骨医院项目总投资项目": a 项目 left after 投资 adds nothing to the name.
  if (ends_with(l, words::kInvestmentItem) && l.size() > 4) l.erase(l.size() - 2);
  std::u32string before_verbs = l;
  // An indicator counted in 人数/户数… keeps its verb: "发放农村奖扶资金人数" is the indicator's name.
  bool indicator_count = l.size() >= 4 && l.back() == U'数';
  for (bool changed = true; changed && !indicator_count;) {
    changed = false;
    for (Str v : words::kLabelVerbs)
      if (l.size() >= v.size() + 2 && begins(l, v)) { l.erase(0, v.size()); changed = true; break; }
    if (!changed && drop_lead_word(l)) changed = true;
  }
  // A verb inside the label, unless it names a measure ("计生家庭资金发放准确率") or the rest
  // hangs on it ("抗疫特别国债安排的支出"): "在县城区新增灭鼠毒饵" → 灭鼠毒饵,
  // "经县委编办核定编制" → 编制. 派遣/派出 inside a label are part of a noun ("劳务派遣人员").
  if (!l.empty() && !in(words::kMeasureNounEnds, l.back())) {
    std::size_t cut = 0;
    for (Str v : words::kLabelVerbs) {
      if (l.find(v[0]) == Str::npos) continue;  // most verbs: their first character is not in the label
      if (std::find(std::begin(words::kNounVerbs), std::end(words::kNounVerbs), v) != std::end(words::kNounVerbs)) continue;
      std::size_t p = Str(l).rfind(v);
      if (p != Str::npos && p > 0 && l.size() >= p + v.size() + 2 && l[p + v.size()] != words::kDe)
        cut = std::max(cut, p + v.size());
    }
    if (cut > 0) l.erase(0, cut);
  }
  out.text = l.empty() ? before_verbs : l;
  return out;
}

std::size_t label_begin(Str s, std::size_t label_end, std::size_t floor) {
  std::size_t lb = label_end, steps = 0;
  while (lb > floor && steps < kLabelMax) {
    char32_t c = s[lb - 1];
    if (c == U'）' || c == U')') {
      std::size_t k = lb - 1, depth = 0;
      bool found = false;
      while (k > floor && lb - k < kLabelMax) {
        char32_t d = s[k - 1];
        if (d == U'）' || d == U')') ++depth;
        else if (d == U'（' || d == U'(') {
          if (depth == 0) { found = true; break; }
          --depth;
        } else if (d == U'\n' || is_sentence_end(d)) break;
        --k;
      }
      if (!found) break;
      steps += lb - k;
      lb = k - 1;
      continue;
    }
    // "收、支总计": a 、 inside a fixed pair of one-character words belongs to the label.
    if (c == U'、' && lb >= 2 && starts_with_any(s, lb - 2, words::kDunhaoPairs)) {
      lb -= 2;
      steps += 2;
      continue;
    }
    if (is_sentence_end(c) || is_clause_sep(c) || c == U'\t' || c == U'（' || c == U'(' || c == U'\n') break;
    --lb;
    ++steps;
  }
  while (lb < label_end && is_space(s[lb])) ++lb;
  return lb;
}

bool post_label_kind(UnitKind k) {
  switch (k) {
    case UnitKind::Count: case UnitKind::Items: case UnitKind::Times: case UnitKind::Institutions:
    case UnitKind::Persons: case UnitKind::PersonVisits: case UnitKind::Cases: case UnitKind::Incidents:
    case UnitKind::Copies: case UnitKind::Buildings: case UnitKind::Vehicles: case UnitKind::Beds:
    case UnitKind::Seats: case UnitKind::Households: case UnitKind::Age: case UnitKind::InstitutionVisits:
      return true;
    default:
      return false;
  }
}

bool post_label(Str s, const Candidate& c, std::size_t& b, std::size_t& e) {
  if (!c.unit) return false;
  std::size_t p = c.end;
  bool de = at(s, p) == words::kDe && is_han(at(s, p + 1));
  UnitKind k = c.unit->kind;
  bool duration = k == UnitKind::Years || k == UnitKind::Days || k == UnitKind::Months || k == UnitKind::Hours;
  if (de) ++p;
  else if (duration || !post_label_kind(k)) return false;
  if (de && !duration && !post_label_kind(k)) return false;
  if (!is_han(at(s, p)) || in(words::kNotPostLabel, at(s, p))) return false;
  std::size_t q = p;
  while (q < s.size() && q - p < kPostMax && is_han(s[q])) {
    if (q > p && starts_with_any(s, q, words::kPostStops)) break;
    if (q > p && (is_chinese_digit(s[q]) && unit_at(s, q + 1))) break;
    ++q;
  }
  if (q - p < 1) return false;
  Str run = s.substr(p, q - p);
  std::size_t best = 0;
  for (Str h : words::kHeadNouns)
    for (std::size_t pos = run.find(h); pos != Str::npos; pos = run.find(h, pos + 1))
      best = std::max(best, pos + h.size());
  b = p;
  e = best > 0 ? p + best : q;
  if (e - b > 16) e = b + 16;
  return true;
}

bool has_any(Str s, const Str* ws, std::size_t n) {
  for (std::size_t k = 0; k < n; ++k)
    if (contains(s, ws[k])) return true;
  return false;
}

// ---- the words before the number, the label, the kind from the label ----
void Reader::finish(Candidate& c) {
  Quantity q;
  q.value = c.value;
  q.decimals = c.decimals;
  q.unit = c.unit;
  q.approx = c.approx;
  q.comparator = c.comparator;
  q.set_upper(c.upper);
  q.start = c.start;
  q.end = c.end;
  q.number_end = c.number_end;

  // Approximation and comparator words right before the number ("不低于95%", "约3000人").
  std::size_t p = c.start;
  std::size_t label_end = p;
  for (int round = 0; round < 2; ++round) {
    std::size_t k = p;
    while (k > floor_ && is_space(s_[k - 1]) && p - k < 2) --k;
    const words::Marker* best = nullptr;
    for (const auto& m : words::kPrefixMarkers) {
      if (!ends_with_at(s_, k, m.text) || k - m.text.size() < floor_) continue;
      if (best && m.text.size() <= best->text.size()) continue;
      char32_t b = before(s_, k - m.text.size());
      if (m.text == words::kYue && in(words::kNotBeforeYue, b)) continue;
      if (m.text == words::kJin && (in(words::kNotBeforeJin, b) || (q.unit && q.unit->kind == UnitKind::Years))) continue;
      if (m.text == words::kChao && in(words::kNotBeforeChao, b)) continue;
      best = &m;
    }
    if (!best) break;
    // A range stays About; 达到/等于/= state an exact value.
    if (!q.is_range() && best->approx != Approx::Exact) q.approx = best->approx;
    if (best->cmp != Comparator::None && q.comparator == Comparator::None) q.comparator = best->cmp;
    p = k - best->text.size();
    label_end = p;
  }
  // The change word: "增长31.39%", "下降了3.71%", "增幅-0.6%".
  {
    std::size_t k = p;
    if (before(s_, k) == words::kLe) --k;
    Str best;
    Direction d = Direction::None;
    if (const lex::Entry* e = lex::match_before(s_, k, lex::Cls::Direction)) {  // one vocabulary: core/lexicon
      best = e->word;
      d = e->value == lex::Up ? Direction::Up : Direction::Down;
    }
    if (best == words::kZeng && before(s_, k - 1) == words::kXin) d = Direction::None;     // 新增: an amount added
    if (best == words::kJiang && before(s_, k - 1) == words::kSheng) d = Direction::None;     // 升降
    q.direction = d;
  }

  // The label: the count's noun after it ("7个事业单位"), else the phrase before it.
  std::size_t pb = 0, pe = 0;
  std::u32string label;
  std::size_t lb = label_begin(s_, label_end, floor_);
  Str raw = s_.substr(lb, label_end - lb);
  CleanLabel cl = clean_label(raw);
  if (post_label(s_, c, pb, pe)) {
    q.label_start = pb;
    q.label_end = pe;
    label = std::u32string(s_.substr(pb, pe - pb));
  } else {
    q.label_start = lb;
    q.label_end = label_end;
    label = cl.text;
    // "2960人次、105.1万毫升": a figure with no name of its own shares the previous one's.
    if (label.empty() && !out_.empty()) {
      const Quantity& pq = out_.back();
      bool near = pq.end <= c.start && c.start - pq.end <= 2;
      for (std::size_t k = pq.end; near && k < lb; ++k)
        near = in(words::kNearSeparators, s_[k]);
      if (near && pq.label_end <= pq.start) {
        label = from_utf8_lossy(pq.label);
        q.label_start = pq.label_start;
        q.label_end = pq.label_end;
      }
    }
    // "排名全省前70%内": the rank, not a "前".
    if (!label.empty() && label.back() == words::kQian && q.comparator == Comparator::Le) label.pop_back();
  }
  // "目标数是1330例": a target stated with 为/是.
  if (q.comparator == Comparator::None && cl.stated_by_wei) {
    for (Str w : words::kTargetNames)
      if (ends_with(cl.text, w)) { q.comparator = Comparator::Eq; break; }
  }
  // Unit costs and per-capita ratios, from the label (R94).
  if (q.unit) {
    bool cost = begins(raw, words::kPerHundredYuan) || has_any(raw, words::kUnitCostWords, std::size(words::kUnitCostWords));
    bool per_capita = has_any(raw, words::kPerCapitaWords, std::size(words::kPerCapitaWords));
    if (q.unit->kind == UnitKind::Money && (cost || per_capita)) {
      if (const UnitDef* twin = find_unit(q.unit->text, UnitKind::UnitCost)) q.unit = twin;
    } else if (per_capita && post_label_kind(q.unit->kind)) {
      if (const UnitDef* twin = find_unit(q.unit->text, UnitKind::PerCapita)) q.unit = twin;
    }
  }
  q.label = to_utf8(label);
  q.text = text_.utf8(q.start, q.end);
  floor_ = std::max(q.end, q.label_end > q.end ? q.label_end : q.end);
  out_.push_back(std::move(q));
}

}  // namespace number_detail
}  // namespace gouji
