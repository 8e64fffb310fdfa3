// A 2 MB report (every example repeated) keeps the page responsive (issue 15 item 4), in today's
// Chromium and in the old kernels (GOUJI_KERNELS, default 78 and 86 where build/old-chromium/ has
// them). Measured with the Long Tasks API, per action, the longest main-thread task: the paste's
// own (the browser lays 2 MB out in the textarea) and everything after it until the layer is
// drawn (the check's post, progress, the result in parts, the drawing in slices); a key typed in
// the 2 MB text (its own task, then the re-check and the redraw around the edit); scrolling the
// editor's box (wheel, and jumps as a scrollbar drag makes them); each filter toggle and a dismissal (to the
// next frame, then the slices after it). The same keys and scrolls in a bare textarea holding the
// same 2 MB give the browser's own cost, printed beside the page's. Bounds: progress at once;
// no task after the paste or after a key over 100 ms; a key's own task within 100 ms or the bare
// textarea's (that edit is the browser's: a 2 MB textarea takes 70–330 ms a key in Chromium 156
// on this machine, with no page around it); scrolling under 100 ms (median of six); a toggle or
// a dismissal under 200 ms to its next frame and no task over 200 ms after it, also once the
// whole list was built.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { launch, pageUrl, example, root } = require('./helpers');

const TASK_MS = 100;    // typing and scrolling never wait longer (the longest main-thread task)
const TOGGLE_MS = 200;  // a filter toggle or a dismissal, until the next frame

const oldDir = path.join(root, 'build/old-chromium');
const kernels = (process.env.GOUJI_KERNELS !== undefined ? process.env.GOUJI_KERNELS.split(/\s+/).filter(Boolean) : ['78', '86'])
  .filter((k) => fs.existsSync(path.join(oldDir, k, 'chromium')));
const skip = process.env.GOUJI_LARGE ? false : 'set GOUJI_LARGE=1 to run';

// The 2 MB text: every example report, repeated.
function bigText() {
  const one = fs.readdirSync(path.join(root, 'examples')).filter((f) => /\.txt$/.test(f)).sort().map(example).join('\n') + '\n';
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
// The document's length as the page holds it (the textarea holds a long text's window only).
const fullText = () => (window.GoujiPage && window.GoujiPage.text ? window.GoujiPage.text() : document.getElementById('input').value).length;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Main-thread tasks as the page sees them: the Long Tasks API (every task over 50 ms), or where a
// kernel lacks it, the gaps between probe tasks every 10 ms. `longest(t0, t1)`: the longest task
// that started in [t0, t1); `taskAt(t)`: the one running at t (an event's own task).
const instrument = () => {
  window.__lt = [];
  if (typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes || ['longtask']).indexOf('longtask') >= 0) {
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__lt.push([e.startTime, e.duration]))).observe({ entryTypes: ['longtask'] });
  } else {
    let last = performance.now();
    (function probe() {
      const now = performance.now();
      if (now - last > 50) window.__lt.push([last, now - last]);
      last = now;
      setTimeout(probe, 10);
    })();
  }
  window.__longest = (t0, t1) => Math.round(Math.max(0, ...window.__lt.filter((e) => e[0] >= t0 && e[0] < (t1 || Infinity)).map((e) => e[1])));
  window.__taskAt = (t) => Math.round(Math.max(0, ...window.__lt.filter((e) => e[0] <= t + 1 && e[0] + e[1] >= t - 1).map((e) => e[1])));
  window.__resultAt = 0;
  const orig = window.gouji && window.gouji.analyze;
  if (orig) window.gouji.analyze = function () { return orig.apply(null, arguments).then((r) => { window.__resultAt = performance.now(); return r; }); };
  window.__keyAt = [];
  document.addEventListener('keydown', () => window.__keyAt.push(performance.now()), true);
};

// Typing: a key at the caret in the 2 MB text, then the next one 300 ms later. Returns per key the
// task it ran in (the browser's edit of the textarea and the page's input handler).
async function typeKeys(page, n) {
  await page.evaluate(() => { const i = document.querySelector('textarea'); i.focus(); i.setSelectionRange(3000, 3000); window.__keyAt = []; });
  for (let k = 0; k < n; k++) { await page.keyboard.press('1'); await sleep(300); }
  await sleep(300);
  return page.evaluate(() => window.__keyAt.map(window.__taskAt));
}

