#!/usr/bin/env python3
"""The real-report corpus as a test: runs ../shared/realworld's score.py and mutate.py on the
gouji binary, and measures checked coverage (consistent statements reported as verified); fails
when a figure falls below its floor in floors.json (floors only move up).

usage: realworld_floor.py GOUJI_BIN REPO_ROOT
The corpus is kept outside the repository (published texts): without ../shared/realworld the
test says so and fails, since CI always has it beside the clone."""
import collections, json, os, re, subprocess, sys

def run(cmd, ok=(0,)):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    if p.returncode not in ok:
        sys.exit(f"FAIL: {' '.join(cmd[:2])} exited {p.returncode}: {p.stderr[-500:]}")
    return p.stdout

def u16(text, i):
    return len(text[:i].encode('utf-16-le')) // 2

def checked_coverage(gouji, corpus, labels_path):
    """Consistent labelled statements that gouji reports as verified: a `checked` record with an
    input overlapping the statement's quote (UTF-16 offsets, as score.py matches findings)."""
    by_file = collections.defaultdict(list)
    for l in json.load(open(labels_path, encoding='utf-8')):
        if l['consistent'] is True: by_file[l['file']].append(l)
    covered = total = 0
    for f, ls in sorted(by_file.items()):
        text = open(os.path.join(corpus, f), encoding='utf-8').read()
        doc = json.loads(run([gouji, 'check', '--format', 'json', os.path.join(corpus, f)], ok=(0, 1)))['documents'][0]
        spans = [(s['start'], s['end']) for c in doc.get('checked', []) for s in c.get('inputs', [])]
        for l in ls:
            i = text.find(l['quote'])
            if i < 0: continue
            a, b = u16(text, i), u16(text, i + len(l['quote']))
            total += 1
            covered += any(s < b and a < e for s, e in spans)
    return covered, total

def main():
    gouji, root = sys.argv[1], sys.argv[2]
    rw = os.path.normpath(os.path.join(root, '..', 'shared', 'realworld'))
    if not os.path.isdir(rw):
        sys.exit(f"FAIL: {rw} is missing (the real-report corpus must sit beside the clone)")
    floors = json.load(open(os.path.join(os.path.dirname(__file__), 'floors.json')))
    corpus, labels = os.path.join(rw, 'corpus'), os.path.join(rw, 'labels.json')
    failures = []
    score = run([sys.executable, os.path.join(rw, 'score.py'), gouji, corpus, labels])
    print(score.strip())
    m = re.search(r'material recall (\d+)/(\d+).*false alarms (\d+)/(\d+)', score)
    w = re.search(r'warnings on consistent statements (\d+)/', score)
    crashed = re.search(r'crashed_or_unparsed_files=(\d+)', score)
    if not (m and w and crashed):
        sys.exit("FAIL: score.py output not understood")
    found, fa, wfa = int(m.group(1)), int(m.group(3)), int(w.group(1))
    if int(crashed.group(1)): failures.append(f"{crashed.group(1)} corpus files crashed or gave bad JSON")
    if found < floors['material_found_min']: failures.append(f"material found {found} < floor {floors['material_found_min']}")
    if fa > floors['false_alarms_max']: failures.append(f"false alarms {fa} > ceiling {floors['false_alarms_max']}")
    if wfa > floors['warnings_on_consistent_max']:
        failures.append(f"warnings on consistent {wfa} > ceiling {floors['warnings_on_consistent_max']}")
    mut = run([sys.executable, os.path.join(rw, 'mutate.py'), gouji, corpus, labels, '--jobs', '2'])
    print(mut.strip())
    kinds = {k.strip(): int(v) for k, v in re.findall(r'^(\w[\w :/]*?)\s+(\d+)/\d+', mut, re.M)}
    if kinds.get('overall', -1) < floors['mutate_overall_min']:
        failures.append(f"mutate overall {kinds.get('overall')} < floor {floors['mutate_overall_min']}")
    for kind, lo in floors['mutate_kind_min'].items():
        if kinds.get(kind, -1) < lo: failures.append(f"mutate {kind} {kinds.get(kind)} < floor {lo}")
    covered, total = checked_coverage(gouji, corpus, labels)
    print(f"checked coverage {covered}/{total} = {covered / total:.1%}")
    if covered < floors['checked_coverage_min']:
        failures.append(f"checked coverage {covered} < floor {floors['checked_coverage_min']}")
    for f in failures: print("FAIL:", f)
    n = 5 + len(floors['mutate_kind_min'])
    print(f"realworld floors: {n - len(failures)} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)

main()
