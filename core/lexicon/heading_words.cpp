#include "lexicon/heading_words.h"

namespace gouji::lex::headings {

const Str kPart = U"部分";
const Str kReportNoun = U"报告";
const std::array<Str, 3> kAttachmentPrefixes = {U"附件：", U"附件:", U"附件"};
const Str kOrdinalIs = U"是";
const Str kOrdinalNumerals = U"一二三四五六七八九十";
const std::array<SequenceWord, 4> kSequenceWords = {{
    {U"首先", "首先", 1, false},
    {U"其次", "其次", 2, false},
    {U"再次", "再次", 3, false},
    {U"最后", "最后", 0, true},
}};

}  // namespace gouji::lex::headings
