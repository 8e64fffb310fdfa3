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
  Percent, Permille, PercentagePoints, Multiple, Score, Seats, Buildings, Vehicles
};

struct UnitDef {
  std::u32string_view text;  // as written after the number, e.g. U"万元"
  UnitKind kind;
  int pow10;                 // value × 10^pow10 = value in the kind's base unit (元, 人, …)
  std::string_view base;     // display name of the base unit
};

const std::vector<UnitDef>& unit_table();
// Longest unit written at `s` (already past the number); nullptr if none.
const UnitDef* match_unit(std::u32string_view s);
std::string_view unit_kind_name(UnitKind k);
bool is_rate(UnitKind k);  // %, ‰, 个百分点

}  // namespace gouji
