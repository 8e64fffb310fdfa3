// What a reviewer does in the page: upload files in other encodings, edit a number and see the
// finding go, export CSV, print, reload and find the draft, and the engines the page falls back to.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { launch, openPage, checkText, waitChecked, example, screenshot, root, pageUrl } = require('./helpers');

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

const findingKeys = (page) => page.evaluate(() => Array.from(document.querySelectorAll('#findings .finding'))
  .map((li) => li.querySelector('.rule').textContent + ' ' + li.querySelector('.msg').textContent));

async function upload(page, file) {
  await page.evaluate(() => { document.getElementById('status').textContent = ''; });
  await page.setInputFiles('#file', file);
  await page.waitForFunction((name) => document.getElementById('status').textContent.includes(name), path.basename(file));
  await waitChecked(page);
}

test('uploading a UTF-8 .txt, a GBK .txt and a .docx gives the same findings as pasting the text', async () => {
  const { page, log } = await openPage(browser);
  // The GB18030 sample and its UTF-8 twin (the first 40 lines of report 000, CRLF in the GBK file).
  const utf8 = fs.readFileSync(path.join(root, 'tests/data/encodings/gbk_sample.utf8.txt'), 'utf8');
  await checkText(page, utf8);
  const pasted = await findingKeys(page);
  await upload(page, path.join(root, 'tests/data/encodings/gbk_sample.txt'));
  assert.match(await page.textContent('#status'), /gb18030/);
  assert.equal(await page.inputValue('#input'), utf8);
  assert.deepEqual(await findingKeys(page), pasted);
  await upload(page, path.join(root, 'examples/2020-shigu-health-department.txt'));
  const uploaded = await findingKeys(page);
  await checkText(page, example('2020-shigu-health-department.txt'));
  assert.deepEqual(await findingKeys(page), uploaded);
  assert.ok(uploaded.length >= 3);
  // A .docx written by LibreOffice, and the same content pasted as Word would paste it.
  await upload(page, path.join(root, 'tests/data/docx/libreoffice_sample.docx'));
  assert.match(await page.textContent('#status'), /docx/);
  const fromDocx = await findingKeys(page);
  await checkText(page, fs.readFileSync(path.join(root, 'tests/data/docx/libreoffice_sample.pasted.txt'), 'utf8'));
  assert.deepEqual(await findingKeys(page), fromDocx);
  assert.ok(fromDocx.length >= 3);
  assert.deepEqual(log.requests, []);
  await page.close();
});

test('editing the wrong total to the right value removes its finding while typing', async (t) => {
  const { page } = await openPage(browser);
  await checkText(page, '“三公”经费支出总计0万元，其中公务接待费5.92万元，公务用车运行维护费6.1万元。');
  assert.equal(await page.locator('#findings .finding.error').count(), 1);
  // Type the correction: select "0" and type "12.02" (no click on 检查: the page re-checks by itself).
  await page.evaluate(() => { const i = document.getElementById('input'); const at = i.value.indexOf('0万元'); i.focus(); i.setSelectionRange(at, at + 1); });
  const typed = Date.now();
  await page.keyboard.type('12.02');
  await page.waitForFunction(() => document.querySelectorAll('#findings .finding.error').length === 0 &&
    document.querySelector('#report').textContent.slice(0, -1) === document.getElementById('input').value);
  t.diagnostic(`keystrokes → updated highlights: ${Date.now() - typed} ms (incl. the 350 ms typing pause)`);
  const caret = await page.evaluate(() => document.getElementById('input').selectionStart);
  assert.equal(caret, '“三公”经费支出总计12.02'.length, 'the caret stays where the user typed');
  await page.close();
});
test('a check the reviewer already has is not redone: the open card and highlight stay', async () => {
  const { page } = await openPage(browser);
  await checkText(page, '“三公”经费支出总计0万元，其中公务接待费5.92万元，公务用车运行维护费6.1万元。');
  await page.evaluate(() => {
    window.__checks = 0;
    document.addEventListener('gouji-checked', () => { window.__checks++; });
  });
  await page.locator('#findings .finding').first().click();
  assert.equal(await page.locator('#report .hl.flash.primary').count(), 1);
  // A character typed and deleted again: the text is what is shown, so no re-check is due.
  await page.evaluate(() => { const i = document.getElementById('input'); i.focus(); i.setSelectionRange(i.value.length, i.value.length); });
  await page.keyboard.type('x');
  await page.keyboard.press('Backspace');
  // The fill of checkText also left a typing pause pending when 检查 was clicked: it must not fire.
  await page.waitForTimeout(800);
  assert.equal(await page.evaluate(() => window.__checks), 0);
  assert.equal(await page.locator('#report .hl.flash.primary').count(), 1, 'the clicked finding is still highlighted');
  await page.close();
});


