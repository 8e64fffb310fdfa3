// The reader against hand-checked gold for the two real reports (tests/data/gold/*_quantities.json):
// every quantity with its value, unit, approximation and label, and the numbers that are not
// quantities (dates, years, codes, list markers, row numbers, ordinals, names such as 十四五/两癌).
//  - at least 99% of the gold quantities are read with the right value, unit, approx and label;
//  - nothing is read as a quantity that the gold does not list (zero dates/codes/ordinals);
//  - no quantity starts inside a listed non-quantity.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

struct Score {
  std::size_t gold = 0, right = 0, extra = 0, inside_non_quantity = 0;
};

Score score_report(const std::string& gold_name, const std::string& report) {
  auto gold = nlohmann::json::parse(read_file(std::string(GOUJI_SOURCE_DIR) + "/tests/data/gold/" + gold_name));
  std::string bytes = corpus(report);
  auto qs = extract_bytes(bytes, {})["documents"][0]["quantities"];
  Score s;
  std::vector<bool> used(qs.size(), false);
  for (const auto& g : gold["quantities"]) {
    ++s.gold;
    const nlohmann::json* hit = nullptr;
    for (std::size_t i = 0; i < qs.size() && !hit; ++i)
      if (!used[i] && qs[i]["line"] == g["line"] && qs[i]["text"] == g["text"]) {
        used[i] = true;
        hit = &qs[i];
      }
    if (!hit) {
      MESSAGE(report << ":" << g["line"] << " not read: " << g["text"].get<std::string>());
      continue;
    }
    const auto& q = *hit;
    bool ok = q["value"] == g["value"] && q["unit"] == g["unit"] && q["approx"] == g["approx"] && q["label"] == g["label"] &&
              q.value("upper", std::string()) == g.value("upper", std::string()) &&
              q["comparator"] == g.value("comparator", std::string());
    if (ok) ++s.right;
    else
      MESSAGE(report << ":" << g["line"] << " " << g["text"].get<std::string>() << " read as " << q["value"].get<std::string>()
                     << " " << q["unit"].get<std::string>() << " " << q["approx"].get<std::string>() << " label "
                     << q["label"].get<std::string>() << "; gold label " << g["label"].get<std::string>());
  }
  for (std::size_t i = 0; i < qs.size(); ++i)
    if (!used[i]) {
      ++s.extra;
      MESSAGE(report << ":" << qs[i]["line"] << " read as a quantity, not in the gold: " << qs[i]["text"].get<std::string>());
    }

  // Code-point offsets of each line (the corpus is BMP-only, so they are the UTF-16 offsets too).
  std::u32string text = from_utf8_lossy(bytes);
  std::vector<std::size_t> line_start{0};
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == U'\n') line_start.push_back(i + 1);
  for (const auto& n : gold["not_quantities"]) {
    auto line = n["line"].get<std::size_t>();
    REQUIRE(line >= 1);
    REQUIRE(line <= line_start.size());
    std::size_t b = line_start[line - 1];
    std::size_t e = line < line_start.size() ? line_start[line] : text.size();
    std::u32string what = from_utf8_lossy(n["text"].get<std::string>());
    std::u32string_view l(text.data() + b, e - b);
    bool seen = false;
    auto digit = [](char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); };
    for (std::size_t p = l.find(what); p != std::u32string_view::npos; p = l.find(what, p + 1)) {
      // Only where it stands whole: the "1." marker, not the "1." of "1.4%".
      bool dot = what.back() == U'.';
      if ((p > 0 && digit(l[p - 1])) || (dot && p + what.size() < l.size() && digit(l[p + what.size()]))) continue;
      seen = true;
      for (const auto& q : qs) {
        auto start = q["span"]["start"].get<std::size_t>();
        if (start >= b + p && start < b + p + what.size()) {
          ++s.inside_non_quantity;
          MESSAGE(report << ":" << line << " " << n["text"].get<std::string>() << " (" << n["why"].get<std::string>()
                         << ") read as " << q["text"].get<std::string>());
        }
      }
    }
    CHECK_MESSAGE(seen, "gold non-quantity not on its line: " << n["text"].get<std::string>());
  }
  return s;
}

void check_report(const std::string& gold_name, const std::string& report) {
  Score s = score_report(gold_name, report);
  REQUIRE(s.gold > 0);
  double pct = 100.0 * static_cast<double>(s.right) / static_cast<double>(s.gold);
  MESSAGE(report << ": " << s.right << "/" << s.gold << " gold quantities read right (" << pct << "%), " << s.extra
                 << " read that are not in the gold, " << s.inside_non_quantity << " inside a non-quantity");
  CHECK(s.right * 100 >= s.gold * 99);
  CHECK(s.extra == 0);
  CHECK(s.inside_non_quantity == 0);
}

}  // namespace

TEST_CASE("gold quantities of report 000: values, units and labels; no date, marker or name read") {
  check_report("000_quantities.json", "000_f7b65649e50663dd.txt");
}

TEST_CASE("gold quantities of report 002: values, units and labels, table cells included; no code, date or 序号 read") {
  check_report("002_quantities.json", "002_338b5f6c825fc8b7.txt");
}
