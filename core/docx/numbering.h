#pragma once
// Word's automatic numbering: headings like 一、 （一） 1. are often not in the text at all but
// w:numPr references into word/numbering.xml (and styles.xml). This renders the number a paste
// from Word would show, from each level's numFmt and lvlText, with counters per list.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace gouji::docx {

class Numbering {
 public:
  void parse_numbering(std::string_view xml);
  void parse_styles(std::string_view xml);  // paragraph styles that carry numPr
  // The label for the next paragraph of list `num_id` at level `ilvl` ("一、", "（二）", "1.").
  std::string next(const std::string& num_id, int ilvl);
  // numPr of a paragraph style, if it has one.
  bool style_numbering(const std::string& style, std::string& num_id, int& ilvl) const;

 private:
  struct Level {
    int start = 1;
    std::string fmt = "decimal", text;
  };
  std::map<std::string, std::map<int, Level>> abstract_;        // abstractNumId → levels
  std::map<std::string, std::string> num_to_abstract_;
  std::map<std::string, std::map<int, int>> start_override_;    // numId → ilvl → start
  std::map<std::string, std::vector<int>> counters_;            // numId → per-level counter
  std::map<std::string, std::pair<std::string, int>> style_num_;
};

// Formats a counter in a Word numFmt ("chineseCounting" 12 → 十二, "decimalEnclosedCircle" → ⑫).
std::string format_number(int n, std::string_view fmt);

}  // namespace gouji::docx
