#!/usr/bin/env bash
# Fuzzes the core with libFuzzer (ASan + UBSan): targets decode, text, bytes, extract, docx
# (fuzz/harness.h says what each runs). Builds the `fuzz` preset, seeds each corpus from
# examples/, tests/data/ and ../shared/corpus/ (copied at run time into build/fuzz/corpus/, which
# grows from run to run), then runs the targets side by side, one per core.
#
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60, what CI runs; give more for a long run)
#   -max_len=65536 for every target; the text target spends a third of its time at 1 MB inputs.
# A crash, timeout, leak or out-of-memory input is copied to tests/hostile/regressions/<target>-<sha1>
# (replayed by the doctest tests/core/hostile/regressions_test.cpp from then on) and the script
# fails. Environment: FUZZ_TARGETS="text bytes" picks targets; FUZZ_JOBS=N runs N at a time.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
secs=${1:-60}
[[ $secs =~ ^[0-9]+$ ]] && ((secs >= 2)) || { echo "usage: scripts/fuzz.sh [seconds-per-target ≥ 2]" >&2; exit 2; }
targets=(${FUZZ_TARGETS:-decode text bytes extract docx})
jobs=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}

scripts/build.sh fuzz || exit 1
bin=$root/build/fuzz
work=$bin/run; rm -rf "$work"; mkdir -p "$work"
regress=$root/tests/hostile/regressions; mkdir -p "$regress"

