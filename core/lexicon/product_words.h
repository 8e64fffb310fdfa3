#pragma once
// Words the product check (checks/product_checks.cpp) reads: what a standard is "per" (元/人·月,
// 每人每月, 人均), and the names of a rectangle's sides and area. Data only (issue 14: one
// vocabulary in core/lexicon).
#include <array>
#include <cstdint>
#include <string_view>

namespace gouji::lex::products {

using Str = std::u32string_view;

// One factor of a standard: per person, per person-visit, per household, per month …
enum Dim : std::uint8_t { Person = 1, Visit, Household, Month, Year, Day, Time };
struct DimWord {
  Str word;
  Dim dim;
};
// Written after "/" in the unit (元/人·月) or after 每 in the label (每人每月); longest first.
extern const std::array<DimWord, 9> kPerWords;
extern const char32_t kEach;                     // 每
extern const Str kPerSeparators;                 // / · * ×: between the factors of a unit
extern const std::array<DimWord, 2> kAverages;   // 人均, 户均: a standard per person / household
// …when the label names a payment (人均补助, 户均奖励); 人均可支配收入 is a statistic, no standard.
extern const std::array<Str, 8> kPaymentWords;

// 长X米、宽Y米，面积Z平方米
extern const std::array<Str, 2> kLengthNames;  // 长, 长度
extern const std::array<Str, 2> kWidthNames;   // 宽, 宽度
extern const Str kAreaName;                    // 面积

// The columns of a table a standard multiplies: counts named by what the standard is per
// (人数, 月数 …), and the amount (金额, 资金).
extern const std::array<DimWord, 7> kDimColumns;
extern const std::array<Str, 3> kAmountColumns;
extern const Str kTenThousandYuan;  // 万元 in an amount column's name
extern const std::array<Str, 2> kStandardColumns;  // 标准, 单价: a column of standards per row
extern const Str kSlash;                           // / ／ before what a column's standard is per

// A column formula in a table header: "⑧=④×⑦", "金额=单价×数量".
extern const Str kEquals;     // = ＝
extern const Str kTimes;      // × * ＊ x X
extern const Str kNotProduct; // + - ÷ /: a formula of another kind
extern const Str kNameEnds;   // （ ( [ 【: a column's name ends before its unit

}  // namespace gouji::lex::products
