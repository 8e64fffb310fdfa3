#include "facts/table_rows.h"

#include "lexicon/table_forms.h"
#include "structure/table_templates.h"
#include "text/chars.h"
#include "text/text.h"

namespace gouji {
namespace {

using Str = std::u32string_view;

// The row's name: its first cell that is not a number or a code.
std::u32string row_label(const std::vector<Cell>& row) {
  for (const auto& c : row) {
    std::u32string t = from_utf8_lossy(c.text);
    bool digits = !t.empty();
    for (char32_t ch : t) digits &= chars::is_digit(ch) || chars::is_decimal_point(ch) || ch == U',' || ch == U'-';
    if (!t.empty() && !digits) return t;
  }
  return {};
}

// A 科目编码 cell: 3, 5 or 7 digits (类 / 款 / 项) → level 0, 1, 2; -1 when none.
int code_level(const std::vector<Cell>& row, std::u32string* code) {
  for (const auto& c : row) {
    if (c.column != 0 && c.text.empty()) continue;
    if (c.column != 0) return -1;  // a row without its label cell starts with a figure, not a code
    std::u32string t = from_utf8_lossy(c.text);
    bool digits = !t.empty();
    for (char32_t ch : t) digits &= chars::is_ascii_digit(ch);
    if (digits && (t.size() == 3 || t.size() == 5 || t.size() == 7)) {
      *code = t;
      return static_cast<int>(t.size() - 3) / 2;
    }
    if (!t.empty()) return -1;  // the code, when there is one, is the first cell
  }
  return -1;
}

// "1.公务用车…", "2、出国经费", "（1）…": the item's ordinal, 0 when unnumbered.
int item_number(Str l) {
  std::size_t i = 0;
  if (i < l.size() && (l[i] == U'（' || l[i] == U'(')) ++i;
  int n = 0;
  std::size_t b = i;
  while (i < l.size() && chars::is_digit(l[i]) && i - b < 2) n = n * 10 + chars::digit_value(l[i++]);
  if (i == b || i >= l.size()) return 0;
  char32_t c = l[i];
  return (c == U'.' || c == U'．' || c == U'、' || c == U'）' || c == U')') ? n : 0;
}

}  // namespace

std::vector<RowNode> row_tree(const Table& t) {
  std::vector<RowNode> nodes(t.rows.size());
  // Codes: the nearest earlier row whose code is a prefix is the parent.
  std::vector<std::u32string> codes(t.rows.size());
  bool any_code = false;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    int lv = code_level(t.rows[r], &codes[r]);
    if (lv < 0) continue;
    any_code = true;
    nodes[r].level = lv;
    for (std::size_t p = r; p-- > 0;)
      if (!codes[p].empty() && codes[p].size() < codes[r].size() && codes[r].compare(0, codes[p].size(), codes[p]) == 0) {
        nodes[r].parent = p;
        break;
      }
  }
  if (any_code) return nodes;

  // Numbered items under the unnumbered row just before "1."; 其中 groups under their row.
  std::size_t numbered_parent = kNone;  // the row the current 1., 2., … hang under
  std::size_t last_numbered = kNone;
  std::size_t qizhong_parent = kNone;   // the row a 其中 group hangs under
  int expected = 1;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    if (r == t.total_row) { numbered_parent = qizhong_parent = kNone; continue; }
    std::u32string l = row_label(t.rows[r]);
    int n = item_number(l);
    if (n != 0) {
      qizhong_parent = kNone;
      if (n == 1 && r > 0 && r - 1 != t.total_row && item_number(row_label(t.rows[r - 1])) == 0) {
        numbered_parent = r - 1;
        expected = 1;
      }
      if (numbered_parent != kNone && n == expected) {
        nodes[r].parent = numbered_parent;
        nodes[r].level = nodes[numbered_parent].level + 1;
        last_numbered = r;
        ++expected;
      } else {
        numbered_parent = kNone;
      }
      continue;
    }
    if (Str(l).substr(0, lex::tables::kQizhong.size()) == lex::tables::kQizhong) {
      qizhong_parent = r > 0 ? r - 1 : kNone;
    } else if (qizhong_parent == kNone) {
      // An unnumbered row after a numbered run ends it (a new top-level row: 公用经费).
      if (numbered_parent != kNone && last_numbered != kNone) numbered_parent = kNone;
      continue;
    }
    if (qizhong_parent != kNone) {
      nodes[r].parent = qizhong_parent;
      nodes[r].level = nodes[qizhong_parent].level + 1;
      nodes[r].complete = false;
    }
  }
  // A 其中 group whose items are the form's fixed set (中央/省/市/县/其他; 本年财政拨款/上年结转/
  // 其他资金) is the whole of its parent.
  for (std::size_t r = 0; r < nodes.size();) {
    if (nodes[r].parent == kNone || nodes[r].complete) { ++r; continue; }
    std::size_t e = r;
    std::vector<std::u32string> labels;
    while (e < nodes.size() && nodes[e].parent == nodes[r].parent && !nodes[e].complete) {
      std::u32string l;
      for (char32_t ch : row_label(t.rows[e]))
        if (!chars::is_space(ch)) l += ch;
      labels.push_back(l);
      ++e;
    }
    if (complete_row_set(labels))
      for (std::size_t k = r; k < e; ++k) nodes[k].complete = true;
    r = e;
  }
  return nodes;
}

}  // namespace gouji
