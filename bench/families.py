#!/usr/bin/env python3
"""Pathological input families (issue 16 item 3, as cmark keeps one): report-shaped text repeated
to any size, each family the shape that once made one stage super-linear. All text is written
here (made-up departments and figures), never taken from a published report; `example_flat` and
`han_line` are built from the bundled example in examples/.

  families.py list                          the families, one line each
  families.py gen FAMILY MB [OUT]           write FAMILY at MB megabytes (stdout when no OUT)
  families.py measure GOUJI [--sizes 1 8] [--only F,…] [--mode check|extract|both]
                      [--markdown OUT] [--timeout S] [--max-ratio R] [--max-bytes-per-byte B]
      runs `GOUJI check --format json` (and/or `extract`) once per family and size, in its own
      process, and prints CPU seconds, MB/s, the cost ratio largest/smallest, and peak RSS per
      input byte; exits 1 when a ratio passes --max-ratio or memory passes --max-bytes-per-byte.

A ratio is a cost ratio (CPU time of the largest size over the smallest), so it needs no timing
bound and holds on a busy machine: linear is the size ratio (8 for 8 MB / 1 MB)."""
import os, resource, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(ROOT, 'examples', '2024-taoyuan-health-bureau.txt')

# Made-up names, cycled so no two neighbouring statements are identical.
NAMES = ['城东', '河西', '北岭', '南湖', '青石', '白沙', '松林', '柳塘', '金桥', '石门', '清溪', '云台', '杏园']
CN = '一二三四五六七八九十'
STANDS = ['科技馆', '体育场', '卫生院', '敬老院', '文化站', '污水站', '农贸市场', '公交站']


