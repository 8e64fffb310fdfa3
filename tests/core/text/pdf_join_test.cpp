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
  // Grouped by a full-width comma, the figure is still one figure cut from its unit.
  auto g = repair_pdf_text(U"2023年度基本支出4，320.00万\n元，比上年增加120.00万元。\n");
  CHECK(g.text == U"2023年度基本支出4，320.00万元，比上年增加120.00万元。\n");
}

TEST_CASE("a lone figure above a lone unit (a table cell) is not a figure cut from its unit") {
  auto r = repair_pdf_text(U"项目\n金额\n1320.00\n万元\n");
  CHECK_FALSE(r.changed);
}

namespace {

// Wraps at `width` characters like a PDF viewer, but never inside a figure: a line ends before
// a number that would not fit (so such lines are shorter than the width).
std::u32string wrap_whole_numbers(const std::u32string& para, std::size_t width) {
  auto in_number = [](char32_t c) { return (c >= U'0' && c <= U'9') || c == U'.' || c == U','; };
  std::u32string out;
  std::size_t i = 0;
  while (para.size() - i > width) {
    std::size_t j = i + width;
    while (j > i + 1 && in_number(para[j]) && in_number(para[j - 1])) --j;
    out += para.substr(i, j - i) + U"\n";
    i = j;
  }
  return out + para.substr(i) + U"\n";
}

std::size_t soft_breaks(const std::u32string& pdf) { return repair_pdf_text(pdf).joined_breaks; }

}  // namespace

TEST_CASE("PDF breaks inside a paragraph join whatever the line starts or stops with") {
  // Each pair below is cut where a real PDF may cut it; its paragraph holds a 其中 sum.
  const std::u32string intro = wrap_whole_numbers(
      U"本单位2023年度项目支出主要用于农田水利设施维护、防汛物资储备、农村饮水安全巡查和基层水利站运行保障等方面，"
      U"各项支出均按照预算批复执行，未发生超范围支出的情况，资金使用总体规范有序。单位严格执行政府采购和"
      U"内部控制制度，重大支出事项经集体研究决定，项目资金实行专账核算、专款专用，年末对项目实施情况和资金使用"
      U"情况开展了自查，未发现挤占挪用资金的问题。",
      30);
  SUBCASE("a line opening with a bracketed 其中 carries on the figure before it") {
    std::u32string para = U"该项目分两批实施，一批批复总投资2450.6万元\n(其中工程费用2380万元),二批批复总投资1630.2万元"
                          U"(其中工程费用1566.5万元),合计批复总投资4080.8万元(其中工程费用3946.5万元)。\n";
    auto r = repair_pdf_text(intro + para);
    CHECK(to_utf8(r.text).find("2450.6万元(其中工程费用") != std::string::npos);
    CHECK(alarms(to_utf8(intro + para), "R01") == 0);
    CHECK(alarms(replaced(to_utf8(intro + para), "4080.8", "4180.8"), "R01") >= 1);
    // A marker "(1)" still opens an item.
    CHECK(to_utf8(repair_pdf_text(intro + U"一批批复总投资2450.6万元\n(1)二批批复总投资1630.2万元。\n").text)
              .find("万元\n(1)") != std::string::npos);
  }
  SUBCASE("a full line that happens to stop at a semicolon") {
    std::u32string cut = U"“三公”经费支出决算中，因公出国（境）费支出决算0万元，占0%；\n"
                         U"公务用车购置及运行维护费支出决算4.5万元，占75%；公务接\n待费支出决算1.5万元，占25%。\n";
    CHECK(alarms(to_utf8(intro + cut), "R28") == 0);
    CHECK(alarms(replaced(to_utf8(intro + cut), "占75%", "占0.75%"), "R28") >= 1);
    // The same for a full line that stops at a closing bracket.
    std::string units = to_utf8(intro + U"本局共设办公室、政策法规科、规划建设科、财务审计科(内审科)\n、组织人事科共5个内设机构。\n");
    CHECK(to_utf8(repair_pdf_text(from_utf8_lossy(units)).text).find("(内审科)、组织人事科") != std::string::npos);
    CHECK(alarms(units, "R60") == 0);
    CHECK(alarms(replaced(units, "共5个", "共6个"), "R60") == 1);
  }
  SUBCASE("a label line waiting for the figure that opens the next line") {
    std::u32string cut = U"经费总预算安排3725.80万元，其中：基本支出预\n算\n"
                         U"1238.40万元，项目支出预算\n2487.40万元，同比增加310.20万元，增长9.08%，主要是项目增加。\n";
    auto r = repair_pdf_text(intro + cut);
    CHECK(to_utf8(r.text).find("基本支出预算1238.40万元，项目支出预算2487.40万元") != std::string::npos);
    CHECK(alarms(replaced(to_utf8(intro + cut), "2487.40", "2587.40"), "R01") >= 1);
    // A one-cell-a-line table: the figure closes no clause, the break stays.
    CHECK(soft_breaks(U"项目支出预算\n2487.40万元\n基本支出预算\n1238.40万元\n") == 0);
    // A heading over a paragraph that opens with a year stays a heading.
    CHECK(to_utf8(repair_pdf_text(intro + U"部门预算收支情况\n2023年，本部门收入预算3725.80万元，支出预算3725.80万元。\n").text)
              .find("情况\n2023年") != std::string::npos);
  }
  SUBCASE("prose written with half-width semicolons is prose") {
    std::u32string cut = wrap_whole_numbers(
        U"2024年度下达转移支付资金共六项:低保资金40万元;临时救助资金2.75万元;福利院运行经费25.85万元;"
        U"彩票公益金项目276.42万元;消防达标补助20万元;社工服务项目45万元。共计下达转移支付资金410.02万元。",
        30);
    CHECK(alarms(to_utf8(intro + cut), "R01") == 0);
    CHECK(alarms(replaced(to_utf8(intro + cut), "410.02", "401.02"), "R01") >= 1);
  }
}

