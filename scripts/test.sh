#!/usr/bin/env bash
# Every test: native doctest + CLI contract (ctest), the same under ASan+UBSan, a short libFuzzer run
# (60 s a target, about 3 min on 2 cores), the wasm build
# against the native CLI under Node, and the offline page in headless Chromium.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || exit 1
scripts/build.sh native asan wasm || exit 1

passed=0; failed=0; failed_names=()
suite() {
  local name=$1; shift
  echo; echo "== $name"
  if "$@"; then passed=$((passed+1)); else failed=$((failed+1)); failed_names+=("$name"); fi
}
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
suite "native (doctest + CLI)" ctest --preset native
suite "asan+ubsan (doctest + CLI)" ctest --preset asan
suite "fuzz (libFuzzer, 60 s a target)" scripts/fuzz.sh 60
suite "wasm under node" node --test tests/node/
suite "browser (headless chromium)" node --test tests/browser/

echo
((failed)) && echo "failed suites: ${failed_names[*]}"
echo "suites: $passed passed, $failed failed"
((failed == 0))
