#!/usr/bin/env python3
"""The real-report corpus as a test: runs ../shared/realworld's score.py and mutate.py on the
gouji binary, and measures checked coverage (consistent statements reported as verified); fails
when a figure falls below its floor in floors.json (floors only move up). Also reads each excerpt's
繁体, PDF-wrapped (with and without page furniture), full-width, spaced, synonym, thousands-grouped,
bracket-width and spaced-cell twins (made in a temporary folder) and counts those giving the same
findings.

usage: realworld_floor.py GOUJI_BIN REPO_ROOT
The corpus is kept outside the repository (published texts): without ../shared/realworld the
test says so and fails, since CI always has it beside the clone."""
import collections, json, os, re, subprocess, sys, tempfile

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

def inside_figure(line, j):
    """A break before line[j] would cut a figure: between its digits, or at a space grouping its
    thousands ("1 100 910.5": a space followed by exactly three digits)."""
    if re.match(r'[0-9.,]', line[j]) and re.match(r'[0-9.,]', line[j - 1]): return True
    return bool(re.match(r'\d \d{3}(?![\d])', line[j - 2:j + 4]) or re.match(r'\d \d{3}(?![\d])', line[j - 1:j + 4]))

def wrap_like_pdf(text, width):
    """Hard-wraps every long line at `width` characters as a PDF viewer copies it, never inside a
    figure (the line ends before a number that would not fit, thousands groups included); table
    rows (tabs, pipes) stay."""
    out = []
    for line in text.split('\n'):
        if len(line) <= width or '|' in line or '\t' in line:
            out.append(line)
            continue
        i = 0
        while len(line) - i > width:
            j = i + width
            while j > i + 1 and inside_figure(line, j): j -= 1
            out.append(line[i:j])
            i = j
        out.append(line[i:])
    return '\n'.join(out)

# Each twin family: its floor in floors.json, and what it counts.
TWIN_FLOORS = [
    ('twin_traditional_same_min', '繁体 twins with the same findings'),
    ('twin_wrapped_same_min', 'PDF-wrapped twins with the same findings'),
    ('twin_wrapped_checked_min', "relations verified in the wrapped twins (of the originals')"),
    ('twin_forms_same_min', 'full-width and spaced twins with the same findings and relations'),
    ('twin_paged_same_min', 'paged twins the same as their wrapped copy'),
    ('twin_synonyms_same_min', 'synonym and clause-order twins with the same findings and relations'),
    ('twin_numbers_same_min', 'thousands-grouped and spaced-percent twins with the same findings and relations'),
    ('twin_brackets_same_min', 'bracket-width twins with the same findings and relations'),
    ('twin_cells_spaced_same_min', 'twins with table cells spaced out (项 目 名 称) with the same findings and relations'),
]

def twins(gouji, corpus):
    """Each excerpt against its twins as other sites publish it: converted to 繁体 (opencc s2t),
    hard-wrapped like a PDF copy at 33 and 41 characters (and that copy cut into pages), with
    full-width figures or spaced units, and phrased with common synonyms. A twin should give the
    same findings (rule and severity) and verify as many relations. Returns {floor key: [got, of]}
    for the keys of TWIN_FLOORS."""
    def result(path):
        doc = json.loads(run([gouji, 'check', '--format', 'json', path], ok=(0, 1)))['documents'][0]
        return collections.Counter((f['rule'], f['severity']) for f in doc['findings']), len(doc.get('checked', []))
    tally = {key: [0, 0] for key, _ in TWIN_FLOORS}
    def count(key, got, of=1):
        tally[key][0] += got
        tally[key][1] += of
    def twin_result(tmp, name, text):
        path = os.path.join(tmp, name)
        open(path, 'w', encoding='utf-8').write(text)
        return result(path)
    with tempfile.TemporaryDirectory() as tmp:  # twins of published texts never enter the repository
        for name in sorted(os.listdir(corpus)):
            if not name.endswith('.txt'): continue
            src = os.path.join(corpus, name)
            found, checked = result(src)
            text = open(src, encoding='utf-8').read()
            trad = os.path.join(tmp, 'trad-' + name)
            run(['opencc', '-c', 's2t.json', '-i', src, '-o', trad])
            count('twin_traditional_same_min', result(trad)[0] == found)
            # OCR and some converters: full-width figures ("１２．３９"), a space before the unit ("5 个").
            for kind, twin in (('wide', FULL_WIDTH_FIGURES(text)), ('spaced', SPACED_UNITS(text))):
                count('twin_forms_same_min', twin_result(tmp, f'{kind}-{name}', twin) == (found, checked))
            for form in NUMBER_FORMS:
                count('twin_numbers_same_min', twin_result(tmp, 'num-' + name, off_links(form, text)) == (found, checked))
            count('twin_cells_spaced_same_min', twin_result(tmp, 'cells-' + name, SPACED_CELLS(text)) == (found, checked))
            for form in BRACKET_FORMS:
                count('twin_brackets_same_min', twin_result(tmp, 'br-' + name, form(text)) == (found, checked))
            for pattern, word in SYNONYMS:
                twin = re.sub(pattern, word, text)
                if twin != text:
                    count('twin_synonyms_same_min', twin_result(tmp, 'syn-' + name, twin) == (found, checked))
            for width in (33, 41):
                wrapped = wrap_like_pdf(text, width)
                f2, c2 = twin_result(tmp, f'wrap{width}-{name}', wrapped)
                count('twin_wrapped_same_min', f2 == found)
                count('twin_wrapped_checked_min', c2, checked)
                # The same copy with its pages: a page number and a running header every 25
                # lines, mid-sentence and mid-table alike, must change nothing.
                count('twin_paged_same_min', twin_result(tmp, f'paged{width}-{name}', with_pages(wrapped)) == (f2, c2))
    return tally

