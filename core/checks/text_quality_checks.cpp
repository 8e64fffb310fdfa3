// H: identifiers and text quality. R90 统一社会信用代码 check character (GB 32100-2015); R91 typo
// patterns (a doubled counter "十项项", a doubled word, known broken phrases "组开展", stray spaces
// between Chinese characters); R93 the approximate numbers left out of exact checks.
#include <algorithm>

#include "checks/check.h"
#include "checks/rule_table.h"
#include "lexicon/typo_words.h"
#include "text/chars.h"

namespace gouji {
namespace {

using namespace lex::typos;

using chars::is_han;
using chars::starts_with;

constexpr std::size_t kNo = static_cast<std::size_t>(-1);

bool table_line(const Text& t, std::size_t at) {
  std::size_t b = at;
  while (b > 0 && t.at(b - 1) != U'\n') --b;
  return t.at(b) == U'\t';
}

// ---- R90 ------------------------------------------------------------------------------------

// GB 32100-2015: 31 symbols (no I O S V Z), weights 3^(i-1) mod 31, check = 31 - Σ mod 31.
constexpr std::u32string_view kCodeAlphabet = U"0123456789ABCDEFGHJKLMNPQRTUWXY";

int code_value(char32_t c) {
  if (c >= U'ａ' && c <= U'ｚ') c = c - U'ａ' + U'A';
  if (c >= U'Ａ' && c <= U'Ｚ') c = c - U'Ａ' + U'A';
  if (c >= U'０' && c <= U'９') c = c - U'０' + U'0';
  if (c >= U'a' && c <= U'z') c = c - U'a' + U'A';
  auto p = kCodeAlphabet.find(c);
  return p == std::u32string_view::npos ? -1 : static_cast<int>(p);
}

bool code_char(char32_t c) { return chars::is_digit(c) || chars::is_latin(c); }

void credit_codes(const Facts& f, DocumentResult& out) {
  const Text& t = f.text;
  for (std::size_t i = 0; i + 4 < t.size(); ++i) {
    if (!starts_with(t.chars(), i, lex::typos::kCreditCode)) continue;
    std::size_t b = i + 4;
    while (b < t.size() && b < i + 12 && !code_char(t.at(b)) &&
           (t.at(b) == U'：' || t.at(b) == U':' || t.at(b) == U'为' || t.at(b) == U'是' || chars::is_space(t.at(b)) ||
            t.at(b) == U'（' || t.at(b) == U'）' || t.at(b) == U'(' || t.at(b) == U')'))
      ++b;
    // The code's characters; a single space or hyphen between them is a copy artefact or a grouping
    // ("11430725 MB0X577440", "11430725-MB0X57744-0" with the 组织机构代码 set off).
    std::vector<std::size_t> at;
    std::size_t e = b;
    while (e < t.size() && at.size() < 24) {
      if (code_char(t.at(e))) { at.push_back(e++); continue; }
      char32_t c = t.at(e);
      if ((c == U' ' || c == U'-' || c == U'－') && !at.empty() && code_char(t.at(e + 1))) { ++e; continue; }
      break;
    }
    if (at.size() < 15) continue;  // not a code written here
    e = at.back() + 1;
    std::string code;
    for (std::size_t k : at) append_utf8(code, t.at(k));
    std::vector<Span> spans{{b, e, true}};
    if (at.size() != 18) {
      out.findings.push_back(make_finding("R90",
          {"统一社会信用代码“" + code + "”为" + std::to_string(at.size()) + "位，应为18位",
           "Unified social credit code \"" + code + "\" has " + std::to_string(at.size()) + " characters; it must have 18"},
          spans));
      continue;
    }
    int sum = 0;
    std::size_t bad = kNo;
    for (std::size_t k = 0; k < 18; ++k) {
      int v = code_value(t.at(at[k]));
      if (v < 0) { bad = k; break; }
      if (k < 17) {
        int w = 1;
        for (std::size_t p = 0; p < k; ++p) w = w * 3 % 31;
        sum += v * w;
      }
    }
    if (bad != kNo) {
      std::string ch = t.utf8(at[bad], at[bad] + 1);
      out.findings.push_back(make_finding("R90",
          {"统一社会信用代码“" + code + "”第" + std::to_string(bad + 1) + "位“" + ch + "”不是代码字符（不使用I、O、S、V、Z）",
           "Unified social credit code \"" + code + "\": character " + std::to_string(bad + 1) + " (\"" + ch +
               "\") is not allowed (I, O, S, V, Z are not used)"},
          spans));
      continue;
    }
    int check = (31 - sum % 31) % 31;
    if (check == code_value(t.at(at[17]))) continue;
    std::string want;
    append_utf8(want, kCodeAlphabet[check]);
    Finding fd = make_finding("R90",
        {"统一社会信用代码“" + code + "”校验位错误：按前17位计算应为“" + want + "”，报告为“" + t.utf8(at[17], e) + "”",
         "Unified social credit code \"" + code + "\" fails its check: the first 17 characters give \"" + want +
             "\", the code ends in \"" + t.utf8(at[17], e) + "\""},
        spans);
    fd.expected = want;
    fd.actual = t.utf8(at[17], e);
    fd.hint = {"代码可能抄错（常见为相邻字符颠倒或0/O、1/I混淆），请与登记证书核对",
               "The code was probably copied wrongly (swapped neighbours, 0/O or 1/I); check it against the certificate"};
    out.findings.push_back(std::move(fd));
  }
}

// ---- R91 ------------------------------------------------------------------------------------

// The length of a doubled two-character word at `i` (4), or 0.
std::size_t doubled_word(const Text& t, std::size_t i) {
  char32_t a = t.at(i), b = t.at(i + 1);
  // The repeat first: it is rare, and this runs at every character of the report.
  if (t.at(i + 2) != a || t.at(i + 3) != b || a == b || !is_han(a) || !is_han(b)) return 0;
  if (kNotFirst.find(a) != std::u32string_view::npos) return 0;
  for (auto w : kMayDouble)
    if (starts_with(t.chars(), i, w)) return 0;
  return 4;
}

// "张三 联系人：李四", "桃源县卫生健康局 填报日期：": a space before a form field label ("联系人：")
// separates fields on one line; it is layout, not a typo.
bool field_label_at(const Text& t, std::size_t at, std::size_t line_end) {
  for (std::size_t k = at; k < line_end && k < at + 7; ++k) {
    char32_t c = t.at(k);
    if (c == U'：' || c == U':') return k > at;
    if (!is_han(c)) return false;
  }
  return false;
}

void typos(const Facts& f, DocumentResult& out) {
  const Text& t = f.text;
  auto add = [&](std::size_t b, std::size_t e, Message msg, std::vector<Fix> fixes) {
    Finding fd = make_finding("R91", std::move(msg), {{b, e, true}});
    fd.fixes = std::move(fixes);
    out.findings.push_back(std::move(fd));
  };
  std::size_t covered = 0;
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (i < covered) continue;
    if (i == 0) {  // an excerpt may open with the doubled word; the rest needs a character before
      if (doubled_word(t, 0)) {
        add(0, 4, {"“" + t.utf8(0, 4) + "”重复，应为“" + t.utf8(0, 2) + "”",
                   "\"" + t.utf8(0, 4) + "\" repeats a word; \"" + t.utf8(0, 2) + "\" is meant"},
            {{{2, 4, true}, ""}});
        covered = 4;
      }
      continue;
    }
    if (t.at(i - 1) == U'\n' && t.at(i) == U'\t') {  // table lines
      while (i < t.size() && t.at(i) != U'\n') ++i;
      continue;
    }
    char32_t c = t.at(i);
    // Doubled counter after a numeral other than 一.
    static const chars::FirstChars numeral_set = [] {
      chars::FirstChars set;
      for (char32_t n : kNumerals) set.add(std::u32string_view(&n, 1));
      return set;
    }();
    if (t.at(i + 1) == c && numeral_set.may_start(t.at(i - 1)) && kNumerals.find(t.at(i - 1)) != std::u32string_view::npos &&
        kCounters.find(c) != std::u32string_view::npos && !(i >= 2 && t.at(i - 2) == U'第')) {
      std::string w = t.utf8(i - 1, i + 2);
      std::string fix = t.utf8(i - 1, i + 1);
      add(i - 1, i + 2, {"“" + w + "”疑为多字，应为“" + fix + "”", "\"" + w + "\" has a doubled character; \"" + fix + "\" is meant"},
          {{{i, i + 1, true}, ""}});
      covered = i + 2;
      continue;
    }
    // Doubled word.
    // (after a numeral, "一个个"-style counters are handled above; "二十二十" is not a word)
    if (doubled_word(t, i) && kNotFirst.find(t.at(i - 1)) == std::u32string_view::npos) {
      std::string s = t.utf8(i, i + 4);
      std::string fix = t.utf8(i, i + 2);
      add(i, i + 4, {"“" + s + "”重复，应为“" + fix + "”", "\"" + s + "\" repeats a word; \"" + fix + "\" is meant"},
          {{{i + 2, i + 4, true}, ""}});
      covered = i + 4;
      continue;
    }
    // Broken phrases.
    static const chars::FirstChars broken_first = [] {
      chars::FirstChars first;
      for (const auto& bp : kBroken) first.add(bp.text);
      return first;
    }();
    if (broken_first.may_start(c))
    for (const auto& bp : kBroken) {
      if (!starts_with(t.chars(), i, bp.text)) continue;
      char32_t before = t.at(i - 1), after = t.at(i + bp.text.size());
      if (bp.only_after_non_han && is_han(before) && bp.ok_after.find(before) == std::u32string_view::npos) continue;
      if (!bp.not_after.empty() && bp.not_after.find(before) != std::u32string_view::npos) continue;
      if (!bp.not_before.empty() && bp.not_before.find(after) != std::u32string_view::npos) continue;
      std::size_t e = i + bp.text.size();
      std::string w = t.utf8(i, e), fix = to_utf8(bp.fix);
      add(i, e, {"“" + w + "”疑为漏字，应为“" + fix + "”", "\"" + w + "\" seems to miss a character; \"" + fix + "\" is meant"},
          {{{i, e, true}, fix}});
      covered = e;
      break;
    }
  }