def name(i):
    return NAMES[i % len(NAMES)] + STANDS[(i // len(NAMES)) % len(STANDS)]


def money(i, base=100):
    """A figure with two decimals that varies with i (never 0)."""
    return f'{base + (i * 37) % 900}.{(i * 13) % 100:02d}'


# Each family: (description, unit(i) → text, header). The text is header + unit(0) + unit(1) + …
# until the size is reached; a unit carries its own separator ('' keeps everything on one line).
def _invest(i):
    a = 500 + i % 400
    b, c = a - 100, a - 150
    return (f'（{CN[i % 10]}）{name(i)}建设项目。该项目总投资{a}万元，本年计划投资{b}万元，实际完成投资{c}万元，'
            f'已拨付资金{c - 20}万元，资金拨付率{(c - 20) * 100 // b}%，投资完成率{c * 100 // b}%。\n\n')


def _plan(i):
    return (f'{name(i)}改造工程计划于2024年{i % 12 + 1}月底前完成主体施工，将于{(i + 3) % 12 + 1}月中旬完成验收，'
            f'预计完成投资{money(i)}万元，拟于年底前拨付剩余资金。\n')


def _blood(i):
    n = 3000 + i % 5000
    return (f'{name(i)}献血点全年组织无偿献血{n}人次，较上年增加{i % 300}人次，增长{(i % 300) * 100 // n}.{i % 10}%；'
            f'采血量{n * 3 // 10}万毫升，其中全血{n * 2 // 10}万毫升、成分血{n // 10}万毫升，临床用血满足率100%。\n\n')


def _sangong(i):
    a, b, c = 3 + i % 20, 20 + i % 30, 5 + i % 9
    return (f'{2020 + i % 5}年度{name(i)}“三公”经费财政拨款支出{a + b + c}万元，其中：因公出国（境）费{a}万元，'
            f'公务用车购置及运行维护费{b}万元（公务用车购置费0万元，公务用车运行维护费{b}万元），公务接待费{c}万元。'
            f'“三公”经费支出比年初预算减少{i % 7}万元，下降{i % 7 * 10 // (a + b + c + 1)}%，主要原因是厉行节约。\n\n')


def _restated(i):
    labels = ['本年支出合计', '年度支出总额', '全年实际支出', '部门决算支出', '支出决算数']
    return f'{labels[i % len(labels)]}2345.67万元。\n'


def _qizhong_para(i):
    a, b = 10 + i % 50, 5 + i % 30
    return f'{name(i)}收入{a + b + (i % 3 == 0)}万元，其中财政拨款收入{a}万元、其他收入{b}万元；'


def _growth_para(i):
    y = 100 + i % 500
    return f'{name(i)}支出{y + y // 10}万元，比上年增加{y // 10}万元，增长{10 + (i % 4 == 0)}%；'


def _qizhong_list(i):
    return f'{i + 1}.{name(i)}项目经费{money(i, 10)}万元；\n'


def _identity(i):
    a, b, c = 100 + i % 300, 2000 + i % 700, 1900 + i % 600
    return (f'{name(i)}年初结转和结余{a}万元，本年收入合计{b}万元，本年支出合计{c}万元，'
            f'年末结转和结余{a + b - c + (i % 5 == 0)}万元。\n')


def _selfeval(i):
    t = 100 + i % 400
    return f'| 产出指标 | 数量指标 | {name(i)}培训人次 | ≥{t}人次 | {t + i % 50 - 10}人次 | 10 | {10 - (i % 50 < 10)} | |\n'


SELFEVAL_HEAD = ('| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n'
                 '| --- | --- | --- | --- | --- | --- | --- | --- |\n')


def _count_list(i):
    n = 3 + (i % 4 == 0)
    return f'{name(i)}共开展{n}项活动：一是义诊{i % 90 + 10}场；二是健康讲座{i % 40 + 5}场；三是入户随访{i % 700 + 100}户。\n'


def _shares(i):
    a = 10 + i % 90
    return f'{name(i)}人员经费{a}万元，占部门支出总额的{a * 100 // 400}.{i % 10}%。\n'


def _ordinals_line(i):
    return f'（{i + 1}）{name(i)}支出{money(i, 1)}万元；'


def _headings(i):
    return (f'{CN[i % 10]}、{name(i)}工作情况\n（{CN[i % 10]}）主要做法\n{i % 9 + 1}.{name(i)}落实资金{money(i)}万元。\n')


def _table(i):
    a, b = 100 + i % 500, 20 + i % 80
    return f'| {name(i)}支出 | {a} | {b} | {a + b + (i % 7 == 0)} |\n'


TABLE_HEAD = '| 项目 | 基本支出 | 项目支出 | 合计 |\n| --- | --- | --- | --- |\n'


def _growth_nosep(i):
    return '增长1%'


def _unclosed_paren(i):
    return f'（{name(i)}支出{i % 90 + 10}万元增长3%'


def _long_numbers(i):
    return f'{name(i)}收入{"9" * (30 + i % 40)}.{i % 100}万元，其中A {"1" * (29 + i % 40)}万元。\n'


def _example_text():
    with open(EXAMPLE, encoding='utf-8') as f:
        return f.read()


def _example_flat(i):
    return _example_text().replace('\r', '').replace('\n', '')


def _han_line(i):
    t = _example_text()
    return ''.join(ch for ch in t if '\u4e00' <= ch <= '\u9fff')


FAMILIES = {
    'invest': ('投资/拨付 paragraphs', _invest, ''),
    'plan': ('plan markers (计划于/将于/预计/拟于)', _plan, ''),
    'blood': ('献血 paragraphs (counts, volumes, 其中, growth)', _blood, ''),
    'sangong': ('三公 paragraphs', _sangong, ''),
    'restated': ('the same figure restated on many lines', _restated, ''),
    'qizhong_para': ('one paragraph of 其中 statements', _qizhong_para, ''),
    'growth_para': ('growth statements in one paragraph', _growth_para, ''),
    'qizhong_list': ('one huge 其中 list, an item a line', _qizhong_list, '支出合计12345.67万元，其中：\n'),
    'identity': ('identity lines (结转结余 + 收入 − 支出)', _identity, ''),
    'selfeval': ('自评表 rows', _selfeval, SELFEVAL_HEAD),
    'count_list': ('count vs list (共N项：一是…二是…)', _count_list, ''),
    'shares': ('share statements (占…%)', _shares, ''),
    'ordinals_line': ('"（1）…；（2）…；" on one line without 。', _ordinals_line, ''),
    'headings': ('headings and ordinals, line by line', _headings, ''),
    'table': ('one pipe table, 合计 column', _table, TABLE_HEAD),
    'example_flat': ('the bundled example with its line breaks removed', _example_flat, ''),
    'growth_nosep': ('"增长1%" without separators', _growth_nosep, ''),
    'han_line': ('one line of Han characters, no punctuation', _han_line, ''),
    'unclosed_paren': ('unclosed "（" on one line', _unclosed_paren, ''),
    'long_numbers': ('long numbers (30–70 digits)', _long_numbers, ''),
}


def generate(family, size):
    """FAMILY as UTF-8 bytes of at least `size` bytes (whole units only)."""
    _, unit, head = FAMILIES[family]
    parts, n, i = [head.encode()], len(head.encode()), 0
    while n < size:
        u = unit(i).encode()
        parts.append(u)
        n += len(u)
        i += 1
    return b''.join(parts)


TIME = '/usr/bin/time'


def run_once(cmd, timeout):
    """CPU seconds (user + sys) and peak RSS bytes of one child process; None on timeout.
    The child is started by /usr/bin/time when there is one: a process forked from this one
    would count this Python's own resident pages in its peak (Linux keeps the larger of the
    pre-exec and post-exec high-water marks), which once added 20–100 MB to every figure."""
    report = None
    if os.access(TIME, os.X_OK):
        fd, report = tempfile.mkstemp(prefix='gouji-time-')
        os.close(fd)
        cmd = [TIME, '-f', '%U %S %M', '-o', report] + cmd
    try:
        with open(os.devnull, 'wb') as null:
            p = subprocess.Popen(cmd, stdout=null, stderr=subprocess.DEVNULL, start_new_session=True)
            deadline = time.monotonic() + timeout
            while True:
                pid, status, ru = os.wait4(p.pid, os.WNOHANG)
                if pid:
                    break
                if time.monotonic() > deadline:
                    os.killpg(p.pid, 9)
                    os.wait4(p.pid, 0)
                    return None
                time.sleep(0.02)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            raise RuntimeError(f'{" ".join(cmd)} exited {code}')
        if report:
            with open(report) as f:
                user, sys_, kb = f.read().split()[-3:]
            return float(user) + float(sys_), int(kb) * 1024
        return ru.ru_utime + ru.ru_stime, ru.ru_maxrss * 1024
    finally:
        if report:
            os.remove(report)


def measure(gouji, families, sizes_mb, modes, timeout, tmp):
    """rows: dict family → mode → list of (bytes, cpu or None, rss or None), one per size."""
    rows = {}
    for fam in families:
        rows[fam] = {}
        for mb in sizes_mb:
            path = os.path.join(tmp, f'{fam}-{mb}MB.txt')
            data = generate(fam, int(mb * 1_000_000))
            with open(path, 'wb') as f:
                f.write(data)
            for mode in modes:
                cmd = [gouji, 'check', '--format', 'json', '--no-progress', path] if mode == 'check' \
                    else [gouji, 'extract', '--format', 'json', path]
                r = run_once(cmd, timeout)
                rows[fam].setdefault(mode, []).append((len(data), r[0] if r else None, r[1] if r else None))
                sys.stderr.write(f'  {fam} {mode} {mb} MB: ' + (f'{r[0]:.2f} s CPU, {r[1] / len(data):.0f} B/B\n' if r else
                                                                  f'timed out after {timeout} s\n'))
            os.remove(path)
    return rows


def table(rows, sizes_mb, modes, timeout):
    """Markdown: per family and mode, CPU s at each size, MB/s at the largest, cost ratio, RSS/B."""
    lo, hi = sizes_mb[0], sizes_mb[-1]
    head = ['family', 'mode'] + [f'CPU s {mb} MB' for mb in sizes_mb] + \
           [f'MB/s at {hi} MB', f'ratio {hi}/{lo} (linear {hi / lo:g})'] + \
           [f'peak RSS B per input B at {mb} MB' for mb in sizes_mb]
    out = ['| ' + ' | '.join(head) + ' |', '|' + '---|' * len(head)]
    for fam, by_mode in rows.items():
        for mode in modes:
            rs = by_mode[mode]
            cells = [fam, mode]
            for b, cpu, _ in rs:
                cells.append(f'{cpu:.2f}' if cpu is not None else f'> {timeout}')
            b, cpu, _ = rs[-1]
            cells.append(f'{b / 1e6 / max(cpu, 1e-3):.1f}' if cpu is not None else f'< {b / 1e6 / timeout:.2f}')
            c0, c1 = rs[0][1], rs[-1][1]
            cells.append(f'{c1 / max(c0, 1e-3):.1f}' if c0 is not None and c1 is not None else '—')
            for b, _, rss in rs:
                cells.append(f'{rss / b:.0f}' if rss is not None else '—')
            out.append('| ' + ' | '.join(cells) + ' |')
    return '\n'.join(out)


def failures(rows, sizes_mb, max_ratio, max_bpb, timeout):
    """What breaks the contract: a timeout, a cost ratio above max_ratio, memory above max_bpb.
    The small size's CPU is floored at 0.1 s so a family that costs nothing is never flagged."""
    bad = []
    for fam, by_mode in rows.items():
        for mode, rs in by_mode.items():
            if any(cpu is None for _, cpu, _ in rs):
                bad.append(f'{fam} {mode}: timed out after {timeout} s')
                continue
            ratio = rs[-1][1] / max(rs[0][1], 0.1)
            if max_ratio and ratio > max_ratio:
                bad.append(f'{fam} {mode}: cost ratio {ratio:.1f} for {sizes_mb[-1]}/{sizes_mb[0]} MB (limit {max_ratio})')
            b, _, rss = rs[-1]
            if max_bpb and rss / b > max_bpb:
                bad.append(f'{fam} {mode}: peak RSS {rss / b:.0f} bytes per input byte (limit {max_bpb})')
    return bad


def main(argv):
    if not argv or argv[0] in ('-h', '--help'):
        print(__doc__)
        return 0
    if argv[0] == 'list':
        for k, (d, _, _) in FAMILIES.items():
            print(f'{k:16} {d}')
        return 0
    if argv[0] == 'gen':
        data = generate(argv[1], int(float(argv[2]) * 1_000_000))
        if len(argv) > 3:
            with open(argv[3], 'wb') as f:
                f.write(data)
        else:
            sys.stdout.buffer.write(data)
        return 0
    if argv[0] != 'measure':
        sys.exit(f'unknown command {argv[0]}')
    gouji, rest = argv[1], argv[2:]
    sizes, only, modes, md, timeout, max_ratio, max_bpb = [1.0, 8.0], None, ['check'], None, 600, 0, 0
    i = 0
    while i < len(rest):
        a = rest[i]
        if a == '--sizes':
            sizes = []
            while i + 1 < len(rest) and not rest[i + 1].startswith('--'):
                i += 1
                sizes.append(float(rest[i]))
        elif a == '--only':
            i += 1
            only = rest[i].split(',')
        elif a == '--mode':
            i += 1
            modes = ['check', 'extract'] if rest[i] == 'both' else [rest[i]]
        elif a == '--markdown':
            i += 1
            md = rest[i]
        elif a == '--timeout':
            i += 1
            timeout = float(rest[i])
        elif a == '--max-ratio':
            i += 1
            max_ratio = float(rest[i])
        elif a == '--max-bytes-per-byte':
            i += 1
            max_bpb = float(rest[i])
        else:
            sys.exit(f'unknown option {a}')
        i += 1
    fams = only or list(FAMILIES)
    for f in fams:
        if f not in FAMILIES:
            sys.exit(f'unknown family {f} (families.py list)')
    with tempfile.TemporaryDirectory(prefix='gouji-families-') as tmp:
        rows = measure(gouji, fams, sizes, modes, timeout, tmp)
        # A busy machine can slow one run: a family over its ratio is measured once more and
        # each size keeps the smaller CPU time (a super-linear path fails both times).
        again = sorted({b.split(' ')[0] for b in failures(rows, sizes, max_ratio, 0, timeout) if 'ratio' in b})
        if again:
            sys.stderr.write(f'  measuring again: {", ".join(again)}\n')
            second = measure(gouji, again, sizes, modes, timeout, tmp)
            for fam in again:
                for mode in modes:
                    rows[fam][mode] = [(b, min(c1, c2) if c1 is not None and c2 is not None else (c1 or c2), max(r1 or 0, r2 or 0) or None)
                                       for (b, c1, r1), (_, c2, r2) in zip(rows[fam][mode], second[fam][mode])]
    t = table(rows, sizes, modes, timeout)
    print(t)
    if md:
        with open(md, 'w', encoding='utf-8') as f:
            f.write(t + '\n')
    bad = failures(rows, sizes, max_ratio, max_bpb, timeout)
    for b in bad:
        print('FAIL: ' + b)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
