#include "docx/docx_reader.h"

#include <cstddef>
#include <cstdint>
#include <utility>

#include "docx/document_body.h"
#include "docx/numbering.h"
#include "docx/utf8.h"
#include "docx/xml_scan.h"
#include "docx/zip.h"

namespace gouji {
namespace {

using docx::XmlScanner;
using docx::ZipError;
using Fault = XmlScanner::Fault;
using docx::xml_error;

DocxError zip_error(ZipError e) {
  switch (e) {
    case ZipError::NotZip:
      return {"这不是 .docx 文件（不是 ZIP 格式）", "This is not a .docx file (not a ZIP archive)", DocxErrorKind::NotZip};
    case ZipError::Truncated:
      return {".docx 文件不完整（可能下载或复制时被截断）", "The .docx file is incomplete (truncated)", DocxErrorKind::Corrupt};
    case ZipError::Encrypted:
      return {".docx 文件已加密，请先在 Word 中取消密码再上传", "The .docx file is encrypted; remove the password in Word first",
              DocxErrorKind::Encrypted};
    case ZipError::Unsupported:
      return {".docx 文件使用了不支持的压缩方式（只支持存储和 Deflate）",
              "The .docx file uses an unsupported compression method (only stored and Deflate are supported)",
              DocxErrorKind::Unsupported};
    case ZipError::TooLarge:
      return {".docx 文件解压后过大（超过 64 MB 或压缩比异常），已拒绝读取",
              "The .docx file expands too much (over 64 MB or an abnormal ratio); refused", DocxErrorKind::TooLarge};
    case ZipError::TooManyEntries:
      return {".docx 文件包含的部件过多（超过 10000 个），已拒绝读取", "The .docx file has too many parts (over 10,000); refused",
              DocxErrorKind::TooManyEntries};
    case ZipError::Missing:
      return {".docx 文件中没有正文（缺少 word/document.xml）", "The .docx file has no body (word/document.xml is missing)",
              DocxErrorKind::NoDocument};
    case ZipError::Corrupt:
    case ZipError::None:
      break;
  }
  return {".docx 文件已损坏，无法读取", "The .docx file is corrupt and cannot be read", DocxErrorKind::Corrupt};
}
// An XML part as UTF-8: a UTF-8 byte order mark is dropped, UTF-16 (with a BOM, or "<" as its
// first character) converted into `buf`.
std::string_view as_utf8(std::string_view xml, std::string& buf) {
  auto b = [&](std::size_t i) { return static_cast<unsigned char>(xml[i]); };
  if (xml.size() >= 3 && b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) return xml.substr(3);
  if (xml.size() < 2) return xml;
  bool le = (b(0) == 0xFF && b(1) == 0xFE) || (b(0) == '<' && b(1) == 0);
  bool be = (b(0) == 0xFE && b(1) == 0xFF) || (b(0) == 0 && b(1) == '<');
  if (!le && !be) return xml;
  buf.clear();
  buf.reserve(xml.size() * 3 / 2);
  std::size_t i = (b(0) == '<' || b(1) == '<') ? 0 : 2;
  auto unit = [&](std::size_t k) -> char32_t { return le ? b(k) | (b(k + 1) << 8) : (b(k) << 8) | b(k + 1); };
  for (; i + 1 < xml.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < xml.size()) {
      char32_t lo = unit(i + 2);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        docx::put_utf8(buf, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
        i += 2;
        continue;
      }
    }
    docx::put_utf8(buf, u);  // a lone surrogate becomes U+FFFD
  }
  return buf;
}
const docx::ZipEntry* find_part(const docx::ZipReader& zip, std::string_view name) {
  if (const docx::ZipEntry* e = zip.find(name)) return e;
  // Some tools write "\" separators, a leading "/" or other letter case.
  for (const auto& e : zip.entries()) {
    std::string_view n = e.name;
    if (!n.empty() && (n[0] == '/' || n[0] == '\\')) n.remove_prefix(1);
    if (n.size() != name.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < n.size() && same; ++i) {
      char a = n[i] == '\\' ? '/' : n[i], b = name[i];
      if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
      same = a == b;
    }
    if (same) return &e;
  }
  return nullptr;
}

}  // namespace

