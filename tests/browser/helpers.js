// Shared set-up for the browser tests: Debian's Chromium through playwright-core (never a
// downloaded browser), the built page opened from file://, and a record of every request.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { pathToFileURL } = require('node:url');
const { chromium } = require('playwright-core');

const root = path.resolve(__dirname, '../..');
const pagePath = process.env.GOUJI_PAGE || path.join(root, 'build/wasm/dist/gouji.html');
const pageUrl = pathToFileURL(pagePath).href;
const shotsDir = path.join(root, 'build/screenshots');

async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

// Opens the page and records network requests (anything not file:, data: or blob:),
// console errors and dialogs.
async function openPage(browser, viewport = { width: 1366, height: 768 }) {
  const page = await browser.newPage({ viewport });
  const log = { requests: [], errors: [], dialogs: [] };
  page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) log.requests.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss(); });
  await page.goto(pageUrl);
  await page.waitForFunction(() => window.gouji && !document.getElementById('check').disabled);
  return { page, log };
}

async function checkText(page, text) {
  await page.fill('#input', text);
  await page.click('#check');
  await page.waitForFunction(() => !document.getElementById('results').hidden && /\d/.test(document.getElementById('status').textContent));
}

function example(name) {
  return fs.readFileSync(path.join(root, 'examples', name), 'utf8');
}

async function screenshot(page, name) {
  fs.mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: path.join(shotsDir, name) });
}

module.exports = { launch, openPage, checkText, example, screenshot, pagePath };
