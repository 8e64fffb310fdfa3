// Issue 14: the table, count, target and 自评表 checks record every relation they verify —
// consistent or not — as a `checked` entry with a formula, its inputs and the result.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

// The results of the records of `rule` whose formula contains `part` (all of them for "").
std::vector<std::string> results(const AnalyzedDocument& d, const std::string& rule, const std::string& part = "") {
  std::vector<std::string> r;
  for (const auto& c : d.result.checked)
    if (c.rule == rule && c.formula.find(part) != std::string::npos) {
      CHECK(!c.inputs.empty());
      r.push_back(c.result);
    }
  return r;
}

bool all_are(const std::vector<std::string>& v, const std::string& result) {
  for (const auto& s : v)
    if (s != result) return false;
  return !v.empty();
}

bool any_is(const std::vector<std::string>& v, const std::string& result) {
  for (const auto& s : v)
    if (s == result) return true;
  return false;
}

std::string exec_table(const std::string& adjust) {
  return "单位：万元\n\n\t序号\n\t项目\n\t年初预算\n\t本年调整\n\t可执行指标\n\t决算金额\n\n"
         "\t1\n\t丙\n\t20.00\n\t" + adjust + "\n\t26.00\n\t26.00\n\n"
         "\t2\n\t丁\n\t4.00\n\t\n\t4.00\n\t4.00\n\n"
         "\t合  计\n\t24.00\n\t6.00\n\t30.00\n\t30.00\n\n";
}

}  // namespace

TEST_CASE("checked R13: each table row identity and each column sum, consistent or not") {
  auto ok = run(exec_table("6.00"));
  CHECK(all_are(results(ok, "R13", "第1行"), "consistent"));
  CHECK(all_are(results(ok, "R13", "列各行之和"), "consistent"));
  auto bad = run(exec_table("7.00"));
  CHECK(any_is(results(bad, "R13", "第1行"), "inconsistent"));
  CHECK(any_is(results(bad, "R13", "列各行之和"), "inconsistent"));
}

TEST_CASE("checked R13: a 增减% column is recorded with its computation") {
  auto t = [](const std::string& change) {
    return "单位：万元\n项目\t2023年决算\t2024年决算\t增减%\n水电费\t50.00\t40.00\t-20.00\n差旅费\t16.00\t20.00\t" + change + "\n";
  };
  auto ok = run(t("25.00"));
  auto r = results(ok, "R13", "÷16×100");
  REQUIRE(r.size() == 1);
  CHECK(r[0] == "consistent");
  auto bad = run(t("52.00"));
  r = results(bad, "R13", "÷16×100");
  REQUIRE(r.size() == 1);
  CHECK(r[0] == "inconsistent");
}

TEST_CASE("checked R14: the prose total against the table's 合计") {
  std::string body = exec_table("6.00");
  CHECK(all_are(results(run("（二）项目支出情况\n\n年初预算24万元，追加调整6万元。\n\n" + body), "R14"), "consistent"));
  CHECK(any_is(results(run("（二）项目支出情况\n\n年初预算24万元，追加调整5万元。\n\n" + body), "R14"), "inconsistent"));
}

TEST_CASE("checked R60 and R61: a stated count against its list, a total against its parts") {
  CHECK(all_are(results(run("中心下设综合科、业务科、后勤科3个科室。"), "R60"), "consistent"));
  CHECK(all_are(results(run("中心下设综合科、业务科、后勤科4个科室。"), "R60"), "inconsistent"));
  CHECK(all_are(results(run("本站共有下属单位6个，其中全额拨款单位4个、差额拨款单位2个。"), "R61"), "consistent"));
  CHECK(all_are(results(run("本站共有下属单位6个，其中全额拨款单位4个、差额拨款单位3个。"), "R61"), "inconsistent"));
}

TEST_CASE("checked R25: a target against its actual, met or not") {
  auto text = [](const std::string& actual) {
    return "（四）部门绩效目标\n1.数量指标。农村公路养护里程1500公里。\n"
           "六、部门整体支出绩效情况\n（一）部门产出指标完成情况\n1.数量指标。农村公路养护里程" + actual + "公里。\n";
  };
  auto met = run(text("1520"));
  auto r = results(met, "R25", "农村公路养护里程");
  REQUIRE(r.size() == 1);
  CHECK(r[0] == "consistent");
  auto unmet = run(text("1300"));
  r = results(unmet, "R25", "农村公路养护里程");
  REQUIRE(r.size() == 1);
  CHECK(r[0] == "inconsistent");
}

