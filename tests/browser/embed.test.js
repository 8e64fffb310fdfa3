// Embedding in portals: the <gouji-checker> element and the JS API in examples/embed.html under
// "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'" (served over http, as a portal
// would), the page inside an iframe, the page from an intranet http folder, and the ES module.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { launch, openPage, checkText, example, serve, root } = require('./helpers');

let browser, server, base;
before(async () => {
  browser = await launch();
  server = await serve();
  base = `http://127.0.0.1:${server.address().port}`;
});
after(async () => {
  if (browser) await browser.close();
  if (server) server.close();
});

function recorder(page) {
  const log = { foreign: [], errors: [] };
  page.on('request', (r) => { if (!r.url().startsWith(base) && !/^(data|blob):/.test(r.url())) log.foreign.push(r.url()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  return log;
}

test('the custom element and the JS API work in examples/embed.html under a strict CSP', async () => {
  const page = await browser.newPage();
  const log = recorder(page);
  await page.goto(`${base}/examples/embed.html`);
  await page.waitForFunction(() => document.getElementById('count').textContent === '1');
  const inside = await page.evaluate(() => {
    const root = document.querySelector('gouji-checker').shadowRoot;
    const marks = Array.from(root.querySelectorAll('.hl.primary.error')).map((e) => e.textContent);
    const color = getComputedStyle(root.querySelector('.hl.error')).backgroundColor;
    return { marks, color, leaked: document.querySelectorAll('.hl').length };
  });
  assert.deepEqual(inside.marks, ['0万元']);
  assert.notEqual(inside.color, 'rgba(0, 0, 0, 0)', 'the element is styled although the CSP has no style-src');
  assert.equal(inside.leaked, 0, 'Shadow DOM keeps the element\'s nodes out of the portal document');
  // Changing the text attribute re-checks and fires gouji-change again.
  await page.evaluate(() => document.querySelector('gouji-checker').setAttribute('text', '支出总计12.02万元，其中A 5.92万元，B 6.1万元。'));
  await page.waitForFunction(() => document.getElementById('count').textContent === '0');
  await page.click('#api-run');
  await page.waitForFunction(() => document.getElementById('api-out').textContent.includes('合计应为90'));
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('the page works inside an iframe and when served from an intranet http folder', async () => {
  const host = path.join(root, 'build/wasm/dist/iframe-host.html');
  fs.writeFileSync(host, '<!DOCTYPE html><meta charset="utf-8"><title>portal</title><iframe src="gouji.html" style="width:1200px;height:700px"></iframe>');
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  await page.goto(pathToFileURL(host).href);
  const frame = page.frames().find((f) => f.url().endsWith('gouji.html'));
  await frame.waitForFunction(() => window.gouji && !document.getElementById('check').disabled);
  await frame.fill('#input', '“三公”经费支出总计0万元，其中公务接待费5.92万元，公务用车运行维护费6.1万元。');
  await frame.click('#check');
  await frame.waitForFunction(() => document.querySelectorAll('#findings .finding.error').length === 1);
  await page.close();

  const { page: http, log } = await openPage(browser, undefined, `${base}/build/wasm/dist/gouji.html`);
  await checkText(http, example('2020-shigu-health-department.txt'));
  assert.equal(await http.locator('#findings .finding.error').count(), 1);
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(base)), []);
  await http.close();
});

test('the page served as separate files runs under the strict CSP, styled and without errors', async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const log = recorder(page);
  await page.goto(`${base}/build/wasm/dist/separate/index.html`);
  await page.waitForFunction(() => window.gouji && !document.getElementById('check').disabled);
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
  assert.equal(csp, "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'");
  await checkText(page, example('2020-shigu-health-department.txt'));
  const seen = await page.evaluate(async () => ({
    engine: await window.gouji.engine(),
    errors: document.querySelectorAll('#findings .finding.error').length,
    styled: getComputedStyle(document.querySelector('#report .hl.error')).backgroundColor,
  }));
  assert.equal(seen.engine, 'main');  // no worker-src in this policy: the API falls back
  assert.equal(seen.errors, 1);
  assert.notEqual(seen.styled, 'rgba(0, 0, 0, 0)');
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors.filter((e) => !/worker/i.test(e)), []);
  await page.close();
});

test('the API loads as an ES module over http', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/examples/embed.html`);
  const n = await page.evaluate(async (url) => {
    const mod = await import(url);
    const r = await mod.default.analyze('收入10万元，其中A 4万元、B 5万元。');
    return r.documents[0].findings.length;
  }, `${base}/build/wasm/dist/gouji.mjs`);
  assert.equal(n, 1);
  await page.close();
});
