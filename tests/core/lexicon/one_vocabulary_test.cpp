// One vocabulary (issue 14): the Chinese words that give a number or a clause its meaning live in
// core/lexicon/ as data. No other source file in core/ holds a Chinese word list, in any stage.
//
// What counts, precisely (comments are stripped first: a comment quoting a phrase holds no list):
//  - a word: a char32_t string literal U"…" holding a CJK ideograph. The text is read as char32_t
//    everywhere, so a word meant to be matched against the report is written so; one such literal
//    outside core/lexicon/ already fails (a single word is a list of one that the next rule grows).
//  - a character list: char32_t character literals U'…' testing ideographs one at a time. A
//    reader's own grammar is not vocabulary and is not counted: the numerals (digits, 十百千万亿
//    and their financial forms, 两, 几/数 "several", 点 the decimal point), the date and time
//    characters (年月日号时分秒, 底末初旬份度季周), the ordinal 第 and the range 至/到 — the
//    characters numbers, dates and ranges are written in, as '0'–'9', '.' and '-' are. Punctuation
//    (U+3000–U+303F, U+FF00–U+FFEF) is no ideograph. Any other ideograph is a word of one
//    character; kCharList of them in one file make a list.
// UTF-8 literals ("…") are what gouji writes — finding messages, names in the JSON — never matched
// against the report's char32_t text, and are not counted.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

namespace {

// The text without // and /* */ comments (string and character literals kept whole).
std::string strip_comments(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (s.compare(i, 2, "//") == 0) {
      while (i < s.size() && s[i] != '\n') ++i;
    } else if (s.compare(i, 2, "/*") == 0) {
      std::size_t e = s.find("*/", i + 2);
      i = e == std::string::npos ? s.size() : e + 2;
    } else if (s[i] == '"' || s[i] == '\'') {
      char q = s[i];
      std::size_t j = i + 1;
      while (j < s.size() && s[j] != q && s[j] != '\n') j += s[j] == '\\' ? 2 : 1;
      out.append(s, i, j + 1 - i);
      i = j + 1;
    } else {
      out += s[i++];
    }
  }
  return out;
}

// Decodes the UTF-8 code points of s[b, e).
std::u32string decode(const std::string& s, std::size_t b, std::size_t e) {
  std::u32string out;
  for (std::size_t i = b; i < e;) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t v = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < n && i + k < e; ++k) v = (v << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out += v;
    i += n;
  }
  return out;
}

bool ideograph(char32_t c) {
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

const std::u32string kGrammar =
    U"〇零一二两兩三四五六七八九十百千万亿壹弌贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億几数点"  // numerals
    U"年月日号时分秒底末初旬份度季周"                                                   // dates, times
    U"第至到";                                                                           // ordinal, range

constexpr std::size_t kCharList = 4;  // this many distinct vocabulary characters make a list

struct Held {
  std::size_t words = 0;            // U"…" literals holding an ideograph
  std::set<char32_t> chars;         // vocabulary characters tested one at a time
};

Held scan(const std::string& raw) {
  const std::string s = strip_comments(raw);
  Held h;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] != 'U' || (s[i + 1] != '"' && s[i + 1] != '\'')) continue;
    if (i > 0 && (std::isalnum(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '_')) continue;
    char q = s[i + 1];
    std::size_t j = i + 2;
    while (j < s.size() && s[j] != q && s[j] != '\n') j += s[j] == '\\' ? 2 : 1;
    std::u32string lit = decode(s, i + 2, std::min(j, s.size()));
    if (q == '"') {
      for (char32_t c : lit)
        if (ideograph(c)) { ++h.words; break; }
    } else if (lit.size() == 1 && ideograph(lit[0]) && kGrammar.find(lit[0]) == std::u32string::npos) {
      h.chars.insert(lit[0]);
    }
    i = j;
  }
  return h;
}

bool holds_list(const Held& h) { return h.words > 0 || h.chars.size() >= kCharList; }

}  // namespace

TEST_CASE("the scanner sees words and character lists, not comments, messages or grammar") {
  CHECK(holds_list(scan("bool f(Str l) { return l.find(U\"年初预算\") != Str::npos; }")));
  CHECK(holds_list(scan("if (c == U'余' || c == U'多' || c == U'近' || c == U'约') return true;")));
  CHECK_FALSE(holds_list(scan("// \"比上年增长5%\": U\"增长\" in a comment\n/* U\"下降\" */ int x;")));
  CHECK_FALSE(holds_list(scan("make_finding(\"R01\", {\"合计应为\" + s, \"should be\"});")));
  CHECK_FALSE(holds_list(scan("if (c == U'年' || c == U'月' || c == U'日' || c == U'第' || c == U'十') {}")));
  CHECK_FALSE(holds_list(scan("if (c == U'，' || c == U'。' || c == U'、') {}")));
  CHECK_FALSE(holds_list(scan("if (c == U'余' || c == U'多' || c == U'近') {}")));  // three: below a list
}

TEST_CASE("no Chinese word list anywhere in core/ outside core/lexicon/") {
  namespace fs = std::filesystem;
  const fs::path core = fs::path(GOUJI_SOURCE_DIR) / "core";
  std::set<std::string> lexicon_holding;
  std::size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(core)) {
    if (!e.is_regular_file()) continue;
    std::string ext = e.path().extension().string();
    if (ext != ".cpp" && ext != ".h") continue;
    ++files;
    std::ifstream in(e.path(), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string rel = fs::relative(e.path(), core).generic_string();
    const Held h = scan(text);
    if (rel.rfind("lexicon/", 0) == 0) {
      if (holds_list(h)) lexicon_holding.insert(rel);
      continue;
    }
    CHECK_MESSAGE(h.words == 0, rel << " holds " << h.words << " Chinese word literal(s): move them to core/lexicon");
    CHECK_MESSAGE(h.chars.size() < kCharList,
                  rel << " tests " << h.chars.size() << " Chinese characters one at a time: move them to core/lexicon");
  }
  CHECK(files > 50);                                    // the walk saw core/
  CHECK(lexicon_holding.count("lexicon/words.cpp") == 1);  // and the scanner sees the vocabulary where it lives
}
