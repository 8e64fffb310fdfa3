// web/tools/compact-js.js: the page's scripts lose comments and indentation and nothing else.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { compact, available } = require('../../web/tools/compact-js.js');

const root = path.resolve(__dirname, '../..');

test('acorn is there (Debian node-acorn, an emscripten dependency)', () => {
  assert.ok(available);
});

test('comments and indentation go; strings, regexes and template literals stay as written', () => {
  const src = [
    '// a line comment',
    'var url = "http://x//y"; /* inline */ var re = /\\/\\/+/g;',
    '  /* a block',
    '     over lines */',
    'function f(a) {',
    '    return a  // trailing',
    '    + 1;',
    '}',
    'var t = `line one',
    '    // not a comment: template text',
    '',
    '  indented`;',
    // A block comment over lines after return is a line break: g() returns undefined, not 1.
    'function g() {',
    '  return /* between',
    '  */ 1;',
    '}',
    'var n = g();',
  ].join('\n');
  const out = compact(src, 'sample.js');
  assert.doesNotMatch(out, /a line comment|inline|a block|trailing|between/);
  assert.match(out, /"http:\/\/x\/\/y"/);
  assert.match(out, /\/\\\/\\\/\+\/g/);
  assert.match(out, /`line one\n {4}\/\/ not a comment: template text\n\n {2}indented`/);
  assert.doesNotMatch(out, /^ {4}return/m);
  // Same behaviour: run both and compare what they compute.
  const run = (code) => { const c = {}; vm.runInNewContext(code + '\n;this.r = [url, t, typeof n, re.source, f(1)];', c); return c.r; };
  assert.equal(JSON.stringify(run(out)), JSON.stringify(run(src)));
  assert.equal(run(out)[2], "undefined");
});

test('every page script compacts to the same syntax tree and is smaller', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'web/manifest.json'), 'utf8'));
  for (const e of [...manifest.engine, ...manifest.ui]) {
    const src = fs.readFileSync(path.join(root, 'web', e.file), 'utf8');
    const out = compact(src, e.file);  // throws when the tree differs
    assert.ok(out.length < src.length, e.file);
  }
});
