#pragma once
// What a check produces. Positions are code-point indices into the document text here; the
// serializer turns them into UTF-16 offsets (the JSON contract) in one place.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace gouji {

enum class Severity { Error, Warning, Info };
std::string_view severity_name(Severity s);

struct Span {
  std::size_t start = 0, end = 0;
  bool primary = true;
};

// Messages are produced in both languages; the face picks one.
struct Message {
  std::string zh, en;
};

// A suggested correction: replace the text at `span` with `replacement`.
struct Fix {
  Span span;
  std::string replacement;
};

struct Finding {
  std::string rule;  // catalogue id: R01…R95, or E-codes for input problems (see rule_table)
  Severity severity = Severity::Info;
  Message message;
  std::vector<Span> spans;  // first primary span = where the finding is reported (line/column)
  std::string expected, actual;
  Message hint;  // optional explanation / fix suggestion
  std::vector<Fix> fixes;
  std::string section;  // the top-level heading the finding stands under ("二、部门整体支出…")
};

struct Metric {
  std::string name;      // zh name, e.g. 预算执行率
  std::string name_en;
  std::string value;     // exact decimal string, rounded for display
  std::string unit;      // "%"
  std::string formula;   // human-readable with the numbers, e.g. "141938.85 / 145989.74"
  std::vector<Span> spans;
};

// One row of the targets table: an indicator's target beside its actual.
struct TargetRow {
  std::string name, category, target, actual, completion;  // display strings ("2600人", "84.62%")
  std::string status;                                        // met | unmet | missing | qualitative | unit-mismatch
  std::vector<Span> spans;                                   // the target item, then the actual item
};

// A relation gouji verified, consistent or not (issue 14), so a reviewer sees what was checked
// and what could not be: the formula with its numbers, the figures it used, the outcome.
struct Checked {
  std::string rule;     // the rule the relation belongs to (R26 …)
  std::string formula;  // "16803.36 ÷ (133244.50 − 16803.36) × 100 = 14.43%"
  std::string result;   // consistent | rounding | inconsistent
  std::vector<Span> inputs;
};

// The relations of one document, bounded per rule as they are recorded: a machine-made text
// verifies 10^5 relations of one rule, and holding each until a later cap ran was a third of
// the peak memory (issue 16: bytes per input byte). The first kCheckedPerRule of a rule are
// kept in order (report/finding_cap.h); the others are only counted, so none is lost silently.
class CheckedList {
 public:
  void push_back(Checked c);
  std::vector<Checked>::iterator begin() { return items_.begin(); }
  std::vector<Checked>::iterator end() { return items_.end(); }
  std::vector<Checked>::const_iterator begin() const { return items_.begin(); }
  std::vector<Checked>::const_iterator end() const { return items_.end(); }
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  const Checked& operator[](std::size_t i) const { return items_[i]; }
  const Checked& back() const { return items_.back(); }
  // Per rule, how many were verified past the bound (in the order the rules first overflowed).
  const std::vector<std::pair<std::string, std::size_t>>& not_listed() const { return not_listed_; }

 private:
  std::vector<Checked> items_;
  std::vector<std::pair<std::string, std::size_t>> listed_, not_listed_;  // counts per rule
};

struct DocumentResult {
  std::string path;
  std::string encoding;
  std::vector<Finding> findings;
  std::vector<Metric> metrics;
  std::vector<TargetRow> targets;
  CheckedList checked;
  std::string final_total;  // the report's 决算支出 total in 万元 ("" = not stated): report/at_stake.h
  // Findings not listed, per rule, past report/finding_cap.h's bound (a note finding of the rule
  // says so; the relations' count is checked.not_listed()).
  std::vector<std::pair<std::string, std::size_t>> findings_not_listed;
  // The findings not listed, by severity (index = Severity): what the totals add to those listed.
  std::size_t not_listed_by_severity[3] = {0, 0, 0};
};

}  // namespace gouji
