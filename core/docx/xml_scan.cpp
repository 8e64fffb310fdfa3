#include "docx/xml_scan.h"

#include "docx/utf8.h"

namespace gouji::docx {
namespace {

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool starts(std::string_view s, std::size_t at, std::string_view with) { return s.substr(at, with.size()) == with; }

// A character reference's code point, or U+FFFD for one XML does not allow.
char32_t char_ref(std::string_view digits, bool hex) {
  if (digits.empty() || digits.size() > 8) return 0xFFFD;
  char32_t cp = 0;
  for (char c : digits) {
    int d = c >= '0' && c <= '9' ? c - '0'
            : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
            : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                          : -1;
    if (d < 0) return 0xFFFD;
    cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
    if (cp > 0x10FFFF) return 0xFFFD;
  }
  bool allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
                 cp >= 0x10000;
  return allowed ? cp : 0xFFFD;
}

}  // namespace

void decode_entities(std::string_view s, std::string& out) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t amp = s.find('&', i);
    if (amp == std::string_view::npos) amp = s.size();
    out.append(s.data() + i, amp - i);
    if (amp == s.size()) break;
    // A reference is at most 12 bytes long and holds no '&': look no further for its ';' (a run
    // of '&' without one would otherwise rescan the rest of the text at each '&').
    std::size_t semi = s.substr(amp + 1, 12).find_first_of(";&");
    if (semi != std::string_view::npos) semi += amp + 1;
    if (semi == std::string_view::npos || s[semi] == '&') {  // not a reference: keep the '&'
      out += '&';
      i = amp + 1;
      continue;
    }
    std::string_view ent = s.substr(amp + 1, semi - amp - 1);
    if (ent == "amp") out += '&';
    else if (ent == "lt") out += '<';
    else if (ent == "gt") out += '>';
    else if (ent == "quot") out += '"';
    else if (ent == "apos") out += '\'';
    else if (ent.size() >= 2 && ent[0] == '#' && (ent[1] == 'x' || ent[1] == 'X')) put_utf8(out, char_ref(ent.substr(2), true));
    else if (ent.size() >= 2 && ent[0] == '#') put_utf8(out, char_ref(ent.substr(1), false));
    else out.append(s.data() + amp, semi - amp + 1);  // undeclared entity: never expanded
    i = semi + 1;
  }
}

std::string decode_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  decode_entities(s, out);
  return out;
}

const XmlAttr* XmlEvent::find(std::string_view key) const {
  for (const auto& a : attrs)
    if (a.name == key) return &a;
  return nullptr;
}

std::string XmlEvent::attr(std::string_view key) const {
  const XmlAttr* a = find(key);
  return a ? decode_entities(a->raw) : std::string();
}

std::string XmlEvent::text() const { return cdata ? std::string(raw) : decode_entities(raw); }

const XmlEvent& XmlScanner::fail(Fault f, const char* why) {
  fault_ = f;
  error_ = why;
  ev_.kind = XmlEvent::Error;
  return ev_;
}

