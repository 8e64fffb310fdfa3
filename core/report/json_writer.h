#pragma once
// JSON written as it is produced (issue 16: a tree of every finding and fact cost ≈ 1000 bytes per
// input byte). The output is byte-identical to what dump_json() printed for the same tree: compact,
// keys in the order nlohmann's std::map sorts them (bytewise) — callers write keys in that order —,
// strings escaped as nlohmann escapes them, invalid UTF-8 replaced with U+FFFD where nlohmann put it;
// doubles in nlohmann's layout with the shortest digits that read back (nlohmann's Grisu2 printed
// some longer: "13665.712535999999"). No exceptions, and none of nlohmann's serializer linked.
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace gouji {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : dst_(&out) {}  // appends to `out`
  // Buffered: written to `out` in blocks of 64 KB and at flush() / destruction.
  explicit JsonWriter(std::ostream& out) : os_(&out), dst_(&buf_) {}
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
  void separate();  // a comma before every value but the first of its container (not after a key)
  void put(char c) {
    *dst_ += c;
    if (os_ && buf_.size() >= kBlock) flush();
  }
  void put(std::string_view s) {
    dst_->append(s.data(), s.size());
    if (os_ && buf_.size() >= kBlock) flush();
  }
  void escaped(std::string_view s);

  static constexpr std::size_t kBlock = 1 << 16;
  std::ostream* os_ = nullptr;
  std::string buf_;      // the ostream's pending block
  std::string* dst_;     // where bytes go: the caller's string, or buf_
  std::vector<bool> first_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace gouji
