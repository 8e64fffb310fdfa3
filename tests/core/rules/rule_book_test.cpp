// The rule book (rules/*.md) run as tests: every example text goes through analyze_text (the
// CLI's entry) and the book is held against the rule table and the README — one source.
// The format is described in rules/README.md. Examples marked `gap` are known misses: they
// are reported (MESSAGE) and never fail, so an honest example never has to be bent.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "checks/rule_table.h"
#include "test_support.h"
#include "text/text.h"

using namespace gouji;
using namespace gouji::test;

namespace {

const std::string kRulesDir = std::string(GOUJI_SOURCE_DIR) + "/rules";

struct Example {
  std::string kind;      // flag | pass | fix
  bool gap = false;      // a known miss: reported, never failed
  std::string severity;  // flag/fix: expected severity when not the rule's own
  std::string text;      // without the ⟦ ⟧ marks
  std::size_t mark_start = 0, mark_end = 0;
  bool marked = false;
  std::vector<std::string> fragments;  // → lines: parts of the expected message
  std::string after;                   // fix: the text after the fix
  std::string where;                   // file:line of the fence
  std::string metric;                  // metric: "<name> <value>" the text must compute
};

struct Rule {
  std::string id, family, title_zh, title_en, severity, checks;
  std::vector<Example> examples;
  std::string where;
};

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && s[b] == ' ') ++b;
  return s.substr(b);
}

bool starts(const std::string& s, const std::string& p) { return s.compare(0, p.size(), p) == 0; }

// Strips ⟦ ⟧ and records the marked span in code points.
void take_marks(const std::string& raw, Example& ex) {
  std::u32string in = from_utf8_lossy(raw), out;
  for (char32_t c : in) {
    if (c == U'⟦') {
      ex.marked = true;
      ex.mark_start = out.size();
    } else if (c == U'⟧') {
      ex.mark_end = out.size();
    } else {
      out.push_back(c);
    }
  }
  ex.text = to_utf8(out);
}

std::vector<Rule> read_book(std::vector<std::string>& errors) {
  std::vector<Rule> rules;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(kRulesDir))
    if (e.path().extension() == ".md" && e.path().filename() != "README.md") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::string family = path.filename().string().substr(0, 1);
    std::istringstream in(read_file(path.string()));
    std::string line;
    int n = 0;
    Rule* rule = nullptr;
    while (std::getline(in, line)) {
      ++n;
      std::string where = path.filename().string() + ":" + std::to_string(n);
      if (starts(line, "## R")) {
        rules.push_back({});
        rule = &rules.back();
        rule->id = line.substr(3, 3);
        rule->title_zh = trim(line.substr(6));
        if (starts(rule->title_zh, "·")) rule->title_zh = trim(rule->title_zh.substr(std::string("·").size()));
        rule->family = family;
        rule->where = where;
      } else if (rule && starts(line, "- severity:")) {
        rule->severity = trim(line.substr(11));
      } else if (rule && starts(line, "- en:")) {
        rule->title_en = trim(line.substr(5));
      } else if (rule && starts(line, "- checks:")) {
        rule->checks = trim(line.substr(9));
      } else if (starts(line, "```") && trim(line).size() > 3) {
        std::istringstream words(trim(line).substr(3));
        Example ex;
        ex.where = where;
        words >> ex.kind;
        for (std::string w; words >> w;) {
          if (w == "gap") ex.gap = true;
          else if (w == "error" || w == "warning" || w == "info") ex.severity = w;
          else errors.push_back(where + ": unknown word in fence: " + w);
        }
        std::string body, after;
        bool in_after = false;
        while (std::getline(in, line)) {
          ++n;
          if (starts(line, "```")) break;
          if (starts(line, "→")) {
            ex.fragments.push_back(trim(line.substr(std::string("→").size())));
          } else if (starts(line, "= ")) {
            ex.metric = trim(line.substr(2));
          } else if (starts(line, "⇒")) {
            in_after = true;
            std::string rest = trim(line.substr(std::string("⇒").size()));
            if (!rest.empty()) after += rest + "\n";
          } else {
            (in_after ? after : body) += line + "\n";
          }
        }
        if (!body.empty()) body.pop_back();
        if (!after.empty()) after.pop_back();
        take_marks(body, ex);
        ex.after = after;
        if (ex.kind != "flag" && ex.kind != "pass" && ex.kind != "fix" && ex.kind != "metric")
          continue;  // other fences (format notes) are prose
        if (!rule) {
          errors.push_back(where + ": example outside a rule section");
          continue;
        }
        rule->examples.push_back(ex);
      }
    }
  }
  return rules;
}

std::string sev(Severity s) { return std::string(severity_name(s)); }

const Span* primary(const Finding& f) {
  for (const auto& s : f.spans)
    if (s.primary) return &s;
  return f.spans.empty() ? nullptr : &f.spans.front();
}

