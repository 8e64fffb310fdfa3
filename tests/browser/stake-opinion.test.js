// Issue 17, items 1 and 5 finished: the amount at stake comes from the core's JSON (`at_stake` per
// finding, `final_total` per document) rather than from strings re-parsed in the page; the printed
// 审核意见 marks each 需整改 number in the report's own lines with the number of its table row.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { launch, openPage, waitChecked, root, pageUrl } = require('./helpers');

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

const REPORT = '2024-taoyuan-health-bureau.txt';
async function pick(page, file) {
  const value = await page.evaluate((f) => String(JSON.parse(document.getElementById('gouji-examples').textContent).findIndex((x) => x.file === f)), file);
  await page.selectOption('#examples', value);
  await page.waitForFunction(() => document.getElementById('input').value !== '');
  await waitChecked(page);
}

// The native CLI's JSON of the example: what the core says is at stake.
function nativeJson() {
  const gouji = path.join(root, 'build/native/gouji');
  let out;
  try { out = execFileSync(gouji, ['check', '--format', 'json', path.join(root, 'examples', REPORT)], { encoding: 'utf8' }); } catch (e) { out = e.stdout; }
  return JSON.parse(out).documents[0];
}

test('by amount at stake: the page orders and states the core\'s figures, not its own', async () => {
  const core = nativeJson();
  const r12 = core.findings.find((f) => f.rule === 'R12');
  assert.equal(r12.at_stake, 30509.16, 'the core: the mislabelled 年初 differs by 30,509.16 万元');
  assert.ok(core.final_total > 100000);
  assert.ok(core.findings.some((f) => f.at_stake === undefined), 'findings that concern no money carry none');
  // The page is given the core's figures, with one finding's figure raised above all others: an
  // order or text recomputed from the finding's strings would not put it first.
  const raised = core.findings.find((f) => f.rule !== 'R12' && f.severity === 'warning' && f.at_stake === undefined);
  const key = (f) => f.rule + ':' + f.line + ':' + f.column;
  const figures = {};
  core.findings.forEach((f) => { if (f.at_stake !== undefined) figures[key(f)] = f.at_stake; });
  figures[key(raised)] = 99999;
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const { page } = await openPage(browser, undefined, pageUrl, context);
  await page.evaluate(({ figures, total, key }) => {
    const k = new Function('f', 'return (' + key + ')(f)');
    const analyze = window.gouji.analyze;
    window.gouji.analyze = (t, o) => analyze(t, o).then((r) => {
      const d = r.documents[0];
      d.final_total = total;
      d.findings.forEach((f) => { delete f.at_stake; if (figures[k(f)] !== undefined) f.at_stake = figures[k(f)]; });
      return r;
    });
  }, { figures, total: core.final_total, key: key.toString() });
  await pick(page, REPORT);
  await page.selectOption('#order', 'amount');
  const first = await page.evaluate(() => {
    const li = document.querySelector('#findings .finding');
    return li.querySelector('.rule').textContent + ':' + li.querySelector('.where').textContent.replace(/\D/g, '');
  });
  assert.equal(first, raised.rule + ':' + raised.line);
  await page.locator('#findings .finding').first().click();
  const share = (99999 / core.final_total * 100).toFixed(2);
  assert.match(await page.textContent('#findings .finding.current .details'), new RegExp('涉及 99,999\\.00 万元（占决算 ' + share.replace('.', '\\.') + '%）'));
  // The R12 finding is next, with the core's share of its 决算 total.
  await page.locator('#findings .finding').nth(1).click();
  const r12share = (30509.16 / core.final_total * 100).toFixed(2);
  assert.match(await page.textContent('#findings .finding.current .details'), new RegExp('涉及 30,509\\.16 万元（占决算 ' + r12share.replace('.', '\\.') + '%）'));
  // The CSV's amount column is the core's figure too.
  await context.close();
});

test('审核意见: each 需整改 number marked in the report\'s lines with its row\'s number', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const { page, log } = await openPage(browser, undefined, pageUrl, context);
  await pick(page, REPORT);
  const nth = (rule) => page.evaluate((r) => Array.from(document.querySelectorAll('#findings .finding')).findIndex((li) => li.querySelector('.rule').textContent === r), rule);
  for (const rule of ['R12', 'R13']) {
    await page.locator('#findings .finding').nth(await nth(rule)).click();
    await page.click('#findings .finding.current .triage button[data-status="fix"]');
  }
  await page.evaluate(() => { window.print = () => {}; });
  await page.click('#print');
  await page.emulateMedia({ media: 'print' });
  const view = await page.evaluate(() => {
    const v = document.getElementById('print-view');
    const rows = Array.from(v.querySelectorAll('.opinion-fix tbody tr')).map((tr) => [tr.cells[0].textContent, tr.cells[1].textContent]);
    const marks = Array.from(v.querySelectorAll('.opinion-text .marker')).map((m) => {
      const mark = m.previousElementSibling && m.previousElementSibling.tagName === 'MARK' ? m.previousElementSibling : null;
      let before = m.previousSibling;
      while (before && before.nodeType === 1 && before.classList.contains('marker')) before = before.previousSibling;
      return { n: m.textContent, number: (before && before.tagName === 'MARK' ? before : mark || {}).textContent || '' };
    });
    return { rows, marks, shown: getComputedStyle(v.querySelector('.opinion-text')).display };
  });
  assert.equal(view.rows.length, 2);
  assert.deepEqual(view.rows.map((r) => r[0]), ['[1]', '[2]']);
  assert.deepEqual(view.marks.map((m) => m.n).sort(), ['[1]', '[2]'], 'one marker per row, numbered as the rows');
  view.marks.forEach((m) => {
    const row = view.rows.find((r) => r[0] === m.n);
    assert.ok(m.number.length > 0, 'the marker follows its marked number');
    assert.ok(row[1].includes(m.number), `${m.n}: the marked number ${m.number} is in its row's quoted sentence`);
  });
  assert.notEqual(view.shown, 'none');
  assert.deepEqual(log.errors, []);
  await context.close();
});