test('a suggested fix is applied from the finding card', async () => {
  const { page } = await openPage(browser);
  await checkText(page, example('2024-taoyuan-health-bureau.txt'));
  const idx = await page.evaluate(() => Array.from(document.querySelectorAll('#findings .finding'))
    .findIndex((li) => li.querySelector('.rule').textContent === 'R73'));
  await page.locator('#findings .finding').nth(idx).click();
  await page.click('#card .apply');
  await page.waitForFunction(() => !Array.from(document.querySelectorAll('#findings .rule')).some((r) => r.textContent === 'R73'));
  assert.ok((await page.inputValue('#input')).includes('六是营商环境持续优化'));
  await page.close();
});

test('CSV export is UTF-8 with a BOM and one row per finding; JSON export is the result', async () => {
  const { page } = await openPage(browser);
  await checkText(page, example('2024-taoyuan-health-bureau.txt'));
  const n = await page.locator('#findings .finding').count();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const bytes = fs.readFileSync(await csv.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  assert.equal(lines.length, n + 1);
  assert.match(lines[0], /^文件,级别,规则,行/);
  assert.ok(lines.some((l) => l.includes('R13') && l.includes('养老服务')));
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const result = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  assert.equal(result.documents[0].findings.length, n);
  await page.close();
});

test('the print view (审核意见) lists the findings shown, and prints to PDF', async () => {
  const { page } = await openPage(browser);
  await checkText(page, example('2020-shigu-health-department.txt'));
  await page.evaluate(() => { window.print = () => { window.__printed = true; }; });
  await page.click('#print');
  await page.emulateMedia({ media: 'print' });
  const view = await page.evaluate(() => ({
    printed: window.__printed,
    shown: getComputedStyle(document.getElementById('print-view')).display !== 'none',
    mainHidden: getComputedStyle(document.querySelector('main')).display === 'none',
    rows: document.querySelectorAll('#print-view .opinion-others tbody tr').length,
    findings: document.querySelectorAll('#findings .finding').length,
  }));
  assert.ok(view.printed && view.shown && view.mainHidden);
  assert.equal(view.rows, view.findings);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000 && pdf.subarray(0, 4).toString() === '%PDF');
  fs.mkdirSync(path.join(root, 'build/screenshots'), { recursive: true });
  fs.writeFileSync(path.join(root, 'build/screenshots/print-view.pdf'), pdf);
  await page.close();
});

test('a reload restores the draft; clear removes it', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const { page } = await openPage(browser, undefined, pageUrl, context);
  const text = '项目支出合计100.00万元，其中：设备购置60.00万元，维修费39.97万元。';
  await page.fill('#input', text);
  await page.waitForTimeout(600);  // the draft is saved 300 ms after typing
  await page.reload();
  await page.waitForFunction(() => document.getElementById('input').value !== '' &&
    document.querySelector('#report').textContent.slice(0, -1) === document.getElementById('input').value);
  assert.equal(await page.inputValue('#input'), text);
  assert.match(await page.textContent('#status'), /恢复/);
  assert.equal(await page.locator('#findings .finding.error').count(), 1);
  await page.click('#clear');
  await page.reload();
  await page.waitForFunction(() => !document.getElementById('check').disabled);
  assert.equal(await page.inputValue('#input'), '');
  await context.close();
});

