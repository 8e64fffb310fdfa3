#pragma once
// Reads every quantity in the text (domain rules §5.2–5.3):
// * Arabic numbers: ASCII or full-width digits, "." or "．", thousands separators "," / "，" only
//   before exactly three digits ("1,234.56"), spaces from a PDF copy only between groups of three
//   ("767 067"; never "2960 105"), signs "-"/"－"/"−"/负.
// * Chinese numerals (chinese_numerals.h) only when a unit follows and the numeral is not part of
//   a name (十四五, 三公, 两癌, "“三个高地”", 《…九项准则》, 一次性, 二级 …: lexicon/number_words.h), or as
//   百分之X / 千分之X. A lone 二 before a unit is a name (二次创业, 二级), not a count.
// * "N大" after Arabic digits ("5大中心") is a count of the items just listed (unit 大, kind
//   Count), so R60 can compare it with the list; Chinese "六大攻坚" is a name.
// * Units from units.cpp; money whose label says 人均/均次/每…/百元… is a unit cost (R94), a
//   figure whose label says 每千人口/每万人 is a per-capita ratio; "N年" with one or two digits is
//   a duration ("为期1年"), with more a year.
// * Approximations (约, 近, 余, 多, 以上, 左右 …) and ranges ("3-5万元", "两到三万": value and
//   upper, approx About) are never exact; comparators for targets (≥, 不低于, 以内 …; "为"/"是"
//   only after a target name such as 目标数); the change word before the number (direction).
// * Not quantities: dates and periods (2024年12月31日, 1-10月, 11月底), years, document numbers
//   (〔2020〕10号), codes (5G, 11430725MB0X577440, phone numbers), list markers (1、 1. （1）) and
//   ordinals (第N), "“6.22”", version strings (1.2.3), times (8:30), a number glued to the end of
//   the previous quantity with no unit ("3541.07万元2.3本项目").
// * Table cells holding a bare number ("\t600.69 ") are read with no unit and an empty label; the
//   table reader gives them their unit and column.
// Linear in the text: every look-back and look-ahead is bounded.
#include <vector>

#include "numbers/quantity.h"
#include "text/text.h"

namespace gouji {

std::vector<Quantity> read_quantities(const Text& text);

}  // namespace gouji
