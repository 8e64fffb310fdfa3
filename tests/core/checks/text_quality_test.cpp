// Family H (identifiers, text quality): R90 统一社会信用代码 check character, R91 typo patterns,
// R93 approximate figures listed as not verified.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

// ---- R90 ----------------------------------------------------------------------------------------
// Valid codes below were computed with GB 32100 (check character) and GB 11714 (positions 9–17):
// 11430725MB0X577440 (catalogue), 12430725448501233E, 11430700006123458Q, 91430100MA4L12346D.

TEST_CASE("R90 passes valid codes in the ways reports write them") {
  for (const char* s : {
           "单位名称：桃源县卫生健康局，统一社会信用代码：11430725MB0X577440。",
           "统一社会信用代码为12430725448501233E。",
           "统一社会信用代码: 91430100MA4L12346D",
           "（统一社会信用代码11430700006123458Q）",
           "统一社会信用代码：11430725mb0x577440。",                 // lower case
           "统一社会信用代码：１１４３０７２５ＭＢ０Ｘ５７７４４０。",  // full-width
           "统一社会信用代码（见附件）。",                          // no code written
           "统一社会信用代码：11430725 MB0X577440。",               // a space from PDF copy
           "统一社会信用代码：11430725-MB0X57744-0",                // 组织机构代码 set off by hyphens
           "纳税人识别号（统一社会信用代码）：12430725448501233E",
           "单位名称：桃源县卫生健康局\n统一社会信用代码：11430725MB0X577440\n单位地址：桃源县漳江街道",
       }) {
    CAPTURE(s);
    CHECK(with_rule(run(s), "R90").empty());
  }
}

TEST_CASE("R90 flags a wrong check character and says which one is expected") {
  auto d = run("统一社会信用代码：11430725MB0X577441。");
  auto r = with_rule(d, "R90");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  CHECK(span_text(d, r[0]->spans[0]) == "11430725MB0X577441");
  CHECK(r[0]->expected == "0");
  CHECK(r[0]->actual == "1");
  CHECK(has(r[0]->message.zh, "校验位错误"));

  auto d2 = run("统一社会信用代码12430725448501233F。");
  REQUIRE(with_rule(d2, "R90").size() == 1);
  CHECK(with_rule(d2, "R90")[0]->expected == "E");
  // a grouped code is checked as one: the span covers the whole written code
  auto d4 = run("统一社会信用代码：11430725-MB0X57744-1。");
  REQUIRE(with_rule(d4, "R90").size() == 1);
  CHECK(span_text(d4, with_rule(d4, "R90")[0]->spans[0]) == "11430725-MB0X57744-1");
  CHECK(has(with_rule(d4, "R90")[0]->message.zh, "“11430725MB0X577441”"));
  // 统一信用代码 (a common shortening) is read too
  CHECK(with_rule(run("统一信用代码：12430725448501233F"), "R90").size() == 1);
  // two neighbours swapped
  auto d3 = run("统一社会信用代码：11430725MB0X574740。");
  CHECK(with_rule(d3, "R90").size() == 1);
}

TEST_CASE("R90 flags a wrong length and characters outside the alphabet") {
  auto d = run("统一社会信用代码：1143072500612345。");
  auto r = with_rule(d, "R90");
  REQUIRE(r.size() == 1);
  CHECK(has(r[0]->message.zh, "16位，应为18位"));
  auto d2 = run("统一社会信用代码：11430725MBOX577440。");  // letter O for zero
  REQUIRE(with_rule(d2, "R90").size() == 1);
  CHECK(has(with_rule(d2, "R90")[0]->message.zh, "第11位“O”"));
}

// ---- R91 ----------------------------------------------------------------------------------------

TEST_CASE("R91 flags a doubled counter after a numeral (report 002 l.329)") {
  auto d = run("全面落实十项项重点工作任务。");
  auto r = with_rule(d, "R91");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);
  CHECK(span_text(d, r[0]->spans[0]) == "十项项");
  CHECK(r[0]->message.zh == "“十项项”疑为多字，应为“十项”");
  REQUIRE(r[0]->fixes.size() == 1);
  CHECK(r[0]->fixes[0].replacement.empty());
  CHECK(with_rule(run("开展3次次专项督导。"), "R91").size() == 1);
}

TEST_CASE("R91 near misses: reduplication after 一, ordinals") {
  CHECK(with_rule(run("一项项工作落到实处，一个个难题得到解决。"), "R91").empty());
  CHECK(with_rule(run("召开第二次次会议。"), "R91").empty());  // after 第 it is left to the reader
}