# ---- seeds ------------------------------------------------------------------------------------
add_seed() {  # add_seed <corpus dir> <file>: named by content hash, so repeated runs add nothing
  local h; h=$(sha1sum "$2" | cut -c1-40)
  cp "$2" "$1/seed-$h"
}
texts=(examples/*.txt ../shared/corpus/*.txt tests/data/encodings/* tests/data/docx/*.txt)
for t in "${targets[@]}"; do
  c=$bin/corpus/$t; mkdir -p "$c"
  case $t in
    docx)
      # Mode bytes (see harness.h): 0x00 + a whole .docx; 0x80 + its document.xml;
      # 0xC0 + document.xml \x01\x01 numbering.xml \x01\x01 styles.xml.
      python3 - "$c" tests/data/docx/*.docx <<'PY'
import hashlib, sys, zipfile
out = sys.argv[1]
def put(data):
    open(f"{out}/seed-{hashlib.sha1(data).hexdigest()}", "wb").write(data)
for path in sys.argv[2:]:
    raw = open(path, "rb").read()
    put(b"\x00" + raw)
    z = zipfile.ZipFile(path)
    part = lambda n: z.read(n) if n in z.namelist() else b""
    put(b"\x80" + part("word/document.xml"))
    put(b"\xc0" + part("word/document.xml") + b"\x01\x01" + part("word/numbering.xml") + b"\x01\x01" + part("word/styles.xml"))
PY
      # Generated .docx structures (nested tables, stray rows, merges, fields, numbering
      # variants, ZIP64, data descriptors, duplicates): fuzz/gen_docx_seeds.py, same every run.
      python3 fuzz/gen_docx_seeds.py "$c" 400 16 >/dev/null
      ;;
    *)
      # Whole reports, and the same reports cut at blank lines into pieces of about 2 KB: small
      # inputs run hundreds of times faster, so most of the time goes to mutating them.
      python3 - "$c" "${texts[@]}" <<'PY'
import hashlib, sys
out = sys.argv[1]
def put(data):
    open(f"{out}/seed-{hashlib.sha1(data).hexdigest()}", "wb").write(data)
for path in sys.argv[2:]:
    raw = open(path, "rb").read()
    put(raw)
    piece = b""
    for para in raw.split(b"\n\n"):
        piece += para + b"\n\n"
        if len(piece) >= 2048:
            put(piece); piece = b""
    if piece: put(piece)
PY
      if [[ $t == bytes || $t == extract ]]; then for f in tests/data/docx/*.docx; do add_seed "$c" "$f"; done; fi
      ;;
  esac
  # Every input that ever failed for this target stays a seed.
  for f in "$regress/$t"-*; do [[ -f $f ]] && add_seed "$c" "$f"; done
done

# The text target's long-input share starts from the reports joined into one 1 MB text (no
# length ramp-up: -len_control=0), so inputs near 1 MB are tried from the first second.
if [[ " ${targets[*]} " == *" text "* ]]; then
  c=$bin/corpus/text-1MB; mkdir -p "$c"
  for f in "${texts[@]}"; do [[ -f $f ]] && add_seed "$c" "$f"; done
  python3 - "$c/seed-joined-1MB" examples/*.txt <<'PY'
import sys
parts = [open(p, "rb").read() for p in sys.argv[2:]]
joined = b"\n".join(parts)
open(sys.argv[1], "wb").write((joined * (1048576 // len(joined) + 1))[:1048576 - 4096])
PY
fi

# ---- runs -------------------------------------------------------------------------------------
# run_one <target> <seconds> <max_len> <tag>
run_one() {
  local t=$1 s=$2 len=$3 tag=$4
  local art=$work/$tag-artifacts; mkdir -p "$art"
  local extra=(); [[ $tag == text-1MB ]] && extra=(-len_control=0)
  "$bin/fuzz_$t" "$bin/corpus/$tag" "${extra[@]}" -dict=fuzz/gouji.dict -max_len="$len" -max_total_time="$s" \
    -timeout=30 -rss_limit_mb=2560 -malloc_limit_mb=2560 -print_final_stats=1 -artifact_prefix="$art/" \
    >"$work/$tag.log" 2>&1
  echo $? >"$work/$tag.rc"
}
runs=()
for t in "${targets[@]}"; do
  if [[ $t == text ]]; then
    long=$((secs / 3)); ((long >= 1)) || long=1
    runs+=("text $((secs - long)) 65536 text" "text $long 1048576 text-1MB")
  else
    runs+=("$t $secs 65536 $t")
  fi
done
echo "fuzz: ${#runs[@]} runs (${targets[*]}), $secs s a target, $jobs at a time"
running=0
for r in "${runs[@]}"; do
  run_one $r &
  running=$((running + 1))
  if ((running >= jobs)); then wait -n; running=$((running - 1)); fi
done
wait

# ---- results ----------------------------------------------------------------------------------
fstat() { grep -o "stat::$2: *[0-9]*" "$work/$1.log" | tail -1 | grep -o "[0-9]*$"; }
failed=0
printf '%-10s %8s %10s %10s %8s %8s %s\n' run seconds execs exec/s cov corpus result
for r in "${runs[@]}"; do
  set -- $r; t=$1 s=$2 tag=$4
  execs=$(fstat "$tag" number_of_executed_units); rate=$(fstat "$tag" average_exec_per_sec)
  cov=$(grep -o "cov: [0-9]*" "$work/$tag.log" | tail -1 | grep -o "[0-9]*")
  corp=$(ls "$bin/corpus/$tag" | wc -l)
  result=ok
  for a in "$work/$tag-artifacts"/*; do
    [[ -f $a ]] || continue
    kind=$(basename "$a"); kind=${kind%%-*}
    [[ $kind == slow ]] && continue   # slow-unit-*: reported by the benchmark, not a failure here
    h=$(sha1sum "$a" | cut -c1-40)
    cp "$a" "$regress/$t-$h"
    result="$kind: tests/hostile/regressions/$t-$h"
    failed=1
  done
  rc=$(cat "$work/$tag.rc")
  if [[ $result == ok && $rc != 0 ]]; then result="exit $rc (see $work/$tag.log)"; failed=1; fi
  printf '%-10s %8s %10s %10s %8s %8s %s\n' "$tag" "$s" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$corp" "$result"
  if [[ $result != ok ]]; then grep -m1 -A12 -E "ERROR: |invariant violated|Timeout|out-of-memory" "$work/$tag.log" | sed 's/^/    /'; fi
done
((failed)) && { echo "fuzz: FAILED — reproducers saved under tests/hostile/regressions/ (replayed by the doctest)"; exit 1; }
echo "fuzz: no crash"
