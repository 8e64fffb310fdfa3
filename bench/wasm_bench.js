// The same figures for the wasm build under Node: build/wasm/gouji_core.js (the SINGLE_FILE
// Emscripten module GoujiCore()), called the way the page calls it, with a JS string:
//   READ    = extract(text)   decode + numbers + structure + "what was read" JSON, as a JS string
//   ANALYZE = analyze(text)   the full pipeline + report JSON, as a JS string
// Each input and mode runs in its own Node process under a time limit (a wasm call cannot be
// interrupted from inside), after one warm-up call on a single report so the timed calls run
// optimised code.
//
//   node bench/wasm_bench.js [--timeout SECONDS] FILE...
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { root, MB, fmt, ms, table, linearity, median } = require('./lib');

const coreJs = process.env.GOUJI_CORE_JS || path.join(root, 'build/wasm/gouji_core.js');
const warmup = path.join(root, 'examples/2024-taoyuan-health-bureau.txt');

async function one(mode, file) {
  const t0 = performance.now();
  const core = await require(coreJs)();
  const loadMs = performance.now() - t0;
  const fn = mode === 'read' ? (t) => core.extract(t, '{}') : (t) => core.analyze(t, '{}');
  fn(fs.readFileSync(warmup, 'utf8'));
  const text = fs.readFileSync(file, 'utf8');
  const times = [];
  const cpu0 = process.cpuUsage();
  const budget = performance.now() + 1000;  // repeat small inputs for about a second (≥ 3 runs)
  do {
    const s = performance.now();
    const out = fn(text);
    times.push(performance.now() - s);
    if (!out.startsWith('{')) throw new Error('unexpected output');
  } while (times.length < 3 && performance.now() < budget || (performance.now() < budget && times.length < 200));
  const cpu = process.cpuUsage(cpu0);
  const rss = process.resourceUsage().maxRSS / 1024;  // KiB → MiB, whole Node process
  process.stdout.write(JSON.stringify({ msPerRun: median(times), cpuMsPerRun: (cpu.user + cpu.system) / 1000 / times.length,
                                        runs: times.length, loadMs, rssMb: rss }));
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--one') return one(args[1], args[2]);
  let timeoutS = 600;
  const files = [];
  for (let i = 0; i < args.length; ++i) {
    if (args[i] === '--timeout') timeoutS = Number(args[++i]);
    else files.push(args[i]);
  }
  if (!fs.existsSync(coreJs)) {
    console.log(`wasm: skipped (${path.relative(root, coreJs)} is not built: cmake --preset wasm && cmake --build --preset wasm)`);
    return;
  }
  const results = { read: [], analyze: [] };
  let loadMs = null;
  for (const file of files) {
    const bytes = fs.statSync(file).size;
    const name = path.basename(file);
    for (const mode of ['read', 'analyze']) {
      const r = spawnSync(process.execPath, ['--max-old-space-size=8192', __filename, '--one', mode, file],
        { encoding: 'utf8', timeout: timeoutS * 1000, killSignal: 'SIGKILL' });
      const row = { name, file, bytes, concat: name.startsWith('concat-'), msPerRun: null, timeoutMs: timeoutS * 1000 };
      if (r.error && r.error.code === 'ETIMEDOUT' || r.signal) row.timedOut = true;
      else if (r.status !== 0) { row.failed = (r.stderr.trim().split('\n').find((l) => /Error|abort|memory/i.test(l)) || r.stderr.trim().split('\n').pop() || '').slice(0, 100); }
      else { Object.assign(row, JSON.parse(r.stdout)); loadMs = loadMs ?? row.loadMs; }
      results[mode].push(row);
      process.stderr.write(`  wasm ${mode} ${name}: ${row.timedOut ? `timed out after ${timeoutS} s` : row.failed ? `failed: ${row.failed}` : ms(row.msPerRun)}\n`);
    }
  }
  const { size, mtimeMs } = fs.statSync(coreJs);
  console.log('(ms and MB/s wall-clock, median of the runs; CPU ms = the process\'s CPU time per run, incl. GC)');
  console.log(`wasm under Node ${process.version} (${path.relative(root, coreJs)}, ${size} bytes; module load + instantiate ${ms(loadMs)})`);
  // build/wasm is not rebuilt here: say when it is older than the core sources the native build used.
  const newer = [];
  const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p); else if (/\.(cpp|h)$/.test(e.name) && fs.statSync(p).mtimeMs > mtimeMs) newer.push(path.relative(root, p));
  } };
  walk(path.join(root, 'core'));
  console.log(`built ${new Date(mtimeMs).toISOString().slice(0, 16)}Z; ` + (newer.length
    ? `${newer.length} core source(s) changed since (e.g. ${newer.slice(0, 3).join(', ')}): these wasm figures are for the older core`
    : 'no core source changed since'));
  for (const mode of ['read', 'analyze']) {
    console.log(`\n${mode === 'read' ? 'READ    = extract(text)' : 'ANALYZE = analyze(text)'}`);
    const rows = [['input', 'bytes', 'ms/report', 'MB/s', 'CPU ms/report', 'runs', 'Node max RSS MB']];
    for (const r of results[mode]) {
      if (r.timedOut) rows.push([r.name, r.bytes, `> ${timeoutS * 1000} (timed out)`, `< ${fmt(r.bytes / MB / timeoutS)}`, '—', '0', '—']);
      else if (r.failed) rows.push([r.name, r.bytes, `failed: ${r.failed}`, '', '', '', '']);
      else rows.push([r.name, r.bytes, fmt(r.msPerRun), fmt(r.bytes / MB / (r.msPerRun / 1000)), fmt(r.cpuMsPerRun), r.runs, fmt(r.rssMb)]);
    }
    table(rows);
    linearity(results[mode], mode);
  }
  const out = process.env.GOUJI_BENCH_RESULTS;
  if (out) fs.writeFileSync(out, JSON.stringify(results, null, 1));
}

main().catch((e) => { console.error(e); process.exit(1); });
