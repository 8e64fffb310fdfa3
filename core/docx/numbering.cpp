#include "docx/numbering.h"

#include "docx/xml_scan.h"
#include "text/text.h"

namespace gouji::docx {
namespace {

int to_int(std::string_view s, int fallback) {
  if (s.empty()) return fallback;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9' || v > 100000) return fallback;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::string han(int n) {
  static const char* d[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n <= 0 || n >= 100) return std::to_string(n);
  if (n < 10) return d[n];
  std::string s = n / 10 == 1 ? "" : d[n / 10];
  s += "十";
  if (n % 10) s += d[n % 10];
  return s;
}

}  // namespace

std::string format_number(int n, std::string_view fmt) {
  if (fmt == "none" || fmt == "bullet") return "";
  if (fmt == "chineseCounting" || fmt == "chineseCountingThousand" || fmt == "japaneseCounting" ||
      fmt == "chineseLegalSimplified" || fmt == "taiwaneseCounting" || fmt == "taiwaneseCountingThousand")
    return han(n);
  if (fmt == "ideographTraditional") {
    static const char* tg[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
    return n >= 1 && n <= 10 ? tg[n - 1] : std::to_string(n);
  }
  if (fmt == "decimalEnclosedCircle" || fmt == "decimalEnclosedCircleChinese") {
    if (n >= 1 && n <= 20) {
      std::string s;
      append_utf8(s, static_cast<char32_t>(U'①' + n - 1));
      return s;
    }
    return std::to_string(n);
  }
  if (fmt == "decimalFullWidth" || fmt == "decimalFullWidth2") {
    std::string s;
    for (char c : std::to_string(n)) append_utf8(s, static_cast<char32_t>(U'０' + (c - '0')));
    return s;
  }
  if (fmt == "lowerLetter" || fmt == "upperLetter") {
    std::string s(static_cast<std::size_t>((n - 1) / 26 + 1), static_cast<char>((fmt == "lowerLetter" ? 'a' : 'A') + (n - 1) % 26));
    return n >= 1 ? s : std::to_string(n);
  }
  if (fmt == "lowerRoman" || fmt == "upperRoman") {
    static const std::pair<int, const char*> r[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
                                                    {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}};
    std::string s;
    int v = n;
    for (auto [k, t] : r)
      while (v >= k && s.size() < 20) { s += t; v -= k; }
    if (fmt == "upperRoman")
      for (auto& c : s) c = static_cast<char>(c - 'a' + 'A');
    return s;
  }
  return std::to_string(n);
}

void Numbering::parse_numbering(std::string_view xml) {
  XmlScanner sc(xml);
  std::string abs_id, num_id;
  int lvl = -1, override_lvl = -1;
  bool in_abstract = false, in_num = false;
  for (XmlEvent ev = sc.next(); ev.kind != XmlEvent::Done && ev.kind != XmlEvent::Error; ev = sc.next()) {
    if (ev.kind == XmlEvent::Start) {
      if (ev.name == "w:abstractNum") { in_abstract = true; abs_id = std::string(ev.attr("w:abstractNumId")); }
      else if (ev.name == "w:num") { in_num = true; num_id = std::string(ev.attr("w:numId")); }
      else if (ev.name == "w:lvl" && in_abstract) { lvl = to_int(ev.attr("w:ilvl"), 0); abstract_[abs_id][lvl]; }
      else if (ev.name == "w:start" && in_abstract && lvl >= 0) abstract_[abs_id][lvl].start = to_int(ev.attr("w:val"), 1);
      else if (ev.name == "w:numFmt" && in_abstract && lvl >= 0) abstract_[abs_id][lvl].fmt = std::string(ev.attr("w:val"));
      else if (ev.name == "w:lvlText" && in_abstract && lvl >= 0) abstract_[abs_id][lvl].text = std::string(ev.attr("w:val"));
      else if (ev.name == "w:abstractNumId" && in_num) num_to_abstract_[num_id] = std::string(ev.attr("w:val"));
      else if (ev.name == "w:lvlOverride" && in_num) override_lvl = to_int(ev.attr("w:ilvl"), 0);
      else if (ev.name == "w:startOverride" && in_num && override_lvl >= 0)
        start_override_[num_id][override_lvl] = to_int(ev.attr("w:val"), 1);
    } else if (ev.kind == XmlEvent::End) {
      if (ev.name == "w:abstractNum") { in_abstract = false; lvl = -1; }
      else if (ev.name == "w:num") in_num = false;
      else if (ev.name == "w:lvl") lvl = -1;
      else if (ev.name == "w:lvlOverride") override_lvl = -1;
    }
  }
}

void Numbering::parse_styles(std::string_view xml) {
  XmlScanner sc(xml);
  std::string style;
  for (XmlEvent ev = sc.next(); ev.kind != XmlEvent::Done && ev.kind != XmlEvent::Error; ev = sc.next()) {
    if (ev.kind == XmlEvent::Start) {
      if (ev.name == "w:style") style = std::string(ev.attr("w:styleId"));
      else if (ev.name == "w:numId" && !style.empty()) style_num_[style].first = std::string(ev.attr("w:val"));
      else if (ev.name == "w:ilvl" && !style.empty()) style_num_[style].second = to_int(ev.attr("w:val"), 0);
    } else if (ev.kind == XmlEvent::End && ev.name == "w:style") {
      style.clear();
    }
  }
}

bool Numbering::style_numbering(const std::string& style, std::string& num_id, int& ilvl) const {
  auto it = style_num_.find(style);
  if (it == style_num_.end() || it->second.first.empty()) return false;
  num_id = it->second.first;
  ilvl = it->second.second;
  return true;
}

std::string Numbering::next(const std::string& num_id, int ilvl) {
  auto a = num_to_abstract_.find(num_id);
  if (a == num_to_abstract_.end() || ilvl < 0 || ilvl > 8) return "";
  auto& levels = abstract_[a->second];
  auto& c = counters_[num_id];
  if (c.empty()) {
    c.assign(9, 0);
    for (int l = 0; l < 9; ++l) {
      int start = levels.count(l) ? levels[l].start : 1;
      auto o = start_override_.find(num_id);
      if (o != start_override_.end() && o->second.count(l)) start = o->second[l];
      c[static_cast<std::size_t>(l)] = start - 1;
    }
  }
  ++c[static_cast<std::size_t>(ilvl)];
  for (int l = ilvl + 1; l < 9; ++l) c[static_cast<std::size_t>(l)] = (levels.count(l) ? levels[l].start : 1) - 1;
  const Level& lv = levels[ilvl];
  if (lv.fmt == "none" || lv.fmt == "bullet") return "";
  std::string out;
  for (std::size_t i = 0; i < lv.text.size(); ++i) {
    if (lv.text[i] == '%' && i + 1 < lv.text.size() && lv.text[i + 1] >= '1' && lv.text[i + 1] <= '9') {
      int l = lv.text[i + 1] - '1';
      out += format_number(c[static_cast<std::size_t>(l)], levels.count(l) ? levels[l].fmt : "decimal");
      ++i;
    } else {
      out += lv.text[i];
    }
  }
  return out;
}

}  // namespace gouji::docx
