// Bad and hostile input through the real entry points (analyze_bytes / analyze_text): what the
// user sees (the exact message), and that huge or pathological inputs finish with findings that
// scale with the input. No timing assertions: speed is bench/run.sh's job.
//
// Sizes: the cases run at the sizes named below in optimised builds; under the sanitizers (the
// asan preset: Debug + ASan + UBSan, 10–30× slower) they run at a tenth of that, which is enough
// to catch memory errors and keeps CI within its budget.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "analyze.h"
#include "docx/docx_reader.h"
#include "docx/zip_builder.h"
#include "numbers/number_reader.h"
#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr std::size_t kScale = 10;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr std::size_t kScale = 10;
#else
constexpr std::size_t kScale = 1;
#endif
#else
constexpr std::size_t kScale = 1;
#endif

const std::string kE02 = "这不是文本文件（看起来是二进制文件），无法检查。请粘贴报告文字，或上传 .txt / .docx 文件。";
const std::string kE02en = "This is not a text file (it looks binary), so it cannot be checked. Paste the report text or upload a .txt / .docx file.";
const std::string kE03 = "输入为空：没有可检查的文字。";
const std::string kE03en = "The input is empty: there is no text to check.";

std::string e01(std::size_t n, const std::string& encoding) {
  return "输入含 " + std::to_string(n) + " 处无法识别的字节（编码按 " + encoding + " 识别），已替换为 �；其余文字照常检查。";
}

// The only finding of `d`, which must be `rule` with message `zh`.
void only_finding(const AnalyzedDocument& d, const std::string& rule, const std::string& zh) {
  REQUIRE(d.result.findings.size() == 1);
  CHECK(d.result.findings[0].rule == rule);
  CHECK(d.result.findings[0].message.zh == zh);
}

std::map<std::string, std::size_t> by_rule(const AnalyzedDocument& d) {
  std::map<std::string, std::size_t> m;
  for (const auto& f : d.result.findings)
    if (!is_cap_note(f)) ++m[f.rule];
  for (const auto& [rule, n] : d.result.findings_not_listed) m[rule] += n;  // past the per-rule cap
  return m;
}

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

// The report pair used as "a report": both corpus reports, one after the other.
std::string corpus_pair() { return corpus("000_f7b65649e50663dd.txt") + "\n" + corpus("002_338b5f6c825fc8b7.txt") + "\n"; }

}  // namespace

TEST_CASE("hostile: empty and blank input is E03 (info), in both languages") {
  for (const std::string in : {std::string(), std::string(" "), std::string(" \n\t\r\n\xe3\x80\x80  \n\n")}) {
    auto d = analyze_bytes(in, {});
    only_finding(d, "E03", kE03);
    CHECK(d.result.findings[0].message.en == kE03en);
    CHECK(d.result.findings[0].severity == Severity::Info);
    CHECK(d.result.findings[0].spans.empty());
    CHECK(analyze_text(in, {}).result.findings[0].rule == "E03");
  }
}

TEST_CASE("hostile: PNG, EXE and a ZIP that is not a .docx are E02 (error)") {
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xff" "a", 33);
  for (int i = 0; i < 256; ++i) png += static_cast<char>((i * 37) & 0xFF);
  std::string exe("MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0\xb8\0\0\0\0\0\0\0@", 25);
  exe += std::string(35, '\0') + "PE\0\0L\x01\x03\0" + std::string(200, '\0');
  std::string zip = make_zip({{"readme.txt", "收入10万元，其中A 4万元、B 5万元。"}, {"data/sheet.xml", "<x/>"}});
  for (const auto& bytes : {png, exe, zip}) {
    auto d = analyze_bytes(bytes, {});
    only_finding(d, "E02", kE02);
    CHECK(d.result.findings[0].message.en == kE02en);
    CHECK(d.result.findings[0].severity == Severity::Error);
    // The JSON still has the envelope every face expects.
    auto j = report_json({d}, Lang::Zh);
    CHECK(j["documents"][0]["findings"][0]["line"] == 1);
  }
}

