#pragma once
// Word's automatic numbering: headings like 一、 （一） 1. are often not in the text at all but
// w:numPr references into word/numbering.xml (directly, or through a paragraph style in
// styles.xml). This renders the number a paste from Word shows, from each level's numFmt and
// lvlText, with Word's counting rules:
//  - w:num instances that share an abstractNum continue one list; a w:num with a w:lvlOverride
//    (startOverride or a whole w:lvl) counts on its own;
//  - a level starts at w:start (or the override); using a level restarts the deeper levels, unless
//    their w:lvlRestart says otherwise (0 = never, n = only when level n or a higher one is used);
//  - %1…%9 in lvlText show each level's current value in that level's numFmt (all decimal under
//    w:isLgl); numFmt "none" shows nothing for its placeholder; a "bullet" level gives no label;
//  - the suffix after the number (w:suff, a tab by default) is not emitted: the pasted reports
//    read "一、部门基本情况", not "一、\t部门基本情况".
#include <array>
#include <map>
#include <string>
#include <string_view>

#include "docx/xml_scan.h"

namespace gouji::docx {

class Numbering {
 public:
  // Each keeps what it read and returns the scanner's fault (None when the XML was read whole).
  XmlScanner::Fault parse_numbering(std::string_view xml);
  XmlScanner::Fault parse_styles(std::string_view xml);

  // The label for the next paragraph with this numbering: `style` is its w:pStyle ("" = the
  // default paragraph style), `num_id`/`ilvl` its own w:numPr values (has_num_id false / ilvl < 0
  // when absent: taken from the style). numId 0 means "no numbering". Advances the counters.
  std::string label(const std::string& style, bool has_num_id, const std::string& num_id, int ilvl);

 private:
  struct Level {
    int start = 1;
    bool has_start = false;
    std::string fmt = "decimal", custom, text;
    bool has_fmt = false, has_text = false, legal = false;
    int restart = -1;  // w:lvlRestart; -1 = default (after any higher level)
    std::string pstyle;
  };
  struct Abstract {
    std::map<int, Level> levels;
    std::string num_style_link;
  };
  struct Num {
    std::string abstract_id;
    std::map<int, int> start_override;
    std::map<int, Level> level_override;
  };
  struct Style {
    bool has_num_id = false;
    std::string num_id, based_on;
    int ilvl = -1;
  };
  struct Counters {
    std::array<int, 9> value{};
    std::array<bool, 9> started{};
  };

  const Abstract* resolve(const Num& num, std::string* abstract_id) const;
  const Level* level(const Num& num, const Abstract& abs, int ilvl) const;
  int start_of(const Num& num, const Abstract& abs, int ilvl) const;

  std::map<std::string, Abstract> abstracts_;
  std::map<std::string, Num> nums_;
  std::map<std::string, Style> styles_;
  std::string default_style_;
  std::map<std::string, Counters> counters_;  // "a<abstractNumId>" or "n<numId>"
};

// Formats a counter in a Word numFmt: "chineseCounting" 12 → 十二, "decimalEnclosedCircle" 3 → ③,
// "upperRoman" 4 → IV. Unknown formats are decimal; "none" and "bullet" are "". `custom` is the
// w:format of a numFmt "custom" ("001, 002, 003, ...", "一, 二, 三, ...").
std::string format_number(int n, std::string_view fmt, std::string_view custom = {});

}  // namespace gouji::docx
