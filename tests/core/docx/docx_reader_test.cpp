#include <doctest/doctest.h>

#include <algorithm>

#include "docx/docx_reader.h"
#include "docx/numbering.h"
#include "docx/zip_builder.h"
#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

std::string read(const std::string& bytes) {
  DocxResult r;
  DocxError e;
  REQUIRE_MESSAGE(read_docx(bytes, r, e), e.en);
  return r.text;
}

DocxError fail(const std::string& bytes) {
  DocxResult r;
  DocxError e;
  CHECK_FALSE(read_docx(bytes, r, e));
  return e;
}

// 一、 / （一） / 1. as Word stores them: numbering.xml levels, not text.
const std::string kNumbering =
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>"
    "<w:lvl w:ilvl=\"3\"><w:numFmt w:val=\"none\"/><w:lvlText w:val=\"\"/></w:lvl>"
    "</w:abstractNum><w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/></w:num>";

std::string numbered(const std::string& text, int ilvl) {
  return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) +
         "\"/><w:numId w:val=\"5\"/></w:numPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr><w:r><w:t>" + text +
         "</w:t></w:r></w:p>";
}

}  // namespace

TEST_CASE("docx: paragraphs read like a Word paste, with entities, tabs, breaks and runs joined") {
  std::string body = para("一、部门基本情况") +
                     "<w:p><w:r><w:t>收入</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">10万元 </w:t></w:r>"
                     "<w:r><w:tab/><w:t>A&amp;B &#x4E2D;&#25991;</w:t><w:br/><w:t>下一行</w:t></w:r></w:p>";
  CHECK(read(make_docx(body)) == "一、部门基本情况\n\n收入10万元 \tA&B 中文\n下一行\n");
  CHECK(read(make_docx(body, "", /*deflate=*/false)) == read(make_docx(body)));
}

TEST_CASE("docx: automatic numbering is rendered from numbering.xml") {
  std::string body = numbered("部门基本情况", 0) + numbered("部门职责", 1) + numbered("贯彻执行", 2) + numbered("负责", 2) +
                     numbered("机构设置", 1) + numbered("办公室", 2) + numbered("不编号", 3) + numbered("收支情况", 0) +
                     numbered("决算情况", 1);
  CHECK(read(make_docx(body, kNumbering)) ==
        "一、部门基本情况\n\n（一）部门职责\n\n1.贯彻执行\n\n2.负责\n\n（二）机构设置\n\n1.办公室\n\n不编号\n\n二、收支情况\n\n（一）决算情况\n");
  CHECK(docx::format_number(12, "chineseCounting") == "十二");
  CHECK(docx::format_number(20, "chineseCounting") == "二十");
  CHECK(docx::format_number(3, "decimalEnclosedCircle") == "③");
}

TEST_CASE("docx: tables become tab-prefixed cells; merged cells as Word pastes them") {
  auto tc = [](const std::string& t, const std::string& pr = "") { return "<w:tc><w:tcPr>" + pr + "</w:tcPr>" + para(t) + "</w:tc>"; };
  std::string table = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                      "<w:tr>" + tc("序号") + tc("项目") + "<w:tc>" + para("年初") + para("预算") + "</w:tc></w:tr>"
                      "<w:tr>" + tc("1", "<w:vMerge w:val=\"restart\"/>") + tc("养老服务") + tc("600.69") + "</w:tr>"
                      "<w:tr>" + tc("", "<w:vMerge/>") + tc("护理") + tc("") + "</w:tr>"
                      "<w:tr>" + tc("合  计", "<w:gridSpan w:val=\"2\"/>") + tc("600.69") + "</w:tr></w:tbl>";
  std::string text = read(make_docx(para("单位：万元") + table + para("三、下一节")));
  CHECK(text == "单位：万元\n\n\t序号\n\t项目\n\t年初\n\n预算\n\n\t1\n\t养老服务\n\t600.69\n\n\t\n\t护理\n\t\n\n\t合  计\n\t600.69\n\n\n三、下一节\n");
  // And the table reader rebuilds it, 合计 spanning two columns.
  auto doc = extract_bytes(make_docx(para("单位：万元") + table + para("三、下一节")), {})["documents"][0];
  REQUIRE(doc["tables"].size() == 1);
  CHECK(doc["tables"][0]["header"][2] == "年初预算");
  CHECK(doc["tables"][0]["total_row"] == 2);
  CHECK(doc["encoding"] == "docx");
}

TEST_CASE("docx: tracked deletions and field codes are skipped, insertions and field results kept") {
  std::string body = "<w:p><w:r><w:t>支出</w:t></w:r><w:del><w:r><w:delText>99</w:delText></w:r></w:del>"
                     "<w:ins><w:r><w:t>12.02</w:t></w:r></w:ins><w:r><w:t>万元</w:t></w:r>"
                     "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                     "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
  CHECK(read(make_docx(body)) == "支出12.02万元3\n");
}

TEST_CASE("docx: a .docx and its pasted text give the same findings") {
  std::string pasted = corpus("000_f7b65649e50663dd.txt");
  // Lines 64–75 of report 000, one w:p per non-empty line.
  std::vector<std::string> lines;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= pasted.size(); ++i)
    if (i == pasted.size() || pasted[i] == '\n') { lines.push_back(pasted.substr(b, i - b)); b = i + 1; }
  std::string body, text;
  for (std::size_t l = 63; l < 75; ++l) {
    if (lines[l].empty()) continue;
    body += para(lines[l]);
    text += lines[l] + "\n\n";
  }
  auto from_docx = analyze_bytes(make_docx(body), {});
  auto from_text = analyze_text(text, {});
  REQUIRE(from_docx.result.findings.size() == from_text.result.findings.size());
  for (std::size_t i = 0; i < from_text.result.findings.size(); ++i) {
    CHECK(from_docx.result.findings[i].rule == from_text.result.findings[i].rule);
    CHECK(from_docx.result.findings[i].message.zh == from_text.result.findings[i].message.zh);
  }
  CHECK(with_rule(from_docx, "R01").size() == 2);
}