TEST_CASE("hostile: invalid UTF-8 is E01 (warning) and the rest is still checked") {
  std::string in = "收入10万元，其中A 4万元、B 5万元。\xff\xfe\xc3\n";
  auto d = analyze_bytes(in, {});
  auto e = with_rule(d, "E01");
  REQUIRE(e.size() == 1);
  CHECK(e[0]->message.zh == e01(3, "utf-8"));
  CHECK(e[0]->severity == Severity::Warning);
  REQUIRE(e[0]->spans.size() == 3);
  CHECK(span_text(d, e[0]->spans[0]) == "�");
  CHECK(with_rule(d, "R01").size() == 1);  // 4 + 5 ≠ 10
  // Many invalid bytes: the count is exact, the spans stop at 20.
  auto many = analyze_bytes(repeat("收入\xff", 5000), {});
  CHECK(with_rule(many, "E01")[0]->message.zh == e01(5000, "utf-8"));
  CHECK(with_rule(many, "E01")[0]->spans.size() == 20);
}

TEST_CASE("hostile: mixed encodings — the majority encoding wins, the minority is flagged") {
  std::string shigu = corpus("000_f7b65649e50663dd.txt");
  const std::string gbk_line = "\xd6\xa7\xb3\xf6" "5" "\xcd\xf2\xd4\xaa\xa1\xa3\n";  // 支出5万元。 in GBK
  auto d = analyze_bytes(shigu + gbk_line, {});
  CHECK(d.result.encoding == "utf-8");
  REQUIRE(with_rule(d, "E01").size() == 1);
  CHECK(with_rule(d, "E01")[0]->message.zh == e01(6, "utf-8"));  // D6 A7 happens to be valid UTF-8
  // The UTF-8 part is checked as usual: the same R01 findings as the report on its own.
  const auto alone = with_rule(analyze_bytes(shigu, {}), "R01").size();
  CHECK(alone > 0);
  CHECK(with_rule(d, "R01").size() == alone);
}

TEST_CASE("hostile: a 50 MB report finishes and its findings scale with its size") {
  const std::string unit = corpus_pair();
  REQUIRE(unit.size() > 30000);
  auto one = by_rule(analyze_text(unit, {}));
  auto two = by_rule(analyze_text(unit + unit, {}));
  auto three = by_rule(analyze_text(unit + unit + unit, {}));
  REQUIRE(!one.empty());
  for (const auto& [rule, n] : three) CHECK_MESSAGE(n - two[rule] == two[rule] - one[rule], rule);  // linear

  const std::size_t copies = (50u << 20) / kScale / unit.size() + 1;  // ≥ 50 MB (5 MB sanitized)
  std::string big = repeat(unit, copies);
  MESSAGE("report of " << big.size() / 1048576.0 << " MB (" << copies << " copies)");
  auto d = analyze_bytes(big, {});
  big = std::string();
  CHECK(d.result.encoding == "utf-8");
  auto got = by_rule(d);
  for (const auto& [rule, n] : one) {
    std::size_t per_copy = two[rule] - n;
    CHECK_MESSAGE(got[rule] == n + (copies - 1) * per_copy, rule);
  }
  CHECK(got.count("E01") == 0);
  CHECK(got.count("E02") == 0);
}

TEST_CASE("hostile: a 1 MB line without a break") {
  // The same faulty sentence, over and over, on one line: one R01 per sentence.
  const std::string sentence = "收入10万元，其中A 4万元、B 5万元。";
  std::size_t n = (1u << 20) / kScale / sentence.size();
  auto d = analyze_text(repeat(sentence, n), {});
  CHECK(fired(d, "R01") == n);
  CHECK(with_rule(d, "R01").size() == kFindingsPerRule + 1);  // listed up to the cap, then one note
  CHECK(d.text.line_col(d.text.size()).line == 1);
  // 1 MB of one character, no punctuation at all.
  auto flat = analyze_text(repeat("中", (1u << 20) / kScale / 3), {});
  CHECK(flat.result.findings.empty());
}

