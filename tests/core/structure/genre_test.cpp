// The document's genre, its report year and whether it is an excerpt (structure/genre.cpp),
// as `gouji extract` shows them. Every text here is written for the test (other places, other
// numbers) in the shapes real pages have.
#include <doctest/doctest.h>

#include "analyze.h"
#include "structure/headings.h"

using namespace gouji;

namespace {

struct Kind {
  std::string genre;
  int year = 0;
  std::string genre_words, year_words;
  bool starts_mid = false, ends_cut = false;
};

Kind kind(const std::string& text) {
  auto doc = extract_bytes(text, {})["documents"][0];
  Kind k;
  k.genre = doc["genre"]["id"].get<std::string>();
  k.starts_mid = doc["genre"]["starts_mid_document"].get<bool>();
  k.ends_cut = doc["genre"]["ends_cut_short"].get<bool>();
  if (!doc["genre"]["evidence"].is_null()) k.genre_words = doc["genre"]["evidence"]["text"].get<std::string>();
  if (!doc["year"]["value"].is_null()) k.year = doc["year"]["value"].get<int>();
  if (!doc["year"]["evidence"].is_null()) k.year_words = doc["year"]["evidence"]["text"].get<std::string>();
  return k;
}

}  // namespace

TEST_CASE("genre and year: a department's whole-expenditure self-evaluation") {
  auto k = kind("青山区民政局2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n本局内设科室6个。\n");
  CHECK(k.genre == "dept_self_eval");
  CHECK(k.genre_words == "整体支出绩效");
  CHECK(k.year == 2023);
  CHECK(k.year_words == "2023年度");
}

TEST_CASE("genre: a title wrapped over two lines") {
  auto k = kind(" 2023年度白沙县民政局整体支出\n\n绩效自评报告\n\n一、部门概况\n本局内设科室5个。\n");
  CHECK(k.genre == "dept_self_eval");
  CHECK(k.genre_words == "整体支出");
  CHECK(k.year == 2023);
}

TEST_CASE("genre and year: a project self-evaluation under a portal's metadata lines") {
  auto k = kind("预算绩效管理\n发布日期：2024-04-10 来源：县水务局\n星河县2023年农村饮水安全项目支出绩效自评报告\n\n"
                "一、项目基本情况\n项目总投资320万元。\n");
  CHECK(k.genre == "project_self_eval");
  CHECK(k.year == 2023);
  // The portal's category line ("预算绩效管理") names no document, alone or joined to the next line.
  auto c = kind("预算绩效管理\n白沙县数据中心2024年度信息化运维项目绩效自评报告\n一、项目概况\n运维系统12套。\n");
  CHECK(c.genre == "project_self_eval");
  // A title wrapped after its year: "关于…2021年财政" / "预算执行情况和2022年财政预算草案的报告".
  auto w = kind("财政报告\n关于青溪区2021年财政\n预算执行情况和2022年财政预算草案的报告\n各位代表：\n");
  CHECK(w.genre == "fiscal_execution");
  CHECK(w.year == 2021);
}

TEST_CASE("genre and year: a 绩效自评表 on its own") {
  auto k = kind("项目支出绩效自评表\n（2022年度）\n项目名称\t乡村道路养护\n主管部门\t县交通局\n");
  CHECK(k.genre == "self_eval_table");
  CHECK(k.year == 2022);
}

TEST_CASE("genre and year: a third-party evaluation report") {
  auto k = kind("关于河口镇2022年度污水处理专项资金的第三方绩效评价报告\n\n受县财政局委托，我公司对该项目开展评价。\n");
  CHECK(k.genre == "third_party_eval");
  CHECK(k.year == 2022);
}

TEST_CASE("genre and year: a 部门决算 published the next year is a report on the year before") {
  // The publication line (公开时间) is not the report year; the TOC's section title is.
  auto k = kind("目录\n公开时间:2024年9月20日\n第一部分 单位概况\n第二部分 2023年度单位决算情况说明\n第三部分 名词解释\n"
                "第一部分 单位概况\n一、主要职责\n负责全镇农业技术推广。\n第二部分 2023年度单位决算情况说明\n"
                "一、收入支出决算总体情况说明\n2023年度收入总计500.00万元。\n");
  CHECK(k.genre == "dept_final_account");
  CHECK(k.year == 2023);
  CHECK(k.year_words == "2023年度");
}

