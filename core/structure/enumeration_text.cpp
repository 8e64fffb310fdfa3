// Character classes, bracket matching and item trimming shared by the enumeration scanner and the
// composite-count reader (structure/enumerations.cpp): the small text tools every layout uses.
#include <algorithm>

#include "structure/enumerations_internal.h"

namespace gouji {
namespace enumeration_detail {

// Brackets that group text inside a list item. ASCII " opens and closes, so it is not one.
bool is_open(char32_t c) {
  return c == U'（' || c == U'(' || c == U'【' || c == U'[' || c == U'〔' || c == U'“' || c == U'《' ||
         c == U'‘' || c == U'〈' || c == U'「' || c == U'『' || c == U'{' || c == U'｛';
}
bool is_close(char32_t c) {
  return c == U'）' || c == U')' || c == U'】' || c == U']' || c == U'〕' || c == U'”' || c == U'》' ||
         c == U'’' || c == U'〉' || c == U'」' || c == U'』' || c == U'}' || c == U'｝';
}

// Ends a clause in running text.
bool is_clause_end(char32_t c) {
  return c == U'，' || c == U',' || c == U'。' || c == U'；' || c == U';' || c == U'：' || c == U':' ||
         c == U'！' || c == U'？' || c == U'!' || c == U'?' || c == U'\n' || c == U'\t' || c == U'\r';
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

int han_digit(char32_t c) {
  switch (c) {
    case U'一': return 1; case U'二': case U'两': return 2; case U'三': return 3; case U'四': return 4;
    case U'五': return 5; case U'六': return 6; case U'七': return 7; case U'八': return 8;
    case U'九': return 9; case U'十': return 10; case U'百': return 100; case U'千': return 1000;
    case U'零': case U'〇': return 0;
    default: return -1;
  }
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
  close_of.assign(e - b, kNone32);
  open_of.assign(e - b, kNone32);
  std::vector<std::size_t> stack;
  for (std::size_t i = b; i < e; ++i) {
    char32_t c = t.at(i);
    if (is_open(c)) {
      stack.push_back(i);
    } else if (is_close(c) && !stack.empty()) {
      close_of[stack.back() - b] = static_cast<std::uint32_t>(i - b);
      open_of[i - b] = static_cast<std::uint32_t>(stack.back() - b);
      stack.pop_back();
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
    if (!lead_first.may_start(t.chars()[i])) continue;
    for (auto w : leads)
      if (chars::starts_with(t.chars(), i, w) && i + w.size() < e && (best == kNo || i + w.size() >= best)) {
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
  for (std::size_t i = b; i < e; ++i)
    if (!is_space(t.at(i))) append_utf8(it.key, t.at(i));
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