test('filters, dismiss (kept across re-checks) and keyboard navigation', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const { page } = await openPage(browser, undefined, pageUrl, context);
  await checkText(page, example('2024-taoyuan-health-bureau.txt'));
  const all = await page.locator('#findings .finding').count();
  await page.uncheck('[data-filter="warning"]');
  const noWarnings = await page.locator('#findings .finding').count();
  assert.ok(noWarnings < all && (await page.locator('#findings .finding.warning').count()) === 0);
  await page.check('[data-filter="warning"]');
  await page.locator('#findings .finding').first().locator('.dismiss').click();
  assert.equal(await page.locator('#findings .finding').count(), all - 1);
  await page.click('#check');
  await waitChecked(page);
  assert.equal(await page.locator('#findings .finding').count(), all - 1, 'a dismissal survives a re-check');
  await page.keyboard.press('Alt+ArrowDown');
  const first = await page.evaluate(() => { const i = document.getElementById('input'); return i.value.slice(i.selectionStart, i.selectionEnd); });
  await page.keyboard.press('Alt+ArrowDown');
  const second = await page.evaluate(() => { const i = document.getElementById('input'); return i.value.slice(i.selectionStart, i.selectionEnd); });
  assert.ok(first.length > 0 && second.length > 0 && first !== second);
  await context.close();
});

test('the checker runs in a Blob worker from file://, and falls back to wasm2js without WebAssembly', async (t) => {
  const { page } = await openPage(browser);
  assert.equal(await page.evaluate(() => window.gouji.engine()), 'worker');
  const readyMs = await page.evaluate(() => window.__goujiReadyAt);
  t.diagnostic(`page ready ${Math.round(readyMs)} ms after navigation start (file://, worker engine)`);
  await page.close();
  const context = await browser.newContext();
  await context.addInitScript(() => { delete window.WebAssembly; });
  const { page: old } = await openPage(browser, undefined, pageUrl, context);
  assert.equal(await old.evaluate(() => window.gouji.engine()), 'asmjs');
  await checkText(old, '“三公”经费支出总计0万元，其中公务接待费5.92万元，公务用车运行维护费6.1万元。');
  assert.equal(await old.locator('#findings .finding.error').count(), 1);
  await context.close();
});

test('the "what was read" view shows the headings, both tables and the numbers the checks used', async () => {
  const { page } = await openPage(browser);
  await checkText(page, example('2024-taoyuan-health-bureau.txt'));
  await page.click('.tab[data-tab="read-pane"]');
  await page.waitForFunction(() => document.querySelectorAll('#read-quantities tr').length > 50);
  const seen = await page.evaluate(() => ({
    headings: Array.from(document.querySelectorAll('#read-headings li')).map((l) => l.textContent),
    tables: Array.from(document.querySelectorAll('#read-tables table')).map((t) => t.rows.length),
    firstHeader: Array.from(document.querySelectorAll('#read-tables table:first-of-type th')).map((th) => th.textContent),
    hasSangong: Array.from(document.querySelectorAll('#read-quantities tr')).some((r) => r.textContent.includes('142592.12万元')),
  }));
  assert.ok(seen.headings.includes('（三）部门财务情况'));
  assert.deepEqual(seen.tables, [16, 3]);  // header + 15 rows; header + 2 rows
  assert.deepEqual(seen.firstHeader, ['序号', '项目', '年初预算', '上年结转', '本年调整', '可执行指标', '决算金额', '结转结余']);
  assert.ok(seen.hasSangong);
  await screenshot(page, 'read-1366x768.png');
  await page.close();
});

test('a browser too old for the page gets a clear message', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => { delete window.Promise; });
  const page = await context.newPage();
  await page.goto(pageUrl);
  // Read through Playwright's isolated world: the page's own world has no Promise any more.
  let status = '';
  for (let i = 0; i < 50 && !/过旧/.test(status); i++) {
    status = await page.textContent('#status');
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.match(status, /过旧.*Chrome 57/);
  await context.close();
});

test('screenshots of the main states at 1366×768 and 1920×1080', async () => {
  for (const [w, h] of [[1366, 768], [1920, 1080]]) {
    const { page } = await openPage(browser, { width: w, height: h });
    await screenshot(page, `empty-${w}x${h}.png`);
    await checkText(page, example('2024-taoyuan-health-bureau.txt'));
    await page.locator('#findings .finding.error').first().click();
    await screenshot(page, `checked-${w}x${h}.png`);
    await page.click('.tab[data-tab="rates-pane"]');
    await screenshot(page, `rates-${w}x${h}.png`);
    assert.ok(await page.isVisible('#rates-pane'));
    await page.close();
  }
});

