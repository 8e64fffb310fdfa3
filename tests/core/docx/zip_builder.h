#pragma once
// Builds small ZIP archives for tests: stored or deflated (with zlib) entries, optionally with
// lying sizes or the encryption flag, to make .docx fixtures and hostile archives in memory.
#include <zlib.h>

#include <cstdint>
#include <string>
#include <vector>

#include "docx/inflate.h"

namespace gouji::test {

struct ZipItem {
  std::string name, data;
  bool deflate = true;
  bool encrypted = false;
  int level = 6;
};

inline std::string deflate_raw(const std::string& in, int level) {
  z_stream s{};
  deflateInit2(&s, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&s, in.size()) + 16, '\0');
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  s.avail_in = static_cast<uInt>(in.size());
  s.next_out = reinterpret_cast<Bytef*>(&out[0]);
  s.avail_out = static_cast<uInt>(out.size());
  deflate(&s, Z_FINISH);
  out.resize(s.total_out);
  deflateEnd(&s);
  return out;
}

inline void put16(std::string& b, unsigned v) { b += char(v & 0xFF); b += char((v >> 8) & 0xFF); }
inline void put32(std::string& b, std::uint32_t v) { put16(b, v & 0xFFFF); put16(b, v >> 16); }

inline std::string make_zip(const std::vector<ZipItem>& items) {
  std::string out, cd;
  for (const auto& it : items) {
    std::string body = it.deflate ? deflate_raw(it.data, it.level) : it.data;
    std::uint32_t crc = docx::crc32(it.data);
    std::size_t offset = out.size();
    unsigned flags = it.encrypted ? 1 : 0, method = it.deflate ? 8 : 0;
    put32(out, 0x04034b50); put16(out, 20); put16(out, flags); put16(out, method); put32(out, 0);
    put32(out, crc); put32(out, static_cast<std::uint32_t>(body.size())); put32(out, static_cast<std::uint32_t>(it.data.size()));
    put16(out, static_cast<unsigned>(it.name.size())); put16(out, 0);
    out += it.name + body;
    put32(cd, 0x02014b50); put16(cd, 20); put16(cd, 20); put16(cd, flags); put16(cd, method); put32(cd, 0);
    put32(cd, crc); put32(cd, static_cast<std::uint32_t>(body.size())); put32(cd, static_cast<std::uint32_t>(it.data.size()));
    put16(cd, static_cast<unsigned>(it.name.size())); put16(cd, 0); put16(cd, 0); put16(cd, 0); put16(cd, 0);
    put32(cd, 0); put32(cd, static_cast<std::uint32_t>(offset));
    cd += it.name;
  }
  std::size_t cd_off = out.size();
  out += cd;
  put32(out, 0x06054b50); put16(out, 0); put16(out, 0);
  put16(out, static_cast<unsigned>(items.size())); put16(out, static_cast<unsigned>(items.size()));
  put32(out, static_cast<std::uint32_t>(cd.size())); put32(out, static_cast<std::uint32_t>(cd_off)); put16(out, 0);
  return out;
}

// A minimal .docx around a w:body fragment.
inline std::string make_docx(const std::string& body, const std::string& numbering = "", bool deflate = true) {
  std::vector<ZipItem> items = {
      {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>", deflate},
      {"word/document.xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
           body + "<w:sectPr/></w:body></w:document>",
       deflate}};
  if (!numbering.empty())
    items.push_back({"word/numbering.xml", "<?xml version=\"1.0\"?><w:numbering xmlns:w=\"x\">" + numbering + "</w:numbering>", deflate});
  return make_zip(items);
}

inline std::string para(const std::string& text) { return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"; }

}  // namespace gouji::test
