#!/usr/bin/env node
// Assembles the offline page and the files a portal embeds:
//   dist/gouji.html      ONE self-contained file: styles, strings, UI, examples and the core
//                        (wasm inlined; also its wasm2js twin for browsers without WebAssembly)
//   dist/gouji-core.js   the core alone (classic script defining GoujiCore)
//   dist/gouji-core-asmjs.js  the same without WebAssembly
//   dist/gouji-embed.js  window.gouji + the <gouji-checker> element (load after gouji-core.js)
//   dist/gouji.mjs       the API as an ES module (over http; modules never run from file://)
// The page's Content-Security-Policy lists the sha256 of every inline script (and of the core
// source it may inject), so it needs no 'unsafe-inline' (and no 'unsafe-eval' from Chromium 97 on).
//
// Size: the page carries the WebAssembly binary deflated (zlib -9, base64; web/inflate.js unpacks
// it in a few ms — LZMA was ~20% smaller but cost ~200 ms of start-up). The wasm2js twin (as
// large again) is not inlined: the page loads dist/gouji-core-asmjs.js from its own folder only
// when the browser has no WebAssembly (or a policy forbids compiling it).
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
// Emscripten 3.1.6's loader fetch()es its own inlined wasm (a data: URI) before decoding it
// itself; under a portal's CSP that fetch is refused and logged as an error. Decode directly.
function noDataFetch(src, name) {
  const from = 'if(!wasmBinary&&(ENVIRONMENT_IS_WEB||ENVIRONMENT_IS_WORKER)){if(typeof fetch=="function"){';
  if (!src.includes(from)) {
    if (/WebAssembly\.instantiate/.test(src)) throw new Error(name + ': the Emscripten loader changed; update noDataFetch()');
    return src;  // the wasm2js build has no binary to fetch
  }
  return src.replace(from, () => from.replace('typeof fetch=="function"', 'typeof fetch=="function"&&!isDataURI(wasmBinaryFile)'));
}
const core = noDataFetch(fs.readFileSync(arg('core'), 'utf8'), 'core');
const asmjs = noDataFetch(fs.readFileSync(arg('asmjs'), 'utf8'), 'asmjs');

