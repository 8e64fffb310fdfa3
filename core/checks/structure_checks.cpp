// F: heading numbering (R70 sequence, R71 style switch / reuse, R72 first heading unnumbered) and
// inline ordinals (R73 一是…二是…). Warnings: they cost a reviewer's trust, not money.
#include <map>

#include <algorithm>

#include "checks/check.h"
#include "lexicon/heading_words.h"
#include "text/chars.h"

namespace gouji {
namespace {

// Nothing but blank space before `at`: the text opens with it.
bool starts_text(const Text& t, std::size_t at) {
  for (std::size_t i = 0; i < at; ++i)
    if (!chars::is_space(t.at(i)) && t.at(i) != U'\n') return false;
  return true;
}

std::string marker_text(MarkerStyle s, int n) {
  static const char* han[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
                              "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};
  std::string h = n >= 0 && n <= 20 ? han[n] : std::to_string(n);
  std::string d = std::to_string(n);
  switch (s) {
    case MarkerStyle::Part: return "第" + h + "部分";
    case MarkerStyle::HanComma: return h + "、";
    case MarkerStyle::HanParen: return "（" + h + "）";
    case MarkerStyle::ArabicDot: return d + ".";
    case MarkerStyle::ArabicParen: return "（" + d + "）";
    case MarkerStyle::Circled: return d;
    case MarkerStyle::Unnumbered: return "";
  }
  return d;
}

Span heading_span(const Heading& h, bool primary) { return {h.marker_start, h.end, primary}; }

// Unnumbered title lines standing between two positions: the likely missing heading.
// (Headings are in text order: start at the first one at `from`, not at the top — a scan over
// every heading per gap was quadratic on 10^5 headings.)
const Heading* unnumbered_between(const std::vector<Heading>& hs, std::size_t from, std::size_t to) {
  auto it = std::partition_point(hs.begin(), hs.end(), [from](const Heading& h) { return h.marker_start < from; });
  for (; it != hs.end() && it->marker_start < to; ++it)
    if (it->style == MarkerStyle::Unnumbered) return &*it;
  return nullptr;
}

}  // namespace

void check_heading_numbering(const Facts& f, DocumentResult& out) {
  const auto& hs = f.doc.headings;
  // Numbered siblings in order, per parent.
  std::map<std::size_t, std::vector<std::size_t>> by_parent;
  for (std::size_t i = 0; i < hs.size(); ++i)
    if (hs[i].style != MarkerStyle::Unnumbered) by_parent[hs[i].parent].push_back(i);

  for (const auto& [parent, kids] : by_parent) {
    std::map<MarkerStyle, std::size_t> last_of_style;  // previous sibling of each style
    for (std::size_t k = 0; k < kids.size(); ++k) {
      const Heading& h = hs[kids[k]];
      const Heading* prev_any = k > 0 ? &hs[kids[k - 1]] : nullptr;
      auto it = last_of_style.find(h.style);
      const Heading* prev = it == last_of_style.end() ? nullptr : &hs[it->second];
      last_of_style[h.style] = kids[k];

      if (!prev) {
        // First of its style under this parent.
        if (prev_any && prev_any->style != h.style && h.number == prev_any->number + 1) {
          auto fd = make_finding("R71",
              {"编号样式中途改变：“" + prev_any->marker + "”之后是“" + h.marker + "”，同级标题应统一为“" +
                   marker_text(prev_any->style, h.number) + "”",
               "Numbering style changes mid-sequence: \"" + prev_any->marker + "\" is followed by \"" + h.marker +
                   "\"; siblings should use \"" + marker_text(prev_any->style, h.number) + "\""},
              {heading_span(h, true), heading_span(*prev_any, false)});
          fd.fixes.push_back({{h.marker_start, h.marker_end, true}, marker_text(prev_any->style, h.number)});
          out.findings.push_back(std::move(fd));
        } else if (h.number > 1) {
          const Heading* un = unnumbered_between(hs, parent == kNone ? 0 : hs[parent].marker_start, h.marker_start);
          if (parent == kNone && h.style == MarkerStyle::HanComma && un) {
            auto fd = make_finding("R72",
                {"一级标题从“" + h.marker + "”开始：前面的“" + un->title + "”没有编号，应为“一、" + un->title + "”",
                 "First-level headings start at \"" + h.marker + "\": the earlier \"" + un->title +
                     "\" has no number; it should read \"一、" + un->title + "\""},
                {{un->marker_start, un->end, true}, heading_span(h, false)});
            fd.fixes.push_back({{un->marker_start, un->marker_start, true}, "一、"});
            out.findings.push_back(std::move(fd));
          } else if (!(parent == kNone && (starts_text(f.text, h.marker_start) || f.kind.starts_mid))) {
            // (An excerpt that opens with "（三）…", or any page 2…n of a longer report — a page
            // number or a continuation on top, no title — was cut from it: nothing is missing.)
            out.findings.push_back(make_finding("R70",
                {"编号从“" + h.marker + "”开始，缺少“" + marker_text(h.style, 1) + "”",
                 "Numbering starts at \"" + h.marker + "\"; \"" + marker_text(h.style, 1) + "\" is missing"},
                {heading_span(h, true)}));
          }
        }
        continue;
      }
      if (h.number == prev->number + 1) continue;
      if (h.number == 1 && prev->number > 1) {
        // "2.部门年度绩效目标" then "1.数量指标": one style used for two nesting levels.
        out.findings.push_back(make_finding("R71",
            {"同一编号样式用于两个层级：“" + prev->marker + prev->title + "”之后重新从“" + h.marker +
                 "”编号，下级标题应换用其他样式（如“（1）”）",
             "One numbering style is used for two levels: after \"" + prev->marker + prev->title +
                 "\" numbering restarts at \"" + h.marker + "\"; sub-headings should use another style such as \"（1）\""},
            {heading_span(h, true), heading_span(*prev, false)}));
        continue;
      }
      if (h.number == prev->number) {
        out.findings.push_back(make_finding("R70",
            {"编号重复：“" + h.marker + "”出现两次", "Repeated number: \"" + h.marker + "\" appears twice"},
            {heading_span(h, true), heading_span(*prev, false)}));
        continue;
      }
      if (h.number > prev->number + 1) {
        std::string missing_zh, missing_en;
        for (int n = prev->number + 1; n < h.number && n < prev->number + 6; ++n) {
          missing_zh += "“" + marker_text(h.style, n) + "”";
          missing_en += (missing_en.empty() ? "\"" : ", \"") + marker_text(h.style, n) + "\"";
        }
        auto fd = make_finding("R70",
            {"编号不连续：“" + prev->marker + "”之后是“" + h.marker + "”，缺少" + missing_zh,
             "Numbering skips: \"" + prev->marker + "\" is followed by \"" + h.marker + "\"; missing " + missing_en},
            {heading_span(h, true), heading_span(*prev, false)});
        if (const Heading* un = unnumbered_between(hs, prev->marker_start, h.marker_start);
            un && h.number == prev->number + 2) {
          fd.spans.push_back({un->marker_start, un->end, false});
          fd.hint = {"“" + un->title + "”没有编号，可能就是缺少的“" + marker_text(h.style, prev->number + 1) + "”",
                     "\"" + un->title + "\" has no number; it is probably the missing \"" +
                         marker_text(h.style, prev->number + 1) + "\""};
          fd.fixes.push_back({{un->marker_start, un->marker_start, true}, marker_text(h.style, prev->number + 1)});
        }
        out.findings.push_back(std::move(fd));
        continue;
      }
      out.findings.push_back(make_finding("R70",
          {"编号顺序错乱：“" + prev->marker + "”之后是“" + h.marker + "”",
           "Numbering out of order: \"" + prev->marker + "\" is followed by \"" + h.marker + "\""},
          {heading_span(h, true), heading_span(*prev, false)}));
    }
  }
}

void check_inline_ordinals(const Facts& f, DocumentResult& out) {
  const auto& os = f.doc.ordinals;
  for (std::size_t i = 0; i < os.size(); ++i) {
    const InlineOrdinal& o = os[i];
    if (o.is_last_word) continue;
    // The previous ordinal in the same paragraph, if any.
    const InlineOrdinal* prev = nullptr;
    for (std::size_t k = i; k-- > 0;) {
      if (os[k].paragraph != o.paragraph) break;
      if (!os[k].is_last_word) { prev = &os[k]; break; }
    }
    if (!prev) {
      if (o.number > 1) {
        // A list that starts at 二是 is usually a paragraph broken in two; only flag 三是 and later.
        if (o.number > 2)
          out.findings.push_back(make_finding("R73",
              {"列举从“" + o.text + "”开始，前面缺少“一是”", "The enumeration starts at \"" + o.text + "\"; \"一是\" is missing"},
              {{o.start, o.end, true}}));
      }
      continue;
    }
    if (o.number == prev->number + 1) continue;
    std::string next = marker_text(MarkerStyle::HanComma, prev->number + 1);
    next = next.substr(0, next.size() - std::string("、").size()) + "是";  // "六、" → "六是"
    bool repeat = o.number == prev->number;
    auto fd = make_finding("R73",
        {repeat ? "列举序号重复：“" + o.text + "”出现两次，后一个应为“" + next + "”"
                : "列举序号不连续：“" + prev->text + "”之后是“" + o.text + "”，应为“" + next + "”",
         repeat ? "Repeated enumeration word: \"" + o.text + "\" appears twice; the second should be \"" + next + "\""
                : "Enumeration skips: \"" + prev->text + "\" is followed by \"" + o.text + "\"; expected \"" + next + "\""},
        {{o.start, o.end, true}, {prev->start, prev->end, false}});
    if (o.text.size() == prev->text.size() && from_utf8_lossy(o.text).find(lex::headings::kOrdinalIs) != std::u32string::npos) fd.fixes.push_back({{o.start, o.end, true}, next});
    out.findings.push_back(std::move(fd));
  }
}

}  // namespace gouji