TEST_CASE("docx: hostile and broken files are refused with a clear message, never a crash") {
  // Billion laughs: entity declarations are never expanded.
  std::string bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                     "<w:document><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>";
  CHECK(fail(make_zip({{"word/document.xml", bomb}})).zh.find("DOCTYPE") != std::string::npos);
  // Zip bomb: 300 MB of zeros deflates to ~300 KB; refused at the 64 MB budget.
  std::string zeros(300u << 20, '\0');
  std::string zbomb = make_zip({{"word/document.xml", zeros, true, false, 9}});
  zeros.clear();
  zeros.shrink_to_fit();
  CHECK(fail(zbomb).zh.find("过大") != std::string::npos);
  CHECK(fail(make_zip({{"word/other.xml", "<x/>"}})).en.find("document.xml") != std::string::npos);
  std::string ok = make_docx(para("收入10万元"));
  CHECK(fail(ok.substr(0, ok.size() / 2)).en.size() > 0);
  CHECK(fail("not a zip at all").zh.find("ZIP") != std::string::npos);
  CHECK(fail(make_zip({{"word/document.xml", "<w:document/>", true, true}})).zh.find("加密") != std::string::npos);
  std::string deep = "<w:document><w:body>" + std::string(100000, '<') + "</w:body></w:document>";
  DocxResult r;
  DocxError e;
  read_docx(make_zip({{"word/document.xml", deep}}), r, e);  // must return, whatever it decides
  // Through the pipeline: a broken .docx is an E04 error finding, not a crash and not "binary".
  auto d = analyze_bytes(zbomb, {});
  REQUIRE(d.result.findings.size() == 1);
  CHECK(d.result.findings[0].rule == "E04");
  CHECK(d.result.findings[0].severity == Severity::Error);
}

TEST_CASE("docx: a file written by LibreOffice reads like its pasted twin, numbering included") {
  std::string dir = std::string(GOUJI_SOURCE_DIR) + "/tests/data/docx/";
  auto from_docx = analyze_bytes(read_file(dir + "libreoffice_sample.docx"), {});
  auto from_paste = analyze_bytes(read_file(dir + "libreoffice_sample.pasted.txt"), {});
  CHECK(from_docx.result.encoding == "docx");
  std::vector<std::string> a, b;
  for (const auto& f : from_docx.result.findings) a.push_back(f.rule + " " + f.message.zh);
  for (const auto& f : from_paste.result.findings) b.push_back(f.rule + " " + f.message.zh);
  CHECK(a == b);
  CHECK(a.size() >= 3);
  std::string text = from_docx.text.utf8(0, from_docx.text.size());
  // The list numbers exist only in numbering.xml; LibreOffice keeps the HTML's trailing space.
  CHECK(text.find("\n1.细化预算编制工作。") != std::string::npos);
  CHECK(text.find("\n2.加强财务管理。") != std::string::npos);
}

TEST_CASE("docx: the LibreOffice file gives the same quantities, headings and tables as its pasted twin") {
  std::string dir = std::string(GOUJI_SOURCE_DIR) + "/tests/data/docx/";
  auto a = extract_bytes(read_file(dir + "libreoffice_sample.docx"), {})["documents"][0];
  auto b = extract_bytes(read_file(dir + "libreoffice_sample.pasted.txt"), {})["documents"][0];
  // Offsets and line numbers differ (LibreOffice keeps a trailing space and writes one more blank
  // line after the table than the paste has, and collapses "合  计" to "合 计" as HTML does);
  // what was read must not.
  auto strip = [](nlohmann::json j) {
    for (auto& x : j) {
      x.erase("span");
      x.erase("label_span");
      x.erase("line");
      if (x.contains("rows"))
        for (auto& r : x["rows"])
          for (auto& c : r) {
            c.erase("span");
            std::string t = c["text"];
            t.erase(std::remove(t.begin(), t.end(), ' '), t.end());
            c["text"] = t;
          }
    }
    return j;
  };
  REQUIRE(a["quantities"].size() == b["quantities"].size());
  CHECK(a["quantities"].size() >= 15);
  for (std::size_t i = 0; i < a["quantities"].size(); ++i) {
    INFO("quantity " << i << ": " << b["quantities"][i]["text"].get<std::string>());
    for (const char* k : {"text", "value", "unit", "kind", "label", "approx", "comparator"})
      CHECK(a["quantities"][i][k] == b["quantities"][i][k]);
  }
  CHECK(strip(a["headings"]) == strip(b["headings"]));
  REQUIRE(a["headings"].size() >= 3);
  CHECK(a["headings"][0]["marker"] == "二、");
  CHECK(strip(a["tables"]) == strip(b["tables"]));
  REQUIRE(a["tables"].size() == 1);
  CHECK(a["tables"][0]["unit"] == "万元");
  CHECK(a["tables"][0]["header"][2] == "年初预算");
  // A table cell's number takes the table's unit and is named by its row and column; 序号 is not one.
  bool cell_seen = false;
  for (const auto& q : a["quantities"]) {
    if (q["text"] == "600.69") {
      cell_seen = true;
      CHECK(q["unit"] == "万元");
      CHECK(q["label"] == "养老服务·年初预算");
    }
    CHECK_FALSE((q["label"].get<std::string>().find("序号") != std::string::npos));
  }
  CHECK(cell_seen);
}
