#!/usr/bin/env node
// Assembles the offline page: web/index.html with the styles, strings, the core (the SINGLE_FILE
// Emscripten build, wasm inlined), the API wrapper, the UI and the bundled examples inlined into
// ONE file. The Content-Security-Policy lists the sha256 of each inline script, so no
// 'unsafe-inline' is needed; 'wasm-unsafe-eval' lets WebAssembly compile.
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

function arg(name) {
  const i = process.argv.indexOf('--' + name);
  if (i < 0 || i + 1 >= process.argv.length) throw new Error('missing --' + name);
  return process.argv[i + 1];
}

const web = path.resolve(__dirname, '..');
const read = (f) => fs.readFileSync(path.join(web, f), 'utf8');
const core = fs.readFileSync(arg('core'), 'utf8');
const examplesDir = arg('examples');
const out = arg('out');

// Examples as JSON data; "<" escaped so no "</script>" can end the block early.
const examples = fs.readdirSync(examplesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
  const text = fs.readFileSync(path.join(examplesDir, f), 'utf8');
  const firstLines = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3).join('');
  const title = (firstLines.match(/^.*?报告/) || [firstLines.slice(0, 30)])[0];
  return { file: f, title, text };
});
const examplesJson = JSON.stringify(examples).replace(/</g, '\\u003c');

const scripts = {
  STRINGS: read('strings.js'),
  CORE: core,
  API: read('api.js'),
  APP: read('app.js'),
};
for (const [k, v] of Object.entries(scripts))
  if (/<\/script/i.test(v)) throw new Error(k + ' contains </script>, which would break the page');

const style = read('style.css');
const hash = (s) => "'sha256-" + crypto.createHash('sha256').update(s, 'utf8').digest('base64') + "'";
const csp = [
  "default-src 'none'",
  'script-src ' + Object.values(scripts).map(hash).join(' ') + " 'wasm-unsafe-eval'",
  'style-src ' + hash(style),
  "img-src data:",
  // The Emscripten loader fetch()es its own inlined wasm (a data: URI) before falling back to
  // decoding it; data: is not a network scheme, so allowing it keeps the page offline.
  "connect-src data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Function replacements: the inlined sources contain "$&"-like sequences that a string
// replacement would interpret.
let html = read('index.html')
  .replace('{{CSP}}', () => csp)
  .replace('{{STYLE}}', () => style)
  .replace('{{EXAMPLES}}', () => examplesJson);
for (const [k, v] of Object.entries(scripts)) html = html.replace('{{' + k + '}}', () => v);

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, html);
console.log('gouji page: ' + out + ' (' + html.length + ' bytes)');
