// Every input the fuzzers ever broke the core with (scripts/fuzz.sh saves them as
// tests/hostile/regressions/<target>-<sha1>), replayed through the same entry point the fuzz
// target calls (fuzz/harness.h), so each crash found stays a regression test.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "../../../fuzz/harness.h"
#include "test_support.h"

TEST_CASE("hostile: every saved fuzz reproducer runs clean through its entry point") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(GOUJI_SOURCE_DIR) / "tests" / "hostile" / "regressions";
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().filename().string().find('-') != std::string::npos) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  MESSAGE(files.size() << " reproducer(s) in " << dir.string());
  for (const auto& f : files) {
    std::string name = f.filename().string();
    std::string target = name.substr(0, name.find('-'));
    CAPTURE(name);
    std::string bytes = gouji::test::read_file(f.string());
    CHECK(gouji::harness::run(target, bytes) == "");
  }
}

TEST_CASE("hostile: the harness entry points accept the bundled examples") {
  for (const char* target : {"decode", "text", "bytes", "extract"})
    CHECK(gouji::harness::run(target, gouji::test::corpus("000_f7b65649e50663dd.txt")) == "");
  std::string docx = gouji::test::read_file(std::string(GOUJI_SOURCE_DIR) + "/tests/data/docx/libreoffice_sample.docx");
  CHECK(gouji::harness::run("docx", std::string(1, '\0') + docx) == "");
  CHECK(gouji::harness::run("docx", "\x80<w:document><w:body><w:p><w:r><w:t>收入10万元</w:t></w:r></w:p></w:body></w:document>") == "");
  CHECK(gouji::harness::run("nonsense", "") == "unknown target");
}
