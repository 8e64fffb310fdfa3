// The units a number may be written with, each with the role it gives the number (its kind), its
// power of ten and its base unit. Data only (issue 14: one vocabulary in core/lexicon); the
// matchers over it are in numbers/units.cpp.
#include "numbers/units.h"

namespace gouji {

// Longest match wins, so order does not matter; keep related units together for reading.
const std::vector<UnitDef>& unit_table() {
  using K = UnitKind;
  static const std::vector<UnitDef> t = {
      // money
      {U"元", K::Money, 0, "元"},              {U"圆", K::Money, 0, "元"},
      {U"千元", K::Money, 3, "元"},            {U"万元", K::Money, 4, "元"},
      {U"百万元", K::Money, 6, "元"},          {U"千万元", K::Money, 7, "元"},
      {U"亿元", K::Money, 8, "元"},            {U"万亿元", K::Money, 12, "元"},
      // bare multipliers ("30万", "1/10万"): not units, read through match_multiplier
      {U"万", K::None, 4, ""},                 {U"亿", K::None, 8, ""},
      {U"千万", K::None, 7, ""},               {U"百万", K::None, 6, ""},
      {U"万亿", K::None, 12, ""},
      // unit costs: written as such, or money whose label says 人均/每…/百元… (contextual twins)
      {U"元/人", K::UnitCost, 0, "元"},        {U"元/人次", K::UnitCost, 0, "元"},
      {U"元/次", K::UnitCost, 0, "元"},        {U"元/例", K::UnitCost, 0, "元"},
      {U"元/床日", K::UnitCost, 0, "元"},      {U"元/床", K::UnitCost, 0, "元"},
      {U"元/户", K::UnitCost, 0, "元"},        {U"元/人·年", K::UnitCost, 0, "元"},
      {U"元/人年", K::UnitCost, 0, "元"},      {U"元/平方米", K::UnitCost, 0, "元"},
      {U"万元/人", K::UnitCost, 4, "元"},      {U"万元/个", K::UnitCost, 4, "元"},
      {U"元", K::UnitCost, 0, "元", true},     {U"千元", K::UnitCost, 3, "元", true},
      {U"万元", K::UnitCost, 4, "元", true},   {U"亿元", K::UnitCost, 8, "元", true},
      // persons and visits (人 ≠ 人次)
      {U"人", K::Persons, 0, "人"},            {U"名", K::Persons, 0, "人"},
      {U"位", K::Persons, 0, "人"},            {U"万人", K::Persons, 4, "人"},
      {U"万名", K::Persons, 4, "人"},          {U"人口", K::Persons, 0, "人"},
      {U"万人口", K::Persons, 4, "人"},        {U"人次", K::PersonVisits, 0, "人次"},
      {U"万人次", K::PersonVisits, 4, "人次"}, {U"人/次", K::PersonVisits, 0, "人次"},
      {U"诊次", K::PersonVisits, 0, "人次"},   {U"万诊次", K::PersonVisits, 4, "人次"},
      {U"户", K::Households, 0, "户"},         {U"万户", K::Households, 4, "户"},
      {U"对", K::Couples, 0, "对"},            {U"例", K::Cases, 0, "例"},
      {U"万例", K::Cases, 4, "例"},            {U"起", K::Incidents, 0, "起"},
      // institutions and counts
      {U"家", K::Institutions, 0, "家"},       {U"所", K::Institutions, 0, "家"},
      {U"家次", K::InstitutionVisits, 0, "家次"},
      {U"个", K::Count, 0, "个"},              {U"台", K::Count, 0, "台"},
      {U"条", K::Count, 0, "条"},              {U"种", K::Count, 0, "种"},
      {U"批", K::Count, 0, "批"},              {U"处", K::Count, 0, "处"},
      {U"篇", K::Count, 0, "篇"},              {U"块", K::Count, 0, "块"},
      {U"套", K::Count, 0, "套"},              {U"支", K::Count, 0, "支"},
      {U"间", K::Count, 0, "间"},              {U"大", K::Count, 0, "个", true},  // "5大中心"
      {U"项", K::Items, 0, "项"},              {U"件", K::Items, 0, "件"},
      {U"次", K::Times, 0, "次"},              {U"万次", K::Times, 4, "次"},
      {U"场", K::Times, 0, "次"},              {U"轮", K::Times, 0, "次"},
      {U"批次", K::Times, 0, "次"},
      {U"份", K::Copies, 0, "份"},             {U"万份", K::Copies, 4, "份"},
      {U"册", K::Copies, 0, "份"},             {U"万册", K::Copies, 4, "份"},
      {U"床", K::Beds, 0, "床"},               {U"张", K::Beds, 0, "张"},
      {U"座", K::Buildings, 0, "座"},          {U"栋", K::Buildings, 0, "座"},
      {U"辆", K::Vehicles, 0, "辆"},           {U"个托位", K::Seats, 0, "个"},
      // area, length, volume, weight
      {U"平方米", K::Area, 0, "平方米"},       {U"㎡", K::Area, 0, "平方米"},
      {U"万平方米", K::Area, 4, "平方米"},     {U"公顷", K::Area, 4, "平方米"},
      {U"平方公里", K::Area, 6, "平方米"},     {U"亩", K::LandArea, 0, "亩"},
      {U"万亩", K::LandArea, 4, "亩"},         {U"公里", K::Length, 0, "公里"},
      {U"千米", K::Length, 0, "公里"},         {U"米", K::Length, -3, "公里"},
      {U"毫升", K::Volume, 0, "毫升"},         {U"万毫升", K::Volume, 4, "毫升"},
      {U"升", K::Volume, 3, "毫升"},           {U"立方米", K::Volume, 6, "毫升"},
      {U"吨", K::Weight, 3, "千克"},           {U"千克", K::Weight, 0, "千克"},
      {U"公斤", K::Weight, 0, "千克"},         {U"万吨", K::Weight, 7, "千克"},
      // time
      {U"天", K::Days, 0, "天"},               {U"个工作日", K::Days, 0, "天"},
      {U"个月", K::Months, 0, "月"},           {U"年", K::Years, 0, "年", true},  // "为期1年"
      {U"小时", K::Hours, 0, "小时"},          {U"分钟", K::Minutes, 0, "分钟"},
      {U"岁", K::Age, 0, "岁"},                {U"周岁", K::Age, 0, "岁"},
      // rates and ratios
      {U"%", K::Percent, 0, "%"},              {U"％", K::Percent, 0, "%"},
      {U"成", K::Percent, 1, "%"},             // 八成 = 80%
      {U"‰", K::Permille, 0, "‰"},             {U"个百分点", K::PercentagePoints, 0, "个百分点"},
      {U"百分点", K::PercentagePoints, 0, "个百分点"},
      {U"/10万", K::Per100k, 0, "/10万"},      {U"/十万", K::Per100k, 0, "/10万"},
      {U"倍", K::Multiple, 0, "倍"},           {U"分", K::Score, 0, "分"},
      // per-capita twins, picked when the label says 每千人口/每万人 …
      {U"个", K::PerCapita, 0, "个", true},    {U"人", K::PerCapita, 0, "人", true},
      {U"名", K::PerCapita, 0, "人", true},    {U"张", K::PerCapita, 0, "张", true},
      {U"床", K::PerCapita, 0, "床", true},    {U"所", K::PerCapita, 0, "家", true},
      {U"家", K::PerCapita, 0, "家", true},    {U"人次", K::PerCapita, 0, "人次", true},
      {U"次", K::PerCapita, 0, "次", true},    {U"户", K::PerCapita, 0, "户", true},
      {U"例", K::PerCapita, 0, "例", true},    {U"平方米", K::PerCapita, 0, "平方米", true},
  };
  return t;
}

}  // namespace gouji
