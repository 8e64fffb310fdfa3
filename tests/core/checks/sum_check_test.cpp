#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

TEST_CASE("R01 flags a total that does not equal its parts, with the parts as related spans") {
  auto d = run("“三公”经费支出总计0万元，其中公务接待费5.92万元，公务用车运行维护费6.1万元,与去年相比均有所下降。");
  auto r = with_rule(d, "R01");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  REQUIRE(r[0]->spans.size() == 3);
  CHECK(r[0]->spans[0].primary);
  CHECK(span_text(d, r[0]->spans[0]) == "0万元");
  CHECK(span_text(d, r[0]->spans[1]) == "5.92万元");
  CHECK(span_text(d, r[0]->spans[2]) == "6.1万元");
  CHECK(r[0]->expected == "12.02万元");
  CHECK(r[0]->actual == "0万元");
  CHECK(r[0]->message.zh == "合计应为12.02万元（5.92+6.1），报告为0万元");
}

TEST_CASE("R01 passes sums that add up exactly, and calls a rounding difference info") {
  auto ok = run("基本支出决算7726.15万元，其中：工资福利支出5132.13万元、商品和服务支出2016.43万元、对个人和家庭补助166.64万元，资本性支出410.95万元，年末结转0万元。");
  CHECK(ok.result.findings.empty());
  auto tail = run("决算收入142592.12万元，其中：一般公共预算31172.63万元、政府性基金预算4万元、国有资本经营预算0万元、事业收入103920.3万元、其他收入7495.18万元。");
  auto r = with_rule(tail, "R01");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);
}

TEST_CASE("R01 treats a 0.03 gap on two parts as an error, not rounding") {
  auto d = run("项目支出合计100.00万元，其中：设备购置60.00万元，维修费39.97万元。");
  auto r = with_rule(d, "R01");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
}

TEST_CASE("R01 converts units before adding (元 parts of a 万元 total)") {
  auto d = run("专项经费1.5万元，其中培训费5000元，资料费10000元。");
  CHECK(with_rule(d, "R01").empty());
  auto bad = run("专项经费1.5万元，其中培训费5000元，资料费1000元。");
  CHECK(with_rule(bad, "R01").size() == 1);
}

TEST_CASE("R01 explains a gap equal to a carry-over stated nearby and lowers it to a warning") {
  auto d = run("2020年决算收入14113.64万元，其中，一般公共预算拨款4381.77万元，政府性基金预算财政拨款收入7196.27万元，事业收入2038.3万元。年初结转和结余497.31万元。");
  auto r = with_rule(d, "R01");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(r[0]->hint.zh.find("年初结转和结余") != std::string::npos);
  CHECK(span_text(d, r[0]->spans.back()) == "497.31万元");
}

TEST_CASE("R61 checks headcounts exactly and R63 event counts") {
  CHECK(run("核定编制3455人，其中局本级103人，二级机构3352人。").result.findings.empty());
  auto bad = run("核定编制3455人，其中局本级103人，二级机构3351人。");
  auto r = with_rule(bad, "R61");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  auto ev = run("医疗纠纷30起，其中14起协商解决，11起调解成功，1起行政调解成功，3起进入司法程序。");
  CHECK(with_rule(ev, "R63").size() == 1);
}

TEST_CASE("R01 checks a label-referenced breakdown (项目支出中，…)") {
  CHECK(with_rule(run("项目支出7196.27万元。项目支出中，改扩建项目6180.49万元，抗疫特别国债支出1015.78万元。"), "R01").empty());
  auto bad = run("项目支出7196.27万元。项目支出中，改扩建项目6180.49万元，抗疫特别国债支出1005.78万元。");
  auto r = with_rule(bad, "R01");
  REQUIRE(r.size() == 1);
  CHECK(span_text(bad, r[0]->spans[0]) == "7196.27万元");
}

TEST_CASE("R01/R61: a 其中 list that names only some parts is not an error") {
  // Counts: notable parts of a large total say nothing about the total.
  CHECK(run("全县共有各级各类医疗卫生机构326家，其中县级医院5家、乡镇卫生院24家。").result.findings.empty());
  CHECK(run("全年门诊量120万人次，其中急诊8.5万人次，发热门诊2.1万人次。").result.findings.empty());
  // Money: the amount left out is noted (info), never an error.
  auto part = run("2023年项目支出2100.30万元，其中：高标准农田建设1500.00万元，动物防疫经费200.00万元。");
  auto r = with_rule(part, "R01");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);
  CHECK(r[0]->message.zh == "其中所列2项合计1700.00万元（1500+200），比2100.3万元少400.30万元，其余部分未列明");
}

TEST_CASE("R01: a list that reads as complete must add up") {
  // A catch-all item closes the list.
  auto other = run("全年共收到上级转移支付资金5000万元，其中中央资金3000万元，省级资金1500万元，其他资金400万元。");
  REQUIRE(with_rule(other, "R01").size() == 1);
  CHECK(with_rule(other, "R01")[0]->severity == Severity::Error);
  // Classes of a standard classification close it too (here the income sources).
  auto classes = run("本单位收入为1687.45万元，其中：财政拨款收入1516.64万元，事业收入160.81万元。");
  REQUIRE(with_rule(classes, "R01").size() == 1);
  CHECK(with_rule(classes, "R01")[0]->severity == Severity::Error);
  // Most of the total covered by an open list: the reviewer is asked (warning).
  auto most = run("全年共收到上级转移支付资金5000万元，其中中央资金3000万元，省级资金1500万元，市级资金400万元。");
  REQUIRE(with_rule(most, "R01").size() == 1);
  CHECK(with_rule(most, "R01")[0]->severity == Severity::Warning);
  // More than the total is wrong whatever the list.
  auto over = run("全县共有各级各类医疗卫生机构26家，其中县级医院5家、乡镇卫生院24家。");
  REQUIRE(with_rule(over, "R61").size() == 1);
  CHECK(with_rule(over, "R61")[0]->severity == Severity::Error);
}

TEST_CASE("R94: a total that adds written digits across 元 and 万元 without converting them") {
  auto d = run("培训经费5001万元，其中讲课费5000元，资料费1万元。");
  auto r = with_rule(d, "R94");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  CHECK(r[0]->message.zh.find("未经换算") != std::string::npos);
  CHECK(with_rule(d, "R01").empty());
  // Converted correctly: nothing to say.
  CHECK(run("培训经费1.5万元，其中讲课费5000元，资料费1万元。").result.findings.empty());
}

TEST_CASE("R61: parts that make the total before a clause break; what follows is another category") {
  CHECK(run("年末实有人员58人，其中在职人员45人、退休人员13人，遗属补助人员2人。").result.findings.empty());
  auto bad = run("年末实有人员58人，其中在职人员45人、退休人员14人，遗属补助人员2人。");
  CHECK(with_rule(bad, "R61").size() == 1);
}

TEST_CASE("R63: parts that add up to another figure of the sentence point at the wrong parent") {
  auto d = run("全年共受理医疗投诉89起、医疗纠纷30起，其中协商解决60起，调解成功29起。");
  auto r = with_rule(d, "R63");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(r[0]->message.zh == "其中各项之和89起（60+29）与“医疗投诉”89起相符，而不是“医疗纠纷”30起");
  CHECK(span_text(d, r[0]->spans.back()) == "89起");
}