// The binary is most of the page, so it gets the smallest zlib stream we can make: zopfli (Debian's
// `zopfli`, installed by scripts/setup.sh) saves ≈ 5% over zlib -9, about 20 KB of the gzipped
// page; any zlib-format stream inflates the same way in the page (DecompressionStream or
// web/inflate.js). Without zopfli the page still builds, larger, and says so.
function deflateSmallest(bytes) {
  const zlibBest = require('zlib').deflateSync(bytes, { level: 9, memLevel: 9 });
  const os = require('os');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-wasm-'));
  try {
    const file = path.join(tmp, 'core.wasm');
    fs.writeFileSync(file, bytes);
    const z = require('child_process').execFileSync('zopfli', ['--zlib', '--i5', '-c', file],
      { maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
    return z.length < zlibBest.length ? z : zlibBest;
  } catch (e) {
    console.warn('build-page: zopfli not available (' + (e.code || e.message) + '); the wasm is deflated with zlib -9, ≈ 20 KB larger gzipped');
    return zlibBest;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// The page's core: the same loader with the inlined binary taken out (the page passes it in as
// Module.wasmBinary after inflating it), and the binary deflated as base64.
const dataUri = /(wasmBinaryFile=")data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/;
const m = core.match(dataUri);
if (!m) throw new Error('core: no inlined wasm binary found; update build-page.js');
const wasmBytes = Buffer.from(m[2], 'base64');
if (wasmBytes.readUInt32LE(0) !== 0x6d736100) throw new Error('core: the inlined data is not WebAssembly');
const pageCore = core.replace(dataUri, (all, head) => head + 'data:application/octet-stream;base64,"');
const wasmDeflated = deflateSmallest(wasmBytes);
// Check the inflater the page uses on what it will inflate.
require(path.join(web, 'inflate.js'));
if (Buffer.compare(Buffer.from(globalThis.GoujiInflate.inflate(new Uint8Array(wasmDeflated))), wasmBytes) !== 0)
  throw new Error('web/inflate.js does not restore the wasm binary');
const examplesDir = arg('examples');
const out = arg('out');
const dist = path.dirname(out);

// Examples as JSON data; "<" escaped so nothing inside can end the block early.
const examples = fs.readdirSync(examplesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
  const text = fs.readFileSync(path.join(examplesDir, f), 'utf8');
  const head = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3).join('');
  const title = (head.match(/^.*?报告/) || [head.slice(0, 30)])[0];
  return { file: f, title, text };
});
const examplesJson = JSON.stringify(examples).replace(/</g, '\\u003c');

// The rule help the page shows beside a finding's id: read from the rule book (rules/*.md, the
// same files the native tests run), so titles and formulas have one source.
const rulesDir = path.join(web, '..', 'rules');
const ruleHelp = {};
for (const f of fs.readdirSync(rulesDir).filter((f) => /^[A-H]-.*\.md$/.test(f)).sort()) {
  let id = null;
  for (const line of fs.readFileSync(path.join(rulesDir, f), 'utf8').split('\n')) {
    const h = line.match(/^## (R\d\d) (.+)$/);
    if (h) ruleHelp[id = h[1]] = { zh: h[2].trim(), en: '', checks: '' };
    else if (id && line.startsWith('- en:')) ruleHelp[id].en = line.slice(5).trim();
    else if (id && line.startsWith('- checks:')) ruleHelp[id].checks = line.slice(9).trim();
  }
}
if (Object.keys(ruleHelp).length < 60) throw new Error('rules/: expected the rule book, found ' + Object.keys(ruleHelp).length + ' rules');
const rulesJson = JSON.stringify(ruleHelp).replace(/</g, '\\u003c');

// What goes into the page, and in which order: web/manifest.json, the one list.
const manifest = JSON.parse(read('manifest.json'));
const scriptKey = (f) => f.replace(/\.js$/, '');
const executed = {};  // file key → source, in page order (engine, then UI)
for (const e of [...manifest.engine, ...manifest.ui]) executed[scriptKey(e.file)] = read(e.file);
// The single-file page carries them without comments and indentation (web/tools/compact-js.js:
// same syntax tree, ≈ 13 KB less gzipped); the separate page and the portal files keep the sources.
const { compact, available: compactAvailable } = require('./compact-js.js');
if (!compactAvailable) console.warn('build-page: acorn not found (apt-get install node-acorn); the page keeps its comments, ≈ 13 KB larger gzipped');
const inPage = {};
for (const [k, v] of Object.entries(executed)) inPage[k] = compact(v, k + '.js');
const scriptTags = (entries) => entries.map((e) => '<script' + (e.id ? ' id="' + e.id + '"' : '') + '>{{' + scriptKey(e.file) + '}}</script>').join('\n');
const inert = { CORE: pageCore, WASM: wasmDeflated.toString('base64'), WORKER: compact(read(manifest.inert.worker), manifest.inert.worker) };  // text/plain blocks
for (const [k, v] of Object.entries({ ...executed, ...inert }))
  if (/<\/script|<!--/i.test(v)) throw new Error(k + ' contains </script or <!--, which would break the page');

// The stylesheet without its comments and layout whitespace (≈ 1 KB of the gzipped page; no
// rule holds a string, so spaces beside { } ; , are never meaningful).
const compactCss = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};,]) ?/g, '$1').replace(/: /g, ':').trim();
const style = compactCss(manifest.styles.map(read).join(''));
const hash = (s) => "'sha256-" + crypto.createHash('sha256').update(s, 'utf8').digest('base64') + "'";
// Compiling WebAssembly on the main thread (the engine where workers are blocked) needs the CSP's
// permission. Chromium 97+ knows 'wasm-unsafe-eval', which allows only that; older kernels
// (360SE 11–13: Chromium 69, 78, 86) ignore it as an invalid source and know only 'unsafe-eval',
// which also allows eval(). A policy can only be tightened by a second one, never loosened, so
// the page states ONE policy, picked per kernel by a tiny script that runs before it (cspPick):
// today's kernels keep the strict policy, old ones get 'unsafe-eval' (README: "Content security
// policy per kernel"). Detection is by a feature shipped in the same Chromium release (97):
// Array.prototype.findLast.
const policy = (wasmEval) => [
  "default-src 'none'",
  // The inline scripts, plus the core source api.js may inject on the main thread; 'self' (and
  // file: for a page opened from disk) for the wasm2js twin next to the page, loaded only
  // without WebAssembly.
  'script-src ' + [...Object.values(inPage), pageCore].map(hash).join(' ') + " 'self' file: " + wasmEval,
  // The checker runs in a Worker made from a Blob of the inlined core.
  'worker-src blob:',
  'style-src ' + hash(style),
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const cspPick = '(function(){var p=typeof Array.prototype.findLast==="function"?' + JSON.stringify(policy("'wasm-unsafe-eval'")) +
  ':' + JSON.stringify(policy("'unsafe-eval'")) + ';document.write(\'<meta http-equiv="Content-Security-Policy" content="\'+p+\'">\');})();';

let html = read('index.html')
  .replace('{{ENGINE_SCRIPTS}}', () => scriptTags(manifest.engine))
  .replace('{{UI_SCRIPTS}}', () => scriptTags(manifest.ui))
  .replace('{{CSP_META}}', () => '<script>' + cspPick + '</script>')
  .replace('{{STYLE}}', () => style)
  .replace('{{EXAMPLES}}', () => examplesJson)
  .replace('{{RULES}}', () => rulesJson);
// Function replacements: the sources contain "$&"-like sequences a string replacement would expand.
for (const [k, v] of Object.entries({ ...inPage, ...inert })) html = html.replace('{{' + k + '}}', () => v);

fs.mkdirSync(dist, { recursive: true });
fs.writeFileSync(out, html);

// Files for portals.
fs.writeFileSync(path.join(dist, 'gouji-core.js'), core);
fs.writeFileSync(path.join(dist, 'gouji-core-asmjs.js'), asmjs);
const embed = manifest.embed.map(read).join('\n');
fs.writeFileSync(path.join(dist, 'gouji-embed.js'), embed);
fs.writeFileSync(path.join(dist, 'gouji.mjs'), core + '\n' + read('module.js'));

// The same page as separate files, for an intranet server whose policy is the strict
// "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'": no inline script, no stylesheet
// (styles are applied through CSSOM by style.js, which CSP does not govern), no worker (the API
// falls back to the main thread), the examples as an inert JSON block.
const sep = path.join(dist, 'separate');
fs.mkdirSync(sep, { recursive: true });
// In the separate page the stylesheet and the core come first (a strict-CSP server means a kernel
// new enough to need no polyfill before them), then the manifest's scripts.
const separateScripts = [...manifest.engine, ...manifest.ui].filter((e) => e.separate !== false).map((e) => e.file);
const files = { 'gouji-core.js': core,
  'style.js': '(function(){var css=' + JSON.stringify(style) + ';var s=new CSSStyleSheet();s.replaceSync(css);' +
              'document.adoptedStyleSheets=document.adoptedStyleSheets.concat([s]);})();\n' };
for (const f of separateScripts) files[f] = executed[scriptKey(f)];
for (const [f, v] of Object.entries(files)) fs.writeFileSync(path.join(sep, f), v);
const tags = ['style.js', 'gouji-core.js', ...separateScripts].map((f) => '<script src="' + f + '"></script>').join('\n');
const separate = read('index.html')
  .replace(/\{\{(ENGINE|UI)_SCRIPTS\}\}\n/g, () => '')
  .replace('{{CSP_META}}', () => '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; script-src \'self\' \'wasm-unsafe-eval\'">')
  .replace('<style>{{STYLE}}</style>', () => '')
  .replace('{{EXAMPLES}}', () => examplesJson)
  .replace('{{RULES}}', () => rulesJson)
  .replace(/<script type="text\/plain"[^\n]*\n/g, () => '')
  .replace(/<!-- The engine first[^\n]*\n/, () => '')
  .replace(/(<script>\{\{[A-Z]+\}\}<\/script>\n)+/g, () => '')
  .replace('</body>', () => tags + '\n</body>');  // after the UI, which app.js needs
if (/\{\{|<script>/.test(separate)) throw new Error('separate page still has inline scripts or placeholders');
fs.writeFileSync(path.join(sep, 'index.html'), separate);

console.log('gouji page: ' + out + ' (' + Buffer.byteLength(html) + ' bytes, gzip ' +
  require('zlib').gzipSync(html, { level: 9 }).length + '); portal files in ' + dist);
