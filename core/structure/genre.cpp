#include "structure/genre.h"

#include <algorithm>

#include "lexicon/genre_words.h"
#include "lexicon/lexicon.h"
#include "numbers/dates.h"
#include "structure/headings.h"
#include "text/chars.h"

namespace gouji {
namespace {

using namespace chars;
using Str = std::u32string_view;

// The words, as data, are in lexicon/genre_words.cpp; the role each gives is a document kind.
using lex::genre::kBodyWords;
using lex::genre::kDocumentNouns;
using lex::genre::kMetadataWords;
using lex::genre::kNotTitles;
using lex::genre::kPeriodVerbs;
using lex::genre::kSignatureEnds;
using lex::genre::kTitleRules;
using lex::genre::TitleRule;

Genre genre_of(lex::genre::Named n) {
  using N = lex::genre::Named;
  switch (n) {
    case N::ThirdPartyEval: return Genre::ThirdPartyEval;
    case N::DeptSelfEval: return Genre::DeptSelfEval;
    case N::SelfEvalTable: return Genre::SelfEvalTable;
    case N::ProjectSelfEval: return Genre::ProjectSelfEval;
    case N::FiscalExecution: return Genre::FiscalExecution;
    case N::SanGong: return Genre::SanGong;
    case N::DeptFinalAccount: return Genre::DeptFinalAccount;
    case N::DeptBudget: return Genre::DeptBudget;
    case N::News: return Genre::News;
  }
  return Genre::Unknown;
}

constexpr std::size_t kTitleZone = 12;      // content lines searched for the title
constexpr std::size_t kVocabularyChars = 20000;  // the body vocabulary is read near the top only

struct Line {
  std::size_t start, end;
};

bool contains(Str s, Str w) { return !w.empty() && s.find(w) != Str::npos; }

Str trimmed(Str s, const Line& l) {
  std::size_t b = l.start, e = l.end;
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}


bool not_a_title(Str line) {
  for (Str w : kNotTitles)
    if (line == w) return true;
  return false;
}

bool matches(const TitleRule& r, Str line) {
  for (Str w : r.all)
    if (!w.empty() && !contains(line, w)) return false;
  return r.none.empty() || !contains(line, r.none);
}

// A title names; it does not tell: short, no clause punctuation.
bool title_shaped(Str line) {
  if (line.empty() || line.size() > 60) return false;
  for (char32_t c : line)
    if (c == U'，' || c == U',' || c == U'。' || c == U'；' || c == U';') return false;
  return true;
}

// "2024年" (also "2024 年", PDF spacing; 年度 read whole) at i: the year, else 0.
int year_at(Str s, std::size_t i, std::size_t& end) { return read_year(s, i, end, {true, true}); }

// A year right after 比/较/与 ("较 2022 年度决算数"): the year compared with, not the report's.
bool compared_year(Str s, std::size_t i) {
  while (i > 0 && is_space(s[i - 1])) --i;
  const lex::Entry* p = lex::match_before(s, i, lex::Cls::Filler);
  return p && p->value == lex::Particle;
}

// The first year in [b, e): its value and span. `own`: only a year that is not compared with.
bool first_year(Str s, std::size_t b, std::size_t e, DocumentKind& k, bool own = false) {
  for (std::size_t i = b; i + 4 < e; ++i) {
    std::size_t ye;
    if (int y = year_at(s, i, ye)) {
      if (own && compared_year(s, i)) { i = ye - 1; continue; }
      k.year = y;
      k.year_start = i;
      k.year_end = ye;
      return true;
    }
  }
  return false;
}

// A period lead at i: "1-5月" / "1至5月" / "5月份" / "4月" followed by a comma. Returns its end.
std::size_t period_lead(Str s, std::size_t i) {
  std::size_t k = i;
  auto number = [&](std::size_t& at) {
    int v = 0;
    std::size_t b = at;
    while (at < s.size() && is_digit(s[at]) && at - b < 2) v = v * 10 + digit_value(s[at++]);
    return at > b ? v : 0;
  };
  int first = number(k);
  if (!first) return 0;
  if (k < s.size() && (s[k] == U'-' || s[k] == U'—' || s[k] == U'－' || s[k] == U'至' || s[k] == U'~')) {
    if (first != 1) return 0;
    ++k;
    first = number(k);
  }
  if (first < 1 || first > 12 || k >= s.size() || s[k] != U'月') return 0;
  ++k;
  if (k < s.size() && (s[k] == U'份' || s[k] == U'末' || s[k] == U'底')) ++k;
  if (k >= s.size() || !(s[k] == U'，' || s[k] == U',')) return 0;
  return k + 1;
}

}  // namespace

std::string_view genre_id(Genre g) {
  switch (g) {
    case Genre::Unknown: return "unknown";
    case Genre::DeptSelfEval: return "dept_self_eval";
    case Genre::ProjectSelfEval: return "project_self_eval";
    case Genre::SelfEvalTable: return "self_eval_table";
    case Genre::ThirdPartyEval: return "third_party_eval";
    case Genre::DeptFinalAccount: return "dept_final_account";
    case Genre::DeptBudget: return "dept_budget";
    case Genre::FiscalExecution: return "fiscal_execution";
    case Genre::MonthlyExecution: return "monthly_execution";
    case Genre::SanGong: return "sangong";
    case Genre::News: return "news";
  }
  return "unknown";
}

std::string_view genre_zh(Genre g) {
  switch (g) {
    case Genre::Unknown: return "未识别";
    case Genre::DeptSelfEval: return "部门整体支出绩效自评报告";
    case Genre::ProjectSelfEval: return "项目支出绩效自评报告";
    case Genre::SelfEvalTable: return "绩效自评表";
    case Genre::ThirdPartyEval: return "第三方绩效评价报告";
    case Genre::DeptFinalAccount: return "部门决算说明";
    case Genre::DeptBudget: return "部门预算说明";
    case Genre::FiscalExecution: return "财政预算执行情况报告";
    case Genre::MonthlyExecution: return "月度预算执行情况";
    case Genre::SanGong: return "“三公”经费说明";
    case Genre::News: return "新闻";
  }
  return "未识别";
}

bool is_metadata_line(Str line) {
  if (line.size() > 120) return false;
  for (Str w : kMetadataWords)
    if (contains(line, w)) return true;
  return false;
}

namespace {

// The phases of read_document_kind, in its order.

Str line_of(Str s, const Line& l) { return s.substr(l.start, l.end - l.start); }

// Content lines: not blank, not page metadata.
std::vector<Line> content_lines(Str s) {
  std::vector<Line> content;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && s[i] != U'\n') continue;
    Line l{b, i};
    b = i + 1;
    Str t = trimmed(s, l);
    if (t.empty() || is_metadata_line(t)) continue;
    content.push_back({static_cast<std::size_t>(t.data() - s.data()), static_cast<std::size_t>(t.data() - s.data()) + t.size()});
  }
  return content;
}

