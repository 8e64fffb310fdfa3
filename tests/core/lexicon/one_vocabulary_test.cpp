// One vocabulary (issue 14): Chinese words that give a number or a clause its meaning live in
// core/lexicon/words.cpp. A source file in core/ with several U"…" Han literals holds a word
// list of its own; only the files below, not yet migrated, may — and the list may only shrink:
// a file that no longer holds one must leave it.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

namespace {

// U" followed by a character of the CJK blocks (UTF-8 lead bytes 0xE3–0xE9).
std::size_t han_literals(const std::string& s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i + 2 < s.size(); ++i)
    if (s[i] == 'U' && s[i + 1] == '"') {
      unsigned char c = static_cast<unsigned char>(s[i + 2]);
      n += c >= 0xE3 && c <= 0xE9;
    }
  return n;
}

constexpr std::size_t kList = 4;  // this many Han literals in one file make a word list

const std::set<std::string> kNotYetMigrated = {
    "checks/completeness_checks.cpp", "checks/identity_checks.cpp", "checks/rate_changes.cpp",
    "checks/rate_checks.cpp",         "checks/rate_metrics.cpp",    "checks/score_checks.cpp",
    "checks/sum_check.cpp",           "checks/target_checks.cpp",   "checks/text_quality_checks.cpp",
    "checks/time_checks.cpp",         "facts/budget_facts.cpp",
    "facts/rates.cpp",                "facts/targets.cpp",
};

}  // namespace

TEST_CASE("no Chinese word list in core/ outside the lexicon, but for the shrinking allow-list") {
  namespace fs = std::filesystem;
  const fs::path core = fs::path(GOUJI_SOURCE_DIR) / "core";
  std::set<std::string> holding;
  for (const auto& e : fs::recursive_directory_iterator(core)) {
    if (!e.is_regular_file()) continue;
    std::string ext = e.path().extension().string();
    if (ext != ".cpp" && ext != ".h") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (han_literals(text) >= kList) holding.insert(fs::relative(e.path(), core).generic_string());
  }
  CHECK(holding.count("lexicon/words.cpp") == 1);  // the scanner sees lists at all
  for (const auto& f : holding)
    if (f.rfind("lexicon/", 0) != 0) CHECK_MESSAGE(kNotYetMigrated.count(f) == 1, f << " holds a word list: move it to core/lexicon");
  for (const auto& f : kNotYetMigrated)
    CHECK_MESSAGE(holding.count(f) == 1, f << " no longer holds a word list: remove it from the allow-list");
}