test('without a Worker the core runs on the main thread, decoding the inlined wasm there', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => { delete window.Worker; });
  const { page, log } = await openPage(browser, undefined, pageUrl, context);
  assert.equal(await page.evaluate(() => window.gouji.engine()), 'main');
  await checkText(page, '“三公”经费支出总计0万元，其中公务接待费5.92万元，公务用车运行维护费6.1万元。');
  assert.equal(await page.locator('#findings .finding.error').count(), 1);
  assert.deepEqual(log.requests, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('without WebAssembly and without gouji-core-asmjs.js next to the page, the reviewer is told why', async () => {
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'gouji-alone-'));
  fs.copyFileSync(path.join(root, 'build/wasm/dist/gouji.html'), path.join(dir, 'gouji.html'));
  const context = await browser.newContext();
  await context.addInitScript(() => { delete window.WebAssembly; });
  const page = await context.newPage();
  await page.goto(require('node:url').pathToFileURL(path.join(dir, 'gouji.html')).href);
  await page.waitForFunction(() => /gouji-core-asmjs\.js/.test(document.getElementById('status').textContent));
  assert.match(await page.textContent('#status'), /WebAssembly/);
  assert.equal(await page.getAttribute('#status', 'class'), 'status bad');
  await context.close();
});

test('the rates panel lists the computed rates and the targets table with translated statuses', async () => {
  const { page } = await openPage(browser);
  await checkText(page, example('2024-taoyuan-health-bureau.txt'));
  await page.click('.tab[data-tab="rates-pane"]');
  const api = await page.evaluate(async () => (await window.gouji.analyze(document.getElementById('input').value)).documents[0]);
  const seen = await page.evaluate(() => {
    const visible = (e) => { const s = getComputedStyle(e); return s.color !== s.backgroundColor && s.color !== 'rgb(255, 255, 255)' && e.offsetWidth > 0; };
    const metricRows = Array.from(document.querySelectorAll('#metrics tr'));
    const targetRows = Array.from(document.querySelectorAll('#targets tr:not(.cat)'));
    return {
      metrics: metricRows.map((r) => Array.from(r.cells).map((c) => c.textContent)),
      metricsVisible: metricRows.every((r) => Array.from(r.cells).every(visible)),
      targets: targetRows.map((r) => Array.from(r.cells).map((c) => c.textContent)),
      summary: document.getElementById('targets-summary').textContent,
      overflow: document.getElementById('rates-pane').scrollWidth - document.getElementById('rates-pane').clientWidth,
    };
  });
  // Every metric is shown, either in the rates table or as a target's completion.
  assert.ok(seen.metrics.length >= 1);
  for (const [name, value] of seen.metrics) {
    const m = api.metrics.find((x) => x.name === name);
    assert.ok(m, name);
    assert.equal(value, String(Math.round(m.value * 100) / 100) + m.unit);
  }
  assert.ok(seen.metricsVisible, 'metric cells are readable (not white on white)');
  assert.equal(seen.targets.length, api.targets.length);
  const statuses = { met: '达成', unmet: '未达成', missing: '未报告实际值', 'unit-mismatch': '单位不一致', qualitative: '定性指标' };
  api.targets.forEach((x, i) => {
    assert.equal(seen.targets[i][0], x.name);
    assert.equal(seen.targets[i][4], statuses[x.status]);
  });
  const n = (s) => api.targets.filter((x) => x.status === s).length;
  assert.equal(seen.summary, `共 ${api.targets.length} 项目标：达成 ${n('met')} 项，未达成 ${n('unmet')} 项，未报告实际值 ${n('missing')} 项`);
  assert.ok(seen.overflow <= 1, 'the targets table fits the side panel');
  // A target row jumps to its line in the report.
  await page.locator('#targets tr:not(.cat)').first().click();
  const sel = await page.evaluate(() => { const i = document.getElementById('input'); return i.value.slice(i.selectionStart, i.selectionEnd); });
  assert.ok(sel.includes(api.targets[0].name.slice(0, 4)), sel);
  await page.close();
});

