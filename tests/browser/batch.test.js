// Several reports in one sitting (issue 17, item 6): files chosen together, a folder or a drop of
// several files are checked one after another and summed up one row per report (the CLI's
// `--summary csv` figures), each row opening its report; an unreadable file says why in its row;
// the page keeps painting while the batch runs; the summary exports to the CLI's CSV columns.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { launch, openPage, waitChecked, screenshot, root, pageUrl } = require('./helpers');

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

const A = '2024-taoyuan-health-bureau.txt', B = '2020-shigu-health-department.txt';
const gouji = path.join(root, 'build/native/gouji');

// A folder with both examples, a PNG named .txt and a .docx that is not a zip, in that order.
function folder() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-batch-'));
  fs.copyFileSync(path.join(root, 'examples', A), path.join(dir, '1-' + A));
  fs.writeFileSync(path.join(dir, '2-picture.txt'), Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'));
  fs.copyFileSync(path.join(root, 'examples', B), path.join(dir, '3-' + B));
  fs.writeFileSync(path.join(dir, '4-broken.docx'), Buffer.from('PK\u0003\u0004 not really a zip archive'));
  fs.writeFileSync(path.join(dir, 'notes.md'), '# not a report');  // skipped in a folder
  return dir;
}
// The CLI's summary rows of the readable files: [errors, warnings, infos, top_finding, checked].
function cliRows(files) {
  if (!fs.existsSync(gouji)) return null;
  let out = '';
  try { out = execFileSync(gouji, ['check', '--summary', 'csv', '--no-progress', ...files], { encoding: 'utf8' }); } catch (e) { out = e.stdout; }
  return out.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1).map((l) => {
    const m = /^[^,]*,(\d+),(\d+),(\d+),(.*),(\d+)$/.exec(l);
    return [m[1], m[2], m[3], m[4].replace(/^"|"$/g, '').replace(/""/g, '"'), m[5]];
  });
}
const summary = (page) => page.evaluate(() => Array.from(document.querySelectorAll('#batch tbody tr')).map((tr) =>
  ({ cls: tr.className, cells: Array.from(tr.cells).map((c) => c.textContent) })));
async function finished(page, n) {
  await page.waitForFunction((k) => document.querySelectorAll('#batch tbody tr').length === k &&
    !document.querySelector('#batch tbody tr.pending'), n, { timeout: 60000 });
}

