// word/document.xml → the text of the body (docx_reader.h describes the layout): the XML events
// build each block's paragraphs, tables, rows and cells; docx_reader.cpp opens the ZIP around it.
#include "docx/document_body.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <utility>

#include "docx/utf8.h"

namespace gouji {
namespace docx {

using Fault = XmlScanner::Fault;

DocxError xml_error(Fault fault, const std::string& reason) {
  switch (fault) {
    case Fault::Doctype:  // wording kept: tests/cli/cli_test.sh prints it
      return {"无法读取 .docx：DOCTYPE or entity declaration（文件可能被篡改）",
              "Cannot read the .docx: DOCTYPE or entity declaration (the file may be tampered with)", DocxErrorKind::BadXml};
    case Fault::TooDeep:
      return {"无法读取 .docx：XML 嵌套超过 256 层（文件可能被篡改）",
              "Cannot read the .docx: XML nested more than 256 levels deep (the file may be tampered with)",
              DocxErrorKind::BadXml};
    case Fault::Malformed:
    case Fault::None:
      break;
  }
  return {"无法读取 .docx：word/document.xml 格式错误（" + reason + "）",
          "Cannot read the .docx: word/document.xml is malformed (" + reason + ")", DocxErrorKind::BadXml};
}

}  // namespace docx

namespace {

using docx::XmlEvent;
using docx::XmlScanner;
using docx::xml_error;

constexpr std::size_t kMaxText = std::size_t{64} << 20;  // output text, like the inflated total

bool xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Nothing a reader would see: spaces (ASCII, no-break, ideographic), tabs and line breaks only.
bool blank(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (xml_space(c)) continue;
    if (s.substr(i, 3) == "\u3000") { i += 2; continue; }
    if (s.substr(i, 2) == "\u00A0") { i += 1; continue; }
    return false;
  }
  return true;
}

bool on(const XmlEvent& ev) {  // a w:ST_OnOff property: present and not val="0"/"false"/"off"
  const docx::XmlAttr* a = ev.find("w:val");
  return !a || !(a->raw == "0" || a->raw == "false" || a->raw == "off");
}

int small_int(std::string_view s) {
  int v = 0;
  if (s.empty() || s.size() > 3) return -1;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// Valid UTF-8 with only \t and \n among the C0 controls (invalid bytes → U+FFFD).
std::string clean_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = docx::utf8_seq(s, i);
    if (n == 0) {
      out += "\uFFFD";
      ++i;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (n > 1 || c >= 0x20 || c == '\t' || c == '\n') out.append(s.data() + i, n);
    i += n;
  }
  return out;
}

// word/document.xml → text. The XML events build, per body block, a small tree: a table owns
// its rows, a row its cells, a cell its paragraphs and nested tables. Each open element's frame
// carries the nodes it may add to (the table whose rows it may hold, the row whose cells, the cell
// that receives paragraphs), so a misplaced <w:tr> or <w:tc> can only add to its own enclosing
// node, never index into another table. A top-level table is rendered by recursion when it
// closes and then freed: memory is bounded by the largest table.
class Body {
 public:
  explicit Body(docx::Numbering& numbering) : numbering_(numbering) {}

  // False: the XML was refused (`err` says why) or the text passed the limit.
  bool read(std::string_view xml, DocxResult& out, DocxError& err) {
    XmlScanner sc(xml);
    for (;;) {
      const XmlEvent& ev = sc.next();
      if (ev.kind == XmlEvent::Done) break;
      if (ev.kind == XmlEvent::Error) {
        err = xml_error(sc.fault(), sc.error());
        return false;
      }
      if (ev.kind == XmlEvent::Start) start(ev);
      else if (ev.kind == XmlEvent::End) end();
      else text(ev);
      if (produced_ > kMaxText) {  // each text byte counted once, when it enters a paragraph
        err = {".docx 文件的正文过长（超过 64 MB），已拒绝读取", "The .docx file's text is too long (over 64 MB); refused",
               DocxErrorKind::TooLarge};
        return false;
      }
    }
    while (!out_.empty() && out_.back() == '\n') out_.pop_back();
    if (!out_.empty()) out_ += '\n';
    out.text = clean_utf8(out_);
    auto note = [&](std::size_t n, const char* zh, const char* en) {
      if (n) out.warnings.push_back(std::to_string(n) + zh + " / " + std::to_string(n) + en);
    };
    note(deletions_, " 处修订中删除的内容未读入", " tracked deletion(s) left out");
    note(hidden_, " 段隐藏文字未读入", " hidden text run(s) left out");
    note(stray_, " 处不在表格行中的行或单元格，其文字已并入所在单元格或段落",
         " row(s) or cell(s) outside a table row; their text joined the enclosing cell or paragraph");
    note(unclosed_fields_, " 个域没有结束标记，其后的文字照常读入", " field(s) without an end mark; the text after them was kept");
    return true;
  }

