// E: counts and lists. R60 a stated count ("等12个股室", "7个事业单位（…）", "有三项（…）") against the
// items listed beside it; R61 counts whose parts are counts ("7个…、4个…，1个…和34个…等46个");
// R62 the same item listed twice; R15 a total count stated twice. Items are read by
// structure/enumerations (and structure/numbered_lists: 一是…, numbered lines, table rows).
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "checks/check.h"
#include "checks/rule_table.h"
#include "lexicon/lexicon.h"
#include "structure/enumerations.h"
#include "text/chars.h"

namespace gouji {
namespace {

std::string join_items(const std::vector<ListItem>& items, const char* sep) {
  std::string s;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) s += sep;
    s += items[i].text;
  }
  return s;
}

std::size_t distinct_count(const std::vector<ListItem>& items) {
  std::set<std::string> keys;
  for (const auto& it : items) keys.insert(it.key);
  return keys.size();
}

// The count if the final 和/及/与 did not separate items ("人口监测与家庭发展股" is one name).
std::size_t distinct_joined(const std::vector<ListItem>& items) {
  if (items.size() < 2) return distinct_count(items);
  std::set<std::string> keys;
  for (std::size_t i = 0; i + 2 < items.size(); ++i) keys.insert(items[i].key);
  keys.insert(items[items.size() - 2].key + "|" + items.back().key);
  return keys.size();
}

std::string stated(const CountPhrase& c) { return c.text + c.noun; }

void add_item_spans(std::vector<Span>& spans, const std::vector<ListItem>& items) {
  for (const auto& it : items) spans.push_back({it.start, it.end, false});
}

// R62: one finding per item that appears more than once.
void duplicates(const Enumeration& en, DocumentResult& out) {
  std::map<std::string, std::vector<std::size_t>> seen;
  for (std::size_t i = 0; i < en.items.size(); ++i)
    if (en.items[i].key.size() >= 6) seen[en.items[i].key].push_back(i);  // ≥ 2 CJK characters
  for (const auto& [key, at] : seen) {
    if (at.size() < 2) continue;
    const ListItem& first = en.items[at[0]];
    const ListItem& again = en.items[at[1]];
    std::string n = std::to_string(at.size());
    Finding fd = make_finding("R62",
        {"同一列举中“" + again.text + "”重复出现" + n + "次",
         "\"" + again.text + "\" is listed " + n + " times in the same enumeration"},
        {{again.start, again.end, true}, {first.start, first.end, false}});
    fd.hint = {"删去重复项，或核对是否误写了另一项的名称", "Remove the repeat, or check whether another item's name was meant"};
    out.findings.push_back(std::move(fd));
  }
}

