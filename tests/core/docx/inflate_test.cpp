#include <doctest/doctest.h>

#include <random>

#include "docx/inflate.h"
#include "docx/zip_builder.h"

using namespace gouji;
using docx::InflateStatus;

TEST_CASE("inflate: our inflater reproduces zlib's raw deflate of text and random data at every level") {
  std::mt19937 rng(7);
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "部门决算支出" + std::to_string(rng() % 100000) + ".23万元，其中基本支出；";
  std::string noise(200000, '\0');
  for (auto& c : noise) c = static_cast<char>(rng());
  for (const std::string* data : {&text, &noise}) {
    for (int level : {0, 1, 6, 9}) {
      std::string out;
      CHECK(docx::inflate_raw(test::deflate_raw(*data, level), 1u << 26, out) == InflateStatus::Ok);
      CHECK(out == *data);
    }
  }
}

TEST_CASE("inflate: truncated, corrupt and oversized streams fail cleanly") {
  std::string data(100000, 'a');
  std::string z = test::deflate_raw(data, 9);
  std::string out;
  CHECK(docx::inflate_raw(z.substr(0, z.size() / 2), 1u << 20, out) == InflateStatus::Truncated);
  CHECK(docx::inflate_raw(z, 1000, out) == InflateStatus::TooLarge);  // the zip-bomb guard
  CHECK(docx::inflate_raw(std::string("\x07", 1), 1000, out) != InflateStatus::Ok);  // block type 3
  // A fixed-Huffman block whose first code is a match with nothing before it: distance too far.
  std::string far = "\x03\x02";  // BFINAL=1, fixed, then length code 257 / distance bits
  CHECK(docx::inflate_raw(far, 1000, out) != InflateStatus::Ok);
  std::mt19937 rng(3);
  for (int k = 0; k < 2000; ++k) {  // random garbage never crashes or overruns
    std::string junk(static_cast<std::size_t>(rng() % 64), '\0');
    for (auto& c : junk) c = static_cast<char>(rng());
    out.clear();
    docx::inflate_raw(junk, 4096, out);
    CHECK(out.size() <= 4096);
  }
}

TEST_CASE("inflate: crc32 matches the standard check value") {
  CHECK(docx::crc32("123456789") == 0xCBF43926u);
}

TEST_CASE("inflate: short parts deflate to fixed-Huffman blocks with matches, and are read whole") {
  // What a small numbering.xml or styles.xml looks like: zlib picks a fixed-Huffman block, and the
  // repeated "xml"/"w:" are matches through the fixed distance code.
  const std::string small = "<?xml version=\"1.0\"?><w:numbering xmlns:w=\"x\"><w:num w:numId=\"5\"/></w:numbering>";
  for (int level : {1, 6, 9}) {
    std::string out;
    CHECK(docx::inflate_raw(test::deflate_raw(small, level), 1u << 20, out) == InflateStatus::Ok);
    CHECK(out == small);
  }
  std::string runs(300, 'a');  // a long overlapping run: distance 1, length 258
  std::string out;
  CHECK(docx::inflate_raw(test::deflate_raw(runs, 9), 1u << 20, out) == InflateStatus::Ok);
  CHECK(out == runs);
}
