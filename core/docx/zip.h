#pragma once
// Reads entries of a ZIP archive (a .docx) through its central directory, with limits against
// zip bombs. Sizes and CRCs come from the central directory (so entries written with a data
// descriptor, general-purpose flag bit 3, read like any other); ZIP64 records are understood.
// Every read is bounds-checked: truncated or hostile archives give an error, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gouji::docx {

struct ZipLimits {
  std::size_t max_entries = 10000;
  std::size_t max_total = std::size_t{64} << 20;  // bytes inflated across all entries read
  std::size_t max_ratio = 200;                     // uncompressed : compressed, per entry ...
  std::size_t ratio_floor = std::size_t{1} << 20;  // ... once the entry is over 1 MiB
};

enum class ZipError {
  None,
  NotZip,          // no ZIP signature / no end-of-central-directory record
  Truncated,       // the archive ends before a record or entry it announces
  Encrypted,       // traditional or strong encryption flag, or AES (method 99)
  Unsupported,     // a compression method other than 0 (stored) and 8 (deflate); multi-disk
  Corrupt,         // bad record, bad deflate data, size or CRC-32 mismatch
  TooLarge,        // over max_total, or over the ratio limit
  TooManyEntries,  // over max_entries
  Missing,         // (for callers) a required entry is absent
};

struct ZipEntry {
  std::string name;
  unsigned method = 0, flags = 0;
  std::uint64_t compressed = 0, size = 0, local_offset = 0;
  std::uint32_t crc = 0;
  bool encrypted() const { return (flags & 0x41u) != 0 || method == 99; }
};

class ZipReader {
 public:
  explicit ZipReader(std::string_view bytes, ZipLimits limits = {});
  ZipError error() const { return error_; }
  const std::vector<ZipEntry>& entries() const { return entries_; }
  const ZipEntry* find(std::string_view name) const;  // first entry of that exact name
  // Inflates one entry into `out`, checking its size, CRC-32 and the limits.
  ZipError read(const ZipEntry& e, std::string& out);
  std::size_t total_read() const { return total_; }

 private:
  std::string_view bytes_;
  ZipLimits limits_;
  std::size_t total_ = 0;
  ZipError error_ = ZipError::None;
  std::vector<ZipEntry> entries_;
};

}  // namespace gouji::docx
