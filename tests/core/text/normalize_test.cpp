// The reading copy (text/normalize.h): spaces a PDF puts in numbers and words, soft line breaks
// joined by the state of the clause, page numbers and running headers dropped, table rows left
// alone — and every span still pointing into the user's text.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"
#include "text/normalize.h"

using namespace gouji;
using namespace gouji::test;

namespace {

nlohmann::json extracted(const std::string& utf8) { return extract_bytes(utf8, {})["documents"][0]; }

const nlohmann::json* by_value(const nlohmann::json& qs, const std::string& v) {
  for (const auto& q : qs)
    if (q["value"] == v) return &q;
  return nullptr;
}

// The original text a JSON span covers.
std::string original_at(const std::string& utf8, const nlohmann::json& span) {
  Text t = Text::from_utf8(utf8);
  std::size_t b = span["start"], e = span["end"];  // UTF-16 = code points here (all BMP)
  return t.utf8(b, e);
}

std::string normalised(const std::string& utf8) {
  auto r = normalize_text(from_utf8_lossy(utf8));
  return r.changed ? to_utf8(r.text) : utf8;
}

}  // namespace

TEST_CASE("normalise: a space between a number and its 年/月/日, unit or % goes; the year reads as a year") {
  std::string s = "2022 年本年一般公共预算基本支出 731520.48 元,占比 7.00 %。在编职工 3 162 人,下达资金 45 . 5 万元。\n";
  auto doc = extracted(s);
  const auto& qs = doc["quantities"];
  CHECK(by_value(qs, "2022") == nullptr);  // a year, not a quantity
  const auto* basic = by_value(qs, "731520.48");
  REQUIRE(basic != nullptr);
  CHECK((*basic)["label"] == "一般公共预算基本支出");
  CHECK((*basic)["unit"] == "元");
  CHECK(original_at(s, (*basic)["span"]) == "731520.48 元");  // the span covers what was written
  const auto* pct = by_value(qs, "7");
  REQUIRE(pct != nullptr);
  CHECK((*pct)["kind"] == "percent");
  const auto* staff = by_value(qs, "3162");
  REQUIRE(staff != nullptr);
  CHECK((*staff)["kind"] == "persons");
  const auto* funds = by_value(qs, "45.5");
  REQUIRE(funds != nullptr);
  CHECK((*funds)["unit"] == "万元");
  CHECK(original_at(s, (*funds)["span"]) == "45 . 5 万元");
  bool space_run = false;
  for (const auto& n : doc["normalised"]) space_run |= n["kind"] == "space" && n["text"] == "2 年";
  CHECK(space_run);
}

TEST_CASE("normalise: a measure word spaced from its figure is its unit (5 个乡镇), a row number before 个人… is not") {
  std::string s = "本局共设办公室、财务科、规划科、执法大队4 个内设机构，覆盖3 家下属单位。\n";
  CHECK(alarms(s, "R60") == 0);
  CHECK(alarms(replaced(s, "4 个", "5 个"), "R60") == 1);  // only read as a count once the space goes
  auto doc = extracted(replaced(s, "4 个", "5 个"));
  bool spaced = false;
  for (const auto& n : doc["normalised"]) spaced |= n["kind"] == "space" && n["text"] == "5 个";
  CHECK(spaced);
  // "12 个人缴费": row 12 before its label, the space stays.
  auto row = extracted("序号 项目 金额\n12 个人缴费 35.60\n13 单位缴费 71.20\n");
  for (const auto& n : row["normalised"]) CHECK(n["text"] != "2 个");
}

TEST_CASE("normalise: full-width figures (１２.３９万元, ４.６８％) read as half-width, spans on what was written") {
  std::string half = "公务接待费支出12.00万元，较上年减少0.60万元，下降4.76%。\n";
  std::string wide = "公务接待费支出１２．００万元，较上年减少０．６０万元，下降４．７６％。\n";
  CHECK(alarms(half, "R26") == 0);
  CHECK(alarms(wide, "R26") == 0);
  CHECK(alarms(replaced(wide, "４．７６", "５．７６"), "R26") == 1);
  auto doc = extracted(wide);
  const auto* level = by_value(doc["quantities"], "12");
  REQUIRE(level != nullptr);
  CHECK((*level)["unit"] == "万元");
  CHECK(original_at(wide, (*level)["span"]) == "１２．００万元");
  bool width_run = false;
  for (const auto& n : doc["normalised"]) width_run |= n["kind"] == "width";
  CHECK(width_run);
}

TEST_CASE("normalise: dates spaced by a PDF read whole; two spaces elsewhere part table cells and stay") {
  CHECK(normalised("报告日期:2019 年3 月 8  日\n") == "报告日期:2019年3月8日\n");
  CHECK(normalised("资金  85  万元\n") == "资金  85  万元\n");
  CHECK(normalised("2960 105\n") == "2960 105\n");       // two figures, no unit
  CHECK(normalised("完成 100 项目建设\n") == "完成 100 项目建设\n");  // 项 starts a word here
  // A row number before the next row's label is no date: "27 年初结转和结余 28".
  CHECK(normalised("使用非财政拨款结余 27 年初结转和结余 28\n") == "使用非财政拨款结余 27 年初结转和结余 28\n");
  CHECK(normalised("为期 3 年,共投入 15 万元\n") == "为期 3年,共投入 15万元\n");
}

