#!/usr/bin/env bash
# CLI contract: exit codes, the JSON envelope, stdin, text format, one-line I/O errors.
# Usage: cli_test.sh <gouji binary> <repo root>
set -u
bin=$1; root=$2
pass=0; fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*"; }
expect_rc() { local want=$1; shift; "$@" >"$tmp/out" 2>"$tmp/err"; local rc=$?; [[ $rc == "$want" ]] && ok || bad "rc $rc != $want: $*"; }

shigu=$root/examples/2020-shigu-health-department.txt
taoyuan=$root/examples/2024-taoyuan-health-bureau.txt

expect_rc 1 "$bin" check "$shigu"                 # has an error finding
printf '基本支出决算10.00万元，其中：工资福利支出6.00万元、商品和服务支出4.00万元。\n' >"$tmp/clean.txt"
expect_rc 0 "$bin" check "$tmp/clean.txt"         # nothing wrong
expect_rc 1 "$bin" check "$taoyuan"               # table errors
expect_rc 2 "$bin" check                          # no file
expect_rc 2 "$bin" frobnicate x                   # unknown command
expect_rc 2 "$bin" check --format xml "$shigu"    # bad option value
expect_rc 2 "$bin" check "$tmp/does-not-exist.txt"
[[ $(wc -l <"$tmp/err") == 1 ]] && grep -q "does-not-exist.txt: No such file" "$tmp/err" && ok || bad "I/O error is not one line: $(cat "$tmp/err")"
expect_rc 2 "$bin" check "$tmp"                   # a directory

# JSON envelope.
"$bin" check --format json "$shigu" >"$tmp/j.json"
python3 - "$tmp/j.json" "$shigu" <<'PY' && ok || bad "JSON contract"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["tool"]["name"] == "gouji" and d["tool"]["version"]
doc = d["documents"][0]
assert doc["path"] == sys.argv[2] and doc["encoding"] == "utf-8"
f = [x for x in doc["findings"] if x["severity"] == "error"][0]
assert f["rule"] == "R01" and set(f) >= {"rule","severity","message","spans","line","column","expected","actual"}
assert [s["role"] for s in f["spans"]] == ["primary", "related", "related"]
text = open(sys.argv[2], encoding="utf-8").read()
# offsets are UTF-16 units; this text is all BMP, so Python indices agree
assert text[f["spans"][0]["start"]:f["spans"][0]["end"]] == "0万元", f["spans"]
assert isinstance(doc["metrics"], list)
PY

# stdin, and --lang en.
"$bin" check --format json --lang en - <"$shigu" >"$tmp/s.json"; rc=$?
[[ $rc == 1 ]] && python3 -c "
import json,sys; d=json.load(open('$tmp/s.json'))['documents'][0]
assert d['path']=='-'; assert any(f['message'].startswith('The parts add up') for f in d['findings'])" && ok || bad "stdin / --lang en"

# Text format: file:line:col: severity: message, then the quoted text (no colour when piped).
"$bin" check "$shigu" >"$tmp/t.txt"
grep -qE "^$shigu:75:11: error: 合计应为12\.02万元" "$tmp/t.txt" && ok || bad "text format line"
grep -q "【0万元】" "$tmp/t.txt" && ok || bad "quoted span"
! grep -q $'\033' "$tmp/t.txt" && ok || bad "colour codes when not a TTY"

# Several files: one envelope, one document each.
"$bin" check --format json "$shigu" "$taoyuan" | python3 -c "import json,sys; assert len(json.load(sys.stdin)['documents'])==2" && ok || bad "two documents"

echo "cli: $pass passed, $fail failed"
[[ $fail == 0 ]]
