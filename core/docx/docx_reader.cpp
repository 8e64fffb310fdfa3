#include "docx/docx_reader.h"

#include "docx/numbering.h"
#include "docx/xml_scan.h"
#include "docx/zip.h"

namespace gouji {
namespace {

using docx::XmlEvent;
using docx::ZipError;

DocxError zip_error(ZipError e) {
  switch (e) {
    case ZipError::NotZip: return {"这不是 .docx 文件（不是 ZIP 格式）", "This is not a .docx file (not a ZIP archive)"};
    case ZipError::Truncated: return {".docx 文件不完整（可能下载或复制时被截断）", "The .docx file is incomplete (truncated)"};
    case ZipError::Encrypted: return {".docx 文件已加密，请先在 Word 中取消密码再上传", "The .docx file is encrypted; remove the password in Word first"};
    case ZipError::Unsupported: return {".docx 文件使用了不支持的压缩方式", "The .docx file uses an unsupported compression method"};
    case ZipError::TooLarge: return {".docx 文件解压后过大（超过 64 MB 或压缩比异常），已拒绝读取", "The .docx file expands too much (over 64 MB or an abnormal ratio); refused"};
    case ZipError::Missing: return {".docx 文件中没有正文（缺少 word/document.xml）", "The .docx file has no body (word/document.xml is missing)"};
    case ZipError::Corrupt:
    case ZipError::None: break;
  }
  return {".docx 文件已损坏，无法读取", "The .docx file is corrupt and cannot be read"};
}

struct Cell {
  std::vector<std::string> paragraphs;
  bool merged_continuation = false;  // vMerge continuation: Word pastes an empty cell
};
struct Table {
  std::vector<std::vector<Cell>> rows;
};

void render_table(const Table& t, std::string& out) {
  for (const auto& row : t.rows) {
    for (const auto& c : row) {
      out += '\t';
      if (!c.merged_continuation)
        for (std::size_t i = 0; i < c.paragraphs.size(); ++i) {
          if (i) out += "\n\n";
          out += c.paragraphs[i];
        }
      out += '\n';
    }
    out += '\n';
  }
  out += '\n';
}

}  // namespace

bool looks_like_docx(std::string_view bytes) {
  if (bytes.size() < 4 || bytes.substr(0, 4) != std::string_view("PK\x03\x04", 4)) return false;
  docx::ZipReader zip(bytes);
  return zip.error() == ZipError::None && zip.find("word/document.xml");
}

bool read_docx(std::string_view bytes, DocxResult& out, DocxError& err) {
  docx::ZipReader zip(bytes);
  if (zip.error() != ZipError::None) { err = zip_error(zip.error()); return false; }
  const docx::ZipEntry* doc = zip.find("word/document.xml");
  if (!doc) { err = zip_error(ZipError::Missing); return false; }
  std::string xml, part;
  if (ZipError e = zip.read(*doc, xml); e != ZipError::None) { err = zip_error(e); return false; }
  docx::Numbering numbering;
  if (const auto* n = zip.find("word/numbering.xml"); n && zip.read(*n, part) == ZipError::None) numbering.parse_numbering(part);
  if (const auto* s = zip.find("word/styles.xml"); s && zip.read(*s, part) == ZipError::None) numbering.parse_styles(part);

  docx::XmlScanner sc(xml);
  std::string para, num_id, style;
  int ilvl = 0;
  bool in_text = false, in_ppr = false, in_body = false, field_code = false;
  int skip = 0;  // inside w:del / w:delText / w:instrText
  std::size_t deletions = 0;
  std::vector<Table> tables;
  std::string& text = out.text;

  for (XmlEvent ev = sc.next();; ev = sc.next()) {
    if (ev.kind == XmlEvent::Done) break;
    if (ev.kind == XmlEvent::Error) {
      err = {"无法读取 .docx：" + sc.error() + "（文件可能被篡改）", "Cannot read the .docx: " + sc.error() + " (the file may be tampered with)"};
      return false;
    }
    const std::string_view n = ev.name;
    if (ev.kind == XmlEvent::Text) {
      if (in_text && !skip && !field_code) para += ev.text;
      continue;
    }
    if (ev.kind == XmlEvent::Start) {
      if (n == "w:body") in_body = true;
      else if (n == "w:p") { para.clear(); num_id.clear(); style.clear(); ilvl = 0; }
      else if (n == "w:pPr") in_ppr = true;
      else if (n == "w:pStyle" && in_ppr) style = std::string(ev.attr("w:val"));
      else if (n == "w:numId" && in_ppr) num_id = std::string(ev.attr("w:val"));
      else if (n == "w:ilvl" && in_ppr) { std::string v(ev.attr("w:val")); ilvl = v.empty() ? 0 : v[0] - '0'; }
      else if (n == "w:t") in_text = true;
      else if (n == "w:tab" && !in_ppr && !skip && !field_code) para += '\t';
      else if ((n == "w:br" || n == "w:cr") && !in_ppr && !skip) para += '\n';
      else if (n == "w:del" || n == "w:delText" || n == "w:instrText" || n == "w:moveFrom") { ++skip; deletions += n == "w:del"; }
      else if (n == "w:fldChar") {
        std::string_view type = ev.attr("w:fldCharType");
        field_code = type == "begin";  // between begin and separate: the field code, not its result
      }
      else if (n == "w:tbl") tables.emplace_back();
      else if (n == "w:tr" && !tables.empty()) tables.back().rows.emplace_back();
      else if (n == "w:tc" && !tables.empty() && !tables.back().rows.empty()) tables.back().rows.back().emplace_back();
      else if (n == "w:vMerge" && !tables.empty() && !tables.back().rows.empty() && !tables.back().rows.back().empty()) {
        std::string_view v = ev.attr("w:val");
        tables.back().rows.back().back().merged_continuation = v.empty() || v == "continue";
      }
      continue;
    }
    // End tags.
    if (n == "w:t") in_text = false;
    else if (n == "w:pPr") in_ppr = false;
    else if ((n == "w:del" || n == "w:delText" || n == "w:instrText" || n == "w:moveFrom") && skip > 0) --skip;
    else if (n == "w:p" && in_body) {
      if (num_id.empty()) numbering.style_numbering(style, num_id, ilvl);
      std::string line = (num_id.empty() || num_id == "0") ? para : numbering.next(num_id, ilvl) + para;
      if (!tables.empty() && !tables.back().rows.empty() && !tables.back().rows.back().empty())
        tables.back().rows.back().back().paragraphs.push_back(std::move(line));
      else
        text += line + "\n\n";
    } else if (n == "w:tbl" && !tables.empty()) {
      Table t = std::move(tables.back());
      tables.pop_back();
      if (tables.empty()) {
        render_table(t, text);
      } else if (!tables.back().rows.empty() && !tables.back().rows.back().empty()) {
        // A table nested in a cell: its cells become paragraphs of the enclosing cell.
        auto& host = tables.back().rows.back().back().paragraphs;
        for (auto& row : t.rows)
          for (auto& c : row)
            for (auto& p : c.paragraphs) host.push_back(std::move(p));
      }
    }
  }
  while (!text.empty() && (text.back() == '\n')) text.pop_back();
  text += '\n';
  if (deletions) out.warnings.push_back(std::to_string(deletions) + " tracked deletion(s) skipped");
  return true;
}

}  // namespace gouji
