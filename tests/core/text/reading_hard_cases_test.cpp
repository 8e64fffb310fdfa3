// Hard cases of reading a report's bytes into quantities through the whole reader (decode, PDF
// repair, numbers): GBK bytes, hard line breaks inside sentences and inside numbers, page numbers
// and running headers between pages.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

nlohmann::json quantities(const std::string& bytes) { return extract_bytes(bytes, {})["documents"][0]["quantities"]; }

const nlohmann::json* find_value(const nlohmann::json& qs, const std::string& value) {
  for (const auto& q : qs)
    if (q["value"] == value) return &q;
  return nullptr;
}

}  // namespace

TEST_CASE("hard case: GBK bytes are decoded and their amounts read") {
  // "部门决算收入14113.64万元，其中事业收入2038.3万元。" in GBK.
  std::string gbk =
      "\xB2\xBF\xC3\xC5\xBE\xF6\xCB\xE3\xCA\xD5\xC8\xEB\x31\x34\x31\x31\x33\x2E\x36\x34\xCD\xF2\xD4\xAA\xA3\xAC\xC6\xE4"
      "\xD6\xD0\xCA\xC2\xD2\xB5\xCA\xD5\xC8\xEB\x32\x30\x33\x38\x2E\x33\xCD\xF2\xD4\xAA\xA1\xA3";
  auto doc = extract_bytes(gbk, {})["documents"][0];
  CHECK(doc["encoding"] == "gb18030");
  const auto& qs = doc["quantities"];
  REQUIRE(qs.size() == 2);
  CHECK(qs[0]["value"] == "14113.64");
  CHECK(qs[0]["unit"] == "万元");
  CHECK(qs[0]["label"] == "部门决算收入");
  CHECK(qs[1]["label"] == "事业收入");
  CHECK(qs[1]["text"] == "2038.3万元");
}

TEST_CASE("hard case: a PDF line break inside a number and inside a label") {
  // Wrapped at 20 characters: "14113.64" is cut after "141", "一般公共预算拨款" after "一般公".
  std::string para =
      "部门决算情况：本年度部门决算收入141"
      "13.64万元，其中，一般公共预算拨款4381.77万元，政府性基金预算财政拨款收入7196.27万元，事业收入2038.3万元。";
  std::u32string p = from_utf8_lossy(para), wrapped;
  for (std::size_t i = 0; i < p.size(); i += 20) wrapped += p.substr(i, 20) + U"\n";
  wrapped += wrapped;  // two such paragraphs, so the wrap width is evident
  auto qs = quantities(to_utf8(wrapped));
  const auto* q = find_value(qs, "14113.64");
  REQUIRE(q != nullptr);
  CHECK((*q)["label"] == "部门决算收入");
  CHECK((*q)["unit"] == "万元");
  const auto* g = find_value(qs, "4381.77");
  REQUIRE(g != nullptr);
  CHECK((*g)["label"] == "一般公共预算拨款");
  CHECK(find_value(qs, "141") == nullptr);
  CHECK(find_value(qs, "13.64") == nullptr);
}

TEST_CASE("hard case: page numbers and running headers between PDF pages are not quantities") {
  std::u32string body =
      U"截至目前，全区共摸排三类人员1564人，境外返衡325人，国内中高风险地区返衡139人，累计核酸检测6349人，累计集中隔离392"
      U"人。全区累计1例确诊病例已治愈出院，实现了确诊病例零死亡、医护人员零感染、境外疫情零输入的目标，得到了高度认可。";
  std::u32string pdf;
  for (std::size_t i = 0; i < body.size(); i += 24) {
    pdf += body.substr(i, 24) + U"\n";
    // Page breaks, each with its page number and the running header (a header is known as one
    // when it repeats on three pages). The one after "全区累计1" cuts "1例" in two.
    if (i == 0) pdf += U"- 1 -\n2020年石鼓区卫生健康部门整体支出绩效自评报告\n";
    if (i == 48) pdf += U"- 2 -\n2020年石鼓区卫生健康部门整体支出绩效自评报告\n";
    if (i == 96) pdf += U"第 3 页 共 9 页\n2020年石鼓区卫生健康部门整体支出绩效自评报告\n";
  }
  auto qs = quantities(to_utf8(pdf));
  std::vector<std::string> values;
  for (const auto& q : qs) values.push_back(q["value"]);
  CHECK(values == std::vector<std::string>{"1564", "325", "139", "6349", "392", "1"});
  const auto* q = find_value(qs, "392");
  REQUIRE(q != nullptr);
  CHECK((*q)["label"] == "集中隔离");
  CHECK((*q)["kind"] == "persons");
}
