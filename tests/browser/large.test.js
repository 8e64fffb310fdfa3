// A 2 MB report (the two examples repeated) keeps the page responsive: the paste shows the
// check's progress, and a filter toggle or a dismissal restyles the marks instead of laying the
// whole text out again. Prints the longest main-thread task of each step.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launch, openPage, example } = require('./helpers');

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

// The time a click's handler and the layout it causes take on the main thread.
const timed = (page, sel) => page.evaluate((s) => {
  const e = document.querySelector(s);
  e.focus();  // as a mouse click would: the focus leaves the 2 MB textarea
  const t = performance.now();
  e.click();
  document.body.offsetHeight;  // the layout the change needs, inside the measurement
  return performance.now() - t;
}, sel);

// About 1–3 min on this machine (the 2 MB check itself is 20–60 s in the worker): run with
// GOUJI_LARGE=1, not in every CI run.
test('a 2 MB paste shows progress; a filter toggle or a dismissal restyles the marks, never rebuilds them',
  { timeout: 300000, skip: process.env.GOUJI_LARGE ? false : 'set GOUJI_LARGE=1 to run' }, async (t) => {
  const { page } = await openPage(browser);
  const one = example('2024-taoyuan-health-bureau.txt') + '\n' + example('2020-shigu-health-department.txt') + '\n';
  let text = '';
  while (text.length < 2 * 1000 * 1000) text += one;
  await page.evaluate(() => {
    window.__longest = 0;
    if (typeof PerformanceObserver === 'function') {
      new PerformanceObserver((l) => { l.getEntries().forEach((e) => { window.__longest = Math.max(window.__longest, e.duration); }); })
        .observe({ entryTypes: ['longtask'] });
    }
  });
  const pasted = Date.now();
  await page.evaluate((s) => {
    const i = document.getElementById('input');
    i.focus();
    i.value = s;  // as a paste arrives: the text, then one input event
    i.dispatchEvent(new Event('input'));
  }, text);
  await page.waitForFunction(() => /正在检查 \d+ KB/.test(document.getElementById('status').textContent), null, { timeout: 15000 });
  const progressMs = Date.now() - pasted;
  await page.waitForFunction(() => /检查完成/.test(document.getElementById('status').textContent) &&
    document.querySelectorAll('#report .hl').length > 0, null, { timeout: 240000 });
  const checkedMs = Date.now() - pasted;
  await page.waitForTimeout(500);  // the rest of the list, a slice per task
  const pasteLongest = Math.round(await page.evaluate(() => window.__longest));
  const n = await page.locator('#findings .finding').count();
  assert.ok(n > 1000, `${n} findings`);
  await page.evaluate(() => { window.__firstMark = document.querySelector('#report .hl'); });
  const toggles = [];
  for (const sel of ['[data-filter="warning"]', '[data-filter="warning"]', '[data-filter="info"]', '[data-filter="info"]'])
    toggles.push(Math.round(await timed(page, sel)));
  const dismiss = Math.round(await timed(page, '#findings .finding .dismiss'));
  await page.waitForTimeout(300);
  const marksOff = await page.evaluate(() => document.querySelectorAll('#report .hl.off').length);
  assert.ok(marksOff >= 1, 'the dismissed finding\'s marks are switched off');
  t.diagnostic(`2 MB paste: progress shown after ${progressMs} ms, checked and drawn after ${checkedMs} ms, ` +
    `longest main-thread task ${pasteLongest} ms; filter toggles ${toggles.join(', ')} ms; dismissal ${dismiss} ms`);
  // The marks were restyled, not rebuilt: the same nodes, so the 2 MB text was not laid out anew.
  assert.ok(await page.evaluate(() => document.querySelector('#report .hl') === window.__firstMark), 'the highlight layer was not rebuilt');
  // Timings are printed, not asserted: with the pasted text's textarea focused they are 1–3 s on
  // this machine (the browser's own layout), 60–110 ms without (README, "Large text").
  await page.close();
});
