// The scanner's tests of what an item is: the kind its last character names, the verb that makes
// it a predicate, the ordinal that makes it a numbered point.
#include <algorithm>

#include "lexicon/heading_words.h"
#include "structure/enumerations_internal.h"
#include "structure/han_ordinal.h"

namespace gouji {
namespace enumeration_detail {

// The last character of an item without its trailing bracketed group ("临城镇(北驾廻村、…)" → 镇).
char32_t Scanner::kind_char(std::size_t b, std::size_t e) {
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
bool Scanner::of_kind(char32_t last, std::u32string_view noun, std::size_t* upto) {
  std::size_t at = noun.substr(0, 3).find(last);
  if (last == U'\0' || at == std::u32string_view::npos) return false;
  if (upto) *upto = std::max(*upto, at + 1);
  return true;
}

// The count's noun cut after the kind its items share ("11个村道路建设" counts 村).
void Scanner::cut_noun(CountPhrase& c, std::size_t len) {
  if (len == 0 || c.end + len >= c.noun_end) return;
  c.noun_end = c.end + len;
  c.noun = t_.utf8(c.end, c.noun_end);
}

// Where the first item starts after the clause's verb ("二期工程覆盖东山镇(…)" → 东山镇(…)).
std::size_t Scanner::after_verb(std::size_t b, std::size_t e) {
  std::size_t from = b;
  for (std::size_t i = b; i < e; ++i) {
    std::size_t cl = br_.close(i);
    if (cl != kNo && cl < e) { i = cl; continue; }
    for (auto v : words::kVerbs)
      if (chars::starts_with(t_.chars(), i, v) && i + v.size() < e) from = std::max(from, i + v.size());
  }
  return from;
}

// 一是 / 首先 …: numbered points, read with their numbers (structure/numbered_lists.cpp).
bool Scanner::ordinal_at(std::size_t x) {
  std::size_t len = 0;
  if (han_ordinal(view(t_, x, std::min(t_.size(), x + 4)), len) && chars::starts_with(t_.chars(), x + len, lex::headings::kOrdinalIs))
    return true;
  for (const auto& w : lex::headings::kSequenceWords)
    if (chars::starts_with(t_.chars(), x, w.word)) return true;
  return false;
}

// A verb inside the last item means the count is the object of a new predicate ("A镇、B镇完成3个
// 村卫生室建设"), not the size of the list.
bool Scanner::has_verb(std::size_t b, std::size_t e) {
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


}  // namespace enumeration_detail
}  // namespace gouji