// Scrolling: the wheel over the editor, then jumps (a drag of the scrollbar) to a quarter, the
// middle and three quarters. Returns the longest task after each.
async function scrollAround(page) {
  const box = await page.evaluate(() => { const r = document.querySelector('textarea').getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; });
  await page.mouse.move(box[0], box[1]);
  const out = [];
  for (let k = 0; k < 3; k++) {
    const t0 = await page.evaluate(() => performance.now());
    for (let w = 0; w < 5; w++) {
      // puppeteer-core 2 (the old kernels) has no wheel: the same scroll, set
      if (page.mouse.wheel) await page.mouse.wheel(0, 2000); else await page.evaluate(() => { (document.getElementById('scroller') || document.querySelector('textarea')).scrollTop += 2000; });
      await sleep(60);
    }
    await sleep(500);
    out.push(await page.evaluate((t) => window.__longest(t), t0));
  }
  for (const at of [0.25, 0.5, 0.75]) {
    // What scrolls: the page's box around textarea and layer, or a bare textarea itself.
    const t0 = await page.evaluate((f) => { const t = performance.now(), i = document.getElementById('scroller') || document.querySelector('textarea'); i.scrollTop = i.scrollHeight * f; return t; }, at);
    await sleep(700);
    out.push(await page.evaluate((t) => window.__longest(t), t0));
  }
  return out;
}

// The click on a chip or a dismissal as the reviewer makes it: the focus moves to it, its
// handler runs, and the next frame is laid out and painted; then the longest task in the second
// after it (restyle slices, the list's pages).
const timed = async (page, sel) => {
  const r = await page.evaluate((s) => new Promise((resolve) => {
    const e = document.querySelector(s);
    const t = performance.now();
    e.focus();
    e.click();
    document.body.offsetHeight;
    requestAnimationFrame(() => setTimeout(() => resolve([t, performance.now() - t]), 0));
  }), sel);
  await sleep(1000);
  return [Math.round(r[1]), await page.evaluate((t) => window.__longest(t), r[0] + r[1] - 1)];
};

// Jumps that move a long text's window: a click on a finding in the list (the last, the first, one
// in the middle), each to its next frame and the longest task in the 0.7 s after it.
async function jumps(page) {
  const out = [];
  for (const at of [1, 0, 0.5]) {
    const r = await page.evaluate((f) => new Promise((resolve) => {
      const all = document.querySelectorAll('#findings .finding'), e = all[Math.min(all.length - 1, Math.floor(f * (all.length - 1)))];
      const t = performance.now();
      e.click();
      document.body.offsetHeight;
      requestAnimationFrame(() => setTimeout(() => resolve([t, performance.now() - t]), 0));
    }), at);
    await sleep(700);
    out.push([Math.round(r[1]), await page.evaluate((t) => window.__longest(t), r[0])]);
  }
  return out;
}

// Page Down in the editor from where the caret is: each key's task (the window moves on with it).
async function pageDowns(page, n) {
  await page.evaluate(() => { const i = document.querySelector('textarea'); i.focus(); window.__keyAt = []; });
  for (let k = 0; k < n; k++) { await page.keyboard.press('PageDown'); await sleep(150); }
  await sleep(300);
  return page.evaluate(() => window.__keyAt.map(window.__taskAt));
}

const drawnNow = () => /检查完成/.test(document.getElementById('status').textContent) &&
  (window.GoujiHighlight.done ? window.GoujiHighlight.done(document.getElementById('report')) : true) &&
  document.getElementById('report').textContent.length === document.getElementById('input').value.length + 1;

