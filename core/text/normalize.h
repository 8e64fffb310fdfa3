#pragma once
// The reading copy of a report. Scraped, PDF-converted and 繁体 mirror text is read as the words
// mean it: traditional characters as simplified (t2s.h), full-width figures (４.６８％, from OCR and
// some converters) as half-width, the pinyin a mirror site inserts after a
// character ("預(yù)算") dropped, hard line breaks that stop mid-clause joined and page numbers
// and running headers dropped (pdf_join.h), spaces that a PDF puts inside numbers, between a
// number and its unit and between the letters of a spaced-out heading removed (spacing.h).
// Every later stage reads `text`; `origin` maps each of its indices back into the user's text,
// so findings highlight what the user pasted, and `runs` says where the reading changed it.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/pdf_join.h"

namespace gouji {

enum class NormKind { T2S, Pinyin, Space, Join, DroppedLine, Width };
std::string_view norm_kind_name(NormKind k);  // "t2s", "pinyin", "space", "join", "dropped-line", "width"

// Where the reading differs from the original: [start, end) in the original, merged into runs.
struct NormRun {
  NormKind kind;
  std::size_t start, end;
};

struct Normalized {
  std::u32string text;              // what the readers see (a copy only when `changed`)
  std::vector<std::size_t> origin;  // origin[i] = index in the original of text[i]; size text+1
  std::vector<NormRun> runs;        // sorted by start
  bool changed = false;
  bool simplified = false;          // the text was read as 繁体
  OriginMap map() const { return OriginMap{origin}; }
};

Normalized normalize_text(const std::u32string& original);

// A draft of the reading copy: each stage reads one and writes the next, keeping every
// character's index in the original. The original is read in place until a stage changes it (most
// reports need no repair: no copy).
struct Draft {
  const std::u32string& text() const { return rewritten ? copy : *original; }
  void rewrite(std::u32string t) {
    copy = std::move(t);
    rewritten = true;
  }
  std::u32string copy;              // the draft once `rewritten`
  bool rewritten = false;
  std::vector<std::size_t> origin;  // size text+1; empty = identity
  std::vector<NormRun> runs;
  std::size_t last_of_kind[6] = {kNoRun, kNoRun, kNoRun, kNoRun, kNoRun, kNoRun};  // index in runs, by NormKind
  static constexpr std::size_t kNoRun = static_cast<std::size_t>(-1);
  const std::u32string* original = nullptr;  // runs of t2s and pinyin never cross its lines
  std::size_t at(std::size_t i) const { return origin.empty() ? i : origin[i]; }
  void note(NormKind k, std::size_t b, std::size_t e);  // b, e: original indices
};

// The stages, in order. Each returns false (and leaves `d` alone) when it changes nothing.
bool read_script(Draft& d, bool& simplified);  // pinyin stripped, 繁体 read as 简体, ０-９ as 0-9 (script.cpp)
bool join_lines(Draft& d);                     // PDF soft breaks, page numbers, running headers
bool read_spacing(Draft& d);                   // spaces in numbers, before units, inside words

}  // namespace gouji
