// The page in the kernels reviewers have: real old Chromium builds (360SE 10 → 63, of which 64 is
// the oldest build npm carries; 11 → 69, 12 → 78,
// 13 → 86; unpacked from npm's chrome-aws-lambda by scripts/old-chromium.sh, driven by
// puppeteer-core 2.0.0) and today's Debian Chromium (playwright-core). In each: the page opens
// from file://, the engine is ready with and without a worker, both corpus reports give the
// findings today's Chromium gives, the editor fills its panel and the highlight layer is laid out
// exactly like the textarea, uploads (GBK and UTF-16LE with a BOM, each read as its UTF-8 twin,
// and a .docx), card, fix + undo, exports, print and the language switch work, and the page also
// works opened from an http folder. Prints ready / first-highlight times per kernel; screenshots in build/screenshots/<kernel>/.
// GOUJI_KERNELS="78 86" picks the old kernels (default: every one under build/old-chromium/).
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { launch, pageUrl, pagePath, root, serve } = require('./helpers');

const corpusDir = path.resolve(root, '../shared/corpus');
const reports = fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ name: f, text: fs.readFileSync(path.join(corpusDir, f), 'utf8') }))
  : ['2020-shigu-health-department.txt', '2024-taoyuan-health-bureau.txt']
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(root, 'examples', f), 'utf8') }));
const big = reports.reduce((a, b) => (b.text.length > a.text.length ? b : a));  // the 25 KB report
const oldDir = path.join(root, 'build/old-chromium');
const oldKernels = (process.env.GOUJI_KERNELS ? process.env.GOUJI_KERNELS.split(/\s+/).filter(Boolean)
  : ['64', '69', '78', '86']).filter((k) => fs.existsSync(path.join(oldDir, k, 'chromium')));

// One face over both drivers: puppeteer-core 2 (old kernels) and playwright-core (today's).
function driver(page, kind) {
  const pw = kind === 'playwright';
  return {
    page,
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    waitFor: (fn, arg, timeout = 30000) => (pw ? page.waitForFunction(fn, arg, { timeout }) : page.waitForFunction(fn, { timeout }, arg)),
    // A real mouse click at the element's centre (puppeteer 1.7's own click fails on Chromium 69).
    click: async (sel) => {
      const at = await page.evaluate((q) => {
        const e = document.querySelector(q);
        if (!e) return null;
        const r0 = e.getBoundingClientRect();
        if (r0.top < 0 || r0.bottom > innerHeight) e.scrollIntoView({ block: 'center' });
        const r = e.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, sel);
      assert.ok(at, `no ${sel} to click`);
      await page.mouse.click(at.x, at.y);
    },
    upload: async (file) => (pw ? page.setInputFiles('#file', file) : (await page.$('#file')).uploadFile(file)),
    uploadMany: async (files) => (pw ? page.setInputFiles('#file', files) : (await page.$('#file')).uploadFile(...files)),
    media: (m) => (pw ? page.emulateMedia({ media: m }) : page.emulateMedia(m)),
    shot: (file) => page.screenshot({ path: file }),
  };
}

async function openIn(browser, kind, { noWorker = false, url = pageUrl } = {}) {
  let page;
  const errors = [];
  if (kind === 'playwright') {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    if (noWorker) await context.addInitScript(() => { delete window.Worker; });
    page = await context.newPage();
  } else {
    page = await browser.newPage();
    await page.setViewport({ width: 1366, height: 768 });
    if (noWorker) await page.evaluateOnNewDocument(() => { delete window.Worker; });
  }
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  const d = driver(page, kind);
  d.errors = errors;
  await d.waitFor(() => window.gouji && !document.getElementById('check').disabled ||
    /失败|failed/.test(document.getElementById('status').textContent));
  return d;
}

async function setText(d, text) {
  await d.evaluate((t) => {
    const i = document.getElementById('input');
    i.value = t;
    i.dispatchEvent(new Event('input'));
    document.getElementById('check').click();
  }, text);
  await waitChecked(d);
}
const waitChecked = (d) => d.waitFor(() => !/正在|…|Checking|Loading/.test(document.getElementById('status').textContent) &&
  document.querySelector('#report').textContent.slice(0, -1) === document.getElementById('input').value);

// What the reviewer sees of a check: the listed findings and the highlighted pieces.
const seen = (d) => d.evaluate(() => ({
  list: Array.from(document.querySelectorAll('#findings .finding')).map((li) =>
    li.querySelector('.rule').textContent + ' ' + li.querySelector('.where').textContent + ' ' + li.querySelector('.msg').textContent),
  marks: Array.from(document.querySelectorAll('#report .hl')).map((e) => e.className + ':' + e.getAttribute('data-start') + ':' + e.textContent),
}));

// The editor fills its panel, and the highlight layer is laid out like the textarea (same box,
// same wrapping: equal content width and scroll height), so each mark sits on its number.
const layout = (d) => d.evaluate(() => {
  const box = (e) => { const r = e.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)]; };
  const ed = document.getElementById('editor'), ta = document.getElementById('input'), bd = document.getElementById('report');
  const hl = bd.querySelector('.hl.error') || bd.querySelector('.hl');
  let markTop = null;
  if (hl) {
    // The textarea's own line for that offset: the mark's line number from the backdrop and
    // the textarea's line height agree when the layouts are the same.
    markTop = Math.round(hl.getBoundingClientRect().top - bd.getBoundingClientRect().top + bd.scrollTop);
  }
  return { editor: box(ed), textarea: box(ta), backdrop: box(bd), taClient: [ta.clientWidth, ta.scrollHeight],
           bdClient: [bd.clientWidth, bd.scrollHeight], markTop, panel: box(document.querySelector('.editor-wrap')) };
});