namespace {

bool kept(const std::u32string& text, const char* line) {
  return to_utf8(repair_pdf_text(text).text).find(line) != std::string::npos;
}

}  // namespace

TEST_CASE("page furniture goes wherever a page break falls: mid-sentence, inside a table, between one-cell lines") {
  SUBCASE("a header seen once, where the page cuts a sentence") {
    std::u32string pdf = wrap_whole_numbers(
        U"本单位2023年度项目支出主要用于农田水利设施维护、防汛物资储备、农村饮水安全巡查和基层水利站运行保障等方面，"
        U"各项支出均按照预算批复执行，未发生超范围支出的情况，资金使用总体规范有序。单位严格执行政府采购和内部控制制度，"
        U"重大支出事项经集体研究决定，项目资金实行专账核算、专款专用，年末对项目实施情况和资金使用情况开展了自查，"
        U"未发现挤占挪用资金的问题，资金拨付及时，会计核算规范，政府采购程序合规。",
        30);
    pdf += U"2023年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务\n- 3 -\n某县水利局部门决算公开\n"
           U"用车购置及运行维护费支出决算4.5万元，占75%；公务接待费支出决算1.5万元，占25%。\n";
    CHECK_FALSE(kept(pdf, "某县水利局部门决算公开"));
    CHECK(kept(pdf, "公务用车购置"));  // the sentence is whole again
    CHECK(alarms(to_utf8(pdf), "R28") == 0);
    CHECK(alarms(replaced(to_utf8(pdf), "占75%", "占0.75%"), "R28") >= 1);
    // At a paragraph's end the line after the page number is a heading, and stays.
    std::u32string heading = pdf + U"支出情况良好。\n- 4 -\n三、绩效情况\n全年完成各项任务。\n";
    CHECK(kept(heading, "三、绩效情况"));
    std::u32string title = pdf + U"支出情况良好。\n- 4 -\n部门整体绩效情况\n全年完成各项任务。\n";
    CHECK(kept(title, "部门整体绩效情况"));
  }
  SUBCASE("a table that runs over a page is one table") {
    std::string table =
        "表1 项目支出明细表（单位：万元）\n| 项目 | 预算数 | 决算数 |\n| 河道清淤 | 120.00 | 118.50 |\n"
        "| 堤防加固 | 260.00 | 255.20 |\n- 2 -\n某县水利局信息公开材料\n| 泵站维修 | 80.00 | 79.30 |\n| 合计 | 460.00 | 453.00 |\n";
    CHECK(alarms(table, "R13") == 0);
    CHECK(alarms(replaced(table, "453.00", "463.00"), "R13") == 1);  // the 合计 row sums all three rows
    CHECK_FALSE(kept(from_utf8_lossy(table), "信息公开材料"));
  }
  SUBCASE("one cell a line, the header repeated beside each page number") {
    std::u32string cells = U"项目名称\n\n农村饮水巩固提升\n\n- 1 -\n某县水利局信息公开材料\n\n资金来源\n\n预算数\n\n执行数\n\n"
                           U"中央资金\n\n60\n\n58\n\n- 2 -\n某县水利局信息公开材料\n\n县级资金\n\n40\n\n39\n";
    auto r = repair_pdf_text(cells);
    CHECK(r.dropped_lines == 4);
    CHECK(to_utf8(r.text).find("信息公开材料") == std::string::npos);
  }
  SUBCASE("a page number with spaced or full-width marks goes; a line opening with 共 as a word stays") {
    auto r = repair_pdf_text(U"正文第一段。\n－ 7 －\n正文第二段。\n　第 8 页 共 20 页\n正文第三段。\n共青团活动经费\n");
    CHECK(r.dropped_lines == 2);
    CHECK(r.text == U"正文第一段。\n正文第二段。\n正文第三段。\n共青团活动经费\n");
  }
  SUBCASE("what only looks like a page number stays") {
    CHECK(kept(U"发布日期\n2025-05-30\n浏览次数\n12\n", "2025-05-30"));
    CHECK(kept(U"| 年度 | 金额 |\n| 2023 | 15 |\n3/20\n| 2024 | 16 |\n", "3/20"));
  }
}