bool is_ole(std::string_view bytes) {
  return bytes.size() >= 8 && bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

namespace {

// A stream name as an OLE directory entry stores it (UTF-16LE, here ASCII only).
bool has_stream(std::string_view bytes, std::string_view name) {
  std::string u16;
  for (char c : name) { u16 += c; u16 += '\0'; }
  return bytes.find(u16) != std::string_view::npos;  // the name is short: a linear search
}

// An OLE compound file: a password-protected .docx (Word wraps it in one), an old .doc, or
// another old Office file.
DocxError ole_error(std::string_view bytes) {
  if (has_stream(bytes, "EncryptedPackage") || has_stream(bytes, "EncryptionInfo"))
    return {".docx 文件设有打开密码（已加密），无法读取：请在 Word 中取消密码（文件 → 信息 → 保护文档）后再上传",
            "The .docx file is password-protected (encrypted); remove the password in Word (File → Info → Protect "
            "Document) and upload it again",
            DocxErrorKind::Encrypted};
  if (has_stream(bytes, "WordDocument"))
    return {"这是旧版 Word 文档（.doc），无法直接读取：请在 Word 或 WPS 中“另存为” .docx 后再上传",
            "This is an old Word document (.doc); save it as .docx in Word or WPS and upload that",
            DocxErrorKind::OldWord};
  return {"这是旧版 Office 文件（不是 .docx），无法读取：请另存为 .docx 或粘贴报告文字",
          "This is an old Office file, not a .docx; save it as .docx or paste the report text", DocxErrorKind::OldWord};
}

}  // namespace

bool looks_like_docx(std::string_view bytes) {
  if (bytes.size() < 4 || bytes.substr(0, 4) != std::string_view("PK\x03\x04", 4)) return false;
  docx::ZipReader zip(bytes);
  return zip.error() == ZipError::None && find_part(zip, "word/document.xml") != nullptr;
}

bool read_docx(std::string_view bytes, DocxResult& out, DocxError& err) {
  out = DocxResult{};
  err = DocxError{};
  if (is_ole(bytes)) {
    err = ole_error(bytes);
    return false;
  }
  docx::ZipReader zip(bytes);
  if (zip.error() != ZipError::None) {
    err = zip_error(zip.error());
    return false;
  }
  const docx::ZipEntry* doc = find_part(zip, "word/document.xml");
  if (!doc) {
    err = zip_error(ZipError::Missing);
    return false;
  }
  std::string xml, part, utf16;
  if (ZipError e = zip.read(*doc, xml); e != ZipError::None) {
    err = zip_error(e);
    return false;
  }

  // Numbering and styles: without them the text is still read, only without list numbers; but a
  // DOCTYPE anywhere refuses the file like one in document.xml.
  docx::Numbering numbering;
  for (const char* name : {"word/styles.xml", "word/numbering.xml"}) {
    const docx::ZipEntry* e = find_part(zip, name);
    if (!e) continue;
    std::string_view what = name + 5;
    if (ZipError ze = zip.read(*e, part); ze != ZipError::None) {
      if (ze == ZipError::TooLarge) {
        err = zip_error(ze);
        return false;
      }
      out.warnings.push_back(std::string("无法读取 ") + name + "，自动编号可能缺失 / " + name +
                             " could not be read; automatic numbers may be missing");
      continue;
    }
    std::string_view x = as_utf8(part, utf16);
    Fault fault = what == "styles.xml" ? numbering.parse_styles(x) : numbering.parse_numbering(x);
    if (fault == Fault::Doctype) {
      err = xml_error(fault, {});
      return false;
    }
    if (fault != Fault::None)
      out.warnings.push_back(std::string(name) + " 格式错误，自动编号可能缺失 / " + name +
                             " is malformed; automatic numbers may be missing");
  }
  part.clear();
  part.shrink_to_fit();

  std::string_view body = as_utf8(xml, utf16);
  std::vector<std::string> warnings = std::move(out.warnings);
  if (!docx::read_document_body(body, numbering, out, err)) {
    out = DocxResult{};
    return false;
  }
  warnings.insert(warnings.end(), out.warnings.begin(), out.warnings.end());
  out.warnings = std::move(warnings);
  return true;
}

}  // namespace gouji