// The browser's own cost of 2 MB in a bare textarea styled like the editor (no page around it):
// what a key and a scroll cost before the page does anything.
async function bare(page, text) {
  await page.evaluate((s) => {
    const src = document.getElementById('input'), cs = getComputedStyle(src), ta = document.createElement('textarea');
    ['fontFamily', 'fontSize', 'lineHeight', 'whiteSpace', 'overflowWrap', 'padding'].forEach((k) => { ta.style[k] = cs[k]; });
    ta.style.width = src.clientWidth + 'px';
    ta.style.height = (document.getElementById('scroller') || src).clientHeight + 'px';  // the viewport's height
    document.body.textContent = '';
    document.body.appendChild(ta);
    ta.value = s;
    ta.offsetHeight;
  }, text);
  await sleep(500);
  return { keys: await typeKeys(page, 5), scroll: await scrollAround(page) };
}

async function measure(page, label, bareCost) {
  const text = bigText();
  await page.evaluate(instrument);
  // The paste: a paste event with the text; where the page leaves it to the browser, what the
  // browser does (the text in at the caret, one input event).
  const pasted = await page.evaluate((s) => {
    const i = document.getElementById('input');
    i.focus();
    const t = performance.now();
    const dt = new DataTransfer();
    dt.setData('text/plain', s);
    const ev = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    if (i.dispatchEvent(ev) && !ev.defaultPrevented) {
      i.value = i.value.slice(0, i.selectionStart) + s + i.value.slice(i.selectionEnd);
      i.dispatchEvent(new Event('input'));
    }
    return [t, /正在检查 \d+ KB/.test(document.getElementById('status').textContent)];
  }, text);
  await page.keyboard.press('Shift');
  const accept = await page.evaluate((t) => Math.round(window.__keyAt[0] - t), pasted[0]);
  // The paste's own task and frame (the browser lays the 2 MB out in the textarea), then
  // everything after it until the layer is drawn and the list built: the check's post, progress,
  // the result taken in parts, the drawing in slices.
  const pasteTask = await page.evaluate((t) => window.__longest(t - 5, window.__keyAt[0]), pasted[0]);
  await until(page, () => window.__resultAt > 0, null, 400000);
  await until(page, drawnNow, null, 180000);
  const drawMs = await page.evaluate(() => Math.round(performance.now() - window.__resultAt));
  await sleep(1500);  // the rest of the list, a slice per task
  const afterPaste = await page.evaluate(() => window.__longest(window.__keyAt[0] + 1));
  const n = await page.evaluate(() => document.querySelectorAll('#findings .finding').length);
  assert.ok(n > 1000, `${label}: ${n} findings`);
  // The editor's text: the whole document (a long one is held by the page, its window in the textarea).
  assert.equal(await page.evaluate(fullText), text.length, `${label}: the pasted text is in the editor`);

  // Typing in the 2 MB text: each key's own task, then (the re-check of the edited text, its
  // result, the layer redrawn around the edit) the longest task until it is drawn.
  const keys = await typeKeys(page, 5);
  const tk = await page.evaluate(() => window.__keyAt[window.__keyAt.length - 1]);
  await until(page, (t) => window.__resultAt > t, tk, 400000);
  await until(page, drawnNow, null, 180000);
  await sleep(1500);
  const afterKey = await page.evaluate((t) => window.__longest(t + 1), keys.length ? tk + 50 : 0);
  const scroll = await scrollAround(page);

  await page.evaluate(() => { window.__firstMark = document.querySelector('#report .hl'); });
  const toggles = [];
  for (const sel of ['[data-filter="warning"]', '[data-filter="warning"]', '[data-filter="info"]', '[data-filter="info"]'])
    toggles.push(await timed(page, sel));
  const dismiss = await timed(page, '#findings .finding .dismiss');
  const marksOff = await page.evaluate(() => document.querySelectorAll('#report .hl.off').length);
  assert.ok(marksOff >= 1, `${label}: the dismissed finding's marks are switched off`);
  assert.ok(await page.evaluate(() => document.querySelector('#report .hl') === window.__firstMark), `${label}: the highlight layer was restyled, not rebuilt`);
  // After the toggles (a jump to the last finding builds the whole list, and taking a list of
  // thousands down makes the next toggle's frame 270–400 ms in Chromium 78, before and after the
  // window: the list's cost, measured apart).
  const jump = await jumps(page);
  // The whole list built (a jump to the last finding, Alt+↑ from the first, builds every item
  // before it), then a toggle off and on and a dismissal: the old list must not be taken down in
  // the toggle's task.
  const toLast = () => page.evaluate(() => {
    document.querySelector('#findings .finding').click();
    window.GoujiPage.step(-1);
    return [document.querySelectorAll('#findings .finding').length, window.GoujiPage.state.visible.length];
  });
  const built = (await toLast())[0];
  await sleep(1000);
  const fullToggles = [];
  for (const sel of ['[data-filter="warning"]', '[data-filter="warning"]']) {
    fullToggles.push(await timed(page, sel));
    const b = await toLast();
    assert.equal(b[0], b[1], `${label}: the whole list is built after a jump to its last finding`);
    await sleep(1000);
  }
  fullToggles.push(await timed(page, '#findings .finding .dismiss'));
  const pages = await pageDowns(page, 12);

  const base = bareCost ? await bareCost() : null;
  const r = { label, accept, progress: pasted[1], pasteTask, afterPaste, drawMs, keys, afterKey, scroll, jump, pages, toggles, dismiss, fullToggles, built, findings: n, bare: base };
  console.log(`${label}: paste: its own task ${pasteTask} ms, takes a key after ${accept} ms, progress shown ${pasted[1]}; ` +
    `result → layer drawn ${drawMs} ms, longest task after the paste ${afterPaste} ms; ` +
    `a key's own task ${keys.join(', ')} ms, then (re-check, redraw) ${afterKey} ms; scrolling ${scroll.join(', ')} ms; ` +
    `a jump to a finding (list click) ${jump.map((x) => x.join('/')).join(', ')} ms (to next frame/longest task after); Page Down ${pages.join(', ')} ms; ` +
    `filter toggles ${toggles.map((x) => x.join('/')).join(', ')} ms (to next frame/longest task after); dismissal ${dismiss.join('/')} ms (${n} findings); ` +
    `with the whole list built (${built} items): toggles ${fullToggles.slice(0, 2).map((x) => x.join('/')).join(', ')} ms, dismissal ${fullToggles[2].join('/')} ms` +
    (base ? `; a bare textarea with the same 2 MB: a key ${base.keys.join(', ')} ms, scrolling ${base.scroll.join(', ')} ms` : ''));
  return r;
}

