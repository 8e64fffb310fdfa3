#include "docx/zip.h"

#include <algorithm>

#include "docx/inflate.h"

namespace gouji::docx {
namespace {

constexpr std::uint32_t kLocalSig = 0x04034b50u, kCentralSig = 0x02014b50u, kEndSig = 0x06054b50u;
constexpr std::uint32_t kZip64EndSig = 0x06064b50u, kZip64LocatorSig = 0x07064b50u;

// Little-endian reads; callers check `at + width <= b.size()` first.
std::uint32_t u16(std::string_view b, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) |
         (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8);
}
std::uint32_t u32(std::string_view b, std::size_t at) { return u16(b, at) | (u16(b, at + 2) << 16); }
std::uint64_t u64(std::string_view b, std::size_t at) {
  return static_cast<std::uint64_t>(u32(b, at)) | (static_cast<std::uint64_t>(u32(b, at + 4)) << 32);
}
bool fits(std::string_view b, std::uint64_t at, std::uint64_t n) { return at <= b.size() && n <= b.size() - at; }

}  // namespace

ZipReader::ZipReader(std::string_view bytes, ZipLimits limits) : bytes_(bytes), limits_(limits) {
  if (bytes.size() < 4 || bytes.substr(0, 2) != "PK") { error_ = ZipError::NotZip; return; }
  // End of central directory: scanning back through the last 64 KiB (the comment's maximum), take
  // the record whose comment ends the file; failing that, the last signature seen.
  std::size_t eocd = std::string_view::npos;
  if (bytes.size() >= 22) {
    std::size_t lowest = bytes.size() > 22 + 65535 ? bytes.size() - 22 - 65535 : 0;
    for (std::size_t i = bytes.size() - 22 + 1; i-- > lowest;) {
      if (u32(bytes, i) != kEndSig) continue;
      if (eocd == std::string_view::npos) eocd = i;
      if (i + 22 + u16(bytes, i + 20) == bytes.size()) { eocd = i; break; }
    }
  }
  if (eocd == std::string_view::npos) {
    bool zip_start = u32(bytes, 0) == kLocalSig || u32(bytes, 0) == kEndSig;
    error_ = zip_start ? ZipError::Truncated : ZipError::NotZip;
    return;
  }
  std::uint32_t disk = u16(bytes, eocd + 4), cd_disk = u16(bytes, eocd + 6);
  std::uint64_t count = u16(bytes, eocd + 10), cd_size = u32(bytes, eocd + 12), cd_off = u32(bytes, eocd + 16);
  if (count == 0xFFFF || cd_size == 0xFFFFFFFFu || cd_off == 0xFFFFFFFFu) {
    // ZIP64: a locator just before the record points at the 64-bit end record.
    if (eocd >= 20 && u32(bytes, eocd - 20) == kZip64LocatorSig) {
      std::uint64_t z = u64(bytes, eocd - 20 + 8);
      if (!fits(bytes, z, 56) || u32(bytes, static_cast<std::size_t>(z)) != kZip64EndSig) { error_ = ZipError::Corrupt; return; }
      auto at = static_cast<std::size_t>(z);
      disk = u32(bytes, at + 16);
      cd_disk = u32(bytes, at + 20);
      count = u64(bytes, at + 32);
      cd_size = u64(bytes, at + 40);
      cd_off = u64(bytes, at + 48);
    }
  }
  if ((disk != 0 && disk != 0xFFFF) || (cd_disk != 0 && cd_disk != 0xFFFF)) { error_ = ZipError::Unsupported; return; }
  if (count > limits_.max_entries) { error_ = ZipError::TooManyEntries; return; }
  if (!fits(bytes, cd_off, cd_size)) { error_ = ZipError::Truncated; return; }
  std::string_view cd = bytes.substr(static_cast<std::size_t>(cd_off), static_cast<std::size_t>(cd_size));
  entries_.reserve(static_cast<std::size_t>(count));
  std::size_t p = 0;
  for (std::uint64_t k = 0; k < count; ++k) {
    if (!fits(cd, p, 46)) { error_ = ZipError::Truncated; return; }
    if (u32(cd, p) != kCentralSig) { error_ = ZipError::Corrupt; return; }
    ZipEntry e;
    e.flags = u16(cd, p + 8);
    e.method = u16(cd, p + 10);
    e.crc = u32(cd, p + 16);
    e.compressed = u32(cd, p + 20);
    e.size = u32(cd, p + 24);
    std::size_t name_len = u16(cd, p + 28), extra_len = u16(cd, p + 30), comment_len = u16(cd, p + 32);
    e.local_offset = u32(cd, p + 42);
    if (!fits(cd, p + 46, std::uint64_t{name_len} + extra_len + comment_len)) { error_ = ZipError::Truncated; return; }
    e.name.assign(cd.data() + p + 46, name_len);
    // ZIP64 extended information: 8-byte values for the fields that hold 0xFFFFFFFF, in order.
    if (e.size == 0xFFFFFFFFu || e.compressed == 0xFFFFFFFFu || e.local_offset == 0xFFFFFFFFu) {
      std::string_view extra = cd.substr(p + 46 + name_len, extra_len);
      for (std::size_t q = 0; q + 4 <= extra.size();) {
        std::size_t id = u16(extra, q), len = u16(extra, q + 2);
        if (len > extra.size() - q - 4) break;
        if (id == 1) {
          std::string_view z = extra.substr(q + 4, len);
          std::size_t at = 0;
          for (std::uint64_t* field : {&e.size, &e.compressed, &e.local_offset}) {
            if (*field != 0xFFFFFFFFu) continue;
            if (at + 8 > z.size()) { error_ = ZipError::Corrupt; return; }
            *field = u64(z, at);
            at += 8;
          }
          break;
        }
        q += 4 + len;
      }
    }
    entries_.push_back(std::move(e));
    p += 46 + name_len + extra_len + comment_len;
  }
}

