#include "facts/rates.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "lexicon/lexicon.h"
#include "text/chars.h"

namespace gouji {
namespace {

using namespace chars;
using Str = std::u32string_view;

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

// Prefixes that date or locate a figure without naming it.
const std::array<Str, 14> kDropPrefixes = {U"本部门", U"本单位", U"我单位", U"部门", U"单位", U"我局", U"本局",
                                           U"全局", U"本年度", U"今年", U"年度", U"其中", U"另有", U"共"};
const std::array<Str, 12> kDropSuffixes = {U"均达到", U"均为", U"均达", U"达到", U"已达", U"为", U"达", U"是",
                                           U"均", U"约", U"了", U"的"};

// Strips digits+年/年度/月/日 and 截至…日 at the start.
bool drop_date(std::u32string& s) {
  if (starts(s, U"截至") || starts(s, U"截止")) {
    std::size_t k = s.find_first_of(U"日底末止", 2);
    if (k != std::u32string::npos && k < 16) { s.erase(0, k + 1); if (starts(s, U"前")) s.erase(0, 1); return true; }
  }
  std::size_t k = 0;
  while (k < s.size() && is_digit(s[k])) ++k;
  if (k == 0 || k >= s.size()) return false;
  if (s[k] == U'年') {
    s.erase(0, k + 1);
    if (starts(s, U"度")) s.erase(0, 1);
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
    if (k > 0 && is_digit(l[k - 1])) continue;
    bool four = true;
    for (std::size_t j = k; j < k + 4; ++j) four &= is_digit(l[j]);
    if (four && l[k + 4] == U'年') {
      int y = 0;
      for (std::size_t j = k; j < k + 4; ++j) y = y * 10 + digit_value(l[j]);
      if (y >= 1990 && y <= 2100) return y;
    }
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
  std::u32string out;
  std::size_t i = q.label_end;
  std::size_t taken = 0;
  while (i > 0 && i > prev_end && taken < 40) {
    char32_t c = s[i - 1];
    if (c == U'）' || c == U')') {  // skip a parenthetical: "预算收入（含所属二级预算单位）115480.58万元"
      std::size_t k = i - 1;
      while (k > 0 && k > prev_end && i - k < 40 && s[k - 1] != U'（' && s[k - 1] != U'(' && !is_sentence_end(s[k - 1])) --k;
      if (k == 0 || k <= prev_end || (s[k - 1] != U'（' && s[k - 1] != U'(')) break;
      i = k - 1;
      continue;
    }
    if (is_sentence_end(c) || is_clause_sep(c) || c == U'\t' || c == U'（' || c == U'(') break;
    if (!is_space(c)) out.push_back(c);
    --i;
    ++taken;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::u32string normalize_label(std::u32string s) {
  for (bool changed = true; changed && !s.empty();) {
    changed = drop_date(s);
    for (Str w : kDropPrefixes)
      if (s.size() > w.size() && starts(s, w)) { s.erase(0, w.size()); changed = true; break; }
  }
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
  static const Str kStages[] = {U"调整后", U"调整", U"年初", U"全年", U"年度", U"本年", U"年"};
  static const Str kPlans[] = {U"预算数", U"预算", U"计划数", U"计划", U"任务数", U"任务", U"目标"};
  Str w = l.substr(1);  // after 占
  while (!w.empty() && (w.back() == U'的' || is_space(w.back()))) w.remove_suffix(1);
  for (Str st : kStages)
    if (w.substr(0, st.size()) == st) { w.remove_prefix(st.size()); break; }
  for (Str p : kPlans)
    if (w == p) return true;
  return false;
}

RateName classify_rate(const std::u32string& label) {
  RateName r;
  std::u32string l = normalize_label(label);
  if (starts(l, U"占") && whole_is_plan(l)) {
    r.type = RateType::Completion;
    r.word = U"完成率";
    r.name = l;
    return r;
  }
  if (starts(l, U"占")) {  // "占本年支出合计的" / "占比为"
    r.type = RateType::Share;
    r.word = U"占比";
    r.name = l;
    return r;
  }
  const lex::Entry* best = lex::match_before(l, l.size(), lex::Cls::Rate);
  if (!best) {
    // "占比为69%" after a subject: "门急诊人次数占比"
    if (contains(l, U"占比")) { r.type = RateType::Share; r.word = U"占比"; r.name = l; }
    return r;
  }
  r.type = rate_type(best->value);
  r.word = std::u32string(best->word);
  r.name = l;
  return r;
}

namespace {

Stage own_stage(const std::u32string& l) {
  // A difference, not a stage: a change or comparison word of two characters or more.
  for (const lex::Hit& h : lex::scan(l, 0, l.size()))
    if ((h.get(lex::Cls::Direction) || h.get(lex::Cls::Relation)) && h.end - h.start >= 2) return Stage::None;
  if (contains(l, U"使用非财政拨款") || contains(l, U"结余分配") || contains(l, U"专用结余")) return Stage::None;
  if (contains(l, U"结转") || contains(l, U"结余")) {
    if (contains(l, U"年末") || contains(l, U"年底") || contains(l, U"期末")) return Stage::CarryOut;
    if (contains(l, U"年初") || contains(l, U"上年") || contains(l, U"以前年度") || contains(l, U"期初"))
      return Stage::CarryIn;
    return Stage::CarryOut;
  }
  if (contains(l, U"上年") || contains(l, U"去年") || contains(l, U"上一年") || contains(l, U"同期"))
    return Stage::Prior;
  if (contains(l, U"调整后") || ends_with(l, U"调整预算数") || contains(l, U"全年预算") || contains(l, U"可执行") ||
      contains(l, U"全年可用"))
    return Stage::Full;
  if (contains(l, U"调整") || contains(l, U"追加") || contains(l, U"调增") || contains(l, U"调减")) return Stage::Adjust;
  if (contains(l, U"年初预算")) return Stage::Initial;
  if (contains(l, U"决算") || contains(l, U"支出总计") || contains(l, U"支出合计") || contains(l, U"总支出") ||
      contains(l, U"实际支出") || contains(l, U"执行数") || contains(l, U"收入总计") || contains(l, U"收入合计") ||
      contains(l, U"实际采购") || contains(l, U"实际发生"))
    return Stage::Final;
  if (contains(l, U"预算")) return Stage::Initial;
  return Stage::None;
}

Side own_side(const std::u32string& l) {
  if (contains(l, U"支出")) return Side::Spend;
  if (contains(l, U"收入")) return Side::Income;
  return Side::Unknown;
}

Scope own_scope(const std::u32string& l) {
  if (contains(l, U"三公")) return Scope::SanGong;
  if (contains(l, U"基本支出")) return Scope::Basic;
  if (contains(l, U"项目支出")) return Scope::Project;
  if (contains(l, U"公用经费")) return Scope::PublicFunds;
  if (contains(l, U"政府采购")) return Scope::Procurement;
  static const std::array<Str, 16> kComponent = {
      U"一般公共预算", U"政府性基金", U"国有资本", U"财政拨款", U"事业收入", U"经营收入", U"其他收入", U"上级补助",
      U"附属单位", U"人员经费", U"工资福利", U"商品和服务", U"对个人和家庭", U"资本性支出", U"社会保险基金", U"专项"};
  for (Str w : kComponent)
    if (contains(l, w)) return Scope::Component;
  return Scope::Total;
}

}  // namespace

MoneyRole role_of_label(const std::u32string& l) { return {own_stage(l), own_scope(l), own_side(l)}; }

RateFacts read_rate_facts(const Text& t, const std::vector<Quantity>& qs, const std::vector<Breakdown>& bs) {
  RateFacts rf;
  rf.labels.resize(qs.size());
  rf.raw.resize(qs.size());
  rf.roles.resize(qs.size());
  rf.part.assign(qs.size(), false);
  std::vector<std::size_t> total_of(qs.size(), static_cast<std::size_t>(-1));
  for (const auto& b : bs)
    for (std::size_t p : b.parts) { rf.part[p] = true; total_of[p] = b.total; }

  std::size_t prev_end = 0;
  for (std::size_t i = 0; i < qs.size(); ++i) {
    rf.raw[i] = full_label(t, qs[i], prev_end);
    rf.labels[i] = normalize_label(rf.raw[i]);
    prev_end = qs[i].end;
    if (qs[i].kind() != UnitKind::Money) continue;
    const auto& l = rf.labels[i];
    rf.roles[i] = {own_stage(l), own_scope(l), own_side(l)};
  }
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
