#pragma once
// Words the heading reader (structure/headings.cpp) reads around numbering markers: the 部分 of
// "第二部分", the report noun that closes a title block, the 附件 prefix, and the sequence words
// that number a paragraph's points inline (一是…二是…, 首先…其次…最后). Data only (issue 14).
#include <array>
#include <string_view>

namespace gouji::lex::headings {

using Str = std::u32string_view;

extern const Str kPart;         // 第X部分
extern const Str kReportNoun;   // a title block ends at the line naming the report
extern const std::array<Str, 3> kAttachmentPrefixes;  // "附件：1" before a heading's marker
extern const Str kOrdinalIs;    // 一是 / 二是
// The characters a small ordinal (structure/han_ordinal) is read from: the digits 一 … 九
// (1 … 9), then 十.
extern const Str kOrdinalNumerals;

// 首先 / 其次 / 再次 / 最后: an inline ordinal with its value; `last` (最后) has no value and
// counts only before a clause separator.
struct SequenceWord {
  Str word;
  std::string_view utf8;  // the word as the finding shows it
  int value;
  bool last;
};
extern const std::array<SequenceWord, 4> kSequenceWords;

}  // namespace gouji::lex::headings
