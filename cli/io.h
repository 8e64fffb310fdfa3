#pragma once
// File and stdin reading for the CLI (the core does no I/O).
#include <string>

namespace gouji::cli {

// Reads a whole file ('-' = stdin). On failure returns false with a one-line reason.
bool read_input(const std::string& path, std::string& bytes, std::string& error);
bool stdout_is_tty();

}  // namespace gouji::cli