test('files chosen together: one row per report with the CLI figures, bad files say why, rows open their report', async () => {
  const dir = folder();
  const { page, log } = await openPage(browser);
  // The page keeps painting while the batch runs: the longest gap between animation frames.
  await page.evaluate(() => {
    window.__gap = 0; let last = performance.now();
    (function tick(now) { if (now) { window.__gap = Math.max(window.__gap, now - last); last = now; } requestAnimationFrame(tick); })();
  });
  const files = fs.readdirSync(dir).filter((f) => /\.(txt|docx)$/.test(f)).sort().map((f) => path.join(dir, f));
  await page.setInputFiles('#file', files);
  await finished(page, 4);
  const rows = await summary(page);
  assert.deepEqual(rows.map((r) => r.cells[0]), ['1-' + A, '2-picture.txt', '3-' + B, '4-broken.docx']);
  assert.equal(rows[1].cls, 'bad');
  assert.match(rows[1].cells[1], /^无法读取：.+/);
  assert.equal(rows[3].cls, 'bad');
  assert.match(rows[3].cells[1], /^无法读取：.+/);
  const cli = cliRows([files[0], files[2]]);
  if (cli) {
    assert.deepEqual(rows[0].cells.slice(1, 6), cli[0], 'the CLI\'s counts, top finding and relations checked');
    assert.deepEqual(rows[2].cells.slice(1, 6), cli[1]);
  }
  assert.ok(Number(rows[0].cells[1]) > 0);
  assert.ok(await page.evaluate(() => window.__gap) < 1000, 'no long freeze while the reports are checked');
  await screenshot(page, 'batch-summary.png');

  // A row opens its report in the normal view; triage there shows in the summary.
  await page.click('#batch tbody tr[data-row="0"]');
  await waitChecked(page);
  assert.ok(await page.isHidden('#batch'));
  assert.equal(await page.inputValue('#input'), fs.readFileSync(path.join(root, 'examples', A), 'utf8').replace(/\r\n?/g, '\n'));
  await page.locator('#findings .finding').first().click();
  await page.click('#findings .finding.current .triage button[data-status="fix"]');
  const [csvName] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  assert.equal(csvName.suggestedFilename(), '1-2024-taoyuan-health-bureau-勾稽.csv', 'the hand-over is named after the opened file');
  await page.click('#batch-back');
  const again = await summary(page);
  assert.equal(again[0].cells[7], '1', 'one finding 需整改 in the first report');
  assert.equal(again[2].cells[7], '', 'none in the other');
  await page.click('#batch tbody tr[data-row="2"]');
  await waitChecked(page);
  assert.equal(await page.locator('#findings .tri').count(), 0, 'triage stays with its document');

  // The summary CSV: the CLI's columns first, in its order.
  await page.click('#batch-back');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#batch-export')]);
  const csv = fs.readFileSync(await dl.path(), 'utf8');
  assert.equal(csv.charCodeAt(0), 0xfeff);
  const lines = csv.slice(1).split('\r\n');
  assert.ok(lines[0].startsWith('file,errors,warnings,infos,top_finding,checked,'));
  assert.equal(lines.length, 6);  // header, four rows, the final CRLF
  assert.match(lines[2], /^2-picture\.txt,1,0,0,E02 .+,0,,,,$/, 'a binary file: one E02 error, as the CLI counts it');
  if (cli) assert.ok(lines[1].startsWith('1-' + A + ',' + cli[0].slice(0, 3).join(',') + ','));
  assert.ok(/,1,0,0$/.test(lines[1]) || /,0,1,0,0$/.test(lines[1]), 'its triage counts');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('a folder (webkitdirectory) and a drop of several files each give the summary', async () => {
  const dir = folder();
  const { page, log } = await openPage(browser);
  assert.equal(await page.getAttribute('#folder', 'webkitdirectory'), '');
  await page.setInputFiles('#folder', dir);
  await finished(page, 4);  // notes.md is not a report
  assert.deepEqual((await summary(page)).map((r) => r.cells[0].split('/').pop()), ['1-' + A, '2-picture.txt', '3-' + B, '4-broken.docx']);
  await page.click('#batch-close');
  assert.ok(await page.isHidden('#batch'));
  // A drop of two files.
  await page.evaluate((texts) => {
    const dt = new DataTransfer();
    texts.forEach((t, i) => dt.items.add(new File([t], 'dropped-' + i + '.txt', { type: 'text/plain' })));
    document.getElementById('input').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [fs.readFileSync(path.join(root, 'examples', A), 'utf8'), '部门决算支出合计100.00万元，其中基本支出60.00万元，项目支出39.00万元。']);
  await finished(page, 2);
  const rows = await summary(page);
  assert.deepEqual(rows.map((r) => r.cells[0]), ['dropped-0.txt', 'dropped-1.txt']);
  assert.equal(rows[1].cls, 'open');
  assert.match(rows[1].cells[4], /^R\d+ 1:\d+ /, 'the top finding, as the CLI writes it');
  // One dropped file still opens in the editor, as before.
  await page.click('#batch-close');
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['收入合计10万元。'], 'one.txt', { type: 'text/plain' }));
    document.getElementById('input').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.getElementById('input').value === '收入合计10万元。');
  assert.ok(await page.isHidden('#batch'));
  assert.deepEqual(log.errors, []);
  await page.close();
});

