// R60 on the list shapes beyond "A、B、C N个" (issue 14 item 2): a count inside the clause after
// its list, items grouped under the listed ones (N个乡镇M个村), items written 名称：类型, numbered
// points (一是/首先), numbered lines, the rows of a table the count introduces; and R15 on a total
// count stated twice. Each shape: a consistent twin (checked, silent) and a must-flag.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::size_t checked(const AnalyzedDocument& d, const std::string& rule, const std::string& result) {
  std::size_t n = 0;
  for (const auto& c : d.result.checked) n += c.rule == rule && c.result == result;
  return n;
}

}  // namespace

TEST_CASE("R60: towns with their villages grouped in brackets, then 'N个乡镇M个村' inside the clause") {
  const std::string head = "二期工程覆盖东山镇(青石村、白杨村)、西河乡(柳湾村)、南岭镇(桃源村、梨花村、枫林村)";
  const std::string tail = "的饮水改造、管网维修等，共投入资金120万元。";
  auto ok = run(head + "3个乡镇6个村" + tail);
  CHECK(with_rule(ok, "R60").empty());
  CHECK(checked(ok, "R60", "consistent") == 2);  // both counts are verified

  auto towns = run(head + "4个乡镇6个村" + tail);
  auto r = with_rule(towns, "R60");
  REQUIRE(r.size() == 1);
  CHECK(span_text(towns, r[0]->spans[0]) == "4个");
  CHECK(has(r[0]->message.zh, "所述“4个乡镇”，但只列举了3个（东山镇(青石村、白杨村)、西河乡"));  // the verb is no part of an item

  auto villages = run(head + "3个乡镇7个村" + tail);
  r = with_rule(villages, "R60");
  REQUIRE(r.size() == 1);
  CHECK(span_text(villages, r[0]->spans[0]) == "7个");
  CHECK(r[0]->expected == "6个");
}

TEST_CASE("R60: a count inside the clause is read only when the items are of its kind") {
  // towns listed, then a count of 村卫生室: another kind, not the size of the list
  auto d = run("帮扶东山镇、西河乡、南岭镇建设5个村卫生室、2个文化站等，年内全部完工。");
  CHECK(with_rule(d, "R60").empty());
  CHECK(checked(d, "R60", "consistent") + checked(d, "R60", "inconsistent") == 0);
  // towns without grouped villages: the second count is not checked
  auto d2 = run("二期工程覆盖东山镇、西河乡、南岭镇3个乡镇9个村的饮水改造、管网维修等。");
  CHECK(with_rule(d2, "R60").empty());
  CHECK(checked(d2, "R60", "consistent") == 1);
  // groups holding counts, not names: the villages are not listed one by one
  auto d3 = run("二期工程覆盖东山镇(3个村)、西河乡(2个村)2个乡镇5个村的饮水改造、管网维修等。");
  CHECK(with_rule(d3, "R60").empty());
  CHECK(checked(d3, "R60", "consistent") == 1);
}

TEST_CASE("R60: items written 名称：类型 after the count's colon") {
  const std::string items =
      "：某县水利局（本级）：行政单位、某县水文站：公益一类事业单位、某县灌区管理所：公益二类事业单位、某县河道站：公益一类事业单位。";
  auto ok = run("纳入本部门决算编制的预算单位包括4个单位" + items);
  CHECK(with_rule(ok, "R60").empty());
  CHECK(with_rule(ok, "R62").empty());
  CHECK(checked(ok, "R60", "consistent") == 1);

  auto d = run("纳入本部门决算编制的预算单位包括5个单位" + items);
  auto r = with_rule(d, "R60");
  REQUIRE(r.size() == 1);
  CHECK(has(r[0]->message.zh, "只列举了4个（某县水利局（本级）、某县水文站、某县灌区管理所、某县河道站）"));

  // "名称：3人" states a figure per item, not a type: no list of this shape
  CHECK(with_rule(run("下设2个股室：办公室：3人、财务股：2人、业务股：4人。"), "R60").empty());
}

TEST_CASE("R60: numbered points 一是…二是… (or 首先…其次…最后) opened by the count's colon") {
  auto ok = run("今年重点推进了3项改革：一是预算管理改革；二是政府采购改革；三是国库集中支付改革。");
  CHECK(with_rule(ok, "R60").empty());
  CHECK(checked(ok, "R60", "consistent") == 1);
  CHECK(with_rule(run("采取了以下3项措施：首先，加强预算管理；其次，规范资金使用；最后，强化绩效监控。"), "R60").empty());

  auto d = run("主要开展了4个方面的工作：一是开展培训；二是开展督导；三是开展评估。");
  auto r = with_rule(d, "R60");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "4个");
  CHECK(has(r[0]->message.zh, "只列举了3个"));

  // no colon: the points are not introduced by the count, nothing is checked
  auto loose = run("主要开展了4个方面的工作。一是开展培训；二是开展督导；三是开展评估。");
  CHECK(with_rule(loose, "R60").empty());
  CHECK(checked(loose, "R60", "inconsistent") == 0);
}

TEST_CASE("R60: numbered lines after the count's colon, up to the next section") {
  const std::string lines = "\n1.综合科：负责日常事务。\n2.财务科：负责财务管理。\n3.业务科：负责业务指导。\n二、其他情况\n本年无其他事项。\n";
  auto ok = run("一、基本情况\n局机关下设3个科室：" + lines);
  CHECK(with_rule(ok, "R60").empty());
  CHECK(checked(ok, "R60", "consistent") == 1);

  auto d = run("一、基本情况\n局机关下设4个科室，具体如下：" + lines);
  auto r = with_rule(d, "R60");
  REQUIRE(r.size() == 1);
  CHECK(has(r[0]->message.zh, "所述“4个科室”，但只列举了3个（1.综合科、2.财务科、3.业务科）"));
}

