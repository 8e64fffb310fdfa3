#!/usr/bin/env bash
# Installs what gouji's build and tests need, only when it is missing (Debian: apt; npm: the
# lockfile's dev dependencies). Safe to run again: it does nothing when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
for pkg in cmake make g++ python3 nodejs npm emscripten nlohmann-json3-dev doctest-dev chromium \
           clang libclang-rt-14-dev zlib1g-dev fonts-wqy-microhei opencc brotli zopfli node-acorn; do
  have_pkg "$pkg" || need+=("$pkg")
done
# node/npm may come from elsewhere than Debian (e.g. nodesource): accept them when on PATH.
filtered=()
for pkg in "${need[@]}"; do
  case $pkg in
    nodejs) command -v node >/dev/null || filtered+=("$pkg") ;;
    npm) command -v npm >/dev/null || filtered+=("$pkg") ;;
    python3) command -v python3 >/dev/null || filtered+=("$pkg") ;;
    *) filtered+=("$pkg") ;;
  esac
done
if ((${#filtered[@]})); then
  echo "setup: installing ${filtered[*]}"
  SUDO=""; [[ $(id -u) == 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${filtered[@]}" >/dev/null
fi

# playwright-core drives Debian's Chromium in the browser tests, puppeteer-core 2.0.0 the old
# kernels below; neither downloads a browser.
if { [[ ! -d node_modules/playwright-core ]] || [[ ! -d node_modules/puppeteer-core ]]; } && [[ -f package-lock.json ]]; then
  echo "setup: npm ci (dev dependencies)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

# Real old Chromium kernels (64, 69, 78, 86) for tests/browser/kernels.test.js, from npm's
# chrome-aws-lambda tarballs, unpacked once under build/old-chromium/.
scripts/old-chromium.sh