function checkLayout(l, label) {
  assert.ok(l.textarea[2] >= l.panel[2] - 4, `${label}: the editor is ${l.textarea[2]} px wide in a ${l.panel[2]} px panel`);
  assert.ok(l.textarea[3] >= 300, `${label}: the editor is ${l.textarea[3]} px high`);
  assert.deepEqual(l.backdrop, l.textarea, `${label}: the highlight layer covers the textarea exactly`);
  assert.deepEqual(l.bdClient, l.taClient, `${label}: highlight layer and textarea wrap alike (content width, scroll height)`);
}

const reference = {};  // today's Chromium: findings per report
const matrix = [];

async function runKernel(t, browser, kind, label) {
  const step = (m) => { if (process.env.GOUJI_DEBUG) console.error(label, m); };
  const shots = path.join(root, 'build/screenshots', label);
  fs.mkdirSync(shots, { recursive: true });
  const d = await openIn(browser, kind);
  assert.equal(await d.evaluate(() => window.gouji.engine()), 'worker', `${label}: the worker engine`);
  const readyMs = Math.round(await d.evaluate(() => window.__goujiReadyAt));
  // The policy this kernel got (picked before it by the page), and that it is enforced: an
  // inline script that is not the page's own does not run.
  const csp = await d.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__strayRan = true';
    document.head.appendChild(s);
    return { policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]').content, ran: !!window.__strayRan };
  });
  assert.equal(csp.ran, false, `${label}: the CSP blocks a stray inline script`);
  assert.match(csp.policy, kind === 'playwright' ? /'wasm-unsafe-eval'/ : /'unsafe-eval'/);
  if (kind !== 'playwright') assert.doesNotMatch(csp.policy, /wasm-unsafe-eval/, `${label}: no source this kernel calls invalid`);
  else assert.doesNotMatch(csp.policy, /'unsafe-eval'/, `${label}: today's kernels keep the strict policy`);
  await d.shot(path.join(shots, 'empty.png'));
  step('// First highlights on the 25 ');
  // First highlights on the 25 KB report: from putting the text in to the first mark drawn.
  const firstHl = await d.evaluate((text) => new Promise((resolve) => {
    const t0 = performance.now();
    const i = document.getElementById('input');
    i.value = text;
    document.getElementById('check').click();
    (function poll() { if (document.querySelector('#report .hl')) resolve(performance.now() - t0); else requestAnimationFrame(poll); })();
  }), big.text);
  await waitChecked(d);
  step('let equal = true;');
  let equal = true;
  for (const r of reports) {
    await setText(d, r.text);
    const s = await seen(d);
    assert.ok(s.list.length >= 1, `${label}: ${r.name} has findings`);
    if (kind === 'playwright') reference[r.name] = s;
    else {
      try { assert.deepEqual(s, reference[r.name], `${label}: ${r.name} as in today's Chromium`); } catch (e) { equal = false; throw e; }
    }
    const l = await layout(d);
    checkLayout(l, `${label} ${r.name}`);
    await d.click('#findings .finding.error');
    assert.ok(await d.evaluate(() => !document.getElementById('card').hidden), `${label}: the card opens`);
    await d.shot(path.join(shots, r.name.replace(/\.txt$/, '') + '.png'));
  }
  step('// Card → fix, then Ctrl+Z');
  // Card → fix, then Ctrl+Z and 撤销 bring the text back.
  await setText(d, '“三公”经费支出总计0万元，其中公务接待费5.92万元，公务用车运行维护费6.1万元。');
  const before = await d.evaluate(() => document.getElementById('input').value);
  await d.click('#findings .finding.error');
  if (await d.evaluate(() => !!document.querySelector('#card .apply'))) {
    await d.click('#card .apply');
    await waitChecked(d);
    assert.notEqual(await d.evaluate(() => document.getElementById('input').value), before, `${label}: the fix changed the text`);
    await d.click('#undo');
    await waitChecked(d);
    assert.equal(await d.evaluate(() => document.getElementById('input').value), before, `${label}: 撤销 undid the fix`);
  }
  step("await d.click('#clear');");
  await d.click('#clear');
  await waitChecked(d);
  await d.page.keyboard.down('Control');
  await d.page.keyboard.press('z');
  await d.page.keyboard.up('Control');
  await waitChecked(d);
  assert.equal(await d.evaluate(() => document.getElementById('input').value), before, `${label}: Ctrl+Z undid 清空`);
  step('// Uploads: GBK');
  // Uploads: GBK and UTF-16LE with a BOM and CRLF, each read as exactly its UTF-8 twin, and a .docx.
  for (const [file, enc, twin] of [[path.join(root, 'tests/data/encodings/gbk_sample.txt'), /gb18030/, utf8Twin],
    [utf16File, /utf-16le/, utf8Twin], [path.join(root, 'tests/data/docx/libreoffice_sample.docx'), /docx/, null]]) {
    await d.evaluate(() => { document.getElementById('status').textContent = ''; });
    await d.upload(file);
    await d.waitFor((name) => document.getElementById('status').textContent.indexOf(name) >= 0, path.basename(file));
    await waitChecked(d);
    assert.match(await d.evaluate(() => document.getElementById('status').textContent), enc, `${label}: ${file}`);
    if (twin !== null) assert.equal(await d.evaluate(() => document.getElementById('input').value), twin, `${label}: ${path.basename(file)} reads as its UTF-8 twin`);
  }
  step('// Several reports at once');
  // Several reports at once (web/batch.js): one summary row each, a row opens its report.
  await d.uploadMany([path.join(root, 'tests/data/encodings/gbk_sample.txt'), path.join(root, 'tests/data/docx/libreoffice_sample.docx')]);
  await d.waitFor(() => document.querySelectorAll('#batch tbody tr.open').length === 2);
  await d.shot(path.join(shots, 'batch.png'));
  await d.click('#batch tbody tr[data-row="0"]');
  await d.waitFor(() => document.getElementById('batch').hidden);
  await waitChecked(d);
  assert.equal(await d.evaluate(() => document.getElementById('input').value), utf8Twin, `${label}: a summary row opens its report`);
  step('// Exports through');
  // Exports through the page's own Blob + download link.
  await setText(d, big.text);
  const exported = await d.evaluate(() => new Promise((resolve) => {
    const blobs = [];
    const orig = URL.createObjectURL;
    URL.createObjectURL = (b) => { blobs.push(b); return orig.call(URL, b); };
    document.getElementById('export-csv').click();
    document.getElementById('export-json').click();
    URL.createObjectURL = orig;
    const read = (b) => new Promise((r) => { const f = new FileReader(); f.onload = () => r(f.result); f.readAsText(b); });
    Promise.all(blobs.map(read)).then(resolve);
  }));
  const rows = await d.evaluate(() => document.querySelectorAll('#findings .finding').length);
  assert.equal(exported.length, 2);
  assert.equal(exported[0].replace(/^\uFEFF/, '').trim().split('\r\n').length, rows + 1, `${label}: CSV rows`);
  assert.equal(JSON.parse(exported[1]).documents[0].findings.length, rows, `${label}: JSON findings`);
  step('// Print view.');
  // Print view.
  await d.evaluate(() => { window.print = () => { window.__printed = true; }; });
  await d.click('#print');
  await d.media('print');
  const printed = await d.evaluate(() => ({ printed: window.__printed, shown: getComputedStyle(document.getElementById('print-view')).display !== 'none',
    rows: document.querySelectorAll('#print-view .opinion-table tbody tr').length,
    head: getComputedStyle(document.querySelector('#print-view .opinion-table thead')).display }));
  await d.media(null);
  assert.ok(printed.printed && printed.shown && printed.rows > 0, `${label}: print view (审核意见)`);
  assert.equal(printed.head, 'table-header-group', `${label}: column headers repeat on each printed page`);
  step('// Language switch');
  // Language switch re-checks in English.
  await d.click('#lang');
  await d.waitFor(() => document.documentElement.lang === 'en' && document.getElementById('check').textContent === 'Check');
  await waitChecked(d);
  await d.shot(path.join(shots, 'english.png'));
  await d.click('#lang');
  await d.waitFor(() => document.documentElement.lang === 'zh-CN');
  await waitChecked(d);
  const errors = d.errors.filter((e) => !/favicon|Refused to execute inline script|violates the following Content Security Policy/.test(e));
  await d.page.close();
  step('// Without a worker');
  // Without a worker: the core on the main thread, under the CSP this kernel gets.
  const m = await openIn(browser, kind, { noWorker: true });
  assert.equal(await m.evaluate(() => window.gouji.engine()), 'main', `${label}: main-thread engine (status: ${await m.evaluate(() => document.getElementById('status').textContent)})`);
  await setText(m, reports[0].text);
  assert.deepEqual(await seen(m), reference[reports[0].name], `${label}: main-thread engine gives the same findings`);
  assert.deepEqual(m.errors, [], `${label}: no console error without a worker`);
  await m.page.close();
  step('// From an http folder');
  // From an intranet http folder: the worker engine, the same findings, no console error.
  const h = await openIn(browser, kind, { url: `http://127.0.0.1:${server.address().port}/${path.relative(root, pagePath).split(path.sep).join('/')}` });
  assert.equal(await h.evaluate(() => window.gouji.engine()), 'worker', `${label}: the worker engine over http`);
  await setText(h, reports[1].text);
  assert.deepEqual(await seen(h), reference[reports[1].name], `${label}: over http, the same findings`);
  assert.deepEqual(h.errors.filter((e) => !/favicon/.test(e)), [], `${label}: no console error over http`);
  await h.page.close();
  assert.deepEqual(errors, [], `${label}: no console error`);
  matrix.push({ kernel: label, readyMs, firstHl: Math.round(firstHl), equal: kind === 'playwright' ? 'reference' : String(equal), shot: path.relative(root, shots) + '/' });
  t.diagnostic(`${label}: ready ${readyMs} ms, first highlights on ${big.name} ${Math.round(firstHl)} ms`);
}