namespace {

// A total whose sentence ends exactly at the wrap width (24 characters), then its breakdown on
// the next line, then the rest of the report wrapped as usual.
std::u32string total_then_breakdown(const std::u32string& opener) {
  const std::u32string total =
      U"1-6月，全县一般公共预算收入累计完成36520万元，完成年初预算数81200万元的45.0%，比上年增收2310万元，增长6.8%，好于全市。";
  std::u32string text = U"一、一般公共预算收支情况\n";
  for (std::size_t i = 0; i < total.size(); i += 24) text += total.substr(i, 24) + U"\n";
  text += wrap_whole_numbers(opener + U"税收收入21480万元，比上年增收3120万元，增长17.0%；非税收入15040万元，比上年减收810万元，下降5.1%。", 24);
  return text + wrap_whole_numbers(U"全县一般公共预算支出累计完成98760万元，完成预算数203400万元的48.6%，比上年减支4120万元，下降4.0%，主要是基建项目减少。", 24);
}

}  // namespace

TEST_CASE("a breakdown's 其中 after a sentence that ended at the wrap width stays with its total") {
  std::u32string text = total_then_breakdown(U"其中：");
  CHECK(repair_pdf_text(text).text.find(U"好于全市。其中：税收收入") != std::u32string::npos);
  std::string utf8 = to_utf8(text);
  CHECK(alarms(utf8, "R01") == 0);
  CHECK(alarms(replaced(utf8, "15040", "15140"), "R01") == 1);  // 21480 + 15140 ≠ 36520
  // Near miss: a full line that ends its sentence before an ordinary one keeps its break.
  CHECK(repair_pdf_text(total_then_breakdown(U"")).text.find(U"好于全市。\n税收收入") != std::u32string::npos);
}

TEST_CASE("a short report joins the breaks no writer makes, even where it is not PDF-like") {
  // Only one paragraph is long enough to wrap: the rest of the report keeps its lines.
  std::string text =
      "二、收入支出决算总体情况说明\n2024年度收、支总计1650.20万元。与2023年相比，收、支总计各减少\n"
      "5.12万元，下降0.31%。主要原因是项目减少。\n";
  CHECK(alarms(text, "R26") == 0);
  CHECK(alarms(replaced(text, "0.31%", "0.45%"), "R26") == 1);  // 5.12 ÷ (1650.20 + 5.12) = 0.31%
  // A line that opens with "；" or "、" is the rest of the line before.
  auto r = repair_pdf_text(U"三、机构设置\n共设办公室、财务科\n、人事科3个内设机构；下设服务中心1个\n；另有退休人员12人。\n");
  CHECK(r.text == U"三、机构设置\n共设办公室、财务科、人事科3个内设机构；下设服务中心1个；另有退休人员12人。\n");
  // Near miss: a table of one cell a line keeps its breaks.
  CHECK_FALSE(repair_pdf_text(U"项目\n基本支出\n5.12\n万元\n").changed);
}