 private:
  struct Table;
  struct Cell {
    std::vector<std::string> paras;                // in order, with the nested tables' cells
    std::vector<std::unique_ptr<Table>> nested;    // a nested table sits at paras_at[i]
    std::vector<std::size_t> paras_at;
    bool continuation = false;  // its own w:vMerge continuation: Word pastes an empty cell
    int span = 1;               // its own w:gridSpan: still one pasted cell
  };
  struct Row {
    std::deque<Cell> cells;  // deque: a cell stays where it is while later cells are added
    bool deleted = false;
  };
  struct Table {
    std::deque<Row> rows;
  };

  enum Role : unsigned char { kOther, kPara, kPPr, kNumPr, kMarkRPr, kRun, kRunRPr, kText, kTable, kRow, kTrPr, kCell, kTcPr };
  struct Frame {
    Role role = kOther;
    bool preserve = false;  // xml:space="preserve" here or on an ancestor
    bool skip = false;      // inside content that is not shown (deletions, field codes, …)
    bool hidden = false;    // inside a run with w:vanish
    Table* table = nullptr;  // the table whose rows may open here (directly in w:tbl or a wrapper)
    Row* row = nullptr;      // the row whose cells may open here
    Cell* cell = nullptr;    // the cell that receives paragraphs (nullptr: the body)
  };
  struct Para {
    std::string text, code, style, num_id;  // code: text inside a field's code part, held back
    bool has_num_id = false, mark_deleted = false;
    int ilvl = -1;
    Cell* cell = nullptr;
  };

  static bool skipped_subtree(std::string_view n) {
    return n == "w:del" || n == "w:moveFrom" || n == "w:delText" || n == "w:instrText" || n == "w:delInstrText" ||
           n == "mc:Fallback" || n == "w:rt" || n == "w:sdtPr" || n == "w:sdtEndPr" || n == "w:footnoteReference" ||
           n == "w:endnoteReference" || n == "w:commentReference" || n == "w:fldData" || n == "w:ffData" ||
           (n.size() > 6 && n.substr(n.size() - 6) == "Change");  // w:pPrChange, w:rPrChange, …: former formatting
  }

  void put(std::string_view s) {
    if (paras_.empty()) return;
    (code_ > 0 ? paras_.back().code : paras_.back().text) += s;
    produced_ += s.size();
  }

