#pragma once
// File, folder and stdin access for the CLI (the core does no I/O).
#include <istream>
#include <string>
#include <utility>
#include <vector>

namespace gouji::cli {

// Reads a whole file ('-' = stdin). On failure returns false with a one-line reason.
bool read_input(const std::string& path, std::string& bytes, std::string& error);
bool stdout_is_tty();
bool stderr_is_tty();

bool is_directory(const std::string& path);

// Every *.txt and *.docx under `dir`, recursively (extension case-insensitive), sorted by path so
// runs are reproducible. Skipped: hidden entries, Word's "~$name.docx" owner files, symlinked
// folders. Returns false with a one-line reason when `dir` itself cannot be listed; sub-folders
// that cannot be opened are skipped and listed in `skipped` as {path, reason}.
bool list_folder(const std::string& dir, std::vector<std::string>& files,
                 std::vector<std::pair<std::string, std::string>>& skipped, std::string& error);

// One path per line (CR before LF ignored, blank lines skipped): what `--files-from` reads.
std::vector<std::string> read_path_list(std::istream& in);

}  // namespace gouji::cli
