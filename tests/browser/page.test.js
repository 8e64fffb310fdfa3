// The built offline page, opened from file:// in headless Chromium: it checks a pasted report,
// highlights the spans the core reports, jumps to them, makes no network request and never
// turns report text into markup.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { launch, openPage, checkText, waitChecked, example, screenshot, pagePath } = require('./helpers');

let browser;
before(async () => {
  assert.ok(fs.existsSync(pagePath), `the page is not built: ${pagePath}`);
  browser = await launch();
});
after(async () => { if (browser) await browser.close(); });

test('a pasted report is checked: the 三公 error and its parts are highlighted, the list matches the API', async () => {
  const { page, log } = await openPage(browser);
  await checkText(page, example('2020-shigu-health-department.txt'));
  const seen = await page.evaluate(async () => {
    const api = await window.gouji.analyze(document.getElementById('input').value);
    const findings = api.documents[0].findings;
    const fi = findings.findIndex((f) => f.rule === 'R01' && f.severity === 'error');
    const text = (role) => Array.from(document.querySelectorAll('#report .hl'))
      .filter((e) => (' ' + e.getAttribute('data-' + role) + ' ').includes(' ' + fi + ' '))
      .map((e) => e.textContent);
    return {
      apiCount: findings.length,
      // info findings are folded into one count until the reviewer asks for them
      listed: document.querySelectorAll('#findings .finding').length +
        Number(((document.getElementById('infos-folded') || {}).textContent || '0').replace(/\D/g, '')),
      errorsListed: document.querySelectorAll('#findings .finding.error').length,
      primary: text('primary').join(''),
      related: text('related'),
      firstMessage: document.querySelector('#findings .finding.error .msg').textContent,
    };
  });
  assert.equal(seen.listed, seen.apiCount);
  assert.ok(seen.errorsListed >= 1);
  assert.equal(seen.primary, '0万元');
  assert.deepEqual(seen.related, ['5.92万元', '6.1万元']);
  assert.match(seen.firstMessage, /合计应为12\.02万元/);
  await page.locator('#findings .finding.error').first().click();
  await screenshot(page, 'page-1366x768.png');
  assert.deepEqual(log.requests, []);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('clicking a finding scrolls to its span and selects it', async () => {
  const { page } = await openPage(browser);
  await checkText(page, example('2024-taoyuan-health-bureau.txt'));
  // The R73 finding sits near the end of the long report: far below the fold.
  const idx = await page.evaluate(() => Array.from(document.querySelectorAll('#findings .finding'))
    .findIndex((li) => li.querySelector('.rule').textContent === 'R73'));
  assert.ok(idx >= 0);
  await page.locator('#findings .finding').nth(idx).click();
  const state = await page.evaluate(() => {
    const input = document.getElementById('input');
    const sel = input.value.slice(input.selectionStart, input.selectionEnd);
    const flashed = Array.from(document.querySelectorAll('#report .hl.flash.primary')).map((e) => e.textContent).join('');
    const el = document.querySelector('#report .hl.flash.primary');
    const box = el.getBoundingClientRect(), view = document.getElementById('editor').getBoundingClientRect();
    return { sel, flashed, focused: document.activeElement === input, card: !document.getElementById('card').hidden,
             visible: box.top >= view.top && box.bottom <= view.bottom };
  });
  assert.equal(state.sel, '五是');
  assert.equal(state.flashed, '五是');
  assert.ok(state.focused, 'the editor has the focus, so the selection is the user\'s');
  assert.ok(state.card, 'the finding card is shown');
  assert.ok(state.visible, 'the selected span is scrolled into view');
  await screenshot(page, 'page-findings-1366x768.png');
  await page.close();
});

test('the page makes no network request from opening to checking', async () => {
  const { page, log } = await openPage(browser, { width: 1920, height: 1080 });
  await checkText(page, example('2024-taoyuan-health-bureau.txt'));
  await screenshot(page, 'page-1920x1080.png');
  assert.deepEqual(log.requests, []);
  await page.close();
});

test('pasted HTML is shown as text and runs nothing', async () => {
  const { page, log } = await openPage(browser);
  const hostile = '<script>alert(1)</script>\n<img src=x onerror="window.__pwned=1">\n' +
    '“三公”经费支出总计0万元，其中公务接待费5.92万元，公务用车运行维护费6.1万元。';
  await checkText(page, hostile);
  await page.waitForTimeout(200);
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    imgs: document.querySelectorAll('#report img, #findings img, #card img').length,
    scripts: document.querySelectorAll('#report script').length,
    text: document.getElementById('report').textContent,
  }));
  assert.equal(state.pwned, undefined);
  assert.equal(state.imgs, 0);
  assert.equal(state.scripts, 0);
  assert.ok(state.text.includes('<script>alert(1)</script>'));
  assert.ok(state.text.includes('<img src=x onerror="window.__pwned=1">'));
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(log.requests, []);
  await page.close();
});

test('the page declares a CSP without unsafe-inline and still runs the core', async () => {
  const { page } = await openPage(browser);
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.doesNotMatch(csp, /'unsafe-eval'/);
  const n = await page.evaluate(async () => (await window.gouji.analyze('收入10万元，其中A 4万元、B 5万元。')).documents[0].findings.length);
  assert.equal(n, 1);
  await page.close();
});

test('the English switch relabels the page and re-checks in English; the choice is kept', async () => {
  const { page, log } = await openPage(browser);
  await checkText(page, example('2020-shigu-health-department.txt'));
  assert.equal(await page.textContent('#check'), '检查');
  await page.click('#lang');
  await page.waitForFunction(() => document.documentElement.lang === 'en' &&
    /The parts add up to 12\.02/.test(document.getElementById('findings').textContent));
  await waitChecked(page);
  assert.equal(await page.textContent('#check'), 'Check');
  assert.equal(await page.textContent('#lang'), '中文');
  assert.equal(await page.locator('#findings .finding.error').count(), 1);
  await screenshot(page, 'page-en-1366x768.png');
  // The choice is stored: a reload opens in English; switching back restores Chinese.
  await page.reload();
  await page.waitForFunction(() => window.gouji && !document.getElementById('check').disabled);
  assert.equal(await page.textContent('#check'), 'Check');
  await page.click('#lang');
  assert.equal(await page.textContent('#check'), '检查');
  assert.deepEqual(log.requests, []);
  assert.deepEqual(log.errors, []);
  await page.close();
});
