#include "docx/numbering.h"

#include <vector>

#include "docx/utf8.h"
#include "docx/xml_scan.h"

namespace gouji::docx {
namespace {

int to_int(std::string_view s, int fallback) {
  bool neg = !s.empty() && s[0] == '-';
  if (neg) s.remove_prefix(1);
  if (s.empty()) return fallback;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return fallback;
    if (v > 100000) return fallback;
    v = v * 10 + (c - '0');
  }
  return neg ? -v : v;
}

bool on(const XmlEvent& ev) {  // a w:ST_OnOff toggle: present and not val="0"/"false"/"off"
  std::string v = ev.attr("w:val");
  return !(v == "0" || v == "false" || v == "off");
}

const char* const kHanDigits[10] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
const char* const kLegalDigits[10] = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};

// 1–9999 with 十/百/千 (拾/佰/仟): 十一, 二十, 一百零五, 一千二百; `short_ten` writes 10–19 as 十…
std::string han_counting(int n, const char* const digits[10], const char* const units[3], const char* zero, bool short_ten) {
  if (n == 0) return digits[0];
  if (n < 0 || n > 9999) return std::to_string(n);
  const int place[4] = {1000, 100, 10, 1};
  std::string s;
  bool started = false, gap = false;
  for (int k = 0; k < 4; ++k) {
    int d = n / place[k] % 10;
    if (d == 0) {
      gap = started;
      continue;
    }
    if (gap) s += zero;
    gap = false;
    if (!(k == 2 && d == 1 && !started && short_ten)) s += digits[d];
    if (k < 3) s += units[k];
    started = true;
  }
  return s;
}

std::string code_point(char32_t cp) {
  std::string s;
  put_utf8(s, cp);
  return s;
}

std::string enclosed(int n, char32_t first, int count) {
  return n >= 1 && n <= count ? code_point(first + static_cast<char32_t>(n - 1)) : std::to_string(n);
}

}  // namespace