  void start(const XmlEvent& ev) {
    Frame parent = stack_.empty() ? Frame{} : stack_.back();
    Frame f = parent;
    f.role = kOther;
    if (const docx::XmlAttr* a = ev.find("xml:space")) f.preserve = a->raw == "preserve";
    const std::string_view n = ev.name;
    if (f.skip) {
      // Nothing inside is shown.
    } else if (n == "w:p") {
      f.role = kPara;
      f.hidden = false;
      paras_.emplace_back();
      paras_.back().cell = parent.cell;
    } else if (n == "w:pPr" && parent.role == kPara) {
      f.role = kPPr;
    } else if (n == "w:pStyle" && parent.role == kPPr) {
      paras_.back().style = ev.attr("w:val");
    } else if (n == "w:numPr" && parent.role == kPPr) {
      f.role = kNumPr;
    } else if (n == "w:numId" && parent.role == kNumPr) {
      paras_.back().has_num_id = true;
      paras_.back().num_id = ev.attr("w:val");
    } else if (n == "w:ilvl" && parent.role == kNumPr) {
      paras_.back().ilvl = small_int(ev.attr("w:val"));
    } else if (n == "w:rPr" && parent.role == kPPr) {
      f.role = kMarkRPr;
    } else if ((n == "w:del" || n == "w:moveFrom") && parent.role == kMarkRPr) {
      paras_.back().mark_deleted = true;  // the paragraph mark itself is a tracked deletion
      f.skip = true;
    } else if (n == "w:del" && parent.role == kTrPr) {
      parent.row->deleted = true;  // a deleted table row: the w:trPr frame holds its own row
      ++deletions_;
      f.skip = true;
    } else if (n == "w:r" || n == "m:r") {
      f.role = kRun;
      f.hidden = false;
    } else if (n == "w:rPr" && parent.role == kRun) {
      f.role = kRunRPr;
    } else if ((n == "w:vanish" || n == "w:specVanish") && parent.role == kRunRPr) {
      if (on(ev)) stack_[stack_.size() - 2].hidden = true;  // the run: its text is hidden
    } else if (n == "w:t" || n == "m:t") {
      f.role = kText;
    } else if (parent.role == kRun && !parent.hidden && (n == "w:tab" || n == "w:ptab")) {
      put("\t");
    } else if (parent.role == kRun && !parent.hidden && (n == "w:br" || n == "w:cr")) {
      put("\n");
    } else if (parent.role == kRun && !parent.hidden && n == "w:noBreakHyphen") {
      put("-");
    } else if (parent.role == kRun && !parent.hidden && n == "w:sym") {
      std::string hex = ev.attr("w:char");
      char32_t cp = 0;
      for (char c : hex) {
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0 || cp > 0xFFFF) { cp = 0; break; }
        cp = cp * 16 + static_cast<char32_t>(d);
      }
      if (cp >= 0x20 && !(cp >= 0xF000 && cp <= 0xF0FF)) {  // F0xx: a glyph of a symbol font
        std::string s;
        docx::put_utf8(s, cp);
        put(s);
      }
    } else if (n == "w:fldChar") {
      field(ev.attr("w:fldCharType"));
    } else if (skipped_subtree(n)) {
      f.skip = true;
      if (n == "w:del" || n == "w:moveFrom") ++deletions_;
    } else if (n == "w:tbl") {
      f.role = kTable;
      f.table = open_table(parent.cell);
      f.row = nullptr;
    } else if (n == "w:tr") {
      if (parent.table) {
        f.role = kRow;
        f.row = &parent.table->rows.emplace_back();
      } else {
        ++stray_;  // its cells' text joins the enclosing cell or paragraph
      }
      f.table = nullptr;
    } else if (n == "w:trPr" && parent.role == kRow) {
      f.role = kTrPr;
    } else if (n == "w:tc") {
      if (parent.row) {
        f.role = kCell;
        f.cell = &parent.row->cells.emplace_back();
      } else {
        ++stray_;
      }
      f.table = nullptr;
      f.row = nullptr;
    } else if (n == "w:tcPr" && parent.role == kCell) {
      f.role = kTcPr;  // f.cell is the w:tc's own cell
    } else if (n == "w:vMerge" && parent.role == kTcPr) {
      std::string v = ev.attr("w:val");
      if (v.empty() || v == "continue") parent.cell->continuation = true;
    } else if (n == "w:gridSpan" && parent.role == kTcPr) {
      int v = small_int(ev.attr("w:val"));
      parent.cell->span = v > 0 ? v : 1;
    }
    stack_.push_back(f);
  }

  // A new table: nested in the cell that holds it, or the body's (one at a time) otherwise.
  Table* open_table(Cell* host) {
    auto t = std::make_unique<Table>();
    Table* p = t.get();
    if (host) {
      host->paras_at.push_back(host->paras.size());
      host->nested.push_back(std::move(t));
    } else {
      body_tables_.push_back(std::move(t));  // a body table can only nest in another one's
    }                                         // paragraph through a text box; each renders alone
    return p;
  }

  // Complex fields: begin, the field code, separate, the result (shown), end. They nest.
  void field(const std::string& type) {
    if (type == "begin") {
      if (fields_.size() < 4096) {
        fields_.push_back(true);
        ++code_;
      } else {
        ++overflow_;
      }
    } else if (type == "separate") {
      if (!fields_.empty() && fields_.back()) {
        fields_.back() = false;
        if (--code_ == 0 && !paras_.empty()) paras_.back().code.clear();
      }
    } else if (type == "end") {
      if (overflow_) {
        --overflow_;
      } else if (!fields_.empty()) {
        if (fields_.back() && --code_ == 0 && !paras_.empty()) paras_.back().code.clear();
        fields_.pop_back();
      }
    }
  }