TEST_CASE("genre and year: a 部门预算 explanation") {
  auto k = kind("红星街道办事处2025年部门预算情况说明\n\n一、收支总预算情况\n收支总预算860万元。\n");
  CHECK(k.genre == "dept_budget");
  CHECK(k.year == 2025);
}

TEST_CASE("genre and year: a county's budget execution report to its people's congress") {
  auto k = kind("关于柳溪县2023年预算执行情况和2024年预算草案的报告\n（2024年1月10日在柳溪县第九届人民代表大会第三次会议上）\n\n"
                "全县一般公共预算收入预计完成52000万元。\n");
  CHECK(k.genre == "fiscal_execution");
  CHECK(k.year == 2023);
  // Without the title, the vocabulary of a government's whole budget says the same.
  auto body = kind("一、2023年全县一般公共预算收支执行情况\n全县一般公共预算收入完成52000万元，其中税收收入31000万元，"
                   "非税收入21000万元；县级一般公共预算支出完成180000万元。\n");
  CHECK(body.genre == "fiscal_execution");
}

TEST_CASE("genre: a monthly execution report, also in traditional script (the period leads decide)") {
  auto k = kind("一、一般公共预算收支情况\n1-7月，全县一般公共预算收入累计完成21350万元，为年初预算的55.2%。\n"
                "1-7月，全县一般公共预算支出累计完成98760万元，同比增长3.1%。\n");
  CHECK(k.genre == "monthly_execution");
  CHECK(k.genre_words == "1-7月");
  auto t = kind("一、一般公共預算收支情況\n1-7月，全縣完成財政總收入8800萬元，占年初預算的51.0%。\n"
                "1-7月，全縣一般公共預算支出完成40210萬元。\n");
  CHECK(t.genre == "monthly_execution");
  // One "1-10月" statement in an annual self-evaluation does not make it a monthly report.
  auto annual = kind("平川县卫生健康局2024年度部门整体支出绩效自评报告\n一、部门基本情况\n1-10月，累计完成家庭医生签约1.2万人。\n");
  CHECK(annual.genre == "dept_self_eval");
}

TEST_CASE("genre and year: a 三公 note and a news item") {
  auto s = kind("桃李镇中心小学2022年度“三公”经费支出决算情况说明\n\n2022年“三公”经费支出3.2万元。\n");
  CHECK(s.genre == "sangong");
  CHECK(s.year == 2022);
  auto n = kind("本报讯（记者 张明）近日，东湖区财政局召开预算绩效管理工作会议，部署2024年重点评价项目。\n");
  CHECK(n.genre == "news");
}

TEST_CASE("no title, no vocabulary: genre unknown, year from the first lines as before") {
  auto k = kind("2024年，本单位共开展培训12次。\n");
  CHECK(k.genre == "unknown");
  CHECK(k.year == 2024);
  CHECK(kind("培训12次。\n").year == 0);
}

TEST_CASE("an excerpt that starts mid-document: a page number, a continuation, a first heading past 1") {
  CHECK(kind("8\n（二）项目支出预算2000元，主要用于设备购置。\n三、政府采购情况说明\n本单位无政府采购。\n").starts_mid);
  CHECK(kind("，主要用于办公设备购置。\n四、其他说明\n无。\n").starts_mid);
  CHECK(kind("比上年无变化。\n5.其他收入 0.00万元，为利息收入。\n").starts_mid);
  // （一） before a later 四、: the first-level heading of （一） stood on an earlier page.
  CHECK(kind("（一）教育支出210万元。\n（二）卫生支出35万元。\n四、政府采购说明\n无。\n").starts_mid);
  // A whole document: its title stands above its first heading (even when that heading is 二、).
  CHECK_FALSE(kind("绿水县林业局2023年度部门决算说明\n二、收入决算情况\n本年收入1000万元。\n").starts_mid);
  CHECK_FALSE(kind("一、基本情况\n本局共有职工30人。\n二、收支情况\n支出800万元。\n").starts_mid);
  CHECK_FALSE(kind("白沙县民政局2023年度部门整体支出绩效自评\n二、收支情况\n支出800万元。\n").starts_mid);
  // A caption above the first heading is not a title: "收入决算结构图" then "三、".
  CHECK(kind("2023年本年收入合计300万元，其中财政拨款收入200万元。\n收入决算结构图\n三、支出决算情况\n支出280万元。\n").starts_mid);
}

