#include "numbers/units.h"

namespace gouji {

// The unit words (unit_table) are data in core/lexicon/unit_words.cpp.

const UnitDef* match_unit(std::u32string_view s) {
  const UnitDef* best = nullptr;
  for (const auto& u : unit_table()) {
    if (u.contextual) continue;
    if (s.substr(0, u.text.size()) == u.text && (!best || u.text.size() > best->text.size()))
      best = &u;
  }
  return best && best->kind != UnitKind::None ? best : nullptr;
}

const UnitDef* find_unit(std::u32string_view text, UnitKind k) {
  for (const auto& u : unit_table())
    if (u.kind == k && u.text == text) return &u;
  return nullptr;
}

const UnitDef* match_multiplier(std::u32string_view s) {
  const UnitDef* best = nullptr;
  for (const auto& u : unit_table()) {
    if (u.kind != UnitKind::None) continue;
    if (s.substr(0, u.text.size()) == u.text && (!best || u.text.size() > best->text.size())) best = &u;
  }
  return best;
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
