// Clauses → frames (see frame.h). One pass over the text for the clause boundaries, one over the
// quantities for their roles, one over the frames for subjects and lists: linear.
#include <algorithm>

#include "facts/rates.h"
#include "lexicon/label_words.h"
#include "lexicon/lexicon.h"
#include "numbers/dates.h"
#include "statements/frame.h"
#include "text/chars.h"

namespace gouji {
namespace {

using Str = std::u32string_view;
constexpr std::size_t kNo = static_cast<std::size_t>(-1);

bool kind_is_rate(UnitKind k) {
  return k == UnitKind::Percent || k == UnitKind::PercentagePoints || k == UnitKind::Multiple;
}

}  // namespace

// The label without the words that only frame a comparison (同比, 比上年, 增加, 的 …): what is
// left names the subject; empty when nothing is left but one stray character.
std::u32string naming_part(const std::u32string& l) {
  std::u32string out;
  // Inside a comparison's object ("较2022年度决算数", "比上年预算数") up to its direction word: the
  // stage or base named there is what the figure is compared with, not what it is about.
  bool comparing = false;
  for (std::size_t i = 0; i < l.size();) {
    lex::Hit h = lex::match_at(l, i);
    if (h.roles) {
      const lex::Entry* p = h.get(lex::Cls::Filler);
      if (h.get(lex::Cls::Compare)) comparing = true;
      else if (p && p->value == lex::Particle) {  // 比/较/与 + a year or 上年: a comparison
        std::size_t k = h.end;
        while (k < l.size() && chars::is_space(l[k])) ++k;
        comparing = comparing || (k < l.size() && (chars::is_digit(l[k]) || lex::match_at(l, k, lex::Cls::Prior)));
      } else if (h.get(lex::Cls::Direction)) comparing = false;
      if (comparing && (h.get(lex::Cls::Stage) || h.get(lex::Cls::Base))) {
        i = h.end;
        continue;
      }
    }
    if (h.roles && (h.get(lex::Cls::Compare) || h.get(lex::Cls::Prior) || h.get(lex::Cls::Direction) ||
                    h.get(lex::Cls::Filler) || (h.get(lex::Cls::List) && h.get(lex::Cls::List)->value == lex::Respectively))) {
      i = h.end;
      continue;
    }
    if (h.roles) {  // a word that names (一般公共预算): whole, so no filler inside it is dropped
      out.append(l, i, h.end - i);
      i = h.end;
      continue;
    }
    if (!chars::is_digit(l[i]) && !chars::is_space(l[i])) out.push_back(l[i]);
    ++i;
  }
  return out.size() < 2 ? std::u32string() : out;
}

bool compares(const std::u32string& l) {
  if (lex::has(l, lex::Cls::Compare)) return true;
  return year_in(l) != 0 && lex::has(l, lex::Cls::Filler, lex::Particle);
}

int direction_at_end(std::u32string l, std::u32string* rest) {
  if (!l.empty() && lex::marks::kLevelTo.find(l.back()) != Str::npos) return 0;  // 提高到/下降至 X: a level
  while (!l.empty() && lex::marks::kTrailing.find(l.back()) != Str::npos) l.pop_back();
  if (ends_with(l, lex::marks::kAmplitude)) l.erase(l.size() - lex::marks::kAmplitude.size());
  const lex::Entry* e = lex::match_before(l, l.size(), lex::Cls::Direction);
  if (!e) return 0;
  if (rest) *rest = l.substr(0, l.size() - e->word.size());
  return e->value == lex::Up ? 1 : -1;
}

namespace {

// "占支出总预算的" → 支出总预算; "占比" → empty (the whole is implied).
std::u32string share_of(const std::u32string& l) {
  std::size_t k = l.rfind(lex::marks::kShare);
  if (k == std::u32string::npos) return {};
  std::u32string of = l.substr(k + 1);
  // Shed "的比重", "的比例", "比": share words and fillers at the end.
  for (bool shed = true; shed && !of.empty();) {
    shed = false;
    const lex::Entry* e = lex::match_before(of, of.size(), lex::Cls::Rate);
    if (!e || e->value != lex::Share) e = lex::match_before(of, of.size(), lex::Cls::Filler);
    if (e && e->word.size() < of.size()) { of.erase(of.size() - e->word.size()); shed = true; }
  }
  // "所占比重为71.43%" / "占比例为": the rest only says it is a share — no whole is named.
  for (std::u32string_view w : lex::labels::kRateMarks)
    if (of == w) return {};
  return of;
}

// A whole that is only a budget stage or base ("年初预算", "调整预算数", "预算的", "计划"): a
// percentage "of" it is a completion rate, which may exceed 100%.
bool only_a_base(const std::u32string& of) {
  if (of.empty()) return false;
  bool any = false;
  for (std::size_t i = 0; i < of.size();) {
    lex::Hit h = lex::match_at(of, i);
    if (!h.roles) return false;
    const lex::Entry* st = h.get(lex::Cls::Stage);
    if (h.get(lex::Cls::Base) || (st && st->value != lex::CarryIn && st->value != lex::CarryOut)) any = true;
    else if (!h.get(lex::Cls::Filler) && !h.get(lex::Cls::Prior)) return false;
    i = h.end;
  }
  return any;
}

// "完成年初预算的" → 年初预算; "完成计划" → 计划; "为年初预算的" → 年初预算.
std::u32string completion_of(const std::u32string& l) {
  std::u32string of;
  std::size_t k = l.rfind(lex::marks::kCompletion);
  if (k != std::u32string::npos) of = l.substr(k + 2);
  else if (!l.empty() && lex::marks::kCopula.find(l[0]) != Str::npos) of = l.substr(1);
  else return {};
  if (!of.empty() && of.back() == lex::marks::kOf) of.pop_back();
  return only_a_base(of) ? of : std::u32string();
}

void assign_role(FrameNumber& n, const Quantity& q) {
  const std::u32string& l = n.label;
  int dir = direction_at_end(l);
  if (q.kind() == UnitKind::Score) { n.role = NumRole::Score; return; }
  if (kind_is_rate(q.kind())) {
    if (dir != 0) { n.role = NumRole::ChangeRate; n.dir = dir; return; }
    if (q.kind() != UnitKind::Percent) return;
    if (l.find(lex::marks::kShare) != std::u32string::npos) {
      n.of = share_of(l);
      if (only_a_base(n.of)) { n.role = NumRole::Completion; n.rate = lex::Completion; return; }
      n.role = NumRole::Share; n.rate = lex::Share;
      return;
    }
    if (const lex::Entry* r = lex::match_before(l, l.size(), lex::Cls::Rate)) {
      n.rate = r->value;
      if (r->value == lex::Completion || r->value == lex::Execution || r->value == lex::Payment || r->value == lex::Arrival)
        n.role = NumRole::Completion;
      else if (r->value == lex::Share)
        n.role = NumRole::Share;
      return;  // a proportion stays a Level of its rate
    }
    n.of = completion_of(l);
    if (!n.of.empty()) { n.role = NumRole::Completion; n.rate = lex::Completion; }
    return;
  }
  if (dir != 0) { n.role = NumRole::Change; n.dir = dir; return; }
  // The earlier period's level: named by a prior word ("上年支出"), or a comparison without a
  // direction ("较2022年的1000万元", "比上年的").
  if (lex::has(l, lex::Cls::Prior) || compares(l)) { n.role = NumRole::Prior; return; }
  if (const lex::Entry* b = lex::match_before(l, l.size(), lex::Cls::Base)) n.base = b->value;
  else if (const lex::Entry* b2 = lex::first(l, lex::Cls::Base)) n.base = b2->value;
}

Subject subject_of(const std::u32string& naming, const std::u32string& raw) {
  Subject s;
  s.label = naming;
  for (const lex::Hit& h : lex::scan(raw, 0, raw.size())) {
    if (auto e = h.get(lex::Cls::Stage); e && !s.stage) s.stage = e->value;
    if (auto e = h.get(lex::Cls::Scope); e && !s.scope) s.scope = e->value;
    if (auto e = h.get(lex::Cls::Side); e && !s.side) s.side = e->value;
    if (auto e = h.get(lex::Cls::Fund); e && !s.fund) s.fund = e->value;
    if (h.get(lex::Cls::Prior) && !h.get(lex::Cls::Compare)) s.prior = true;
  }
  if (!s.side && (s.scope == lex::Basic || s.scope == lex::Project)) s.side = lex::Spend;
  return s;
}

// What a label says of its period, read once left to right: the year it names ("2024年支出"), the
// year a comparison in it names ("较2022年的", "与2019年相比"), a span of years ("2024—2026年",
// "2024年至2026年": no one year's level), and the words 上年 (not 比上年) and 本年 (lexicon).
struct LabelPeriod {
  int own = 0, compared = 0;
  bool span = false, prior = false, current = false;
  bool comparing = false;  // 比上年/较上年/较2022年…: the label compares with an earlier period
};

bool range_mark(char32_t c) {
  return c == U'-' || c == U'—' || c == U'–' || c == U'－' || c == U'~' || c == U'～' || c == U'至' || c == U'到';
}

LabelPeriod label_period(const std::u32string& l) {
  LabelPeriod p;
  bool comparing = false;
  for (std::size_t i = 0; i < l.size();) {
    std::size_t end = i;
    if (int y = read_year(l, i, end, {true, true, 2100})) {
      bool span = (i >= 2 && range_mark(l[i - 1]) && (chars::is_digit(l[i - 2]) || l[i - 2] == U'年' || l[i - 2] == U'度')) ||
                  (end + 1 < l.size() && range_mark(l[end]) && chars::is_digit(l[end + 1]));
      if (span) p.span = true;
      else if (comparing) { if (!p.compared) p.compared = y; }
      else if (!p.own) p.own = y;
      i = end;
      continue;
    }
    lex::Hit h = lex::match_at(l, i);
    if (!h.roles) { ++i; continue; }
    const lex::Entry* fl = h.get(lex::Cls::Filler);
    if (const lex::Entry* cmp = h.get(lex::Cls::Compare)) {
      comparing = true;  // 比年初/环比 compare within the year: no earlier year's figure
      p.comparing = p.comparing || cmp->value != lex::InYear;
    }
    else if (fl && fl->value == lex::Particle) {  // 比/较/与 + a year or 上年
      std::size_t k = h.end;
      while (k < l.size() && chars::is_space(l[k])) ++k;
      if (k < l.size() && (chars::is_digit(l[k]) || lex::match_at(l, k, lex::Cls::Prior))) comparing = p.comparing = true;
    } else if (h.get(lex::Cls::Prior)) {
      if (!comparing) p.prior = true;
    } else if (h.get(lex::Cls::Current)) {
      p.current = true;
    } else if (h.get(lex::Cls::Direction)) {
      comparing = false;
    }
    i = h.end;
  }
  return p;
}

bool clause_sep(char32_t c) {
  return chars::is_sentence_end(c) || c == U'，' || c == U',' || c == U'：' || c == U':' || c == U'\t';
}

}  // namespace

std::string_view role_name(NumRole r) {
  switch (r) {
    case NumRole::Level: return "level";
    case NumRole::Change: return "change";
    case NumRole::ChangeRate: return "change_rate";
    case NumRole::Prior: return "prior";
    case NumRole::Share: return "share";
    case NumRole::Completion: return "completion";
    case NumRole::Target: return "target";
    case NumRole::Count: return "count";
    case NumRole::Score: return "score";
    case NumRole::Base: return "base";
  }
  return "level";
}

const FrameNumber* Statements::find(std::size_t f, NumRole r) const {
  const Frame& fr = frames[f];
  for (std::size_t k = fr.first; k < fr.first + fr.count; ++k)
    if (numbers[k].role == r) return &numbers[k];
  return nullptr;
}

namespace {

// Parallel lists ("各减少1267.86、2570.97万元，各下降23.51%、38.28%"): a number with no words
// of its own continues the list before it — in its clause, or, after a unitless number of a
// 各/分别 clause, in the next clause — and takes that item's role.
void continue_lists(const std::u32string& s, const std::vector<Quantity>& qs, std::size_t begin, std::size_t end,
                    Frame& fr, Statements& st) {
  Str clause(s.data() + begin, end - begin);
  for (const lex::Hit& hit : lex::scan(clause, 0, clause.size()))
    if (auto e = hit.get(lex::Cls::List); e && e->value == lex::Respectively) fr.respectively = true;
  const FrameNumber* prev = nullptr;
  if (!st.frames.empty() && begin > 0 && !chars::is_sentence_end(s[begin - 1])) {
    const Frame& pf = st.frames.back();
    const FrameNumber& last = st.numbers[pf.first + pf.count - 1];
    if (pf.respectively && qs[last.q].kind() == UnitKind::None && pf.paragraph == fr.paragraph)
      prev = &last;
  }
  for (std::size_t k = fr.first; k < st.numbers.size(); ++k) {
    FrameNumber& n = st.numbers[k];
    const FrameNumber* p = k > fr.first ? &st.numbers[k - 1] : prev;
    if (!p || !n.label.empty() || (p->role != NumRole::Change && p->role != NumRole::ChangeRate && p->role != NumRole::Level))
      continue;
    if (kind_is_rate(qs[n.q].kind()) != kind_is_rate(qs[p->q].kind()) && qs[p->q].kind() != UnitKind::None) continue;
    if (p->role == NumRole::Level && k > fr.first) continue;  // two levels side by side need no help
    n.role = p->role;
    n.dir = p->dir;
    if (k == fr.first) fr.respectively = true;
  }
}

// "完成年初预算数60999万元的40.4%", "占支出总额500万元的20%": the figure is the rate's base.
void mark_rate_bases(const std::vector<Quantity>& qs, const Frame& fr, Statements& st) {
  for (std::size_t k = fr.first + 1; k < st.numbers.size(); ++k) {
    FrameNumber& rate = st.numbers[k];
    FrameNumber& base = st.numbers[k - 1];
    if (qs[rate.q].kind() != UnitKind::Percent || !(rate.label.empty() || rate.label == std::u32string(1, lex::marks::kOf))) continue;
    if (kind_is_rate(qs[base.q].kind()) || base.role != NumRole::Level) continue;
    bool share = !base.label.empty() && base.label[0] == lex::marks::kShare;
    std::u32string of = completion_of(base.label);
    if (!share && of.empty()) continue;
    rate.role = share ? NumRole::Share : NumRole::Completion;
    rate.rate = share ? lex::Share : lex::Completion;
    rate.of = share ? base.label.substr(1) : of;
    rate.base_q = base.q;
    base.role = NumRole::Base;
  }
}

// The frame of the clause [begin, end) with the quantities from qi on that start in it; qi
// moves past them. No frame when the clause holds none.
void close_clause(const Text& t, const std::vector<Quantity>& qs, std::size_t begin, std::size_t end, std::size_t& qi,
                  Statements& st, std::vector<LabelPeriod>& periods) {
  std::size_t first_q = qi;
  while (qi < qs.size() && qs[qi].start < end) ++qi;
  if (qi == first_q) return;
  Frame fr;
  fr.paragraph = line_begin(t, qs[first_q].start);
  fr.begin = begin;
  fr.end = end;
  fr.first = st.numbers.size();
  for (std::size_t k = first_q; k < qi; ++k) {
    FrameNumber n;
    n.q = k;
    std::size_t from = k == first_q ? begin : std::max<std::size_t>(begin, qs[k - 1].end);
    std::u32string raw = full_label(t, qs[k], from);
    periods.push_back(label_period(raw));
    n.label = normalize_label(std::move(raw));
    assign_role(n, qs[k]);
    st.frame_of[k] = st.frames.size();
    st.number_of[k] = st.numbers.size();
    st.numbers.push_back(std::move(n));
  }
  fr.count = st.numbers.size() - fr.first;
  continue_lists(t.chars(), qs, begin, end, fr, st);
  mark_rate_bases(qs, fr, st);
  st.frames.push_back(std::move(fr));
}

// Clauses → frames: split at separators outside the numbers ("30,161" is one number, not two
// clauses); each clause holding numbers becomes a frame.
void read_clauses(const Text& t, const std::vector<Quantity>& qs, Statements& st, std::vector<LabelPeriod>& periods) {
  const std::u32string& s = t.chars();
  std::size_t qi = 0, begin = 0;
  std::size_t nk = 0;  // the first quantity not yet passed (monotonic: linear)
  for (std::size_t i = 0; i < s.size();) {
    while (nk < qs.size() && qs[nk].end <= i) ++nk;
    if (nk < qs.size() && qs[nk].start <= i) { i = qs[nk].end; continue; }  // inside a number
    if (clause_sep(s[i])) {
      close_clause(t, qs, begin, i, qi, st, periods);
      begin = i + 1;
    }
    ++i;
  }
  close_clause(t, qs, begin, s.size(), qi, st, periods);
}

// The periods of frame f and of its numbers (frame.h: Frame::year, FrameNumber::year/than). 上年 is
// the year before its paragraph's (else the report year); 本年 the report year; a span of years is
// no one year; a clause naming no period continues its paragraph's.
void resolve_years(Statements& st, std::size_t f, bool continues, const std::vector<LabelPeriod>& periods,
                   int& para_year) {
  Frame& fr = st.frames[f];
  if (!continues) para_year = 0;
  const int anchor = para_year ? para_year : st.report_year;
  const int current = st.report_year ? st.report_year : para_year;
  const LabelPeriod& hp = periods[fr.first];
  if (hp.own) fr.year = hp.own;
  else if (hp.span) fr.year = 0;
  else if (hp.prior && anchor) fr.year = anchor - 1;
  else if (hp.current && current) fr.year = current;
  else fr.year = continues ? st.frames[f - 1].year : 0;
  if (hp.own || (hp.current && current)) para_year = fr.year;
  for (std::size_t k = fr.first; k < fr.first + fr.count; ++k) {
    const LabelPeriod& p = periods[k];
    FrameNumber& n = st.numbers[k];
    if (p.span) n.year = kSpan;
    else if (p.own) n.year = p.own;
    else if (n.role == NumRole::Prior && p.compared) n.year = p.compared;
    else if (n.role == NumRole::Prior && (p.prior || p.comparing)) {
      int base = p.comparing && fr.year ? fr.year : anchor;  // 比上年的: before its clause's year
      if (base) n.year = base - 1;
    } else if (p.current && current) n.year = current;
    if (n.role == NumRole::Change || n.role == NumRole::ChangeRate) n.than = p.compared;
    fr.compare = fr.compare || p.comparing;
  }
  if (fr.own_subject) fr.subject.year = fr.year;
}

// Subjects, sentence/paragraph/section/table, and 其中 lists.
void assign_subjects(const Text& t, const std::vector<Quantity>& qs, const Document& doc, Statements& st,
                     const std::vector<LabelPeriod>& periods) {
  const std::u32string& s = t.chars();
  const auto& hs = doc.headings;
  const auto& ts = doc.tables;
  std::size_t list_total = kNo, list_sentence = kNo;
  std::size_t cursor = 0, sentence = 0;  // sentence starts found walking forward once: linear
  // A bracket spanning clauses ("公车购置及运行费995万元（其中购置费38万元，运行费958万元），比上年
  // 下降26.24%"): the clause after it continues the figure the bracket qualifies, not its last part.
  std::size_t open_frame = kNo, closed_owner = kNo, closed_at = kNo;
  int para_year = 0;  // the paragraph's latest own (not 上年) year: what its 上年 is the year before
  for (std::size_t f = 0; f < st.frames.size(); ++f) {
    Frame& fr = st.frames[f];
    const FrameNumber& head = st.numbers[fr.first];
    const Quantity& q0 = qs[head.q];
    for (; cursor < q0.start && cursor < s.size(); ++cursor)
      if (chars::is_sentence_end(s[cursor])) sentence = cursor + 1;
    fr.sentence = sentence;
    fr.paragraph = line_begin(t, q0.start);
    auto h = std::partition_point(hs.begin(), hs.end(), [&](const Heading& x) { return x.marker_start <= q0.start; });
    if (h != hs.begin()) fr.section = static_cast<std::size_t>(h - hs.begin()) - 1;
    auto tb = std::partition_point(ts.begin(), ts.end(), [&](const Table& x) { return x.start <= q0.start; });
    if (tb != ts.begin() && q0.start < std::prev(tb)->end) fr.table = static_cast<std::size_t>(tb - ts.begin()) - 1;
    Str clause(s.data() + fr.begin, fr.end - fr.begin);
    for (const lex::Hit& hit : lex::scan(clause, 0, clause.size())) {
      if (hit.get(lex::Cls::Compare)) fr.compare = true;
      if (auto e = hit.get(lex::Cls::Direction); e && !fr.direction) fr.direction = e->value == lex::Up ? 1 : -1;
    }
    // The clause's own subject: its head number's label, less the words that only frame a change.
    std::u32string raw = full_label(t, q0, fr.begin);
    std::u32string lead = normalize_label(raw);
    bool intro = false;
    if (const lex::Entry* e = lex::match_at(lead, 0, lex::Cls::List); e && e->value == lex::Intro) {
      intro = true;
      lead.erase(0, e->word.size());
    }
    // "…，其中：" closing the previous clause also opens a list.
    if (fr.begin >= 1 && f > 0) {
      std::size_t b = fr.begin - 1;  // the separator
      while (b > st.frames[f - 1].end && chars::is_space(s[b - 1])) --b;  // "其中 :" in spaced-out text
      if (const lex::Entry* e = lex::match_before(Str(s.data(), b), b, lex::Cls::List);
          e && e->value == lex::Intro && b - e->word.size() >= st.frames[f - 1].end &&
          (b == e->word.size() || clause_sep(s[b - e->word.size() - 1]) || chars::is_space(s[b - e->word.size() - 1])))
        intro = true;
    }
    // A share or completion clause names its whole or base, not a subject ("占支出总预算8.5%",
    // "完成年初预算的96%", "支付率95%"): only the words before those do.
    if (head.role == NumRole::Share || head.role == NumRole::Completion || head.role == NumRole::Base) {
      std::size_t cut = lead.rfind(lex::marks::kShare);
      if (cut == std::u32string::npos) cut = lead.rfind(lex::marks::kCompletion);
      if (cut == std::u32string::npos && !lead.empty() && lex::marks::kCopula.find(lead[0]) != Str::npos) cut = 0;
      if (cut == std::u32string::npos)
        if (const lex::Entry* r = lex::match_before(lead, lead.size(), lex::Cls::Rate)) cut = lead.size() - r->word.size();
      if (cut != std::u32string::npos) lead.erase(cut);
      if (only_a_base(lead)) lead.clear();  // "预算执行率": 预算 is what it is of
    }
    std::u32string naming = naming_part(lead);
    bool continues = f > 0 && st.frames[f - 1].paragraph == fr.paragraph;
    if (list_total != kNo && (fr.sentence != list_sentence || !continues)) list_total = kNo;
    if (intro && continues) {
      list_total = st.frames[f - 1].subject_frame;
      list_sentence = fr.sentence;
    }
    if (!naming.empty() || !continues) {
      fr.own_subject = true;
      fr.subject_frame = f;
      fr.subject = subject_of(naming, raw);
      fr.list_part = list_total != kNo;
    } else {
      const Frame& prev = st.frames[closed_at == f - 1 && closed_owner != kNo ? closed_owner : f - 1];
      fr.subject_frame = prev.subject_frame;
      fr.subject = st.frames[prev.subject_frame].subject;
    }
    fr.list_total = list_total;
    {
      int depth = 0, low = 0;
      for (std::size_t k = fr.begin; k < fr.end; ++k) {
        if (s[k] == U'(' || s[k] == U'（') ++depth;
        if (s[k] == U')' || s[k] == U'）') low = std::min(low, --depth);
      }
      if (low < 0 && open_frame != kNo && st.frames[open_frame].paragraph == fr.paragraph) {
        closed_owner = open_frame;
        closed_at = f;
      }
      if (low < 0) open_frame = kNo;
      if (depth > low) open_frame = f;
    }
    resolve_years(st, f, continues, periods, para_year);
    // "较上年增长0.24%，增加2.4万元": a change clause continuing a comparison in its sentence, with
    // its subject, is against the same earlier period.
    if (!fr.compare && !fr.own_subject && fr.sentence == st.frames[f - 1].sentence && st.frames[f - 1].compare &&
        (head.role == NumRole::Change || head.role == NumRole::ChangeRate))
      fr.compare = true;
  }
}

// "比上年40万元增加5万元，差旅费支出达到45万元": clauses that name no subject and state no level
// (a prior, a change, a rate) lead into the clause of their sentence that names the subject and
// states its level; they are about that subject.
void lead_into_subjects(Statements& st) {
  for (std::size_t f = 0; f < st.frames.size();) {
    Frame& fr = st.frames[f];
    if (!fr.own_subject || !fr.subject.label.empty() || fr.list_part) { ++f; continue; }
    std::size_t g = f;
    bool leads = true;  // no level in the run, and something a level would be compared with
    bool compared = false;
    for (; g < st.frames.size() && st.frames[g].subject_frame == f && st.frames[g].sentence == fr.sentence; ++g)
      for (std::size_t k = st.frames[g].first; k < st.frames[g].first + st.frames[g].count; ++k) {
        NumRole r = st.numbers[k].role;
        leads = leads && r != NumRole::Level && r != NumRole::Share && r != NumRole::Completion && r != NumRole::Base;
        compared = compared || r == NumRole::Prior || r == NumRole::Change || r == NumRole::ChangeRate;
      }
    if (g >= st.frames.size() || !leads || !compared) { f = std::max(g, f + 1); continue; }
    const Frame& named = st.frames[g];
    if (!named.own_subject || named.subject.label.empty() || named.sentence != fr.sentence ||
        named.paragraph != fr.paragraph || named.list_part || !st.find(g, NumRole::Level)) {
      f = g;
      continue;
    }
    for (std::size_t k = f; k < g; ++k) {
      st.frames[k].own_subject = false;
      st.frames[k].subject_frame = g;
      st.frames[k].subject = named.subject;
    }
    f = g + 1;
  }
}

// Chains: maximal runs of frames carrying one subject.
void link_chains(Statements& st) {
  st.chains.resize(st.frames.size());
  for (std::size_t f = 0; f < st.frames.size();) {
    std::size_t g = f;
    while (g + 1 < st.frames.size() && st.frames[g + 1].subject_frame == st.frames[f].subject_frame) ++g;
    for (std::size_t k = f; k <= g; ++k) st.chains[k] = {f, g};
    f = g + 1;
  }
}

}  // namespace

Statements read_statements(const Text& t, const std::vector<Quantity>& qs, const Document& doc, int report_year) {
  Statements st;
  st.report_year = report_year;
  st.frame_of.assign(qs.size(), kNo);
  st.number_of.assign(qs.size(), kNo);
  // At most one frame number per quantity: reserved once, so the vector never holds a doubled
  // copy at its peak (issue 16: a dense text has a number every few bytes).
  st.numbers.reserve(qs.size());
  std::vector<LabelPeriod> periods;  // per FrameNumber
  periods.reserve(qs.size());
  read_clauses(t, qs, st, periods);
  assign_subjects(t, qs, doc, st, periods);
  lead_into_subjects(st);
  link_chains(st);
  return st;
}

}  // namespace gouji
