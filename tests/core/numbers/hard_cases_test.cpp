// One short text per hard case of domain rules §5.2–5.3: what the number reader must read (value,
// unit, kind, approximation, comparator, label) and what it must leave alone.
#include <doctest/doctest.h>

#include "numbers/number_reader.h"

using namespace gouji;

namespace {

std::vector<Quantity> read(const char* s) { return read_quantities(Text::from_utf8(s)); }

// The one quantity of a text (fails the test when there is not exactly one).
Quantity one(const char* s) {
  auto q = read(s);
  INFO(s);
  REQUIRE(q.size() == 1);
  return q[0];
}

std::string unit_text(const Quantity& q) { return q.unit ? to_utf8(q.unit->text) : ""; }

}  // namespace

// ---- Chinese numerals ---------------------------------------------------------------------------

TEST_CASE("hard case: 十二 (a leading 十 is one ten)") {
  auto q = one("全年开展业务培训十二次。");
  CHECK(q.value.to_string() == "12");
  CHECK(q.kind() == UnitKind::Times);
  CHECK(q.label == "业务培训");
}

TEST_CASE("hard case: 一百零五 (零 holds the empty tens)") {
  auto q = one("派出医疗队员一百零五人");
  CHECK(q.value.to_string() == "105");
  CHECK(q.kind() == UnitKind::Persons);
}

TEST_CASE("hard case: 三千四百五十五 (every place written)") {
  auto q = one("核定编制三千四百五十五人");
  CHECK(q.value.to_string() == "3455");
  CHECK(q.label == "编制");
}

TEST_CASE("hard case: 两万 and the colloquial 一万二") {
  auto a = one("爱心捐款两万元");
  CHECK(a.value.to_string() == "20000");
  CHECK(a.kind() == UnitKind::Money);
  CHECK(a.unit->pow10 == 0);
  CHECK(one("惠及群众一万二人").value.to_string() == "12000");
}

TEST_CASE("hard case: financial capitals 壹贰叁 in an amount") {
  auto q = one("合同金额：人民币壹佰贰拾叁元整");
  CHECK(q.value.to_string() == "123");
  CHECK(q.kind() == UnitKind::Money);
  CHECK(one("补助叁仟元").value.to_string() == "3000");
}

TEST_CASE("hard case: Chinese digit strings are years, never quantities") {
  CHECK(read("二〇二四年工作总结").empty());
  CHECK(read("第三季度").empty());
  CHECK(read("一是加强领导；二是完善制度").empty());
}

// ---- names that look like numbers -----------------------------------------------------------------

TEST_CASE("hard case: 十四五, 三公, 两癌 are names") {
  CHECK(read("“十四五”卫生健康规划").empty());
  CHECK(read("十四五期间").empty());
  auto q = one("三公经费支出总计0万元");
  CHECK(q.value.to_string() == "0");
  CHECK(q.label == "三公经费支出总计");
  auto t = one("免费两癌检查数量16000人");
  CHECK(t.value.to_string() == "16000");
  CHECK(t.label == "免费两癌检查数量");
}

TEST_CASE("hard case: 三支一扶, 八项规定, 三保 are policy names; 三支队伍 is still a count") {
  auto q = one("招募三支一扶人员12人");
  CHECK(q.value.to_string() == "12");
  CHECK(read("严格落实中央八项规定精神").empty());
  auto m = one("保障三保支出300万元");
  CHECK(m.value.to_string() == "300");
  auto c = one("组建三支队伍");  // a count of teams: not the name
  CHECK(c.value.to_string() == "3");
}

TEST_CASE("hard case: 五个现代强县, 六大攻坚, 三个高地 are names, quoted or not") {
  CHECK(read("建设“五个现代强县”").empty());
  CHECK(read("建设五个现代强县，实施六大攻坚").empty());
  CHECK(read("锚定“三个高地”").empty());
  // …while an Arabic "5大中心" after a list counts the items listed.
  auto q = one("建成脑卒中中心、眼病治疗中心等5大中心");
  CHECK(q.value.to_string() == "5");
  CHECK(q.kind() == UnitKind::Count);
}

// ---- approximations are bounds ------------------------------------------------------------------

TEST_CASE("hard case: 约 and 左右 are about, never exact") {
  auto a = one("服务群众约3000人");
  CHECK(a.approx == Approx::About);
  CHECK(a.value.to_string() == "3000");
  CHECK(a.label == "服务群众");
  auto b = one("节约资金50万元左右");
  CHECK(b.approx == Approx::About);
  CHECK(b.kind() == UnitKind::Money);
}

