#pragma once
// Words the PDF-spacing repair (text/spacing.cpp) reads: the units a number may be spaced from,
// and the short labels a PDF letter-spaces. Data only (issue 14: one vocabulary in core/lexicon).
#include <array>
#include <string_view>

namespace gouji::lex::spacing {

using Str = std::u32string_view;

// What may follow a number as its unit. Multi-character ones first: they are taken whole.
extern const std::array<Str, 39> kUnitWords;
// One-character units that are units whatever follows (others may start a word: "100 项目").
extern const Str kAlwaysUnit;
// Measure words that stand before their noun ("5 个乡镇", "3 家单位"): a unit even before a Han
// character, unless the two make a word of their own that a row label may start with ("12 个人
// 缴费" is row 12).
extern const Str kMeasureBeforeNoun;
extern const std::array<Str, 8> kMeasureWords;
// Two-character labels a PDF spaces out ("合 计").
extern const std::array<Str, 18> kSpacedPairs;
// One-character cells ("是 否 是", "优 良 中"): a row of cells, not a letter-spaced word.
extern const Str kCellLetters;

}  // namespace gouji::lex::spacing