// The bounds (issue 15 item 4), each on the median of its repeats where an action repeats (this
// 2-core machine is shared: one task among several may be stretched by another process).
function bounds(r) {
  const L = r.label;
  assert.ok(r.progress, `${L}: the paste says at once that the check is running`);
  assert.ok(r.afterPaste < TASK_MS, `${L}: after the paste (check, result, drawing) a task blocked ${r.afterPaste} ms (bound ${TASK_MS})`);
  assert.ok(r.afterKey < TASK_MS, `${L}: after a key (re-check, redraw) a task blocked ${r.afterKey} ms (bound ${TASK_MS})`);
  // A key's own task is the browser's edit of a 2 MB textarea: the page may add nothing to it.
  const keyBound = r.bare ? Math.max(TASK_MS, median(r.bare.keys) * 1.25 + 25) : TASK_MS;
  assert.ok(median(r.keys) < keyBound, `${L}: a key took ${r.keys.join(', ')} ms (bound ${Math.round(keyBound)}: ${TASK_MS} or the bare textarea's ${r.bare ? r.bare.keys.join(', ') : '-'})`);
  assert.ok(median(r.scroll) < TASK_MS && Math.max(...r.scroll) < 2 * TASK_MS, `${L}: scrolling blocked ${r.scroll.join(', ')} ms (bound ${TASK_MS})`);
  assert.ok(median(r.pages) < TASK_MS && Math.max(...r.pages) < 2 * TASK_MS, `${L}: Page Down blocked ${r.pages.join(', ')} ms (bound ${TASK_MS})`);
  for (const x of r.toggles.concat([r.dismiss], r.jump, r.fullToggles)) {
    assert.ok(x[0] < TOGGLE_MS, `${L}: a toggle, dismissal or jump took ${x[0]} ms to the next frame (bound ${TOGGLE_MS}): ${r.toggles.map((y) => y.join('/')).join(', ')}; dismissal ${r.dismiss.join('/')}`);
    assert.ok(x[1] < TOGGLE_MS, `${L}: after a toggle, dismissal or jump a task blocked ${x[1]} ms (bound ${TOGGLE_MS})`);
  }
}

