#pragma once
// Enumerations in running text and the counts stated next to them (domain rules §2 E, R60–R62):
//
//   ListThenCount     "内设办公室、人事股、财务股等12个股室"       items, then 等/共 and the count
//   CountThenBracket  "7个事业单位（会计核算中心、信息中心、…）"   the count, then the items in brackets
//   CountThenLead     "下设4个股室，包括办公室、…和业务股"          the count, then 包括/分别为/： and the items
//   Plain             "国家、省、市、区"                              a list with no count (R62 only)
//
// and, in the same shapes: a count inside the clause after items of its kind ("涉及A镇（…）、B乡（…）
// 2个乡镇5个村道路建设、…", ListThenCount) with a second count of what is grouped in the items'
// brackets (the 5 villages); items written 名称：类型 after the count's colon, and names separated
// by ，/； after its colon or 包括/分别是 (CountThenLead).
//
// and composite counts whose parts are counts themselves (R61):
//   "下辖7个事业单位（…）、4个县直单位（…），1个社团组织（…）和34个乡镇卫生院等46个二级机构".
//
// Lists split on 、，；(and on one 和/及/与 in the last item) at bracket depth 0, so "执业（助理）医师数"
// and "规划发展与信息化股(县…办公室）" (mismatched bracket types included) stay one item.
#include <cstddef>
#include <string>
#include <vector>

#include "text/text.h"

namespace gouji {

// A number written with a counter word: "12个", "三项", "5大", "2家". Never approximate ("100余个"
// is not read), never an ordinal ("第3名"), never a name in quotes ("“五个现代强县”").
struct CountPhrase {
  long long value = 0;
  std::size_t start = 0, end = 0;  // number + counter
  std::size_t noun_end = 0;        // end of the noun after the counter ("股室"); == end if none
  char32_t counter = 0;            // 个 项 家 …
  bool han = false;                // written in Chinese numerals
  std::string text;                // "12个"
  std::string noun;                // "股室" (UTF-8, at most 12 characters)
};

// Reads a count phrase starting exactly at `at`; false if there is none.
bool read_count_phrase(const Text& text, std::size_t at, CountPhrase& out);
// Every count phrase in the text, in order.
std::vector<CountPhrase> find_count_phrases(const Text& text);

struct ListItem {
  std::size_t start = 0, end = 0;  // trimmed; a lead word before the first item is cut off
  std::string text;                // UTF-8
  std::string key;                 // text without spaces: two items are duplicates when keys match
};

enum class ListShape { Plain, ListThenCount, CountThenBracket, CountThenLead, CountThenNumbered };

struct Enumeration {
  ListShape shape = ListShape::Plain;
  std::size_t start = 0, end = 0;  // from the first item to the last
  std::vector<ListItem> items;     // the preferred reading (a final 和/及/与 splits the last item)
  bool connector_split = false;    // the last two items were split at 和/及/与 (ambiguous: names like
                                   // "人口监测与家庭发展股" contain 与, so one item fewer is also possible)
  bool open_ended = false;         // "…等12个" / "（A、B等）": the list may be partial
  bool has_count = false;
  CountPhrase count;
  std::size_t count_items_with_counts = 0;  // items that themselves state a count of the same kind
};

// Every enumeration of at least two items; lines that are table cells (leading TAB) are skipped.
// `counts`: find_count_phrases(text), looked up wherever the scanner asks for a count.
std::vector<Enumeration> find_enumerations(const Text& text, const std::vector<CountPhrase>& counts);

// Counts whose colon opens numbered items (R60), each item one ListItem (the marker and the first
// words), shape CountThenNumbered:
//   "采取了三项措施：一是…；二是…；三是…。"      inline ordinals, 1, 2, 3 … without a gap
//   "下设3个科室：\n1.办公室…\n2.财务科…\n3.业务科…"  numbered lines of one style and level
//   "纳入决算的单位共3个，分别是：" + a table        the table's body rows (合计/小计 rows left out)
//   "下设3个科室：\n办公室、财务科、业务科。"           a plain list (of `lists`) filling the next line
// The count introduces the items, so they are all there; a run that does not start at 1 right
// after the colon is not read.
struct Document;
// `counts`: find_count_phrases(text), read once by the caller that also wants composite counts.
std::vector<Enumeration> find_numbered_lists(const Text& text, const Document& doc, const std::vector<Enumeration>& lists,
                                             const std::vector<CountPhrase>& counts);

// A total whose parts, listed before it, are counts of the same kind (R61).
struct CompositeCount {
  CountPhrase total;
  std::vector<CountPhrase> parts;
};
std::vector<CompositeCount> find_composite_counts(const Text& text, const std::vector<CountPhrase>& counts);

}  // namespace gouji