bool holds(const Finding& f, const Example& ex, const std::string& want) {
  if (std::string(severity_name(f.severity)) != want) return false;
  for (const auto& frag : ex.fragments)
    if (f.message.zh.find(frag) == std::string::npos && f.message.en.find(frag) == std::string::npos &&
        f.hint.zh.find(frag) == std::string::npos)
      return false;
  return true;
}

// The finding of `rule` at the marked span with the book's severity and message; nullptr when
// none, and `why` says what was found instead.
const Finding* marked_finding(const AnalyzedDocument& d, const std::string& rule, const Example& ex, const std::string& want,
                              std::string& why) {
  std::vector<std::string> seen;
  for (const auto& f : d.result.findings) {
    if (f.rule != rule) continue;
    const Span* p = primary(f);
    if (!p) continue;
    bool at = !ex.marked || (p->start == ex.mark_start && p->end == ex.mark_end);
    if (at && holds(f, ex, want)) return &f;
    seen.push_back(std::string(severity_name(f.severity)) + " ⟦" + d.text.utf8(p->start, p->end) + "⟧ " + f.message.zh);
  }
  why = seen.empty() ? "no " + rule + " finding" : "wanted " + want + " at the mark; " + rule + " found:";
  for (const auto& s : seen) why += "\n      " + s;
  return nullptr;
}

std::string all_findings(const AnalyzedDocument& d) {
  std::string out;
  for (const auto& f : d.result.findings) {
    const Span* p = primary(f);
    out += "\n      " + f.rule + " " + sev(f.severity) + " ⟦" + (p ? d.text.utf8(p->start, p->end) : "") + "⟧ " + f.message.zh;
  }
  return out.empty() ? " (none)" : out;
}

// Runs one example; returns "" when it holds, else what went wrong.
std::string run_example(const Rule& r, const Example& ex) {
  auto d = run(ex.text);
  if (ex.kind == "metric") {  // rules that compute a figure and raise nothing (R30, R34)
    std::string shown;
    for (const auto& m : d.result.metrics) {
      if (m.name + " " + m.value == ex.metric) return "";
      shown += "\n      " + m.name + " " + m.value;
    }
    return "no metric “" + ex.metric + "”; computed:" + (shown.empty() ? " (none)" : shown);
  }
  if (ex.kind == "pass") {
    if (!with_rule(d, r.id).empty()) return "near-miss flagged:" + all_findings(d);
    return "";
  }
  std::string why, want = ex.severity.empty() ? r.severity : ex.severity;
  const Finding* f = marked_finding(d, r.id, ex, want, why);
  if (!f) return why;
  if (ex.kind != "fix") return "";
  // The core's own fix, where it offers one, must give the book's text after the fix.
  if (!f->fixes.empty()) {
    std::u32string t = d.text.chars();
    auto fixes = f->fixes;
    std::sort(fixes.begin(), fixes.end(), [](const Fix& a, const Fix& b) { return a.span.start > b.span.start; });
    for (const auto& x : fixes) t.replace(x.span.start, x.span.end - x.span.start, from_utf8_lossy(x.replacement));
    if (to_utf8(t) != ex.after) return "the core's fix gives:\n" + to_utf8(t);
  }
  auto a = run(ex.after);
  if (!with_rule(a, r.id).empty()) return "still flagged after the fix:" + all_findings(a);
  std::multiset<std::string> before_errors;
  for (const auto& g : d.result.findings)
    if (g.severity == Severity::Error) before_errors.insert(g.rule);
  for (const auto& g : a.result.findings)
    if (g.severity == Severity::Error && !before_errors.count(g.rule)) return "the fix raises a new error:" + all_findings(a);
  return "";
}

// The first 40 characters of a text on one line, for the list of gaps.
std::string excerpt(const std::string& text) {
  std::u32string t = from_utf8_lossy(text), out;
  for (char32_t c : t) {
    if (out.size() == 40) return to_utf8(out) + "…";
    out += c == U'\n' ? U'⏎' : c;
  }
  return to_utf8(out);
}

