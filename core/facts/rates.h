#pragma once
// What the rate checks (family B, R20–R35) need to know about the quantities: the sentence and
// paragraph each stands in, the full phrase that names it, what kind of rate a percentage is
// (完成率, 覆盖率, 占比, 增幅…) and, for money, which budget stage/scope/side it states
// (年初预算 / 全年预算 / 决算 / 调整 / 结转…, 部门 total / 基本支出 / 项目支出 / 三公…).
// Labels are matched as data (the tables in rates.cpp), never by position alone.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <optional>

#include "facts/breakdown.h"
#include "numbers/precision.h"
#include "numbers/quantity.h"
#include "text/text.h"

namespace gouji {

// ---- text spans ---------------------------------------------------------------------------------
std::size_t sentence_begin(const Text& t, std::size_t at);  // after the previous 。；！？ or line break
std::size_t sentence_stop(const Text& t, std::size_t at);   // at the next one (exclusive end)
std::size_t line_begin(const Text& t, std::size_t at);
std::size_t line_stop(const Text& t, std::size_t at);

// The phrase naming q, read back from the number to the clause start (，、：。), skipping a
// parenthetical such as "（含所属二级预算单位）" and keeping the words the number reader trims
// ("合计", "总计"). UTF-32, spaces removed.
std::u32string full_label(const Text& t, const Quantity& q, std::size_t prev_end);
// Drops what does not name the quantity: leading dates ("2024年", "截至2024年12月31日"), "部门",
// "单位", "本单位", "我局", trailing "为/达/是/均/共计". "2024年部门决算支出" → "决算支出".
std::u32string normalize_label(std::u32string label);

bool contains(const std::u32string& s, std::u32string_view w);
// The first "NNNN年" in a label (2023 for "2023年支出"), 0 if none.
int year_in(const std::u32string& label);
bool ends_with(const std::u32string& s, std::u32string_view w);

// ---- percentages ----------------------------------------------------------------------------------
enum class RateType {
  None,        // a percentage with no recognised rate word
  Completion,  // 完成率, 执行率, 达成率: actual / target, may exceed 100%
  Proportion,  // 覆盖率, 合格率, 建档率, 满意度, …: a part of a whole, at most 100%
  Share,       // 占比, 占…的: part / total
  Growth,      // 增长率, 增幅, 降幅
  Control,     // 控制率
};

struct RateName {
  RateType type = RateType::None;
  std::u32string word;   // the rate word as written: "建档率", "完成率", "满意度"
  std::u32string name;   // the phrase it ends: "贫困户家庭签约率"
};
// Classifies a percentage by its (full) label.
RateName classify_rate(const std::u32string& label);

// ---- money roles --------------------------------------------------------------------------------
enum class Stage : std::uint8_t { None, Initial, Full, Adjust, Final, CarryIn, CarryOut, Prior };
enum class Scope : std::uint8_t { Total, Basic, Project, SanGong, PublicFunds, Procurement, Component };
enum class Side : std::uint8_t { Unknown, Income, Spend };

struct MoneyRole {
  Stage stage = Stage::None;
  Scope scope = Scope::Total;
  Side side = Side::Unknown;
};

// One label per quantity, indexed like the vector it replaces, each distinct label stored once:
// a text repeats few labels ("增长", "本年支出合计") over many figures, and a std::u32string per
// quantity was 32 bytes of each (issue 16, memory per input byte). A label equal to one of the
// last few distinct ones shares it: no lookup table, so no cost when all differ.
class LabelList {
 public:
  const std::u32string& operator[](std::size_t i) const { return distinct_[at_[i]]; }
  std::size_t size() const { return at_.size(); }
  void reserve(std::size_t n) { at_.reserve(n); }
  void push_back(std::u32string label);  // the next quantity's
  void shrink_to_fit();                  // once all are in

 private:
  std::vector<std::uint32_t> at_;
  std::vector<std::u32string> distinct_;
};

// Everything the rate checks read once: labels and roles per quantity (same indexing as `qs`).
struct RateFacts {
  LabelList labels;                    // full_label, normalised
  std::vector<int> written_year;      // the year full_label writes ("2023年支出" 2023), 0 when none:
                                       // an int, not the label (issue 16: bytes per input byte)
  std::vector<MoneyRole> roles;        // meaningful for money only
  std::vector<bool> part;              // q is a component of a breakdown
  std::vector<bool> in_table;          // filled by the caller (the checks know the tables)
};
// The role a label names on its own (no paragraph context): "年初预算支出" → Initial/Total/Spend.
MoneyRole role_of_label(const std::u32string& normalized_label);
RateFacts read_rate_facts(const Text& t, const std::vector<Quantity>& qs, const std::vector<Breakdown>& bs);

std::string_view stage_zh(Stage s);
std::string_view stage_en(Stage s);
std::string_view scope_zh(Scope s);
std::string_view scope_en(Scope s);

// ---- arithmetic (interval, never double) ------------------------------------------------------
// part / whole × 100 with outward-rounded bounds; nullopt when `whole` may be 0.
std::optional<Interval> percent_interval(const Interval& part, const Interval& whole);
// part / whole × 100 at full precision (for display).
Decimal percent_point(Decimal part, Decimal whole);

enum class RateMatch { Match, Truncated, Mismatch };
// Does a stated percentage stand for the computed interval? Rounded: its rounding interval
// overlaps; Truncated: only its truncation interval [x, x + 10^-d] does (§2.1: info).
RateMatch match_rate(const Interval& computed, const Quantity& stated, const PrecisionContext& ctx);

Decimal floor_int(Decimal v);
Decimal ceil_int(Decimal v);
// Rounded half away from zero; at least `decimals` places ("104.21").
std::string fmt(Decimal v, int decimals);
// A number with its written decimals, without unit or separators: "1386", "105.1", "850.00".
std::string bare(const Quantity& q);
// q as written, with its unit ("79.87万人", "500.00万元").
std::string shown(const Quantity& q);

}  // namespace gouji
