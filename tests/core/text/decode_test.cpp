#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "text/decode.h"
#include "text/gb18030.h"
#include "text/text.h"

using gouji::decode;
using gouji::Decoded;

namespace {

std::u32string U(const std::string& utf8) { return gouji::from_utf8_lossy(utf8); }

std::string read_file(const std::string& path) {
  std::string out;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return out;
  char buf[4096];
  std::size_t got;
  while ((got = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, got);
  std::fclose(f);
  return out;
}

std::string utf16(const std::u32string& s, bool le, bool bom) {
  std::string out;
  auto unit = [&](unsigned u) {
    char a = static_cast<char>(u & 0xFF), b = static_cast<char>(u >> 8);
    if (le) { out += a; out += b; } else { out += b; out += a; }
  };
  if (bom) unit(0xFEFF);
  for (char32_t c : s) {
    if (c > 0xFFFF) {
      unit(0xD800 + ((c - 0x10000) >> 10));
      unit(0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      unit(static_cast<unsigned>(c));
    }
  }
  return out;
}

using Idx = std::vector<std::size_t>;

}  // namespace

TEST_CASE("decode: empty input") {
  Decoded d = decode("");
  CHECK(d.text.empty());
  CHECK(d.encoding == "utf-8");
  CHECK(d.replaced_at.empty());
  CHECK_FALSE(d.binary);
}

TEST_CASE("decode: ASCII and UTF-8 without BOM") {
  Decoded a = decode("plain ascii 12.02");
  CHECK(a.encoding == "utf-8");
  CHECK(a.text == U"plain ascii 12.02");

  const std::string s = "部门整体支出绩效自评报告 合计12.02万元 € · 𠀀😀";
  Decoded d = decode(s);
  CHECK(d.encoding == "utf-8");
  CHECK(d.text == U(s));
  CHECK(d.replaced_at.empty());
  CHECK_FALSE(d.binary);
}

TEST_CASE("decode: UTF-8 BOM is stripped") {
  Decoded d = decode("\xEF\xBB\xBF" "一、部门基本情况");
  CHECK(d.encoding == "utf-8");
  CHECK(d.text == U"一、部门基本情况");
  Decoded only = decode("\xEF\xBB\xBF");
  CHECK(only.encoding == "utf-8");
  CHECK(only.text.empty());
}

TEST_CASE("decode: UTF-16 LE and BE with BOM, surrogate pairs") {
  const std::u32string s = U"合计12.02万元\r\n😀𠀀 end";
  const std::u32string want = U"合计12.02万元\n😀𠀀 end";
  Decoded le = decode(utf16(s, true, true));
  CHECK(le.encoding == "utf-16le");
  CHECK(le.text == want);
  CHECK(le.replaced_at.empty());
  CHECK_FALSE(le.binary);
  Decoded be = decode(utf16(s, false, true));
  CHECK(be.encoding == "utf-16be");
  CHECK(be.text == want);
  CHECK(be.replaced_at.empty());
}

TEST_CASE("decode: UTF-16 unpaired surrogates and odd length") {
  // LE: BOM, 'a', lone high surrogate followed by 'b', lone low surrogate, 'c', then an odd byte.
  std::string b("\xFF\xFE" "a\0" "\x3D\xD8" "b\0" "\x00\xDC" "c\0" "\x41", 13);
  Decoded d = decode(b);
  CHECK(d.encoding == "utf-16le");
  CHECK(d.text == U"a\uFFFDb\uFFFDc\uFFFD");
  CHECK(d.replaced_at == Idx{1, 3, 5});
  // High surrogate at the very end.
  Decoded e = decode(std::string("\xFE\xFF\x00x\xD8\x3D", 6));
  CHECK(e.encoding == "utf-16be");
  CHECK(e.text == U"x\uFFFD");
  CHECK(e.replaced_at == Idx{1});
}

TEST_CASE("decode: UTF-16 without BOM when obvious") {
  const std::u32string s = U"Total 合计: 12.02\nline two\n";
  Decoded le = decode(utf16(s, true, false));
  CHECK(le.encoding == "utf-16le");
  CHECK(le.text == s);
  CHECK_FALSE(le.binary);
  Decoded be = decode(utf16(s, false, false));
  CHECK(be.encoding == "utf-16be");
  CHECK(be.text == s);
}

TEST_CASE("decode: GB18030 two-byte (GBK) text is detected") {
  // "部门整体支出绩效自评报告 合计12.02万元" in GB18030 (python3: s.encode('gb18030')).
  const std::string gb =
      "\xb2\xbf\xc3\xc5\xd5\xfb\xcc\xe5\xd6\xa7\xb3\xf6\xbc\xa8\xd0\xa7\xd7\xd4\xc6\xc0\xb1\xa8"
      "\xb8\xe6\x20\xba\xcf\xbc\xc6\x31\x32\x2e\x30\x32\xcd\xf2\xd4\xaa";
  Decoded d = decode(gb);
  CHECK(d.encoding == "gb18030");
  CHECK(d.text == U"部门整体支出绩效自评报告 合计12.02万元");
  CHECK(d.replaced_at.empty());
  CHECK_FALSE(d.binary);

  // Short GBK snippets are detected too.
  Decoded h = decode("\xba\xcf\xbc\xc6");  // 合计
  CHECK(h.encoding == "gb18030");
  CHECK(h.text == U"合计");
}

TEST_CASE("decode: GB18030 four-byte codes, euro and middle dot") {
  // € = A2E3, · = A1A4 (two-byte); U+0080 = 81308130 (first four-byte BMP code);
  // 😀 = 9439FC36, 𠀀 = 95328236 (supplementary); U+FFFF = 8431A439 (last BMP code).
  const std::string gb = "\xc7\xeb\xbd\xbb\xa2\xe3\xa1\xa4\x81\x30\x81\x30\x94\x39\xfc\x36"
                         "\x95\x32\x82\x36\x84\x31\xa4\x39\xb2\xbf";
  Decoded d = decode(gb);
  CHECK(d.encoding == "gb18030");
  CHECK(d.text == U"请交€·\u0080😀𠀀\uFFFF部");
  CHECK(d.replaced_at.empty());

  // GB18030 BOM (84 31 95 33) is stripped.
  Decoded b = decode("\x84\x31\x95\x33" "\xb2\xbf\xc3\xc5");
  CHECK(b.encoding == "gb18030");
  CHECK(b.text == U"部门");
}

TEST_CASE("gb18030_decode_one: table corners") {
  char32_t cp;
  std::size_t used;
  auto one = [&](const char* s, std::size_t n) {
    return gouji::gb18030_decode_one(reinterpret_cast<const unsigned char*>(s), n, cp, used);
  };
  CHECK(one("\x81\x40", 2)); CHECK(cp == 0x4E02); CHECK(used == 2);   // first two-byte code
  CHECK(one("\xfe\xfe", 2)); CHECK(cp == 0xE4C5); CHECK(used == 2);   // last (private use)
  CHECK(one("\xa1\xa1", 2)); CHECK(cp == 0x3000);                      // ideographic space
  CHECK(one("\xa8\xbc", 2)); CHECK(cp == 0x1E3F);                      // GB18030-2005 mapping
  CHECK(one("\x81\x35\xf4\x37", 4)); CHECK(cp == 0xE7C7); CHECK(used == 4);
  CHECK(one("\x90\x30\x81\x30", 4)); CHECK(cp == 0x10000);
  CHECK(one("\xe3\x32\x9a\x35", 4)); CHECK(cp == 0x10FFFF);
  CHECK(one("\x80", 1)); CHECK(cp == 0x20AC); CHECK(used == 1);        // CP936 euro
  CHECK_FALSE(one("\xe3\x32\x9a\x36", 4)); CHECK(cp == 0xFFFD); CHECK(used == 4);  // beyond U+10FFFF
  CHECK_FALSE(one("\x84\x31\xa5\x30", 4)); CHECK(used == 4);          // gap after the BMP
  CHECK_FALSE(one("\xff", 1)); CHECK(used == 1);
  CHECK_FALSE(one("\xb2", 1)); CHECK(used == 1);                       // truncated
  CHECK_FALSE(one("\x81\x30\x81", 3)); CHECK(used == 3);               // truncated four-byte
  CHECK_FALSE(one("\xb2\x20", 2)); CHECK(used == 1);                   // ASCII re-read
  CHECK_FALSE(one("\x81\x30\x20", 3)); CHECK(used == 1);
}

TEST_CASE("gb18030_decode_one: the two-byte table is a bijection onto BMP code points") {
  // The table is stored delta-coded (scripts/gen_gb18030.py); one wrong step would shift every
  // later entry, so every code must decode, two bytes each, to a distinct non-ASCII, non-surrogate.
  std::vector<bool> seen(0x10000, false);
  std::size_t codes = 0, distinct = 0;
  for (unsigned lead = 0x81; lead <= 0xFE; ++lead)
    for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
      if (trail == 0x7F) continue;
      const unsigned char b[2] = {static_cast<unsigned char>(lead), static_cast<unsigned char>(trail)};
      char32_t cp = 0;
      std::size_t used = 0;
      REQUIRE(gouji::gb18030_decode_one(b, 2, cp, used));
      REQUIRE(used == 2);
      REQUIRE(cp >= 0x80);
      REQUIRE(cp < 0x10000);
      REQUIRE((cp < 0xD800 || cp > 0xDFFF));
      ++codes;
      if (!seen[cp]) { seen[cp] = true; ++distinct; }
    }
  CHECK(codes == 126 * 190);
  CHECK(distinct == codes);
}

TEST_CASE("decode: GB18030 invalid bytes become U+FFFD without losing text") {
  // 部 门 <B2 then '1'> 2 3 <FF> 万
  const std::string gb = "\xb2\xbf\xc3\xc5\xb2" "123" "\xff\xcd\xf2";
  Decoded d = decode(gb);
  CHECK(d.encoding == "gb18030");
  CHECK(d.text == U"部门\uFFFD123\uFFFD万");
  CHECK(d.replaced_at == Idx{2, 6});
  // Truncated lead byte at the end.
  Decoded t = decode("\xb2\xbf\xc3\xc5\xd5\xfb\xcc");
  CHECK(t.encoding == "gb18030");
  CHECK(t.text == U"部门整\uFFFD");
  CHECK(t.replaced_at == Idx{3});
}

TEST_CASE("decode: CRLF and lone CR become LF") {
  Decoded d = decode("a\r\nb\rc\n\r\nd\r\r\ne\r");
  CHECK(d.text == U"a\nb\nc\n\nd\n\ne\n");
  // Indices in replaced_at refer to the normalised text.
  Decoded r = decode("x\r\ny\r\n\xffz");
  CHECK(r.text == U"x\ny\n\uFFFDz");
  CHECK(r.replaced_at == Idx{4});
  // GB18030 with CRLF.
  Decoded g = decode("\xb2\xbf\xc3\xc5\r\n\xba\xcf\xbc\xc6\r\n");
  CHECK(g.encoding == "gb18030");
  CHECK(g.text == U"部门\n合计\n");
}

TEST_CASE("decode: the plain copy of UTF-8 hands over to put() at CR, controls, U+FFFD, rare leads and errors") {
  // Each kind of byte the writer's plain copy leaves to the general reader, between plain runs:
  // CRLF and a lone CR, a U+FFFD in the input, U+0800 (E0 lead), U+D7FF (ED lead), a 2-byte é,
  // a vertical tab, a sequence cut by a tab.
  const std::string bytes = "a\r\n\xe9\xa2\x84\xef\xbf\xbd\xe0\xa0\x80\xed\x9f\xbf\xc3\xa9\r\xe7\xae\x97\v\xe4\xb8\tb";
  const std::u32string want = U"a\n预\uFFFD\u0800\uD7FF\u00E9\n算\v\uFFFD\tb";
  Decoded d = decode(bytes);
  CHECK(d.encoding == "utf-8");
  CHECK(d.text == want);
  CHECK(d.replaced_at == Idx{3, 10});
  CHECK_FALSE(d.binary);
  // With a BOM the same bytes go through the plain Writer, without the counts.
  Decoded b = decode("\xef\xbb\xbf" + bytes);
  CHECK(b.text == want);
  CHECK(b.replaced_at == Idx{3, 10});
}

TEST_CASE("decode: invalid UTF-8 gives U+FFFD at the right indices") {
  // Mostly valid UTF-8 with one stray byte (0xFF), an overlong form (C0 AF) and a surrogate
  // (ED A0 80): UTF-8 wins because it is nearly valid.
  std::string s;
  for (int i = 0; i < 60; ++i) s += "绩效";
  s += "\xff" "a" "\xc0\xaf" "b" "\xed\xa0\x80" "c";
  Decoded d = decode(s);
  CHECK(d.encoding == "utf-8");
  CHECK(d.text.size() == 120 + 1 + 1 + 2 + 1 + 3 + 1);
  CHECK(d.replaced_at == Idx{120, 122, 123, 125, 126, 127});
  CHECK(d.text.substr(120) == U"\uFFFDa\uFFFD\uFFFDb\uFFFD\uFFFD\uFFFDc");
  CHECK(d.text.substr(0, 4) == U"绩效绩效");
}

TEST_CASE("decode: U+FFFD already in the input is listed too") {
  Decoded d = decode("ab\xef\xbf\xbd" "c\xff");
  CHECK(d.encoding == "utf-8");
  CHECK(d.text == U"ab\uFFFDc\uFFFD");
  CHECK(d.replaced_at == Idx{2, 4});
}

TEST_CASE("decode: truncated UTF-8 sequences") {
  // Truncated at the end: one U+FFFD for the whole incomplete sequence.
  Decoded d = decode("部门整体支出绩效\xe8\xaf");
  CHECK(d.encoding == "utf-8");
  CHECK(d.text == U"部门整体支出绩效\uFFFD");
  CHECK(d.replaced_at == Idx{8});
  // Truncated in the middle: the byte that breaks the sequence is read again.
  Decoded m = decode("部门整体支出绩效\xe8\xaf" "x自评\xf0\x9f\x98");
  CHECK(m.encoding == "utf-8");
  CHECK(m.text == U"部门整体支出绩效\uFFFDx自评\uFFFD");
  CHECK(m.replaced_at == Idx{8, 12});
}

TEST_CASE("decode: binary detection") {
  const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20);
  CHECK(decode(png).binary);
  CHECK(decode(std::string("PK\x03\x04\x14\0\x06\0\x08\0", 10)).binary);
  CHECK(decode(std::string("MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0", 16)).binary);
  CHECK_FALSE(decode("MZ is how this text starts").binary);