// Numbered lines (第二部分…, 一、…, a 目录's entries) are sections, not titles.
bool is_numbered(Str s, const Line& l) { return opens_with_marker(line_of(s, l)); }

// The first rule a title line matches, or nullptr.
const TitleRule* rule_for(Str line) {
  for (const auto& r : kTitleRules)
    if (matches(r, line)) return &r;
  return nullptr;
}

// 1. The title: the first title-shaped line that a rule names. Returns its content line (kNone
// when none).
std::size_t genre_from_title(Str s, const std::vector<Line>& content, std::size_t zone, DocumentKind& k) {
  std::size_t title_line = kNone;
  for (std::size_t li = 0; li < zone && k.genre == Genre::Unknown; ++li) {
    Str line = line_of(s, content[li]);
    if (!title_shaped(line) || is_numbered(s, content[li]) || not_a_title(line)) continue;
    // A title may wrap over two lines ("…局整体支出" / "绩效自评报告").
    std::u32string both(line);
    if (li + 1 < content.size() && title_shaped(line_of(s, content[li + 1])) && !is_numbered(s, content[li + 1]))
      both += line_of(s, content[li + 1]);
    const TitleRule* r = rule_for(line);
    if (!r) r = rule_for(both);
    if (!r) continue;
    k.genre = genre_of(r->genre);
    title_line = li;
    // The evidence: the rule's first word, in the line or on the wrapped part.
    std::size_t at = both.find(r->all[0]);
    if (at + r->all[0].size() <= line.size()) {
      k.genre_start = content[li].start + at;
      k.genre_end = k.genre_start + r->all[0].size();
    } else if (at >= line.size()) {
      k.genre_start = content[li + 1].start + (at - line.size());
      k.genre_end = k.genre_start + r->all[0].size();
    } else {  // across the wrap: from the word's start to the line's end
      k.genre_start = content[li].start + at;
      k.genre_end = content[li].end;
    }
  }
  return title_line;
}