let browser;
before(async () => { browser = await launch(); });

// Every run (not only GOUJI_LARGE): a long text is edited through a window (web/window.js). A
// 400 KB paste is one undo step and the page holds all of it while the textarea holds a window
// of whole lines; the layer draws that window with marks identical to drawing it at once and
// each mark on the number it stands for in the whole text; a filter toggle restyles the layer;
// an edit redraws only around it; the box keeps the whole text's height; scrolling far away
// moves the window (and what was typed in the old one is one Ctrl+Z step); a jump to the last
// finding moves the window to its mark; Ctrl+Z goes back to the text before the paste.
test('a long report is edited through a window: marks on their numbers, undo across window moves', { timeout: 240000 }, async () => {
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
  }, text);
  assert.equal(await page.evaluate(() => window.GoujiPage.text()), '甲' + text, 'the paste went in at the caret');
  const win = await page.evaluate(() => { const i = document.getElementById('input'); return { len: i.value.length, off: window.GoujiPage.offset(), caret: window.GoujiPage.caret() }; });
  assert.ok(win.len < 60000 && win.len > 10000, `the textarea holds a window: ${win.len} characters`);
  assert.equal(win.caret, 1 + text.length, 'the caret after the pasted text');
  const checked = () => page.waitForFunction(() => /检查完成/.test(document.getElementById('status').textContent) &&
    document.getElementById('report').textContent.slice(0, -1) === document.getElementById('input').value &&
    window.GoujiPage.state.text === window.GoujiPage.text() && window.GoujiHighlight.done(document.getElementById('report')), null, { timeout: 200000 });
  await checked();
  // The layer: the window's text; marks as (start, text, classes) relative to the window, adjacent
  // pieces of one mark joined (chunks end at line breaks); each on its number in the whole text.
  const layer = () => page.evaluate(() => {
    const bd = document.getElementById('report'), ta = document.getElementById('input'), P = window.GoujiPage, o = P.offset();
    const marks = [];
    let misplaced = 0;
    bd.querySelectorAll('.hl').forEach((e) => {
      const s = Number(e.getAttribute('data-start'));
      marks.push([s, e.textContent, e.className]);
      if (P.state.text.slice(o + s, o + s + e.textContent.length) !== e.textContent) misplaced++;
    });
    return { marks, misplaced, text: bd.textContent.slice(0, -1) === ta.value, height: [bd.scrollHeight, ta.scrollHeight], top: [bd.offsetTop, ta.offsetTop],
      box: document.getElementById('scroller').scrollHeight };
  });
  const atOnceFn = () => {
    const d = document.createElement('div');
    const v = document.getElementById('report').goujiView;
    window.GoujiHighlight.render(d, v.text, v.findings, null, v.shown);  // the page's filters (info folded by default)
    return Array.from(d.querySelectorAll('.hl')).map((e) => [Number(e.getAttribute('data-start')), e.textContent, e.className]);
  };
  const join = (ms) => ms.reduce((out, m) => {
    const last = out[out.length - 1];
    if (last && last[0] + last[1].length === m[0] && last[2] === m[2]) last[1] += m[1]; else out.push(m.slice());
    return out;
  }, []);
  const drawn = await layer();
  const atOnce = await page.evaluate(atOnceFn);
  assert.ok(drawn.marks.length > 20, `${drawn.marks.length} marks`);
  assert.deepEqual(join(drawn.marks), join(atOnce), 'the marks drawn are those drawn at once');
  assert.equal(drawn.misplaced, 0, 'every mark sits on its text in the whole document');
  assert.ok(drawn.text, 'the layer holds the window\'s text');
  assert.equal(drawn.height[0], drawn.height[1], 'the layer is as high as the textarea');
  assert.equal(drawn.top[0], drawn.top[1], 'the layer starts where the textarea does');
  assert.ok(drawn.box > 8 * drawn.height[1], `the box keeps the whole text's height: ${drawn.box} px for a ${drawn.height[1]} px window`);
  // A filter toggle restyles the layer (the same nodes): the marks are those drawn at once with the new filters.
  await page.evaluate(() => { window.__firstMark = document.querySelector('#report .hl'); document.querySelector('[data-filter="warning"]').click(); });
  const toggled = await layer();
  const toggledAtOnce = await page.evaluate(atOnceFn);
  assert.notDeepEqual(join(toggledAtOnce), join(atOnce), 'the toggle changed marks');
  assert.deepEqual(join(toggled.marks), join(toggledAtOnce), 'the marks restyled are those drawn at once with the new filters');
  assert.ok(await page.evaluate(() => document.querySelector('#report .hl') === window.__firstMark), 'restyled, not rebuilt');
  await page.evaluate(() => document.querySelector('[data-filter="warning"]').click());
  assert.deepEqual(join((await layer()).marks), join(atOnce), 'toggled back: the marks as first drawn');
  // An edit near the window's start: the chunks after it are kept (the same nodes), the layer still right.
  await page.evaluate(() => { window.__lastChunk = document.getElementById('report').lastChild; });
  await page.evaluate(() => {
    const i = document.getElementById('input');
    i.focus();
    i.setSelectionRange(200, 200);
    document.execCommand('insertText', false, '2');
  });
  const edited = await page.evaluate(() => window.GoujiPage.text());
  assert.equal(edited.length, text.length + 2, 'the key went into the whole text');
  await checked();
  assert.ok(await page.evaluate(() => document.getElementById('report').lastChild === window.__lastChunk), 'the chunks after the edit are kept');
  const after = await layer();
  assert.deepEqual(join(after.marks), join(await page.evaluate(atOnceFn)), 'after the edit the kept marks carry their new starts and findings');
  assert.equal(after.misplaced, 0, 'after the edit every mark sits on its text');
  // Scrolling to the top (a scrollbar drag): the window moves there, with its marks.
  await page.evaluate(() => { document.getElementById('scroller').scrollTop = 0; });
  await page.waitForFunction(() => window.GoujiPage.offset() === 0, null, { timeout: 5000 });
  await checked();
  const top = await layer();
  assert.ok(top.marks.length > 20 && top.misplaced === 0, `the window at the top has its marks on their numbers (${top.marks.length}, ${top.misplaced} misplaced)`);
  assert.equal(top.top[0], top.top[1], 'the layer starts where the moved textarea does');
  // Ctrl+Z: what was typed in the old window (the '2') is one step, then the paste.
  await page.evaluate(() => document.getElementById('input').focus());
  await page.keyboard.press('Control+z');
  assert.equal(await page.evaluate(() => window.GoujiPage.text()), '甲' + text, 'Ctrl+Z after the window moved took the key back');
  // A jump to the last finding in the list: the window moves to it, its mark in view and selected.
  await checked();
  const seen = await page.evaluate(() => {
    const f = document.querySelectorAll('#findings .finding');
    f[f.length - 1].click();
    const P = window.GoujiPage, i = P.input, sc = document.getElementById('scroller'), v = sc.getBoundingClientRect();
    const vi = Number(f[f.length - 1].getAttribute('data-finding')), fd = P.state.visible[vi];
    const p = fd.spans.filter((s) => s.role === 'primary')[0] || fd.spans[0];
    const marks = Array.from(document.querySelectorAll('#report .hl.flash.primary')).map((m) => { const r = m.getBoundingClientRect(); return [Math.round(r.top), Math.round(r.bottom)]; });
    return { marks, view: [Math.round(v.top), Math.round(v.bottom)], sel: [P.caret(), P.caretEnd()], span: [p.start, p.end], off: P.offset() };
  });
  assert.deepEqual(seen.sel, seen.span, 'the finding\'s number is selected');
  assert.ok(seen.off > 0, 'the window moved to the finding');
  assert.ok(seen.marks.some((m) => m[0] >= seen.view[0] && m[1] <= seen.view[1]), `the finding's mark is in view: ${JSON.stringify(seen)}`);
  // 撤销 takes the paste back: the plain editor again.
  await page.click('#undo');
  await page.waitForFunction(() => document.getElementById('input').value === '甲', null, { timeout: 20000 });
  assert.equal(await page.evaluate(() => window.GoujiPage.windowed()), false, 'a short text is the plain editor again');
  await page.close();
});