test('timing on the larger example: ready after opening, and keystroke to updated highlights', async (t) => {
  const text = example('2024-taoyuan-health-bureau.txt');
  const ready = [];
  for (let i = 0; i < 3; i++) {
    const { page } = await openPage(browser);
    ready.push(Math.round(await page.evaluate(() => window.__goujiReadyAt)));
    await page.close();
  }
  t.diagnostic(`file:// open → ready (worker engine): ${ready.join(', ')} ms`);
  const { page } = await openPage(browser);
  await checkText(page, text);
  const samples = [];
  for (let i = 0; i < 3; i++) {
    // Type one digit after the first 万元 amount in the 部门财务情况 section, like a reviewer fixing a number.
    await page.evaluate((k) => {
      const input = document.getElementById('input');
      const at = input.value.indexOf('万元', 2800);
      input.focus();
      input.setSelectionRange(at, at);
      window.__typedText = null;
    }, i);
    const typed = Date.now();
    await page.keyboard.type(String(i + 1));
    await page.waitForFunction(() => !/正在/.test(document.getElementById('status').textContent) &&
      document.querySelector('#report').textContent.slice(0, -1) === document.getElementById('input').value);
    const total = Date.now() - typed;
    const check = Number((await page.textContent('#status')).match(/(\d+)\s*毫秒/)[1]);
    samples.push(`${total} ms (check ${check} ms)`);
  }
  t.diagnostic(`keystroke → updated highlights on the 2024 report (350 ms typing pause included): ${samples.join('; ')}`);
  await page.close();
});

test('relations verified as consistent are counted (已核对) and their numbers marked quietly, not as findings', async () => {
  const { page } = await openPage(browser);
  await checkText(page, '本单位支出合计30.00万元，其中：人员经费18.00万元、公用经费12.00万元。');
  assert.equal(await page.locator('#findings .finding').count(), 0);
  assert.match(await page.textContent('#summary .chip.checked'), /已核对 1 处/);
  const marked = await page.evaluate(() => Array.from(document.querySelectorAll('#report .verified')).map((e) => e.textContent));
  assert.deepEqual(marked, ['30.00万元', '18.00万元', '12.00万元']);
  // The wrong twin: the total becomes a finding, and is no longer marked as verified.
  await checkText(page, '本单位支出合计31.00万元，其中：人员经费18.00万元、公用经费12.00万元。');
  assert.equal(await page.locator('#findings .finding.error').count(), 1);
  assert.equal(await page.locator('#report .verified').count(), 0);
  await page.close();
});

test('the "what was read" view lists where the reading normalised the text (繁体, pinyin, spaces), as text', async () => {
  const { page } = await openPage(browser);
  await checkText(page, '本單位2023 年一般公共預(yù)算財政撥款支出合計 128.50 萬元，比上年減少6.20萬元。\n');
  await page.click('.tab[data-tab="read-pane"]');
  await page.waitForFunction(() => document.querySelectorAll('#read-normalised li').length > 1);
  const items = await page.evaluate(() => Array.from(document.querySelectorAll('#read-normalised li')).map((l) => l.textContent));
  assert.match(items[0], /规整了 \d+ 处/);
  assert.ok(items.some((x) => x.includes('繁体按简体识别')), items.join('\n'));
  assert.ok(items.some((x) => x.includes('去掉拼音注音') && x.includes('(yù)')), items.join('\n'));
  assert.ok(items.some((x) => x.includes('去掉数字、单位间的空格')), items.join('\n'));
  // Shown as text: no element was made from the report's characters.
  assert.equal(await page.locator('#read-normalised li *').count(), 0);
  await page.close();
});

test('past the core’s per-rule bound the counts are the CLI’s, and the note is a plain line, not a finding', async () => {
  const { page } = await openPage(browser);
  const lines = [];
  for (let i = 0; i < 260; i++) lines.push(`2023年决算支出${901 + i}.00万元，主要用于日常运转。`);
  await checkText(page, '一、收支情况\n2023年决算支出900.00万元。\n二、绩效情况\n' + lines.join('\n'));
  assert.match(await page.textContent('#summary .chip.error'), /260/);  // 200 listed + 60 past the bound
  const note = page.locator('#findings .finding.note');
  assert.equal(await note.count(), 1);
  assert.match(await note.textContent(), /另有 60 条 R15/);
  assert.equal(await note.locator('.dismiss').count(), 0);
  assert.equal(await page.locator('#findings .finding.error:not(.note)').count(), 200);
  await page.close();
});