// Issue 17 leftovers: in the summary the toolbar's CSV, JSON and print act on the summary (every
// report), also after a report was opened from it and closed again; the summary CSV says of a
// file the core refuses (not text: E02, a damaged .docx: E04, nothing to check: E03) exactly what
// `gouji check --summary csv` says of it, the triage columns empty after it.
test('in the summary the toolbar exports and prints the summary; refused files get the CLI\'s rows', async () => {
  const dir = folder();
  fs.writeFileSync(path.join(dir, '5-empty.txt'), '');
  fs.writeFileSync(path.join(dir, '6-blank.txt'), '\n  \n');
  const names = fs.readdirSync(dir).filter((f) => /\.(txt|docx)$/.test(f)).sort();
  const { page, log } = await openPage(browser);
  await page.setInputFiles('#file', names.map((f) => path.join(dir, f)));
  await finished(page, names.length);
  const download = async (id) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
    return { name: dl.suggestedFilename(), text: fs.readFileSync(await dl.path(), 'utf8') };
  };
  const summaryCsv = (await download('#batch-export')).text;

  // Every row, on the CLI's columns, is the CLI's row for the same file; refused files have no
  // triage counts.
  if (fs.existsSync(gouji)) {
    let cli = '';
    try { cli = execFileSync(gouji, ['check', '--summary', 'csv', '--no-progress', ...names], { cwd: dir, encoding: 'utf8' }); } catch (e) { cli = e.stdout; }
    const cliLines = cli.split('\r\n'), pageLines = summaryCsv.split('\r\n');
    assert.equal(pageLines.length, cliLines.length);
    assert.ok(pageLines[0].startsWith(cliLines[0] + ','), 'the CLI\'s header first');
    for (let i = 1; i < cliLines.length - 1; i++) {
      assert.equal(pageLines[i].split(',').slice(0, -4).join(','), cliLines[i], `row of ${names[i - 1]}`);
      if (/^[2456]-/.test(names[i - 1])) assert.ok(pageLines[i].endsWith(',,,,'), `no triage counts for ${names[i - 1]}`);
    }
    assert.match(cliLines[2], /^2-picture\.txt,1,0,0,E02 /, 'the CLI counts a binary file as one E02 error');
  }
  const rows = await summary(page);
  for (const i of [1, 3, 4, 5]) {
    assert.equal(rows[i].cls, 'bad', names[i]);
    assert.match(rows[i].cells[1], /^无法读取：.+/, 'the row still says why it cannot be opened');
  }

  // A report opened from the summary and back: the toolbar acts on the summary, not on it.
  await page.click('#batch tbody tr[data-row="0"]');
  await waitChecked(page);
  await page.click('#batch-back');
  const csv = await download('#export-csv');
  assert.equal(csv.name, '勾稽-汇总.csv');
  assert.equal(csv.text, summaryCsv);
  const json = await download('#export-json');
  assert.equal(json.name, '勾稽-汇总.json');
  const docs = JSON.parse(json.text).documents;
  assert.deepEqual(docs.map((d) => d.path), names, 'one document per report, the refused ones too (as the CLI)');
  rows.forEach((r, i) => {
    if (r.cls === 'bad') return;
    assert.equal(docs[i].findings.filter((f) => f.severity === 'error').length, Number(r.cells[1]), names[i]);
    assert.ok(docs[i].findings.every((f) => 'status' in f && 'reason' in f));
  });
  assert.equal(docs[1].findings[0].rule, 'E02');
  await page.evaluate(() => { window.print = () => { window.__printed = document.title; }; });
  await page.click('#print');
  const printed = await page.evaluate(() => ({
    title: window.__printed,
    h1: document.querySelector('#print-view h1').textContent,
    rows: Array.from(document.querySelectorAll('#print-view tbody tr')).map((tr) => tr.cells[0].textContent),
    head: document.querySelectorAll('#print-view thead th').length,
  }));
  assert.equal(printed.title, '勾稽-汇总');
  assert.equal(printed.h1, '多份报告汇总');
  assert.deepEqual(printed.rows, names);
  assert.equal(printed.head, 10);

  // The summary closed: the toolbar acts on the report in the editor again.
  await page.click('#batch-close');
  const one = await download('#export-csv');
  assert.equal(one.name, '1-2024-taoyuan-health-bureau-勾稽.csv');
  await page.click('#print');
  assert.equal(await page.evaluate(() => document.querySelector('#print-view h1').textContent), '审核意见');
  assert.deepEqual(log.errors, []);
  await page.close();
});
