// The .docx body read as a tree (issue 16): misplaced table elements, unclosed fields, hidden
// and deleted text, old Office files, the text-size limit and entity runs.
#include <doctest/doctest.h>

#include "analyze.h"
#include "docx/docx_reader.h"
#include "docx/xml_scan.h"
#include "docx/zip_builder.h"

using namespace gouji;
using namespace gouji::test;

namespace {

DocxResult read_ok(const std::string& bytes) {
  DocxResult r;
  DocxError e;
  REQUIRE_MESSAGE(read_docx(bytes, r, e), e.en);
  return r;
}

std::string cell(const std::string& inner, const std::string& props = "") {
  return "<w:tc>" + (props.empty() ? "" : "<w:tcPr>" + props + "</w:tcPr>") + inner + "</w:tc>";
}

std::vector<std::string> rules(const AnalyzedDocument& d) {
  std::vector<std::string> out;
  for (const auto& f : d.result.findings) out.push_back(f.rule);
  return out;
}

bool has_note(const DocxResult& r, const std::string& word) {
  for (const auto& w : r.warnings)
    if (w.find(word) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("docx tree: a row inside a cell, then vMerge, neither crashes nor touches another table") {
  // The 208-byte file that crashed the event reader (SIGSEGV indexing a row without a cell).
  std::string crash = "<w:tbl><w:tr><w:tc><w:tr></w:tr><w:tcPr><w:vMerge/></w:tcPr></w:tc></w:tr></w:tbl>";
  DocxResult r = read_ok(make_docx(crash));
  CHECK(r.text == "\t\n");  // one row, one (continuation) cell; the stray row is said
  CHECK(r.warnings.size() == 1);
  // Every position of a stray w:tr / w:tc / vMerge / gridSpan around a real table.
  const char* parts[] = {"<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>", "<w:tcPr><w:vMerge/><w:gridSpan w:val=\"2\"/></w:tcPr>",
                         "<w:trPr><w:del/></w:trPr>", "<w:tbl>", "</w:tbl>", "<w:p><w:r><w:t>甲</w:t></w:r></w:p>"};
  for (const char* a : parts)
    for (const char* b : parts) {
      std::string body = "<w:tbl><w:tr>" + cell(std::string(a) + std::string(b) + para("乙")) + "</w:tr></w:tbl>";
      DocxResult out;
      DocxError e;
      read_docx(make_docx(body), out, e);  // mismatched tags are refused; the rest read
    }
}

TEST_CASE("docx tree: a stray row with a cell keeps the outer cell's text and says so") {
  std::string body = "<w:tbl><w:tr>" + cell(para("外一") + "<w:tr>" + cell(para("内")) + "</w:tr>" + para("外二")) +
                     cell(para("右")) + "</w:tr></w:tbl>";
  DocxResult r = read_ok(make_docx(body));
  CHECK(r.text == "\t外一\n\n内\n\n外二\n\t右\n");
  CHECK(has_note(r, "stray") == false);
  CHECK(has_note(r, "outside a table row"));
  // A well-formed table reports nothing.
  CHECK(read_ok(make_docx("<w:tbl><w:tr>" + cell(para("甲")) + "</w:tr></w:tbl>")).warnings.empty());
}

TEST_CASE("docx tree: nested tables and each cell's own merge marks") {
  std::string inner = "<w:tbl><w:tr>" + cell(para("内1")) + cell(para("内2"), "<w:vMerge/>") + "</w:tr></w:tbl>";
  std::string body = "<w:tbl><w:tr>" + cell(para("前") + inner + para("后")) + cell(para("并"), "<w:gridSpan w:val=\"2\"/>") +
                     "</w:tr><w:tr>" + cell(para("x"), "<w:vMerge w:val=\"restart\"/>") + cell(para("续"), "<w:vMerge/>") +
                     "</w:tr></w:tbl>";
  CHECK(read_ok(make_docx(body)).text == "\t前\n\n内1\n\n后\n\t并\n\n\tx\n\t\n");
}

TEST_CASE("docx tree: a field begun and never ended loses nothing after it") {
  std::string body = "<w:p><w:r><w:t>前</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                     "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>尾</w:t></w:r></w:p>" +
                     para("下一段收入10万元");
  DocxResult r = read_ok(make_docx(body));
  CHECK(r.text == "前尾\n\n下一段收入10万元\n");  // the instruction is dropped, the text kept
  CHECK(has_note(r, "without an end"));
  // A closed field keeps only its result, with no note.
  std::string ok = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>X</w:instrText></w:r>"
                   "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r>"
                   "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
  DocxResult o = read_ok(make_docx(ok));
  CHECK(o.text == "3\n");
  CHECK(o.warnings.empty());
}

TEST_CASE("docx tree: hidden and deleted text reach the reviewer as an E05 note") {
  std::string body = "<w:p><w:r><w:t>收入10万元</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>藏</w:t></w:r>"
                     "<w:del><w:r><w:delText>删</w:delText></w:r></w:del></w:p>";
  auto d = analyze_bytes(make_docx(body), {});
  REQUIRE(rules(d) == std::vector<std::string>{"E05"});
  CHECK(d.result.findings[0].severity == Severity::Info);
  CHECK(d.result.findings[0].message.zh.find("隐藏") != std::string::npos);
  CHECK(d.result.findings[0].message.zh.find("删除") != std::string::npos);
  CHECK(d.text.utf8(0, d.text.size()) == "收入10万元\n");
  // Broken numbering.xml is said too; a clean file has no E05.
  auto n = analyze_bytes(make_docx(para("收入10万元"), "<w:abstractNum>"), {});
  CHECK(rules(n) == std::vector<std::string>{"E05"});
  CHECK(rules(analyze_bytes(make_docx(para("收入10万元")), {})).empty());
}

TEST_CASE("docx tree: a password-protected .docx and an old .doc each get their own message") {
  auto ole = [](const std::string& stream) {
    std::string b("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    b += std::string(504, '\0');
    for (char c : stream) { b += c; b += '\0'; }
    return b + std::string(256, '\0');
  };
  auto enc = analyze_bytes(ole("EncryptedPackage"), {});
  REQUIRE(rules(enc) == std::vector<std::string>{"E04"});
  CHECK(enc.result.findings[0].message.zh.find("密码") != std::string::npos);
  auto doc = analyze_bytes(ole("WordDocument"), {});
  REQUIRE(rules(doc) == std::vector<std::string>{"E04"});
  CHECK(doc.result.findings[0].message.zh.find(".doc）") != std::string::npos);
  CHECK(doc.result.findings[0].message.zh.find("密码") == std::string::npos);
}

TEST_CASE("docx tree: 36 MB of text is under the 64 MB limit (each byte counted once)") {
  std::string run(1u << 20, 'a');
  std::string body;
  for (int i = 0; i < 36; ++i) body += para(run);
  std::string bytes = make_docx(body, "", /*deflate=*/false);
  body.clear();
  DocxResult r = read_ok(bytes);
  CHECK(r.text.size() == 36 * ((1u << 20) + 2) - 1);
}

TEST_CASE("docx tree: a megabyte of '&' without ';' decodes in one pass") {
  // Linear by construction: each '&' looks at most 12 bytes ahead for its ';'. Every '&' is kept.
  std::string amps(1u << 20, '&');
  std::string out = docx::decode_entities(amps + "&amp;");
  CHECK(out.size() == amps.size() + 1);
  CHECK(docx::decode_entities("&&&#x41;&lt&gt;") == "&&A&lt>");
  DocxResult r = read_ok(make_docx("<w:p><w:r><w:t>" + amps + "</w:t></w:r></w:p>", "", /*deflate=*/false));
  CHECK(r.text.size() == amps.size() + 1);
}