TEST_CASE("hard case: 余 and 多 before or after the multiplier are lower bounds") {
  auto a = one("投资200余万元");
  CHECK(a.approx == Approx::AtLeast);
  CHECK(a.unit->pow10 == 4);
  auto b = one("爱心捐款29万多元");
  CHECK(b.approx == Approx::AtLeast);
  CHECK(b.unit->pow10 == 4);
  CHECK(b.value.to_string() == "29");
  auto c = one("培训3000多人次");
  CHECK(c.approx == Approx::AtLeast);
  CHECK(c.kind() == UnitKind::PersonVisits);
}

TEST_CASE("hard case: 近 and 不足 are upper bounds, 以上 a lower bound with ≥") {
  auto a = one("覆盖近3000人");
  CHECK(a.approx == Approx::AtMost);
  CHECK(a.comparator == Comparator::None);
  auto b = one("参训人员不足50人");
  CHECK(b.approx == Approx::AtMost);
  auto c = one("群众满意度90%以上");
  CHECK(c.approx == Approx::AtLeast);
  CHECK(c.comparator == Comparator::Ge);
  CHECK(c.label == "群众满意度");
  // 节约 and 最近 end words: they are not 约/近.
  CHECK(one("节约3万元").approx == Approx::Exact);
  CHECK(one("最近3年").approx == Approx::Exact);
}

// ---- ranges and periods -------------------------------------------------------------------------

TEST_CASE("hard case: 3-5万元, 3～5人, 3至5个 are ranges") {
  auto a = one("每所补助3-5万元");
  CHECK(a.value.to_string() == "3");
  REQUIRE(a.upper());
  CHECK(a.upper()->to_string() == "5");
  CHECK(a.unit->pow10 == 4);
  CHECK(a.approx == Approx::About);
  auto b = one("每组3～5人");
  REQUIRE(b.upper());
  CHECK(b.kind() == UnitKind::Persons);
  auto c = one("新建3至5个");
  REQUIRE(c.upper());
  CHECK(c.upper()->to_string() == "5");
  CHECK_FALSE(c.exact());
}

TEST_CASE("hard case: 1-10月 and 2019-2024年 are periods, not ranges") {
  CHECK(read("2024年1-10月").empty());
  CHECK(read("2019-2024年").empty());
  auto q = one("1-11月，共受理医疗投诉89起");
  CHECK(q.value.to_string() == "89");
  CHECK(q.kind() == UnitKind::Incidents);
  CHECK(q.label == "医疗投诉");
}

// ---- comparators --------------------------------------------------------------------------------

TEST_CASE("hard case: ≥, 不低于, 以内, 控制在 in targets") {
  CHECK(one("合格率≥95%").comparator == Comparator::Ge);
  CHECK(one("知晓率不低于90%").comparator == Comparator::Ge);
  auto c = one("办结时限10天以内");
  CHECK(c.comparator == Comparator::Le);
  CHECK(c.kind() == UnitKind::Days);
  auto d = one("药占比控制在30%");
  CHECK(d.comparator == Comparator::Le);
  CHECK(d.label == "药占比");
  CHECK(one("目标值≤5‰").comparator == Comparator::Le);
}

// ---- digits as written --------------------------------------------------------------------------

TEST_CASE("hard case: full-width digits and the full-width point ．") {
  auto q = one("支出１２．５万元");
  CHECK(q.value.to_string() == "12.5");
  CHECK(q.decimals == 1);
  CHECK(one("完成率９８％").value.to_string() == "98");
}

TEST_CASE("hard case: thousands separators 1,234.56 and 1，234.56 but not a list comma") {
  CHECK(one("收入1,234.56万元").value.to_string() == "1234.56");
  CHECK(one("收入1，234.56万元").value.to_string() == "1234.56");
  auto q = read("分别为12，345人和6，78人");  // "6，78" is not a group of three
  REQUIRE(q.size() >= 1);
  CHECK(q[0].value.to_string() == "12345");
  for (const auto& x : q) CHECK(x.value.to_string() != "678");
}

TEST_CASE("hard case: a space inside a number from a PDF copy") {
  auto q = one("建立电子档案767 067份");
  CHECK(q.value.to_string() == "767067");
  CHECK(q.kind() == UnitKind::Copies);
  // Two numbers side by side are not one: "2960 105" are not thousands groups.
  auto r = read("献血2960 105.1万毫升");
  for (const auto& x : r) CHECK(x.value.to_string() != "2960105.1");
}

// ---- multipliers and rate units -----------------------------------------------------------------

