// Small helpers shared by the bench scripts (no dependencies).
'use strict';
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const MB = 1e6;  // MB/s and "per MB" are decimal megabytes (Google Benchmark's M/s is 2^20)

function fmt(x, digits = 3) {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1000) return x.toFixed(0);
  return x.toPrecision(digits);
}

function ms(x) { return x === null || x === undefined ? '—' : `${fmt(x)} ms`; }

// Prints rows (arrays of strings) as an aligned table; the first row is the header.
function table(rows, indent = '  ') {
  const width = (s) => [...String(s)].reduce((n, c) => n + (c.codePointAt(0) > 0x2e80 ? 2 : 1), 0);
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  for (const r of rows) {
    console.log(indent + r.map((c, i) => {
      const s = String(c ?? '');
      const pad = ' '.repeat(w[i] - width(s));
      return i === 0 ? s + pad : pad + s;
    }).join('  '));
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
}

// How per-MB cost grows from the smallest to the largest concatenation: 1.0 = linear.
function linearity(rows, label) {
  const ok = rows.filter((r) => r.concat && r.msPerRun !== null).sort((a, b) => a.bytes - b.bytes);
  const all = rows.filter((r) => r.concat).sort((a, b) => a.bytes - b.bytes);
  if (!all.length) return;
  const first = ok[0];
  const last = ok[ok.length - 1];
  const biggest = all[all.length - 1];
  if (first && last && last !== first) {
    const ratio = (last.msPerRun / last.bytes) / (first.msPerRun / first.bytes);
    console.log(`  ${label}: per-MB cost ${last.name} / ${first.name} = ${ratio.toFixed(2)} wall-clock ` +
      `(${ratio < 1.3 ? 'linear' : ratio < 3 ? 'slightly super-linear' : 'NOT linear'})`);
    if (first.cpuMsPerRun && last.cpuMsPerRun) {
      const c = (last.cpuMsPerRun / last.bytes) / (first.cpuMsPerRun / first.bytes);
      console.log(`  ${label}: per-MB cost ${last.name} / ${first.name} = ${c.toFixed(2)} in CPU time ` +
        `(${c < 1.3 ? 'linear' : c < 3 ? 'slightly super-linear' : 'NOT linear'})`);
    }
  }
  if (first && biggest.msPerRun === null) {
    // Timed out: a lower bound for the ratio.
    const ratio = (biggest.timeoutMs / biggest.bytes) / (first.msPerRun / first.bytes);
    console.log(`  ${label}: ${biggest.name} did not finish in ${(biggest.timeoutMs / 1000).toFixed(0)} s: ` +
      `per-MB cost ${biggest.name} / ${first.name} > ${ratio.toFixed(1)} (NOT linear)`);
  }
}

module.exports = { root, MB, fmt, ms, table, median, linearity };
