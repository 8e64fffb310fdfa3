#pragma once
// Reads entries of a ZIP archive (a .docx) through its central directory, with limits against
// zip bombs: number of entries, total output, and compression ratio.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gouji::docx {

struct ZipLimits {
  std::size_t max_entries = 10000;
  std::size_t max_total = 64u << 20;       // bytes inflated across all entries read
  std::size_t max_ratio = 200;             // per entry, once it is over 1 MiB
};

enum class ZipError { None, NotZip, Truncated, Encrypted, Unsupported, Corrupt, TooLarge, Missing };

struct ZipEntry {
  std::string name;
  unsigned method = 0;
  std::size_t compressed = 0, size = 0, local_offset = 0;
  std::uint32_t crc = 0;
  bool encrypted = false;
};

class ZipReader {
 public:
  ZipReader(std::string_view bytes, ZipLimits limits = {});
  ZipError error() const { return error_; }
  const std::vector<ZipEntry>& entries() const { return entries_; }
  const ZipEntry* find(std::string_view name) const;
  // Inflates one entry, checking its CRC-32 and the limits.
  ZipError read(const ZipEntry& e, std::string& out);

 private:
  std::string_view bytes_;
  ZipLimits limits_;
  std::size_t total_ = 0;
  ZipError error_ = ZipError::None;
  std::vector<ZipEntry> entries_;
};

}  // namespace gouji::docx
