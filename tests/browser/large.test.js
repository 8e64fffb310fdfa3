// A 2 MB report (the two examples repeated) keeps the page responsive, in today's Chromium and in
// the old kernels (GOUJI_KERNELS, default 78 and 86 where build/old-chromium/ has them): the paste
// goes in as one assignment and shows progress, the result comes in parts and the highlight layer
// is drawn visible-first in slices, and a filter toggle or a dismissal restyles the marks — also
// after the paste left the caret in the text. Prints, per kernel: paste → the page takes a key,
// result → layer drawn, the longest main-thread task meanwhile, the longest wait of a key pressed
// every 100 ms meanwhile, and each toggle (focus change, handler, layout and the next frame).
// The bounds are loose because this 2-core machine runs at a load of 10–13: measured there, the
// page before visible-first drawing (d087281) blocked 6.1–9.3 s in one task after the result and
// took 1.7–14 s a toggle (Chromium 78, 86, 156); this page 0.56–0.66 s and 0.17–1.4 s.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { launch, pageUrl, example, root } = require('./helpers');

const DRAW_BLOCK_MS = 1500;  // the longest main-thread task, and key wait, from result to layer drawn
const TOGGLE_MS = 1200;      // a filter toggle or a dismissal, until the next frame

const oldDir = path.join(root, 'build/old-chromium');
const kernels = (process.env.GOUJI_KERNELS !== undefined ? process.env.GOUJI_KERNELS.split(/\s+/).filter(Boolean) : ['78', '86'])
  .filter((k) => fs.existsSync(path.join(oldDir, k, 'chromium')));
const skip = process.env.GOUJI_LARGE ? false : 'set GOUJI_LARGE=1 to run';

function bigText() {
  const one = example('2024-taoyuan-health-bureau.txt') + '\n' + example('2020-shigu-health-department.txt') + '\n';
  let text = '';
  while (text.length < 2 * 1000 * 1000) text += one;
  return text;
}

// Polls a page function until it returns true (one way for both drivers).
async function until(page, fn, arg, ms) {
  const end = Date.now() + ms;
  for (;;) {
    if (await page.evaluate(fn, arg)) return;
    if (Date.now() > end) {
      const state = await page.evaluate(() => {
        const v = document.getElementById('report').goujiView;
        return document.getElementById('status').textContent + ' ' + JSON.stringify(v && { n: v.chunks.length, lo: v.lo, hi: v.hi, spacer: !!v.spacer,
          unpainted: v.chunks.filter((c) => !c.painted).length, text: v.text.length, input: document.getElementById('input').value.length });
      });
      throw new Error('timed out: ' + fn.toString().slice(0, 120) + ' — ' + state);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

// The click on a chip or a dismissal as the reviewer makes it: the focus moves to it, its
// handler runs, and the next frame is laid out and painted.
const timed = (page, sel) => page.evaluate((s) => new Promise((resolve) => {
  const e = document.querySelector(s);
  const t = performance.now();
  e.focus();
  e.click();
  document.body.offsetHeight;
  requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t), 0));
}), sel);

