#pragma once
// Units as data: what a suffix means (its kind) and how to normalise it to the kind's base unit.
// Quantities of different kinds (人 vs 人次, 对 vs 人) are never added or compared.
#include <string>
#include <string_view>
#include <vector>

namespace gouji {

enum class UnitKind {
  None, Money, Persons, PersonVisits, Households, Couples, Cases, Incidents, Institutions,
  InstitutionVisits, Count, Items, Times, Copies, Beds, Area, Length, Volume, Days, Months,
  Percent, Permille, PercentagePoints, Multiple, Score, Seats, Buildings, Vehicles,
  UnitCost,     // 元/人, 元/次, "人均…元", "百元医疗收入消耗的卫生材料19.6元": never part of a money sum
  PerCapita,    // "每千人口执业医师数2.5人", "每千人托位4.07个": population-normalised ratios
  Per100k,      // "15.6/10万" (孕产妇死亡率)
  Years, Hours, Minutes, Age, Weight,
  LandArea      // 亩 (not a power of ten of 平方米)
};

struct UnitDef {
  std::u32string_view text;  // as written after the number, e.g. U"万元"
  UnitKind kind;
  int pow10;                 // value × 10^pow10 = value in the kind's base unit (元, 人, …)
  std::string_view base;     // display name of the base unit
  // Picked by the reader from context only, never by match_unit: the unit-cost and per-capita
  // twins of 元/万元/个/人 …, 大 in "5大中心", 年 as a duration ("为期1年").
  bool contextual = false;
};

const std::vector<UnitDef>& unit_table();  // the words: core/lexicon/unit_words.cpp
// Longest unit written at `s` (already past the number); nullptr if none.
const UnitDef* match_unit(std::u32string_view s);
// The table entry written `text` with kind `k` (contextual ones included); nullptr if none.
const UnitDef* find_unit(std::u32string_view text, UnitKind k);
// A bare multiplier written at `s` (万, 亿, 千万 …: "30万" with no unit); nullptr if none.
const UnitDef* match_multiplier(std::u32string_view s);
std::string_view unit_kind_name(UnitKind k);
bool is_rate(UnitKind k);  // %, ‰, 个百分点

}  // namespace gouji