TEST_CASE("normalise: a letter-spaced heading or label reads as one word; one-character cells do not") {
  auto doc = extracted("二、绩 效 目 标 完 成 情 况\n本项目运行良好。\n");
  REQUIRE(doc["headings"].size() >= 1);
  CHECK(doc["headings"][0]["title"] == "绩效目标完成情况");
  CHECK(normalised("合 计 56.3 万元\n") == "合计 56.3万元\n");
  CHECK(normalised("是否达标 是 否 是\n") == "是否达标 是 否 是\n");
  CHECK(normalised("单 位 名 称  市档案馆\n") == "单位名称  市档案馆\n");
  CHECK(normalised("人 员\n") == "人 员\n");  // two characters not known as a label: maybe two cells
  // A spaced run starts only at a character no Han character precedes: 体 is passed over, 目 starts.
  CHECK(normalised("总体 目 标 完 成\n") == "总体 目标完成\n");
  // The scan jumps from gap to gap: a gap first and last in the text, runs right after one.
  CHECK(normalised(" 合 计 56.3 万元 \n") == " 合计 56.3万元 \n");
  CHECK(normalised("项 目 基 本 概 况 3 年") == "项目基本概况 3年");
  std::string long_run;  // a spaced run longer than any heading is not one word
  for (int k = 0; k < 45; ++k) long_run += "档 ";
  CHECK(normalised(long_run + "\n") == long_run + "\n");
}

namespace {

// A justified PDF page: lines cut by width, so lines full of half-width figures hold more
// characters. Written for the test (other department, other numbers).
const std::string kPage =
    "2024 年部门收支总预算 2,310,774.85 元。收入包括:一般公共\n"
    "预算拨款 2,310,774.85 元。支出包括:教育支出 1,905,311.02 元、\n"
    "社会保障和就业支出 201,455.17 元、卫生健康支出 96,210.36\n"
    "元、住房保障支出 107,798.30 元。\n"
    "(一)教育支出类科目 1,905,311.02 元,占支出总预\n"
    "算82.45 %,同比增加 300,102.55 元,增长 18.70 %。\n"
    "(二)卫生健康支出类科目 96,210.36 元,占支出总预\n"
    "算4.16 %,同比减少 3,020.11 元,下降 3.04 %。\n"
    "四、一般公共预算支出情况说明\n"
    "2024 年本年一般公共预算支出 2,310,774.85 元,同比\n"
    "增加 285,511.40 元,增长 14.10 %,主要原因是人员经费增加\n"
    "和项目支出调整。\n";

}  // namespace

TEST_CASE("normalise: a line that stops mid-clause joins the next, whatever its width in characters") {
  std::string s = "12\n" + kPage + "13\n" + kPage;
  auto doc = extracted(s);
  const auto* share = by_value(doc["quantities"], "82.45");
  REQUIRE(share != nullptr);
  CHECK((*share)["label"] == "占支出总预算");  // not "算": the label was cut by the line break
  const auto* cut = by_value(doc["quantities"], "96210.36");
  REQUIRE(cut != nullptr);
  CHECK((*cut)["unit"] == "元");  // number and unit on two lines
  // The span of a joined label still covers the original, line break included.
  CHECK(original_at(s, (*share)["label_span"]).find("占支出总预\n算") != std::string::npos);
  std::size_t joins = 0, dropped = 0;
  for (const auto& n : doc["normalised"]) {
    joins += n["kind"] == "join";
    dropped += n["kind"] == "dropped-line";
  }
  CHECK(joins >= 8);
  CHECK(dropped == 2);  // the page numbers 12 and 13
  // Headings and paragraph ends keep their breaks.
  CHECK(normalised(s).find("\n四、一般公共预算支出情况说明\n2024年") != std::string::npos);
  // A list of titles ("五、2024年…表") keeps one title a line, however wide each is.
  std::string titles = s + "五、2024年全市政府性基金预算收入支出执行情况明细表\n六、2025年全市政府性基金预算收入支出安排情况明细表\n" + kPage;
  CHECK(normalised(titles).find("明细表\n六、2025年") != std::string::npos);
}

TEST_CASE("normalise: table rows keep their line breaks — pipes, lone pipes, tabs, one cell a line") {
  std::string pipes =
      "项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
      "年度资金总额 | 120 | 118.5 | 110.2 | 93.00% |\n"
      "其中:本年财政拨款 | 120 | 118.5 | 110.2 | 93.00% |\n";
  std::string lone = "计划安排资金\n|\n85\n|\n实际到位资金\n|\n85\n|\n";
  std::string tabs = "科目\t预算数\t决算数\n教育支出\t45.2\t44.9\n";
  std::string page = kPage + kPage;  // makes the document PDF-like around the tables
  for (const std::string& table : {pipes, lone, tabs}) {
    std::string s = page + table + page;
    std::string n = normalised(s);
    CHECK(n.find(table.substr(0, table.find('\n') + 1)) != std::string::npos);
    for (std::size_t b = 0, e; (e = table.find('\n', b)) != std::string::npos; b = e + 1) {
      std::string row = table.substr(b, e - b);
      // Each row still stands on its own line.
      CHECK(n.find("\n" + row + "\n") != std::string::npos);
    }
  }
}

TEST_CASE("normalise: a Word paste is read as it is (no copy, no runs)") {
  auto r = normalize_text(from_utf8_lossy(
      "一、部门基本情况\n本部门2023年决算收入856.21万元，其中财政拨款收入800万元。\n二、绩效目标\n全年完成培训12次。\n"));
  CHECK_FALSE(r.changed);
  CHECK(r.runs.empty());
}
