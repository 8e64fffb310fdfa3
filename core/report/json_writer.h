#pragma once
// JSON written as it is produced (issue 16: a tree of every finding and fact cost ≈ 1000 bytes per
// input byte). The output is byte-identical to what dump_json() printed for the same tree: compact,
// keys in the order nlohmann's std::map sorts them (bytewise) — callers write keys in that order —,
// strings escaped as nlohmann escapes them, invalid UTF-8 replaced with U+FFFD where nlohmann put it;
// doubles in nlohmann's layout with the shortest digits that read back (nlohmann's Grisu2 printed
// some longer: "13665.712535999999"). No exceptions, and none of nlohmann's serializer linked.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace gouji {

class JsonWriter {
 public:
  // Buffered either way: appended to `out` in blocks of 64 KB and at flush() / destruction (a
  // report is hundreds of small pieces; a block of its own takes each with a memcpy, not a
  // std::string append).
  explicit JsonWriter(std::string& out) : str_(&out), buf_(new char[kBlock]) {}
  explicit JsonWriter(std::ostream& out) : os_(&out), buf_(new char[kBlock]) {}
  ~JsonWriter() { flush(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  JsonWriter& key(std::string_view k);  // the next value is this key's

  JsonWriter& str(std::string_view s);
  JsonWriter& num(std::int64_t v);
  JsonWriter& unum(std::uint64_t v);
  JsonWriter& dbl(double v);  // nlohmann's layout ("12.0", "1e+21", null for NaN/inf), shortest digits
  JsonWriter& boolean(bool v);
  JsonWriter& null();
  JsonWriter& raw(std::string_view json);  // an already serialised value

  // key + value in one call.
  JsonWriter& kstr(std::string_view k, std::string_view v) { return key(k).str(v); }
  JsonWriter& knum(std::string_view k, std::int64_t v) { return key(k).num(v); }
  JsonWriter& kunum(std::string_view k, std::uint64_t v) { return key(k).unum(v); }
  JsonWriter& kbool(std::string_view k, bool v) { return key(k).boolean(v); }

  void flush();

 private:
  JsonWriter& open(char c);
  JsonWriter& close(char c);
  // Writes the comma that goes before every value but the first of its container (none after a
  // key) at b; returns how many bytes it wrote (0 or 1).
  std::size_t lead(char* b);
  void separate() {
    char b[1];
    if (lead(b)) put(',');
  }
  void put(char c) {
    if (used_ == kBlock) flush();
    buf_[used_++] = c;
  }
  void put(std::string_view s) {
    if (s.empty()) return;  // an empty view may hold a null pointer: memcpy must not see it
    if (s.size() > kBlock - used_) {
      flush();
      if (s.size() > kBlock) return sink(s);
    }
    std::memcpy(buf_.get() + used_, s.data(), s.size());
    used_ += s.size();
  }
  void sink(std::string_view s);  // to `out`, past the block
  void escaped(std::string_view s);  // after the opening quote: the bytes escaped, the closing quote

  static constexpr std::size_t kBlock = 1 << 16;
  std::ostream* os_ = nullptr;   // where bytes go: a stream,
  std::string* str_ = nullptr;   // or the caller's string
  std::unique_ptr<char[]> buf_;  // the pending block
  std::size_t used_ = 0;
  std::vector<bool> first_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace gouji
