// The offline page in headless Chromium (Debian's, through playwright-core from the repository's
// node_modules): time from opening build/wasm/dist/gouji.html (file://) to ready, and from a
// keystroke to updated highlights on examples/2024-taoyuan-health-bureau.txt.
//   ready: navigation start → the check button enabled (window.__goujiReadyAt, performance.now()
//          when the page's engine is ready) and, from outside, page.goto() → ready seen.
//   keystroke: one character typed into the editor → the page's 'gouji-checked' event (findings
//          and highlights rendered) + the next animation frame; this includes the page's
//          deliberate 350 ms typing pause, and the figure without it is printed too.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { root, fmt, table, median } = require('./lib');

const pagePath = process.env.GOUJI_PAGE || path.join(root, 'build/wasm/dist/gouji.html');
const example = path.join(root, 'examples/2024-taoyuan-health-bureau.txt');
const OPENS = Number(process.env.GOUJI_PAGE_OPENS) || 15;
const KEYS = 7;
const PAUSE = 350;

async function main() {
  if (!fs.existsSync(pagePath)) { console.log(`page: skipped (${path.relative(root, pagePath)} is not built)`); return; }
  let chromium;
  try { ({ chromium } = require(path.join(root, 'node_modules/playwright-core'))); } catch (e) {
    console.log('page: skipped (playwright-core is not installed at the repository root: npm ci)'); return;
  }
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) { console.log(`page: skipped (no ${executablePath})`); return; }
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
  });
  try {
    const url = pathToFileURL(pagePath).href;
    const inPage = [], outside = [];
    for (let i = 0; i < OPENS; ++i) {
      const context = await browser.newContext();  // fresh storage: no restored draft
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(url);
      await page.waitForFunction(() => window.gouji && !document.getElementById('check').disabled, null, { polling: 'raf' });
      outside.push(Date.now() - t0);
      inPage.push(await page.evaluate(() => window.__goujiReadyAt));
      if (i === 0) var engine = await page.evaluate(() => window.gouji.engine && window.gouji.engine());
      await context.close();
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.gouji && !document.getElementById('check').disabled);
    const text = fs.readFileSync(example, 'utf8');
    await page.fill('#input', text);
    await page.click('#check');
    const settled = () => page.waitForFunction(() => !/正在|…|Checking|Loading/.test(document.getElementById('status').textContent) &&
      document.querySelector('#report').textContent.slice(0, -1) === document.getElementById('input').value);
    await settled();
    const findings = await page.locator('#findings .finding').count();
    // A full check of the example as the page runs it (button → gouji-checked).
    const checks = [];
    for (let i = 0; i < 5; ++i) {
      checks.push(await page.evaluate(() => new Promise((resolve) => {
        const t = performance.now();
        document.addEventListener('gouji-checked', () => requestAnimationFrame(() => resolve(performance.now() - t)), { once: true });
        document.getElementById('check').click();
      })));
    }
    const keys = [];
    await page.evaluate(() => {
      const i = document.getElementById('input');
      const at = i.value.indexOf('万元');  // right after the first amount's digits
      i.focus();
      i.setSelectionRange(at, at);
      window.__bench = {};
      i.addEventListener('keydown', () => { window.__bench.key = performance.now(); });
      document.addEventListener('gouji-checked', () => requestAnimationFrame(() => { window.__bench.done = performance.now(); }));
    });
    for (let k = 0; k < KEYS; ++k) {
      await page.evaluate(() => { window.__bench.done = null; });
      if (k % 2) await page.keyboard.press('Backspace');  // type a digit, then take it back
      else await page.keyboard.type('1');
      await page.waitForFunction(() => window.__bench.done && window.__bench.done > window.__bench.key);
      await settled();
      keys.push(await page.evaluate(() => window.__bench.done - window.__bench.key));
    }
    await context.close();

    const version = browser.version();
    console.log(`page: ${path.relative(root, pagePath)} from file:// in headless Chromium ${version} (engine: ${engine})`);
    table([
      ['measure', 'median ms', 'min ms', 'max ms', 'samples'],
      ['open → ready (in page: navigation start → engine ready)', fmt(median(inPage)), fmt(Math.min(...inPage)), fmt(Math.max(...inPage)), inPage.length],
      ['open → ready (outside: page.goto → ready seen)', fmt(median(outside)), fmt(Math.min(...outside)), fmt(Math.max(...outside)), outside.length],
      [`check of the example (${findings} findings) → rendered`, fmt(median(checks)), fmt(Math.min(...checks)), fmt(Math.max(...checks)), checks.length],
      ['keystroke → updated highlights (incl. 350 ms pause)', fmt(median(keys)), fmt(Math.min(...keys)), fmt(Math.max(...keys)), keys.length],
      ['keystroke → updated highlights, less the pause', fmt(median(keys) - PAUSE), fmt(Math.min(...keys) - PAUSE), fmt(Math.max(...keys) - PAUSE), keys.length],
    ]);
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
