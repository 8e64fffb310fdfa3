#include "report/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>

namespace gouji {
namespace {

// Well-formed UTF-8 (Unicode table 3-7: no overlongs, surrogates or code points past U+10FFFF),
// what nlohmann's decoder accepts. The length of the sequence at i; 0 when it is ill-formed, and
// then *bad is how many of its bytes to drop: the lead byte alone, or the bytes before the first
// that breaks it (that byte is read again, as the start of what follows), or all to the end.
std::size_t sequence_at(const unsigned char* p, std::size_t n, std::size_t i, std::size_t* bad) {
  unsigned char c = p[i];
  if (c < 0x80) return 1;
  std::size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (len == 0) {
    *bad = 1;
    return 0;
  }
  unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80, hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
  for (std::size_t k = 1; k < len; ++k, lo = 0x80, hi = 0xBF) {
    if (i + k >= n || p[i + k] < lo || p[i + k] > hi) {
      *bad = i + k >= n ? n - i : k;
      return 0;
    }
  }
  return len;
}

bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// What a string needs before it is written: nothing (most), escapes, or U+FFFD for ill-formed UTF-8.
enum class Scan { Plain, Escapes, IllFormed };

Scan scan(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t bad = 0;
  bool escapes = false;
  for (std::size_t i = 0, len; i < n; i += len) {
    unsigned char c = p[i];
    // Most of every string, with no call: ASCII, and the 3-byte sequences (Han among them)
    // whose continuation bytes may be any of 80…BF.
    if (c < 0x80) {
      len = 1;
      escapes |= needs_escape(c);
    } else if (((c >= 0xE1 && c <= 0xEC) || c >= 0xEE) && c <= 0xEF && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 &&
               (p[i + 2] & 0xC0) == 0x80) {
      len = 3;
    } else if ((len = sequence_at(p, n, i, &bad)) == 0) {
      return Scan::IllFormed;
    }
  }
  return escapes ? Scan::Escapes : Scan::Plain;
}

// Each ill-formed sequence becomes one U+FFFD, where nlohmann's replace handler puts it (rare:
// file names and quoted text of a document whose decoding already replaced its own).
std::string replace_ill_formed(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::string out;
  out.reserve(s.size() + 8);
  for (std::size_t i = 0, bad = 0; i < s.size();) {
    if (std::size_t len = sequence_at(p, s.size(), i, &bad)) {
      out.append(s.data() + i, len);
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      i += bad;
    }
  }
  return out;
}

// nlohmann's exponent: a sign and at least two digits ("e+21", "e-05").
void put_exponent(std::string& b, int e) {
  b += e < 0 ? '-' : '+';
  e = e < 0 ? -e : e;
  if (e < 10) b += '0';
  b += std::to_string(e);
}

// A finite double as nlohmann prints it: the shortest digits that read back as the same double,
// then placed as its format_buffer places them (fixed within 10^-5 … 10^15, "12.0" for an
// integer value, else d.ddde±XX). printf finds the digits: a report's handful of doubles does not
// need a shortest-digits algorithm of its own.
std::string format_double(double v) {
  if (!std::isfinite(v)) return "null";
  std::string b = std::signbit(v) ? "-" : "";
  v = std::fabs(v);
  if (v == 0) return b + "0.0";
  // 15 significant digits first: every decimal of up to 15 digits reads back from them as itself
  // (DBL_DIG), so one call serves a report's figures; the trailing zeros go below. Subnormals
  // hold fewer digits: searched from one.
  char e[40];
  for (int prec = v < std::numeric_limits<double>::min() ? 0 : 14; prec <= 16; ++prec) {
    std::snprintf(e, sizeof e, "%.*e", prec, v);
    if (std::strtod(e, nullptr) == v) break;
  }
  std::string digits;  // d1…dk, with value = 0.d1…dk × 10^n
  const char* x = e;
  for (; *x != 'e'; ++x)
    if (*x != '.') digits += *x;
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int n = std::atoi(x + 1) + 1, k = static_cast<int>(digits.size());
  if (k <= n && n <= 15) return b + digits + std::string(static_cast<std::size_t>(n - k), '0') + ".0";
  if (0 < n && n <= 15) return b + digits.substr(0, static_cast<std::size_t>(n)) + "." + digits.substr(static_cast<std::size_t>(n));
  if (-4 < n && n <= 0) return b + "0." + std::string(static_cast<std::size_t>(-n), '0') + digits;
  b += digits.substr(0, 1);
  if (k > 1) b += "." + digits.substr(1);
  b += 'e';
  put_exponent(b, n - 1);
  return b;
}

}  // namespace

void JsonWriter::flush() {
  sink(std::string_view(buf_.get(), used_));
  used_ = 0;
}

void JsonWriter::sink(std::string_view s) {
  if (s.empty()) return;
  if (os_) os_->write(s.data(), static_cast<std::streamsize>(s.size()));
  else str_->append(s.data(), s.size());
}

std::size_t JsonWriter::lead(char* b) {
  if (after_key_) {
    after_key_ = false;
    return 0;
  }
  if (first_.empty()) return 0;
  if (first_.back()) {
    first_.back() = false;
    return 0;
  }
  *b = ',';
  return 1;
}

JsonWriter& JsonWriter::open(char c) {
  char b[2];
  std::size_t n = lead(b);
  b[n++] = c;
  put(std::string_view(b, n));
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::close(char c) {
  if (!first_.empty()) first_.pop_back();
  put(c);
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  // keys are the writers' own ASCII names: nothing to escape; one append with the comma and colon.
  char b[64];
  if (k.size() + 4 > sizeof b) {
    std::size_t n = lead(b);
    b[n++] = '"';
    put(std::string_view(b, n));
    put(k);
    put("\":");
  } else {
    std::size_t n = lead(b);
    b[n++] = '"';
    if (!k.empty()) std::memcpy(b + n, k.data(), k.size());
    n += k.size();
    b[n++] = '"';
    b[n++] = ':';
    put(std::string_view(b, n));
  }
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::str(std::string_view s) {
  char b[2];
  std::size_t n = lead(b);
  b[n++] = '"';
  put(std::string_view(b, n));
  escaped(s);
  return *this;
}

// The string's bytes after its opening quote, then the closing quote: whole when nothing needs
// an escape, else in runs between the escapes.
void JsonWriter::escaped(std::string_view s) {
  Scan need = scan(s);
  if (need == Scan::IllFormed) {
    escaped(replace_ill_formed(s));
    return;
  }
  std::size_t run = 0;  // start of the bytes not yet written
  for (std::size_t i = need == Scan::Plain ? s.size() : 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (!needs_escape(c)) continue;
    put(s.substr(run, i - run));
    run = i + 1;
    switch (c) {
      case '"': put("\\\""); break;
      case '\\': put("\\\\"); break;
      case '\b': put("\\b"); break;
      case '\t': put("\\t"); break;
      case '\n': put("\\n"); break;
      case '\f': put("\\f"); break;
      case '\r': put("\\r"); break;
      default: {
        char u[8];
        std::snprintf(u, sizeof u, "\\u%04x", c);
        put(std::string_view(u, 6));
      }
    }
  }
  put(s.substr(run));
  put('"');
}

JsonWriter& JsonWriter::num(std::int64_t v) {
  char b[25];  // to_chars: every span is two of these, and snprintf's format parsing cost ≈ 2% of a check
  std::size_t n = lead(b);
  put(std::string_view(b, static_cast<std::size_t>(std::to_chars(b + n, b + sizeof b, v).ptr - b)));
  return *this;
}

JsonWriter& JsonWriter::unum(std::uint64_t v) {
  char b[25];
  std::size_t n = lead(b);
  put(std::string_view(b, static_cast<std::size_t>(std::to_chars(b + n, b + sizeof b, v).ptr - b)));
  return *this;
}

JsonWriter& JsonWriter::dbl(double v) {
  separate();
  put(format_double(v));
  return *this;
}

JsonWriter& JsonWriter::boolean(bool v) {
  separate();
  put(v ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::null() {
  separate();
  put("null");
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json) {
  separate();
  put(json);
  return *this;
}

}  // namespace gouji