// The editor's layout for long texts: textarea and layer at full height in one scrolling box
// (a 2 MB textarea scrolling itself under a scroll listener cost 55–220 ms a wheel step). The
// textarea never scrolls, the box follows the caret, Page Down moves the caret with the page, and
// a jump to a finding scrolls the box to its mark.
test('the editor scrolls as one box: the textarea at its text\'s height, the caret and Page Down followed', { timeout: 60000 }, async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(pageUrl);
  await page.waitForFunction(() => window.gouji && !document.getElementById('check').disabled);
  const text = example('2024-taoyuan-health-bureau.txt');
  await page.evaluate((s) => { const i = document.getElementById('input'); i.value = s; i.dispatchEvent(new Event('input')); }, text);
  const box = () => page.evaluate(() => {
    const i = document.getElementById('input'), sc = document.getElementById('scroller');
    const line = i.value.slice(0, i.selectionStart).split('\n').length;
    return { taScrolls: i.scrollHeight > i.clientHeight + 1, taHeight: i.offsetHeight, boxHeight: sc.scrollHeight, top: sc.scrollTop, view: sc.clientHeight, line };
  });
  const b0 = await box();
  assert.ok(!b0.taScrolls, 'the textarea does not scroll itself');
  assert.ok(b0.taHeight > 10 * b0.view, `the textarea is as high as its text: ${b0.taHeight} px`);
  assert.equal(b0.boxHeight, b0.taHeight, 'the box scrolls over the textarea\'s height');
  // Page Down from the top: the box scrolls a page and the caret goes down with it.
  await page.evaluate(() => { const i = document.getElementById('input'); i.focus(); i.setSelectionRange(0, 0); document.getElementById('scroller').scrollTop = 0; });
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  const b1 = await box();
  assert.ok(b1.top > b0.view, `Page Down ×2 scrolled the box: ${b1.top}`);
  assert.ok(b1.line > 8, `the caret went down with the page (line ${b1.line})`);
  // Typing at the end: the box follows the caret.
  await page.evaluate(() => { const i = document.getElementById('input'); i.setSelectionRange(i.value.length, i.value.length); document.getElementById('scroller').scrollTop = 0; });
  for (let k = 0; k < 3; k++) await page.keyboard.press('Enter');
  const b2 = await box();
  assert.ok(b2.top + b2.view >= b2.boxHeight - 14 - 28, `typing at the end scrolled the box to its last line (the padding below may stay out): ${b2.top} + ${b2.view} of ${b2.boxHeight}`);
  assert.ok(b2.taHeight > b0.taHeight, `the textarea grew with the new lines: ${b0.taHeight} → ${b2.taHeight}`);
  // A jump to a finding near the end: its mark in the box's view.
  await page.click('#check');
  await page.waitForFunction(() => /检查完成/.test(document.getElementById('status').textContent) && document.querySelectorAll('#findings .finding').length > 0);
  await page.evaluate(() => { document.getElementById('scroller').scrollTop = 0; const f = document.querySelectorAll('#findings .finding'); f[f.length - 1].click(); });
  const seen = await page.evaluate(() => {
    const sc = document.getElementById('scroller'), v = sc.getBoundingClientRect();
    const marks = Array.from(document.querySelectorAll('#report .hl.flash.primary')).map((m) => { const r = m.getBoundingClientRect(); return [Math.round(r.top), Math.round(r.bottom)]; });
    return { marks, view: [Math.round(v.top), Math.round(v.bottom)], top: sc.scrollTop };
  });
  assert.ok(seen.marks.some((m) => m[0] >= seen.view[0] && m[1] <= seen.view[1]), `the finding's mark is in view: ${JSON.stringify(seen)}`);
  await page.close();
});

