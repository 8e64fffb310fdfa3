// The wasm build and the native CLI print the same JSON for every example and corpus report:
// both call the same core and the same serializer, so any difference is a build or binding bug.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const cli = process.env.GOUJI_CLI || path.join(root, 'build/native/gouji');
const coreJs = process.env.GOUJI_CORE_JS || path.join(root, 'build/wasm/gouji_core.js');

function inputs() {
  const dirs = [path.join(root, 'examples'), path.join(root, '../shared/corpus')];
  const files = [];
  for (const d of dirs) {
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.txt')) files.push(path.join(d, f));
  }
  return files;
}

function nativeJson(file, extra = []) {
  let out;
  try {
    out = execFileSync(cli, ['check', '--format', 'json', ...extra, file], { encoding: 'utf8' });
  } catch (e) {
    if (e.status !== 1) throw e;  // 1 = error findings present: still a valid report
    out = e.stdout;
  }
  return out.trim();
}

const corePromise = require(coreJs)();

test('there are inputs to compare', () => {
  assert.ok(inputs().length >= 4, 'examples/ and ../shared/corpus/ should hold at least 4 reports');
});

for (const file of inputs()) {
  const name = path.relative(root, file);
  test(`wasm analyzeBytes == native CLI JSON: ${name}`, async () => {
    const core = await corePromise;
    const bytes = new Uint8Array(fs.readFileSync(file));
    const wasm = core.analyzeBytes(bytes, JSON.stringify({ path: file }));
    assert.equal(wasm, nativeJson(file));
  });
  test(`wasm analyze(text) finds the same findings as the CLI: ${name}`, async () => {
    const core = await corePromise;
    const text = fs.readFileSync(file, 'utf8');
    const wasm = JSON.parse(core.analyze(text, JSON.stringify({ path: file, lang: 'en' })));
    const native = JSON.parse(nativeJson(file, ['--lang', 'en']));
    assert.deepEqual(wasm.documents[0].findings, native.documents[0].findings);
  });
}

test('bad options JSON falls back to defaults instead of failing', async () => {
  const core = await corePromise;
  const r = JSON.parse(core.analyze('收入10万元，其中A 4万元、B 5万元。', '{not json'));
  assert.equal(r.documents[0].findings[0].rule, 'R01');
  assert.equal(r.documents[0].path, '-');
});

test('wasm extract == native `gouji extract` for the corpus reports', async () => {
  const core = await corePromise;
  for (const file of inputs()) {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const wasm = core.extractBytes(bytes, JSON.stringify({ path: file }));
    const native = execFileSync(cli, ['extract', file], { encoding: 'utf8' }).trim();
    assert.equal(wasm, native, file);
  }
});
