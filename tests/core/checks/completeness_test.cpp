// R74 required sections, R75 attachments not included, R95 narrative money absent from the
// accounts, R17 disbursement ahead of progress: each with texts it must flag and near-misses.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// A whole report in the older layout (§1.2), with the parts named by `sections`.
std::string report(const std::string& sections) {
  return "2023年某县教育局部门整体支出绩效自评报告\n\n"
         "一、部门基本情况\n\n本局内设办公室、财务股、人事股等3个股室。\n\n"
         "二、部门整体支出管理及使用情况\n\n2023年决算支出1200.50万元，其中基本支出800.25万元，项目支出400.25万元。\n\n" +
         sections;
}

}  // namespace

TEST_CASE("R74 names each required section a whole self-evaluation report lacks") {
  auto d = run(report("三、部门整体支出绩效情况\n\n全年完成校舍维修12所。\n\n四、下一步工作打算\n\n加强预算管理。\n"));
  auto r = with_rule(d, "R74");
  REQUIRE(r.size() == 3);  // 绩效目标, 存在问题, 自评结果
  CHECK(has(r[0]->message.zh, "绩效目标"));
  CHECK(has(r[1]->message.zh, "存在的问题"));
  CHECK(has(r[2]->message.zh, "自评结果"));
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(span_text(d, r[0]->spans[0]) == "自评报告");
}

TEST_CASE("R74 accepts the sections under other wordings, as headings or run-in phrases") {
  auto full = run(report(
      "三、年度绩效目标\n\n完成校舍维修10所。\n\n四、绩效目标完成情况\n\n全年完成校舍维修12所。\n\n"
      "五、存在的主要问题及原因分析\n\n预算编制不够精准。\n\n六、改进措施和有关建议\n\n加强预算管理。\n\n"
      "七、自评结果拟应用和公开情况\n\n自评得分92分，等级为优。\n"));
  CHECK(with_rule(full, "R74").empty());
  // Problems and score given in run-in phrases of a short report.
  auto runin = run(report("三、绩效目标及完成情况\n\n全年完成校舍维修12所。存在的问题：资金拨付偏慢。\n\n"
                          "四、下步工作重点\n\n加强预算管理。\n\n自评得分90分。\n"));
  CHECK(with_rule(runin, "R74").empty());
}

TEST_CASE("R74 does not judge an excerpt or a 决算 note by what it leaves out") {
  CHECK(with_rule(run("2023年某县教育局部门整体支出绩效自评报告\n\n二、部门整体支出管理及使用情况\n\n"
                      "2023年决算支出1200.50万元。\n"),
                  "R74")
            .empty());
  CHECK(with_rule(run("某县教育局2023年度部门决算公开说明\n\n一、部门基本情况\n\n二、收入支出决算总体情况说明\n\n"
                      "三、财政拨款收入支出决算总体情况说明\n\n四、“三公”经费情况说明\n"),
                  "R74")
            .empty());
}

TEST_CASE("R75 lists attachments named but not included, and not those that follow") {
  auto d = run(report("三、自评结果\n\n自评得分95分。\n\n附件：1. 部门整体支出绩效评价基础数据表\n\n2. 部门整体支出绩效自评表\n"));
  auto r = with_rule(d, "R75");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);
  CHECK(has(r[0]->message.zh, "2个附件"));
  CHECK(has(r[0]->hint.zh, "自评表"));
  CHECK(span_text(d, r[0]->spans[0]) == "部门整体支出绩效评价基础数据表");
  // The same list with the tables pasted after it.
  auto with = run(report("三、自评结果\n\n自评得分95分。\n\n附件：1. 部门整体支出绩效评价基础数据表\n\n"
                         "部门整体支出绩效评价基础数据表\n\n编制数 45人。\n"));
  CHECK(with_rule(with, "R75").empty());
  // "附件" mentioned inside a sentence is not a list.
  CHECK(with_rule(run("详见附件1.项目支出绩效自评表，自评得分95分。"), "R75").empty());
}

TEST_CASE("R95 gathers narrative amounts that the accounts never mention") {
  auto d = run(report("三、部门整体支出绩效情况\n\n全年争取上级资金650万元用于设备更新，项目支出400.25万元已全部用于校舍维修。\n"));
  auto r = with_rule(d, "R95");
  REQUIRE(r.size() == 1);
  CHECK(has(r[0]->message.zh, "650万元"));
  CHECK_FALSE(has(r[0]->message.zh, "400.25"));  // stated in the accounts too
  CHECK(r[0]->severity == Severity::Info);
  // Every amount of the narrative is in the accounts: nothing to say.
  auto ok = run(report("三、部门整体支出绩效情况\n\n项目支出400.25万元已全部用于校舍维修。\n"));
  CHECK(with_rule(ok, "R95").empty());
}

TEST_CASE("R17 flags money paid out to a project still at the design stage, not to a finished one") {
  const std::string accounts =
      "二、部门整体支出管理及使用情况\n\n项目支出中，县人民医院门诊楼建设项目拨付至项目指挥部3000.00万元。\n\n";
  auto early = run("一、基本情况\n\n" + accounts +
                   "三、项目建设\n\n人民医院门诊楼项目总投资4000.00万元。目前设计方案已经确定，征地拆迁正在进行。\n");
  auto r = with_rule(early, "R17");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(has(r[0]->message.zh, "75.00%"));
  CHECK(span_text(early, r[0]->spans[0]) == "3000.00万元");
  CHECK(span_text(early, r[0]->spans[1]) == "4000.00万元");
  // Finished: the money is spent on a built project.
  CHECK(with_rule(run("一、基本情况\n\n" + accounts +
                      "三、项目建设\n\n人民医院门诊楼项目总投资4000.00万元，设计方案调整后已竣工并投入使用。\n"),
                  "R17")
            .empty());
  // A small share of the investment: normal for the early stage.
  CHECK(with_rule(run("一、基本情况\n\n二、支出情况\n\n人民医院门诊楼建设项目拨付前期费用300.00万元。\n\n"
                      "三、项目建设\n\n人民医院门诊楼项目总投资4000.00万元，设计方案已经确定。\n"),
                  "R17")
            .empty());
  // Another project's money.
  CHECK(with_rule(run("一、基本情况\n\n二、支出情况\n\n乡镇卫生院设备购置项目拨付3000.00万元。\n\n"
                      "三、项目建设\n\n人民医院门诊楼项目总投资4000.00万元，设计方案已经确定。\n"),
                  "R17")
            .empty());
}