  void text(const XmlEvent& ev) {
    if (stack_.empty()) return;
    const Frame& f = stack_.back();
    if (f.role != kText || f.skip || paras_.empty()) return;
    if (f.hidden) {
      ++hidden_;
      return;
    }
    std::string t = ev.text();
    if (!f.preserve) {  // Word drops the leading and trailing white space of a w:t without xml:space
      std::size_t b = 0, e = t.size();
      while (b < e && xml_space(t[b])) ++b;
      while (e > b && xml_space(t[e - 1])) --e;
      t = t.substr(b, e - b);
    }
    for (char& c : t)
      if (c == '\n' || c == '\r') c = ' ';  // a line end inside w:t is white space, not a break
    put(t);
  }

  void end() {
    if (stack_.empty()) return;
    Frame f = stack_.back();
    stack_.pop_back();
    if (f.role == kPara) end_paragraph();
    else if (f.role == kTable && !f.cell) end_body_table(f.table);
  }

  void end_paragraph() {
    Para p = std::move(paras_.back());
    paras_.pop_back();
    if (code_ > 0) {
      // A field still in its code when its paragraph ends never got its separate or end: the
      // text held back is shown after all and the field forgotten, so nothing after it is lost.
      p.text += p.code;
      ++unclosed_fields_;
      fields_.clear();
      code_ = 0;
      overflow_ = 0;
    }
    if (p.mark_deleted && blank(p.text)) return;  // a deleted empty paragraph: not numbered either
    std::string line = numbering_.label(p.style, p.has_num_id, p.num_id, p.ilvl);
    produced_ += line.size();
    line += p.text;
    if (blank(line)) return;
    if (p.cell) {
      p.cell->paras.push_back(std::move(line));
      return;
    }
    block(line);
  }

  // A nested table's cells, in order, as further paragraphs of the cell that holds it.
  static void flatten(const Table& t, std::vector<const std::string*>& out) {
    for (const auto& row : t.rows)
      if (!row.deleted)
        for (const auto& c : row.cells)
          if (!c.continuation) cell_paras(c, out);
  }
  static void cell_paras(const Cell& c, std::vector<const std::string*>& out) {
    std::size_t k = 0;
    for (std::size_t i = 0; i <= c.paras.size(); ++i) {
      for (; k < c.nested.size() && c.paras_at[k] == i; ++k) flatten(*c.nested[k], out);
      if (i < c.paras.size()) out.push_back(&c.paras[i]);
    }
  }

  void end_body_table(Table* t) {
    std::string s;
    std::vector<const std::string*> paras;
    for (const auto& row : t->rows) {
      if (row.deleted || row.cells.empty()) continue;
      if (!s.empty()) s += "\n\n";
      for (std::size_t i = 0; i < row.cells.size(); ++i) {
        if (i) s += '\n';
        s += '\t';
        const Cell& c = row.cells[i];
        if (c.continuation) continue;
        paras.clear();
        cell_paras(c, paras);
        for (std::size_t k = 0; k < paras.size(); ++k) {
          if (k) s += "\n\n";
          s += *paras[k];
        }
      }
    }
    for (std::size_t i = 0; i < body_tables_.size(); ++i)
      if (body_tables_[i].get() == t) {
        body_tables_.erase(body_tables_.begin() + static_cast<std::ptrdiff_t>(i));
        break;
      }
    if (s.empty()) return;
    s += '\n';  // Word leaves one more blank line after a table
    block(s);
  }

  void block(const std::string& s) {
    if (!out_.empty()) out_ += "\n\n";
    out_ += s;
  }

  docx::Numbering& numbering_;
  std::vector<Frame> stack_;
  std::vector<Para> paras_;  // open paragraphs (a text box's paragraphs sit inside another one)
  std::vector<std::unique_ptr<Table>> body_tables_;  // open top-level tables
  std::vector<bool> fields_;  // open complex fields: true while in the field code
  int code_ = 0;              // how many of them are in their code
  std::size_t overflow_ = 0;  // field begins past the nesting cap
  std::size_t deletions_ = 0, hidden_ = 0, stray_ = 0, unclosed_fields_ = 0, produced_ = 0;
  std::string out_;
};

}  // namespace

bool docx::read_document_body(std::string_view xml, Numbering& numbering, DocxResult& out, DocxError& err) {
  Body reader(numbering);
  return reader.read(xml, out, err);
}

}  // namespace gouji
