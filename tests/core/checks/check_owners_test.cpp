// Who emits what (checks/registry.cpp): every rule of the rule table has exactly one owner, no
// check emits a rule it did not declare, and the findings do not depend on the order the checks
// run in (the reconcile step, checks/reconcile.cpp, settles competing findings). Run on both
// corpus reports, every example text of the rule book and, when present, ../shared/realworld.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "checks/check.h"
#include "checks/reconcile.h"
#include "checks/rule_table.h"
#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

// Every text the emission and order tests run on: the corpus reports, the book's example texts
// (⟦ ⟧ marks dropped; the text after a fix too) and the realworld reports when they are there.
std::vector<std::pair<std::string, std::string>> texts() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const char* name : {"000_f7b65649e50663dd.txt", "002_338b5f6c825fc8b7.txt"}) out.push_back({name, corpus(name)});
  std::vector<std::filesystem::path> books;
  for (const auto& e : std::filesystem::directory_iterator(std::string(GOUJI_SOURCE_DIR) + "/rules"))
    if (e.path().extension() == ".md") books.push_back(e.path());
  std::sort(books.begin(), books.end());
  for (const auto& path : books) {
    std::istringstream in(read_file(path.string()));
    std::string line, body, after;
    bool fenced = false, in_after = false;
    int n = 0, at = 0;
    while (std::getline(in, line)) {
      ++n;
      if (line.rfind("```", 0) != 0) {
        if (!fenced || line.rfind("→", 0) == 0 || line.rfind("= ", 0) == 0) continue;
        if (line.rfind("⇒", 0) == 0) {
          in_after = true;
          line = line.substr(std::string("⇒").size());
        }
        for (const std::string mark : {"⟦", "⟧"})
          for (std::size_t p; (p = line.find(mark)) != std::string::npos;) line.erase(p, mark.size());
        (in_after ? after : body) += line + "\n";
      } else if (!fenced) {
        fenced = true, in_after = false, at = n;
        body.clear(), after.clear();
      } else {
        fenced = false;
        std::string where = path.filename().string() + ":" + std::to_string(at);
        if (!body.empty()) out.push_back({where, body});
        if (!after.empty()) out.push_back({where + " (after the fix)", after});
      }
    }
  }
  std::filesystem::path real = std::filesystem::path(GOUJI_SOURCE_DIR) / ".." / "shared" / "realworld" / "corpus";
  std::error_code ec;
  if (std::filesystem::is_directory(real, ec)) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(real, ec))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& p : files) out.push_back({"realworld/" + p.filename().string(), read_file(p.string())});
  }
  return out;
}

AnalyzedDocument run_in(const std::string& text, std::vector<std::size_t> order) {
  AnalyzeOptions opt;
  opt.check_order = std::move(order);
  return analyze_bytes(text, opt);
}

// A finding in full, so "identical" means identical (rule, severity, message, spans, fixes).
std::string dump(const Finding& f) {
  std::string s = f.rule + "|" + std::string(severity_name(f.severity)) + "|" + f.message.zh + "|" + f.expected + "|" +
                  f.actual + "|" + f.hint.zh + "|" + f.section;
  for (const auto& sp : f.spans) s += "|" + std::to_string(sp.start) + "-" + std::to_string(sp.end) + (sp.primary ? "p" : "r");
  for (const auto& x : f.fixes) s += "|fix " + std::to_string(x.span.start) + ":" + x.replacement;
  return s;
}

bool is_check_rule(std::string_view id) { return !id.empty() && id[0] == 'R'; }  // E-codes: the input stage

}  // namespace

TEST_CASE("check owners: every rule of the rule table has exactly one owner, and owners declare known rules") {
  std::map<std::string_view, std::vector<std::string_view>> owners;
  std::set<std::string_view> known;
  for (const auto& r : rule_table()) known.insert(r.id);
  for (const auto& c : registered_checks()) {
    for (auto id : c.owns) owners[id].push_back(c.name);
    for (auto id : c.owns) CHECK_MESSAGE(known.count(id), c.name, " owns ", id, ", which is not in the rule table");
    for (auto id : c.also) CHECK_MESSAGE(known.count(id), c.name, " also emits ", id, ", which is not in the rule table");
  }
  for (const auto& c : registered_checks())
    for (auto id : c.also) CHECK_MESSAGE(owners.count(id), c.name, " also emits ", id, ", which no check owns");
  for (const auto& r : rule_table()) {
    if (!is_check_rule(r.id)) continue;
    std::string who;
    for (auto n : owners[r.id]) who += std::string(who.empty() ? "" : ", ") + std::string(n);
    CHECK_MESSAGE(owners[r.id].size() == 1, r.id, " has ", owners[r.id].size(), " owners (", who, ")");
  }
  CHECK(!precedence_table().empty());
  for (const auto& p : precedence_table()) CHECK_MESSAGE(!p.why.empty(), p.yields, " gives way without a reason");
}

TEST_CASE("check owners: no check emits a rule it did not declare; findings do not depend on registry order") {
  const auto& checks = registered_checks();
  std::vector<std::size_t> reversed;
  for (std::size_t i = checks.size(); i-- > 0;) reversed.push_back(i);
  std::size_t runs = 0;
  std::map<std::string, std::set<std::string>> seen;  // check → rules it emitted
  for (const auto& [where, text] : texts()) {
    for (std::size_t i = 0; i < checks.size(); ++i) {
      std::set<std::string_view> declared(checks[i].owns.begin(), checks[i].owns.end());
      declared.insert(checks[i].also.begin(), checks[i].also.end());
      for (const auto& f : run_in(text, {i}).result.findings) {
        if (!is_check_rule(f.rule)) continue;
        seen[std::string(checks[i].name)].insert(f.rule);
        CHECK_MESSAGE(declared.count(f.rule), where, ": check \"", checks[i].name, "\" emits ", f.rule,
                      " without declaring it");
      }
    }
    auto in_order = run_in(text, {}), backwards = run_in(text, reversed);
    std::vector<std::string> a, b;
    for (const auto& f : in_order.result.findings) a.push_back(dump(f));
    for (const auto& f : backwards.result.findings) b.push_back(dump(f));
    // Order of the list is the serializer's business; the set of findings must be the same.
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    CHECK_MESSAGE(a == b, where, ": findings differ when the checks run in reversed order");
    ++runs;
  }
  CHECK(runs > 100);  // the corpus reports and the book's examples at least
  CHECK(seen["rates"].count("R22"));  // the emission test saw real findings
}
