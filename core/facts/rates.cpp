#include "facts/rates.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "lexicon/lexicon.h"
#include "lexicon/money_label_words.h"
#include "numbers/dates.h"
#include "text/chars.h"
#include "text/trim.h"

namespace gouji {
namespace {

using namespace chars;
using Str = std::u32string_view;
using namespace lex::money_label;

bool starts(const std::u32string& s, Str w) { return s.size() >= w.size() && Str(s).substr(0, w.size()) == w; }

// The rate a lexicon word names (core/lexicon: 完成率, 执行率, 支付率, 覆盖率, 占比, 增幅 …).
RateType rate_type(std::uint8_t kind) {
  switch (kind) {
    case lex::Completion: case lex::Execution: case lex::Payment: return RateType::Completion;
    case lex::Arrival: case lex::Proportion: return RateType::Proportion;
    case lex::Share: return RateType::Share;
    case lex::Growth: return RateType::Growth;
    case lex::Control: return RateType::Control;
    default: return RateType::None;
  }
}

// Strips digits+年/年度/月/日 and 截至…日 at the start.
bool drop_date(std::u32string& s) {
  if (starts(s, kCutoffWords[0]) || starts(s, kCutoffWords[1])) {
    std::size_t k = s.find_first_of(kCutoffEnds, 2);
    if (k != std::u32string::npos && k < 16) { s.erase(0, k + 1); if (starts(s, kBefore)) s.erase(0, 1); return true; }
  }
  std::size_t k = 0;
  while (k < s.size() && is_digit(s[k])) ++k;
  if (k == 0 || k >= s.size()) return false;
  if (s[k] == U'年') {
    s.erase(0, k + 1);
    if (starts(s, kYearSuffix)) s.erase(0, 1);
    return true;
  }
  return false;
}

}  // namespace

bool contains(const std::u32string& s, std::u32string_view w) { return Str(s).find(w) != Str::npos; }
bool ends_with(const std::u32string& s, std::u32string_view w) {
  return s.size() >= w.size() && Str(s).substr(s.size() - w.size()) == w;
}

int year_in(const std::u32string& l) {
  for (std::size_t k = 0; k + 4 < l.size(); ++k) {
    std::size_t end;
    if (int y = read_year(l, k, end, {false, false, 2100})) return y;  // numbers/dates.h
  }
  return 0;
}

std::size_t sentence_begin(const Text& t, std::size_t at) { return t.sentence_begin(at); }
std::size_t sentence_stop(const Text& t, std::size_t at) { return t.sentence_stop(at); }
// From the text's line index (a binary search), not a scan back: a pasted report can be one
// 1 MB line with a number every few characters.
std::size_t line_begin(const Text& t, std::size_t at) {
  at = std::min(at, t.size());
  return at - (t.line_col(at).column - 1);
}
std::size_t line_stop(const Text& t, std::size_t at) { return t.line_stop(at); }

std::u32string full_label(const Text& t, const Quantity& q, std::size_t prev_end) {
  const std::u32string& s = t.chars();
  // Read right to left into a fixed buffer (a label is at most kTaken characters), then made a
  // string once: pushed one by one, it was reallocated up to four times per number and kept the
  // spare capacity for as long as the frames live (issue 16, speed and memory per input byte).
  constexpr std::size_t kTaken = 40;
  char32_t buf[kTaken];
  std::size_t i = q.label_end;
  std::size_t taken = 0, kept = 0;  // characters read; characters kept (spaces are dropped)
  while (i > 0 && i > prev_end && taken < kTaken) {
    char32_t c = s[i - 1];
    if (c == U'）' || c == U')') {  // skip a parenthetical: "预算收入（含所属二级预算单位）115480.58万元"
      std::size_t k = i - 1;
      while (k > 0 && k > prev_end && i - k < 40 && s[k - 1] != U'（' && s[k - 1] != U'(' && !is_sentence_end(s[k - 1])) --k;
      if (k == 0 || k <= prev_end || (s[k - 1] != U'（' && s[k - 1] != U'(')) break;
      i = k - 1;
      continue;
    }
    if (is_sentence_end(c) || is_clause_sep(c) || c == U'\t' || c == U'（' || c == U'(') break;
    if (!is_space(c)) buf[kTaken - 1 - kept++] = c;
    --i;
    ++taken;
  }
  return std::u32string(buf + kTaken - kept, kept);
}

std::u32string normalize_label(std::u32string s) {
  for (bool changed = true; changed && !s.empty();) {
    changed = drop_date(s);
    for (Str w : kDropPrefixes)
      if (s.size() > w.size() && starts(s, w)) { s.erase(0, w.size()); changed = true; break; }
  }
  if (starts(s, kShareOf))
    for (Str w : kShareVerbTails)
      if (s.size() > 1 + w.size() && Str(s).substr(1, w.size()) == w) { s.erase(1, w.size()); break; }
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    for (Str w : kDropSuffixes)
      if (s.size() > w.size() && ends_with(s, w)) { s.erase(s.size() - w.size()); changed = true; break; }
  }
  return s;
}