async function measure(page, label) {
  const text = bigText();
  await page.evaluate(() => {
    // A probe task every 10 ms: a gap between two is how long input would have waited.
    window.__gaps = [];
    let last = performance.now();
    (function probe() {
      const now = performance.now();
      if (now - last > 50) window.__gaps.push([last, now]);
      last = now;
      if (!window.__stopProbe) setTimeout(probe, 10);
    })();
    const orig = window.gouji.analyze;
    window.gouji.analyze = function () {
      return orig.apply(null, arguments).then((r) => { window.__resultAt = performance.now(); return r; });
    };
    // The longest task from the check's result on (the probe's gaps where the kernel has no
    // longtask entries).
    window.__longest = -1;
    if (typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes || []).indexOf('longtask') >= 0) {
      window.__longest = 0;
      new PerformanceObserver((l) => l.getEntries().forEach((e) => {
        // from just after the paste was taken (the check's post, progress, result, drawing)
        if (window.__keyAt && e.startTime > window.__keyAt + 50) window.__longest = Math.max(window.__longest, e.duration);
      })).observe({ entryTypes: ['longtask'] });
    }
    window.__keyAt = 0;
    document.addEventListener('keydown', () => { if (!window.__keyAt) window.__keyAt = performance.now(); }, true);
  });
  // The paste: a paste event with the text; where the page leaves it to the browser, what the
  // browser does (the text in at the caret, one input event).
  await page.evaluate((s) => {
    const i = document.getElementById('input');
    i.focus();
    window.__pasteAt = performance.now();
    const dt = new DataTransfer();
    dt.setData('text/plain', s);
    const ev = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    if (i.dispatchEvent(ev) && !ev.defaultPrevented) {
      i.value = i.value.slice(0, i.selectionStart) + s + i.value.slice(i.selectionEnd);
      i.dispatchEvent(new Event('input'));
    }
  }, text);
  await page.keyboard.press('Shift');
  const accept = await page.evaluate(() => window.__keyAt - window.__pasteAt);
  const progress = await page.evaluate(() => /正在检查 \d+ KB/.test(document.getElementById('status').textContent));
  await until(page, () => window.__resultAt > 0, null, 400000);
  // While the result is taken in and the layer drawn: a key every 100 ms, each timed until the
  // page has handled it (what typing would wait), and the longest main-thread task.
  const waits = [];
  const drawn = () => page.evaluate(() => /检查完成/.test(document.getElementById('status').textContent) &&
    (window.GoujiHighlight.done ? window.GoujiHighlight.done(document.getElementById('report')) : true) &&
    document.getElementById('report').textContent.length === document.getElementById('input').value.length + 1);
  const end = Date.now() + 180000;
  while (!(await drawn())) {
    if (Date.now() > end) throw new Error(`${label}: the layer was not drawn in 3 min`);
    const t0 = Date.now();
    await page.keyboard.press('Shift');
    waits.push(Date.now() - t0);
    await new Promise((r) => setTimeout(r, 100));
  }
  const drawMs = await page.evaluate(() => Math.round(performance.now() - window.__resultAt));
  await new Promise((r) => setTimeout(r, 1500));  // the rest of the list, a slice per task
  const draw = await page.evaluate(() => (window.__longest >= 0 ? window.__longest :
    Math.max(0, ...window.__gaps.filter((g) => g[0] > window.__keyAt + 50).map((g) => g[1] - g[0]))));
  const typing = Math.max(0, ...waits);
  const n = await page.evaluate(() => document.querySelectorAll('#findings .finding').length);
  assert.ok(n > 1000, `${label}: ${n} findings`);
  await page.evaluate(() => { window.__firstMark = document.querySelector('#report .hl'); });
  const toggles = [];
  for (const sel of ['[data-filter="warning"]', '[data-filter="warning"]', '[data-filter="info"]', '[data-filter="info"]'])
    toggles.push(Math.round(await timed(page, sel)));
  const dismiss = Math.round(await timed(page, '#findings .finding .dismiss'));
  await new Promise((r) => setTimeout(r, 300));
  const marksOff = await page.evaluate(() => document.querySelectorAll('#report .hl.off').length);
  assert.ok(marksOff >= 1, `${label}: the dismissed finding's marks are switched off`);
  assert.ok(await page.evaluate(() => document.querySelector('#report .hl') === window.__firstMark), `${label}: the highlight layer was restyled, not rebuilt`);
  // Nothing the reviewer pasted is lost: the editor holds it, and it is one undo step.
  assert.equal(await page.evaluate(() => document.getElementById('input').value.length), text.length, `${label}: the pasted text is in the editor`);
  await page.evaluate(() => { window.__stopProbe = true; });
  const r = { label, accept: Math.round(accept), progress, draw: Math.round(draw), typing, toggles, dismiss, findings: n };
  console.log(`${label}: paste → takes a key ${r.accept} ms; progress shown ${progress}; result → layer drawn ${drawMs} ms, ` +
    `longest task meanwhile ${r.draw} ms, a key waited at most ${typing} ms (${waits.length} keys); ` +
    `filter toggles ${toggles.join(', ')} ms; dismissal ${dismiss} ms (${n} findings)`);
  assert.ok(progress, `${label}: the paste says at once that the check is running`);
  assert.ok(r.draw < DRAW_BLOCK_MS, `${label}: taking the result and drawing the layer blocked the page ${r.draw} ms (bound ${DRAW_BLOCK_MS})`);
  assert.ok(typing < DRAW_BLOCK_MS, `${label}: a key waited ${typing} ms while the layer was drawn (bound ${DRAW_BLOCK_MS})`);
  for (const ms of toggles.concat([dismiss])) assert.ok(ms < TOGGLE_MS, `${label}: a toggle took ${ms} ms (bound ${TOGGLE_MS}): ${toggles.join(', ')}; dismissal ${dismiss}`);
  return r;
}

