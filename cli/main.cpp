// gouji CLI: `gouji check [--format text|json] [--lang zh|en] FILE...` ('-' reads stdin).
// Exit 0: no error-severity finding; 1: at least one; 2: usage or I/O error.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "analyze.h"
#include "cli/io.h"
#include "cli/text_output.h"
#include "gouji/version.h"

namespace {

const char* kUsage =
    "usage: gouji check [--format text|json] [--lang zh|en] FILE...   ('-' reads stdin)\n"
    "       gouji extract [--format json] FILE      (what was read: quantities, headings, tables)\n"
    "       gouji --version\n";

int usage_error(const std::string& why) {
  std::cerr << "gouji: " << why << "\n" << kUsage;
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
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

  std::string format = "text";
  gouji::Lang lang = gouji::Lang::Zh;
  std::vector<std::string> files;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* name) -> std::string {
      if (a.rfind(std::string(name) + "=", 0) == 0) return a.substr(std::string(name).size() + 1);
      if (i + 1 < args.size()) return args[++i];
      return {};
    };
    if (a == "--format" || a.rfind("--format=", 0) == 0) {
      format = value("--format");
      if (format != "text" && format != "json") return usage_error("--format must be text or json");
    } else if (a == "--lang" || a.rfind("--lang=", 0) == 0) {
      std::string l = value("--lang");
      if (l != "zh" && l != "en") return usage_error("--lang must be zh or en");
      lang = l == "en" ? gouji::Lang::En : gouji::Lang::Zh;
    } else if (a == "-" || a.empty() || a[0] != '-') {
      files.push_back(a);
    } else {
      return usage_error("unknown option '" + a + "'");
    }
  }
  if (files.empty()) return usage_error("no input file");
  if (command == "extract") {
    if (files.size() != 1) return usage_error("extract takes one file");
    std::string bytes, err;
    if (!gouji::cli::read_input(files[0], bytes, err)) {
      std::cerr << "gouji: " << files[0] << ": " << err << "\n";
      return 2;
    }
    std::cout << gouji::dump_json(gouji::extract_bytes(bytes, {files[0], lang})) << "\n";
    return 0;
  }

  std::vector<gouji::AnalyzedDocument> docs;
  for (const auto& path : files) {
    std::string bytes, err;
    if (!gouji::cli::read_input(path, bytes, err)) {
      std::cerr << "gouji: " << path << ": " << err << "\n";
      return 2;
    }
    docs.push_back(gouji::analyze_bytes(bytes, {path, lang}));
  }

  bool any_error = false;
  for (const auto& d : docs)
    for (const auto& f : d.result.findings)
      if (f.severity == gouji::Severity::Error) any_error = true;

  if (format == "json") {
    std::cout << gouji::dump_json(gouji::report_json(docs, lang)) << "\n";
  } else {
    gouji::cli::print_text(std::cout, docs, lang, gouji::cli::stdout_is_tty());
  }
  return any_error ? 1 : 0;
}
