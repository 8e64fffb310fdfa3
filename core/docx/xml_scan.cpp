#include "docx/xml_scan.h"

#include "text/text.h"

namespace gouji::docx {

std::string_view XmlEvent::attr(std::string_view key) const {
  for (const auto& [k, v] : attrs)
    if (k == key) return v;
  return {};
}

std::string decode_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') { out += s[i]; continue; }
    std::size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) { out += s[i]; continue; }
    std::string_view ent = s.substr(i + 1, semi - i - 1);
    if (ent == "amp") out += '&';
    else if (ent == "lt") out += '<';
    else if (ent == "gt") out += '>';
    else if (ent == "quot") out += '"';
    else if (ent == "apos") out += '\'';
    else if (!ent.empty() && ent[0] == '#') {
      unsigned long cp = 0;
      bool hex = ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X');
      bool ok = ent.size() > (hex ? 2u : 1u);
      for (std::size_t k = hex ? 2 : 1; ok && k < ent.size(); ++k) {
        char c = ent[k];
        int d = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0 || cp > 0x10FFFF) ok = false;
        else cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(d);
      }
      if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
      append_utf8(out, static_cast<char32_t>(cp));
    } else {
      out.append(s.data() + i, semi - i + 1);
    }
    i = semi;
  }
  return out;
}

XmlEvent XmlScanner::next() {
  XmlEvent ev;
  if (pending_end_) {
    pending_end_ = false;
    ev.kind = XmlEvent::End;
    ev.name = pending_name_;
    return ev;
  }
  while (pos_ < xml_.size()) {
    if (xml_[pos_] != '<') {
      std::size_t lt = xml_.find('<', pos_);
      if (lt == std::string_view::npos) lt = xml_.size();
      ev.kind = XmlEvent::Text;
      ev.text = decode_entities(xml_.substr(pos_, lt - pos_));
      pos_ = lt;
      return ev;
    }
    std::string_view rest = xml_.substr(pos_);
    if (rest.substr(0, 4) == "<!--") {
      std::size_t e = xml_.find("-->", pos_ + 4);
      if (e == std::string_view::npos) break;
      pos_ = e + 3;
      continue;
    }
    if (rest.substr(0, 9) == "<![CDATA[") {
      std::size_t e = xml_.find("]]>", pos_ + 9);
      if (e == std::string_view::npos) break;
      ev.kind = XmlEvent::Text;
      ev.text = std::string(xml_.substr(pos_ + 9, e - pos_ - 9));
      pos_ = e + 3;
      return ev;
    }
    if (rest.substr(0, 2) == "<!") {  // DOCTYPE / ENTITY: never expanded, never accepted
      error_ = "DOCTYPE or entity declaration";
      ev.kind = XmlEvent::Error;
      return ev;
    }
    if (rest.substr(0, 2) == "<?") {
      std::size_t e = xml_.find("?>", pos_ + 2);
      if (e == std::string_view::npos) break;
      pos_ = e + 2;
      continue;
    }
    // A tag: find its end, skipping quoted attribute values.
    std::size_t i = pos_ + 1;
    char quote = 0;
    while (i < xml_.size() && (quote || xml_[i] != '>')) {
      if (quote && xml_[i] == quote) quote = 0;
      else if (!quote && (xml_[i] == '"' || xml_[i] == '\'')) quote = xml_[i];
      ++i;
    }
    if (i >= xml_.size()) break;
    std::string_view tag = xml_.substr(pos_ + 1, i - pos_ - 1);
    pos_ = i + 1;
    if (!tag.empty() && tag[0] == '/') {
      std::size_t e = 1;
      while (e < tag.size() && tag[e] != ' ' && tag[e] != '\t' && tag[e] != '\n' && tag[e] != '\r') ++e;
      ev.kind = XmlEvent::End;
      ev.name = tag.substr(1, e - 1);
      if (depth_ > 0) --depth_;
      return ev;
    }
    bool self = !tag.empty() && tag.back() == '/';
    if (self) tag.remove_suffix(1);
    std::size_t n = 0;
    while (n < tag.size() && tag[n] != ' ' && tag[n] != '\t' && tag[n] != '\n' && tag[n] != '\r') ++n;
    ev.kind = XmlEvent::Start;
    ev.name = tag.substr(0, n);
    ev.self_closing = self;
    // Attributes: name="value" pairs.
    std::size_t a = n;
    while (a < tag.size()) {
      while (a < tag.size() && (tag[a] == ' ' || tag[a] == '\t' || tag[a] == '\n' || tag[a] == '\r')) ++a;
      std::size_t eq = tag.find('=', a);
      if (eq == std::string_view::npos) break;
      std::string_view key = tag.substr(a, eq - a);
      while (!key.empty() && (key.back() == ' ' || key.back() == '\t')) key.remove_suffix(1);
      std::size_t q = eq + 1;
      while (q < tag.size() && (tag[q] == ' ' || tag[q] == '\t')) ++q;
      if (q >= tag.size() || (tag[q] != '"' && tag[q] != '\'')) break;
      std::size_t close = tag.find(tag[q], q + 1);
      if (close == std::string_view::npos) break;
      ev.attrs.push_back({key, decode_entities(tag.substr(q + 1, close - q - 1))});
      a = close + 1;
    }
    if (self) {
      pending_end_ = true;
      pending_name_ = ev.name;
    } else if (++depth_ > max_depth_) {
      error_ = "XML nested too deeply";
      ev.kind = XmlEvent::Error;
    }
    return ev;
  }
  ev.kind = XmlEvent::Done;
  return ev;
}

}  // namespace gouji::docx