def with_pages(text, every=25, header='某某单位信息公开材料'):
    out = []
    for i, line in enumerate(text.split('\n'), 1):
        out.append(line)
        if i % every == 0: out += [f'- {i // every} -', header]
    return '\n'.join(out)

# Words a report may write another common way (pattern, replacement): each excerpt that uses the
# word, rewritten with its synonym, should give the same findings and verify as many relations.
SYNONYMS = [
    (r'同比', '比上年'), (r'比上年', '较上年'), (r'较上年', '比上年度'), (r'较上年', '与上年相比'),
    (r'比上年', '同比'), (r'较上年', '同比'),
    (r'增长', '上升'), (r'增长', '增加'), (r'增加', '增长'), (r'增加', '提高'),
    (r'减少', '下降'), (r'减少', '降低'), (r'减少', '减支'), (r'下降', '降低'), (r'下降', '减少'),
    (r'占(?!比)', '占到'), (r'占(?=[\d.]+%)', '占比为'), (r'占(?=[\d.]+%)', '所占比重为'), (r'占比', '所占比重'), (r'共计', '合计'), (r'合计', '共计'), (r'合计', '总计'), (r'主要用于', '用于'),
    (r'年初预算数', '年初预算'), (r'预算执行率', '执行率'), (r'决算数', '执行数'), (r'决算数', '实际数'), (r'完成率', '完成比例'), (r'完成率', '达成率'),
    (r'(增加|增长|减少|下降)([\d.]+万元)[,，](增长|下降)([\d.]+%)', r'\3\4，\1\2'),  # the rate first
    (r'三公经费', '“三公”经费'), (r'(?<=\d)元(?=[，。,；;])', '元整'), (r'达到', '达'), (r'万元', '万'),
]

# Figures as other publishers write them: thousands grouped by ",", by the full-width "，" (OCR,
# converters) or by a space ("12 345.67"), and "12.5 %" / "12.5％". A year, a date or a figure
# inside a link is not grouped. Brackets all half-width, or all full-width.
def grouped(sep):
    def group(m):
        whole, dot, frac = m.group(0).partition('.')
        head, tail = whole[:len(whole) % 3 or 3], whole[len(whole) % 3 or 3:]
        return sep.join([head] + [tail[i:i + 3] for i in range(0, len(tail), 3)]) + dot + frac
    return lambda t: re.sub(r'(?<![\d.,])(?<!\d，)\d{4,}(?:\.\d+)?(?![\d.]|\s*[年月日号])', group, t)
NUMBER_FORMS = [grouped(','), grouped('，'), grouped(' '),
                lambda t: re.sub(r'(?<=\d)%', ' %', t), lambda t: re.sub(r'(?<=\d)%', '％', t)]
BRACKET_FORMS = [lambda t: t.replace('（', '(').replace('）', ')'), lambda t: t.replace('(', '（').replace(')', '）')]

# Table cells of words spaced out for alignment, as scraped pages and converters give them: each
# short cell without figures of a pipe or tab row, and each short line of words alone.
def spaced_word(w):
    return re.sub(r'(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])', ' ', w) if len(w) <= 8 and not re.search(r'\d', w) else w
def spaced_line(l):
    if '|' in l or '\t' in l:
        sep = '|' if '|' in l else '\t'
        return sep.join(spaced_word(c) for c in l.split(sep))
    return spaced_word(l) if re.fullmatch(r'[\u4e00-\u9fff]+', l.strip()) else l
SPACED_CELLS = lambda t: '\n'.join(spaced_line(l) for l in t.split('\n'))

def off_links(form, text):
    """`form` applied to the text with its links (URL lines) left as they are."""
    lines = text.split('\n')
    out = form('\n'.join('' if 'http' in l else l for l in lines)).split('\n')
    return '\n'.join(l if 'http' in l else o for l, o in zip(lines, out))

FULL_WIDTH_FIGURES = lambda t: re.sub(r'(?<=\d)\.(?=\d)', '．', t).translate({ord(c): ord(c) + 0xFEE0 for c in '0123456789'})
SPACED_UNITS = lambda t: re.sub(r'(\d)(万元|元|%|人|个|年)', r'\1 \2', t)

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
    tally = twins(gouji, corpus)
    for key, what in TWIN_FLOORS:
        got, of = tally[key]
        print(f"{what}: {got}/{of}")
        if got < floors[key]: failures.append(f"{what} {got} < floor {floors[key]}")
    for f in failures: print("FAIL:", f)
    n = 5 + len(TWIN_FLOORS) + len(floors['mutate_kind_min'])
    print(f"realworld floors: {n - len(failures)} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)

main()
