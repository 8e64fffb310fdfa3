#!/usr/bin/env bash
# The main job: install what is missing, build both targets, check a bundled example with the
# CLI and say where the offline page is.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh native wasm
example=examples/2020-shigu-health-department.txt
echo
echo "== gouji check $example"
set +e
build/native/gouji check "$example"
rc=$?
set -e
[[ $rc -le 1 ]] || exit "$rc"   # 1 only means the report has errors, which is the point
page=$(pwd)/build/wasm/dist/gouji.html
[[ -f $page ]] || { echo "main: the page was not built" >&2; exit 1; }
echo
echo "Offline page: file://$page  (one self-contained file: copy it anywhere and open it)"