// The UTF-16 upload: the UTF-8 sample written as UTF-16LE with a BOM and CRLF line ends.
const utf8Twin = fs.readFileSync(path.join(root, 'tests/data/encodings/gbk_sample.utf8.txt'), 'utf8').replace(/\r\n?/g, '\n');
const utf16File = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-utf16-')), 'utf16le_bom.txt');
fs.writeFileSync(utf16File, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8Twin.replace(/\n/g, '\r\n'), 'utf16le')]));

let today, server;
before(async () => { today = await launch(); server = await serve(); });
after(async () => {
  if (today) await today.close();
  if (server) server.close();
  if (matrix.length) {
    console.log('kernel      ready ms  first highlights ms  findings equal  screenshots');
    for (const r of matrix) console.log(`${r.kernel.padEnd(12)}${String(r.readyMs).padStart(8)}  ${String(r.firstHl).padStart(19)}  ${r.equal.padEnd(14)}  ${r.shot}`);
  }
});

test("today's Chromium: the reference run", { timeout: 240000 }, async (t) => {
  const v = (await today.version()).split('.')[0];
  await runKernel(t, today, 'playwright', 'chromium-' + v);
});

test('old kernels are there (scripts/old-chromium.sh, run by scripts/setup.sh)', () => {
  assert.ok(oldKernels.length >= 1 || process.env.GOUJI_KERNELS === '', `no old Chromium under ${oldDir}: run scripts/old-chromium.sh`);
});

