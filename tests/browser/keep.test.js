// Nothing a reviewer typed or decided is lost: an empty or unreadable file leaves the editor and
// the draft alone; 清空, opening a file, a fix and "apply all" are undoable (Ctrl+Z and 撤销);
// 忽略 belongs to the report it was made in; the draft and the dismissals survive a reload and a
// crash of the worker; dismissals, ignored rules, filters and order survive a reload, also with a
// second tab of the page writing its own.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { launch, openPage, checkText, waitChecked, example, root, pageUrl } = require('./helpers');

let browser, tmp;
before(async () => {
  browser = await launch();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-keep-'));
});
after(async () => {
  if (browser) await browser.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const SENTENCE = '“三公”经费支出总计0万元，其中公务接待费5.92万元，公务用车运行维护费6.1万元。';
const report = (dept) => `${dept}2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n${SENTENCE}\n`;
const value = (page) => page.inputValue('#input');
const draft = (page) => page.evaluate(() => localStorage.getItem('gouji.draft'));

async function fresh() {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  const { page, log } = await openPage(browser, undefined, pageUrl, context);
  return { context, page, log };
}
async function uploadAndWait(page, file) {
  await page.evaluate(() => { document.getElementById('status').textContent = ''; });
  await page.setInputFiles('#file', file);
  await page.waitForFunction((name) => document.getElementById('status').textContent.includes(name), path.basename(file));
}
async function ctrlZ(page) {
  await page.keyboard.press('Control+z');
  await waitChecked(page);
}

test('an empty or unreadable file leaves the editor and the draft as they were and says why', async () => {
  const { context, page } = await fresh();
  await checkText(page, report('甲县财政局'));
  await page.waitForFunction(() => localStorage.getItem('gouji.draft') === document.getElementById('input').value);
  const empty = path.join(tmp, '空文件.txt');
  fs.writeFileSync(empty, '');
  const blank = path.join(tmp, '空白.txt');
  fs.writeFileSync(blank, '\n  \n');
  const broken = path.join(tmp, '损坏.docx');
  fs.writeFileSync(broken, Buffer.from('PK\u0003\u0004 this is not really a zip archive at all', 'latin1'));
  for (const file of [empty, blank, broken]) {
    await uploadAndWait(page, file);
    const status = await page.textContent('#status');
    assert.match(status, /无法读取文件.*编辑器中的内容和草稿保持不变/, `${path.basename(file)}: ${status}`);
    assert.equal(await page.getAttribute('#status', 'class'), 'status bad');
    assert.equal(await value(page), report('甲县财政局'), `${path.basename(file)} left the editor alone`);
    assert.equal(await draft(page), report('甲县财政局'), `${path.basename(file)} left the draft alone`);
  }
  await context.close();
});

test('清空 is undone by Ctrl+Z and by 撤销', async () => {
  const { context, page } = await fresh();
  const text = example('2020-shigu-health-department.txt');
  await checkText(page, text);
  await page.click('#clear');
  assert.equal(await value(page), '');
  await ctrlZ(page);
  assert.equal(await value(page), text, 'Ctrl+Z brings the cleared text back');
  // Typed after 清空: the first Ctrl+Z takes the typing back, the next one the cleared text.
  await page.click('#clear');
  await waitChecked(page);
  await page.keyboard.type('新');
  await page.keyboard.press('Control+z');
  assert.equal(await value(page), '');
  await ctrlZ(page);
  assert.equal(await value(page), text, 'then the cleared text');
  await page.click('#clear');
  await waitChecked(page);
  assert.ok(await page.isVisible('#undo'));
  await page.click('#undo');
  await waitChecked(page);
  assert.equal(await value(page), text, '撤销 brings the cleared text back');
  assert.ok((await page.locator('#findings .finding').count()) >= 3, 'and it is checked again');
  await context.close();
});

test('opening a file and picking an example are undone by Ctrl+Z', async () => {
  const { context, page } = await fresh();
  const mine = report('甲县财政局') + '我的批注：此处待核实。\n';
  await checkText(page, mine);
  await uploadAndWait(page, path.join(root, 'examples/2020-shigu-health-department.txt'));
  await waitChecked(page);
  assert.equal(await value(page), example('2020-shigu-health-department.txt'));
  await page.focus('#input');
  await ctrlZ(page);
  assert.equal(await value(page), mine, 'the text typed before opening the file is back');
  await page.selectOption('#examples', '0');
  await waitChecked(page);
  assert.notEqual(await value(page), mine);
  await page.click('#undo');
  await waitChecked(page);
  assert.equal(await value(page), mine);
  await context.close();
});

test('a one-click fix and "apply all" are undone by 撤销 and Ctrl+Z', async () => {
  const { context, page } = await fresh();
  const text = example('2024-taoyuan-health-bureau.txt');
  await checkText(page, text);
  const idx = await page.evaluate(() => Array.from(document.querySelectorAll('#findings .finding'))
    .findIndex((li) => li.querySelector('.rule').textContent === 'R73'));
  await page.locator('#findings .finding').nth(idx).click();
  await page.click('#card .apply');
  await waitChecked(page);
  assert.notEqual(await value(page), text);
  await page.click('#undo');
  await waitChecked(page);
  assert.equal(await value(page), text, '撤销 undoes the fix');
  assert.ok(await page.isEnabled('#apply-all'));
  await page.click('#apply-all');
  await waitChecked(page);
  const fixed = await value(page);
  assert.notEqual(fixed, text);
  assert.match(await page.textContent('#status'), /检查完成|已按建议修改/);
  await page.focus('#input');
  await ctrlZ(page);
  assert.equal(await value(page), text, 'one Ctrl+Z undoes every fix "apply all" made');
  await context.close();
});

test('忽略 belongs to its report: the same sentence in another department\'s report is checked afresh', async () => {
  const { context, page } = await fresh();
  await checkText(page, report('甲县财政局'));
  assert.equal(await page.locator('#findings .finding.error').count(), 1);
  await page.locator('#findings .finding.error .dismiss').click();
  assert.equal(await page.locator('#findings .finding.error').count(), 0);
  await checkText(page, report('乙县教育局'));
  assert.equal(await page.locator('#findings .finding.error').count(), 1, 'not dismissed in another report');
  await checkText(page, report('甲县财政局'));
  assert.equal(await page.locator('#findings .finding.error').count(), 0, 'still dismissed in its own report');
  // Edits in the body keep the report's dismissals.
  await checkText(page, report('甲县财政局') + '\n二、其他说明\n\n无。\n');
  assert.equal(await page.locator('#findings .finding.error').count(), 0);
  await context.close();
});

test('the draft survives a reload at once after typing, and the dismissals with it', async () => {
  const { context, page } = await fresh();
  await checkText(page, report('丙县卫生健康委员会'));
  await page.locator('#findings .finding.error .dismiss').click();
  await page.focus('#input');
  await page.keyboard.press('End');
  await page.keyboard.type('补充');
  await page.reload();  // before the 300 ms draft pause
  await page.waitForFunction(() => document.getElementById('input').value !== '' &&
    document.querySelector('#report').textContent.slice(0, -1) === document.getElementById('input').value);
  assert.equal(await value(page), report('丙县卫生健康委员会') + '补充');
  assert.equal(await page.locator('#findings .finding.error').count(), 0, 'the dismissal is kept');
  await context.close();
});

test('a crashed worker is replaced: the next check runs, the text and the dismissals are kept', async () => {
  const { context, page } = await fresh();
  await checkText(page, report('丁县农业农村局'));
  await page.locator('#findings .finding.error .dismiss').click();
  const crashAndType = async (crash, typed) => {
    const workers = page.workers();
    assert.equal(workers.length, 1);
    await workers[0].evaluate(crash);
    await page.focus('#input');
    await page.keyboard.press('End');
    await page.keyboard.type(typed);
    await page.waitForFunction(() => /重新启动/.test(document.getElementById('status').textContent));
    await waitChecked(page);
  };
  // A trap escaping the worker's handler (the worker reports an error, answers nothing more).
  await crashAndType(() => { self.onmessage = () => { throw new WebAssembly.RuntimeError('unreachable'); }; }, '另有公务接待费1万元。');
  // A trap inside the core: the wasm instance answers every later call with the same error.
  await crashAndType(() => self.goujiCore.then((c) => {
    c.analyze = () => { throw new WebAssembly.RuntimeError('unreachable'); };
  }), '无。');
  assert.equal(await value(page), report('丁县农业农村局') + '另有公务接待费1万元。无。');
  assert.doesNotMatch(await page.textContent('#status'), /unreachable/);
  assert.equal(await page.locator('#findings .finding.error').count(), 0, 'the dismissal is kept');
  assert.ok((await page.evaluate(() => document.querySelector('#summary').textContent)).includes('已忽略 1 条'));
  assert.equal(await page.evaluate(() => window.gouji.engine()), 'worker');
  assert.equal(page.workers().length, 1, 'the dead worker is gone');
  await context.close();
});

// The reviewer's whole view after a reload (issue 17, item 2): what the list shows and how, the
// controls that say so, the dismissals and the ignored rules — each asserted on the list itself,
// not only on the controls.
test('dismissals, ignored rules, filters and the chosen order all survive a reload', async () => {
  const { context, page } = await fresh();
  await checkText(page, example('2024-taoyuan-health-bureau.txt'));
  const view = () => page.evaluate(() => ({
    list: Array.from(document.querySelectorAll('#findings .finding')).map((li) =>
      li.querySelector('.rule').textContent + '@' + li.querySelector('.where').textContent + (li.classList.contains('dismissed') ? ' dismissed' : '')),
    groups: Array.from(document.querySelectorAll('#findings .group h3')).map((h) => h.firstChild.textContent),
    chips: document.getElementById('summary').textContent,
    order: document.getElementById('order').value,
    filters: Array.from(document.querySelectorAll('[data-filter]')).map((b) => b.getAttribute('data-filter') + ':' + b.checked),
    showDismissed: document.getElementById('show-dismissed').checked,
    ignored: Array.from(document.querySelectorAll('#ignored-rules button')).map((b) => b.getAttribute('data-rule')),
    folded: !!document.getElementById('infos-folded'),
  }));
  const rules = async () => (await view()).list.map((x) => x.split('@')[0]);
  // Ignore one rule, dismiss a finding of another, show the info findings, hide the warnings,
  // show the dismissed ones, order by amount at stake.
  const first = await rules();
  const ignoredRule = first.find((r, i) => first.indexOf(r) !== i);  // a rule with two findings or more
  await page.locator('#findings .finding').nth(first.indexOf(ignoredRule)).click();
  await page.click('#findings .finding.current .ignore-rule');
  assert.ok(!(await rules()).includes(ignoredRule));
  await page.locator('#findings .finding.error .dismiss').first().click();
  await page.click('#infos-folded button');
  await page.uncheck('[data-filter="warning"]');
  await page.check('#show-dismissed');
  await page.selectOption('#order', 'amount');
  const before = await view();
  assert.equal(before.order, 'amount');
  assert.deepEqual(before.filters, ['error:true', 'warning:false', 'info:true']);
  assert.deepEqual(before.ignored, [ignoredRule]);
  assert.equal(before.list.filter((x) => x.endsWith(' dismissed')).length, 1, 'the dismissed finding is shown, marked');
  assert.ok(before.list.some((x) => !x.endsWith(' dismissed')));
  assert.match(before.chips, /已忽略 1 条/);
  await page.reload();
  await page.waitForFunction(() => !document.getElementById('check').disabled);
  await waitChecked(page);
  assert.deepEqual(await view(), before, 'the same view after the reload');
  // And each choice still acts: the dismissed finding hides when the dismissed are not shown.
  await page.uncheck('#show-dismissed');
  assert.equal((await view()).list.length, before.list.length - 1);
  await page.reload();
  await page.waitForFunction(() => !document.getElementById('check').disabled);
  await waitChecked(page);
  assert.equal((await view()).showDismissed, false);
  assert.equal((await view()).list.length, before.list.length - 1);
  await context.close();
});

// Two tabs of the page (a reviewer with one report in each): what one tab keeps is not wiped by
// the other writing its own (it wrote its whole stale copy of the dismissals, the ignored rules,
// the filters and the order), so the first tab's choices still survive its reload.
test('a second tab does not wipe what the first kept: dismissals, ignored rules, filters, order', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const one = (await openPage(browser, undefined, pageUrl, context)).page;
  const two = (await openPage(browser, undefined, pageUrl, context)).page;
  await checkText(one, example('2024-taoyuan-health-bureau.txt'));
  await checkText(two, report('戊县水利局'));
  const view = (page) => page.evaluate(() => ({
    list: Array.from(document.querySelectorAll('#findings .finding')).map((li) => li.querySelector('.rule').textContent + '@' + li.querySelector('.where').textContent),
    order: document.getElementById('order').value,
    filters: Array.from(document.querySelectorAll('[data-filter]')).map((b) => b.getAttribute('data-filter') + ':' + b.checked),
    ignored: Array.from(document.querySelectorAll('#ignored-rules button')).map((b) => b.getAttribute('data-rule')),
    chips: document.getElementById('summary').textContent,
  }));
  // Tab one: ignore a rule, dismiss a finding, show info, hide warnings, order by amount.
  const rules = (await view(one)).list.map((x) => x.split('@')[0]);
  const rule = rules.find((r, i) => rules.indexOf(r) !== i && r !== 'R12');
  await one.locator('#findings .finding').nth(rules.indexOf(rule)).click();
  await one.click('#findings .finding.current .ignore-rule');
  await one.locator('#findings .finding.error .dismiss').first().click();
  await one.click('#infos-folded button');
  await one.uncheck('[data-filter="warning"]');
  await one.selectOption('#order', 'amount');
  const kept = await view(one);
  assert.match(kept.chips, /已忽略 1 条/);
  // Tab two goes on with its own report: a dismissal there, and an edit (a re-check, a redraw).
  await two.locator('#findings .finding.error .dismiss').first().click();
  await two.focus('#input');
  await two.keyboard.press('End');
  await two.keyboard.type('无。');
  await waitChecked(two);
  assert.match((await view(two)).chips, /已忽略 1 条/, 'tab two keeps its own dismissal');
  await one.reload();
  await one.waitForFunction(() => !document.getElementById('check').disabled);
  await waitChecked(one);
  assert.deepEqual(await view(one), kept, 'tab one after its reload: the same view');
  await two.reload();
  await two.waitForFunction(() => !document.getElementById('check').disabled);
  await waitChecked(two);
  assert.match((await view(two)).chips, /已忽略 1 条/, 'and tab two\'s dismissal survives its reload');
  await context.close();
});
