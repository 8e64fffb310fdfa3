#include "structure/enumerations.h"

#include <algorithm>

#include "lexicon/enumeration_words.h"
#include "lexicon/heading_words.h"
#include "structure/han_ordinal.h"
#include "text/chars.h"

namespace gouji {
namespace {

using chars::is_digit;
using chars::is_han;
using chars::is_space;
namespace words = lex::enumerations;

constexpr std::size_t kNo = static_cast<std::size_t>(-1);

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

// Matching brackets of one line: match[i] = index of the closing bracket for an opening one.
// Types may differ ("(…）" occurs in real reports); an unmatched bracket is an ordinary character.
struct Brackets {
  std::vector<std::size_t> close_of;  // indexed by position - base
  std::vector<std::size_t> open_of;
  std::size_t base = 0;
  void build(const Text& t, std::size_t b, std::size_t e) {
    base = b;
    close_of.assign(e - b, kNo);
    open_of.assign(e - b, kNo);
    std::vector<std::size_t> stack;
    for (std::size_t i = b; i < e; ++i) {
      char32_t c = t.at(i);
      if (is_open(c)) {
        stack.push_back(i);
      } else if (is_close(c) && !stack.empty()) {
        close_of[stack.back() - b] = i;
        open_of[i - b] = stack.back();
        stack.pop_back();
      }
    }
  }
  std::size_t close(std::size_t i) const { return i >= base && i - base < close_of.size() ? close_of[i - base] : kNo; }
  std::size_t open(std::size_t i) const { return i >= base && i - base < open_of.size() ? open_of[i - base] : kNo; }
};

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
  std::size_t best = kNo, best_at = kNo;
  for (std::size_t i = b; i < e; ++i) {
    std::size_t cl = br.close(i);
    if (cl != kNo) { i = cl; continue; }  // never inside brackets
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

class Scanner {
 public:
  Scanner(const Text& t, std::vector<Enumeration>& out) : t_(t), out_(out) {}

  void line(std::size_t b, std::size_t e) {
    br_.build(t_, b, e);
    depth_ = 0;
    range(b, e, /*in_brackets=*/false);
  }

 private:
  const Text& t_;
  std::vector<Enumeration>& out_;
  Brackets br_;
  // Bracket groups nest by recursion, and each level rescans its content: past a depth no real
  // report reaches, inner groups are left unread (10^4 nested brackets overflowed the wasm stack).
  static constexpr int kMaxDepth = 16;
  int depth_ = 0;
  struct Deeper {
    int& d;
    explicit Deeper(int& d) : d(++d) {}
    ~Deeper() { --d; }
  };

  // Count phrase directly followed by its noun up to `at` (spaces ignored): "7个事业单位" before
  // "（…）", "4个股室" before "，包括…". The noun is short and holds no verb or preposition, so
  // "派遣2名专家到乡镇（…）" is not read as a count of the bracketed list.
  bool count_ending_at(std::size_t from, std::size_t at, CountPhrase& c) {
    while (at > from && is_space(t_.at(at - 1))) --at;
    std::size_t lo = at > from + 12 ? at - 12 : from;
    for (std::size_t i = lo; i < at; ++i) {
      CountPhrase p;
      if (!read_count_phrase(t_, i, p) || p.end > at || p.noun_end < at) continue;
      if (at - p.end > 8) continue;
      bool plain_noun = true;
      for (std::size_t k = p.end; k < at; ++k)
        if (words::kNotNoun.find(t_.at(k)) != std::u32string_view::npos)
          plain_noun = false;
      if (!plain_noun) continue;
      p.noun_end = at;
      p.noun = t_.utf8(p.end, at);
      c = p;
      return true;
    }
    return false;
  }

  void range(std::size_t b, std::size_t e, bool in_brackets) {
    // Nested groups first (their lists are independent), then the clauses of this level.
    bool has_period = false;
    for (std::size_t i = b; i < e; ++i) {
      std::size_t cl = br_.close(i);
      if (cl != kNo && cl < e) {
        bracket_group(b, i, cl);
        i = cl;
        continue;
      }
      if (t_.at(i) == U'。') has_period = true;
    }
    if (in_brackets && !has_period) return;  // bracket_group handled the whole content as one list
    std::size_t cb = b;
    std::size_t prev_b = kNo, prev_e = kNo, prev2_b = kNo, prev2_e = kNo;
    for (std::size_t i = b; i <= e; ++i) {
      if (i < e) {
        std::size_t cl = br_.close(i);
        if (cl != kNo && cl < e) { i = cl; continue; }
      }
      if (i == e || is_clause_end(t_.at(i))) {
        clause(cb, i, prev_b, prev_e, prev2_b, prev2_e);
        prev2_b = prev_b; prev2_e = prev_e;
        prev_b = cb; prev_e = i;
        cb = i + 1;
        std::size_t end = kNo;
        if (i < e && (t_.at(i) == U'：' || t_.at(i) == U':')) end = colon_pairs(prev_b, i, e);
        if (end == kNo && i < e && (t_.at(i) == U'：' || t_.at(i) == U':' || t_.at(i) == U'，' || t_.at(i) == U','))
          end = separated_items(prev_b, i, e);
        if (end != kNo) {  // the items are read: their fragments are no clauses of their own
          i = end;
          cb = end + 1;
          prev_b = prev2_b = kNo;
        }
      }
    }
  }

  void bracket_group(std::size_t range_b, std::size_t open, std::size_t close) {
    if (depth_ >= kMaxDepth) return;
    Deeper deeper(depth_);
    std::size_t b = open + 1, e = close;
    bool has_period = false;
    for (std::size_t i = b; i < e; ++i) has_period |= t_.at(i) == U'。';
    if (has_period || e - b > 400) { range(b, e, true); return; }
    // Nested groups inside the content.
    for (std::size_t i = b; i < e; ++i) {
      std::size_t cl = br_.close(i);
      if (cl != kNo && cl < e) { bracket_group(b, i, cl); i = cl; }
    }
    if (t_.at(open) == U'“' || t_.at(open) == U'《' || t_.at(open) == U'‘') return;  // quotations, titles
    trim(t_, b, e);
    if (chars::starts_with(t_.chars(), b, words::kQizhong)) return;  // a breakdown, not a list
    b = strip_lead(t_, b, e, br_, nullptr);
    CountPhrase c;
    bool counted = count_ending_at(range_b, open, c);
    // Items: split on 、，；at depth 0.
    std::vector<std::pair<std::size_t, std::size_t>> segs;
    std::size_t sb = b;
    for (std::size_t i = b; i <= e; ++i) {
      if (i < e) {
        std::size_t cl = br_.close(i);
        if (cl != kNo && cl < e) { i = cl; continue; }
      }
      char32_t ch = i < e ? t_.at(i) : U'\0';
      if (i == e || ch == U'、' || ch == U'，' || ch == U',' || ch == U'；' || ch == U';') {
        segs.push_back({sb, i});
        sb = i + 1;
      }
    }
    build(segs, counted ? ListShape::CountThenBracket : ListShape::Plain, counted ? &c : nullptr, false);
  }

  // The last character of an item without its trailing bracketed group ("临城镇(北驾廻村、…)" → 镇).
  char32_t kind_char(std::size_t b, std::size_t e) {
    trim(t_, b, e);
    if (e > b && is_close(t_.at(e - 1))) {
      std::size_t o = br_.open(e - 1);
      if (o != kNo && o > b) {
        e = o;
        trim(t_, b, e);
      }
    }
    return e > b ? t_.at(e - 1) : U'\0';
  }
  // An item names a thing of the counted kind when its last character stands among the noun's
  // first three: "临城镇" and "石城乡" are 乡镇, "王家庄村" is a 村, "计财科" a 科室.
  static bool of_kind(char32_t last, std::u32string_view noun, std::size_t* upto = nullptr) {
    std::size_t at = noun.substr(0, 3).find(last);
    if (last == U'\0' || at == std::u32string_view::npos) return false;
    if (upto) *upto = std::max(*upto, at + 1);
    return true;
  }
  // The count's noun cut after the kind its items share ("11个村道路建设" counts 村).
  void cut_noun(CountPhrase& c, std::size_t len) {
    if (len == 0 || c.end + len >= c.noun_end) return;
    c.noun_end = c.end + len;
    c.noun = t_.utf8(c.end, c.noun_end);
  }

  // Where the first item starts after the clause's verb ("二期工程覆盖东山镇(…)" → 东山镇(…)).
  std::size_t after_verb(std::size_t b, std::size_t e) {
    std::size_t from = b;
    for (std::size_t i = b; i < e; ++i) {
      std::size_t cl = br_.close(i);
      if (cl != kNo && cl < e) { i = cl; continue; }
      for (auto v : words::kVerbs)
        if (chars::starts_with(t_.chars(), i, v) && i + v.size() < e) from = std::max(from, i + v.size());
    }
    return from;
  }

  // "临城镇(北驾廻村、陈家崇村)、黑城镇(王家庄村)5个乡镇11个村": a second count right after the
  // first counts what is grouped in brackets under the listed items — every item has its group and
  // every grouped name is of the second count's kind.
  void grouped(const std::vector<std::pair<std::size_t, std::size_t>>& parents, const CountPhrase& outer) {
    CountPhrase inner;
    if (!read_count_phrase(t_, outer.noun_end, inner)) return;
    std::u32string_view noun = view(t_, inner.end, inner.noun_end);
    std::vector<std::pair<std::size_t, std::size_t>> kids;
    std::size_t len = 0;
    for (auto [b, e] : parents) {
      trim(t_, b, e);
      if (e <= b || !is_close(t_.at(e - 1))) return;
      std::size_t o = br_.open(e - 1), close = e - 1;
      if (o == kNo || o < b) return;
      std::size_t sb = o + 1;
      for (std::size_t i = o + 1; i <= close; ++i) {
        if (i < close) {
          std::size_t cl = br_.close(i);
          if (cl != kNo && cl < close) { i = cl; continue; }
        }
        char32_t ch = i < close ? t_.at(i) : U'\0';
        if (i == close || ch == U'、' || ch == U'，' || ch == U',' || ch == U'；' || ch == U';') {
          std::size_t x = sb, y = i;
          trim(t_, x, y);
          CountPhrase own;  // "东山镇(3个村)": a count, not a name
          if (x >= y || !of_kind(t_.at(y - 1), noun, &len) || read_count_phrase(t_, x, own)) return;
          kids.push_back({x, y});
          sb = i + 1;
        }
      }
    }
    if (kids.size() < 2) return;
    cut_noun(inner, len);
    build(kids, ListShape::ListThenCount, &inner, false);
  }

  // "预算单位包括3个单位：A局：行政单位、B中心：事业单位。": after the count's colon, items written as
  // 名称：类型 up to the end of the sentence. Returns where the list ends, kNo when there is none.
  std::size_t colon_pairs(std::size_t cb, std::size_t colon, std::size_t e) {
    CountPhrase c;
    if (cb == kNo || !count_ending_at(cb, colon, c)) return kNo;
    std::vector<std::pair<std::size_t, std::size_t>> heads;
    std::size_t sb = colon + 1, sep = kNo;
    for (std::size_t i = colon + 1; i <= e; ++i) {
      if (i < e) {
        std::size_t cl = br_.close(i);
        if (cl != kNo && cl < e) { i = cl; continue; }
      }
      char32_t ch = i < e ? t_.at(i) : U'。';
      if (ch == U'：' || ch == U':') {
        if (sep != kNo) return kNo;  // two colons in one item: not this layout
        sep = i;
        continue;
      }
      if (ch == U'，' || ch == U',' || ch == U'\t') return kNo;
      bool last = ch == U'。' || ch == U'\n';
      if (!last && ch != U'、' && ch != U'；' && ch != U';') continue;
      if (sep == kNo || heads.size() >= 60) return kNo;
      std::size_t hb = sb, he = sep, tb = sep + 1, te = i;
      trim(t_, hb, he);
      trim(t_, tb, te);
      if (hb >= he || tb >= te || te - tb > 15 || bare_length(hb, he, br_) > 40) return kNo;
      for (std::size_t k = tb; k < te; ++k)
        if (is_digit(t_.at(k))) return kNo;  // "A：3人" states a figure, not a type
      heads.push_back({hb, he});
      sb = i + 1;
      sep = kNo;
      if (last) {
        if (heads.size() < 2) return kNo;
        build(heads, ListShape::CountThenLead, &c, false);
        return i;
      }
    }
    return kNo;
  }

  // "下设3个科室，分别是办公室，财务科，业务科。" / "下设3个科室：办公室；财务科；业务科。": the count,
  // its colon or a 包括/分别是 word, then short names separated by ，or ； up to the sentence's end.
  // Returns where the list ends, kNo when there is none.
  std::size_t separated_items(std::size_t cb, std::size_t sep, std::size_t e) {
    CountPhrase c;
    if (cb == kNo || !count_ending_at(cb, sep, c)) return kNo;
    std::size_t b = sep + 1;
    while (b < e && is_space(t_.at(b))) ++b;
    bool colon = t_.at(sep) == U'：' || t_.at(sep) == U':';
    if (!colon) {
      std::size_t w = 0;
      for (auto word : words::kNamesParts)
        if (word.size() > 1 && chars::starts_with(t_.chars(), b, word)) w = std::max(w, word.size());
      if (w == 0) return kNo;
      b += w;
      while (b < e && (is_space(t_.at(b)) || t_.at(b) == U'：' || t_.at(b) == U':')) ++b;
    }
    std::vector<std::pair<std::size_t, std::size_t>> segs;
    bool comma_or_semicolon = false;
    std::size_t sb = b, stop = e;
    for (std::size_t i = b; i <= e; ++i) {
      if (i == sb) {  // "1.办公室；2.财务科": a marker numbering the items in turn is no part of one
        std::size_t k = i, d = i;
        while (k < e && is_space(t_.at(k))) ++k;
        std::size_t n = 0;
        for (d = k; d < e && d - k < 3 && is_digit(t_.at(d)); ++d) n = n * 10 + chars::digit_value(t_.at(d));
        if (d > k && d < e && (t_.at(d) == U'.' || t_.at(d) == U'．' || t_.at(d) == U'、') && n == segs.size() + 1) {
          sb = d + 1;
          i = d;
          continue;
        }
      }
      if (i < e) {
        std::size_t cl = br_.close(i);
        if (cl != kNo && cl < e) { i = cl; continue; }
      }
      char32_t ch = i < e ? t_.at(i) : U'。';
      if (ch == U'、' || ch == U'：' || ch == U':' || is_digit(ch)) return kNo;  // another layout
      bool last = ch == U'。' || ch == U'\n';
      if (!last && ch != U'，' && ch != U',' && ch != U'；' && ch != U';') continue;
      std::size_t x = sb, y = i;
      trim(t_, x, y);
      if (x >= y || bare_length(x, y, br_) > 20 || has_verb(x, y) || segs.size() >= 60 || ordinal_at(x)) return kNo;
      segs.push_back({x, y});
      sb = i + 1;
      if (!last) comma_or_semicolon = true;
      if (last) {
        stop = i;
        break;
      }
    }
    if (segs.size() < 2 || !comma_or_semicolon) return kNo;
    build(segs, ListShape::CountThenLead, &c, false);
    return stop;
  }

  // 一是 / 首先 …: numbered points, read with their numbers (structure/numbered_lists.cpp).
  bool ordinal_at(std::size_t x) {
    std::size_t len = 0;
    if (han_ordinal(view(t_, x, std::min(t_.size(), x + 4)), len) && chars::starts_with(t_.chars(), x + len, lex::headings::kOrdinalIs))
      return true;
    for (const auto& w : lex::headings::kSequenceWords)
      if (chars::starts_with(t_.chars(), x, w.word)) return true;
    return false;
  }

  // A verb inside the last item means the count is the object of a new predicate ("A镇、B镇完成3个
  // 村卫生室建设"), not the size of the list.
  bool has_verb(std::size_t b, std::size_t e) {
    const auto& verbs = words::kVerbs;
    // Not 检查/培训/督导/筛查: in these lists they are mostly nouns ending an item ("孕前检查和新生儿
    // 筛查三项", "岗前培训、业务培训2类"), and reading them as verbs loses the list.
    // …unless the item is an office's name that starts with one ("组织宣传处(人事处)", "派出所"): it
    // ends with an office suffix, which a predicate ("覆盖全县", "完成") does not.
    bool verb = false;
    char32_t last = 0;
    for (std::size_t i = b; i < e; ++i) {
      std::size_t cl = br_.close(i);
      if (cl != kNo && cl < e) { i = cl; continue; }
      last = t_.at(i);
      for (auto v : verbs)
        if (!verb && chars::starts_with(t_.chars(), i, v) && i + v.size() <= e) verb = true;
    }
    return verb && !(is_unit_suffix(last) && lex::enumerations::kPlaceSuffixes.find(last) == std::u32string_view::npos);
  }

  void clause(std::size_t cb, std::size_t ce, std::size_t pb, std::size_t pe, std::size_t p2b, std::size_t p2e) {
    trim(t_, cb, ce);
    if (cb >= ce) return;
    std::vector<std::pair<std::size_t, std::size_t>> segs;
    std::size_t sb = cb;
    for (std::size_t i = cb; i <= ce; ++i) {
      if (i < ce) {
        std::size_t cl = br_.close(i);
        if (cl != kNo && cl < ce) {
          // Quoted names written side by side are items too: "“健康进家庭”“健康进校园”3项活动".
          if (t_.at(i) == U'“' && t_.at(cl + 1) == U'“' && br_.close(cl + 1) != kNo) {
            segs.push_back({sb, cl + 1});
            sb = cl + 1;
          }
          i = cl;
          continue;
        }
      }
      if (i == ce || t_.at(i) == U'、') {
        segs.push_back({sb, i});
        sb = i + 1;
      }
    }

    // The count of a list introduced by 包括/分别为/：, standing before it.
    CountPhrase lead_count;
    bool lead_counted = false;
    std::size_t lead_at = kNo;
    std::size_t first_b = strip_lead(t_, segs[0].first, segs[0].second, br_, &lead_at);
    bool colon_before = cb > 0 && (t_.at(cb - 1) == U'：' || t_.at(cb - 1) == U':');
    if (lead_at != kNo && lead_at > cb) {
      lead_counted = count_ending_at(cb, lead_at, lead_count);
    } else if (((lead_at == cb && names_parts(t_, cb)) || colon_before) && pb != kNo) {
      // "下设4个股室，包括…" / "设有4个股室：…" / "共有股室4个，分别是：…"
      std::size_t qb = pb, qe = pe;
      std::u32string_view prev = view(t_, pb, pe);
      if (std::find(words::kPointBack.begin(), words::kPointBack.end(), prev) != words::kPointBack.end() &&
          p2b != kNo) {
        qb = p2b;
        qe = p2e;
      }
      lead_counted = count_ending_at(qb, qe, lead_count);
    }

    // A count closing the list: "…、爱国卫生工作股等12个股室". Not in a 其中 breakdown, and not when the
    // items each carry their own count ("全额拨款单位3个、差额拨款单位2个": the last count is the
    // last item's).
    auto [lb, le] = segs.back();
    bool breakdown = chars::starts_with(t_.chars(), cb, words::kQizhong);
    bool parallel_counts = false;
    for (std::size_t s = 0; s + 1 < segs.size() && !parallel_counts; ++s) {
      std::size_t x = segs[s].first, y = segs[s].second;
      trim(t_, x, y);
      for (std::size_t k = y > x + 6 ? y - 6 : x; k < y && !parallel_counts; ++k) {
        CountPhrase c;
        parallel_counts = read_count_phrase(t_, k, c) && c.end == y;
      }
    }
    if (segs.size() >= 2 && !breakdown && !parallel_counts) {
      for (std::size_t i = lb; i < le; ++i) {
        std::size_t cl = br_.close(i);
        if (cl != kNo && cl < le) { i = cl; continue; }
        CountPhrase c;
        if (!read_count_phrase(t_, i, c)) continue;
        bool deng = false;
        std::size_t item_end = strip_filler(t_, lb, i, deng);
        std::size_t ib = lb, ie = item_end;
        trim(t_, ib, ie);
        if (ib < ie && words::kConnectorChars.find(t_.at(ie - 1)) == std::u32string_view::npos &&
            !has_verb(ib, ie)) {
          segs.back().second = item_end;
          segs[0].first = first_b;
          build(segs, ListShape::ListThenCount, &c, deng);
          return;
        }
        break;  // a count standing at the start of the last item belongs to it, not to the list
      }
    }
    // A count inside the clause, not at its end: "涉及A镇（…）、B乡（…）5个乡镇11个村道路建设、护栏等". The
    // list ends at the count and the clause goes on, so every item must be of the counted kind.
    if (segs.size() >= 3 && !breakdown && !parallel_counts && !lead_counted) {
      for (std::size_t k = 1; k + 1 < segs.size(); ++k) {
        auto [mb, me] = segs[k];
        std::size_t at = kNo;
        CountPhrase c;
        for (std::size_t i = mb; i < me && at == kNo; ++i) {
          std::size_t cl = br_.close(i);
          if (cl != kNo && cl < me) { i = cl; continue; }
          if (read_count_phrase(t_, i, c)) at = i;
        }
        if (at == kNo) continue;
        bool deng = false;
        std::vector<std::pair<std::size_t, std::size_t>> list(segs.begin(), segs.begin() + k + 1);
        list.back().second = strip_filler(t_, mb, at, deng);
        list[0].first = after_verb(first_b, list[0].second);
        std::u32string_view noun = view(t_, c.end, c.noun_end);
        bool kind = true;
        std::size_t len = 0;
        for (auto [x, y] : list) kind = kind && of_kind(kind_char(x, y), noun, &len);
        if (!kind) break;
        grouped(list, c);
        cut_noun(c, len);
        build(list, ListShape::ListThenCount, &c, deng);
        return;
      }
    }
    segs[0].first = first_b;
    if (lead_counted) {
      build(segs, ListShape::CountThenLead, &lead_count, false);
    } else if (segs.size() >= 2) {
      build(segs, ListShape::Plain, nullptr, false);
    }
  }

  void build(std::vector<std::pair<std::size_t, std::size_t>> segs, ListShape shape, const CountPhrase* count,
             bool deng) {
    Enumeration en;
    en.shape = shape;
    en.open_ended = deng;
    if (count) {
      en.has_count = true;
      en.count = *count;
    }
    // A trailing 等/等等 leaves the list open.
    {
      auto& [b, e] = segs.back();
      while (e > b && is_space(t_.at(e - 1))) --e;
      if (e >= b + 2 && chars::ends_with_at(t_.chars(), e, words::kEtcEtc)) { e -= 2; en.open_ended = true; }
      else if (e >= b + 1 && t_.at(e - 1) == words::kEtc) { e -= 1; en.open_ended = true; }
      // "…、医保等部门开展检查", "…、乡村医生等600人次": the last item ends at 等 (not the 等 of
      // 等级/平等/一等奖), so a repeat of an earlier item is seen (R62).
      else if (shape == ListShape::Plain) {
        for (std::size_t i = b + 1; i + 1 < e; ++i) {
          std::size_t cl = br_.close(i);
          if (cl != kNo && cl < e) { i = cl; continue; }
          if (t_.at(i) != words::kEtc) continue;
          if (words::kNotEtcNext.find(t_.at(i + 1)) != std::u32string_view::npos ||
              words::kNotEtcPrev.find(t_.at(i - 1)) !=
                  std::u32string_view::npos)
            continue;
          e = i;
          en.open_ended = true;
          break;
        }
      }
    }
    for (auto [b, e] : segs) {
      std::size_t x = b, y = e;
      trim(t_, x, y);
      if (x >= y) return;  // an empty item: not a list ("、、" or a dangling separator)
      if (bare_length(x, y, br_) > 40) return;
    }
    if (shape != ListShape::Plain) {
      std::size_t len = 0;
      std::size_t at = find_connector(t_, segs.back().first, segs.back().second, br_, len);
      if (at != kNo) {
        std::size_t x = segs.back().first, y = at;
        trim(t_, x, y);
        std::size_t x2 = at + len, y2 = segs.back().second;
        trim(t_, x2, y2);
        if (x < y && x2 < y2) {
          std::size_t end = segs.back().second;
          segs.back().second = at;
          segs.push_back({at + len, end});
          // "财务股和人事股", "医政医管股和基层卫生股": both halves end in the same category word, so they
          // are two names for sure; "人口监测与家庭发展股" may be one name (the count decides).
          en.connector_split = !(y - x >= 2 && t_.at(y - 1) == t_.at(y2 - 1) && is_unit_suffix(t_.at(y - 1)));
        }
      }
    }
    if (segs.size() < 2) return;
    for (auto [b, e] : segs) {
      en.items.push_back(make_item(t_, b, e));
      if (count) {
        CountPhrase c;
        std::size_t x = b, y = e;
        trim(t_, x, y);
        if (read_count_phrase(t_, x, c) && compatible(c.counter, count->counter)) ++en.count_items_with_counts;
      }
    }
    en.start = en.items.front().start;
    en.end = en.items.back().end;
    out_.push_back(std::move(en));
  }
};

// Text between a part count and what follows it: "事业单位（…）、" — a noun, an optional bracketed
// group, and (between parts) a separator.
bool part_gap(const Text& t, std::size_t b, std::size_t e, bool need_sep, const Brackets& br) {
  while (e > b && is_space(t.at(e - 1))) --e;
  // Noun before the count ("乡镇卫生院23家、社区卫生服务中心2家，共计25家"): the gap is a separator
  // and the next part's noun.
  if (need_sep && e > b && words::kPartSeparators.find(t.at(b)) != std::u32string_view::npos &&
      words::kPartSeparators.find(t.at(e - 1)) == std::u32string_view::npos) {
    ++b;
    if (e - b > 15 || e == b) return false;
    for (std::size_t i = b; i < e; ++i)
      if (!is_han(t.at(i)) || t.at(i) == words::kEtc || t.at(i) == words::kGong) return false;
    return true;
  }
  if (need_sep) {
    if (e >= b + 2 && chars::ends_with_at(t.chars(), e, words::kYiJi)) e -= 2;
    else if (e > b && words::kPartSeparators.find(t.at(e - 1)) != std::u32string_view::npos) e -= 1;
    else return false;
  }
  while (e > b && is_space(t.at(e - 1))) --e;
  if (e > b && is_close(t.at(e - 1))) {
    std::size_t o = br.open(e - 1);
    if (o == kNo || o < b) return false;
    e = o;
  }
  if (e - b > 15) return false;
  for (std::size_t i = b; i < e; ++i) {
    char32_t c = t.at(i);
    if (!(is_han(c) || chars::is_latin(c))) return false;
    if (c == words::kEtc || c == words::kGong) return false;
  }
  return true;
}

}  // namespace

bool read_count_phrase(const Text& t, std::size_t at, CountPhrase& out) {
  if (at >= t.size()) return false;
  char32_t prev = at > 0 ? t.at(at - 1) : U'\0';
  std::size_t i = at;
  long long value = 0;
  bool han = false;
  if (is_digit(t.at(at))) {
    if (is_digit(prev) || chars::is_decimal_point(prev) || chars::is_latin(prev) || prev == U'-' || prev == U'－' ||
        prev == U'—' || prev == U'–' || prev == U'~' || prev == U'～' || prev == U'/' ||
        words::kNotCountAfterDigits.find(prev) != std::u32string_view::npos || prev == U'×' || prev == U'%')
      return false;
    while (i < t.size() && is_digit(t.at(i)) && i - at < 9) value = value * 10 + chars::digit_value(t.at(i++));
    if (i < t.size() && (is_digit(t.at(i)) || chars::is_decimal_point(t.at(i)) || t.at(i) == U',')) return false;
  } else {
    if (han_digit(t.at(at)) <= 0 || han_digit(prev) >= 0 ||
        words::kNotCountAfterNumeral.find(prev) != std::u32string_view::npos)
      return false;
    std::size_t len = 0;
    if (t.at(at) == U'两') {
      value = 2;
      len = 1;
    } else {
      value = han_ordinal(view(t, at, std::min(t.size(), at + 4)), len);
    }
    if (value <= 1 || len == 0) return false;  // "一个" is mostly an article
    i = at + len;
    if (han_digit(t.at(i)) >= 0 || t.at(i) == U'万' || t.at(i) == U'亿' || t.at(i) == U'几') return false;
    han = true;
  }
  if (i >= t.size()) return false;
  char32_t c = t.at(i);
  if (words::kApproxAfterCount.find(c) != std::u32string_view::npos) return false;  // approximate: never counted exactly
  if (!is_counter(c)) return false;
  if (counter_is_word(c, t.at(i + 1), t.at(i + 2))) return false;
  if (inside_quotes(t, at)) return false;
  out = CountPhrase{};
  out.value = value;
  out.start = at;
  out.end = i + 1;
  out.counter = c;
  out.han = han;
  out.text = t.utf8(out.start, out.end);
  std::size_t n = out.end;
  // The noun ends before 等 and before 的 ("3个单位的决算组成" counts 单位).
  while (n < t.size() && n - out.end < 12 && is_han(t.at(n)) && t.at(n) != words::kEtc && t.at(n) != words::kDe) ++n;
  out.noun_end = n;
  out.noun = t.utf8(out.end, n);
  return true;
}

std::vector<CountPhrase> find_count_phrases(const Text& t) {
  std::vector<CountPhrase> out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    CountPhrase c;
    if (read_count_phrase(t, i, c)) {
      out.push_back(c);
      i = c.end - 1;
    }
  }
  return out;
}

std::vector<Enumeration> find_enumerations(const Text& t) {
  std::vector<Enumeration> out;
  Scanner sc(t, out);
  for (std::size_t b = 0; b < t.size();) {
    std::size_t e = line_end(t, b);
    if (t.at(b) != U'\t' && e > b) sc.line(b, e);
    b = e + 1;
  }
  std::sort(out.begin(), out.end(), [](const Enumeration& a, const Enumeration& b) { return a.start < b.start; });
  return out;
}

std::vector<CompositeCount> find_composite_counts(const Text& t) {
  std::vector<CompositeCount> out;
  std::vector<CountPhrase> counts = find_count_phrases(t);
  Brackets br;
  std::size_t built_for = kNo;
  for (std::size_t k = 1; k < counts.size(); ++k) {
    const CountPhrase& total = counts[k];
    bool deng = false;
    std::size_t fs = strip_filler(t, line_start(t, total.start), total.start, deng);
    if (fs == total.start) continue;  // no 等/共 before the total
    std::size_t ls = line_start(t, total.start);
    if (built_for != ls) {
      br.build(t, ls, line_end(t, total.start));
      built_for = ls;
    }
    // "…34个乡镇卫生院，共46个" : the comma belongs to the filler.
    std::size_t boundary = fs;
    while (boundary > ls && (is_space(t.at(boundary - 1)) || t.at(boundary - 1) == U'，' || t.at(boundary - 1) == U','))
      --boundary;
    std::vector<CountPhrase> parts;
    std::size_t j = k;
    bool last = true;
    while (j > 0) {
      bool found = false;
      for (std::size_t m = j; m > 0 && j - m < 4; --m) {
        const CountPhrase& c = counts[m - 1];
        if (c.start < ls || c.end > boundary) continue;
        if (!compatible(c.counter, total.counter)) continue;
        if (part_gap(t, c.end, boundary, !last, br)) {
          parts.push_back(c);
          boundary = c.start;
          j = m - 1;
          last = false;
          found = true;
          break;
        }
      }
      if (!found) break;
    }
    if (parts.size() < 2) continue;
    std::reverse(parts.begin(), parts.end());
    out.push_back({total, std::move(parts)});
  }
  return out;
}

}  // namespace gouji