void stated_count(const Facts& f, const Enumeration& en, DocumentResult& out) {
  if (!en.has_count || en.count_items_with_counts > 0) return;  // parts that are counts: R61
  const CountPhrase& c = en.count;
  long long n_stated = c.value;
  long long total = static_cast<long long>(en.items.size());
  long long distinct = static_cast<long long>(distinct_count(en.items));
  long long joined = en.connector_split ? static_cast<long long>(distinct_joined(en.items)) : distinct;
  (void)f;
  std::string cnt = stated(c);
  // Recorded as verified either way (issue 14): the stated count against the items listed.
  auto record = [&](const char* result) {
    std::vector<Span> in{{c.start, c.end, true}};
    add_item_spans(in, en.items);
    std::string n = std::to_string(n_stated == joined && n_stated != distinct ? joined : distinct);
    out.checked.push_back({"R60", "列举项数 " + n + "（" + join_items(en.items, "、") + "）= 所述" + cnt, result, std::move(in)});
  };
  if (n_stated == distinct || n_stated == joined) return record("consistent");

  std::string counter;
  append_utf8(counter, c.counter);
  std::string list = join_items(en.items, "、");
  std::vector<Span> spans{{c.start, c.end, true}};
  add_item_spans(spans, en.items);
  std::string d_s = std::to_string(distinct), t_s = std::to_string(total);

  Finding fd;
  if (distinct < n_stated && total > distinct && total >= n_stated) {
    // Duplicates make up the difference: the list has N entries but fewer distinct ones.
    std::string dup;
    std::set<std::string> keys;
    for (const auto& it : en.items)
      if (!keys.insert(it.key).second) { dup = it.text; break; }
    fd = make_finding("R60",
        {"所述“" + cnt + "”，列举了" + t_s + "项，但“" + dup + "”重复，实际只有" + d_s + "个",
         "\"" + cnt + "\" is stated and " + t_s + " items are listed, but \"" + dup + "\" is repeated: only " + d_s +
             " are distinct"},
        spans);
    fd.hint = {"核对是否误写了重复项（可能漏列了一个" + c.noun + "），或更正数量", "Check the repeated item (one " +
               c.noun + " may be missing from the list) or correct the count"};
  } else if (distinct > n_stated) {
    fd = make_finding("R60",
        {"列举了" + d_s + "个（" + list + "），多于所述“" + cnt + "”",
         "The list names " + d_s + " (" + list + "), more than the stated \"" + cnt + "\""},
        spans);
  } else if (en.open_ended) {
    // "等N个" with fewer names: the rest are not listed. Skip population-type totals.
    if (c.counter == U'名' || n_stated > 3 * distinct) return;
    fd = make_finding("R60",
        {"“等" + cnt + "”只列举了" + d_s + "个，其余" + std::to_string(n_stated - distinct) + "个未列出，无法核对",
         "\"" + cnt + "\" lists only " + d_s + "; the other " + std::to_string(n_stated - distinct) +
             " are not named and cannot be checked"},
        spans);
    fd.severity = Severity::Info;
  } else {
    if (n_stated > 2 * distinct + 2) return;  // probably not the size of this list
    fd = make_finding("R60",
        {"所述“" + cnt + "”，但只列举了" + d_s + "个（" + list + "）",
         "\"" + cnt + "\" is stated but only " + d_s + " are listed (" + list + ")"},
        spans);
  }
  fd.expected = d_s + counter;
  fd.actual = c.text;
  if (fd.severity != Severity::Info) record("inconsistent");
  out.findings.push_back(std::move(fd));
}

void r61(const CountPhrase& total, const std::vector<CountPhrase>& parts, DocumentResult& out) {
  long long sum = 0;
  std::string expr;
  for (const auto& p : parts) {
    sum += p.value;
    if (!expr.empty()) expr += "+";
    expr += std::to_string(p.value);
  }
  std::string counter;
  append_utf8(counter, total.counter);
  std::string s = std::to_string(sum);
  std::vector<Span> spans{{total.start, total.end, true}};
  for (const auto& p : parts) spans.push_back({p.start, p.end, false});
  out.checked.push_back({"R61", expr + " = " + s + counter + "（报告" + stated(total) + "）",
                         sum == total.value ? "consistent" : "inconsistent", spans});
  if (sum == total.value) return;
  Finding fd = make_finding("R61",
      {"合计应为" + s + counter + "（" + expr + "），报告为“" + stated(total) + "”",
       "The parts add up to " + s + " (" + expr + ") but the total is stated as \"" + stated(total) + "\""},
      spans);
  fd.expected = s + counter;
  fd.actual = total.text;
  out.findings.push_back(std::move(fd));
}

// Where the 其中 totals start, sorted: asked once per list, a scan of every breakdown was quadratic.
std::vector<std::size_t> breakdown_total_starts(const Facts& f) {
  std::vector<std::size_t> r;
  for (const auto& b : f.breakdowns) r.push_back(f.quantities[b.total].start);
  std::sort(r.begin(), r.end());
  return r;
}
bool is_breakdown_total(const std::vector<std::size_t>& starts, std::size_t start) {
  return std::binary_search(starts.begin(), starts.end(), start);
}

