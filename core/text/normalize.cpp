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
  }
  return "";
}

// Runs, not characters: a change next to (or two characters from) the last one of its kind
// extends it, so "財政撥款" is one t2s run and "项 目 基 本" one space run.
void Draft::note(NormKind k, std::size_t b, std::size_t e) {
  if (e <= b) e = b + 1;
  std::size_t gap = k == NormKind::T2S || k == NormKind::Space ? 2 : 0;
  if (!runs.empty() && runs.back().kind == k && b >= runs.back().start && b <= runs.back().end + gap) {
    runs.back().end = std::max(runs.back().end, e);
    return;
  }
  runs.push_back({k, b, e});
}

Normalized normalize_text(const std::u32string& original) {
  Normalized out;
  Draft d;
  d.text = original;
  bool changed = false;
  changed |= read_script(d, out.simplified);
  changed |= join_lines(d);
  changed |= read_spacing(d);
  if (!changed) return out;
  out.changed = true;
  out.text = std::move(d.text);
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
