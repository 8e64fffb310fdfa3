#include "numbers/units.h"

#include <algorithm>

namespace gouji {

// The unit words (unit_table) are data in core/lexicon/unit_words.cpp.

namespace {

// The units by first character, built once: match_unit runs after every figure and compares
// only the few units that can start there (the table holds hundreds).
struct ByFirst {
  std::vector<std::pair<char32_t, const UnitDef*>> units;  // sorted by character, table order kept
  ByFirst() {
    for (const auto& u : unit_table())
      if (!u.text.empty()) units.emplace_back(u.text[0], &u);
    std::stable_sort(units.begin(), units.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  }
  template <class F>
  const UnitDef* longest(std::u32string_view s, F wanted) const {
    const UnitDef* best = nullptr;
    if (s.empty()) return nullptr;
    auto it = std::lower_bound(units.begin(), units.end(), s[0], [](const auto& p, char32_t c) { return p.first < c; });
    for (; it != units.end() && it->first == s[0]; ++it) {
      const UnitDef& u = *it->second;
      if (wanted(u) && s.substr(0, u.text.size()) == u.text && (!best || u.text.size() > best->text.size())) best = &u;
    }
    return best;
  }
};
const ByFirst& by_first() {
  static const ByFirst b;
  return b;
}

}  // namespace

const UnitDef* match_unit(std::u32string_view s) {
  const UnitDef* best = by_first().longest(s, [](const UnitDef& u) { return !u.contextual; });
  return best && best->kind != UnitKind::None ? best : nullptr;
}

const UnitDef* find_unit(std::u32string_view text, UnitKind k) {
  for (const auto& u : unit_table())
    if (u.kind == k && u.text == text) return &u;
  return nullptr;
}

const UnitDef* match_multiplier(std::u32string_view s) {
  return by_first().longest(s, [](const UnitDef& u) { return u.kind == UnitKind::None; });
}

std::string_view unit_kind_name(UnitKind k) {
  switch (k) {
    case UnitKind::Money: return "money";
    case UnitKind::Persons: return "persons";
    case UnitKind::PersonVisits: return "person-visits";
    case UnitKind::Households: return "households";
    case UnitKind::Couples: return "couples";
    case UnitKind::Cases: return "cases";
    case UnitKind::Incidents: return "incidents";
    case UnitKind::Institutions: return "institutions";
    case UnitKind::InstitutionVisits: return "institution-visits";
    case UnitKind::Count: return "count";
    case UnitKind::Items: return "items";
    case UnitKind::Times: return "times";
    case UnitKind::Copies: return "copies";
    case UnitKind::Beds: return "beds";
    case UnitKind::Area: return "area";
    case UnitKind::Length: return "length";
    case UnitKind::Volume: return "volume";
    case UnitKind::Days: return "days";
    case UnitKind::Months: return "months";
    case UnitKind::Percent: return "percent";
    case UnitKind::Permille: return "permille";
    case UnitKind::PercentagePoints: return "percentage-points";
    case UnitKind::Multiple: return "multiple";
    case UnitKind::Score: return "score";
    case UnitKind::Seats: return "seats";
    case UnitKind::Buildings: return "buildings";
    case UnitKind::Vehicles: return "vehicles";
    case UnitKind::UnitCost: return "unit-cost";
    case UnitKind::PerCapita: return "per-capita";
    case UnitKind::Per100k: return "per-100k";
    case UnitKind::Years: return "years";
    case UnitKind::Hours: return "hours";
    case UnitKind::Minutes: return "minutes";
    case UnitKind::Age: return "age";
    case UnitKind::Weight: return "weight";
    case UnitKind::LandArea: return "land-area";
    case UnitKind::None: break;
  }
  return "none";
}

bool is_rate(UnitKind k) {
  return k == UnitKind::Percent || k == UnitKind::Permille || k == UnitKind::PercentagePoints ||
         k == UnitKind::Per100k;
}

}  // namespace gouji