TEST_CASE("hostile: a 1 MB line of counts, colon lists and numbered points") {
  // Every count on one line: each is read without scanning back to the line's start.
  const std::string total = "专项资金项目共计3个，";
  std::size_t n = (1u << 20) / kScale / total.size();
  auto d = analyze_text(repeat(total, n), {});
  std::size_t same = 0;
  for (const auto& c : d.result.checked) same += c.rule == "R15" && c.result == "consistent";
  for (const auto& [rule, k] : d.result.checked.not_listed()) same += rule == "R15" ? k : 0;  // past the cap
  CHECK(same == n - 1);  // each restatement checked against the first
  // 名称：类型 items and 一是… points after one count, far more than any list holds.
  auto pairs = analyze_text("下设3个单位：" + repeat("甲局：行政单位、", n) + "。", {});
  CHECK(with_rule(pairs, "R60").empty());
  auto points = analyze_text("采取3项措施：" + repeat("一是加强管理；", n), {});
  CHECK(with_rule(points, "R60").size() <= 1);
}

TEST_CASE("hostile: a million numbers") {
  const std::size_t n = 1000000 / kScale;
  std::string s;
  s.reserve(n * 14);
  for (std::size_t i = 0; i < n; ++i) s += std::to_string(i) + ".5万元、";
  auto q = read_quantities(Text::from_utf8(s));
  CHECK(q.size() == n);
  auto d = analyze_text(s, {});  // finishes; nothing to reconcile
  CHECK(with_rule(d, "E01").empty());
  // One total and a million parts: one finding, its arithmetic spelled out.
  std::string sum = "支出合计1万元，其中" + repeat("A 1万元、", n / 10) + "。";
  auto big = analyze_text(sum, {});
  auto r01 = with_rule(big, "R01");
  REQUIRE(r01.size() == 1);
  CHECK(r01[0]->spans.size() == n / 10 + 1);
}