  std::string nul_heavy;
  for (int i = 0; i < 256; ++i) nul_heavy += static_cast<char>(i % 4 == 0 ? i : 0);
  Decoded n = decode(nul_heavy);
  CHECK(n.binary);
  CHECK(n.text.size() >= 192);  // decoded lossily, nothing dropped

  CHECK(decode(std::string("abc\0def", 7)).binary);
  CHECK(decode("\x01\x02\x03\x04 control soup \x05\x06\x07\x08").binary);

  // Text is not binary: tabs, form feeds and CRLF are fine; one stray NUL in long text is too.
  CHECK_FALSE(decode("col1\tcol2\r\n\fpage two\n").binary);
  std::string long_text(5000, 'x');
  long_text[2500] = '\0';
  CHECK_FALSE(decode(long_text).binary);
  // UTF-16 text is full of NUL bytes but is not binary.
  CHECK_FALSE(decode(utf16(U"plain text 合计", true, true)).binary);
}

TEST_CASE("decode: arbitrary bytes never crash and every byte is accounted for") {
  std::string s;
  unsigned x = 12345;
  for (int i = 0; i < 20000; ++i) {
    x = x * 1103515245u + 12345u;
    s += static_cast<char>(x >> 16);
  }
  for (std::size_t len : {0u, 1u, 2u, 3u, 5u, 17u, 1000u, 20000u}) {
    Decoded d = decode(std::string_view(s).substr(0, len));
    CHECK(d.text.size() <= len);
    for (std::size_t i : d.replaced_at) {
      REQUIRE(i < d.text.size());
      CHECK(d.text[i] == U'\uFFFD');
    }
  }
  // Every truncation of a mixed GB18030 string decodes, each prefix as GB18030.
  const std::string gb = "\xb2\xbf\x81\x30\x81\x30\x94\x39\xfc\x36\xa1\xa4";
  for (std::size_t len = 1; len <= gb.size(); ++len) {
    Decoded d = decode(gb.substr(0, len));
    CHECK(d.text.size() <= len);
  }
}

TEST_CASE("decode: GB18030 sample file round-trips to its UTF-8 twin") {
  const std::string dir = std::string(GOUJI_SOURCE_DIR) + "/tests/data/encodings/";
  const std::string gb = read_file(dir + "gbk_sample.txt");
  const std::string utf8 = read_file(dir + "gbk_sample.utf8.txt");
  REQUIRE(gb.size() > 1000);
  REQUIRE(utf8.size() > 1000);
  Decoded d = decode(gb);
  CHECK(d.encoding == "gb18030");
  CHECK(d.replaced_at.empty());
  CHECK_FALSE(d.binary);
  CHECK(gouji::to_utf8(d.text) == utf8);

  Decoded u = decode(utf8);
  CHECK(u.encoding == "utf-8");
  CHECK(u.text == d.text);
}