for (const k of oldKernels) {
  test(`Chromium ${k}`, { timeout: 240000 }, async (t) => {
    assert.ok(Object.keys(reference).length, "today's Chromium ran first");
    // puppeteer-core 2.0.0 speaks the protocol of 78–90; 64 and 69 need the 1.7.0 of their time
    // (package.json: puppeteer-core-1 is an npm alias of puppeteer-core@1.7.0).
    const puppeteer = require(Number(k) < 75 ? 'puppeteer-core-1' : 'puppeteer-core');
    const dir = path.join(oldDir, k);
    const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-k' + k + '-'));
    const browser = await puppeteer.launch({
      executablePath: path.join(dir, 'chromium'),
      args: ['--no-sandbox', '--disable-gpu', '--single-process', '--no-zygote', '--no-first-run', '--disable-background-networking'],
      userDataDir: userDir,
      env: { ...process.env, LD_LIBRARY_PATH: path.join(dir, 'lib', 'lib') },
      headless: true,
    });
    try {
      await runKernel(t, browser, 'puppeteer', 'chromium-' + k);
    } finally {
      // A kernel that hung must not hold up the suite: close, or kill the process it started.
      const proc = browser.process();
      await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 10000))]);
      if (proc && proc.exitCode === null) proc.kill('SIGKILL');
      fs.rmSync(userDir, { recursive: true, force: true });
    }
  });
}