TEST_CASE("hostile: a hundred thousand headings, every one misnumbered") {
  // 一、三、一、三、…: each heading after the first is a numbering finding — R70 for the skip
  // (一 → 三), R71 for the restart (三 → 一: one style used for two levels).
  const std::size_t n = 100000 / kScale;
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += (i % 2 ? "三、标题" : "一、标题") + std::to_string(i) + "\n";
  auto d = analyze_text(s, {});
  CHECK(fired(d, "R70") == n / 2);
  CHECK(fired(d, "R70") + fired(d, "R71") == n - 1);
  // Well-numbered headings: none.
  std::string ok;
  const char* cn[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
  for (std::size_t i = 0; i < n; ++i) ok += std::string("（") + cn[i % 9] + "）标题\n";
  auto d2 = analyze_text(ok, {});
  CHECK(d2.result.findings.size() == with_rule(d2, "R71").size());
}

TEST_CASE("hostile: deeply nested and unbalanced brackets") {
  const std::size_t n = 100000 / kScale;
  std::string open = repeat("（", n), close = repeat("）", n);
  auto nested = analyze_text(open + "收入10万元，其中A 4万元、B 5万元。" + close, {});
  CHECK(with_rule(nested, "R01").size() == 1);
  CHECK(analyze_text(open, {}).result.findings.empty());
  CHECK(analyze_text(close + open, {}).result.findings.empty());
  CHECK(analyze_text(repeat("(", n) + "1" + repeat(")", n), {}).result.findings.empty());
  CHECK(analyze_text(repeat("【（“", n), {}).result.findings.empty());
}

TEST_CASE("hostile: .docx zip bombs are refused with E04") {
  const std::string kTooLarge = ".docx 文件解压后过大（超过 64 MB 或压缩比异常），已拒绝读取";
  // Ratio bomb: 20 MB of zeros in ~20 KB.
  auto ratio = analyze_bytes(make_zip({{"word/document.xml", std::string(20u << 20, '\0'), true, false, 9}}), {});
  only_finding(ratio, "E04", kTooLarge);
  CHECK(ratio.result.findings[0].severity == Severity::Error);
  CHECK(ratio.result.encoding == "docx");
  // Budget bomb: ordinary-looking XML (ratio under the limit) adding up to more than 64 MB.
  std::string para = "<w:p><w:r><w:t>" + repeat("收入10万元，其中A 4万元、B 5万元。", 4) + "</w:t></w:r></w:p>";
  std::string body = "<w:document><w:body>";
  while (body.size() < (70u << 20)) body += para;
  body += "</w:body></w:document>";
  auto budget = analyze_bytes(make_zip({{"word/document.xml", body, true, false, 1}}), {});
  only_finding(budget, "E04", kTooLarge);
}

TEST_CASE("hostile: malformed .docx files get a message, never a crash") {
  std::string good = make_docx(para("收入10万元，其中A 4万元、B 5万元。"));
  REQUIRE(with_rule(analyze_bytes(good, {}), "R01").size() == 1);
  // A bad CRC (one byte of the stored body flipped).
  std::string stored = make_docx(para("收入10万元"), "", /*deflate=*/false);
  std::size_t at = stored.find("收入");
  stored[at] = 'X';
  only_finding(analyze_bytes(stored, {}), "E04", ".docx 文件已损坏，无法读取");
  // Encrypted.
  only_finding(analyze_bytes(make_zip({{"word/document.xml", "<w:document/>", true, true}}), {}), "E04",
               ".docx 文件已加密，请先在 Word 中取消密码再上传");
  // Not XML at all inside: the body is malformed, and the message says so.
  only_finding(analyze_bytes(make_zip({{"word/document.xml", std::string("\0\1\2garbage<<<", 13)}}), {}), "E04",
               "无法读取 .docx：word/document.xml 格式错误（malformed tag）");
  // Truncated (a download cut short): a ZIP too damaged to list its parts is taken for the .docx
  // it most likely was, and the reader says why it cannot be read. A sound ZIP without
  // word/document.xml is some other archive: not text (E02).
  only_finding(analyze_bytes(good.substr(0, good.size() / 2), {}), "E04", ".docx 文件不完整（可能下载或复制时被截断）");
  only_finding(analyze_bytes(make_zip({{"word/other.xml", "<x/>"}}), {}), "E02", kE02);
  // Every prefix of a real .docx: some message, never a crash.
  std::string real = read_file(std::string(GOUJI_SOURCE_DIR) + "/tests/data/docx/libreoffice_sample.docx");
  REQUIRE(real.size() > 1000);
  for (std::size_t len = 0; len < real.size(); len += real.size() / (97 / kScale + 3)) {
    auto d = analyze_bytes(real.substr(0, len), {});
    CHECK(!d.result.findings.empty());
  }
}

TEST_CASE("hostile: XML entity expansion is never performed") {
  const std::string kRefused = "无法读取 .docx：DOCTYPE or entity declaration（文件可能被篡改）";
  auto doc = [](const std::string& prolog, const std::string& text) {
    return make_zip({{"word/document.xml", "<?xml version=\"1.0\"?>" + prolog +
                                               "<w:document><w:body><w:p><w:r><w:t>" + text +
                                               "</w:t></w:r></w:p></w:body></w:document>"}});
  };
  std::string laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">";
  for (int i = 1; i < 10; ++i)
    laughs += "<!ENTITY lol" + std::to_string(i) + " \"" + repeat("&lol" + (i > 1 ? std::to_string(i - 1) : "") + ";", 10) + "\">";
  laughs += "]>";
  only_finding(analyze_bytes(doc(laughs, "&lol9;"), {}), "E04", kRefused);
  // External entity (XXE): refused the same way, nothing is ever fetched or read.
  only_finding(analyze_bytes(doc("<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;"), {}), "E04", kRefused);
  // An undeclared entity reference without a DOCTYPE is kept as written, not expanded.
  auto kept = analyze_bytes(doc("", "收入&lol;10万元"), {});
  CHECK(kept.text.utf8(0, kept.text.size()).find("&lol;") != std::string::npos);
}

TEST_CASE("hostile: a megabyte of what the reading copy rewrites — letter-spacing, cell rows, pinyin, spaced units") {
  // Each shape on one line and line by line: every rewrite is local, so these finish like any
  // megabyte (a rescan from every character of a run would not).
  for (const std::string& unit : {std::string("項 目 "), std::string("是 否 "), std::string("預(yù)"),
                                  std::string("12 . 5 年 "), std::string("占支出总预\n|\n85\n")}) {
    std::string text = repeat(unit, (1u << 20) / kScale / unit.size());
    auto d = analyze_text(text, {});
    CHECK(d.text.size() > 0);
    for (const auto& f : d.result.findings)
      for (const auto& s : f.spans) CHECK(s.end <= d.text.size());
  }
}
