#pragma once
// Internal to the targets facts (facts/targets*.cpp): the text tools, the parts and grids of a
// report, and the Reader that fills a TargetFacts, whose phases live in several files. Not an
// interface of the facts stage.
#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "facts/targets.h"
#include "lexicon/target_words.h"
#include "text/chars.h"

namespace gouji {
namespace target_detail {

template <class Words>
bool has_any(std::u32string_view s, const Words& ws) {
  for (std::u32string_view w : ws)
    if (chars::has(s, w)) return true;
  return false;
}

template <class Words>
bool is_one_of(std::u32string_view s, const Words& ws) {
  for (std::u32string_view w : ws)
    if (s == w) return true;
  return false;
}

inline std::u32string compact(std::u32string_view s) {
  std::u32string out;
  for (char32_t c : s)
    if (!chars::is_space(c)) out += c;
  return out;
}

using namespace chars;
using Str = std::u32string_view;
using namespace lex::targets;

// --- names and groups (targets.cpp)
void trim(Str s, std::size_t& b, std::size_t& e);
const CmpWord* comparator_ending(Str s);
bool keep_char(char32_t c);
std::u32string variant_key(std::u32string k);
std::size_t lcs(const std::u32string& a, const std::u32string& b);
IndicatorGroup group_in_title(Str t);
std::size_t group_label_at(Str s, std::size_t at, std::size_t end, IndicatorGroup& g, std::size_t& word_end);
bool han_numeral(char32_t c);
std::size_t skip_marker(Str s, std::size_t i, std::size_t end);

// --- parts of the report (targets_parts.cpp)
struct Part {
  std::size_t start = 0, end = 0;
  std::size_t head_start = 0, head_end = 0;  // the heading (or line label) that names it
  bool target = true;
  IndicatorGroup group = IndicatorGroup::Unknown;
};

struct LineSpan {
  std::size_t start, end, number;
};

bool target_title(Str t);
bool actual_title(Str t);
bool overall_goal_title(Str t);
std::size_t heading_section_end(const Document& doc, std::size_t h, std::size_t text_end);
std::vector<LineSpan> lines_of(Str s);
std::size_t count_char(Str s, std::size_t b, std::size_t e, char32_t c);

// --- tables (自评表) (targets_grids.cpp)
struct GCell {
  std::size_t start = 0, end = 0;
  std::u32string text;  // spaces removed
};

struct Grid {
  std::vector<std::u32string> header;
  std::vector<std::vector<GCell>> rows;
  bool cut = false;  // the text ends inside it (Table::cut)
};

int header_hits(const std::vector<GCell>& row);
std::vector<Grid> tsv_grids(Str s, const std::vector<LineSpan>& lines, std::set<std::size_t>& grid_lines);
std::vector<Grid> doc_grids(const Document& doc);
CellNumber cell_num(const GCell& c);

// --- pairing (targets_pairing.cpp)
bool negative_name(Str n, UnitKind kind, const std::string& subgroup);

// Reads the targets and actuals of one report into `tf`.
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

  // targets.cpp: items, their names and numbers
  std::pair<std::size_t, std::size_t> numbers_from(std::size_t b, std::size_t e) const;
  bool usable(const Quantity& q) const;
  bool counts_indicator_set(const Quantity& q) const;
  std::string unit_after(const Quantity& q, std::size_t limit) const;
  Comparator comparator_of(const Quantity& q, std::size_t b) const;
  std::string name_of(std::size_t qi, std::size_t b, std::size_t e, std::size_t prev_end);
  void add_item(bool target_side, Indicator ind);
  void read_piece(std::size_t b, std::size_t e, bool target_side, IndicatorGroup group, const std::string& subgroup,
                  bool list_like, bool group_known);
  std::size_t heading_on_line(std::size_t number) const;
  std::size_t heading_at(std::size_t pos) const;

  // targets_parts.cpp
  void read_part(const Part& part);
  std::vector<Part> find_parts();
  void read_narrative_pairs();

  // targets_grids.cpp
  void read_grid(const Grid& g, std::size_t table_index);

  // targets_pairing.cpp
  void pair_lists(std::size_t first_pair_target);
};

}  // namespace target_detail
}  // namespace gouji
