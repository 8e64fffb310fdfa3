// The report JSON as web/contract.js describes it: the CLI and the wasm core print exactly that
// (no field missing, none undescribed, enumerations as listed), on the examples, both corpus
// reports and every real-report excerpt in ../shared/realworld.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const cli = process.env.GOUJI_CLI || path.join(root, 'build/native/gouji');
const coreJs = process.env.GOUJI_CORE_JS || path.join(root, 'build/wasm/gouji_core.js');
require(path.join(root, 'web/contract.js'));
const C = globalThis.GoujiContract;

function reports() {
  const out = [];
  for (const d of ['examples', '../shared/corpus', '../shared/realworld/corpus']) {
    const dir = path.join(root, d);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.txt')) out.push(path.join(dir, f));
  }
  return out;
}

function cliJson(file) {
  try {
    return execFileSync(cli, ['check', '--format', 'json', file], { encoding: 'utf8' });
  } catch (e) {
    if (e.status !== 1) throw e;  // 1 = error findings present
    return e.stdout;
  }
}

test('the contract catches a renamed field, a missing one and a value outside an enumeration', () => {
  const good = { tool: { name: 'gouji', version: '0' }, documents: [{ path: 'a', encoding: 'utf-8', metrics: [],
    findings: [{ rule: 'R01', severity: 'error', message: 'm', spans: [{ start: 0, end: 1, role: 'primary' }],
      line: 1, column: 1, section: '', expected: '', actual: '' }] }] };
  assert.deepEqual(C.check(good), []);
  const bad = JSON.parse(JSON.stringify(good));
  const f = bad.documents[0].findings[0];
  f.sev = f.severity; delete f.severity; f.spans[0].role = 'main'; f.line = 1.5;
  const problems = C.check(bad);
  assert.ok(problems.some((p) => /missing field "severity"/.test(p)), problems.join('\n'));
  assert.ok(problems.some((p) => /"sev" is not in the contract/.test(p)), problems.join('\n'));
  assert.ok(problems.some((p) => /role: expected one of primary\|related/.test(p)), problems.join('\n'));
  assert.ok(problems.some((p) => /line: expected an integer/.test(p)), problems.join('\n'));
});

test('the CLI prints the contract on every report', () => {
  const files = reports();
  assert.ok(files.length >= 4);
  let findings = 0;
  for (const f of files) {
    const json = JSON.parse(cliJson(f));
    assert.deepEqual(C.check(json), [], path.basename(f));
    findings += json.documents[0].findings.length;
  }
  assert.ok(findings > 0, 'no finding at all: the contract was checked on nothing');
});

test('the wasm core prints the contract (analyze and analyzeBytes)', async () => {
  const core = await require(coreJs)();
  for (const f of reports().slice(0, 12)) {
    const text = fs.readFileSync(f, 'utf8');
    assert.deepEqual(C.check(JSON.parse(core.analyze(text, '{}'))), [], 'analyze ' + path.basename(f));
    const bytes = new Uint8Array(fs.readFileSync(f));
    assert.deepEqual(C.check(JSON.parse(core.analyzeBytes(bytes, '{}'))), [], 'analyzeBytes ' + path.basename(f));
  }
});