const ZipEntry* ZipReader::find(std::string_view name) const {
  for (const auto& e : entries_)
    if (e.name == name) return &e;
  return nullptr;
}

ZipError ZipReader::read(const ZipEntry& e, std::string& out) {
  out.clear();
  if (error_ != ZipError::None) return error_;
  if (e.encrypted()) return ZipError::Encrypted;
  if (e.method != 0 && e.method != 8) return ZipError::Unsupported;
  if (!fits(bytes_, e.local_offset, 30)) return ZipError::Truncated;
  auto p = static_cast<std::size_t>(e.local_offset);
  if (u32(bytes_, p) != kLocalSig) return ZipError::Corrupt;
  std::uint64_t data = std::uint64_t{p} + 30 + u16(bytes_, p + 26) + u16(bytes_, p + 28);
  if (!fits(bytes_, data, e.compressed)) return ZipError::Truncated;
  std::string_view raw = bytes_.substr(static_cast<std::size_t>(data), static_cast<std::size_t>(e.compressed));

  // The limits, in 64-bit arithmetic (size_t is 32 bits in wasm).
  std::uint64_t budget = limits_.max_total > total_ ? limits_.max_total - total_ : 0;
  std::uint64_t by_ratio = std::max<std::uint64_t>(limits_.ratio_floor, e.compressed * std::uint64_t{limits_.max_ratio});
  std::uint64_t cap = std::min(budget, by_ratio);
  if (e.size > cap) return ZipError::TooLarge;  // refused before inflating anything
  auto size = static_cast<std::size_t>(e.size);
  if (e.method == 0) {
    if (raw.size() != size) return ZipError::Corrupt;
    out.assign(raw.data(), raw.size());
  } else {
    // The declared size bounds the output: a stream that inflates past it lies about its size.
    switch (inflate_raw(raw, size, out)) {
      case InflateStatus::Ok: break;
      case InflateStatus::Truncated: return ZipError::Truncated;
      case InflateStatus::Corrupt:
      case InflateStatus::TooLarge: return ZipError::Corrupt;
    }
    if (out.size() != size) return ZipError::Corrupt;
  }
  total_ += out.size();
  if (crc32(out) != e.crc) return ZipError::Corrupt;
  return ZipError::None;
}

}  // namespace gouji::docx
