#!/usr/bin/env bash
# Real old Chromium kernels for the browser tests (tests/browser/kernels.test.js), the ones
# finance bureaus' 360 安全浏览器 ship: 360SE 10 → Chromium 63 (64 is the oldest build npm carries),
# 11 → 69, 12 → 78, 13 → 86.
# They come only from the npm package chrome-aws-lambda, whose tarball carries a headless
# Chromium build (brotli-compressed; from 1.20 on with its shared libraries in aws.tar.br):
#   64.0.3264 → 64.0.3264.0   1.5.0 → 69.0.3452.0   1.20.4 → 78.0.3882.0   5.3.1 → 86.0.4240.0
# Unpacked once into build/old-chromium/<major>/ (never committed); safe to run again.
# Usage: scripts/old-chromium.sh [MAJOR...]   (default: 64 69 78 86)
set -euo pipefail
cd "$(dirname "$0")/.."
declare -A pkg=([64]=64.0.3264 [69]=1.5.0 [78]=1.20.4 [86]=5.3.1)
majors=("$@"); ((${#majors[@]})) || majors=(64 69 78 86)
command -v brotli >/dev/null || { echo "old-chromium: brotli is missing (scripts/setup.sh installs it)" >&2; exit 1; }
for major in "${majors[@]}"; do
  v=${pkg[$major]:-}; [[ -n $v ]] || { echo "old-chromium: no package known for Chromium $major" >&2; exit 2; }
  dir=build/old-chromium/$major
  [[ -x $dir/chromium ]] && continue
  echo "old-chromium: Chromium $major from chrome-aws-lambda@$v"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack "chrome-aws-lambda@$v" --silent --no-audit --no-fund >/dev/null && tar xzf ./*.tgz)
  rm -rf "$dir"; mkdir -p "$dir/lib"
  bin=$tmp/package/bin
  if [[ -f $bin/aws.tar.br ]]; then
    brotli -d "$bin/chromium.br" -o "$dir/chromium"
    brotli -dc "$bin/aws.tar.br" | tar x -C "$dir/lib"   # lib/lib: nss, expat… the build links against
  else
    brotli -d "$(ls "$bin"/chromium*.br | head -1)" -o "$dir/chromium"   # before 1.20: one static-ish binary
  fi
  chmod +x "$dir/chromium"
  rm -rf "$tmp"
done