// R-ids named in the README's family table: "R01 …, R70–R73 …".
std::map<std::string, std::set<std::string>> readme_families() {
  std::map<std::string, std::set<std::string>> out;
  std::istringstream in(read_file(std::string(GOUJI_SOURCE_DIR) + "/README.md"));
  for (std::string line; std::getline(in, line);) {
    if (line.size() < 4 || line[0] != '|' || line[1] != ' ' || line[2] < 'A' || line[2] > 'H' || line[3] != ' ') continue;
    std::string fam(1, line[2]);
    std::size_t cell_end = line.find('|', 4), rules_end = line.find('|', cell_end + 1);
    std::string cell = line.substr(cell_end + 1, rules_end - cell_end - 1);
    for (std::size_t i = 0; i + 2 < cell.size(); ++i) {
      if (cell[i] != 'R' || !isdigit(static_cast<unsigned char>(cell[i + 1])) || !isdigit(static_cast<unsigned char>(cell[i + 2]))) continue;
      int a = std::stoi(cell.substr(i + 1, 2)), b = a;
      std::size_t j = i + 3;
      for (std::string dash : {"–", "-", "/R", "/"}) {
        if (cell.compare(j, dash.size(), dash) == 0 && j + dash.size() + 1 < cell.size()) {
          std::size_t k = j + dash.size();
          if (cell[k] == 'R') ++k;
          if (isdigit(static_cast<unsigned char>(cell[k])) && isdigit(static_cast<unsigned char>(cell[k + 1]))) {
            int c = std::stoi(cell.substr(k, 2));
            if (dash == "–" || dash == "-") b = c;
            else out[fam].insert("R" + cell.substr(k, 2));
          }
          break;
        }
      }
      for (int x = a; x <= b; ++x) out[fam].insert((x < 10 ? "R0" : "R") + std::to_string(x));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("rule book: every example holds (flags at the marked span, near-misses pass, fixes clear)") {
  std::vector<std::string> errors;
  auto rules = read_book(errors);
  for (const auto& e : errors) FAIL_CHECK(e);
  REQUIRE(!rules.empty());
  std::size_t flags = 0, passes = 0, fixes = 0, gaps = 0, closed = 0;
  std::string gap_list;
  for (const auto& r : rules) {
    int nflag = 0, npass = 0;
    for (const auto& ex : r.examples) {
      std::string fail = run_example(r, ex);
      if (ex.gap) {
        ++gaps;
        if (fail.empty()) {
          ++closed;
          gap_list += "\n  " + ex.where + " " + r.id + " " + ex.kind + ": gap closed — drop the `gap` mark";
        } else {
          gap_list += "\n  " + ex.where + " " + r.id + " " + ex.kind + ": " + excerpt(ex.text);
        }
        continue;
      }
      if (!fail.empty()) {
        FAIL_CHECK(ex.where << " " << r.id << " " << ex.kind << " example fails: " << fail << "\n    text: " << ex.text);
        continue;
      }
      if (ex.kind == "pass") ++npass, ++passes;
      else ++nflag, ++flags;
      fixes += ex.kind == "fix";
    }
    if (nflag < 2 || npass < 2)
      FAIL_CHECK(r.where << " " << r.id << " has " << nflag << " flag(s) and " << npass << " near-miss(es) that hold; the book asks ≥ 2 each");
  }
  MESSAGE("rule book: " << rules.size() << " rules, " << flags << " flags (" << fixes << " of them fixes), " << passes
                        << " near-misses hold; " << gaps << " known gaps (" << closed << " closed):" << gap_list);
}

TEST_CASE("rule book: one source with the rule table and the README") {
  std::vector<std::string> errors;
  auto rules = read_book(errors);
  std::map<std::string, const Rule*> book;
  for (const auto& r : rules) {
    CHECK_MESSAGE(!book.count(r.id), r.id << " appears twice in the book");
    book[r.id] = &r;
    CHECK_MESSAGE(!r.checks.empty(), r.where << " " << r.id << " says nothing under `- checks:`");
  }
  std::set<std::string> in_table;
  for (const auto& t : rule_table()) {
    std::string id(t.id);
    if (id[0] != 'R') continue;  // E-codes are input problems, not rules of the book
    in_table.insert(id);
    auto it = book.find(id);
    if (it == book.end()) {
      FAIL_CHECK(id << " is in core/checks/rule_table.cpp but not in rules/");
      continue;
    }
    CHECK_MESSAGE(it->second->severity == sev(t.severity), id << ": book severity " << it->second->severity << ", table " << sev(t.severity));
    CHECK_MESSAGE(it->second->title_zh == t.title_zh, id << ": book title “" << it->second->title_zh << "”, table “" << std::string(t.title_zh) << "”");
    CHECK_MESSAGE(it->second->title_en == t.title_en, id << ": book en “" << it->second->title_en << "”, table “" << std::string(t.title_en) << "”");
  }
  for (const auto& [id, r] : book) CHECK_MESSAGE(in_table.count(id), id << " is in the book (" << r->where << ") but not in the rule table");
  auto readme = readme_families();
  std::map<std::string, std::set<std::string>> families;
  for (const auto& r : rules) families[r.family].insert(r.id);
  for (const auto& [fam, ids] : families) {
    for (const auto& id : ids) CHECK_MESSAGE(readme[fam].count(id), id << " (family " << fam << " in the book) is missing from the README's row " << fam);
    for (const auto& id : readme[fam]) CHECK_MESSAGE(ids.count(id), id << " is in the README's row " << fam << " but not in rules/" << fam << "-*.md");
  }
}
