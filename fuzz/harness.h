#pragma once
// One entry point per fuzz target, shared by the libFuzzer targets (fuzz/*_fuzz.cpp) and by the
// doctest that replays every input ever found (tests/core/hostile/regressions_test.cpp), so a
// saved reproducer always runs exactly the code that failed. Each returns "" when every
// invariant held, else what went wrong; a crash is a crash either way.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analyze.h"
#include "docx/docx_reader.h"
#include "docx/inflate.h"
#include "text/decode.h"
#include "text/text.h"

#ifdef GOUJI_HARNESS_WITH_CLI
#include <sstream>

#include "cli/text_output.h"
#endif

namespace gouji::harness {

// What every face relies on: spans inside the text, start <= end, a message for each finding,
// and JSON that serialises in both languages.
inline std::string check_document(const AnalyzedDocument& doc) {
  const std::size_t n = doc.text.size();
  for (const auto& f : doc.result.findings) {
    if (f.rule.empty()) return "finding without a rule id";
    if (f.message.zh.empty()) return "finding " + f.rule + " without a message";
    for (const auto& s : f.spans)
      if (s.start > s.end || s.end > n) return "finding " + f.rule + ": span outside the text";
    for (const auto& x : f.fixes)
      if (x.span.start > x.span.end || x.span.end > n) return "finding " + f.rule + ": fix span outside the text";
  }
  for (const auto& m : doc.result.metrics)
    for (const auto& s : m.spans)
      if (s.start > s.end || s.end > n) return "metric " + m.name + ": span outside the text";
  std::string json = dump_json(report_json({doc}, Lang::Zh));
  if (json.size() < 2 || json.front() != '{' || json.back() != '}') return "report JSON";
  dump_json(report_json({doc}, Lang::En));
  return {};
}

// bytes → text: encoding detection, decoding, line ends, positions.
inline std::string run_decode(std::string_view bytes) {
  Decoded d = decode(bytes);
  for (std::size_t i = 0; i < d.replaced_at.size(); ++i) {
    if (d.replaced_at[i] >= d.text.size()) return "replaced_at outside the text";
    if (i > 0 && d.replaced_at[i - 1] >= d.replaced_at[i]) return "replaced_at not ascending";
  }
  for (char32_t c : d.text) {
    if (c == U'\r') return "CR left in the decoded text";
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return "decoded text holds a non-scalar value";
  }
  if (d.encoding.empty()) return "no encoding named";
  Text text(std::move(d.text));
  std::size_t prev = 0;
  for (std::size_t i = 0; i <= text.size(); i += 1 + text.size() / 64) {
    std::size_t u = text.utf16(i);
    if (u < prev) return "UTF-16 offsets not monotonic";
    prev = u;
    LineCol lc = text.line_col(i);
    if (lc.line < 1 || lc.column < 1) return "line/column not 1-based";
  }
  to_utf8(text.chars());
  return {};
}

// The pipeline on text (the page's analyze(text)), its JSON, and (in the fuzzer) the CLI's text
// output, which quotes the line around each finding.
inline std::string run_text(std::string_view utf8) {
  AnalyzedDocument doc = analyze_text(utf8, {});
  std::string err = check_document(doc);
#ifdef GOUJI_HARNESS_WITH_CLI
  std::ostringstream out;
  cli::print_text(out, {doc}, Lang::Zh, /*color=*/false);
  cli::top_finding(doc, Lang::En);
#endif
  return err;
}

// analyze_bytes: the CLI's and a dropped file's entry point (dispatch .docx / text, E01–E05).
inline std::string run_bytes(std::string_view bytes) { return check_document(analyze_bytes(bytes, {})); }

// extract_bytes: quantities, headings, ordinals, tables, and their JSON.
inline std::string run_extract(std::string_view bytes) {
  nlohmann::json j = extract_bytes(bytes, {});
  if (!j.is_object() || !j.contains("documents") || j["documents"].size() != 1) return "extract envelope";
  dump_json(j);
  return {};
}

namespace detail {

inline void put16(std::string& b, unsigned v) { b += char(v & 0xFF); b += char((v >> 8) & 0xFF); }
inline void put32(std::string& b, std::uint32_t v) { put16(b, v & 0xFFFF); put16(b, v >> 16); }

// A ZIP of stored (uncompressed) entries with correct CRCs.
inline std::string stored_zip(const std::vector<std::pair<std::string, std::string>>& items) {
  std::string out, cd;
  for (const auto& [name, data] : items) {
    std::uint32_t crc = docx::crc32(data);
    auto offset = static_cast<std::uint32_t>(out.size()), n = static_cast<std::uint32_t>(data.size());
    auto name_len = static_cast<unsigned>(name.size());
    put32(out, 0x04034b50); put16(out, 20); put16(out, 0); put16(out, 0); put32(out, 0);
    put32(out, crc); put32(out, n); put32(out, n); put16(out, name_len); put16(out, 0);
    out += name + data;
    put32(cd, 0x02014b50); put16(cd, 20); put16(cd, 20); put16(cd, 0); put16(cd, 0); put32(cd, 0);
    put32(cd, crc); put32(cd, n); put32(cd, n); put16(cd, name_len);
    put16(cd, 0); put16(cd, 0); put16(cd, 0); put16(cd, 0); put32(cd, 0); put32(cd, offset);
    cd += name;
  }
  auto cd_off = static_cast<std::uint32_t>(out.size());
  out += cd;
  put32(out, 0x06054b50); put16(out, 0); put16(out, 0);
  put16(out, static_cast<unsigned>(items.size())); put16(out, static_cast<unsigned>(items.size()));
  put32(out, static_cast<std::uint32_t>(cd.size())); put32(out, cd_off); put16(out, 0);
  return out;
}

// Reads the .docx; when it reads, also runs the pipeline on it (a .docx renders to text laid out
// unlike a paste: tab-prefixed cells, blank lines, numbering from numbering.xml).
inline std::string read_docx_and_check(const std::string& bytes, bool analyze) {
  DocxResult r;
  DocxError e;
  if (!read_docx(bytes, r, e)) return e.zh.empty() || e.en.empty() ? "a refused .docx without a message" : "";
  return analyze ? check_document(analyze_bytes(bytes, {})) : "";
}

}  // namespace detail

// The .docx reader. Mutated ZIPs seldom keep a valid CRC-32, so the first byte picks what the
// rest of the input is:
//   0–127   the whole .docx (central directory, local headers, limits, inflater, XML);
//   128–191 word/document.xml, stored in a well-formed ZIP (reaches the XML scanner and the Word
//           paste layout on every run);
//   192–223 document.xml, numbering.xml and styles.xml, split at "\x01\x01";
//   224–255 raw DEFLATE data for the inflater (1 MiB output limit).
inline std::string run_docx(std::string_view input) {
  if (input.empty()) return {};
  unsigned mode = static_cast<unsigned char>(input[0]);
  std::string rest(input.substr(1));
  if (mode < 128) {
    looks_like_docx(rest);
    return detail::read_docx_and_check(rest, false);
  }
  if (mode < 192)
    return detail::read_docx_and_check(
        detail::stored_zip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", rest}}), true);
  if (mode < 224) {
    std::string parts[3];
    std::size_t at = 0;
    for (int i = 0; i < 3; ++i) {
      std::size_t next = i < 2 ? rest.find("\x01\x01", at) : std::string::npos;
      parts[i] = rest.substr(at, next == std::string::npos ? std::string::npos : next - at);
      if (next == std::string::npos) break;
      at = next + 2;
    }
    return detail::read_docx_and_check(
        detail::stored_zip({{"word/document.xml", parts[0]}, {"word/numbering.xml", parts[1]}, {"word/styles.xml", parts[2]}}),
        true);
  }
  std::string out;
  docx::inflate_raw(rest, 1u << 20, out);
  return out.size() <= (1u << 20) ? "" : "inflate wrote past its limit";
}

// Target name (the prefix of a reproducer's file name) → entry point.
inline std::string run(std::string_view target, std::string_view input) {
  if (target == "decode") return run_decode(input);
  if (target == "text") return run_text(input);
  if (target == "bytes") return run_bytes(input);
  if (target == "extract") return run_extract(input);
  if (target == "docx") return run_docx(input);
  return "unknown target";
}

}  // namespace gouji::harness
