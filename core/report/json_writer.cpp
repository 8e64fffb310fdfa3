#include "report/json_writer.h"

#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

namespace gouji {
namespace {

// Well-formed UTF-8 (Unicode table 3-7: no overlongs, surrogates or code points past U+10FFFF),
// what nlohmann's decoder accepts.
bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = s.size(), i = 0;
  auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return k < n && p[k] >= lo && p[k] <= hi;
  };
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
    } else if (c >= 0xC2 && c <= 0xDF) {
      if (!cont(i + 1)) return false;
      i += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
      if (!cont(i + 1, lo, hi) || !cont(i + 2)) return false;
      i += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
      if (!cont(i + 1, lo, hi) || !cont(i + 2) || !cont(i + 3)) return false;
      i += 4;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

void JsonWriter::flush() {
  if (!os_ || buf_.empty()) return;
  os_->write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  buf_.clear();
}

void JsonWriter::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (first_.empty()) return;
  if (first_.back()) first_.back() = false;
  else put(',');
}

JsonWriter& JsonWriter::open(char c) {
  separate();
  put(c);
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::close(char c) {
  if (!first_.empty()) first_.pop_back();
  put(c);
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  separate();
  put('"');
  put(k);  // keys are the writers' own ASCII names: nothing to escape
  put("\":");
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::str(std::string_view s) {
  separate();
  escaped(s);
  return *this;
}

void JsonWriter::escaped(std::string_view s) {
  if (!valid_utf8(s)) {  // rare: let nlohmann place its U+FFFD replacements exactly as it did
    put(nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return;
  }
  put('"');
  std::size_t run = 0;  // start of the bytes not yet written
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
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
  separate();
  char b[24];
  int n = std::snprintf(b, sizeof b, "%lld", static_cast<long long>(v));
  put(std::string_view(b, static_cast<std::size_t>(n)));
  return *this;
}

JsonWriter& JsonWriter::unum(std::uint64_t v) {
  separate();
  char b[24];
  int n = std::snprintf(b, sizeof b, "%llu", static_cast<unsigned long long>(v));
  put(std::string_view(b, static_cast<std::size_t>(n)));
  return *this;
}

JsonWriter& JsonWriter::dbl(double v) {
  separate();
  put(nlohmann::json(v).dump());  // nlohmann's own float format (and null for NaN/inf)
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