// 2. A period report: paragraphs led by "1-5月，…累计完成" (script-neutral: the digits and
// 月 are the same in 繁体 text). Only where no title names another genre.
void genre_from_period_leads(Str s, const std::vector<Line>& content, DocumentKind& k) {
  std::size_t leads = 0, first_at = 0, first_end = 0;
  std::size_t limit = std::min(s.size(), std::size_t{5000});
  for (std::size_t i = 0; i < limit; ++i) {
    if (!(i == 0 || s[i - 1] == U'\n' || s[i - 1] == U'。' || is_space(s[i - 1]))) continue;
    std::size_t e = period_lead(s, i);
    if (!e) continue;
    Str after = s.substr(e, 40);
    bool verb = false;
    for (Str v : kPeriodVerbs) verb |= contains(after.substr(0, after.find(U'\n')), v);
    if (!verb) continue;
    if (!leads++) { first_at = i; first_end = e - 1; }
  }
  if (leads >= 2 || (leads == 1 && first_at < content[std::min<std::size_t>(content.size() - 1, 3)].end)) {
    k.genre = Genre::MonthlyExecution;
    k.genre_start = first_at;
    k.genre_end = first_end;
  }
}

// 3. Otherwise the body's vocabulary.
void genre_from_vocabulary(Str s, DocumentKind& k) {
  Str head = s.substr(0, std::min(s.size(), kVocabularyChars));
  int score[static_cast<int>(Genre::News) + 1] = {};
  std::size_t where[static_cast<int>(Genre::News) + 1] = {};
  for (const auto& w : kBodyWords) {
    std::size_t at = head.find(w.word);
    if (at == Str::npos) continue;
    int g = static_cast<int>(genre_of(w.genre));
    if (!score[g] || at < where[g]) where[g] = at;
    score[g] += w.weight;
  }
  int best = 0, second = 0;
  for (int g = 1; g <= static_cast<int>(Genre::News); ++g) {
    if (score[g] > score[best]) { second = score[best]; best = g; }
    else if (score[g] > second) second = score[g];
  }
  // A clear winner only: the 部门 identities are switched off on a 财政 reading.
  if (best && score[best] >= 3 && score[best] > second) {
    k.genre = static_cast<Genre>(best);
    Str w;
    for (const auto& bw : kBodyWords)
      if (static_cast<int>(genre_of(bw.genre)) == best && head.find(bw.word) == where[best]) { w = bw.word; break; }
    k.genre_start = where[best];
    k.genre_end = where[best] + w.size();
  }
}

// The year: the title's, else the first title-shaped line's in the zone that names a document
// (a TOC's "第二部分2024年度单位决算情况说明"), else the first year in the first content lines.
// Metadata lines (公开时间 …) were dropped above: a 2024年度决算 published in 2025 is a 2024 report.
void read_year(Str s, const std::vector<Line>& content, std::size_t zone, std::size_t title_line, DocumentKind& k) {
  bool found = title_line != kNone && first_year(s, content[title_line].start, content[title_line].end, k);
  for (std::size_t li = 0; li < zone && !found; ++li) {
    Str line = line_of(s, content[li]);
    if (!title_shaped(line)) continue;
    bool names = false;
    for (Str w : kDocumentNouns) names |= contains(line, w);
    if (names) found = first_year(s, content[li].start, content[li].end, k);
  }
  k.year_titled = found;
  // Untitled (an excerpt): the first year the opening lines state as their own.
  for (std::size_t li = 0; li < std::min<std::size_t>(content.size(), 6) && !found; ++li)
    found = first_year(s, content[li].start, content[li].end, k, true);
}