// R61 on a headcount split by 岗位类别 without 其中 ("在职人员40人，管理人员5人、专业技术人员30人，工勤
//人员5人"): the three categories partition a unit's staff, so when all three follow the total
// (each once, nothing else between) they add up to it.
void staff_posts(const Facts& f, DocumentResult& out) {
  std::u32string_view s(f.text.chars());
  auto post_between = [&](std::size_t b, std::size_t e) -> int {  // the post word filling s[b, e), or 0
    while (b < e && (s[b] == U'、' || s[b] == U'，' || s[b] == U',' || s[b] == U' ')) ++b;
    if (b >= e || e - b > 10) return 0;
    std::u32string_view w = s.substr(b, e - b);
    const lex::Entry* en = lex::match_at(w, 0, lex::Cls::Item);
    if (!en || en->word.size() != w.size() || en->value < lex::ManagePost) return 0;
    return en->value;
  };
  auto headcount = [&](const Quantity& q, CountPhrase& c) {
    if (q.kind() != UnitKind::Persons || !q.exact() || q.decimals != 0 || f.in_table(q.start)) return false;
    c.value = std::stoll(q.value.to_string());
    c.start = q.start;
    c.end = c.noun_end = q.end;
    c.counter = U'人';
    c.text = q.text;
    return true;
  };
  const auto& qs = f.quantities;
  for (std::size_t k = 0; k + 3 < qs.size(); ++k) {
    CountPhrase total;
    if (!headcount(qs[k], total)) continue;
    const lex::Entry* own = lex::match_before(s, total.start, lex::Cls::Item);
    if (own && own->value >= lex::ManagePost) continue;  // a category itself, not the headcount
    // The sentence's first headcount only: after "在职41人，退休12人，" the categories are not 退休's.
    bool earlier = false;
    for (std::size_t b = k; b > 0 && k - b < 3 && !earlier; --b) {
      const Quantity& p = qs[b - 1];
      bool crossed = false;
      for (std::size_t i = p.end; i < total.start && !crossed; ++i) crossed = s[i] == U'。' || s[i] == U'；' || s[i] == U'\n';
      if (crossed) break;
      earlier = p.kind() == UnitKind::Persons;
    }
    if (earlier) continue;
    unsigned seen = 0;
    std::vector<CountPhrase> parts;
    std::size_t at = total.end;
    for (std::size_t j = k + 1; j < qs.size() && parts.size() < 3; ++j) {
      CountPhrase c;
      int post = headcount(qs[j], c) && c.start > at ? post_between(at, c.start) : 0;
      if (!post || (seen & (1u << post))) break;
      seen |= 1u << post;
      parts.push_back(c);
      at = c.end;
    }
    if (parts.size() == 3) r61(total, parts, out);
  }
}