TEST_CASE("checked R55 and R51: 自评表 points and weights") {
  CHECK(all_are(results(run("项目预算执行率为92.4%，得9.24分。"), "R55"), "consistent"));
  CHECK(all_are(results(run("项目预算执行率为82.4%，得9.24分。"), "R55"), "inconsistent"));
  auto table = [](const std::string& benefit_w) {
    return "项目自评得分95分，评价等级为优。\n\n"
           "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
           "预算执行率\t\t\t100%\t96%\t10\t9.6\n"
           "产出指标\t数量指标\t植树面积\t≥300亩\t320亩\t50\t50\n"
           "效益指标\t生态效益指标\t林木成活率\t≥85%\t88%\t" + benefit_w + "\t25.4\n"
           "满意度指标\t服务对象满意度\t林农满意度\t≥90%\t92%\t10\t10\n"
           "总分\t\t\t\t\t100\t95\n";
  };
  CHECK(all_are(results(run(table("30")), "R51"), "consistent"));
  CHECK(all_are(results(run(table("20")), "R51"), "inconsistent"));
}

TEST_CASE("checked R07: an identity of the final accounts, consistent or not") {
  auto text = [](const std::string& basic) {
    return "2024年度一般公共预算财政拨款基本支出" + basic + "万元，其中：人员经费820.40万元，主要包括基本工资、绩效工资等；"
           "公用经费96.30万元，主要包括办公费、水电费等。";
  };
  // A 基本支出 with its 其中 parts is verified as a 其中 sum (R01) — the list reader reads it now —
  // or as the R07 identity; either way one record, consistent or not.
  auto both = [&](const AnalyzedDocument& d) {
    auto r = results(d, "R07");
    for (auto& x : results(d, "R01")) r.push_back(x);
    return r;
  };
  auto ok = run(text("916.70"));
  REQUIRE(!both(ok).empty());
  CHECK(all_are(both(ok), "consistent"));
  auto bad = run(text("926.70"));
  CHECK(any_is(both(bad), "inconsistent"));
}

TEST_CASE("checked R12: the initial budget's income against its expenditure") {
  auto ok = run("2025年部门年初预算收入640.00万元，年初预算支出640.00万元。");
  auto r = results(ok, "R12");
  REQUIRE(r.size() == 1);
  CHECK(r[0] == "consistent");
  auto bad = run("2025年部门年初预算收入640.00万元，年初预算支出690.00万元。");
  r = results(bad, "R12");
  REQUIRE(r.size() == 1);
  CHECK(r[0] == "inconsistent");
}

TEST_CASE("checked R02: each side of the 收入支出决算总表 and their balance") {
  auto text = [](const std::string& carry_out) {
    return "2025年本年收入合计700.00万元，使用非财政拨款结余10.00万元，年初结转和结余40.00万元。"
           "本年支出合计680.00万元，结余分配0万元，年末结转和结余" + carry_out + "万元。";
  };
  CHECK(all_are(results(run(text("70.00")), "R02"), "consistent"));
  CHECK(any_is(results(run(text("60.00")), "R02"), "inconsistent"));
}

TEST_CASE("checked R50: the 自评表's points against its 总分") {
  auto table = [](const std::string& total_points) {
    return "项目自评得分" + total_points + "分，评价等级为优。\n\n"
           "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
           "预算执行率\t\t\t100%\t96%\t10\t9.6\n"
           "产出指标\t数量指标\t植树面积\t≥300亩\t320亩\t50\t50\n"
           "效益指标\t生态效益指标\t林木成活率\t≥85%\t88%\t30\t30\n"
           "满意度指标\t服务对象满意度\t林农满意度\t≥90%\t92%\t10\t10\n"
           "总分\t\t\t\t\t100\t" + total_points + "\n";
  };
  CHECK(all_are(results(run(table("99.6")), "R50", "Σ得分"), "consistent"));
  CHECK(all_are(results(run(table("97.6")), "R50", "Σ得分"), "inconsistent"));
}

TEST_CASE("checked R09: a fund's balance is recorded, consistent or not; an unstated carry-over is not verified") {
  const std::string head = "云岭县农业农村局2023年度部门决算说明\n";
  // 1000.00 + 50.00 = 990.00 + 60.00.
  auto ok = run(head + "2023年财政拨款收入1000.00万元，年初财政拨款结转和结余50.00万元，"
                       "财政拨款支出990.00万元，年末财政拨款结转和结余60.00万元。\n");
  CHECK(with_rule(ok, "R09").empty());
  CHECK(all_are(results(ok, "R09", "收入侧"), "consistent"));
  auto bad = run(head + "2023年财政拨款收入1000.00万元，年初财政拨款结转和结余50.00万元，"
                        "财政拨款支出980.00万元，年末财政拨款结转和结余60.00万元。\n");
  CHECK(all_are(results(bad, "R09", "收入侧"), "inconsistent"));
  // No 年末结转 stated: the gap may be it; nothing is claimed verified.
  auto open = run(head + "2023年财政拨款收入1000.00万元，年初财政拨款结转和结余50.00万元，财政拨款支出990.00万元。\n");
  CHECK(results(open, "R09", "收入侧").empty());
}

