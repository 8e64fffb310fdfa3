#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <sstream>
#include <string>

#include "report/json_writer.h"
#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

std::string written_str(const std::string& s) {
  std::string out;
  JsonWriter(out).str(s);  // written at the writer's end
  return out;
}

// The streamed text is what nlohmann prints for the same tree: parsing it and printing the tree
// again gives it back byte for byte (keys out of sorted order, or an escape nlohmann writes
// differently, would not survive the round trip).
void check_canonical(const std::string& streamed) {
  auto tree = nlohmann::json::parse(streamed, nullptr, false);
  REQUIRE(!tree.is_discarded());
  CHECK(dump_json(tree) == streamed);
}

}  // namespace

TEST_CASE("JsonWriter escapes strings as nlohmann does, invalid UTF-8 included") {
  const std::string cases[] = {
      "",
      "plain",
      "引号\"与\\反斜杠",
      std::string("\x00\x01\x08\x09\x0a\x0b\x0c\x0d\x1f\x20\x7f", 11),
      "𠀀 outside the BMP",
      "bad \xff\xfe bytes",
      "cut \xe4\xb8",  // a sequence cut short at the end
      "\xed\xa0\x80 a surrogate",
      "\xc0\xaf overlong",
      "\xf4\x90\x80\x80 past U+10FFFF",
  };
  for (const auto& s : cases) CHECK(written_str(s) == dump_json(nlohmann::json(s)));
  for (int b = 0; b < 256; ++b) {
    std::string s = "a" + std::string(1, static_cast<char>(b)) + "z";
    CHECK(written_str(s) == dump_json(nlohmann::json(s)));
  }
}

TEST_CASE("JsonWriter replaces ill-formed UTF-8 where nlohmann does, on random bytes near UTF-8") {
  // The writer no longer links nlohmann's serializer (page size); nlohmann stays the oracle here.
  std::mt19937 rng(7);
  const unsigned char pick[] = {0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0,
                                0xE4, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x22, 0x0A, 0xB8, 0xAD};
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (std::size_t k = rng() % 9; k > 0; --k) s += static_cast<char>(pick[rng() % sizeof pick]);
    REQUIRE(written_str(s) == dump_json(nlohmann::json(s)));
  }
}

TEST_CASE("JsonWriter prints doubles in nlohmann's layout with the shortest digits that read back") {
  auto written = [](double v) {
    std::string out;
    { JsonWriter(out).dbl(v); }
    return out;
  };
  const double edges[] = {0.0, -0.0, 1.0, -1.0, 12.0, 0.1, 1e21, 1e15, 1e16, 123456789012345.0, 1e-4, 1e-5,
                          0.0001234, 5e-324, 1.7976931348623157e308, 100.0, 99.99, 141938.85, -2.5};
  for (double v : edges) CHECK(written(v) == nlohmann::json(v).dump());
  CHECK(written(std::numeric_limits<double>::quiet_NaN()) == "null");
  CHECK(written(std::numeric_limits<double>::infinity()) == "null");
  // nlohmann's Grisu2 is not always shortest ("13665.712535999999"); a figure a report wrote
  // prints as written.
  CHECK(written(13665.712536) == "13665.712536");
  CHECK(written(8413900.5466) == "8413900.5466");
  std::mt19937_64 rng(11);
  auto agrees = [&](double v) {  // same value, same layout, never longer than nlohmann's
    std::string out = written(v), theirs = nlohmann::json(v).dump();
    return std::strtod(out.c_str(), nullptr) == v && out.size() <= theirs.size() &&
           (out.find('e') == std::string::npos) == (theirs.find('e') == std::string::npos) &&
           (out.find('.') == std::string::npos) == (theirs.find('.') == std::string::npos);
  };
  for (int i = 0; i < 20000; ++i) {
    // "1234.56"-like: what at_stake, metrics and final_total hold.
    double dec = static_cast<double>(static_cast<std::int64_t>(rng() % 100000000000ull)) / std::pow(10.0, static_cast<int>(rng() % 7));
    REQUIRE(agrees(dec));
    std::uint64_t bits = rng();
    double any;
    std::memcpy(&any, &bits, sizeof any);
    if (std::isfinite(any)) REQUIRE(agrees(any));
  }
}

TEST_CASE("JsonWriter numbers and containers print as nlohmann's tree") {
  std::string out;
  {
    JsonWriter w(out);
    w.begin_object()
        .key("a").begin_array().num(-1).unum(18446744073709551615ull).dbl(12.0).dbl(0.1).dbl(1e21).end_array()
        .key("b").begin_object().end_object()
        .key("c").begin_array().end_array()
        .kbool("d", false)
        .key("e").null()
        .end_object();
  }
  CHECK(out == R"({"a":[-1,18446744073709551615,12.0,0.1,1e+21],"b":{},"c":[],"d":false,"e":null})");
  check_canonical(out);
}

TEST_CASE("JsonWriter writes an empty string from a view with no data (no copy from a null pointer)") {
  std::string out;
  {
    JsonWriter w(out);
    w.begin_array().str(std::string_view()).str("").end_array();
  }
  CHECK(out == R"(["",""])");
}

TEST_CASE("JsonWriter on a stream writes the same text in blocks") {
  std::string big(200000, 'x');
  std::ostringstream os;
  {
    JsonWriter w(os);
    w.begin_array().str(big).str(big).end_array();
  }
  CHECK(os.str() == "[\"" + big + "\",\"" + big + "\"]");
}

TEST_CASE("the streamed report and extract are canonical JSON: keys sorted, as the trees printed them") {
  // Findings with spans, hints and fixes, metrics, targets and checked relations; then what was
  // read from a 繁体 report with a table (normalised runs, table cells, frames, budget facts).
  const std::string report =
      "一、部门整体支出情况\n本年收入合计1234.56万元，其中财政拨款收入1000万元、其他收入200万元。\n"
      "年初结转和结余100万元，本年支出合计1200万元，年末结转和结余134.56万元。\n"
      "预算执行率为98.5%，比上年增长5.2%。\n"
      "绩效目标：培训人数≥500人次。完成情况：培训人数480人次。\n"
      "| 项目 | 基本支出 | 项目支出 | 合计 |\n| --- | --- | --- | --- |\n| 城东支出 | 100 | 20 | 121 |\n";
  AnalyzedDocument d = run(report);
  REQUIRE(!d.result.findings.empty());
  d.include_text = true;
  check_canonical(report_string(d, Lang::Zh));
  check_canonical(report_string(d, Lang::En));
  check_canonical(extract_string(report, {}));
  check_canonical(extract_string("二、部門整體支出情況\n本年收入合計1,234.56萬元，其中財政撥款收入1000萬元。\n", {}));
  check_canonical(extract_string(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), {}));
}