TEST_CASE("R60: the body rows of the table the count introduces") {
  const std::string table = "序号\t单位名称\t单位性质\n1\t某县农业局\t行政单位\n2\t某县农技站\t事业单位\n3\t某县种子站\t事业单位\n";
  auto ok = run("一、基本情况\n纳入决算编制的单位共3个，分别是：\n" + table + "二、收支情况\n本年无收支。\n");
  CHECK(with_rule(ok, "R60").empty());
  CHECK(checked(ok, "R60", "consistent") == 1);

  auto d = run("一、基本情况\n纳入决算编制的单位共4个，分别是：\n" + table + "二、收支情况\n本年无收支。\n");
  auto r = with_rule(d, "R60");
  REQUIRE(r.size() == 1);
  CHECK(has(r[0]->message.zh, "只列举了3个（某县农业局、某县农技站、某县种子站）"));
}

TEST_CASE("R60: names separated by ，or ；after the count's colon or 分别是/包括") {
  auto ok = run("局机关下设3个股室，分别是综合股，计财股，业务股。");
  CHECK(with_rule(ok, "R60").empty());
  CHECK(checked(ok, "R60", "consistent") == 1);
  CHECK(with_rule(run("局机关下设3个股室：综合股；计财股；业务股。"), "R60").empty());
  auto d = run("局机关下设4个股室：综合股；计财股；业务股。");
  auto r = with_rule(d, "R60");
  REQUIRE(r.size() == 1);
  CHECK(has(r[0]->message.zh, "只列举了3个（综合股、计财股、业务股）"));
  REQUIRE(with_rule(run("局机关下设2个股室，包括综合股，计财股，业务股。"), "R60").size() == 1);
  // items numbered in turn inside the sentence: 1./1、/（1）/①
  CHECK(with_rule(run("局机关下设3个股室：1.综合股；2.计财股；3.业务股。"), "R60").empty());
  CHECK(with_rule(run("局机关下设3个股室：（1）综合股；（2）计财股；（3）业务股。"), "R60").empty());
  REQUIRE(with_rule(run("局机关下设4个股室：1、综合股；2、计财股；3、业务股。"), "R60").size() == 1);
  REQUIRE(with_rule(run("局机关下设4个股室：①综合股；②计财股；③业务股。"), "R60").size() == 1);
  // clauses that state what was done are no names
  CHECK(with_rule(run("共实施4个项目，包括完成道路硬化，开展路灯安装，新建公厕。"), "R60").empty());
  // 分别负责: what each does, not a list of the count
  CHECK(with_rule(run("局机关下设4个股室，分别负责综合，财务，业务。"), "R60").empty());
}

TEST_CASE("R60: the count's colon ends its line and the list fills the next one") {
  auto ok = run("本部门下设3个科室：\n办公室、财务科、业务科。\n");
  CHECK(with_rule(ok, "R60").empty());
  CHECK(checked(ok, "R60", "consistent") == 1);
  REQUIRE(with_rule(run("本部门下设4个科室：\n办公室、财务科、业务科。\n"), "R60").size() == 1);
  // a list ending in 等 is not complete: nothing to check
  auto open = run("本部门下设4个科室：\n办公室、财务科、业务科等。\n");
  CHECK(with_rule(open, "R60").empty());
  // the next line goes on after its list: it is no list of the count
  CHECK(with_rule(run("本部门下设4个科室：\n办公室、财务科、业务科负责日常工作，人员编制12名。\n"), "R60").empty());
}

TEST_CASE("R60: after 具体如下 the items must be of the counted kind (it may open a description)") {
  // the numbered lines describe the projects, they do not list them
  auto d = run("一、基本情况\n2024年共实施5个项目，具体情况如下：\n1.资金到位情况：到位资金100万元。\n2.项目实施情况：已全部完工。\n");
  CHECK(with_rule(d, "R60").empty());
  CHECK(checked(d, "R60", "inconsistent") == 0);
  // units named 局/站 are not visibly 单位: the table is not read as the list
  auto t = run("一、基本情况\n纳入决算编制的单位共4个，具体如下：\n序号\t单位名称\n1\t某县农业局\n2\t某县农技站\n3\t某县种子站\n");
  CHECK(with_rule(t, "R60").empty());
}

TEST_CASE("R15: a total count stated twice for the same year must be the same") {
  auto ok = run("2024年全局实施专项项目共计25个，资金500万元。\n我局2024年专项项目共计25个，均已完成。\n");
  CHECK(with_rule(ok, "R15").empty());
  CHECK(checked(ok, "R15", "consistent") == 1);

  auto d = run("2024年全局实施专项项目共计25个，资金500万元。\n我局2024年专项项目共计23个，均已完成。\n");
  auto r = with_rule(d, "R15");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(span_text(d, r[0]->spans[0]) == "23个");
  CHECK(span_text(d, r[0]->spans[1]) == "25个");

  // another year, or another name, is another figure
  CHECK(with_rule(run("2023年全局实施专项项目共计20个。\n2024年全局实施专项项目共计25个。\n"), "R15").empty());
  CHECK(with_rule(run("2024年全局实施专项项目共计25个。\n2024年全局实施基建项目共计12个。\n"), "R15").empty());
}