TEST_CASE("hard case: 万人, 万人次, 万毫升 multiply; 亿元 normalises to 元") {
  auto a = one("覆盖人口79.89万人");
  CHECK(a.normalized().to_string() == "798900");
  CHECK(a.kind() == UnitKind::Persons);
  auto b = one("门诊3.2万人次");
  CHECK(b.normalized().to_string() == "32000");
  CHECK(b.kind() == UnitKind::PersonVisits);
  CHECK(one("采血105.1万毫升").normalized().to_string() == "1051000");
  CHECK(one("投资1.2亿元").normalized().to_string() == "120000000");
}

TEST_CASE("hard case: 个百分点 is a difference of rates, not a percent") {
  auto q = one("住院率下降0.5个百分点");
  CHECK(q.kind() == UnitKind::PercentagePoints);
  CHECK(q.direction == Quantity::Direction::Down);
  CHECK(q.value.to_string() == "0.5");
  CHECK(one("增幅-0.6%").value.to_string() == "-0.6");
  // 负增长 is the change word: the value stays as written and the direction says it fell.
  auto n = one("负增长0.6%");
  CHECK(n.value.to_string() == "0.6");
  CHECK(n.direction == Quantity::Direction::Down);
}

TEST_CASE("hard case: ‰, 千分之, 百分之 and 1/10万") {
  auto a = one("婴儿死亡率3.5‰");
  CHECK(a.kind() == UnitKind::Permille);
  CHECK(a.label == "婴儿死亡率");
  auto b = one("婴儿死亡率千分之三");
  CHECK(b.kind() == UnitKind::Permille);
  CHECK(b.value.to_string() == "3");
  auto c = one("完成率达百分之九十五");
  CHECK(c.kind() == UnitKind::Percent);
  CHECK(c.value.to_string() == "95");
  auto d = one("孕产妇死亡率15.6/10万");
  CHECK(d.kind() == UnitKind::Per100k);
  CHECK(d.value.to_string() == "15.6");
}

TEST_CASE("hard case: 倍 is a multiple, 成 tenths of a whole") {
  auto a = one("门诊量增长1.5倍");
  CHECK(a.kind() == UnitKind::Multiple);
  CHECK(a.direction == Quantity::Direction::Up);
  auto b = one("八成以上患者");
  CHECK(b.kind() == UnitKind::Percent);
  CHECK(b.normalized().to_string() == "80");
  CHECK(b.approx == Approx::AtLeast);
  CHECK(read("一成不变").empty());
  CHECK(read("成本控制").empty());
}

// ---- not quantities -----------------------------------------------------------------------------

TEST_CASE("hard case: document numbers, codes, phone numbers, times and versions") {
  CHECK(read("根据财预〔2020〕10号文件").empty());
  CHECK(read("湘财绩〔2021〕3号").empty());
  CHECK(read("统一社会信用代码11430725MB0X577440").empty());
  CHECK(read("联系电话：0736-7221234").empty());
  CHECK(read("联系电话13807361234").empty());
  CHECK(read("上午8:30开始").empty());
  CHECK(read("系统升级至2.1.3版").empty());
  CHECK(read("“6.22”特大暴雨").empty());
  CHECK(read("县域5G智慧化急诊急救中心").empty());
}

TEST_CASE("hard case: list markers and 第N ordinals are not quantities, the figure after them is") {
  auto q = read("1、石鼓区卫生健康局本级，编制数3个；\n（2）第3批完成10家");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value.to_string() == "3");
  CHECK(q[0].label == "编制数");
  CHECK(q[1].value.to_string() == "10");
  CHECK(q[1].kind() == UnitKind::Institutions);
}

// ---- labels -------------------------------------------------------------------------------------

TEST_CASE("hard case: labels keep the words that name the measure") {
  CHECK(one("均次门诊费用增幅-0.6%").label == "均次门诊费用增幅");
  CHECK(one("临聘或劳务派遣人员950人").label == "临聘或劳务派遣人员");
  CHECK(one("发放农村奖扶资金人数67000人").label == "发放农村奖扶资金人数");
  CHECK(one("抗疫特别国债安排的支出1015.78万元").label == "抗疫特别国债安排的支出");
  CHECK(one("全区共摸排三类人员1564人").label == "三类人员");
  CHECK(one("对全县集中式供水单位日常监督105家次").label == "集中式供水单位日常监督");
  CHECK(one("正骨医院项目总投资项目7444.28万元").label == "正骨医院项目总投资");
  // Nothing in its clause names it: no label rather than a stray word.
  auto q = read("已发放补贴1250.78万元，还有9972.9万元将在12月底前发放到位");
  REQUIRE(q.size() == 2);
  CHECK(q[0].label == "补贴");
  CHECK(q[1].label.empty());
}
