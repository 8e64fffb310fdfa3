#include "cli/io.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace gouji::cli {

namespace fs = std::filesystem;

bool read_input(const std::string& path, std::string& bytes, std::string& error) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    bytes = ss.str();
    return true;
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    error = std::strerror(errno);
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    error = "is a directory";
    return false;
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    error = std::strerror(errno);
    return false;
  }
  // One read of the announced size, then whatever else is there (pipes and /proc files lie).
  bytes.clear();
  if (S_ISREG(st.st_mode) && st.st_size > 0) bytes.resize(static_cast<std::size_t>(st.st_size));
  std::size_t have = bytes.empty() ? 0 : std::fread(&bytes[0], 1, bytes.size(), f);
  bytes.resize(have);
  char buf[1 << 16];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) bytes.append(buf, n);
  bool failed = std::ferror(f) != 0;
  int saved = errno;
  std::fclose(f);
  if (failed) {
    error = saved ? std::strerror(saved) : "read error";
    return false;
  }
  return true;
}

bool stdout_is_tty() { return ::isatty(STDOUT_FILENO) == 1; }
bool stderr_is_tty() { return ::isatty(STDERR_FILENO) == 1; }

bool is_directory(const std::string& path) {
  struct stat st {};
  return path != "-" && ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

namespace {

bool wanted(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".txt" || ext == ".docx";
}

// Hidden entries, and the "~$name.docx" owner files Word leaves next to an open document.
bool hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return (name.size() > 1 && name[0] == '.') || name.rfind("~$", 0) == 0;
}

}  // namespace

bool list_folder(const std::string& dir, std::vector<std::string>& files,
                 std::vector<std::pair<std::string, std::string>>& skipped, std::string& error) {
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec), end;
  if (ec) {
    error = ec.message();
    return false;
  }
  std::vector<std::string> found;
  while (it != end) {
    const fs::directory_entry& e = *it;
    std::error_code ec2;
    if (hidden(e.path())) {
      if (e.is_directory(ec2)) it.disable_recursion_pending();
    } else if (e.is_directory(ec2)) {
      // Open sub-folders now so a permission problem is reported for that folder alone.
      if (e.is_symlink(ec2)) {
        it.disable_recursion_pending();
      } else {
        fs::directory_iterator probe(e.path(), ec2);
        if (ec2) {
          skipped.push_back({e.path().string(), ec2.message()});
          it.disable_recursion_pending();
        }
      }
    } else if (wanted(e.path()) && e.is_regular_file(ec2)) {
      found.push_back(e.path().string());
    }
    it.increment(ec);
    if (ec) {
      skipped.push_back({dir, ec.message()});
      break;
    }
  }
  std::sort(found.begin(), found.end());
  files.insert(files.end(), found.begin(), found.end());
  return true;
}

std::vector<std::string> read_path_list(std::istream& in) {
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

}  // namespace gouji::cli
