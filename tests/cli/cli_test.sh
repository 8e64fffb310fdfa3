#!/usr/bin/env bash
# CLI contract: exit codes, the JSON envelope, stdin, text format, one-line I/O errors, bad inputs,
# batch runs (tests/cli/hostile_cases.sh, tests/cli/batch_cases.sh, sourced below).
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
mkdir "$tmp/empty-folder"
expect_rc 2 "$bin" check "$tmp/empty-folder"      # a folder with nothing to check
[[ $(cat "$tmp/err") == "gouji: $tmp/empty-folder: no .txt or .docx file in this folder" ]] && ok || bad "empty folder: $(cat "$tmp/err")"

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

# ---- Bad input: the exact first line the user sees, and the exit status -----------------------
# expect_line <rc> <file> <line>: `gouji check <file>` exits <rc> and its first line is <line>.
expect_line() {
  local want_rc=$1 file=$2 want=$3
  "$bin" check "$file" >"$tmp/out" 2>"$tmp/err"; local rc=$?
  local got; got=$(head -n1 "$tmp/out")
  [[ $rc == "$want_rc" && $got == "$want" ]] && ok || bad "$(basename "$file"): rc $rc (want $want_rc), got: $got"
}
h=$tmp/hostile; mkdir -p "$h"
E02="error: 这不是文本文件（看起来是二进制文件），无法检查。请粘贴报告文字，或上传 .txt / .docx 文件。 [E02]"
E03="info: 输入为空：没有可检查的文字。 [E03]"
: >"$h/empty.txt";                                  expect_line 0 "$h/empty.txt" "$h/empty.txt:1:1: $E03"
printf ' \n\t\xe3\x80\x80 \r\n\n' >"$h/blank.txt";   expect_line 0 "$h/blank.txt" "$h/blank.txt:1:1: $E03"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0' >"$h/image.png"
expect_line 1 "$h/image.png" "$h/image.png:1:1: $E02"
printf 'MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0PE\0\0L\x01' >"$h/setup.exe"
expect_line 1 "$h/setup.exe" "$h/setup.exe:1:1: $E02"
python3 - "$h" <<'PY'
import sys, zipfile
h = sys.argv[1]
def docx(name, body, extra=()):
    with zipfile.ZipFile(f"{h}/{name}", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", body)
        for n, d in extra: z.writestr(n, d)
with zipfile.ZipFile(f"{h}/archive.zip", "w") as z: z.writestr("readme.txt", "收入10万元")   # a ZIP, not a .docx
docx("bomb.docx", b"\0" * (20 << 20))                                                  # 20 MB of zeros in 20 KB
docx("laughs.docx", '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                    '<w:document><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>')
open(f"{h}/invalid.txt", "wb").write("收入10万元".encode() + b"\xff\xfe\xc3" + "，其中A 4万元、B 6万元。\n".encode())
PY
expect_line 1 "$h/archive.zip" "$h/archive.zip:1:1: $E02"
expect_line 1 "$h/bomb.docx" "$h/bomb.docx:1:1: error: .docx 文件解压后过大（超过 64 MB 或压缩比异常），已拒绝读取 [E04]"
expect_line 1 "$h/laughs.docx" "$h/laughs.docx:1:1: error: 无法读取 .docx：DOCTYPE or entity declaration（文件可能被篡改） [E04]"
expect_line 0 "$h/invalid.txt" "$h/invalid.txt:1:7: warning: 输入含 3 处无法识别的字节（编码按 utf-8 识别），已替换为 �；其余文字照常检查。 [E01]"
# A UTF-8 report with one line pasted from a GBK file: read as UTF-8, the GBK bytes flagged.
{ cat "$shigu"; printf '\xd6\xa7\xb3\xf65\xcd\xf2\xd4\xaa\xa1\xa3\n'; } >"$h/mixed.txt"   # 支出5万元。 in GBK
expect_line 1 "$h/mixed.txt" "$h/mixed.txt:99:2: warning: 输入含 6 处无法识别的字节（编码按 utf-8 识别），已替换为 �；其余文字照常检查。 [E01]"
grep -qxF "$h/mixed.txt:75:11: error: 合计应为12.02万元（5.92+6.1），报告为0万元 [R01]" "$tmp/out" && ok || bad "mixed encodings: the UTF-8 part is not checked"
# The page/API face gets the same words in English.
"$bin" check --lang en "$h/image.png" | head -n1 | grep -qF "error: This is not a text file (it looks binary), so it cannot be checked." && ok || bad "E02 in English"

# ---- Batch: folders, --files-from, threads, unreadable files, the CSV summary -----------------
b=$tmp/batch; mkdir -p "$b/sub/deeper" "$b/.hidden"
cp "$tmp/clean.txt" "$b/a.txt"; cp "$shigu" "$b/sub/B.TXT"; cp "$root/tests/data/docx/libreoffice_sample.docx" "$b/sub/deeper/c.docx"
printf 'x' >"$b/notes.md"; cp "$shigu" "$b/.hidden/x.txt"; printf 'owner' >"$b/sub/~\$c.docx"
"$bin" check --format json "$b" >"$tmp/folder.json"; rc=$?
python3 - "$tmp/folder.json" "$b" <<'PY' && [[ $rc == 1 ]] && ok || bad "folder: rc $rc, $(head -c 300 "$tmp/folder.json")"
import json, sys
docs = json.load(open(sys.argv[1]))["documents"]
b = sys.argv[2]
assert [d["path"] for d in docs] == [f"{b}/a.txt", f"{b}/sub/B.TXT", f"{b}/sub/deeper/c.docx"], [d["path"] for d in docs]
assert docs[2]["encoding"] == "docx"
PY
# Many files: the output is the same whatever the number of threads and equals one run per file.
many=()
for i in $(seq 1 12); do many+=("$shigu" "$taoyuan" "$tmp/clean.txt"); done
"$bin" check --format json -j1 "${many[@]}" >"$tmp/j1.json"
"$bin" check --format json --jobs 4 "${many[@]}" >"$tmp/j4.json"
"$bin" check --format json "${many[@]}" >"$tmp/jn.json"
cmp -s "$tmp/j1.json" "$tmp/j4.json" && cmp -s "$tmp/j1.json" "$tmp/jn.json" && ok || bad "JSON differs with the number of threads"
"$bin" check -j1 "${many[@]}" >"$tmp/t1.txt"; "$bin" check -j3 "${many[@]}" >"$tmp/t3.txt"
cmp -s "$tmp/t1.txt" "$tmp/t3.txt" && ok || bad "text output differs with the number of threads"
python3 - "$tmp/j4.json" "$bin" "$shigu" "$taoyuan" <<'PY' && ok || bad "batch documents != single runs"
import json, subprocess, sys
docs = json.load(open(sys.argv[1]))["documents"]
assert len(docs) == 36
for f in sys.argv[3:5]:
    one = json.loads(subprocess.run([sys.argv[2], "check", "--format", "json", f], capture_output=True).stdout)["documents"][0]
    assert all(d == one for d in docs if d["path"] == f)
PY
# --files-from - (a list on stdin), blank lines and CRLF tolerated.
printf '%s\r\n\n%s\n' "$shigu" "$taoyuan" | "$bin" check --format json --files-from - >"$tmp/list.json"; rc=$?
"$bin" check --format json "$shigu" "$taoyuan" | cmp -s - "$tmp/list.json" && [[ $rc == 1 ]] && ok || bad "--files-from -"
expect_rc 2 "$bin" check --files-from - -
# An unreadable file is reported on stderr (one line) and skipped; the others are still checked.
"$bin" check --format json "$tmp/clean.txt" "$tmp/missing.txt" "$tmp/clean.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc == 1 && $(cat "$tmp/err") == "gouji: $tmp/missing.txt: No such file or directory" ]] &&
  python3 -c "import json,sys; assert len(json.load(open('$tmp/out'))['documents'])==2" && ok || bad "unreadable file in a batch: rc $rc $(cat "$tmp/err")"
expect_rc 0 "$bin" check "$tmp/clean.txt" "$b/a.txt"      # all read, no error finding
expect_rc 2 "$bin" check "$tmp/missing.txt" "$tmp/gone.txt"  # nothing could be read
[[ ! -s "$tmp/out" && $(wc -l <"$tmp/err") == 2 ]] && ok || bad "nothing readable: stdout not empty or stderr not 2 lines"
# --summary csv: UTF-8 with BOM, CRLF, one row per input (unreadable ones too), on stdout when
# there is no --summary-file (then it replaces the findings).
"$bin" check --summary csv "$shigu" "$tmp/missing.txt" "$tmp/clean.txt" "$h/image.png" >"$tmp/s.csv" 2>/dev/null; rc=$?
python3 - "$tmp/s.csv" "$shigu" "$tmp" "$h" "$bin" <<'PY' && [[ $rc == 1 ]] && ok || bad "--summary csv on stdout (rc $rc): $(cat "$tmp/s.csv")"
import csv, io, json, subprocess, sys
raw = open(sys.argv[1], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf") and raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))
shigu, tmp, h, exe = sys.argv[2:6]
# The counts are the JSON report's own, per severity.
doc = json.loads(subprocess.run([exe, "check", "--format", "json", shigu], capture_output=True).stdout)["documents"][0]
count = lambda sev: str(sum(f["severity"] == sev for f in doc["findings"]))
checked = str(len(doc.get("checked", [])))  # the relations verified, as in the JSON
clean = json.loads(subprocess.run([exe, "check", "--format", "json", f"{tmp}/clean.txt"], capture_output=True).stdout)["documents"][0]
assert len(clean.get("checked", [])) == 1  # its 其中 list adds up: one relation verified
assert rows == [
    ["file", "errors", "warnings", "infos", "top_finding", "checked"],
    [shigu, count("error"), count("warning"), count("info"), "R01 75:11 合计应为12.02万元（5.92+6.1），报告为0万元", checked],
    [f"{tmp}/missing.txt", "", "", "", "无法读取：No such file or directory", ""],
    [f"{tmp}/clean.txt", "0", "0", "0", "", "1"],  # its 其中 sum, verified
    [f"{h}/image.png", "1", "0", "0", "E02 这不是文本文件（看起来是二进制文件），无法检查。请粘贴报告文字，或上传 .txt / .docx 文件。", "0"],
], rows
PY
# --summary-file: the findings stay on stdout, unchanged; the CSV goes to the file.
"$bin" check "$shigu" "$taoyuan" >"$tmp/plain.txt"
"$bin" check --summary-file "$tmp/sum.csv" --lang en "$shigu" "$taoyuan" >"$tmp/with.txt"
"$bin" check --lang en "$shigu" "$taoyuan" | cmp -s - "$tmp/with.txt" &&
  grep -qE "^$taoyuan,[1-9][0-9]*,[0-9]+,[0-9]+,\"R13 132:2 第2行（养老服务）: " "$tmp/sum.csv" && ok || bad "--summary-file: $(cat "$tmp/sum.csv")"
# A cell a spreadsheet would run as a formula (= + - @ tab CR first) is quoted with ' — the same
# guard as the page's CSV (web/handover.js csvCell); a file may be named like a formula.
cp "$tmp/clean.txt" "$tmp/=SUM(A1).txt"; cp "$tmp/clean.txt" "$tmp/-1+2.txt"; cp "$tmp/clean.txt" "$tmp/@x.txt"
printf '%s\n' "=SUM(A1).txt" "-1+2.txt" "@x.txt" >"$tmp/list"  # via a list: "-1+2.txt" is no option there
(abs=$(realpath "$bin") && cd "$tmp" && "$abs" check --summary csv --files-from list >"$tmp/f.csv" 2>"$tmp/f.err")
grep -q "^'=SUM(A1).txt,0," "$tmp/f.csv" && grep -q "^'-1+2.txt,0," "$tmp/f.csv" && grep -q "^'@x.txt,0," "$tmp/f.csv" \
  && ok || bad "formula guard in --summary csv: $(cat "$tmp/f.csv" "$tmp/f.err")"
expect_rc 2 "$bin" check --summary csv --format json "$shigu"   # CSV on stdout cannot also be JSON
expect_rc 2 "$bin" check --summary xml "$shigu"
expect_rc 2 "$bin" check --summary-file "$tmp/no/such/dir/s.csv" "$shigu"
[[ $(cat "$tmp/err") == "gouji: $tmp/no/such/dir/s.csv: cannot write the summary" ]] && ok || bad "unwritable summary: $(cat "$tmp/err")"
# The progress bar: never when stderr is not a terminal; on a terminal (script(1) gives one) it is
# drawn on stderr and erased, and stdout is untouched.
"$bin" check "${many[@]}" >/dev/null 2>"$tmp/err"; [[ ! -s "$tmp/err" ]] && ok || bad "progress bar on a non-TTY stderr"
if command -v script >/dev/null; then
  script -qec "$bin check --summary-file /dev/null ${many[*]} >$tmp/tty.out" /dev/null >"$tmp/tty.err" 2>&1
  grep -q "files" "$tmp/tty.err" && cmp -s "$tmp/tty.out" "$tmp/t1.txt" && ok || bad "progress bar on a TTY: $(head -c 200 "$tmp/tty.err" | od -c | head -3)"
fi

# Past the per-rule bound (200 findings of one rule) the totals line and the summary count every
# finding, listed or not, and not the note that says how many are not listed.
python3 -c "print('一、收支情况\n2023年决算支出900.00万元。\n二、绩效情况\n' + '\n'.join('2023年决算支出%d.00万元，主要用于日常运转。' % (901 + i) for i in range(260)))" >"$tmp/capped.txt"
"$bin" check "$tmp/capped.txt" >"$tmp/out" 2>/dev/null
[[ $(tail -n1 "$tmp/out") == "260 个错误，0 个警告，0 条提示" ]] && ok || bad "totals past the cap: $(tail -n1 "$tmp/out")"
"$bin" check --summary csv "$tmp/capped.txt" 2>/dev/null | grep -q "capped.txt,260,0,0," && ok || bad "summary past the cap"

echo "cli: $pass passed, $fail failed"
[[ $fail == 0 ]]
