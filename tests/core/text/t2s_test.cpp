// 繁体 and mirror-site text read as 简体 (text/t2s.h from opencc at build time, text/script.cpp):
// the same quantities and findings as the simplified twin, spans and quotes as written.
#include <doctest/doctest.h>

#include <dirent.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "test_support.h"
#include "text/normalize.h"
#include "text/t2s.h"

using namespace gouji;
using namespace gouji::test;

namespace {

nlohmann::json extracted(const std::string& utf8) { return extract_bytes(utf8, {})["documents"][0]; }

std::string simplified_twin(const std::string& utf8) {
  std::u32string s = from_utf8_lossy(utf8);
  for (auto& c : s) c = to_simplified(c);
  return to_utf8(s);
}

// Value, unit, kind and label of every quantity: what a check reads (the label as it reads, not
// as it is written: extract shows a 繁体 label in 繁体).
std::vector<std::string> readings(const nlohmann::json& doc) {
  std::vector<std::string> out;
  for (const auto& q : doc["quantities"])
    out.push_back(q["value"].get<std::string>() + "|" + q["unit"].get<std::string>() + "|" + q["kind"].get<std::string>() +
                  "|" + simplified_twin(q["label"].get<std::string>()));
  return out;
}

std::vector<std::string> findings(const AnalyzedDocument& d) {
  std::vector<std::string> out;
  for (const auto& f : d.result.findings)
    out.push_back(f.rule + "|" + std::string(severity_name(f.severity)) + "|" + simplified_twin(f.expected));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("t2s: the generated table reads units, keywords and labels; one code point for one") {
  CHECK(to_simplified(U'萬') == U'万');
  CHECK(to_simplified(U'億') == U'亿');
  CHECK(to_simplified(U'預') == U'预');
  CHECK(to_simplified(U'決') == U'决');
  CHECK(to_simplified(U'項') == U'项');
  CHECK(to_simplified(U'與') == U'与');
  CHECK(to_simplified(U'為') == U'为');
  CHECK(to_simplified(U'撥') == U'拨');
  CHECK(to_simplified(U'预') == U'预');  // already simplified
  CHECK(to_simplified(U'7') == U'7');
  CHECK_FALSE(is_traditional(U'元'));
  // The table is stored delta-coded: its first and last entries (Debian's opencc) pin the expansion.
  CHECK(to_simplified(U'\u346F') == U'\u3454');
  CHECK(to_simplified(U'\u9FD3') == U'\u9FD2');
  CHECK_FALSE(is_traditional(U'\u9FD4'));
}

TEST_CASE("t2s: a 繁体 sentence reads the same quantities as its 简体 twin; spans stay on the 繁体") {
  const std::string trad =
      "2021年度,本中心收入為2315.08萬元,其中:財政撥款收入2106.4萬元,事業收入208.68萬元。"
      "項目支出預算數為580萬元,決算數為561.2萬元,完成預算96.76%。債務餘額1.2億元。\n";
  const std::string simp =
      "2021年度,本中心收入为2315.08万元,其中:财政拨款收入2106.4万元,事业收入208.68万元。"
      "项目支出预算数为580万元,决算数为561.2万元,完成预算96.76%。债务余额1.2亿元。\n";
  auto t = extracted(trad), s = extracted(simp);
  CHECK(readings(t) == readings(s));
  REQUIRE(t["quantities"].size() >= 3);
  const auto& first = t["quantities"][0];
  CHECK(first["unit"] == "万元");
  CHECK(first["kind"] == "money");
  CHECK(first["text"] == "2315.08萬元");  // quoted as written
  const auto& grant = t["quantities"][1];
  CHECK(grant["label"] == "財政撥款收入");
  Text original = Text::from_utf8(trad);
  CHECK(original.utf8(first["span"]["start"], first["span"]["end"]) == "2315.08萬元");
  bool t2s = false;
  for (const auto& n : t["normalised"]) t2s |= n["kind"] == "t2s";
  CHECK(t2s);
}

TEST_CASE("t2s: a 繁体 report gives the findings of its 简体 twin, quoting its figures as written") {
  const std::string trad =
      "一、三公經費情況說明\n"
      "“三公”經費支出合計30萬元,其中:因公出國(境)費0萬元,公務用車購置及運行維護費12.5萬元,公務接待費8.3萬元。\n";
  auto t = run(trad), s = run(simplified_twin(trad));
  CHECK(findings(t) == findings(s));
  auto r01 = with_rule(t, "R01");
  REQUIRE(r01.size() == 1);
  CHECK(r01[0]->actual == "30萬元");
  CHECK(r01[0]->section == "一、三公經費情況說明");
  CHECK(r01[0]->message.zh.find("应为20.8萬元") != std::string::npos);  // its own words stay 简体
  CHECK(span_text(t, r01[0]->spans[0]) == "30萬元");
}

TEST_CASE("t2s: the pinyin a mirror site inserts is dropped; brackets that are words stay") {
  const std::string mirror = "本年度預(yù)算數(shù)為420.5萬(wàn)元,因公出國(境)費3萬元,決算數（shù）為398萬元。\n";
  auto doc = extracted(mirror);
  auto rs = readings(doc);
  REQUIRE(rs.size() == 3);
  CHECK(rs[0] == "420.5|万元|money|预算数");
  CHECK(rs[2] == "398|万元|money|决算数");
  auto r = normalize_text(from_utf8_lossy(mirror));
  CHECK(to_utf8(r.text).find("因公出国(境)费") != std::string::npos);
  // Runs, not characters: "(yù)算數(shù)為420.5萬(wàn)" is one run, 數（shù） another.
  std::size_t pinyin = 0;
  for (const auto& n : doc["normalised"])
    if (n["kind"] == "pinyin") {
      ++pinyin;
      std::string t = n["text"];
      CHECK((t.rfind("(", 0) == 0 || t.rfind("（", 0) == 0));
    }
  CHECK(pinyin == 2);
  // Without a tone mark, brackets after a simplified character are the report's own.
  CHECK_FALSE(normalize_text(from_utf8_lossy("考核项目(a)完成。\n")).changed);
}

TEST_CASE("t2s: a simplified report with a stray traditional form is not converted") {
  auto r = normalize_text(from_utf8_lossy("本单位著力推进项目建设，全年完成投资120万元，占计划的96%。\n"));
  CHECK_FALSE(r.simplified);
}

TEST_CASE("t2s: every real excerpt reads the same quantities as its simplified twin (../shared/realworld)") {
  std::string dir = std::string(GOUJI_SOURCE_DIR) + "/../shared/realworld/corpus";
  DIR* d = opendir(dir.c_str());
  if (!d) {
    MESSAGE("skipped: " << dir << " is missing");
    return;
  }
  std::vector<std::string> names;
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n.size() > 4 && n.substr(n.size() - 4) == ".txt") names.push_back(n);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  std::size_t traditional = 0;
  for (const auto& n : names) {
    std::string text = read_file(dir + "/" + n);
    std::string twin = simplified_twin(text);
    if (twin == text) continue;
    traditional += normalize_text(from_utf8_lossy(text)).simplified;
    INFO(n);
    CHECK(readings(extracted(text)) == readings(extracted(twin)));
  }
  MESSAGE(traditional << " 繁体 excerpts of " << names.size());
  CHECK(traditional >= 1);
}

TEST_CASE("t2s: the bitset read from the delta coding marks exactly the characters with a simplified form") {
  const std::bitset<0x10000>& bits = traditional_bits();
  std::size_t marked = 0, disagree = 0;
  for (char32_t c = 0; c < 0x10000; ++c) {
    marked += bits[c];
    disagree += bits[c] != (to_simplified(c) != c);
  }
  CHECK(marked > 2000);
  CHECK(disagree == 0);
  CHECK(bits[U'萬']);
  CHECK_FALSE(bits[U'万']);
}
