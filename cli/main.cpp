// gouji CLI: `gouji check [options] PATH...` ('-' reads stdin; a folder means every *.txt and
// *.docx under it). Exit 0: every input read, no error-severity finding; 1: an error finding, or
// some input could not be read; 2: usage error, or no input could be read at all.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "analyze.h"
#include "cli/batch.h"
#include "cli/io.h"
#include "cli/text_output.h"
#include "gouji/version.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

const char* kUsage =
    "usage: gouji check [--format text|json] [--lang zh|en] [--jobs N] [--summary csv] [--summary-file PATH]\n"
    "                   [--files-from LIST|-] [--no-progress] PATH...\n"
    "         PATH: a file, '-' (stdin), or a folder (every *.txt and *.docx under it, recursively)\n"
    "         --files-from: more paths, one per line, from LIST ('-' = stdin)\n"
    "         --summary csv: one CSV row per file (UTF-8 with BOM: file,errors,warnings,infos,top_finding,checked),\n"
    "           to --summary-file PATH, or else to stdout instead of the findings\n"
    "       gouji extract [--format json] FILE      (what was read: quantities, headings, tables)\n"
    "       gouji --version\n";

int usage_error(const std::string& why) {
  std::cerr << "gouji: " << why << "\n" << kUsage;
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
#if defined(__GLIBC__)
  // Blocks of 128 KB and more (the per-number vectors of a long text) are mapped, and unmapped
  // when freed. glibc otherwise raises this threshold after the first such free, so the next
  // stage's large vectors land in the heap beside freed ones that it never gives back: up to a
  // fifth more peak memory on a long text (issue 16, bytes per input byte).
  mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage_error("missing command");
  if (args[0] == "--version" || args[0] == "-V") {
    std::cout << "gouji " << GOUJI_VERSION << "\n";
    return 0;
  }
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << kUsage;
    return 0;
  }
  const std::string command = args[0];
  if (command != "check" && command != "extract") return usage_error("unknown command '" + command + "'");

  std::string format = "text", summary, summary_file, files_from;
  bool format_given = false, no_progress = false;
  unsigned jobs = 0;
  gouji::Lang lang = gouji::Lang::Zh;
  std::vector<std::string> files;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto is = [&](const char* name) { return a == name || a.rfind(std::string(name) + "=", 0) == 0; };
    auto value = [&](const char* name) -> std::string {
      if (a.rfind(std::string(name) + "=", 0) == 0) return a.substr(std::string(name).size() + 1);
      if (i + 1 < args.size()) return args[++i];
      return {};
    };
    if (is("--format")) {
      format = value("--format");
      format_given = true;
      if (format != "text" && format != "json") return usage_error("--format must be text or json");
    } else if (is("--lang")) {
      std::string l = value("--lang");
      if (l != "zh" && l != "en") return usage_error("--lang must be zh or en");
      lang = l == "en" ? gouji::Lang::En : gouji::Lang::Zh;
    } else if (is("--jobs") || a.rfind("-j", 0) == 0) {
      std::string v = a.rfind("-j", 0) == 0 && a.size() > 2 ? a.substr(2) : value(a == "-j" ? "-j" : "--jobs");
      char* end = nullptr;
      unsigned long n = std::strtoul(v.c_str(), &end, 10);
      if (v.empty() || *end || n > 1024) return usage_error("--jobs must be a number (0 = one per core)");
      jobs = static_cast<unsigned>(n);
    } else if (is("--summary")) {
      summary = value("--summary");
      if (summary != "csv") return usage_error("--summary must be csv");
    } else if (is("--summary-file")) {
      summary_file = value("--summary-file");
      if (summary_file.empty()) return usage_error("--summary-file needs a path");
    } else if (is("--files-from")) {
      files_from = value("--files-from");
      if (files_from.empty()) return usage_error("--files-from needs a path ('-' = stdin)");
    } else if (a == "--no-progress") {
      no_progress = true;
    } else if (a == "-" || a.empty() || a[0] != '-') {
      files.push_back(a);
    } else {
      return usage_error("unknown option '" + a + "'");
    }
  }

  if (command == "extract") {
    if (files.empty()) return usage_error("no input file");
    if (files.size() != 1) return usage_error("extract takes one file");
    std::string bytes, err;
    if (!gouji::cli::read_input(files[0], bytes, err)) {
      std::cerr << "gouji: " << files[0] << ": " << err << "\n";
      return 2;
    }
    {
      gouji::JsonWriter w(std::cout);  // streamed: no copy of the whole document is held
      gouji::extract_bytes(bytes, {files[0], lang}, w);
    }
    std::cout << "\n";
    return 0;
  }

  if (!files_from.empty()) {
    if (files_from == "-") {
      for (const auto& f : files)
        if (f == "-") return usage_error("stdin cannot be both the list (--files-from -) and an input");
      for (auto& p : gouji::cli::read_path_list(std::cin)) files.push_back(p);
    } else {
      std::ifstream list(files_from);
      if (!list) {
        std::cerr << "gouji: " << files_from << ": cannot open the list\n";
        return 2;
      }
      for (auto& p : gouji::cli::read_path_list(list)) files.push_back(p);
    }
  }
  if (files.empty()) return usage_error("no input file");
  if (!summary_file.empty()) summary = "csv";  // --summary-file alone implies the CSV
  // Without a file, the CSV is the output: it replaces the findings on stdout.
  bool csv_on_stdout = summary == "csv" && summary_file.empty();
  if (csv_on_stdout && format_given)
    return usage_error("--summary csv prints the CSV on stdout in place of --format; add --summary-file PATH to get both");

  // Folders become the files under them, in place, so the output order follows the arguments.
  std::vector<gouji::cli::Input> inputs;
  for (const auto& path : files) {
    if (!gouji::cli::is_directory(path)) {
      inputs.push_back({path, {}});
      continue;
    }
    std::vector<std::string> found;
    std::vector<std::pair<std::string, std::string>> skipped;
    std::string err;
    bool listed = gouji::cli::list_folder(path, found, skipped, err);
    for (const auto& [where, why] : skipped) inputs.push_back({where, why});
    if (!listed) inputs.push_back({path, err});
    else if (found.empty() && skipped.empty()) inputs.push_back({path, "no .txt or .docx file in this folder"});
    for (auto& f : found) inputs.push_back({f, {}});
  }

  gouji::cli::BatchOptions opt;
  opt.lang = lang;
  opt.jobs = jobs;
  opt.output = csv_on_stdout ? gouji::cli::BatchOptions::Output::None
               : format == "json" ? gouji::cli::BatchOptions::Output::Json
                                  : gouji::cli::BatchOptions::Output::Text;
  opt.color = opt.output == gouji::cli::BatchOptions::Output::Text && gouji::cli::stdout_is_tty();
  opt.progress = !no_progress && gouji::cli::stderr_is_tty();
  std::ofstream summary_out;
  if (csv_on_stdout) {
    opt.summary = &std::cout;
  } else if (!summary_file.empty()) {
    summary_out.open(summary_file, std::ios::binary | std::ios::trunc);
    if (!summary_out) {
      std::cerr << "gouji: " << summary_file << ": cannot write the summary\n";
      return 2;
    }
    opt.summary = &summary_out;
  }
  return gouji::cli::run_check(inputs, opt);
}
