// Pairing the targets with their actuals (same name, a variant of it, or a similar one), and the
// direction of a target that carries no comparator.
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

void Reader::pair_lists(std::size_t first_pair_target) {
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

}  // namespace target_detail
}  // namespace gouji
