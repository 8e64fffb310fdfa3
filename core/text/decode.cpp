// Input bytes -> text: encoding detection (BOMs, UTF-16 without BOM, UTF-8 vs GB18030 by error
// count), lossy decoding (invalid bytes -> U+FFFD, WHATWG-style: one U+FFFD per maximal invalid
// subsequence), CRLF/CR -> LF, and a binary-file guess. Linear time, no I/O, no exceptions.
#include "text/decode.h"

#include <cstdint>
#include <cstring>

#include "text/gb18030.h"
#include "text/trim.h"

namespace gouji {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

using Bytes = const unsigned char*;

inline bool in(unsigned char b, unsigned char lo, unsigned char hi) { return b >= lo && b <= hi; }

// ---- UTF-8 (WHATWG Encoding Standard decoder) ---------------------------------------------------

// Decodes one non-ASCII sequence at p[0] (n >= 1). On failure `consumed` covers the maximal
// subpart of a well-formed sequence (at least 1 byte), so the byte that broke it is re-read.
inline bool utf8_one(Bytes p, std::size_t n, char32_t& cp, std::size_t& consumed) {
  const unsigned char b = p[0];
  std::size_t need;
  unsigned char lower = 0x80, upper = 0xBF;
  if (in(b, 0xC2, 0xDF)) { need = 1; cp = b & 0x1F; }
  else if (in(b, 0xE0, 0xEF)) {
    need = 2; cp = b & 0x0F;
    if (b == 0xE0) lower = 0xA0;  // overlong
    if (b == 0xED) upper = 0x9F;  // surrogates
  } else if (in(b, 0xF0, 0xF4)) {
    need = 3; cp = b & 0x07;
    if (b == 0xF0) lower = 0x90;  // overlong
    if (b == 0xF4) upper = 0x8F;  // > U+10FFFF
  } else {
    consumed = 1;
    cp = kReplacement;
    return false;
  }
  std::size_t i = 1;
  for (; i <= need; ++i) {
    if (i >= n) { consumed = n; cp = kReplacement; return false; }  // truncated at the end
    const unsigned char c = p[i];
    if (!in(c, lower, upper)) { consumed = i; cp = kReplacement; return false; }
    lower = 0x80;
    upper = 0xBF;
    cp = (cp << 6) | (c & 0x3F);
  }
  consumed = i;
  return true;
}

// True when the input ends in the middle of an otherwise well-formed UTF-8 sequence.
bool utf8_truncated_tail(Bytes p, std::size_t n) {
  for (std::size_t k = 1; k <= 3 && k <= n; ++k) {
    const unsigned char lead = p[n - k];
    if (lead < 0xC0) continue;  // ASCII or continuation byte: keep looking for the lead
    char32_t cp;
    std::size_t used;
    // A well-formed prefix is consumed whole by utf8_one, and fails because the input ends.
    return in(lead, 0xC2, 0xF4) && !utf8_one(p + n - k, k, cp, used) && used == k;
  }
  return false;
}

// ---- Decoding loops, parameterised by a sink -------------------------------------------------------
// A sink has put(char32_t) for a decoded character and bad() for one U+FFFD.

// The sink reads the clean bulk of the text itself (Writer::put_plain_utf8) and leaves the rest
// (CR, controls, U+FFFD, E0/ED/F0–F4 leads, errors) to one utf8_one step at a time.
template <class Sink>
void run_utf8(Bytes p, std::size_t n, Sink& sink) {
  std::size_t i = 0;
  while (i < n) {
    i += sink.put_plain_utf8(p + i, n - i);
    if (i >= n) break;
    if (p[i] < 0x80) { sink.put(p[i]); ++i; continue; }
    char32_t cp;
    std::size_t used;
    if (utf8_one(p + i, n - i, cp, used)) sink.put(cp);
    else sink.bad();
    i += used;
  }
}

template <class Sink>
void run_gb18030(Bytes p, std::size_t n, Sink& sink) {
  std::size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) { sink.put(p[i]); ++i; continue; }
    char32_t cp;
    std::size_t used;
    if (gb18030_decode_one(p + i, n - i, cp, used)) sink.put(cp);
    else sink.bad();
    i += used;
  }
}