TEST_CASE("R91 flags a doubled word") {
  auto d = run("在全县范围内开展开展健康教育活动。");
  auto r = with_rule(d, "R91");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "开展开展");
  CHECK(has(r[0]->message.zh, "应为“开展”"));
  CHECK(with_rule(run("切实做好专项资金管理管理工作。"), "R91").size() == 1);
  // any doubled word, not only a fixed list; at the very start of an excerpt too
  auto d2 = run("开展健康教育讲座讲座20场。");
  REQUIRE(with_rule(d2, "R91").size() == 1);
  CHECK(span_text(d2, with_rule(d2, "R91")[0]->spans[0]) == "讲座讲座");
  auto d3 = run("培训培训人员300人次。");
  REQUIRE(with_rule(d3, "R91").size() == 1);
  CHECK(with_rule(d3, "R91")[0]->spans[0].start == 0);
  CHECK(with_rule(run("全局共有5个个股室。"), "R91").size() == 1);
}

TEST_CASE("R91 near misses for doubled words: idioms, reduplicated verbs, a word across two words") {
  for (const char* s : {
           "一步一步抓落实，一年一年见成效。",
           "县疾控中心中心实验室通过认证。",
           "组织干部认真研究研究政策。",
           "通过“一项项”“一件件”抓落实。",
           "常常深入基层，了解了解群众需求。",
       }) {
    CAPTURE(s);
    CHECK(with_rule(run(s), "R91").empty());
  }
}

TEST_CASE("R91 flags phrases missing a character, not the words they resemble") {
  auto d = run("按照上级要求，组开展专项检查。");
  REQUIRE(with_rule(d, "R91").size() == 1);
  CHECK(with_rule(d, "R91")[0]->fixes[0].replacement == "组织开展");
  auto d2 = run("2024年1-10月医改指标情中，我县排名靠前。");
  REQUIRE(with_rule(d2, "R91").size() == 1);
  CHECK(span_text(d2, with_rule(d2, "R91")[0]->spans[0]) == "指标情");

  for (const char* s : {
           "县督导组开展专项检查，工作组开展入户调查，专家组开展技术指导。",
           "受疫情影响，疫情中仍坚持开展服务。",
           "预算执行情况良好，项目完成情况符合预期。",
           "项目执行情形及原因分析如下。",
       }) {
    CAPTURE(s);
    CHECK(with_rule(run(s), "R91").empty());
  }
}

TEST_CASE("R91 flags stray spaces between Chinese characters (report 002 l.348)") {
  auto d = run("我局充分 地调研了群众需求，制定了切实可行的实施方案。");
  auto r = with_rule(d, "R91");
  REQUIRE(r.size() == 1);
  CHECK(has(r[0]->message.zh, "多余空格"));
  CHECK(has(r[0]->message.zh, "充分地调"));
  REQUIRE(r[0]->fixes.size() == 1);
  CHECK(span_text(d, r[0]->fixes[0].span) == " ");
}

TEST_CASE("R91 near misses for spaces: layout lines, headings, numbers next to words") {
  for (const char* s : {
           "单位负责人：张三 联系人：李四 联系电话：0736-1234567",
           "填报单位：桃源县卫生健康局 填报日期：2025年3月10日",
           "一、 部门基本情况",
           "桃源县卫生健康局 2024年度部门整体支出绩效自评报告",
           "招募完成无偿献血 2960人次、105.1万毫升，出示监督意见书105份。",
       }) {
    CAPTURE(s);
    CHECK(with_rule(run(s), "R91").empty());
  }
}

// ---- R93 ----------------------------------------------------------------------------------------

TEST_CASE("R93 lists approximate figures once per document, with each as a span") {
  auto d = run("项目投资200余万元，收到爱心捐款29万多元，培训约300人次，全年培训近3000人次。");
  auto r = with_rule(d, "R93");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);
  CHECK(has(r[0]->message.zh, "4个约数"));
  REQUIRE(r[0]->spans.size() == 4);
  CHECK(r[0]->spans[0].primary);
  CHECK_FALSE(r[0]->spans[1].primary);
  CHECK(has(span_text(d, r[0]->spans[0]), "200"));
  CHECK(has(span_text(d, r[0]->spans[1]), "29"));
}

TEST_CASE("R93 near misses: exact figures, age groups, target comparators") {
  for (const char* s : {
           "服务65岁以上老年人12000人，0-6岁儿童健康管理率95%。",
           "覆盖人口79.89万人，建立电子档案767067份。",
           "孕产妇系统管理率≥90%，产前筛查率不低于80%。",
       }) {
    CAPTURE(s);
    CHECK(with_rule(run(s), "R93").empty());
  }
}
