#pragma once
// Targets and actuals (domain rules §2 C, §3.3): the indicators a report sets in its 绩效目标 part
// (or the 年度指标值 column of a pasted 自评表) and the values it reports in its 完成情况 part
// (实际完成值), paired by indicator name. Narrative pairs ("目标数是1330例…共完成了1386例") pair
// too. Everything here is reading; the judgements are in checks/target_checks.cpp and
// checks/score_checks.cpp.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "numbers/decimal.h"
#include "numbers/quantity.h"
#include "structure/document.h"
#include "text/index32.h"
#include "text/text.h"

namespace gouji {

// First-level indicator families (§1.3): 产出 (数量/质量/时效/成本), 效益, 满意度.
enum class IndicatorGroup : std::uint8_t { Unknown, Output, Benefit, Satisfaction };
std::string_view group_name_zh(IndicatorGroup g);  // "产出指标" …
std::string_view group_name_en(IndicatorGroup g);  // "output" …

enum class IndicatorSource : std::uint8_t {
  List,       // "1.数量指标。A 79.89万人；B 1488人；…" in a 绩效目标 / 完成情况 part
  Table,      // a 自评表 row (年度指标值 | 实际完成值)
  Narrative,  // a figure in running text (an actual of the 完成情况 part, or a 目标数…完成 pair)
};

// Which way an indicator counts (R43): ≥ (以上/不低于/达到), ≤ (以内/不超过/控制在), = , or text.
enum class Direction { Positive, Negative, Equal, Qualitative };

// Two per 自评表 row (target and actual), so 32-bit positions and indices (text/index32.h) and
// byte-sized enums (issue 16, memory per input byte); likewise CellNumber and ScoreRow.
struct Indicator {
  std::string name;                    // as written, without its value ("免费产前筛查孕产妇人数")
  std::u32string key;                  // normalised name used for pairing
  Index32 start = 0, end = 0;          // the whole item ("免费产前筛查孕产妇人数2600人"), or the cell
  Index32 quantity = kNone;            // index into the quantity list; kNone = qualitative (no number)
  Index32 row = kNone;                 // index into TargetFacts::rows for 自评表 indicators
  Comparator comparator = Comparator::None;  // from the item's wording (reader's + 低于/控制在 …)
  IndicatorGroup group = IndicatorGroup::Unknown;
  IndicatorSource source = IndicatorSource::List;
  std::string unit_text;               // unit as written after the number ("人", "处"), "" if none
  std::string subgroup;                // "数量指标" / "社会效益指标" … as named, "" when not named
};

// A number read from a table cell (分值, 得分, 执行率 …).
struct CellNumber {
  Decimal value;
  Index32 start = 0, end = 0;
  int decimals = 0;
  bool present = false;
  bool percent = false;
};

// One indicator row of a pasted 自评表: 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因.
struct ScoreRow {
  CellNumber weight, points;
  Index32 target = kNone, actual = kNone;      // indices into targets / actuals (kNone when blank)
  Index32 reason_start = 0, reason_end = 0;
  Index32 start = 0, end = 0;                  // the row's extent in the text
  Index32 table = 0;                           // which table the row belongs to (0-based)
  std::string reason;                          // 偏差原因分析及改进措施 (trimmed), "" when blank
};

// The 总分 / 合计 row of a 自评表, and the 预算执行率 block (年度资金总额 | 全年预算数 |
// 全年执行数 | 分值 | 执行率 | 得分).
struct ScoreTotal {
  CellNumber weight, points;
  std::size_t start = 0, end = 0;
  std::size_t table = 0;
};
struct BudgetRow {
  CellNumber initial, budget, spent, rate, weight, points;  // initial: 年初预算数
  std::string label;
  bool first = false;  // the block's first row (年度资金总额): the whole, not a 其中 fund
  bool part = false;   // a later row of that block (其中:本年财政拨款 …): a part of the first
  std::size_t start = 0, end = 0;
};

enum class MatchKind { Exact, Variant, Similar, Table, Narrative };

struct TargetPair {
  std::size_t target = kNone;  // index into targets
  std::size_t actual = kNone;  // index into actuals; kNone when the report gives none
  MatchKind match = MatchKind::Exact;
  Direction direction = Direction::Positive;
};

// A group label ("1.数量指标。", "效益指标：") as written in the target or the completion part.
struct GroupLabel {
  IndicatorGroup group = IndicatorGroup::Unknown;
  std::string name;
  std::size_t start = 0, end = 0;
  bool target_side = true;
};

struct ReasonIndex;  // targets_judgement.cpp

struct TargetFacts {
  std::vector<Indicator> targets, actuals;
  std::vector<TargetPair> pairs;  // one per target, in target order
  std::vector<GroupLabel> labels;
  std::vector<ScoreRow> rows;
  std::vector<ScoreTotal> totals;
  std::vector<BudgetRow> budget_rows;
  std::size_t table_count = 0;          // 自评表 grids found
  bool cut_table = false;               // an indicator grid the excerpt ends inside (rows missing)
  bool has_target_part = false;         // a 绩效目标 section / line or a 年度指标值 column
  bool has_actual_part = false;         // a 完成情况 section / line or an 实际完成值 column
  std::size_t actual_part_start = 0, actual_part_end = 0;  // heading (or line) naming the first one
  // The report's sentences that give a cause, indexed on first use by deviation_reason (so the
  // text is read once, not once per missed target).
  mutable std::shared_ptr<ReasonIndex> reason_index;
};

TargetFacts read_targets(const Text& text, const std::vector<Quantity>& qs, const Document& doc);

// The name as used for pairing: letters only, without leading time/place filler ("今年我区",
// "截至目前", "2024年"), "已/完成" and trailing "为/达/不低于…".
std::u32string normalize_name(std::u32string_view name);

// ---- Judging one pair ---------------------------------------------------------------------

enum class Status { Met, Unmet, Unknown };

struct Evaluation {
  bool has_actual = false;
  bool quantified = false;      // both sides carry a number
  bool unit_mismatch = false;   // numbers of different kinds (对 vs 人, % vs 人) or written units
  bool actual_text_only = false;// target has a number, the actual is words only ("已完成")
  Status status = Status::Unknown;
  Direction direction = Direction::Positive;
  Decimal target, actual;       // normalised to the kind's base unit
  std::optional<Decimal> rate;  // completion in %: actual/target×100 (target/actual for ≤ targets)
  std::string formula;          // "2200 / 2600 × 100%"
};

Evaluation evaluate(const TargetFacts& tf, const TargetPair& p, const std::vector<Quantity>& qs);

// Where the report explains why a target was missed: the 偏差原因 cell, words right after the
// actual ("…2200人，主要原因是…"), or a sentence elsewhere that names the indicator and gives a
// cause (原因/由于/导致/受…影响). Returns the span of the explanation, or nullopt.
std::optional<std::pair<std::size_t, std::size_t>> deviation_reason(const Text& text, const TargetFacts& tf,
                                                                    const TargetPair& p,
                                                                    const std::vector<Quantity>& qs);

// Value as written with its unit ("79.89万人", "100%", "12处"); the item text when qualitative.
std::string value_text(const Text& text, const Indicator& ind, const std::vector<Quantity>& qs);

// Marks of partial-year data in an annual report (R80 wording): 截至目前, 截止到11月底, 1-10月,
// "将在12月底前", "拟完成" … as [start, end) spans, in text order.
std::vector<std::pair<std::size_t, std::size_t>> partial_year_marks(const Text& text);
// True when the indicator's sentence carries such a mark before or around it.
bool partial_year(const Text& text, const Indicator& ind);

}  // namespace gouji