std::string format_number(int n, std::string_view fmt, std::string_view custom) {
  if (fmt == "none" || fmt == "bullet") return "";
  if (fmt == "custom") {  // w:format "001, 002, 003, ..." / "一, 二, 三, ..." / "①, ②, ③, ..."
    std::size_t lead = 0;
    while (lead < custom.size() && custom[lead] == '0') ++lead;
    if (lead > 0 && lead < custom.size() && custom[lead] >= '1' && custom[lead] <= '9') {
      std::string s = std::to_string(n);
      std::size_t width = lead + 1;
      return s.size() < width ? std::string(width - s.size(), '0') + s : s;
    }
    if (custom.substr(0, 3) == "一") return format_number(n, "chineseCounting");
    if (custom.substr(0, 3) == "壹") return format_number(n, "chineseLegalSimplified");
    if (custom.substr(0, 3) == "①") return format_number(n, "decimalEnclosedCircle");
    return std::to_string(n);
  }
  static const char* const kUnits[3] = {"千", "百", "十"};
  static const char* const kLegalUnits[3] = {"仟", "佰", "拾"};
  if (fmt == "chineseCounting" || fmt == "chineseCountingThousand" || fmt == "japaneseCounting" ||
      fmt == "taiwaneseCounting" || fmt == "taiwaneseCountingThousand" || fmt == "koreanCounting")
    return han_counting(n, kHanDigits, kUnits, "零", true);
  if (fmt == "chineseLegalSimplified" || fmt == "japaneseLegal")
    return han_counting(n, kLegalDigits, kLegalUnits, "零", false);
  if (fmt == "ideographDigital" || fmt == "taiwaneseDigital" || fmt == "japaneseDigitalTenThousand") {
    if (n < 0) return std::to_string(n);
    std::string s;
    for (char c : std::to_string(n)) s += kHanDigits[c - '0'];
    return s;
  }
  if (fmt == "ideographTraditional") {  // 甲乙丙丁戊己庚辛壬癸
    static const char* const kStems[10] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
    return n >= 1 && n <= 10 ? kStems[n - 1] : std::to_string(n);
  }
  if (fmt == "ideographZodiac") {  // 子丑寅卯辰巳午未申酉戌亥
    static const char* const kBranches[12] = {"子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"};
    return n >= 1 && n <= 12 ? kBranches[n - 1] : std::to_string(n);
  }
  if (fmt == "decimalEnclosedCircle" || fmt == "decimalEnclosedCircleChinese") {
    if (n >= 1 && n <= 20) return enclosed(n, U'①', 20);
    if (n >= 21 && n <= 35) return code_point(U'㉑' + static_cast<char32_t>(n - 21));
    if (n >= 36 && n <= 50) return code_point(U'㊱' + static_cast<char32_t>(n - 36));
    return std::to_string(n);
  }
  if (fmt == "ideographEnclosedCircle") return enclosed(n, U'㊀', 10);
  if (fmt == "decimalEnclosedFullstop") return enclosed(n, U'⒈', 20);
  if (fmt == "decimalEnclosedParen") return enclosed(n, U'⑴', 20);
  if (fmt == "decimalFullWidth" || fmt == "decimalFullWidth2") {
    std::string s;
    for (char c : std::to_string(n)) put_utf8(s, c == '-' ? U'－' : U'０' + static_cast<char32_t>(c - '0'));
    return s;
  }
  if (fmt == "decimalZero") return n >= 0 && n < 10 ? "0" + std::to_string(n) : std::to_string(n);
  if (fmt == "lowerLetter" || fmt == "upperLetter") {  // a…z, aa…zz, aaa…: Word repeats the letter
    if (n < 1 || n > 780) return std::to_string(n);
    char c = static_cast<char>((fmt == "lowerLetter" ? 'a' : 'A') + (n - 1) % 26);
    return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), c);
  }
  if (fmt == "lowerRoman" || fmt == "upperRoman") {
    if (n < 1 || n > 3999) return std::to_string(n);
    static const std::pair<int, const char*> kRoman[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                        {90, "xc"},   {50, "l"},   {40, "xl"},  {10, "x"},   {9, "ix"},
                                                        {5, "v"},     {4, "iv"},   {1, "i"}};
    std::string s;
    int v = n;
    for (const auto& [k, t] : kRoman)
      while (v >= k) { s += t; v -= k; }
    if (fmt == "upperRoman")
      for (auto& c : s) c = static_cast<char>(c - 'a' + 'A');
    return s;
  }
  if (fmt == "ordinal") {
    int t = n % 100, u = n % 10;
    const char* suffix = (t >= 11 && t <= 13) ? "th" : u == 1 ? "st" : u == 2 ? "nd" : u == 3 ? "rd" : "th";
    return std::to_string(n) + suffix;
  }
  return std::to_string(n);  // decimal, decimalHalfWidth and anything unknown
}

