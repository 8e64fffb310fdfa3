#include "report/finding_cap.h"

#include <algorithm>
#include <string>
#include <vector>

namespace gouji {
namespace {

struct Hidden {
  std::string rule;
  std::size_t findings = 0, checked = 0;
  Severity worst = Severity::Info;
};

Hidden& entry(std::vector<Hidden>& hidden, const std::string& rule) {
  for (auto& h : hidden)
    if (h.rule == rule) return h;
  hidden.push_back({rule});
  return hidden.back();
}

// Keeps the first `limit` items of each rule; calls `dropped(item)` for the others. Rules are few
// (the catalogue's ≈ 100), so a small table of counts is enough.
template <class T, class Dropped>
void keep_first(std::vector<T>& items, std::size_t limit, Dropped dropped) {
  std::vector<std::pair<std::string, std::size_t>> seen;
  auto count = [&](const std::string& rule) -> std::size_t& {
    for (auto& s : seen)
      if (s.first == rule) return s.second;
    seen.push_back({rule, 0});
    return seen.back().second;
  };
  std::size_t out = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (++count(items[i].rule) > limit) {
      dropped(items[i]);
      continue;
    }
    if (out != i) items[out] = std::move(items[i]);
    ++out;
  }
  if (out == items.size()) return;
  items.resize(out);
  items.shrink_to_fit();
}

const char kNoteLead[] = "… 另有 ";

int rank(Severity s) { return s == Severity::Error ? 2 : s == Severity::Warning ? 1 : 0; }

}  // namespace

void CheckedList::push_back(Checked c) {
  // Rules are few (the catalogue's ≈ 100) and a check records runs of one rule: a short table.
  auto count = [](std::vector<std::pair<std::string, std::size_t>>& table, const std::string& rule) -> std::size_t& {
    for (auto it = table.rbegin(); it != table.rend(); ++it)
      if (it->first == rule) return it->second;
    table.push_back({rule, 0});
    return table.back().second;
  };
  std::size_t& listed = count(listed_, c.rule);
  if (listed >= kCheckedPerRule) {
    ++count(not_listed_, c.rule);
    return;
  }
  ++listed;
  items_.push_back(std::move(c));
}

void cap_per_rule(DocumentResult& r) {
  std::vector<Hidden> hidden;
  keep_first(r.findings, kFindingsPerRule, [&](const Finding& f) {
    Hidden& h = entry(hidden, f.rule);
    ++h.findings;
    ++r.not_listed_by_severity[static_cast<int>(f.severity)];
    if (rank(f.severity) > rank(h.worst)) h.worst = f.severity;
  });
  for (const auto& [rule, n] : r.checked.not_listed()) entry(hidden, rule).checked += n;
  for (const auto& h : hidden)
    if (h.findings) r.findings_not_listed.push_back({h.rule, h.findings});
  for (const auto& h : hidden) {
    Finding note;
    note.rule = h.rule;
    note.severity = h.findings ? h.worst : Severity::Info;
    std::string zh, en;
    if (h.findings) {
      std::string n = std::to_string(h.findings), k = std::to_string(kFindingsPerRule);
      zh = n + " 条 " + h.rule + " 发现未逐条列出（同一规则只列出前 " + k + " 条）";
      en = n + " more " + h.rule + " findings are not listed (the first " + k + " of a rule are)";
    }
    if (h.checked) {
      std::string n = std::to_string(h.checked), k = std::to_string(kCheckedPerRule);
      zh += (zh.empty() ? "" : "；另有 ") + (n + " 项 " + h.rule + " 核对关系未列出（同一规则只列出前 " + k + " 项）");
      en += (en.empty() ? "" : "; ") + (n + " more " + h.rule + " relations checked are not listed (the first " + k + " of a rule are)");
    }
    note.message = {kNoteLead + zh + "。", "… " + en + "."};
    r.findings.push_back(std::move(note));
  }
}

bool is_cap_note(const Finding& f) { return f.message.zh.rfind(kNoteLead, 0) == 0; }

}  // namespace gouji
