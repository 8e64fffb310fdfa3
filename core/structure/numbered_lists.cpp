// Counts followed by their items as numbered points, numbered lines or table rows (see
// enumerations.h, find_numbered_lists). Items are read off the document's structure (inline
// ordinals, headings, tables), never re-scanned from the text.
#include <algorithm>

#include "lexicon/enumeration_words.h"
#include "lexicon/lexicon.h"
#include "lexicon/table_forms.h"
#include "structure/document.h"
#include "structure/enumerations.h"
#include "text/chars.h"

namespace gouji {
namespace {

constexpr std::size_t kNo = static_cast<std::size_t>(-1);
constexpr std::size_t kMaxItems = 60;  // longer runs are chapters, not a counted list

bool is_colon(char32_t c) { return c == U'：' || c == U':'; }

// Where the items of count `c` start: right after "N个X：", "N个X的工作：", "N个X，分别是：" or
// "N个X，具体如下：" (then `loose`: the items must show they are of the counted kind); kNo when no
// colon opens a list there.
std::size_t after_colon(const Text& t, const CountPhrase& c, bool& loose) {
  loose = false;
  std::u32string_view s(t.chars());
  std::size_t q = c.noun_end;
  if (q < s.size() && s[q] == U'的') {  // "3个方面的工作："
    std::size_t k = q + 1;
    while (k < s.size() && k - q <= 6 && chars::is_han(s[k])) ++k;
    q = k;
  }
  while (q < s.size() && chars::is_space(s[q]) && s[q] != U'\n') ++q;
  if (q < s.size() && (s[q] == U'，' || s[q] == U',')) {
    ++q;
    while (q < s.size() && chars::is_space(s[q]) && s[q] != U'\n') ++q;
    std::size_t w = 0;
    for (auto word : lex::enumerations::kNamesParts)
      if (chars::starts_with(s, q, word)) w = std::max(w, word.size());
    for (auto word : lex::enumerations::kPointAhead)
      if (chars::starts_with(s, q, word) && word.size() > w) {
        w = word.size();
        loose = true;
      }
    if (w == 0) return kNo;
    q += w;
  }
  if (q >= s.size() || !is_colon(s[q])) return kNo;
  ++q;
  while (q < s.size() && (chars::is_space(s[q]) || s[q] == U'\n' || s[q] == U'\r')) ++q;  // the items may start a new line
  return q;
}

// The marker and the first words of an item, up to a clause end (at most 16 characters).
ListItem item_at(const Text& t, std::size_t b, std::size_t words_from) {
  while (words_from < t.size() && (t.at(words_from) == U'，' || t.at(words_from) == U',' || chars::is_space(t.at(words_from))))
    ++words_from;  // "首先，加强…": the words after the comma name the item
  std::size_t e = words_from;
  while (e < t.size() && e - words_from < 16) {
    char32_t c = t.at(e);
    if (c == U'\n' || c == U'，' || c == U'。' || c == U'；' || c == U'：' || c == U',' || c == U';' || c == U':') break;
    ++e;
  }
  ListItem it;
  it.start = b;
  it.end = e;
  it.text = t.utf8(b, e);
  it.key = std::to_string(b);  // numbered items are distinct by position
  return it;
}

// 一是 … 二是 … 三是 (or 首先 … 其次 … 最后) from the ordinal at `k`, numbered 1, 2, 3 … with no
// heading between two of them.
std::vector<ListItem> ordinal_run(const Text& t, const Document& doc, std::size_t k) {
  std::vector<ListItem> items;
  int want = 1;
  for (std::size_t j = k; j < doc.ordinals.size() && items.size() < kMaxItems; ++j, ++want) {
    const InlineOrdinal& o = doc.ordinals[j];
    if (o.number != want && !(o.is_last_word && j > k)) break;
    if (j > k) {
      auto h = std::lower_bound(doc.headings.begin(), doc.headings.end(), doc.ordinals[j - 1].end,
                                [](const Heading& x, std::size_t at) { return x.marker_start < at; });
      if (h != doc.headings.end() && h->marker_start < o.start) break;  // a new section
    }
    items.push_back(item_at(t, o.start, o.end));
    if (o.is_last_word) break;
  }
  return items;
}

// Numbered lines of one style under one parent, from heading `k` (numbered 1) on; deeper lines
// between them are the items' own sub-points.
std::vector<ListItem> heading_run(const Text& t, const Document& doc, std::size_t k) {
  const Heading& first = doc.headings[k];
  std::vector<ListItem> items{item_at(t, first.marker_start, first.marker_end)};
  int want = 2;
  for (std::size_t j = k + 1; j < doc.headings.size() && j - k < 400 && items.size() < kMaxItems; ++j) {
    const Heading& h = doc.headings[j];
    if (h.depth < first.depth) break;
    if (h.depth > first.depth) continue;
    if (h.parent != first.parent || h.style != first.style || h.number != want) break;
    items.push_back(item_at(t, h.marker_start, h.marker_end));
    ++want;
  }
  return items;
}

bool is_total_row(const std::string& cell) {
  for (auto w : lex::tables::kTotalNames)
    if (cell.find(to_utf8(w)) != std::string::npos) return true;
  return cell.find(to_utf8(lex::enumerations::kQizhong)) != std::string::npos;
}

// The body rows of a table, each named by its first cell that is not a 序号; empty when a row has
// no name or when two rows share one (a table of another shape).
std::vector<ListItem> table_rows(const Table& tb) {
  std::vector<ListItem> items;
  for (std::size_t r = 0; r < tb.rows.size(); ++r) {
    if (r == tb.total_row) continue;
    const Cell* name = nullptr;
    bool total = false;
    for (const Cell& c : tb.rows[r]) {
      if (c.text.empty()) continue;
      total = total || is_total_row(c.text);
      bool number = std::all_of(c.text.begin(), c.text.end(), [](char ch) { return (ch >= '0' && ch <= '9') || ch == '.'; });
      if (!number) { name = &c; break; }
    }
    if (total) continue;
    if (!name) return {};
    ListItem it;
    it.start = name->start;
    it.end = name->end;
    it.text = name->text;
    it.key = name->text;
    for (const auto& x : items)
      if (x.key == it.key) return {};
    items.push_back(std::move(it));
    if (items.size() > kMaxItems) return {};
  }
  return items;
}

// The name a count counts: its noun ("3个科室" → 科室), else the words before it and its 共/共计
// ("单位共3个" → 单位).
// At most three characters: the noun's head ("科室…"), or the tail of the words before the count.
std::u32string counted_noun(const Text& t, const CountPhrase& c) {
  std::u32string_view s(t.chars());
  if (c.noun_end > c.end) return std::u32string(s.substr(c.end, std::min<std::size_t>(3, c.noun_end - c.end)));
  std::size_t e = c.start;
  if (const lex::Entry* w = lex::match_before(s, e, lex::Cls::List); w && w->value == lex::Total) e -= w->word.size();
  else if (e > 0 && s[e - 1] == lex::enumerations::kAll) --e;
  std::size_t b = e;
  while (b > 0 && e - b < 3 && chars::is_han(s[b - 1])) --b;
  return std::u32string(s.substr(b, e - b));
}

// The item is of the counted kind: the last character of its name (before a bracket, a colon or
// a comma) is a character of the counted name ("综合科" of 科室, "东山镇" of 乡镇).
bool of_kind(const Text& t, const ListItem& it, std::u32string_view noun) {
  std::size_t e = it.end;
  for (std::size_t i = it.start; i < it.end; ++i)
    if (chars::is_open_bracket(t.at(i))) { e = i; break; }
  while (e > it.start && !chars::is_han(t.at(e - 1))) --e;
  if (e == it.start || noun.empty()) return false;
  return noun.find(t.at(e - 1)) != std::u32string_view::npos;
}

}  // namespace

std::vector<Enumeration> find_numbered_lists(const Text& t, const Document& doc, const std::vector<Enumeration>& lists,
                                             const std::vector<CountPhrase>& counts) {
  std::vector<Enumeration> out;
  for (const CountPhrase& c : counts) {
    bool loose = false;
    std::size_t p = after_colon(t, c, loose);
    if (p == kNo) continue;
    std::vector<ListItem> items;
    auto o = std::lower_bound(doc.ordinals.begin(), doc.ordinals.end(), p,
                              [](const InlineOrdinal& x, std::size_t at) { return x.start < at; });
    auto h = std::lower_bound(doc.headings.begin(), doc.headings.end(), p,
                              [](const Heading& x, std::size_t at) { return x.marker_start < at; });
    auto tb = std::lower_bound(doc.tables.begin(), doc.tables.end(), p,
                               [](const Table& x, std::size_t at) { return x.start < at; });
    if (o != doc.ordinals.end() && o->start == p && o->number == 1) {
      items = ordinal_run(t, doc, static_cast<std::size_t>(o - doc.ordinals.begin()));
    } else if (h != doc.headings.end() && h->marker_start == p && h->number == 1 && h->style != MarkerStyle::Unnumbered) {
      items = heading_run(t, doc, static_cast<std::size_t>(h - doc.headings.begin()));
    } else if (tb != doc.tables.end() && tb->start == p) {
      items = table_rows(*tb);
    } else if (std::u32string_view(t.chars()).substr(c.end, p - c.end).find(U'\n') != std::u32string_view::npos) {
      // "下设3个科室：" and, on the next line, "办公室、财务科、业务科。": the line is the list.
      auto en = std::lower_bound(lists.begin(), lists.end(), p, [](const Enumeration& x, std::size_t at) { return x.start < at; });
      if (en != lists.end() && en->start == p && en->shape == ListShape::Plain && !en->open_ended) {
        std::size_t q = en->end;
        while (q < t.size() && chars::is_space(t.at(q))) ++q;
        if (q >= t.size() || t.at(q) == U'。' || t.at(q) == U'\n') items = en->items;
      }
    }
    if (items.size() < 2) continue;
    if (loose) {
      std::u32string noun = counted_noun(t, c);
      bool kind = true;
      for (const auto& it : items) kind = kind && of_kind(t, it, noun);
      if (!kind) continue;
    }
    Enumeration en;
    en.shape = ListShape::CountThenNumbered;
    en.has_count = true;
    en.count = c;
    en.start = items.front().start;
    en.end = items.back().end;
    en.items = std::move(items);
    out.push_back(std::move(en));
  }
  return out;
}

}  // namespace gouji
