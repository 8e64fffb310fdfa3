// Character classes, bracket matching and item trimming shared by the enumeration scanner and the
// composite-count reader (structure/enumerations.cpp): the small text tools every layout uses.
#include <algorithm>

#include "structure/enumerations_internal.h"

namespace gouji {
namespace enumeration_detail {

// Brackets that group text inside a list item. ASCII " opens and closes, so it is not one.
// Asked of every character of a line: Han text (U+3400…U+FEFF, no bracket there) is let go first.
bool is_open(char32_t c) {
  if (c >= 0x3400 && c < 0xFF00) return false;
  return c == U'（' || c == U'(' || c == U'【' || c == U'[' || c == U'〔' || c == U'“' || c == U'《' ||
         c == U'‘' || c == U'〈' || c == U'「' || c == U'『' || c == U'{' || c == U'｛';
}
bool is_close(char32_t c) {
  if (c >= 0x3400 && c < 0xFF00) return false;
  return c == U'）' || c == U')' || c == U'】' || c == U']' || c == U'〕' || c == U'”' || c == U'》' ||
         c == U'’' || c == U'〉' || c == U'」' || c == U'』' || c == U'}' || c == U'｝';
}

// The counters a stated count of listed things is written with.
bool is_counter(char32_t c) {
  return words::kCounters.find(c) != std::u32string_view::npos;
}

// Last characters of names of organisational units and places: "财务股和人事股" is two of them,
// while "计划生育奖扶和特扶" (one project) or "危重儿童和新生儿救治中心" may be one name.
bool is_unit_suffix(char32_t c) {
  return words::kUnitSuffixes.find(c) != std::u32string_view::npos;
}

// Words that follow a counter character without it being one: 个月, 家庭, 支出, 处理 …
bool counter_is_word(char32_t counter, char32_t next, char32_t next2) {
  if (counter == words::kCounters[0] && next == words::kPersonTimes[0] && next2 == words::kPersonTimes[1]) return true;
  if (counter == words::kDa && !is_han(next)) return true;
  for (const auto& w : words::kCounterWords)
    if (w.counter == counter) return w.next.find(next) != std::u32string_view::npos;
  return false;
}

// Inside an unclosed “…” on the same line: a name such as “五个现代强县”, not a count. Looked for
// within a quoted name's reach only: a scan to the line's start for every count was quadratic on
// a long line.
bool inside_quotes(const Text& t, std::size_t at) {
  constexpr std::size_t kReach = 160;
  int open = 0;
  for (std::size_t i = at; i > 0 && at - i < kReach; --i) {
    char32_t c = t.at(i - 1);
    if (c == U'\n') break;
    if (c == U'“') ++open;
    if (c == U'”') --open;
  }
  return open > 0;
}

// From the text's line index, not a walk (one megabyte line holds many counts).
std::size_t line_start(const Text& t, std::size_t at) {
  at = std::min(at, t.size());
  return at - (t.line_col(at).column - 1);
}

std::size_t line_end(const Text& t, std::size_t at) { return t.line_stop(at); }

bool compatible(char32_t a, char32_t b) {
  auto inst = [](char32_t c) { return words::kInstitutionCounters.find(c) != std::u32string_view::npos; };
  return a == b || (inst(a) && inst(b));
}

std::u32string_view view(const Text& t, std::size_t b, std::size_t e) {
  return std::u32string_view(t.chars()).substr(b, e > b ? e - b : 0);
}

void trim(const Text& t, std::size_t& b, std::size_t& e) {
  while (b < e && is_space(t.at(b))) ++b;
  while (e > b && is_space(t.at(e - 1))) --e;
}

// Matching brackets of one line (enumerations_internal.h).
void Brackets::build(const Text& t, std::size_t b, std::size_t e) {
  base = b;
  pairs = 0;
  close_of.assign(e - b, kNone32);
  open_of.assign(e - b, kNone32);
  std::vector<std::size_t> stack;
  const char32_t* s = t.chars().data();
  e = std::min(e, t.size());
  for (std::size_t i = b; i < e; ++i) {
    char32_t c = s[i];
    if (c >= 0x3400 && c < 0xFF00) continue;  // Han text: neither bracket (is_open, is_close)
    if (is_open(c)) {
      stack.push_back(i);
    } else if (!stack.empty() && is_close(c)) {
      close_of[stack.back() - b] = static_cast<std::uint32_t>(i - b);
      open_of[i - b] = static_cast<std::uint32_t>(stack.back() - b);
      stack.pop_back();
      ++pairs;
    }
  }
}

// A clause opening with 包括/分别为/即… lists the parts of the count ending the clause before it
// ("下设4个股室，包括…"); one opening with 下辖/设有… starts a new subject ("等12个股室，下辖7个…").
bool names_parts(const Text& t, std::size_t at) {
  for (auto w : words::kNamesParts)
    if (chars::starts_with(t.chars(), at, w)) return true;
  return false;
}

// Cuts off words that introduce a list ("单位内设有办公室" → "办公室"); returns the new start.
std::size_t strip_lead(const Text& t, std::size_t b, std::size_t e, const Brackets& br, std::size_t* lead_at) {
  const auto& leads = words::kLeadWords;
  const std::u32string_view lead1 = words::kLeadChars;
  static const chars::FirstChars lead_first(leads);
  std::size_t best = kNo, best_at = kNo;
  for (std::size_t i = b; i < e; ++i) {
    std::size_t cl = br.close(i);
    if (cl != kNo) { i = cl; continue; }  // never inside brackets
    char32_t c = t.chars()[i];
    if (!lead_first.may_start(c)) continue;
    for (auto w : leads)
      if (w[0] == c && chars::starts_with(t.chars(), i, w) && i + w.size() < e && (best == kNo || i + w.size() >= best)) {
        best = i + w.size();
        best_at = i;
      }
  }
  if (best == kNo && b + 1 < e && lead1.find(t.at(b)) != std::u32string_view::npos) {
    best = b + 1;
    best_at = b;
  }
  if (best == kNo) return b;
  // A colon right after the lead word belongs to it.
  while (best < e && (t.at(best) == U'：' || t.at(best) == U':' || is_space(t.at(best)))) ++best;
  if (lead_at) *lead_at = best_at;
  return best;
}

// The connector that joins the last two items: the last 和 at depth 0, else 以及/及, else 与.
std::size_t find_connector(const Text& t, std::size_t b, std::size_t e, const Brackets& br, std::size_t& len) {
  std::size_t found[3] = {kNo, kNo, kNo};
  for (std::size_t i = b + 1; i + 1 < e; ++i) {
    std::size_t cl = br.close(i);
    if (cl != kNo) { i = cl; continue; }
    char32_t c = t.at(i), p = t.at(i - 1), n = t.at(i + 1);
    for (std::size_t k = 0; k < words::kConnectors.size(); ++k) {
      const auto& w = words::kConnectors[k];
      if (c != w.c) continue;
      if (w.not_next.find(n) == std::u32string_view::npos && w.not_prev.find(p) == std::u32string_view::npos)
        found[k] = i;
      break;
    }
  }
  for (std::size_t at : found) {
    if (at == kNo) continue;
    len = 1;
    if (t.at(at) == words::kYiJi[1] && at > b + 1 && t.at(at - 1) == words::kYiJi[0]) return len = 2, at - 1;
    return at;
  }
  return kNo;
}

ListItem make_item(const Text& t, std::size_t b, std::size_t e) {
  trim(t, b, e);
  ListItem it;
  it.start = b;
  it.end = e;
  it.text = t.utf8(b, e);
  // The key is the text without its inner spaces: the text itself when it has none (most items).
  std::u32string_view v = view(t, b, e);
  if (std::none_of(v.begin(), v.end(), is_space)) {
    it.key = it.text;
  } else {
    std::u32string bare;
    for (char32_t c : v)
      if (!is_space(c)) bare.push_back(c);
    it.key = to_utf8(bare);
  }
  return it;
}

// Length of an item without its bracketed parts: long "items" mean the text is not a list.
std::size_t bare_length(std::size_t b, std::size_t e, const Brackets& br) {
  std::size_t n = 0;
  for (std::size_t i = b; i < e; ++i) {
    std::size_t cl = br.close(i);
    if (cl != kNo && cl < e) { i = cl; continue; }
    ++n;
  }
  return n;
}

// Fillers between a list and its count: "…等12个", "…共3家", "…等共计5项".
std::size_t strip_filler(const Text& t, std::size_t b, std::size_t e, bool& deng) {
  const auto& fillers = words::kFillers;
  deng = false;
  std::size_t end = e;
  while (end > b && is_space(t.at(end - 1))) --end;
  for (auto w : fillers) {
    if (end >= b + w.size() && chars::ends_with_at(t.chars(), end, w)) {
      deng = w.find(words::kEtc) != std::u32string_view::npos;
      return end - w.size();
    }
  }
  return end;
}

}  // namespace enumeration_detail
}  // namespace gouji