let browser;
before(async () => { browser = await launch(); });

// Every run (not only GOUJI_LARGE): a 400 KB paste is one undo step; the layer drawn for it
// visible-first (scrolled to the end, the end's marks come first) ends identical to the layer
// drawn at once — same marks, same text, same scroll height as the textarea; a re-check after an
// edit keeps the chunks the edit did not touch.
test('a long report is drawn visible-first, ends as if drawn at once, and an edit redraws only around it', { timeout: 240000 }, async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(pageUrl);
  await page.waitForFunction(() => window.gouji && !document.getElementById('check').disabled);
  const one = example('2024-taoyuan-health-bureau.txt') + '\n' + example('2020-shigu-health-department.txt') + '\n';
  const text = one.repeat(Math.ceil(400000 / one.length));
  await page.evaluate(() => { document.getElementById('input').value = '甲'; document.getElementById('input').dispatchEvent(new Event('input')); });
  await page.evaluate((s) => {
    const i = document.getElementById('input');
    i.focus();
    i.setSelectionRange(1, 1);
    const dt = new DataTransfer();
    dt.setData('text/plain', s);
    i.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    // The reviewer looks at the end while it is checked: the end is drawn first.
    i.scrollTop = i.scrollHeight;
    window.__firstPainted = null;
    const bd = document.getElementById('report');
    new MutationObserver(() => {
      if (window.__firstPainted === null && bd.querySelector('.hl')) {
        // The chunks of text under the viewport are painted (hold their marks) in the first slice.
        const v = bd.goujiView, top = bd.scrollTop, bottom = top + bd.clientHeight;
        const vis = v.chunks.filter((c) => c.el && c.el.parentNode === bd && c.el.offsetTop < bottom && c.el.offsetTop + c.el.offsetHeight > top);
        const inView = vis.length > 0 && vis.every((c) => c.painted);
        window.__firstPainted = { inView, done: window.GoujiHighlight.done(bd), top: bd.scrollTop, height: bd.scrollHeight };
      }
    }).observe(bd, { childList: true, subtree: true });
  }, text);
  assert.equal(await page.inputValue('#input'), '甲' + text, 'the paste went in at the caret');
  await page.waitForFunction(() => /检查完成/.test(document.getElementById('status').textContent) &&
    window.GoujiHighlight.done(document.getElementById('report')), null, { timeout: 200000 });
  const first = await page.evaluate(() => window.__firstPainted);
  assert.ok(first && first.inView && !first.done, `the first marks were drawn in view, before the rest: ${JSON.stringify(first)}`);
  const layer = () => page.evaluate(() => {
    const bd = document.getElementById('report'), ta = document.getElementById('input');
    // Marks as (start, text, classes), adjacent pieces of one mark joined (chunks end at line breaks).
    const marks = [];
    bd.querySelectorAll('.hl').forEach((e) => marks.push([Number(e.getAttribute('data-start')), e.textContent, e.className]));
    return { marks, text: bd.textContent.slice(0, -1) === ta.value, height: [bd.scrollHeight, ta.scrollHeight], chunk: bd.firstChild };
  });
  const drawn = await layer();
  const atOnce = await page.evaluate(() => {
    const d = document.createElement('div');
    const v = document.getElementById('report').goujiView;
    window.GoujiHighlight.render(d, v.text, v.findings, null, v.shown);  // the page's filters (info folded by default)
    return Array.from(d.querySelectorAll('.hl')).map((e) => [Number(e.getAttribute('data-start')), e.textContent, e.className]);
  });
  const join = (ms) => ms.reduce((out, m) => {
    const last = out[out.length - 1];
    if (last && last[0] + last[1].length === m[0] && last[2] === m[2]) last[1] += m[1]; else out.push(m.slice());
    return out;
  }, []);
  assert.ok(drawn.marks.length > 100, `${drawn.marks.length} marks`);
  assert.deepEqual(join(drawn.marks), join(atOnce), 'the marks drawn visible-first are those drawn at once');
  assert.ok(drawn.text, 'the layer holds the text');
  assert.equal(drawn.height[0], drawn.height[1], 'the layer scrolls like the textarea');
  // Ctrl+Z takes the paste back in one step.
  await page.evaluate(() => { window.__firstChunk = document.getElementById('report').firstChild; window.__lastChunk = document.getElementById('report').lastChild; });
  // An edit near the start: the chunks after it are kept (the same nodes), the layer still right.
  await page.evaluate(() => {
    const i = document.getElementById('input');
    i.focus();
    i.setSelectionRange(200, 200);
    document.execCommand('insertText', false, '2');
  });
  await page.waitForFunction(() => /检查完成/.test(document.getElementById('status').textContent) &&
    document.getElementById('report').textContent.slice(0, -1) === document.getElementById('input').value &&
    window.GoujiHighlight.done(document.getElementById('report')), null, { timeout: 200000 });
  assert.ok(await page.evaluate(() => document.getElementById('report').lastChild === window.__lastChunk), 'the chunks after the edit are kept');
  const after = await layer();
  assert.equal(after.height[0], after.height[1], 'the layer scrolls like the textarea after the edit');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.getElementById('input').value === '甲', null, { timeout: 20000 });
  await page.close();
});