  // Stray single spaces between Chinese characters, grouped per phrase ("采取 合适方式 推动").
  for (std::size_t b = 0; b < t.size();) {
    std::size_t e = b;
    while (e < t.size() && t.at(e) != U'\n') ++e;
    if (t.at(b) != U'\t' && e - b >= 20 && !f.in_table(b)) {
      std::vector<std::size_t> gaps;
      // A cell of a pipe or tab row spaced out whole ("| 有 效 |", "项 目 名 称\t"): layout.
      std::size_t cell = b;
      for (std::size_t i = b; i <= e; ++i) {
        if (i < e && t.at(i) != U'|' && t.at(i) != U'\t') continue;
        bool whole = i > cell && (i < e || cell > b);  // a delimited cell, not the line itself
        std::size_t x = cell, y = i;
        while (x < y && chars::is_space(t.at(x))) ++x;
        while (y > x && chars::is_space(t.at(y - 1))) --y;
        bool spaced = whole && y - x >= 3;
        for (std::size_t k = x; spaced && k < y; ++k) spaced = (k - x) % 2 == 0 ? is_han(t.at(k)) : t.at(k) == U' ';
        for (std::size_t k = x + 1; !spaced && k + 1 < y; ++k) {
          char32_t c = t.at(k);
          if ((c == U' ' || c == U'\u00A0') && is_han(t.at(k - 1)) && is_han(t.at(k + 1)) && !field_label_at(t, k + 1, e))
            gaps.push_back(k);
        }
        cell = i + 1;
      }
      // Many gaps in one line are layout (names spaced for alignment), not typos.
      if (!gaps.empty() && gaps.size() <= 3) {
        std::size_t k = 0;
        while (k < gaps.size()) {
          std::size_t m = k;
          while (m + 1 < gaps.size() && gaps[m + 1] - gaps[m] <= 8) ++m;
          std::size_t sb = gaps[k] >= b + 2 ? gaps[k] - 2 : b, se = std::min(e, gaps[m] + 3);
          std::vector<Fix> fixes;
          for (std::size_t x = k; x <= m; ++x) fixes.push_back({{gaps[x], gaps[x] + 1, true}, ""});
          std::string w = t.utf8(sb, se);
          std::string fixed;
          for (std::size_t x = sb; x < se; ++x)
            if (std::find(gaps.begin() + k, gaps.begin() + m + 1, x) == gaps.begin() + m + 1) append_utf8(fixed, t.at(x));
          add(sb, se, {"“" + w + "”中汉字之间有多余空格，应为“" + fixed + "”",
                       "\"" + w + "\" has a stray space between Chinese characters; \"" + fixed + "\" is meant"},
              std::move(fixes));
          k = m + 1;
        }
      }
    }
    b = e + 1;
  }
}

// ---- R93 ------------------------------------------------------------------------------------

// "0-6岁儿童", "60岁以上老人": a range that names a group of people, not a figure to verify.
bool describes_a_group(const Quantity& q) { return q.kind() == UnitKind::Age || q.kind() == UnitKind::Years; }

void approximations(const Facts& f, DocumentResult& out) {
  std::vector<const Quantity*> qs;
  for (const auto& q : f.quantities)
    if (!q.exact() && q.comparator == Comparator::None && q.unit && !describes_a_group(q) && !f.in_table(q.start) &&
        !table_line(f.text, q.start))
      qs.push_back(&q);
  if (qs.empty()) return;
  std::string list;
  std::vector<Span> spans;
  for (std::size_t i = 0; i < qs.size(); ++i) {
    if (i) list += "、";
    std::u32string label = from_utf8_lossy(qs[i]->label);
    if (label.size() > 12) label = label.substr(label.size() - 12);  // the words nearest the number
    list += to_utf8(label) + qs[i]->text;
    spans.push_back(span_of(*qs[i], i == 0));
  }
  std::string n = std::to_string(qs.size());
  out.findings.push_back(make_finding("R93",
      {n + "个约数未参与精确核对：" + list, n + " approximate figure(s) were not used in exact checks: " + list},
      std::move(spans)));
}

}  // namespace

void check_text_quality(const Facts& f, DocumentResult& out) {
  credit_codes(f, out);
  typos(f, out);
  approximations(f, out);
}

}  // namespace gouji