// "占调整预算" / "占年初预算的" / "占全年计划": the whole is a budget or a plan, not a total of
// parts — the rate is a completion rate (a county's revenue is 105% of its adjusted budget), not
// a share. "占支出总预算的" names a total (支出) and stays a share.
bool whole_is_plan(Str l) {
  Str w = l.substr(1);  // after 占
  while (!w.empty() && (w.back() == U'的' || is_space(w.back()))) w.remove_suffix(1);
  for (Str st : kPlanStages)
    if (w.substr(0, st.size()) == st) { w.remove_prefix(st.size()); break; }
  for (Str p : kPlans)
    if (w == p) return true;
  return false;
}

RateName classify_rate(const std::u32string& label) {
  RateName r;
  std::u32string l = normalize_label(label);
  if (starts(l, kShareOf) && whole_is_plan(l)) {
    r.type = RateType::Completion;
    r.word = kCompletionRate;
    r.name = l;
    return r;
  }
  if (starts(l, kShareOf)) {  // "占本年支出合计的" / "占比为"
    r.type = RateType::Share;
    r.word = kShareRate;
    r.name = l;
    return r;
  }
  const lex::Entry* best = lex::match_before(l, l.size(), lex::Cls::Rate);
  if (!best) {
    // "占比为69%" after a subject: "门急诊人次数占比"
    if (contains(l, kShareRate)) { r.type = RateType::Share; r.word = kShareRate; r.name = l; }
    return r;
  }
  r.type = rate_type(best->value);
  r.word = std::u32string(best->word);
  r.name = l;
  return r;
}

namespace {

template <class Words>
bool contains_any(const std::u32string& l, const Words& words) {
  for (Str w : words)
    if (contains(l, w)) return true;
  return false;
}

Stage own_stage(const std::u32string& l) {
  // A difference, not a stage: a change or comparison word of two characters or more.
  for (const lex::Hit& h : lex::scan(l, 0, l.size()))
    if ((h.get(lex::Cls::Direction) || h.get(lex::Cls::Relation)) && h.end - h.start >= 2) return Stage::None;
  if (contains_any(l, kNotStage)) return Stage::None;
  if (contains_any(l, kCarry)) {
    if (contains_any(l, kCarryOutWords)) return Stage::CarryOut;
    if (contains_any(l, kCarryInWords)) return Stage::CarryIn;
    return Stage::CarryOut;
  }
  if (contains_any(l, kPriorWords)) return Stage::Prior;
  if (contains_any(l, kFullWords) || ends_with(l, kFullEnd)) return Stage::Full;
  if (contains_any(l, kAdjustWords)) return Stage::Adjust;
  if (contains(l, kInitialBudget)) return Stage::Initial;
  if (contains_any(l, kFinalWords)) return Stage::Final;
  if (contains(l, kBudget)) return Stage::Initial;
  return Stage::None;
}

Side own_side(const std::u32string& l) {
  if (contains(l, kSpend)) return Side::Spend;
  if (contains(l, kIncome)) return Side::Income;
  return Side::Unknown;
}

Scope own_scope(const std::u32string& l) {
  if (contains(l, kSanGong)) return Scope::SanGong;
  if (contains(l, kBasic)) return Scope::Basic;
  if (contains(l, kProject)) return Scope::Project;
  if (contains(l, kPublicFunds)) return Scope::PublicFunds;
  if (contains(l, kProcurement)) return Scope::Procurement;
  for (Str w : kComponents)
    if (contains(l, w)) return Scope::Component;
  return Scope::Total;
}

}  // namespace

MoneyRole role_of_label(const std::u32string& l) { return {own_stage(l), own_scope(l), own_side(l)}; }

void LabelList::push_back(std::u32string label) {
  constexpr std::size_t kLookBack = 8;  // catches a few labels cycling (a list restating its items)
  for (std::size_t k = distinct_.size(), n = 0; k > 0 && n < kLookBack; --k, ++n)
    if (distinct_[k - 1] == label) {
      at_.push_back(static_cast<std::uint32_t>(k - 1));
      return;
    }
  at_.push_back(static_cast<std::uint32_t>(distinct_.size()));
  distinct_.push_back(std::move(label));
}

void LabelList::shrink_to_fit() {
  trim(distinct_);
}