// Every run: what works on a short text works on a long one (the window): opening a file, "apply
// all" and 撤销, typing in a window the box scrolled to, 清空 and Ctrl+Z, the draft after a
// reload, Ctrl+End and Ctrl+Home over the whole text.
test('a long text keeps the editor\'s features: file, apply all, undo, 清空, draft, Ctrl+End/Home', { timeout: 240000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(pageUrl);
  await page.waitForFunction(() => window.gouji && !document.getElementById('check').disabled);
  const one = example('2024-taoyuan-health-bureau.txt') + '\n' + example('2020-shigu-health-department.txt') + '\n';
  const text = one.repeat(Math.ceil(400000 / one.length));
  const P = () => page.evaluate(() => ({ text: window.GoujiPage.text(), windowed: window.GoujiPage.windowed(), caret: window.GoujiPage.caret(),
    box: [document.getElementById('scroller').scrollTop, document.getElementById('scroller').clientHeight, document.getElementById('scroller').scrollHeight] }));
  const checked = () => page.waitForFunction(() => window.GoujiPage.state.text === window.GoujiPage.text() && !/正在/.test(document.getElementById('status').textContent), null, { timeout: 100000 });
  await page.setInputFiles('#file', { name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.waitForFunction((n) => window.GoujiPage.text().length === n, text.length, { timeout: 100000 });
  await checked();
  const opened = await P();
  assert.equal(opened.text, text, 'the file is in the editor');
  assert.ok(opened.windowed, 'a long file is edited through a window');
  assert.equal(await page.isDisabled('#apply-all'), false, 'the long text has fixes');
  await page.click('#apply-all');
  await checked();
  assert.notEqual((await P()).text, text, 'apply all changed the text');
  await page.click('#undo');
  await checked();
  assert.equal((await P()).text, text, '撤销 took apply all back');
  // The box dragged to the middle: the window follows; a word typed there goes into the whole text.
  await page.evaluate(() => { const sc = document.getElementById('scroller'); sc.scrollTop = sc.scrollHeight / 2; });
  await page.waitForFunction(() => window.GoujiPage.offset() > 100000, null, { timeout: 5000 });
  const at = await page.evaluate(() => { const i = document.getElementById('input'); i.focus(); i.setSelectionRange(100, 100); return window.GoujiPage.caret(); });
  await page.keyboard.type('XYZ');
  const typed = (await P()).text;
  assert.equal(typed, text.slice(0, at) + 'XYZ' + text.slice(at), 'typed at the caret in the whole text');
  await page.click('#clear');
  assert.equal((await P()).text, '', '清空');
  await page.evaluate(() => document.getElementById('input').focus());
  await page.keyboard.press('Control+z');
  assert.equal((await P()).text, typed, 'Ctrl+Z brought back the text with what was typed');
  await page.evaluate(() => window.GoujiPage.saveDraft());
  await page.reload();
  await page.waitForFunction(() => window.gouji && !document.getElementById('check').disabled);
  const back = await P();
  assert.equal(back.text, typed, 'the long draft is back after a reload');
  assert.ok(back.windowed, 'in a window');
  await page.evaluate(() => document.getElementById('input').focus());
  await page.keyboard.press('Control+End');
  const end = await P();
  assert.equal(end.caret, typed.length, 'Ctrl+End: the caret at the end of the whole text');
  assert.ok(end.box[0] + end.box[1] >= end.box[2] - 2, `Ctrl+End: the box at its end: ${end.box}`);
  await page.keyboard.press('Control+Home');
  const home = await P();
  assert.deepEqual([home.caret, home.box[0]], [0, 0], 'Ctrl+Home: the caret and the box at the start');
  await context.close();
});

after(async () => { if (browser) await browser.close(); });

test("2 MB in today's Chromium: paste, visible-first drawing, toggles", { timeout: 600000, skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(pageUrl);
  await page.waitForFunction(() => window.gouji && !document.getElementById('check').disabled);
  bounds(await measure(page, 'chromium-' + (await browser.version()).split('.')[0], () => bare(page, bigText())));
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
      bounds(await measure(page, 'chromium-' + k, () => bare(page, bigText())));
    } finally {
      const proc = b.process();
      await Promise.race([b.close(), new Promise((r) => setTimeout(r, 10000))]);
      if (proc && proc.exitCode === null) proc.kill('SIGKILL');
      fs.rmSync(userDir, { recursive: true, force: true });
    }
  });
}