// R15 on counts: a total count stated twice ("专项资金项目共计113个" in the summary and again above
// its breakdown) must be the same number. The same thing means the same year and the same name
// before 共计/合计/总计 — one name the other's tail ("我局专项资金项目" / "专项资金项目", ≥ 4
// characters) — outside tables, and neither 上年 nor 比上年.
void restated_totals(const Facts& f, DocumentResult& out) {
  std::u32string_view s(f.text.chars());
  struct Stated {
    std::size_t q;
    std::u32string name;
  };
  std::map<std::tuple<std::u32string, int, int>, std::vector<Stated>> seen;  // by name tail, year, unit
  for (std::size_t k = 0; k < f.quantities.size(); ++k) {
    const Quantity& q = f.quantities[k];
    UnitKind kind = q.kind();
    if (kind != UnitKind::Count && kind != UnitKind::Items && kind != UnitKind::Institutions) continue;
    if (!q.exact() || q.decimals != 0 || q.is_range() || f.in_table(q.start)) continue;
    std::size_t at = q.start;
    while (at > 0 && chars::is_space(s[at - 1])) --at;
    const lex::Entry* total = lex::match_before(s, at, lex::Cls::List);
    if (!total || total->value != lex::Total) continue;
    // The name: the label's Chinese characters (no year, no figures).
    std::u32string name;
    for (char32_t c : from_utf8_lossy(q.label))
      if (chars::is_han(c)) name.push_back(c);
    if (name.size() < 4) continue;
    std::size_t fr = f.statements.frame_of.size() > k ? std::size_t(f.statements.frame_of[k]) : static_cast<std::size_t>(-1);
    if (fr >= f.statements.frames.size()) continue;
    const Frame& frame = f.statements.frames[fr];
    if (frame.subject.prior || frame.compare) continue;  // 上年/比上年: an earlier period's count
    int year = frame.year;
    auto& group = seen[{name.substr(name.size() - 4), year, static_cast<int>(kind)}];
    bool done = false;
    for (std::size_t n = 0; n < group.size() && n < 8 && !done; ++n) {
      const Stated& a = group[n];
      const std::u32string& shorter = a.name.size() <= name.size() ? a.name : name;
      const std::u32string& longer = a.name.size() <= name.size() ? name : a.name;
      if (longer.compare(longer.size() - shorter.size(), shorter.size(), shorter) != 0) continue;
      const Quantity& p = f.quantities[a.q];
      std::vector<Span> spans{span_of(q, true), span_of(p, false)};
      bool same = p.value == q.value;
      out.checked.push_back({"R15", q.label + q.text + " = " + p.label + p.text, same ? "consistent" : "inconsistent", spans});
      done = true;
      if (same) break;
      std::string line = std::to_string(f.text.line_col(p.start).line);
      Finding fd = make_finding("R15",
          {"同一数量前后不一致：“" + q.label + "”共计" + q.text + "，第" + line + "行为" + p.text,
           "The same count differs: " + q.text + " here, " + p.text + " on line " + line},
          spans);
      // Warning, not R15's error: the two are matched by name, and one report may state the same
      // name for two programmes ("绩效指标共计12个" per project).
      fd.severity = Severity::Warning;
      fd.hint = {"核对两处所述数量，更正其中有误的一处", "Check both statements and correct the wrong one"};
      fd.expected = p.text;
      fd.actual = q.text;
      out.findings.push_back(std::move(fd));
    }
    if (!done && group.size() < 8) group.push_back({k, std::move(name)});
  }
}

}  // namespace

void check_enumerations(const Facts& f, DocumentResult& out) {
  const auto totals = breakdown_total_starts(f);
  const std::vector<CountPhrase> counts = find_count_phrases(f.text);
  const std::vector<Enumeration> lists = find_enumerations(f.text, counts);
  for (const auto& en : lists) {
    if (f.in_table(en.start)) continue;
    duplicates(en, out);
    stated_count(f, en, out);
    // "46个二级机构（7个事业单位、4个县直单位、…）": parts in brackets after the total.
    if (en.has_count && en.shape != ListShape::ListThenCount && en.count_items_with_counts == en.items.size() &&
        !is_breakdown_total(totals, en.count.start)) {
      std::vector<CountPhrase> parts;
      for (const auto& it : en.items) {
        CountPhrase p;
        if (read_count_phrase(f.text, it.start, p)) parts.push_back(p);
      }
      if (parts.size() == en.items.size()) r61(en.count, parts, out);
    }
  }
  // Items as numbered points, numbered lines or table rows after the count's colon.
  for (const auto& en : find_numbered_lists(f.text, f.doc, lists, counts)) {
    if (f.in_table(en.count.start)) continue;
    stated_count(f, en, out);
  }
  restated_totals(f, out);
  staff_posts(f, out);
  for (const auto& cc : find_composite_counts(f.text, counts)) {
    if (f.in_table(cc.total.start) || is_breakdown_total(totals, cc.total.start)) continue;
    r61(cc.total, cc.parts, out);
  }
}

}  // namespace gouji
