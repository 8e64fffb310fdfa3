// Judging the pairs read_targets found (targets.cpp): a target against its actual, the reason
// the report gives for a miss, and the marks of partial-year figures.
#include "facts/targets.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <vector>

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

}  // namespace

// ---- judging ------------------------------------------------------------------------------------

namespace {

bool units_compatible(const Indicator& t, const Indicator& a, const std::vector<Quantity>& qs) {
  const Quantity& tq = qs[t.quantity];
  const Quantity& aq = qs[a.quantity];
  if (tq.unit && aq.unit) return tq.kind() == aq.kind();
  if (!tq.unit && !aq.unit) return t.unit_text == a.unit_text;
  // One side bare (a table cell "12") and the other with a unit: same only when the bare cell's
  // text carries the same unit word.
  const Quantity& with = tq.unit ? tq : aq;
  const std::string& other = tq.unit ? a.unit_text : t.unit_text;
  return other.empty() || other == to_utf8(with.unit->text);
}

}  // namespace

std::string value_text(const Text& text, const Indicator& ind, const std::vector<Quantity>& qs) {
  if (ind.quantity == kNone) return text.utf8(ind.start, ind.end);
  const Quantity& q = qs[ind.quantity];
  std::string v = q.text;
  if (!q.unit && !ind.unit_text.empty() && v.find(ind.unit_text) == std::string::npos) v += ind.unit_text;
  bool worded = std::any_of(std::begin(kWordedComparators), std::end(kWordedComparators),
                            [&](std::string_view w) { return v.find(w) != std::string::npos; });
  if (!worded) {
    switch (ind.comparator) {
      case Comparator::Ge: v = "≥" + v; break;
      case Comparator::Gt: v = ">" + v; break;
      case Comparator::Le: v = "≤" + v; break;
      case Comparator::Lt: v = "<" + v; break;
      default: break;
    }
  }
  return v;
}

Evaluation evaluate(const TargetFacts& tf, const TargetPair& p, const std::vector<Quantity>& qs) {
  Evaluation e;
  e.direction = p.direction;
  if (p.actual == kNone) return e;
  e.has_actual = true;
  const Indicator& t = tf.targets[p.target];
  const Indicator& a = tf.actuals[p.actual];
  if (t.quantity == kNone) {
    if (a.quantity == kNone) {
      std::u32string at = compact(from_utf8_lossy(a.name));
      bool negated = has_any(at, kNegations);
      if (a.key == t.key && !negated) e.status = Status::Met;
      else if (negated) e.status = Status::Unmet;
    }
    return e;
  }
  if (a.quantity == kNone) {
    e.actual_text_only = true;
    return e;
  }
  if (!units_compatible(t, a, qs)) {
    e.unit_mismatch = true;
    return e;
  }
  const Quantity& tq = qs[t.quantity];
  const Quantity& aq = qs[a.quantity];
  e.quantified = true;
  e.target = tq.normalized();
  e.actual = aq.normalized();
  const Decimal hundred = Decimal::from_int(100);
  bool negative = p.direction == Direction::Negative;
  bool met;
  if (negative) met = t.comparator == Comparator::Lt ? e.actual < e.target : e.actual <= e.target;
  else met = t.comparator == Comparator::Gt ? e.actual > e.target : e.actual >= e.target;
  if (aq.exact()) e.status = met ? Status::Met : Status::Unmet;
  else if (aq.approx == Approx::AtLeast && !negative && met) e.status = Status::Met;
  else if (aq.approx == Approx::AtMost && negative && met) e.status = Status::Met;
  if (!negative && !e.target.is_zero()) {
    e.rate = (e.actual * hundred).div_floor(e.target);
    e.formula = aq.text + " ÷ " + tq.text + " × 100%";
  } else if (negative && !e.actual.is_zero()) {
    e.rate = (e.target * hundred).div_floor(e.actual);
    e.formula = tq.text + " ÷ " + aq.text + " × 100%（反向指标）";
  }
  return e;
}

namespace {

// One pass over the sentence (every sentence of the report is asked), not one search per word.
bool has_reason_word(Str s) {
  static const chars::FirstChars first(kReasonWords);
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!first.may_start(s[i])) continue;
    for (Str w : kReasonWords)
      if (s.substr(i, w.size()) == w) return true;
  }
  return false;
}

// Generic words that do not identify an indicator when a sentence shares them with its name.
bool generic_run(Str run) {
  std::u32string r(run);
  for (Str g : kGeneric) {
    std::size_t p;
    while ((p = r.find(g)) != std::u32string::npos) r.erase(p, g.size());
  }
  return r.size() < 3;
}