template <class Sink>
void run_utf16(Bytes p, std::size_t n, bool little_endian, Sink& sink) {
  auto unit = [&](std::size_t k) -> char32_t {
    return little_endian ? static_cast<char32_t>(p[k] | (p[k + 1] << 8))
                         : static_cast<char32_t>((p[k] << 8) | p[k + 1]);
  };
  std::size_t i = 0;
  while (i + 1 < n) {
    char32_t u = unit(i);
    i += 2;
    if (u < 0xD800 || u > 0xDFFF) { sink.put(u); continue; }
    if (u <= 0xDBFF && i + 1 < n) {
      char32_t lo = unit(i);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        sink.put(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
        i += 2;
        continue;
      }
    }
    sink.bad();  // unpaired surrogate; the unit after a lone high surrogate is re-read
  }
  if (i < n) sink.bad();  // odd trailing byte
}

// Counts characters and errors without storing anything (used to choose an encoding and to size
// the output exactly).
struct Counter {
  std::size_t chars = 0;        // characters produced, U+FFFD included
  std::size_t errors = 0;       // U+FFFD produced
  std::size_t ascii = 0;        // characters < U+0080 (one byte each in UTF-8 and GB18030)
  std::size_t utf8_bytes = 0;   // bytes the valid non-ASCII characters take in UTF-8
  void put(char32_t c) {
    ++chars;
    if (c < 0x80) ++ascii;
    else utf8_bytes += c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  void bad() { ++chars; ++errors; }
};

// Writes into a pre-sized buffer (capacity from a Counter pass or an upper bound), normalising
// CRLF and lone CR to LF and counting control characters for the binary guess.
class Writer {
 public:
  Writer(Decoded& d, std::size_t capacity) : d_(d) {
    d_.replaced_at.clear();
    d_.text.resize(capacity);
    out_ = &d_.text[0];
  }
  void put(char32_t c) {
    if (c < 0x20) {
      if (c == U'\n' && last_cr_) { last_cr_ = false; return; }
      last_cr_ = c == U'\r';
      if (last_cr_) c = U'\n';
      else if (c != U'\t' && c != U'\n' && c != U'\f' && c != U'\v') { ++controls; nuls += c == 0; }
    } else {
      last_cr_ = false;
      // A U+FFFD already in the input marks text lost earlier (e.g. a lone surrogate from a JS
      // string); it is listed like one we make.
      if (c == kReplacement) d_.replaced_at.push_back(size_);
    }
    out_[size_++] = c;
  }
  void bad() {
    last_cr_ = false;
    d_.replaced_at.push_back(size_);
    out_[size_++] = kReplacement;
  }
  // Most of a UTF-8 text — ASCII other than CR and C0 controls, well-formed characters of two
  // bytes and of three (lead E1–EC, EE–EF: any continuation bytes) other than U+FFFD — needs none
  // of put()'s bookkeeping: copied with the state in registers, up to the first byte that does.
  // Returns the bytes read; `ascii` counts the one-byte characters among them.
  std::size_t put_plain_utf8(Bytes p, std::size_t n, std::size_t& ascii) {
    ascii = 0;
    if (last_cr_) return 0;  // an LF right after a CR is dropped: put() decides
    char32_t* out = out_ + size_;
    std::size_t i = 0, a = 0;
    while (i < n) {
      const unsigned char b = p[i];
      if (b < 0x80) {
        if (b < 0x20 && b != '\n' && b != '\t') break;
        *out++ = b;
        ++a;
        ++i;
      } else if (in(b, 0xC2, 0xDF) && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
        *out++ = static_cast<char32_t>(((b & 0x1F) << 6) | (p[i + 1] & 0x3F));
        i += 2;
      } else if (in(b, 0xE1, 0xEF) && b != 0xED && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 &&
                 (p[i + 2] & 0xC0) == 0x80) {
        const char32_t c = static_cast<char32_t>(((b & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F));
        if (c == kReplacement) break;
        *out++ = c;
        i += 3;
      } else {
        break;
      }
    }
    size_ = static_cast<std::size_t>(out - out_);
    ascii = a;
    return i;
  }
  std::size_t put_plain_utf8(Bytes p, std::size_t n) {
    std::size_t ascii;
    return put_plain_utf8(p, n, ascii);
  }
  // Sized by an upper bound, the buffer would hold up to four times the text for as long as the
  // analysis runs: it is cut to size (one copy, far cheaper than a counting pass, and made
  // before anything else is held, so a low bar).
  std::size_t size() const { return size_; }
  void finish() {
    d_.text.resize(size_);
    trim(d_.text, 8);
  }

  std::size_t controls = 0;  // C0 controls other than \t \n \v \f \r (NUL included)
  std::size_t nuls = 0;

 private:
  Decoded& d_;
  char32_t* out_ = nullptr;
  std::size_t size_ = 0;
  bool last_cr_ = false;
};

// Writes and counts in one pass: UTF-8 without a BOM is decoded before the encoding is settled,
// so valid UTF-8 (nearly every input) is read once; the rare GB18030 file is decoded again.
class CountingWriter : public Writer {
 public:
  using Writer::Writer;
  void put(char32_t c) {
    count.put(c);
    Writer::put(c);
  }
  void bad() {
    count.bad();
    Writer::bad();
  }
  std::size_t put_plain_utf8(Bytes p, std::size_t n) {
    const std::size_t before = size();
    std::size_t ascii;
    const std::size_t used = Writer::put_plain_utf8(p, n, ascii);
    count.chars += size() - before;
    count.ascii += ascii;
    count.utf8_bytes += used - ascii;
    return used;
  }
  Counter count;
};

// ---- Detection helpers ------------------------------------------------------------------------------

bool starts_with(Bytes p, std::size_t n, const char* magic, std::size_t len) {
  if (n < len) return false;
  for (std::size_t i = 0; i < len; ++i)
    if (p[i] != static_cast<unsigned char>(magic[i])) return false;
  return true;
}

// UTF-16 without a BOM, only when obvious: in a sample, at least 40% of the code units are ASCII
// characters (zero high byte), almost no unit has a zero low byte, no unit is NUL and few are
// control characters. Returns 0 (no), 1 (little endian) or 2 (big endian).
int sniff_utf16(Bytes p, std::size_t n) {
  const std::size_t units = (n < 65536 ? n : 65536) / 2;
  if (units < 2) return 0;
  // An ASCII character has a zero byte: a sample without one (all 8-bit text) is never UTF-16,
  // and memchr says so far faster than the count below.
  if (!std::memchr(p, 0, units * 2)) return 0;
  for (int le = 1; le >= 0; --le) {
    std::size_t ascii = 0, zero_low = 0, bad = 0;
    for (std::size_t k = 0; k < units; ++k) {
      const unsigned char lo = le ? p[2 * k] : p[2 * k + 1];
      const unsigned char hi = le ? p[2 * k + 1] : p[2 * k];
      if (hi == 0) {
        if (lo == 0 || (lo < 0x20 && lo != '\t' && lo != '\n' && lo != '\r' && lo != '\f')) ++bad;
        else ++ascii;
      } else if (lo == 0) {
        ++zero_low;
      }
    }
    if (units >= 4 && ascii * 10 >= units * 4 && zero_low * 20 <= units && bad * 100 <= units)
      return le ? 1 : 2;
  }
  return 0;
}

bool binary_magic(Bytes p, std::size_t n) {
  static const struct { const char* bytes; std::size_t len; } kMagic[] = {
      {"\x89PNG", 4},                              // PNG
      {"PK\x03\x04", 4}, {"PK\x05\x06", 4},        // ZIP (also .docx/.xlsx), empty ZIP
      {"\xFF\xD8\xFF", 3},                         // JPEG
      {"GIF87a", 6}, {"GIF89a", 6},                // GIF
      {"\x7F" "ELF", 4},                           // ELF
      {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8},     // OLE2: .doc/.xls/.wps
      {"\x1F\x8B", 2},                             // gzip
      {"7z\xBC\xAF\x27\x1C", 6},                   // 7-Zip
      {"Rar!\x1A\x07", 6},                         // RAR
  };
  for (const auto& m : kMagic)
    if (starts_with(p, n, m.bytes, m.len)) return true;
  // "MZ" (DOS/Windows executable) is also how text may start, so require a NUL in the header.
  if (starts_with(p, n, "MZ", 2)) {
    for (std::size_t i = 2; i < n && i < 64; ++i)
      if (p[i] == 0) return true;
  }
  return false;
}

enum class Encoding { kUtf8, kGb18030, kUtf16Le, kUtf16Be };

}  // namespace

Decoded decode(std::string_view bytes) {
  Decoded d;
  Bytes p = reinterpret_cast<Bytes>(bytes.data());
  std::size_t n = bytes.size();
  const bool magic = binary_magic(p, n);

  Encoding enc;
  std::size_t skip = 0;
  if (starts_with(p, n, "\xEF\xBB\xBF", 3)) { enc = Encoding::kUtf8; skip = 3; }
  else if (starts_with(p, n, "\xFF\xFE", 2)) { enc = Encoding::kUtf16Le; skip = 2; }
  else if (starts_with(p, n, "\xFE\xFF", 2)) { enc = Encoding::kUtf16Be; skip = 2; }
  else if (starts_with(p, n, "\x84\x31\x95\x33", 4)) { enc = Encoding::kGb18030; skip = 4; }
  else if (int u16 = magic ? 0 : sniff_utf16(p, n)) { enc = u16 == 1 ? Encoding::kUtf16Le : Encoding::kUtf16Be; }
  else enc = Encoding::kUtf8;  // decided below
  p += skip;
  n -= skip;

  // Every encoding gives at most one character per byte (UTF-16: per code unit, + an odd byte), so
  // the writer is sized by that bound and the input read once.
  std::size_t nuls = 0, controls = 0;
  auto decode_as = [&](Encoding e, auto& w) {
    switch (e) {
      case Encoding::kUtf8: d.encoding = "utf-8"; run_utf8(p, n, w); break;
      case Encoding::kGb18030: d.encoding = "gb18030"; run_gb18030(p, n, w); break;
      case Encoding::kUtf16Le: d.encoding = "utf-16le"; run_utf16(p, n, true, w); break;
      case Encoding::kUtf16Be: d.encoding = "utf-16be"; run_utf16(p, n, false, w); break;
    }
    w.finish();
    nuls = w.nuls;
    controls = w.controls;
  };
  if (enc == Encoding::kUtf8 && skip == 0) {
    // No BOM: UTF-8 if valid or nearly so, otherwise whichever of UTF-8 and GB18030 gives fewer
    // errors (ties go to UTF-8). "Nearly": an incomplete sequence at the very end (a cut-off
    // file) is not held against UTF-8, and 80% of the non-ASCII bytes in valid UTF-8 sequences is
    // enough (GB18030 text reaches about 35%; valid UTF-8 Chinese read as GB18030 is mojibake
    // with few errors, so a plain error count would favour GB18030 too often).
    CountingWriter u8w(d, n);
    decode_as(Encoding::kUtf8, u8w);
    const Counter& u8 = u8w.count;
    const std::size_t non_ascii_bytes = n - u8.ascii;
    const std::size_t u8_errors = u8.errors - (utf8_truncated_tail(p, n) ? 1 : 0);
    const bool nearly_utf8 = u8_errors == 0 || u8.utf8_bytes * 10 >= non_ascii_bytes * 8;
    if (!nearly_utf8) {
      Counter gb;
      run_gb18030(p, n, gb);
      if (gb.errors < u8.errors) {
        Writer w(d, gb.chars);
        decode_as(Encoding::kGb18030, w);
      }
    }
  } else {
    const bool utf16 = enc == Encoding::kUtf16Le || enc == Encoding::kUtf16Be;
    Writer w(d, utf16 ? (n + 1) / 2 : n);
    decode_as(enc, w);
  }

  // Binary: a known file signature, NUL characters (any in short input, more than one per 1000
  // characters or at least 4 in long input) or more than 5% C0 control characters.
  const std::size_t chars = d.text.size();
  d.binary = magic || (nuls > 0 && (nuls >= 4 || nuls * 1000 > chars)) || (controls > 0 && controls * 20 > chars);
  return d;
}

}  // namespace gouji
