// The options object the page and portals pass with each call ({"lang","path","include_text"}).
// Read by a small reader of its own rather than nlohmann's parser: this is the only JSON the core
// ever parses, and the parser is ≈ 16 KB of wasm in a page held to a size budget. It accepts
// exactly what JSON allows and, like the parser it replaced, falls back to the defaults for
// anything that is not a JSON object (tests/core/options_json_test.cpp holds the two to agree).
#include <cstdint>

#include "analyze.h"

namespace gouji {
namespace {

struct Reader {
  std::string_view s;
  std::size_t i = 0;
  bool bad = false;

  void ws() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  }
  bool eat(char c) {
    ws();
    if (i < s.size() && s[i] == c) { ++i; return true; }
    return false;
  }
  bool word(std::string_view w) {
    if (s.substr(i, w.size()) != w) return false;
    i += w.size();
    return true;
  }
  static void utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) { out += char(cp); return; }
    if (cp < 0x800) { out += char(0xC0 | cp >> 6); }
    else if (cp < 0x10000) { out += char(0xE0 | cp >> 12); out += char(0x80 | (cp >> 6 & 0x3F)); }
    else { out += char(0xF0 | cp >> 18); out += char(0x80 | (cp >> 12 & 0x3F)); out += char(0x80 | (cp >> 6 & 0x3F)); }
    out += char(0x80 | (cp & 0x3F));
  }
  bool hex4(std::uint32_t& v) {
    if (i + 4 > s.size()) return false;
    v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s[i++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= unsigned(c - '0');
      else if (c >= 'a' && c <= 'f') v |= unsigned(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= unsigned(c - 'A' + 10);
      else return false;
    }
    return true;
  }
  // A JSON string (the opening quote already consumed); raw bytes ≥ 0x80 must be valid UTF-8.
  bool string(std::string& out) {
    while (i < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[i++]);
      if (c == '"') return true;
      if (c < 0x20) return false;
      if (c >= 0x80) {
        int n = c >= 0xF0 && c <= 0xF4 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 && c < 0xE0 ? 1 : -1;
        if (n < 0 || i + n > s.size()) return false;
        std::uint32_t cp = c & (0x3F >> n);
        for (int k = 0; k < n; ++k) {
          unsigned char d = static_cast<unsigned char>(s[i + k]);
          if ((d & 0xC0) != 0x80) return false;
          cp = cp << 6 | (d & 0x3F);
        }
        if ((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp < 0xE000))) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
          return false;
        out.append(s.substr(i - 1, n + 1));
        i += n;
        continue;
      }
      if (c != '\\') { out += char(c); continue; }
      if (i >= s.size()) return false;
      char e = s[i++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          std::uint32_t v;
          if (!hex4(v)) return false;
          if (v >= 0xDC00 && v < 0xE000) return false;  // a lone low surrogate
          if (v >= 0xD800 && v < 0xDC00) {
            std::uint32_t lo;
            if (!word("\\u") || !hex4(lo) || lo < 0xDC00 || lo >= 0xE000) return false;
            v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
          }
          utf8(out, v);
          break;
        }
        default: return false;
      }
    }
    return false;
  }
  bool number() {
    std::size_t b = i;
    if (i < s.size() && s[i] == '-') ++i;
    auto digits = [&] { std::size_t d = i; while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i; return i - d; };
    if (i < s.size() && s[i] == '0') ++i;
    else if (!digits()) return false;
    if (i < s.size() && s[i] == '.') { ++i; if (!digits()) return false; }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
      ++i;
      if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
      if (!digits()) return false;
    }
    return i > b;
  }
  bool scalar() {
    ws();
    if (i >= s.size()) return false;
    std::string ignored;
    switch (s[i]) {
      case '"': ++i; return string(ignored);
      case 't': return word("true");
      case 'f': return word("false");
      case 'n': return word("null");
      default: return number();
    }
  }
  bool key() {
    std::string k;
    return eat('"') && string(k) && eat(':');
  }
  // Any value, nested to any depth without recursion (a hostile options string cannot exhaust
  // the stack); kind: 's' a string (into str), 't'/'f' a boolean, 'o' anything else.
  bool value(char& kind, std::string& str) {
    ws();
    if (i >= s.size()) return false;
    kind = s[i] == '"' ? 's' : s[i] == 't' ? 't' : s[i] == 'f' ? 'f' : 'o';
    if (kind == 's') { ++i; return string(str); }
    std::string closers;  // of the open containers, innermost last
    for (;;) {
      ws();
      if (i < s.size() && (s[i] == '{' || s[i] == '[')) {
        char close = s[i++] == '{' ? '}' : ']';
        if (!eat(close)) {
          closers += close;
          if (close == '}' && !key()) return false;
          continue;  // the container's first value
        }
      } else if (!scalar()) {
        return false;
      }
      // After a value: close what ends here, or go on to the next value.
      for (;;) {
        if (closers.empty()) return true;
        if (eat(',')) {
          if (closers.back() == '}' && !key()) return false;
          break;
        }
        if (!eat(closers.back())) return false;
        closers.pop_back();
      }
    }
  }
};

}  // namespace

AnalyzeOptions options_from_json(std::string_view json) {
  AnalyzeOptions o, read;
  if (json.substr(0, 3) == "\xEF\xBB\xBF") json.remove_prefix(3);  // a BOM, skipped as nlohmann did
  Reader r{json};
  if (!r.eat('{')) return o;
  if (!r.eat('}')) {
    do {
      std::string key, str;
      char kind;
      if (!r.eat('"') || !r.string(key) || !r.eat(':') || !r.value(kind, str)) return o;
      // The last of repeated keys decides, as it did in the tree; a value of another type means
      // the default.
      if (key == "lang") read.lang = kind == 's' && str == "en" ? Lang::En : Lang::Zh;
      else if (key == "path") read.path = kind == 's' ? str : o.path;
      else if (key == "include_text") read.include_text = kind == 't';
    } while (r.eat(','));
    if (!r.eat('}')) return o;
  }
  r.ws();
  return r.i == json.size() ? read : o;  // trailing text: not JSON
}

}  // namespace gouji