// Step 3 of deviation_reason: does this (compacted) sentence name the indicator `key`? The
// longest run shared with the name, anywhere in the name, not a generic one.
// The longest run is the longest common substring, found in one dynamic-programming sweep,
// O(|key| × |sentence|): run[j] = how many characters from key[k] and cs[j] on agree, computed
// for k from the key's end down (a search per start and length was cubic on a long sentence).
// Ties go to the run that starts first in the key.
bool names_indicator(const std::u32string& key, const std::u32string& cs) {
  std::size_t best = 0, best_at = 0;
  thread_local std::vector<std::uint32_t> run;  // one row, reused: no allocation per sentence
  run.assign(cs.size() + 1, 0);
  for (std::size_t k = key.size(); k-- > 0;) {
    std::size_t longest = 0;
    for (std::size_t j = 0; j < cs.size(); ++j) {
      // run[j + 1] still holds row k + 1's value when row k's run[j] is written (j ascending).
      std::uint32_t v = key[k] == cs[j] ? run[j + 1] + 1 : 0;
      run[j] = v;
      longest = std::max<std::size_t>(longest, v);
    }
    if (longest >= best) { best = longest; best_at = k; }
  }
  return best >= 4 && !generic_run(Str(key).substr(best_at, best));
}

}  // namespace

// What deviation_reason reads from the whole text, once per TargetFacts: the sentences that give
// a cause, and per indicator name the ones that name it (found lazily, in text order). Without it
// every missed target re-read the whole report — quadratic on a long one.
struct ReasonIndex {
  struct Sentence {
    std::size_t start, end;
    std::u32string compacted;
  };
  std::vector<Sentence> sentences;  // in text order
  struct Scan {
    std::vector<std::size_t> matches;  // indices into sentences that name the key, in order
    std::size_t next = 0;              // sentences before this one have been tested
  };
  std::map<std::u32string, Scan> by_key;
  bool quantities_sorted = false;  // by start: step 2 can binary-search them

  ReasonIndex(Str s, const std::vector<Quantity>& qs) {
    std::size_t sb = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
      if (i < s.size() && !(s[i] == U'。' || s[i] == U'；' || s[i] == U';' || s[i] == U'\n')) continue;
      std::size_t se = i, x = sb;
      sb = i + 1;
      if (se <= x + 4) continue;
      Str sent = s.substr(x, se - x);
      if (!has_reason_word(sent)) continue;
      sentences.push_back({x, se, compact(sent)});
    }
    quantities_sorted = std::is_sorted(qs.begin(), qs.end(),
                                       [](const Quantity& a, const Quantity& b) { return a.start < b.start; });
  }
};

std::optional<std::pair<std::size_t, std::size_t>> deviation_reason(const Text& text, const TargetFacts& tf,
                                                                    const TargetPair& p,
                                                                    const std::vector<Quantity>& qs) {
  if (p.actual == kNone) return std::nullopt;
  const Indicator& t = tf.targets[p.target];
  const Indicator& a = tf.actuals[p.actual];
  // 1. The 偏差原因 column of the 自评表.
  if (t.row != kNone && t.row < tf.rows.size()) {
    const ScoreRow& r = tf.rows[t.row];
    std::u32string c = compact(from_utf8_lossy(r.reason));
    if (!c.empty() && !is_one_of(c, kNoReason))
      return std::make_pair(r.reason_start, r.reason_end);
  }
  Str s(text.chars());
  // 2. Words right after the actual, up to the end of its item or sentence.
  std::size_t b = a.end, e = a.end;
  while (e < s.size() && s[e] != U'；' && s[e] != U';' && s[e] != U'。' && s[e] != U'\n' && e - b < 120) ++e;
  if (!tf.reason_index) tf.reason_index = std::make_shared<ReasonIndex>(s, qs);
  ReasonIndex& index = *tf.reason_index;
  // …but not into the next item of a comma-separated list ("…3380户，改造工程验收合格率100%").
  // (The first number in [b, e): a binary search when the numbers are in text order.)
  auto in_item = qs.end();
  if (index.quantities_sorted) {
    in_item = std::partition_point(qs.begin(), qs.end(), [b](const Quantity& q) { return q.start < b; });
    if (in_item != qs.end() && in_item->start >= e) in_item = qs.end();
  } else {
    in_item = std::find_if(qs.begin(), qs.end(), [&](const Quantity& q) { return q.start >= b && q.start < e; });
  }
  if (in_item != qs.end()) {
    std::size_t c = in_item->start;
    while (c > b && !(s[c - 1] == U'，' || s[c - 1] == U',')) --c;
    if (c > b) e = c;
  }
  // The next sentence too, when it opens with the reason ("…2200人。主要原因是…").
  if (e < s.size() && s[e] == U'。') {
    std::size_t n = e + 1;
    while (n < s.size() && is_space(s[n])) ++n;
    if (std::any_of(std::begin(kReasonLeads), std::end(kReasonLeads), [&](Str w) { return begins(s.substr(n), w); })) {
      e = n;
      while (e < s.size() && s[e] != U'。' && s[e] != U'\n') ++e;
    }
  }
  if (e > b && has_reason_word(s.substr(b, e - b))) return std::make_pair(b, e);
  // 3. A sentence elsewhere that names the indicator and gives a cause (the 存在问题 section).
  std::u32string key = t.key;
  if (key.size() < 4) return std::nullopt;
  // The first such sentence in text order that is not the target's or the actual's own.
  auto own = [&](const ReasonIndex::Sentence& z) {
    return (z.start < t.end && z.end > t.start) || (z.start < a.end && z.end > a.start);
  };
  ReasonIndex::Scan& scan = index.by_key[key];
  for (std::size_t m : scan.matches)
    if (!own(index.sentences[m])) return std::make_pair(index.sentences[m].start, index.sentences[m].end);
  while (scan.next < index.sentences.size()) {
    std::size_t m = scan.next++;
    if (!names_indicator(key, index.sentences[m].compacted)) continue;
    scan.matches.push_back(m);
    if (!own(index.sentences[m])) return std::make_pair(index.sentences[m].start, index.sentences[m].end);
  }
  return std::nullopt;
}

