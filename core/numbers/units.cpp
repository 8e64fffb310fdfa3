#include "numbers/units.h"

namespace gouji {

// Longest match wins, so order does not matter; keep related units together for reading.
const std::vector<UnitDef>& unit_table() {
  static const std::vector<UnitDef> t = {
      {U"元", UnitKind::Money, 0, "元"},          {U"千元", UnitKind::Money, 3, "元"},
      {U"万元", UnitKind::Money, 4, "元"},        {U"亿元", UnitKind::Money, 8, "元"},
      {U"万", UnitKind::None, 4, ""},             // bare 万 (e.g. "1/10万") is not a unit
      {U"人", UnitKind::Persons, 0, "人"},        {U"名", UnitKind::Persons, 0, "人"},
      {U"万人", UnitKind::Persons, 4, "人"},      {U"人次", UnitKind::PersonVisits, 0, "人次"},
      {U"万人次", UnitKind::PersonVisits, 4, "人次"},
      {U"户", UnitKind::Households, 0, "户"},     {U"万户", UnitKind::Households, 4, "户"},
      {U"对", UnitKind::Couples, 0, "对"},        {U"例", UnitKind::Cases, 0, "例"},
      {U"起", UnitKind::Incidents, 0, "起"},      {U"家", UnitKind::Institutions, 0, "家"},
      {U"家次", UnitKind::InstitutionVisits, 0, "家次"},
      {U"个", UnitKind::Count, 0, "个"},          {U"项", UnitKind::Items, 0, "项"},
      {U"次", UnitKind::Times, 0, "次"},          {U"份", UnitKind::Copies, 0, "份"},
      {U"万份", UnitKind::Copies, 4, "份"},       {U"床", UnitKind::Beds, 0, "床"},
      {U"张", UnitKind::Beds, 0, "张"},           {U"座", UnitKind::Buildings, 0, "座"},
      {U"所", UnitKind::Institutions, 0, "家"},   {U"台", UnitKind::Count, 0, "台"},
      {U"辆", UnitKind::Vehicles, 0, "辆"},       {U"平方米", UnitKind::Area, 0, "平方米"},
      {U"㎡", UnitKind::Area, 0, "平方米"},       {U"万平方米", UnitKind::Area, 4, "平方米"},
      {U"公里", UnitKind::Length, 0, "公里"},     {U"毫升", UnitKind::Volume, 0, "毫升"},
      {U"万毫升", UnitKind::Volume, 4, "毫升"},   {U"天", UnitKind::Days, 0, "天"},
      {U"%", UnitKind::Percent, 0, "%"},          {U"％", UnitKind::Percent, 0, "%"},
      {U"‰", UnitKind::Permille, 0, "‰"},         {U"个百分点", UnitKind::PercentagePoints, 0, "个百分点"},
      {U"倍", UnitKind::Multiple, 0, "倍"},       {U"分", UnitKind::Score, 0, "分"},
      {U"个托位", UnitKind::Seats, 0, "个"},
  };
  return t;
}

const UnitDef* match_unit(std::u32string_view s) {
  const UnitDef* best = nullptr;
  for (const auto& u : unit_table()) {
    if (s.substr(0, u.text.size()) == u.text && (!best || u.text.size() > best->text.size()))
      best = &u;
  }
  return best && best->kind != UnitKind::None ? best : nullptr;
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
    case UnitKind::None: break;
  }
  return "none";
}

bool is_rate(UnitKind k) {
  return k == UnitKind::Percent || k == UnitKind::Permille || k == UnitKind::PercentagePoints;
}

}  // namespace gouji