RateFacts read_rate_facts(const Text& t, const std::vector<Quantity>& qs, const std::vector<Breakdown>& bs) {
  RateFacts rf;
  rf.labels.reserve(qs.size());
  rf.written_year.resize(qs.size());
  rf.roles.resize(qs.size());
  rf.part.assign(qs.size(), false);
  std::vector<Index32> total_of(qs.size(), static_cast<std::size_t>(-1));
  for (const auto& b : bs)
    for (std::size_t p : b.parts) { rf.part[p] = true; total_of[p] = b.total; }

  std::size_t prev_end = 0;
  for (std::size_t i = 0; i < qs.size(); ++i) {
    std::u32string raw = full_label(t, qs[i], prev_end);
    rf.written_year[i] = year_in(raw);
    rf.labels.push_back(normalize_label(raw));
    prev_end = qs[i].end;
    if (qs[i].kind() != UnitKind::Money) continue;
    const auto& l = rf.labels[i];
    rf.roles[i] = {own_stage(l), own_scope(l), own_side(l)};
  }
  rf.labels.shrink_to_fit();
  // Context: the paragraph's first money figure sets the side and scope of figures that name
  // neither ("上年结转0万元" in a paragraph about 基本支出); a breakdown's parts take the stage and
  // side of their total.
  std::size_t first = static_cast<std::size_t>(-1), line_start = static_cast<std::size_t>(-1);
  for (std::size_t i = 0; i < qs.size(); ++i) {
    if (qs[i].kind() != UnitKind::Money) continue;
    std::size_t lb = line_begin(t, qs[i].start);
    if (lb != line_start) { line_start = lb; first = i; }
    MoneyRole& r = rf.roles[i];
    const MoneyRole& head = rf.roles[first];
    if (rf.part[i]) {
      const MoneyRole& tot = rf.roles[total_of[i]];
      if (r.stage == Stage::None) r.stage = tot.stage;
      if (r.side == Side::Unknown) r.side = tot.side;
      if (r.scope == Scope::Total) r.scope = Scope::Component;
      continue;
    }
    if (i == first) continue;
    if (r.side == Side::Unknown) r.side = head.side;
    if (r.scope == Scope::Total && head.scope != Scope::Total && head.scope != Scope::Component) r.scope = head.scope;
  }
  return rf;
}

std::string_view stage_zh(Stage s) {
  switch (s) {
    case Stage::Initial: return "年初预算";
    case Stage::Full: return "全年预算";
    case Stage::Adjust: return "预算调整";
    case Stage::Final: return "决算";
    case Stage::CarryIn: return "年初结转结余";
    case Stage::CarryOut: return "年末结转结余";
    case Stage::Prior: return "上年数";
    case Stage::None: break;
  }
  return "";
}

std::string_view scope_zh(Scope s) {
  switch (s) {
    case Scope::Basic: return "基本支出";
    case Scope::Project: return "项目支出";
    case Scope::SanGong: return "“三公”经费";
    case Scope::PublicFunds: return "公用经费";
    case Scope::Procurement: return "政府采购";
    case Scope::Component: return "分项";
    case Scope::Total: break;
  }
  return "";
}

std::string_view scope_en(Scope s) {
  switch (s) {
    case Scope::Basic: return "basic expenditure";
    case Scope::Project: return "project expenditure";
    case Scope::SanGong: return "\"three public\" expenses";
    case Scope::PublicFunds: return "public funds";
    case Scope::Procurement: return "government procurement";
    case Scope::Component: return "component";
    case Scope::Total: break;
  }
  return "";
}

}  // namespace gouji

namespace gouji {

std::string_view stage_en(Stage s) {
  switch (s) {
    case Stage::Initial: return "initial budget";
    case Stage::Full: return "full-year budget";
    case Stage::Adjust: return "budget adjustment";
    case Stage::Final: return "final accounts";
    case Stage::CarryIn: return "carry-over at the start";
    case Stage::CarryOut: return "carry-over at year end";
    case Stage::Prior: return "prior year";
    case Stage::None: break;
  }
  return "";
}

std::optional<Interval> percent_interval(const Interval& part, const Interval& whole) {
  auto q = divide(part, whole);
  if (!q) return std::nullopt;
  Decimal hundred = Decimal::from_int(100);
  return Interval{q->lo * hundred, q->hi * hundred};
}

Decimal percent_point(Decimal part, Decimal whole) {
  if (whole.is_zero()) return Decimal{};
  return (part * Decimal::from_int(100)).div_floor(whole);
}

RateMatch match_rate(const Interval& computed, const Quantity& stated, const PrecisionContext& ctx) {
  Interval s = stated_interval(stated, ctx);
  if (computed.overlaps(s)) return RateMatch::Match;
  Decimal step = Decimal::pow10(-stated.decimals);
  Decimal v = stated.normalized();
  Interval trunc = v.negative() ? Interval{v - step, v} : Interval{v, v + step};
  if (computed.overlaps(trunc)) return RateMatch::Truncated;
  return RateMatch::Mismatch;
}

Decimal floor_int(Decimal v) {
  Decimal::Raw one = Decimal::from_int(1).raw();
  Decimal::Raw q = v.raw() / one;
  if (v.raw() % one != 0 && v.raw() < 0) --q;
  return Decimal::from_raw(q * one);
}

Decimal ceil_int(Decimal v) { return -floor_int(-v); }

std::string fmt(Decimal v, int decimals) { return v.to_string(decimals); }

std::string bare(const Quantity& q) { return q.value.to_string(q.decimals); }

std::string shown(const Quantity& q) { return q.text; }

}  // namespace gouji
