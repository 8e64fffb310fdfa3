// Native figures: runs build/bench/gouji_bench (Google Benchmark) once per input and mode, each
// in its own process under a time limit (so one slow input cannot stall the run, and the peak
// RSS it reports belongs to that input alone), then the CLI under /usr/bin/time -v for the peak
// memory of `gouji check --format json FILE`.
//
//   node bench/native_bench.js [--timeout SECONDS] FILE...
// Files named concat-*.txt are the concatenations used for the linearity ratio.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { root, MB, fmt, ms, table, linearity } = require('./lib');

const args = process.argv.slice(2);
let timeoutS = 600;
const files = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--timeout') timeoutS = Number(args[++i]);
  else files.push(args[i]);
}
const buildDir = process.env.GOUJI_BENCH_DIR || path.join(root, 'build/bench');
const benchBin = path.join(buildDir, 'gouji_bench');
const cli = path.join(buildDir, 'gouji');

function runBench(mode, file) {
  const t0 = Date.now();
  const r = spawnSync(benchBin, [`--benchmark_filter=^${mode}/`, '--benchmark_format=json', file],
    { encoding: 'utf8', timeout: timeoutS * 1000, killSignal: 'SIGKILL', maxBuffer: 64 << 20 });
  const wall = Date.now() - t0;
  if (r.error && r.error.code === 'ETIMEDOUT' || r.signal) return { timedOut: true, wall };
  if (r.status !== 0) throw new Error(`gouji_bench failed on ${file}: ${r.stderr}`);
  const b = JSON.parse(r.stdout).benchmarks[0];
  return {
    msPerRun: b.real_time,  // Unit(kMillisecond)
    cpuMsPerRun: b.cpu_time,
    iterations: b.iterations,
    rssMb: b.peak_rss_mb,
    findings: b.findings,
    wall,
  };
}

function cliPeak(file) {
  const r = spawnSync('/usr/bin/time', ['-v', cli, 'check', '--format', 'json', file],
    { encoding: 'utf8', timeout: timeoutS * 1000, killSignal: 'SIGKILL', maxBuffer: 1 << 30 });
  if (r.error || r.signal) return null;
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const e = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  return {
    rssMb: m ? Number(m[1]) / 1024 : null,
    wallMs: e ? ((Number(e[1] || 0) * 60 + Number(e[2])) * 60 + Number(e[3])) * 1000 : null,
  };
}

const results = { read: [], analyze: [] };
for (const file of files) {
  const bytes = fs.statSync(file).size;
  const name = path.basename(file);
  for (const mode of ['read', 'analyze']) {
    const r = runBench(mode, file);
    const row = { name, file, bytes, concat: name.startsWith('concat-'), msPerRun: null, timeoutMs: timeoutS * 1000, ...r };
    results[mode].push(row);
    process.stderr.write(`  native ${mode} ${name}: ${r.timedOut ? `timed out after ${timeoutS} s` : ms(r.msPerRun)}\n`);
  }
}

console.log(`Native (build/bench, Release -O3; one process per input and mode; ms and MB/s are wall-clock per run,`);
console.log(`CPU ms is the process's CPU time per run: the better figure when the machine is busy)`);
for (const mode of ['read', 'analyze']) {
  console.log(`\n${mode === 'read' ? 'READ    = extract_bytes(): decode + numbers + structure + "what was read" JSON'
                                   : 'ANALYZE = analyze_bytes() + report JSON (what `gouji check --format json` does)'}`);
  const rows = [['input', 'bytes', 'ms/report', 'MB/s', 'CPU ms/report', 'runs', 'peak RSS MB', 'RSS MB per input MB']];
  for (const r of results[mode]) {
    if (r.timedOut) { rows.push([r.name, r.bytes, `> ${timeoutS * 1000} (timed out)`, `< ${fmt(r.bytes / MB / timeoutS)}`, '—', '0', '—', '—']); continue; }
    rows.push([r.name, r.bytes, fmt(r.msPerRun), fmt(r.bytes / MB / (r.msPerRun / 1000)), fmt(r.cpuMsPerRun), r.iterations,
               fmt(r.rssMb), fmt(r.rssMb / (r.bytes / MB))]);
  }
  table(rows);
  linearity(results[mode], mode);
}

console.log('\nPeak memory of the CLI: /usr/bin/time -v build/bench/gouji check --format json FILE >/dev/null');
const rows = [['input', 'bytes', 'max RSS MB', 'RSS MB per input MB', 'wall ms']];
for (const r of results.analyze) {
  if (r.timedOut) { rows.push([r.name, r.bytes, 'skipped (analyze timed out)', '', '']); continue; }
  // A run that long would only repeat the benchmark's own peak RSS (same process shape).
  if (r.msPerRun > 60000) { rows.push([r.name, r.bytes, `skipped (analyze ${fmt(r.msPerRun / 1000)} s; bench peak ${fmt(r.rssMb)})`, '', '']); continue; }
  const p = cliPeak(r.file);
  if (!p) { rows.push([r.name, r.bytes, 'failed/timed out', '', '']); continue; }
  rows.push([r.name, r.bytes, fmt(p.rssMb), fmt(p.rssMb / (r.bytes / MB)), fmt(p.wallMs)]);
}
table(rows);
console.log('  (for the two single reports the per-MB figures are dominated by the fixed cost of the process)');

const out = process.env.GOUJI_BENCH_RESULTS;
if (out) fs.writeFileSync(out, JSON.stringify(results, null, 1));
