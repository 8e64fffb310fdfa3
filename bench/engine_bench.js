// The page's engine in the browsers bureaus have: build/wasm/gouji_core.js (the core the page
// runs in its worker) loaded by a plain <script> from file:// in headless Chromium, and
// analyze(text) timed on each corpus report — in today's Debian Chromium (playwright-core) and
// in every old kernel under build/old-chromium/ (scripts/old-chromium.sh; puppeteer-core).
// Goal (issue 16): a 25 KB report in ≤ 10 ms in today's Chromium and ≤ 30 ms in Chromium 78.
//   ms = median of the timed calls after a second of warm-up calls (steady state, the optimised
//   tier), and each report's first call, the core just loaded (what a reviewer's first check costs).
//
//   node bench/engine_bench.js [FILE...]        (default: ../shared/corpus/*.txt)
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { root, table, median } = require('./lib');

const coreJs = process.env.GOUJI_CORE_JS || path.join(root, 'build/wasm/gouji_core.js');
const oldDir = path.join(root, 'build/old-chromium');
const RUNS = 30;

function reports(args) {
  if (args.length) return args;
  const dir = path.join(root, '../shared/corpus');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f)) : [];
}

// Runs inside the page: times core.analyze on each text.
async function timeIn(page, texts) {
  return page.evaluate(async ({ texts, runs }) => {
    const core = await window.GoujiCore();
    const out = [];
    const firsts = texts.map((text) => { const s = performance.now(); core.analyze(text, '{}'); return performance.now() - s; });
    // Kernels from Chromium 70 on compile wasm in tiers and optimise the hot functions in the
    // background: a second of calls first, so the medians are the optimised tier's.
    for (const end = performance.now() + 1000; performance.now() < end;) for (const text of texts) core.analyze(text, '{}');
    for (const [k, text] of texts.entries()) {
      const first = firsts[k];
      let s;
      const times = [];
      for (let i = 0; i < runs; ++i) { s = performance.now(); core.analyze(text, '{}'); times.push(performance.now() - s); }
      times.sort((a, b) => a - b);
      out.push({ first, median: times[times.length >> 1] });
    }
    return out;
  }, { texts, runs: RUNS });
}

async function main() {
  const files = reports(process.argv.slice(2));
  if (!fs.existsSync(coreJs)) { console.log(`engine: skipped (${path.relative(root, coreJs)} is not built)`); return; }
  if (!files.length) { console.log('engine: skipped (no reports: ../shared/corpus/ is missing)'); return; }
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  // The harness page: the core script next to it, nothing else.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-engine-'));
  fs.copyFileSync(coreJs, path.join(dir, 'gouji_core.js'));
  fs.writeFileSync(path.join(dir, 'engine.html'), '<!doctype html><meta charset="utf-8"><script src="gouji_core.js"></script>');
  const url = pathToFileURL(path.join(dir, 'engine.html')).href;
  const rows = [];
  const kernels = [];
  const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
  if (fs.existsSync(chromium)) kernels.push({ label: 'today', exe: chromium, driver: 'playwright' });
  if (fs.existsSync(oldDir))
    for (const k of fs.readdirSync(oldDir).sort((a, b) => a - b)) {
      const exe = path.join(oldDir, k, 'chromium');
      if (fs.existsSync(exe)) kernels.push({ label: 'chromium-' + k, exe, driver: Number(k) < 75 ? 'puppeteer-core-1' : 'puppeteer-core' });
    }
  for (const k of kernels) {
    let browser;
    try {
      if (k.driver === 'playwright') {
        const { chromium: pw } = require(path.join(root, 'node_modules/playwright-core'));
        browser = await pw.launch({ executablePath: k.exe, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
        k.version = browser.version();
      } else {
        const pp = require(path.join(root, 'node_modules', k.driver));
        browser = await pp.launch({ executablePath: k.exe, headless: true,
          args: ['--no-sandbox', '--disable-gpu', '--single-process', '--no-zygote', '--no-first-run'] });
        k.version = (await browser.version()).replace(/^.*?\//, '');
      }
      const page = await browser.newPage();
      await page.goto(url);
      const r = await timeIn(page, texts);
      r.forEach((x, i) => rows.push([`${k.label} (${k.version})`, path.basename(files[i]), `${(Buffer.byteLength(texts[i]) / 1024).toFixed(1)} KB`,
                                    x.median.toFixed(1), x.first.toFixed(1)]));
    } catch (e) {
      rows.push([k.label, '—', '—', 'failed: ' + String(e.message).split('\n')[0].slice(0, 60), '']);
    } finally {
      if (browser) await browser.close();
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`engine: ${path.relative(root, coreJs)} analyze(text) in the browser (median of ${RUNS} after 1 s of warm-up calls; first call after load)`);
  table([['browser', 'report', 'size', 'ms', 'first call ms'], ...rows]);
}

main().catch((e) => { console.error(e); process.exit(1); });
