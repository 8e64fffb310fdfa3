#include <doctest/doctest.h>

#include "numbers/chinese_numerals.h"
#include "numbers/number_reader.h"

using namespace gouji;

static std::vector<Quantity> read(const char* s) { return read_quantities(Text::from_utf8(s)); }

// The label names the quantity; the year, date or period written before it says when, not
// what, so it is left out ("2020年决算收入" → 决算收入, "截至2024年12月31日部门资产总额" →
// 部门资产总额). The label span still covers the phrase as written, year included.
TEST_CASE("amounts keep their unit, written decimals and label") {
  auto q = read("2020年决算收入14113.64万元，其中，一般公共预算拨款4381.77万元，事业收入2038.3万元。");
  REQUIRE(q.size() == 3);
  CHECK(q[0].value.to_string() == "14113.64");
  CHECK(q[0].kind() == UnitKind::Money);
  CHECK(q[0].unit->pow10 == 4);
  CHECK(q[0].label == "决算收入");
  CHECK(q[0].label_start == 0);  // the span starts at 2020年
  auto d = read("截至2024年12月31日部门资产总额183302.33万元；2024年度1-10月医疗收入增幅1.4%");
  REQUIRE(d.size() == 2);
  CHECK(d[0].label == "部门资产总额");
  CHECK(d[1].label == "医疗收入增幅");
  CHECK(q[1].label == "一般公共预算拨款");
  CHECK(q[2].decimals == 1);
  CHECK(q[2].text == "2038.3万元");
}

TEST_CASE("dates, periods, codes and list markers are not quantities") {
  CHECK(read("截至2024年12月31日").empty());
  CHECK(read("2024年1-10月医改指标").empty());
  CHECK(read("截止到11月底").empty());
  CHECK(read("统一社会信用代码11430725MB0X577440").empty());
  CHECK(read("财预〔2020〕10号").empty());
  CHECK(read("县域5G智慧化急诊急救中心").empty());
  CHECK(read("“6.22”特大暴雨").empty());
  CHECK(read("1、办公室。\n2.人事股").empty());
  CHECK(read("（1）与县发改局的有关职责分工").empty());
  CHECK(read("于9月29日通过公开招标").empty());
}

TEST_CASE("approximate figures are marked and never exact") {
  auto a = read("投资200余万元");
  REQUIRE(a.size() == 1);
  CHECK(a[0].approx == Approx::AtLeast);
  CHECK(a[0].kind() == UnitKind::Money);
  auto b = read("爱心捐款29万多元");
  REQUIRE(b.size() == 1);
  CHECK(b[0].approx == Approx::AtLeast);
  CHECK(b[0].unit->pow10 == 4);
  auto c = read("廉政谈话80余人次");
  REQUIRE(c.size() == 1);
  CHECK(c[0].kind() == UnitKind::PersonVisits);
  CHECK_FALSE(c[0].exact());
  auto d = read("医务人员满意度90%以上");
  REQUIRE(d.size() == 1);
  CHECK(d[0].comparator == Comparator::Ge);
  CHECK(read("约3000人")[0].approx == Approx::About);
}

TEST_CASE("units of different kinds are told apart") {
  auto q = read("无偿献血 2960人次、105.1万毫升；免费婚前医学检查3200对；覆盖人口79.89万人");
  REQUIRE(q.size() == 4);
  CHECK(q[0].kind() == UnitKind::PersonVisits);
  CHECK(q[1].kind() == UnitKind::Volume);
  CHECK(q[1].normalized().to_string() == "1051000");
  CHECK(q[2].kind() == UnitKind::Couples);
  CHECK(q[3].kind() == UnitKind::Persons);
  CHECK(q[3].normalized().to_string() == "798900");
}

TEST_CASE("full-width digits, thousands separators and signs") {
  auto q = read("收入１，２３４．５６万元，增幅-0.6%，支出1,234元");
  REQUIRE(q.size() == 3);
  CHECK(q[0].value.to_string() == "1234.56");
  CHECK(q[1].value.to_string() == "-0.6");
  CHECK(q[1].kind() == UnitKind::Percent);
  CHECK(q[2].value.to_string() == "1234");
}

TEST_CASE("may_open_numeral keeps every character a numeral opens with and drops most others") {
  std::size_t kept = 0;
  for (char32_t c = 0; c < 0x10000; ++c) {
    bool opener = is_chinese_digit(c) || c == U'十' || c == U'拾' || c == U'几' || c == U'数' || c == U'百' ||
                  c == U'千' || c == U'万';
    if (opener) CHECK(may_open_numeral(c));
    kept += may_open_numeral(c);
  }
  CHECK(kept < 0x10000 / 4);  // a filter: a quarter of the characters at most get past it
  CHECK(!may_open_numeral(U'的'));
  CHECK(!may_open_numeral(U'年'));
  CHECK(may_open_numeral(U'〇'));
}