// Excerpts. A title above the first heading makes a document's start.
bool starts_mid(Str s, const std::vector<Line>& content, std::size_t zone, const std::vector<Heading>& headings) {
  const Heading* first_numbered = nullptr;
  for (const auto& h : headings)
    if (h.style != MarkerStyle::Unnumbered) { first_numbered = &h; break; }
  bool titled = false;
  std::size_t first_heading_at = first_numbered ? first_numbered->marker_start : s.size();
  for (std::size_t li = 0; li < zone && content[li].start < first_heading_at; ++li) {
    Str line = line_of(s, content[li]);
    bool names = false;
    for (Str w : kDocumentNouns) names |= contains(line, w);
    titled |= names && title_shaped(line) && !opens_with_marker(line);
  }
  Str first = line_of(s, content.front());
  bool page_number = first.size() <= 3 && std::all_of(first.begin(), first.end(), [](char32_t c) { return is_digit(c); });
  bool continuation = !first.empty() && (is_clause_sep(first[0]) || is_sentence_end(first[0]) || is_close_bracket(first[0]));
  if (page_number) {
    int v = 0;
    for (char32_t c : first) v = v * 10 + digit_value(c);
    page_number = v > 1;
  }
  // Untitled, and the first numbered heading is not a first one: numbered past 1, or a sub-level
  // ("（一）") whose first-level parent ("四、" comes later) stood on an earlier page.
  bool sub_first = false;
  if (first_numbered)
    for (const auto& h : headings)
      sub_first |= h.parent == kNone && h.style != MarkerStyle::Unnumbered &&
                   nominal_level(h.style) < nominal_level(first_numbered->style);
  return page_number || continuation || (!titled && first_numbered && (first_numbered->number > 1 || sub_first));
}

// The end: a prose line stopping mid-sentence, or a run of table-header words with no body.
bool ends_cut(Str s, const std::vector<Line>& content) {
  bool cut = false;
  Str last = line_of(s, content.back());
  char32_t end_c = last.back();
  bool closed = is_sentence_end(end_c) || end_c == U'…' || end_c == U'”' || end_c == U'）' || end_c == U')' ||
                end_c == U'"' || contains(last, U"|") || contains(last, U"\t");  // (a table row ends a report)
  bool prose = last.size() > 20 || std::any_of(last.begin(), last.end(), [](char32_t c) { return is_clause_sep(c); });
  // A short last line after prose: cut mid-sentence, unless it signs the report (a unit, a date).
  if (!closed && !prose && content.size() >= 2) {
    Str before = line_of(s, content[content.size() - 2]);
    bool after_prose = !before.empty() && (is_sentence_end(before.back()) || before.size() > 20);
    bool signature = false;
    for (Str w : kSignatureEnds) signature |= ends(last, w);
    prose = after_prose && !signature && !opens_with_marker(last);
  }
  if (!closed && prose) cut = true;
  if (!closed && content.size() >= 4) {
    bool header_run = true;
    for (std::size_t i = content.size() - 4; i < content.size() && header_run; ++i) {
      Str l = line_of(s, content[i]);
      header_run = l.size() <= 10 && !contains(l, lex::genre::kYear) &&
                   std::none_of(l.begin(), l.end(), [](char32_t c) { return is_digit(c); });
    }
    cut |= header_run;
  }
  return cut;
}

}  // namespace

DocumentKind read_document_kind(const Text& text, const std::vector<Heading>& headings) {
  Str s(text.chars());
  DocumentKind k;
  std::vector<Line> content = content_lines(s);
  if (content.empty()) return k;
  std::size_t zone = std::min(content.size(), kTitleZone);
  std::size_t title_line = genre_from_title(s, content, zone, k);
  if (k.genre == Genre::Unknown || k.genre == Genre::FiscalExecution) genre_from_period_leads(s, content, k);
  if (k.genre == Genre::Unknown) genre_from_vocabulary(s, k);
  read_year(s, content, zone, title_line, k);
  k.starts_mid = starts_mid(s, content, zone, headings);
  k.ends_cut = ends_cut(s, content);
  return k;
}

}  // namespace gouji