XmlScanner::Fault Numbering::parse_numbering(std::string_view xml) {
  XmlScanner sc(xml);
  std::vector<std::string_view> path;  // open element names
  std::string abs_id, num_id;
  Level* lvl = nullptr;  // the w:lvl being read (in an abstractNum or a num's lvlOverride)
  int override_lvl = -1;
  int skip = 0;  // inside a *Change element (tracked formatting change: the old values)
  for (;;) {
    const XmlEvent& ev = sc.next();
    if (ev.kind == XmlEvent::Done || ev.kind == XmlEvent::Error) return sc.fault();
    if (ev.kind == XmlEvent::Text) continue;
    const std::string_view n = ev.name;
    if (ev.kind == XmlEvent::End) {
      if (!path.empty()) path.pop_back();
      if (skip) { --skip; continue; }
      if (n == "w:abstractNum") abs_id.clear();
      else if (n == "w:num") num_id.clear();
      else if (n == "w:lvl") lvl = nullptr;
      else if (n == "w:lvlOverride") override_lvl = -1;
      continue;
    }
    path.push_back(n);
    if (skip || (n.size() > 6 && n.substr(n.size() - 6) == "Change")) { ++skip; continue; }
    if (n == "w:abstractNum") {
      abs_id = ev.attr("w:abstractNumId");
      abstracts_[abs_id];
    } else if (n == "w:num") {
      num_id = ev.attr("w:numId");
      nums_[num_id];
    } else if (n == "w:numStyleLink" && !abs_id.empty()) {
      abstracts_[abs_id].num_style_link = ev.attr("w:val");
    } else if (n == "w:abstractNumId" && !num_id.empty()) {
      nums_[num_id].abstract_id = ev.attr("w:val");
    } else if (n == "w:lvlOverride" && !num_id.empty()) {
      override_lvl = to_int(ev.attr("w:ilvl"), -1);
      if (override_lvl > 8) override_lvl = -1;
    } else if (n == "w:startOverride" && override_lvl >= 0) {
      nums_[num_id].start_override[override_lvl] = to_int(ev.attr("w:val"), 1);
    } else if (n == "w:lvl") {
      int i = to_int(ev.attr("w:ilvl"), -1);
      if (i < 0 || i > 8) lvl = nullptr;
      else if (!abs_id.empty()) lvl = &abstracts_[abs_id].levels[i];
      else if (!num_id.empty() && override_lvl >= 0) lvl = &nums_[num_id].level_override[override_lvl];
      else lvl = nullptr;
    } else if (lvl) {
      if (n == "w:start") {
        lvl->start = to_int(ev.attr("w:val"), 1);
        lvl->has_start = true;
      } else if (n == "w:numFmt") {
        std::string v = ev.attr("w:val");
        // Word 2010+ writes <mc:Choice><w:numFmt w:val="custom" w:format="…"/></mc:Choice>
        // <mc:Fallback><w:numFmt w:val="chineseCounting"/></mc:Fallback>: a standard value wins.
        if (v == "custom") {
          lvl->custom = ev.attr("w:format");
          if (!lvl->has_fmt) lvl->fmt = v;
        } else {
          lvl->fmt = v;
          lvl->has_fmt = true;
        }
      } else if (n == "w:lvlText") {
        lvl->text = ev.attr("w:val");
        lvl->has_text = true;
      } else if (n == "w:lvlRestart") {
        lvl->restart = to_int(ev.attr("w:val"), -1);
      } else if (n == "w:isLgl") {
        lvl->legal = on(ev);
      } else if (n == "w:pStyle" && path.size() >= 2 && path[path.size() - 2] == "w:lvl") {
        lvl->pstyle = ev.attr("w:val");
      }
    }
  }
}

XmlScanner::Fault Numbering::parse_styles(std::string_view xml) {
  XmlScanner sc(xml);
  std::vector<std::string_view> path;
  std::string style;
  int skip = 0;
  for (;;) {
    const XmlEvent& ev = sc.next();
    if (ev.kind == XmlEvent::Done || ev.kind == XmlEvent::Error) return sc.fault();
    if (ev.kind == XmlEvent::Text) continue;
    const std::string_view n = ev.name;
    if (ev.kind == XmlEvent::End) {
      if (!path.empty()) path.pop_back();
      if (skip) { --skip; continue; }
      if (n == "w:style") style.clear();
      continue;
    }
    path.push_back(n);
    if (skip || (n.size() > 6 && n.substr(n.size() - 6) == "Change")) { ++skip; continue; }
    auto parent = [&](std::string_view p) { return path.size() >= 2 && path[path.size() - 2] == p; };
    if (n == "w:style") {
      // Paragraph styles carry numPr for headings; numbering styles are what w:numStyleLink names.
      style = ev.attr("w:styleId");
      styles_[style];
      std::string type = ev.attr("w:type");
      std::string def = ev.attr("w:default");
      if ((type.empty() || type == "paragraph") && (def == "1" || def == "true" || def == "on")) default_style_ = style;
    } else if (style.empty()) {
      continue;
    } else if (n == "w:basedOn" && parent("w:style")) {
      styles_[style].based_on = ev.attr("w:val");
    } else if (n == "w:numId" && parent("w:numPr")) {
      styles_[style].has_num_id = true;
      styles_[style].num_id = ev.attr("w:val");
    } else if (n == "w:ilvl" && parent("w:numPr")) {
      int i = to_int(ev.attr("w:val"), -1);
      styles_[style].ilvl = i >= 0 && i <= 8 ? i : -1;
    }
  }
}