TEST_CASE("checked R15: a figure restated agrees or not, with both figures as written") {
  auto ok = run("一、收支情况\n\n2023年决算收入1200.50万元。\n\n二、绩效情况\n\n2023年决算收入1200.50万元，全部用于履职。\n");
  auto r = results(ok, "R15", "1200.50万元 = 第3行");
  REQUIRE(r.size() == 1);
  CHECK(r[0] == "consistent");
  auto bad = run("一、收支情况\n\n2023年决算收入1200.50万元。\n\n二、绩效情况\n\n2023年决算收入1210.50万元，全部用于履职。\n");
  CHECK(all_are(results(bad, "R15"), "inconsistent"));
}

TEST_CASE("checked R16: all-source spending against the fiscal spending by fund") {
  const std::string fund = "\n\n二、一般公共预算支出情况\n\n2024年项目支出决算23446.48万元。\n\n三、政府性基金预算支出情况\n\n"
                           "2024年政府性基金支出决算4.00万元。\n";
  // 23446.48 + 4.00 = 23450.48 ≤ 23837.18: the relation holds (the rest is non-fiscal money).
  auto ok = run("2024年部门决算支出141938.85万元，其中：基本支出118101.67万元，项目支出23837.18万元。" + fund);
  CHECK(all_are(results(ok, "R16"), "consistent"));
  auto bad = run("2024年部门决算支出141438.85万元，其中：基本支出118101.67万元，项目支出23337.18万元。" + fund);
  CHECK(all_are(results(bad, "R16"), "inconsistent"));
}

TEST_CASE("checked R14: a table without a 合计 row, when its rows add up to the prose figure") {
  const std::string table = "单位：万元\n\n\t序号\n\t项目\n\t年初预算\n\t决算金额\n\n\t1\n\t丙\n\t20.00\n\t26.00\n\n"
                            "\t2\n\t丁\n\t4.50\n\t4.00\n\n";
  auto ok = run("（二）项目支出情况\n\n年初预算24.50万元。\n\n" + table);
  auto r = results(ok, "R14", "列各行之和24.50");
  REQUIRE(r.size() == 1);
  CHECK(r[0] == "consistent");
  // Rows that do not add up to it: the table may list only some rows — no record, no finding.
  auto part = run("（二）项目支出情况\n\n年初预算30.00万元。\n\n" + table);
  CHECK(results(part, "R14").empty());
  CHECK(with_rule(part, "R14").empty());
}

TEST_CASE("checked formulas print a stated figure as written: 80.50 stays 80.50") {
  auto d = run("2023年度本部门收入合计80.50万元，其中：财政拨款收入60.30万元，事业收入20.20万元。");
  auto r = results(d, "R01", "60.30+20.20 = 80.50万元（报告80.50万元）");
  REQUIRE(r.size() == 1);
  CHECK(r[0] == "consistent");
}

TEST_CASE("checked R02: a balance claimed in words against the two totals stated before it") {
  const std::string totals = "一、收支情况\n2023年全县一般公共预算收入完成88.4亿元，加上转移性收入31.6亿元，收入合计120.0亿元。"
                             "一般公共预算支出完成101.2亿元，加上转移性支出18.8亿元，支出合计120.0亿元。\n";
  auto ok = run(totals + "收支相抵，全县一般公共预算收支平衡。\n");
  auto r = results(ok, "R02", "（收支相抵）");
  REQUIRE(r.size() == 1);  // one claim per sentence
  CHECK(r[0] == "consistent");
  // Totals that differ: nothing is claimed verified (R02/R09 judge totals by fund and scope).
  auto off = run("一、收支情况\n收入合计120.0亿元，支出合计118.0亿元。收支相抵，全县一般公共预算收支平衡。\n");
  CHECK(results(off, "R02", "（收支").empty());
  // A claim with no totals before it in its section ("力争实现收支平衡") verifies nothing.
  auto aim = run("一、收支情况\n收入合计120.0亿元，支出合计120.0亿元。\n二、下一步工作\n力争实现收支平衡。\n");
  CHECK(results(aim, "R02", "（收支").empty());
  // 共计 names a total as 合计 does, though a cleaned label sheds it ("收入共计" → 收入).
  auto gong = run("一、收支情况\n本年收入完成64.5亿元，加上上级补助收入12.5亿元，收入共计77.0亿元。"
                  "本年支出完成70.1亿元，加上上解支出6.9亿元，支出共计77.0亿元。收支相抵，当年收支平衡。\n");
  REQUIRE(results(gong, "R02", "（收支相抵）").size() == 1);
}
