// libFuzzer target "docx": see gouji::harness::run_docx in fuzz/harness.h.
#include <cstdio>
#include <cstdlib>

#include "harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string err = gouji::harness::run_docx({reinterpret_cast<const char*>(data), size});
  if (!err.empty()) {
    std::fprintf(stderr, "gouji fuzz (docx): invariant violated: %s\n", err.c_str());
    std::abort();
  }
  return 0;
}
