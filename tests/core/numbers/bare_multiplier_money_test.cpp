// A bare 万/亿 with no 元 is money where the context is money (number_reader.cpp,
// words::kMoneyContextWords): its label says so, or a money amount stands beside it.
#include <doctest/doctest.h>

#include "numbers/number_reader.h"

using namespace gouji;

namespace {

const Quantity* find(const std::vector<Quantity>& qs, const char* text) {
  for (const auto& q : qs)
    if (q.text == text) return &q;
  return nullptr;
}

}  // namespace

TEST_CASE("bare 万: money by its label, by a money neighbour; a count stays a count") {
  auto qs = read_quantities(Text::from_utf8(
      "全年完成28,450万元，同比增长9.2%，增收2,398万。下达专项资金6518.27万，其他收入0.00万。"
      "全县户籍人口42万，常住人口39万。共完成12万，比上年多3400万元。\n"));
  const Quantity* up = find(qs, "2,398万");
  REQUIRE(up != nullptr);
  CHECK(up->kind() == UnitKind::Money);
  CHECK(up->normalized() == Decimal::from_int(23980000));
  const Quantity* funds = find(qs, "6518.27万");
  REQUIRE(funds != nullptr);
  CHECK(funds->kind() == UnitKind::Money);
  const Quantity* other = find(qs, "0.00万");
  REQUIRE(other != nullptr);
  CHECK(other->kind() == UnitKind::Money);
  const Quantity* people = find(qs, "42万");
  REQUIRE(people != nullptr);
  CHECK(people->kind() == UnitKind::None);
  const Quantity* resident = find(qs, "39万");
  REQUIRE(resident != nullptr);
  CHECK(resident->kind() == UnitKind::None);
  const Quantity* done = find(qs, "12万");  // no label of its own, a money amount in its sentence
  REQUIRE(done != nullptr);
  CHECK(done->kind() == UnitKind::Money);
}

TEST_CASE("bare 亿: money beside 亿元 figures, not beside counts") {
  auto qs = read_quantities(Text::from_utf8("地方政府债务余额3.2亿，较年初下降0.4亿元。服务旅客1.6亿，同比增长5%。\n"));
  const Quantity* debt = find(qs, "3.2亿");
  REQUIRE(debt != nullptr);
  CHECK(debt->kind() == UnitKind::Money);
  const Quantity* riders = find(qs, "1.6亿");
  REQUIRE(riders != nullptr);
  CHECK(riders->kind() == UnitKind::None);
}

TEST_CASE("bare 万: a rate between two amounts measures nothing; a list parted by '；' shares its measure") {
  auto qs = read_quantities(Text::from_utf8(
      "2023年公务接待费支出决算为5.80万，完成预算96%，较上年增加0.6万，增长11.54%。"
      "下达专项资金：敬老院项目12万；社区救助项目3.5万；养老服务中心运行经费项目28.6万。"
      "评价为优的项目15个财政资金836.2万，评价为良的项目4个财政资金97.5万。"
      "服务老人1.2万，同比增长4%。\n"));
  for (const char* money : {"0.6万", "12万", "3.5万", "836.2万", "97.5万"}) {
    const Quantity* q = find(qs, money);
    REQUIRE(q != nullptr);
    CHECK_MESSAGE(q->kind() == UnitKind::Money, money);
  }
  const Quantity* elders = find(qs, "1.2万");  // a count beside a rate only
  REQUIRE(elders != nullptr);
  CHECK(elders->kind() == UnitKind::None);
}

TEST_CASE("bare 万: a sentence opening with 其中 lists parts of the amount that closed the one before") {
  auto qs = read_quantities(Text::from_utf8(
      "本项目共支付培训资金48.6万。其中:20万用于师资培训；28.6万用于场地租赁。"
      "全年培训学员2.4万。其中:1.1万来自乡镇。安排衔接资金2360.5万。其中，中央1500万、省级560.5万、县级300万。\n"));
  for (const char* money : {"20万", "28.6万", "1500万", "560.5万", "300万"}) {
    const Quantity* q = find(qs, money);
    REQUIRE(q != nullptr);
    CHECK_MESSAGE(q->kind() == UnitKind::Money, money);
  }
  const Quantity* trainees = find(qs, "1.1万");  // parts of a count stay counts
  REQUIRE(trainees != nullptr);
  CHECK(trainees->kind() == UnitKind::None);
}

TEST_CASE("bare 万 after 收、支总计: the pair is one label, and both sides are money") {
  auto qs = read_quantities(Text::from_utf8(
      "2024年度收、支总计1650.20万。与2023年相比，收、支总计各减少5.12万，下降0.31%。"
      "全镇常住人口、户数分别为3.2万、1.1万。\n"));
  const Quantity* total = find(qs, "1650.20万");
  REQUIRE(total != nullptr);
  CHECK(total->kind() == UnitKind::Money);
  CHECK(total->label == "收、支总计");
  const Quantity* change = find(qs, "5.12万");
  REQUIRE(change != nullptr);
  CHECK(change->kind() == UnitKind::Money);
  // Near miss: a 、 between other words still ends the label, and counts stay counts.
  const Quantity* people = find(qs, "3.2万");
  REQUIRE(people != nullptr);
  CHECK(people->kind() != UnitKind::Money);
}