const Numbering::Abstract* Numbering::resolve(const Num& num, std::string* abstract_id) const {
  std::string id = num.abstract_id;
  for (int hop = 0; hop < 4; ++hop) {  // numStyleLink → style → its numId → that num's abstractNum
    auto a = abstracts_.find(id);
    if (a == abstracts_.end()) return nullptr;
    if (a->second.num_style_link.empty() || !a->second.levels.empty()) {
      if (abstract_id) *abstract_id = id;
      return &a->second;
    }
    auto s = styles_.find(a->second.num_style_link);
    if (s == styles_.end() || !s->second.has_num_id) return nullptr;
    auto nn = nums_.find(s->second.num_id);
    if (nn == nums_.end()) return nullptr;
    id = nn->second.abstract_id;
  }
  return nullptr;
}

const Numbering::Level* Numbering::level(const Num& num, const Abstract& abs, int ilvl) const {
  auto o = num.level_override.find(ilvl);
  if (o != num.level_override.end()) return &o->second;
  auto l = abs.levels.find(ilvl);
  return l == abs.levels.end() ? nullptr : &l->second;
}

int Numbering::start_of(const Num& num, const Abstract& abs, int ilvl) const {
  auto o = num.start_override.find(ilvl);
  if (o != num.start_override.end()) return o->second;
  const Level* l = level(num, abs, ilvl);
  return l ? l->start : 1;
}

std::string Numbering::label(const std::string& para_style, bool has_num_id, const std::string& para_num_id, int ilvl) {
  // Fill what the paragraph leaves out from its style and the styles it is based on.
  const std::string& style = para_style.empty() ? default_style_ : para_style;
  std::string num_id = para_num_id;
  std::vector<std::string> chain;
  for (std::string s = style; !s.empty() && chain.size() < 16;) {
    auto it = styles_.find(s);
    if (it == styles_.end()) break;
    chain.push_back(s);
    if (!has_num_id && it->second.has_num_id) {
      has_num_id = true;
      num_id = it->second.num_id;
    }
    if (ilvl < 0 && it->second.ilvl >= 0) ilvl = it->second.ilvl;
    s = it->second.based_on;
  }
  if (!has_num_id || num_id.empty() || num_id == "0") return "";
  auto nit = nums_.find(num_id);
  if (nit == nums_.end()) return "";
  const Num& num = nit->second;
  std::string abs_id;
  const Abstract* abs = resolve(num, &abs_id);
  if (!abs) return "";
  if (ilvl < 0) {  // a heading style tied to a level by that level's w:pStyle
    for (const auto& [i, l] : abs->levels)
      for (const auto& s : chain)
        if (ilvl < 0 && !l.pstyle.empty() && l.pstyle == s) ilvl = i;
  }
  if (ilvl < 0 || ilvl > 8) ilvl = 0;

  bool own = !num.start_override.empty() || !num.level_override.empty();
  Counters& c = counters_[own ? "n" + num_id : "a" + abs_id];
  auto u = static_cast<std::size_t>(ilvl);
  if (!c.started[u]) {
    c.value[u] = start_of(num, *abs, ilvl);
    c.started[u] = true;
  } else if (c.value[u] < 1000000) {
    ++c.value[u];
  }
  for (int k = ilvl + 1; k < 9; ++k) {
    const Level* l = level(num, *abs, k);
    int restart = l ? l->restart : -1;
    if (restart != 0 && (restart < 0 || ilvl + 1 <= restart)) c.started[static_cast<std::size_t>(k)] = false;
  }

  const Level* cur = level(num, *abs, ilvl);
  if (!cur || cur->fmt == "bullet") return "";
  std::string out;
  const std::string& t = cur->text;
  for (std::size_t i = 0; i < t.size() && out.size() < 1024; ++i) {
    if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
      int l = t[i + 1] - '1';
      const Level* lv = level(num, *abs, l);
      auto lu = static_cast<std::size_t>(l);
      int value = c.started[lu] ? c.value[lu] : start_of(num, *abs, l);
      std::string_view fmt = lv ? std::string_view(lv->fmt) : std::string_view("decimal");
      if (cur->legal && fmt != "none") fmt = "decimal";
      out += format_number(value, fmt, lv ? std::string_view(lv->custom) : std::string_view());
      ++i;
    } else {
      out += t[i];
    }
  }
  return out;
}

}  // namespace gouji::docx
