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
  assert.match(lines[2], /^2-picture\.txt,,,,无法读取：/);
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
