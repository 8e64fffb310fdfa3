// libFuzzer target "text": see gouji::harness::run_text in fuzz/harness.h.
// Built with GOUJI_HARNESS_WITH_CLI: also renders the CLI text output.
#include <cstdio>
#include <cstdlib>

#include "harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string err = gouji::harness::run_text({reinterpret_cast<const char*>(data), size});
  if (!err.empty()) {
    std::fprintf(stderr, "gouji fuzz (text): invariant violated: %s\n", err.c_str());
    std::abort();
  }
  return 0;
}
