#!/usr/bin/env bash
# All of gouji's performance figures in one run (issues 3 and 6): native and wasm throughput and
# latency per report, linearity on 1/10/100 MB concatenations of the corpus, peak memory, the
# peer (Microsoft Recognizers-Text) on the same text with 万元 recall, the page's ready and
# keystroke times in headless Chromium, the page's size, and batch checking extrapolated to
# 10,000 reports. Not a test: it prints figures and fails only when something cannot run.
#
#   bash bench/run.sh
#
# Environment (all optional):
#   GOUJI_BENCH_TIMEOUT=600       seconds allowed for one input in one mode (native and wasm)
#   GOUJI_BENCH_SIZES="1 10 100"  native concatenation sizes in MB
#   GOUJI_BENCH_WASM_SIZES="1 10" wasm concatenation sizes in MB
#   GOUJI_BENCH_BATCH=1000        reports in the batch folder
#   GOUJI_CORPUS=../shared/corpus the reports (*.txt)
#   GOUJI_BENCH_NO_BUILD=1        use build/bench as it is
#   GOUJI_BENCH_FAMILY_SIZES="1 8" sizes in MB of the pathological input families
#   GOUJI_BENCH_ONLY="peer batch" only these sections (native wasm engine peer page size families batch)
# Generated inputs live in build/bench/inputs and build/bench/batch (never committed); the peer
# is installed into bench/node_modules from bench/package-lock.json (benchmark only).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
started=$(date +%s)
timeout_s=${GOUJI_BENCH_TIMEOUT:-600}
sizes=${GOUJI_BENCH_SIZES-"1 10 100"}
wasm_sizes=${GOUJI_BENCH_WASM_SIZES-"1 10"}
batch_n=${GOUJI_BENCH_BATCH:-1000}
corpus=${GOUJI_CORPUS:-$root/../shared/corpus}
out=$root/build/bench
mapfile -t reports < <(ls "$corpus"/*.txt | sort)
[ ${#reports[@]} -gt 0 ] || { echo "bench: no reports in $corpus" >&2; exit 2; }

section() { printf '\n==== %s ====\n' "$*"; }
only=${GOUJI_BENCH_ONLY:-"native wasm engine peer page size families batch"}
want() { [[ " $only " == *" $1 "* ]]; }
mb() { echo $(( $1 * 1000000 )); }

# --- build --------------------------------------------------------------------------------------
if [ -z "${GOUJI_BENCH_NO_BUILD:-}" ]; then
  if ! dpkg -s libbenchmark-dev >/dev/null 2>&1; then
    echo "bench: installing libbenchmark-dev" >&2
    apt-get update -qq && apt-get install -y -qq libbenchmark-dev >/dev/null
  fi
  mkdir -p "$out"
  cmake --preset bench >"$out/configure.log" 2>&1 || { cat "$out/configure.log"; exit 1; }
  cmake --build --preset bench -j2 >"$out/build.log" 2>&1 || { tail -40 "$out/build.log"; exit 1; }
fi

# --- inputs: concatenations of whole corpus reports ------------------------------------------------
mkdir -p "$out/inputs"
unit=$out/inputs/concat-1MB.txt
if [ ! -s "$unit" ]; then
  : >"$unit.tmp"
  while [ "$(stat -c %s "$unit.tmp")" -lt "$(mb 1)" ]; do cat "${reports[@]}" >>"$unit.tmp"; done
  mv "$unit.tmp" "$unit"
fi
concat() {  # concat N → path of a file of N copies of the 1 MB unit
  local f=$out/inputs/concat-$1MB.txt
  if [ ! -s "$f" ] || [ "$(stat -c %s "$f")" -ne $(( $(stat -c %s "$unit") * $1 )) ]; then
    : >"$f.tmp"
    for ((i = 0; i < $1; i++)); do cat "$unit" >>"$f.tmp"; done
    mv "$f.tmp" "$f"
  fi
  echo "$f"
}
native_inputs=("${reports[@]}")
for n in $sizes; do native_inputs+=("$(concat "$n")"); done
wasm_inputs=("${reports[@]}")
for n in $wasm_sizes; do wasm_inputs+=("$(concat "$n")"); done

echo "gouji benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- core 2>/dev/null || echo ' + uncommitted core changes')"
echo "corpus: ${reports[*]##*/}; concatenations of whole reports: $(for f in "${native_inputs[@]}"; do case $f in *concat-*) printf '%s (%s bytes) ' "${f##*/}" "$(stat -c %s "$f")";; esac; done)"
[ -n "${GOUJI_BENCH_ONLY:-}" ] && echo "sections: $only"
echo "time limit per input and mode: ${timeout_s} s; uptime load: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- native ---------------------------------------------------------------------------------------
if want native; then
section native
GOUJI_BENCH_RESULTS=$out/native.json node bench/native_bench.js --timeout "$timeout_s" "${native_inputs[@]}"
fi

