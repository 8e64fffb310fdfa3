// R90 统一社会信用代码: the check characters of GB 32100 / GB 11714 and the ways codes are written.
// The texts that just flag or pass R91 and R93 are in the rule book, rules/H-text.md.
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