namespace {

// The marks that start in [from, to) (a mark reads at most a few characters past its start).
void partial_year_marks_in(Str s, std::size_t from, std::size_t to, std::vector<std::pair<std::size_t, std::size_t>>& out) {
  auto month_at = [&](std::size_t k, int& month, std::size_t& after) {
    month = read_month(s, k, after);  // numbers/dates.h
    return month != 0;
  };
  to = std::min(to, s.size());
  // Every mark below starts with a word of these lists or with 1/１: skip the other positions.
  static const FirstChars mark_first = [] {
    FirstChars first;
    for (Str w : kNotFinalWords) first.add(w);
    for (Str w : kCutoffWords) first.add(w);
    for (Str w : kBeforeYearEnd) first.add(w);
    first.add(U"1");
    first.add(U"１");
    return first;
  }();
  for (std::size_t i = from; i < to; ++i) {
    if (!mark_first.may_start(s[i])) continue;
    for (Str w : kNotFinalWords) {
      if (begins(s.substr(i), w)) out.push_back({i, i + w.size()});
    }
    // 截至/截止(到) N月(底/末), N < 12
    for (Str w : kCutoffWords) {
      if (!begins(s.substr(i), w)) continue;
      std::size_t k = i + w.size();
      // "截至2024年10月底"
      std::size_t y;
      if (read_year(s, k, y, {false, false, 9999})) k = y;
      int m = 0;
      std::size_t after = 0;
      if (month_at(k, m, after) && m >= 1 && m < 12) out.push_back({i, after + (after < s.size() && (s[after] == U'底' || s[after] == U'末'))});
      break;
    }
    // 1-10月 / 1—11月 / 1至10月
    if ((s[i] == U'1' || s[i] == U'１') && (i == 0 || !is_digit(s[i - 1])) && i + 1 < s.size() &&
        (s[i + 1] == U'-' || s[i + 1] == U'—' || s[i + 1] == U'－' || s[i + 1] == U'~' || s[i + 1] == U'～' || s[i + 1] == U'至')) {
      int m = 0;
      std::size_t after = 0;
      if (month_at(i + 2, m, after) && m >= 2 && m < 12) out.push_back({i, after});
    }
    // "将在12月底前", "年底前将"
    for (Str w : kBeforeYearEnd)
      if (begins(s.substr(i), w)) out.push_back({i, i + w.size()});
  }
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> partial_year_marks(const Text& text) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  partial_year_marks_in(text.chars(), 0, text.size(), out);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool partial_year(const Text& text, const Indicator& ind) {
  Str s(text.chars());
  std::size_t b = ind.start;
  while (b > 0 && s[b - 1] != U'。' && s[b - 1] != U'\n' && s[b - 1] != U'；') --b;
  // Only the marks that start in the indicator's sentence count: read just that stretch.
  std::vector<std::pair<std::size_t, std::size_t>> marks;
  partial_year_marks_in(s, b, ind.end, marks);
  return !marks.empty();
}

}  // namespace gouji