after(async () => { if (browser) await browser.close(); });

test("2 MB in today's Chromium: paste, visible-first drawing, toggles", { timeout: 600000, skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(pageUrl);
  await page.waitForFunction(() => window.gouji && !document.getElementById('check').disabled);
  await measure(page, 'chromium-' + (await browser.version()).split('.')[0]);
  await page.close();
});

for (const k of kernels) {
  test(`2 MB in Chromium ${k}`, { timeout: 900000, skip }, async () => {
    const puppeteer = require(Number(k) < 75 ? 'puppeteer-core-1' : 'puppeteer-core');
    const dir = path.join(oldDir, k);
    const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-large' + k + '-'));
    const b = await puppeteer.launch({
      executablePath: path.join(dir, 'chromium'),
      args: ['--no-sandbox', '--disable-gpu', '--single-process', '--no-zygote', '--no-first-run', '--disable-background-networking'],
      userDataDir: userDir, env: { ...process.env, LD_LIBRARY_PATH: path.join(dir, 'lib', 'lib') }, headless: true,
    });
    try {
      const page = await b.newPage();
      await page.setViewport({ width: 1366, height: 768 });
      await page.goto(pageUrl);
      await until(page, () => window.gouji && !document.getElementById('check').disabled, null, 60000);
      await measure(page, 'chromium-' + k);
    } finally {
      const proc = b.process();
      await Promise.race([b.close(), new Promise((r) => setTimeout(r, 10000))]);
      if (proc && proc.exitCode === null) proc.kill('SIGKILL');
      fs.rmSync(userDir, { recursive: true, force: true });
    }
  });
}
