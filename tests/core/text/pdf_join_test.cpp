#include <doctest/doctest.h>

#include <algorithm>

#include "test_support.h"
#include "text/pdf_join.h"

using namespace gouji;
using namespace gouji::test;

namespace {

// Wraps a paragraph at `width` characters the way a PDF viewer copies it.
std::u32string wrap(const std::u32string& para, std::size_t width) {
  std::u32string out;
  for (std::size_t i = 0; i < para.size(); i += width) out += para.substr(i, width) + U"\n";
  return out;
}

const std::u32string kIncome =
    U"部门决算情况：2020年决算收入14113.64万元，其中，一般公共预算拨款4381.77万元，政府性基金预算财政拨款收入7196.27万元，"
    U"事业收入2038.3万元。年初结转和结余497.31万元；2020年决算支出14092.87万元，其中，一般公共服务支出62.22万元，"
    U"社会保障和就业支出43.31万元，卫生健康支出6710.82万元。";
const std::u32string kSangong =
    U"“三公”经费支出总计0万元，其中公务接待费5.92万元，公务用车运行维护费6.1万元,与去年相比均有所下降, "
    U"下降的主要原因是严格按照上级规定，厉行节约，进一步加强了公务接待和公务用车的管理工作。";

}  // namespace

TEST_CASE("Word-pasted reports are left exactly as they are") {
  for (const char* name : {"000_f7b65649e50663dd.txt", "002_338b5f6c825fc8b7.txt"}) {
    auto r = repair_pdf_text(from_utf8_lossy(corpus(name)));
    CHECK_FALSE(r.changed);
  }
}

TEST_CASE("hard-wrapped PDF text is joined, page numbers and running headers dropped") {
  std::u32string pdf = U"石鼓区卫生健康局\n" + wrap(kIncome, 23) + U"- 3 -\n石鼓区卫生健康局\n" + wrap(kSangong, 23) +
                       U"4\n石鼓区卫生健康局\n（3） 下一节\n";
  auto r = repair_pdf_text(pdf);
  REQUIRE(r.changed);
  CHECK(r.dropped_lines >= 4);
  std::string joined = to_utf8(r.text);
  CHECK(joined.find(to_utf8(kIncome)) != std::string::npos);
  CHECK(joined.find("（3） 下一节") != std::string::npos);
  CHECK(joined.find("- 3 -") == std::string::npos);
  // Every kept character maps to the same character in the original.
  for (std::size_t i = 0; i < r.text.size(); ++i)
    if (r.text[i] != U'\n' && r.text[i] != U' ') CHECK(pdf[r.origin[i]] == r.text[i]);
}

TEST_CASE("checks on a PDF paste find what they find on the Word paste, highlighted in the original") {
  std::u32string pdf = wrap(kIncome, 23) + U"5\n" + wrap(kSangong, 23);
  auto d = analyze_text(to_utf8(pdf), {});
  // kIncome is cut after three of the functional classes, so 14092.87 ≠ their sum is real too.
  auto r01 = with_rule(d, "R01");
  REQUIRE(r01.size() == 3);
  auto it = std::find_if(r01.begin(), r01.end(), [](const Finding* f) { return f->actual == "0万元"; });
  REQUIRE(it != r01.end());
  const Finding* sangong = *it;
  CHECK(sangong->severity == Severity::Error);
  CHECK(r01[0]->severity == Severity::Warning);  // the income gap is still explained by 年初结转和结余
  // The span points into the user's text; a wrapped number may contain the line break.
  std::string part = span_text(d, sangong->spans[1]);
  part.erase(std::remove(part.begin(), part.end(), '\n'), part.end());
  CHECK(part == "5.92万元");
}

TEST_CASE("a figure cut from its unit at a line break joins even in a short Word-style excerpt") {
  // Two lines only: not PDF-like, yet "1320.00万" + "元，" is one figure.
  std::string text = "2023年度基本支出1320.00万\n元，比上年增加120.00万元，增长10.00%。\n";
  CHECK(alarms(text, "R26") == 0);
  CHECK(alarms(replaced(text, "10.00%", "12.00%"), "R26") == 1);
  std::string pct = "2023年度基本支出1320.00万元，比上年增加120.00万元，增长10.00\n%，主要是人员增加。\n";
  CHECK(alarms(pct, "R26") == 0);
  CHECK(alarms(replaced(pct, "增长10.00", "增长12.00"), "R26") == 1);
  auto r = repair_pdf_text(U"2023年度基本支出1320.00万\n元，比上年增加120.00万元。\n");
  CHECK(r.text == U"2023年度基本支出1320.00万元，比上年增加120.00万元。\n");
  REQUIRE(r.origin.size() == r.text.size() + 1);
  CHECK(r.origin[r.text.find(U'元')] == 19);  // the 元 still points past the original break
}

TEST_CASE("a lone figure above a lone unit (a table cell) is not a figure cut from its unit") {
  auto r = repair_pdf_text(U"项目\n金额\n1320.00\n万元\n");
  CHECK_FALSE(r.changed);
}