TEST_CASE("a word waiting for its figure joins the next line's figure with its thousands spaced") {
  std::string text = "二、政府采购预算情况说明\n2025年政府采购预算5 318 657.73元，同比增加\n1 322 394.96元，增长33.09%。\n";
  CHECK(alarms(text, "R26") == 0);
  // 1322394.96 ÷ (5318657.73 − 1322394.96) = 33.09%, not 35.09%.
  CHECK(alarms(replaced(text, "33.09%", "35.09%"), "R26") == 1);
  // Near miss: two spaced figures a line, no clause mark after the figure: table cells.
  CHECK_FALSE(repair_pdf_text(U"项目名称\n1 322 394.96 5 318 657.73\n").changed);
}

TEST_CASE("a space at a PDF break beside a figure stays: thousands groups and cells are not glued") {
  // Wrapped at 28 characters, the breaks fall inside "2 214 806.3" and "1 120 000" at their
  // grouping spaces; glued, "1 120" + " 000" would read as 1 and 120000.
  const std::u32string para =
      U"（一）一般公共预算支出按功能分类科目划分。机构运行2 214 806.3元，其中：基本支出2 214 806.3元，项目支出0元，主要用于单位日常运转；"
      U"科技活动支出1 356 220.5元，其中：基本支出1 120 000元，项目支出236 220.5元，主要用于课题研究和成果推广；"
      U"住房保障支出421 318元，其中：住房公积金260 118元，提租补贴161 200元，主要用于职工住房保障。";
  std::u32string pdf = wrap_whole_numbers(para, 28);
  REQUIRE(pdf.find(U"基本支出1 120\n 000元") != std::u32string::npos);
  CHECK(repair_pdf_text(pdf).text == para + U"\n");
  std::string utf8 = to_utf8(pdf);
  CHECK(alarms(utf8, "R01") == 0);
  CHECK(alarms(replaced(utf8, "236 220.5", "236 320.5"), "R01") >= 1);  // 1120000 + 236320.5 ≠ 1356220.5
  // Near miss: without grouping spaces no space is put in at a break.
  std::u32string plain;
  for (char32_t c : para)
    if (c != U' ') plain += c;
  CHECK(repair_pdf_text(wrap_whole_numbers(plain, 28)).text == plain + U"\n");
}

TEST_CASE("a short report with many short lines still joins its few wrapped paragraphs") {
  // Eighteen short lines of cells and headings, then one paragraph wrapped at 41: few lines of
  // the report are cut, but most of its prose is.
  std::u32string text =
      U"第一部分 单位概况\n一、单位主要职能\n二、机构设置情况\n单位名称：某某小学\n单位性质：事业单位\n"
      U"主管部门：某某教育局\n单位地址：某某镇18号\n联系电话：12345678\n填报人员：某某某某\n"
      U"预算级次：县级预算\n供给方式：全额保障\n核算方式：集中核算\n公开方式：网站公开\n"
      U"单位负责人：某某某\n财务负责人：某某某\n统计负责人：某某某\n审核负责人：某某某\n三、人员情况说明\n";
  const std::u32string para =
      U"机构人员当年变动情况及原因：2024年末在编在岗的教职工总人数62人，其中在职在编人员50人，特岗人员9人，三支一扶3人，退休教师另有40人。"
      U"学校共有教学班18个，在校学生760人，比上年减少35人，主要原因是适龄儿童减少以及部分学生随父母外出务工转学，学校按照上级要求"
      U"调整了教学班设置并优化了教师配备，确保各年级教学工作正常开展。";
  text += wrap(para, 41) + U"第二部分 单位决算情况说明\n";
  REQUIRE(text.find(U"其中在职在编\n人员50人") != std::u32string::npos);
  std::u32string repaired = repair_pdf_text(text).text;
  CHECK(repaired.find(para + U"\n") != std::u32string::npos);
  // Near miss: the cells and headings keep their lines.
  CHECK(repaired.find(U"单位名称：某某小学\n单位性质：事业单位\n") != std::u32string::npos);
  CHECK(repaired.find(U"确保各年级教学工作正常开展。\n第二部分") != std::u32string::npos);
}