# --- wasm -----------------------------------------------------------------------------------------
if want wasm; then
section "wasm (Node)"
node bench/wasm_bench.js --timeout "$timeout_s" "${wasm_inputs[@]}"
fi

# --- engine: the same core in today's Chromium and the old kernels -------------------------------
if want engine; then
section "engine (the wasm core in headless Chromium: today's and build/old-chromium/)"
node bench/engine_bench.js "${reports[@]}" || echo "engine: failed (see above)"
fi

# --- peer -----------------------------------------------------------------------------------------
if want peer; then
section "peer: Microsoft Recognizers-Text"
if [ ! -d bench/node_modules/@microsoft/recognizers-text-number-with-unit ] ||
   [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  (cd bench && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || echo "peer: npm ci failed" >&2
fi
GOUJI_NATIVE_RESULTS=$out/native.json node bench/peer_bench.js "${reports[@]}"
section "peer: JioNLP (extract_money)"
python3 bench/jionlp_bench.py build/bench/gouji "${reports[@]}" || echo "jionlp: failed (see above)"
fi

# --- page -----------------------------------------------------------------------------------------
if want page; then
section "page (headless Chromium)"
node bench/page_bench.js || echo "page: failed (see above)"
fi

# --- size -----------------------------------------------------------------------------------------
if want size; then
section size
page=$root/build/wasm/dist/gouji.html
if [ -f "$page" ]; then
  printf '  %-40s %9s bytes   gzip -9: %9s bytes\n' "build/wasm/dist/gouji.html" "$(stat -c %s "$page")" "$(gzip -9 -c "$page" | wc -c)"
  for f in build/wasm/dist/gouji-core.js build/wasm/dist/gouji-core-asmjs.js build/wasm/gouji_core.js; do
    [ -f "$f" ] && printf '  %-40s %9s bytes   gzip -9: %9s bytes\n' "$f" "$(stat -c %s "$f")" "$(gzip -9 -c "$f" | wc -c)"
  done
else
  echo "  size: skipped (build/wasm/dist/gouji.html is not built)"
fi
fi

# --- families -------------------------------------------------------------------------------------
if want families; then
section "families: pathological inputs (bench/families.py)"
# shellcheck disable=SC2086
python3 bench/families.py measure "$out/gouji" --sizes ${GOUJI_BENCH_FAMILY_SIZES:-1 8} --mode both \
  --timeout "$timeout_s" --markdown "$out/families.md" 2>/dev/null || echo "families: some family broke its bound (see FAIL above)"
fi

# --- batch ----------------------------------------------------------------------------------------
if want batch; then
section "batch: gouji check over a folder"
batch=$out/batch
if [ "$(find "$batch" -name '*.txt' 2>/dev/null | wc -l)" -ne "$batch_n" ]; then
  rm -rf "$batch" && mkdir -p "$batch"
  for ((i = 0; i < batch_n; i++)); do
    r=${reports[$((i % ${#reports[@]}))]}
    cp "$r" "$batch/$(printf '%05d' "$i")_${r##*/}"
  done
fi
bytes=$(du -sb --apparent-size "$batch" | cut -f1)
set +e
/usr/bin/time -v "$out/gouji" check --format json --no-progress "$batch" >/dev/null 2>"$out/batch.time"
status=$?
set -e
[ $status -le 1 ] || { echo "batch: gouji exited $status"; tail -5 "$out/batch.time"; }
wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/batch.time" | awk -F: '{s=0; for(i=1;i<=NF;i++) s=s*60+$i; print s}')
cpu=$(sed -n 's/.*Percent of CPU this job got: //p' "$out/batch.time")
user=$(sed -n 's/.*User time (seconds): //p' "$out/batch.time")
sys=$(sed -n 's/.*System time (seconds): //p' "$out/batch.time")
rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/batch.time")
awk -v n="$batch_n" -v w="$wall" -v b="$bytes" -v cpu="$cpu" -v rss="$rss" -v cores="$(nproc)" -v u="$user" -v s="$sys" 'BEGIN {
  printf "  %d reports (%.1f MB) in %.2f s wall (CPU %s of %d cores, max RSS %.0f MB): %.2f ms/report, %.0f reports/s, %.2f MB/s\n",
    n, b / 1e6, w, cpu, cores, rss / 1024, 1000 * w / n, n / w, b / 1e6 / w
  printf "  → 10,000 such reports on this %d-core machine: about %.0f s (%.1f min), extrapolated linearly\n",
    cores, w * 10000 / n, w * 10000 / n / 60
  printf "  CPU time %.2f s = %.2f ms/report; if the %d cores were free: 10,000 reports in about %.0f s (CPU time / cores)\n",
    u + s, 1000 * (u + s) / n, cores, (u + s) * 10000 / n / cores }'
fi

section done
echo "bench/run.sh took $(( $(date +%s) - started )) s"