TEST_CASE("an excerpt cut short: a sentence without its end, or table headers with no body") {
  CHECK(kind("江南区文化馆2023年度项目支出绩效自评报告\n一、项目基本情况\n项目于3月开工。\n该项目用于开发公益").ends_cut);
  CHECK(kind("一、项目基本情况\n项目于3月开工，6月完工，共完成道路硬化2.1公里，惠及群众3000余人，主要用").ends_cut);
  CHECK(kind("一、项目基本情况\n项目概述。\n三、自评情况\n一级指标\n二级指标\n指标内容\n实际完成值\n项目\n").ends_cut);
  CHECK_FALSE(kind("一、项目基本情况\n项目已完工。\n").ends_cut);
  // A signature block closes a report without a full stop.
  CHECK_FALSE(kind("一、项目基本情况\n项目已完工。\n江南区文化馆\n2024年3月20日\n").ends_cut);
  // So does a 自评表 pasted last (its 总分 row).
  CHECK_FALSE(kind("一、项目基本情况\n项目已完工。\n总分\t\t100\t95\n").ends_cut);
}

TEST_CASE("a 目录 at the top is a table of contents, not headings that restart") {
  Text t = Text::from_utf8("目录\n第一部分 单位概况\n第二部分 2023年度单位决算情况说明\n第三部分 名词解释 12\n"
                           "第一部分 单位概况\n一、主要职责\n负责全镇农业技术推广。\n第二部分 2023年度单位决算情况说明\n"
                           "第三部分 名词解释\n");
  auto h = read_headings(t, {});
  std::size_t parts = 0;
  for (const auto& x : h) parts += x.style == MarkerStyle::Part;
  CHECK(parts == 3);
  REQUIRE(!h.empty());
  CHECK(h[0].line >= 5);  // the first heading is the body's 第一部分, not the 目录 entry
  // Not a 目录: numbering that does not run 1, 2, 3 before the restart.
  auto odd = read_headings(Text::from_utf8("一、标题\n三、标题\n一、标题\n"), {});
  CHECK(odd.size() == 3);
}

TEST_CASE("rows of a flattened 收入支出决算总表 (one cell a line) are not headings") {
  Text t = Text::from_utf8("一、一般公共预算财政拨款收入\n\n1\n\n380.20\n\n一、一般公共服务支出\n\n25\n\n300.10\n\n"
                           "二、政府性基金预算财政拨款收入\n\n2\n\n0.00\n\n二、教育支出\n\n26\n\n80.10\n\n三、科学");
  CHECK(read_headings(t, {}).empty());
  // A heading followed by its text stays a heading.
  CHECK(read_headings(Text::from_utf8("一、收入决算情况\n本年收入380.20万元。\n"), {}).size() == 1);
}

TEST_CASE("year: an untitled excerpt's year compared with is not its own") {
  // The excerpt opens inside a comparison ("较 2021 年度决算数"): the year compared with.
  auto k = kind("比无变化。\n4.其他收入 3.20 万,为利息收入。较 2021 年度决算数增加 1.10\n万元，主要原因是存款增加。\n");
  CHECK(k.year == 0);
  // Near miss: the year the excerpt states as its own comes after the compared one on its line.
  auto o = kind("4.其他收入 3.20 万,较 2021 年度决算数增加 1.10 万元。本单位 2022 年度总支出 86.5 万元。\n");
  CHECK(o.year == 2022);
  // And an untitled excerpt that opens with its own year keeps it.
  auto p = kind("2022年度收入决算数为86.5万元，较上年增加1.1万元。\n");
  CHECK(p.year == 2022);
}
