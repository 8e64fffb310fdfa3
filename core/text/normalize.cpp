#include "text/normalize.h"

#include <algorithm>

namespace gouji {

std::string_view norm_kind_name(NormKind k) {
  switch (k) {
    case NormKind::T2S: return "t2s";
    case NormKind::Pinyin: return "pinyin";
    case NormKind::Space: return "space";
    case NormKind::Join: return "join";
    case NormKind::DroppedLine: return "dropped-line";
    case NormKind::Width: return "width";
  }
  return "";
}

// Runs, not characters: a change next to (or a few characters from) the last one of its kind
// extends it, so "財政撥款" is one t2s run even with "(bō)" inside, "项 目 基 本" one space run.
void Draft::note(NormKind k, std::size_t b, std::size_t e) {
  if (e <= b) e = b + 1;
  // t2s and pinyin alternate in a mirror's words ("財(cái)政撥(bō)款"): each kind's run
  // reaches over the other's, within a line.
  bool script = k == NormKind::T2S || k == NormKind::Pinyin || k == NormKind::Width;
  std::size_t gap = script ? 8 : k == NormKind::Space ? 2 : 0;
  std::size_t& last = last_of_kind[static_cast<int>(k)];
  bool same_line = true;
  if (script && original && last != kNoRun)
    for (std::size_t i = runs[last].end; i < b && i < original->size(); ++i) same_line = same_line && (*original)[i] != U'\n';
  if (last != kNoRun && same_line && b >= runs[last].start && b <= runs[last].end + gap) {
    runs[last].end = std::max(runs[last].end, e);
    return;
  }
  last = runs.size();
  runs.push_back({k, b, e});
}

Normalized normalize_text(const std::u32string& original) {
  Normalized out;
  Draft d;
  d.original = &original;
  bool changed = false;
  changed |= read_script(d, out.simplified);
  changed |= join_lines(d);
  changed |= read_spacing(d);
  if (!changed) return out;
  out.changed = true;
  out.text = std::move(d.copy);
  if (d.origin.empty()) {  // only 1:1 changes (t2s): the identity map
    out.origin.resize(out.text.size() + 1);
    for (std::size_t i = 0; i < out.origin.size(); ++i) out.origin[i] = i;
  } else {
    out.origin = std::move(d.origin);
  }
  out.runs = std::move(d.runs);
  std::stable_sort(out.runs.begin(), out.runs.end(), [](const NormRun& a, const NormRun& b) { return a.start < b.start; });
  return out;
}

}  // namespace gouji
