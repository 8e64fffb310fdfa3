#pragma once
// `gouji check` on one file or ten thousand: every input is read and analysed on a pool of
// threads (one per core by default), and the results are printed in input order as they become
// available, so the output is the same whatever the number of threads.
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "report/json_report.h"

namespace gouji::cli {

struct Input {
  std::string path;   // a file or "-" (stdin)
  std::string error;  // set when the input is already known to be unreadable (e.g. an empty folder)
};

struct BatchOptions {
  Lang lang = Lang::Zh;
  enum class Output { Text, Json, None } output = Output::Text;  // per-file findings on stdout
  bool color = false;              // ANSI colours in the text output
  bool progress = false;           // progress bar on stderr
  unsigned jobs = 0;               // 0 = one per core
  std::ostream* summary = nullptr;  // UTF-8-with-BOM CSV: file, errors, warnings, infos, top finding
};

// Exit status: 2 when no input could be read at all; otherwise 1 when any document has an
// error-severity finding or any input could not be read; else 0. Unreadable inputs are reported
// on stderr ("gouji: PATH: reason") and skipped.
int run_check(const std::vector<Input>& inputs, const BatchOptions& opt);

// One CSV field (RFC 4180 quoting; a leading = + @ or - is neutralised so a spreadsheet never
// evaluates a file name or message as a formula).
std::string csv_field(const std::string& s);

}  // namespace gouji::cli
