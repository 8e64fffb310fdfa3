#!/usr/bin/env bash
# Builds the native CLI + tests (build/native) and the wasm core + offline page (build/wasm).
# Usage: scripts/build.sh [native|wasm|asan]...   (default: native wasm)
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs   # emcc's optimizer needs Debian's acorn
jobs=$(nproc 2>/dev/null || echo 2)
presets=("$@"); ((${#presets[@]})) || presets=(native wasm)
for p in "${presets[@]}"; do
  echo "build: $p"
  cmake --preset "$p" >/dev/null
  log=$(mktemp)
  if ! cmake --build --preset "$p" -j"$jobs" >"$log" 2>&1; then
    grep -vE "^\[ *[0-9]+%\]|^(Consolidate|Scanning|Built target)" "$log"
    rm -f "$log"
    echo "build: $p failed"
    exit 1
  fi
  grep -E "warning:" "$log" || true
  rm -f "$log"
done
