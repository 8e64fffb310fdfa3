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
async function openPage(browser, viewport = { width: 1366, height: 768 }, url = pageUrl, context = null) {
  const page = context ? await context.newPage() : await browser.newPage({ viewport, acceptDownloads: true });
  const log = { requests: [], errors: [], dialogs: [] };
  page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) log.requests.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss(); });
  await page.goto(url);
  await page.waitForFunction(() => window.gouji && !document.getElementById('check').disabled);
  return { page, log };
}

// Puts text in the editor and waits for the check of exactly that text to be shown.
async function checkText(page, text) {
  await page.fill('#input', text);
  await page.click('#check');
  await waitChecked(page);
}

async function waitChecked(page) {
  await page.waitForFunction(() => !/正在|…|Checking|Loading/.test(document.getElementById('status').textContent) &&
    // the backdrop holds the text plus one newline that keeps its layout equal to the textarea's
    document.querySelector('#report').textContent.slice(0, -1) === document.getElementById('input').value);
}

// Serves the repository over http on 127.0.0.1 (for the portal and intranet cases).
function serve() {
  const http = require('node:http');
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.txt': 'text/plain; charset=utf-8', '.css': 'text/css' };
  const server = http.createServer((req, res) => {
    const file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function example(name) {
  return fs.readFileSync(path.join(root, 'examples', name), 'utf8');
}

async function screenshot(page, name) {
  fs.mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: path.join(shotsDir, name) });
}

module.exports = { launch, openPage, checkText, waitChecked, example, screenshot, serve, pagePath, pageUrl, root };
