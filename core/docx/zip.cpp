#include "docx/zip.h"

#include <algorithm>
#include <cstdint>

#include "docx/inflate.h"

namespace gouji::docx {
namespace {

std::uint32_t u16(std::string_view b, std::size_t at) {
  return static_cast<unsigned char>(b[at]) | (static_cast<unsigned char>(b[at + 1]) << 8);
}
std::uint32_t u32(std::string_view b, std::size_t at) {
  return u16(b, at) | (u16(b, at + 2) << 16);
}

}  // namespace

ZipReader::ZipReader(std::string_view bytes, ZipLimits limits) : bytes_(bytes), limits_(limits) {
  if (bytes.size() < 22 || bytes.substr(0, 2) != "PK") { error_ = ZipError::NotZip; return; }
  // End of central directory: the last "PK\5\6" within the final 64 KiB + 22 bytes.
  std::size_t eocd = std::string_view::npos;
  std::size_t lowest = bytes.size() > 65557 ? bytes.size() - 65557 : 0;
  for (std::size_t i = bytes.size() - 22 + 1; i-- > lowest;)
    if (u32(bytes, i) == 0x06054b50u) { eocd = i; break; }
  if (eocd == std::string_view::npos) { error_ = ZipError::Truncated; return; }
  std::size_t count = u16(bytes, eocd + 10);
  std::size_t cd_size = u32(bytes, eocd + 12), cd_off = u32(bytes, eocd + 16);
  if (count == 0xFFFF || cd_off == 0xFFFFFFFFu) { error_ = ZipError::Unsupported; return; }  // ZIP64
  if (count > limits_.max_entries) { error_ = ZipError::TooLarge; return; }
  if (cd_off > bytes.size() || cd_size > bytes.size() - cd_off) { error_ = ZipError::Truncated; return; }
  std::size_t p = cd_off;
  for (std::size_t k = 0; k < count; ++k) {
    if (p + 46 > bytes.size() || u32(bytes, p) != 0x02014b50u) { error_ = ZipError::Corrupt; return; }
    ZipEntry e;
    e.encrypted = u16(bytes, p + 8) & 1;
    e.method = u16(bytes, p + 10);
    e.crc = u32(bytes, p + 16);
    e.compressed = u32(bytes, p + 20);
    e.size = u32(bytes, p + 24);
    std::size_t name_len = u16(bytes, p + 28), extra = u16(bytes, p + 30), comment = u16(bytes, p + 32);
    e.local_offset = u32(bytes, p + 42);
    if (p + 46 + name_len + extra + comment > bytes.size()) { error_ = ZipError::Truncated; return; }
    e.name = std::string(bytes.substr(p + 46, name_len));
    entries_.push_back(std::move(e));
    p += 46 + name_len + extra + comment;
  }
}

const ZipEntry* ZipReader::find(std::string_view name) const {
  for (const auto& e : entries_)
    if (e.name == name) return &e;
  return nullptr;
}

ZipError ZipReader::read(const ZipEntry& e, std::string& out) {
  out.clear();
  if (e.encrypted) return ZipError::Encrypted;
  if (e.method != 0 && e.method != 8) return ZipError::Unsupported;
  std::size_t p = e.local_offset;
  if (p + 30 > bytes_.size() || u32(bytes_, p) != 0x04034b50u) return ZipError::Corrupt;
  std::size_t data = p + 30 + u16(bytes_, p + 26) + u16(bytes_, p + 28);
  if (data > bytes_.size() || e.compressed > bytes_.size() - data) return ZipError::Truncated;
  std::string_view raw = bytes_.substr(data, e.compressed);
  // The declared size may lie; the limits hold whatever it says.
  std::size_t budget = limits_.max_total - total_;
  std::size_t ratio_cap = std::max<std::size_t>(1u << 20, e.compressed * limits_.max_ratio);
  std::size_t cap = std::min(budget, ratio_cap);
  if (e.method == 0) {
    if (raw.size() > cap) return ZipError::TooLarge;
    out.assign(raw.data(), raw.size());
  } else {
    InflateStatus st = inflate_raw(raw, cap, out);
    if (st == InflateStatus::TooLarge) return ZipError::TooLarge;
    if (st == InflateStatus::Truncated) return ZipError::Truncated;
    if (st != InflateStatus::Ok) return ZipError::Corrupt;
  }
  total_ += out.size();
  if (out.size() != e.size || crc32(out) != e.crc) return ZipError::Corrupt;
  return ZipError::None;
}

}  // namespace gouji::docx
