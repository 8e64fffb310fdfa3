#!/usr/bin/env python3
"""JioNLP's money extraction (jio.extract_money) beside gouji's reader, on the same reports.

A peer of the benchmark only, printed when the Python module `jionlp` can be imported: it comes
from PyPI (`pip install jionlp`), which machines without PyPI cannot reach, so the section then
says so and skips. Per report: JioNLP's ms (median of 5 calls), gouji's native `extract` ms
(median of 5 runs of the CLI, process start included), and recall on 万元 amounts with the same
reference as bench/peer_bench.js (every ASCII number followed by 万元), found when an extracted
money span overlaps the reference span.

    python3 bench/jionlp_bench.py GOUJI_BINARY FILE...
"""
import re
import statistics
import subprocess
import sys
import time

REF = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?万元")


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[-1].strip())
        return 2
    try:
        import jionlp as jio  # noqa: F401 (a dependency of the benchmark only)
    except Exception as e:  # ImportError, or its own import-time failures
        print(f"jionlp: skipped (the Python module cannot be imported: {type(e).__name__}; "
              "`pip install jionlp` from PyPI, then run again)")
        return 0
    gouji, files = sys.argv[1], sys.argv[2:]
    rows = [("report", "KB", "JioNLP ms", "gouji extract ms (CLI)", "万元 recall JioNLP")]
    for path in files:
        text = open(path, encoding="utf-8", errors="replace").read()
        times, found = [], []
        for _ in range(5):
            t0 = time.perf_counter()
            found = jio.extract_money(text)
            times.append((time.perf_counter() - t0) * 1000)
        cli = []
        for _ in range(5):
            t0 = time.perf_counter()
            subprocess.run([gouji, "extract", "--format", "json", path], stdout=subprocess.DEVNULL, check=False)
            cli.append((time.perf_counter() - t0) * 1000)
        spans = [tuple(m.get("offset", (-1, -1))) for m in found if isinstance(m, dict)]
        refs = [(m.start(), m.end()) for m in REF.finditer(text)]
        hit = sum(1 for (b, e) in refs if any(s < e and b < t for (s, t) in spans))
        rows.append((path.rsplit("/", 1)[-1], f"{len(text.encode()) / 1024:.1f}", f"{statistics.median(times):.1f}",
                     f"{statistics.median(cli):.1f}", f"{hit}/{len(refs)}"))
    width = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  " + "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, width))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