const XmlEvent& XmlScanner::next() {
  if (fault_ != Fault::None) return ev_;
  ev_.attrs.clear();
  ev_.self_closing = false;
  ev_.cdata = false;
  ev_.raw = {};
  if (pending_end_) {  // the End of <x/>; ev_.name still holds x
    pending_end_ = false;
    ev_.kind = XmlEvent::End;
    return ev_;
  }
  ev_.name = {};
  const std::size_t n = xml_.size();
  while (pos_ < n) {
    if (xml_[pos_] != '<') {
      std::size_t lt = xml_.find('<', pos_);
      if (lt == std::string_view::npos) lt = n;
      ev_.kind = XmlEvent::Text;
      ev_.raw = xml_.substr(pos_, lt - pos_);
      pos_ = lt;
      return ev_;
    }
    if (starts(xml_, pos_, "<!--")) {
      std::size_t e = xml_.find("-->", pos_ + 4);
      if (e == std::string_view::npos) return fail(Fault::Malformed, "unterminated comment");
      pos_ = e + 3;
      continue;
    }
    if (starts(xml_, pos_, "<![CDATA[")) {
      std::size_t e = xml_.find("]]>", pos_ + 9);
      if (e == std::string_view::npos) return fail(Fault::Malformed, "unterminated CDATA section");
      ev_.kind = XmlEvent::Text;
      ev_.cdata = true;
      ev_.raw = xml_.substr(pos_ + 9, e - pos_ - 9);
      pos_ = e + 3;
      return ev_;
    }
    if (starts(xml_, pos_, "<!")) return fail(Fault::Doctype, "DOCTYPE or entity declaration");
    if (starts(xml_, pos_, "<?")) {
      std::size_t e = xml_.find("?>", pos_ + 2);
      if (e == std::string_view::npos) return fail(Fault::Malformed, "unterminated processing instruction");
      pos_ = e + 2;
      continue;
    }
    if (starts(xml_, pos_, "</")) {
      std::size_t e = xml_.find('>', pos_ + 2);
      if (e == std::string_view::npos) return fail(Fault::Malformed, "unterminated end tag");
      std::string_view name = xml_.substr(pos_ + 2, e - pos_ - 2);
      while (!name.empty() && space(name.back())) name.remove_suffix(1);
      if (open_.empty() || open_.back() != name) return fail(Fault::Malformed, "mismatched end tag");
      open_.pop_back();
      pos_ = e + 1;
      ev_.kind = XmlEvent::End;
      ev_.name = name;
      return ev_;
    }
    // A start tag: name, then name="value" / name='value' attributes, then > or />.
    std::size_t i = pos_ + 1;
    while (i < n && !space(xml_[i]) && xml_[i] != '>' && xml_[i] != '/' && xml_[i] != '<') ++i;
    ev_.name = xml_.substr(pos_ + 1, i - pos_ - 1);
    if (ev_.name.empty()) return fail(Fault::Malformed, "malformed tag");
    for (;;) {
      while (i < n && space(xml_[i])) ++i;
      if (i >= n) return fail(Fault::Malformed, "unterminated tag");
      if (xml_[i] == '>') { ++i; break; }
      if (xml_[i] == '/') {
        if (i + 1 >= n || xml_[i + 1] != '>') return fail(Fault::Malformed, "malformed tag");
        ev_.self_closing = true;
        i += 2;
        break;
      }
      std::size_t a = i;
      while (i < n && !space(xml_[i]) && xml_[i] != '=' && xml_[i] != '>' && xml_[i] != '/' && xml_[i] != '<') ++i;
      std::string_view key = xml_.substr(a, i - a);
      while (i < n && space(xml_[i])) ++i;
      if (key.empty() || i >= n || xml_[i] != '=') return fail(Fault::Malformed, "malformed attribute");
      ++i;
      while (i < n && space(xml_[i])) ++i;
      if (i >= n || (xml_[i] != '"' && xml_[i] != '\'')) return fail(Fault::Malformed, "malformed attribute");
      std::size_t close = xml_.find(xml_[i], i + 1);
      if (close == std::string_view::npos) return fail(Fault::Malformed, "unterminated attribute value");
      ev_.attrs.push_back({key, xml_.substr(i + 1, close - i - 1)});
      i = close + 1;
    }
    pos_ = i;
    if (open_.size() >= max_depth_) return fail(Fault::TooDeep, "XML nested too deeply");
    ev_.kind = XmlEvent::Start;
    if (ev_.self_closing) pending_end_ = true;
    else open_.push_back(ev_.name);
    return ev_;
  }
  if (!open_.empty()) return fail(Fault::Malformed, "XML ends inside an element");
  ev_.kind = XmlEvent::Done;
  return ev_;
}

}  // namespace gouji::docx
