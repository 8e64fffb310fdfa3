// The wasm API (what the page, the worker, gouji-embed.js and gouji.mjs call) against the native
// CLI on the inputs a reviewer actually drops: pasted text in both languages, GBK and UTF-16
// files, a .docx, a binary file, an empty file; and the extract API. Same core, same serializer:
// the JSON must be byte-identical.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const cli = process.env.GOUJI_CLI || path.join(root, 'build/native/gouji');
const coreJs = process.env.GOUJI_CORE_JS || path.join(root, 'build/wasm/gouji_core.js');
const corePromise = require(coreJs)();

// Runs the CLI; exit status 1 only means "error findings present".
function run(args, input) {
  try {
    return execFileSync(cli, args, { encoding: 'utf8', input, maxBuffer: 64 << 20 }).trim();
  } catch (e) {
    if (e.status !== 1) throw e;
    return e.stdout.trim();
  }
}
const nativeCheck = (file, extra = []) => run(['check', '--format', 'json', ...extra, file]);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-api-'));
function tmpFile(name, bytes) {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, bytes);
  return f;
}

const sangong = '“三公”经费支出总计0万元，其中公务接待费5.92万元，公务用车运行维护费6.1万元。';
const shigu = path.join(root, 'examples/2020-shigu-health-department.txt');

// Files given to analyzeBytes exactly as the page reads them (an ArrayBuffer → Uint8Array).
const files = {
  'GBK/GB18030 text with CRLF': path.join(root, 'tests/data/encodings/gbk_sample.txt'),
  'its UTF-8 twin': path.join(root, 'tests/data/encodings/gbk_sample.utf8.txt'),
  'a LibreOffice .docx': path.join(root, 'tests/data/docx/libreoffice_sample.docx'),
  'UTF-16LE with BOM': tmpFile('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sangong + '\r\n', 'utf16le')])),
  'UTF-8 with BOM': tmpFile('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sangong, 'utf8')])),
  'invalid UTF-8 bytes (E01)': tmpFile('bad-utf8.txt', Buffer.concat([Buffer.from(sangong, 'utf8'), Buffer.from([0xff, 0xfe, 0xc0, 0x20]), Buffer.from('合计', 'utf8')])),
  'a binary file (E02)': tmpFile('binary.dat', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) & 0xff))),
  'a PNG renamed .txt (E02)': tmpFile('image.txt', Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c50000000049454e44ae426082', 'hex')),
  'a broken .docx (E02/E04)': tmpFile('broken.docx', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(200, 0x41)])),
  'an empty file (E03)': tmpFile('empty.txt', Buffer.alloc(0)),
  'only whitespace': tmpFile('blank.txt', Buffer.from(' \r\n\t\n', 'utf8')),
};

for (const [what, file] of Object.entries(files)) {
  test(`analyzeBytes == CLI JSON: ${what}`, async () => {
    const core = await corePromise;
    const bytes = new Uint8Array(fs.readFileSync(file));
    for (const lang of ['zh', 'en']) {
      const wasm = core.analyzeBytes(bytes, JSON.stringify({ path: file, lang }));
      assert.equal(wasm, nativeCheck(file, ['--lang', lang]), lang);
    }
  });
}

test('the input-problem findings are the expected rules', async () => {
  const core = await corePromise;
  const rules = (f) => JSON.parse(core.analyzeBytes(new Uint8Array(fs.readFileSync(f)), JSON.stringify({ path: f }))).documents[0].findings.map((x) => x.rule);
  assert.ok(rules(files['invalid UTF-8 bytes (E01)']).includes('E01'));
  assert.deepEqual(rules(files['a binary file (E02)']), ['E02']);
  assert.deepEqual(rules(files['a PNG renamed .txt (E02)']), ['E02']);
  // A ZIP signature followed by garbage: the core calls it "not a text file" (E02), not E04.
  assert.ok(['E02', 'E04'].includes(rules(files['a broken .docx (E02/E04)']).join()));
  assert.deepEqual(rules(files['an empty file (E03)']), ['E03']);
  assert.ok(rules(files['a LibreOffice .docx']).length >= 3);
});

test('analyzeBytes with include_text returns the decoded text (LF line endings) the spans point into', async () => {
  const core = await corePromise;
  const gbk = JSON.parse(core.analyzeBytes(new Uint8Array(fs.readFileSync(files['GBK/GB18030 text with CRLF'])), '{"include_text":true}')).documents[0];
  assert.equal(gbk.encoding, 'gb18030');
  assert.equal(gbk.text, fs.readFileSync(files['its UTF-8 twin'], 'utf8'));
  // A .docx: its text is what Word would paste (cells tab-separated), with the same findings.
  const docx = JSON.parse(core.analyzeBytes(new Uint8Array(fs.readFileSync(files['a LibreOffice .docx'])), '{"include_text":true}')).documents[0];
  const pasted = JSON.parse(core.analyze(fs.readFileSync(path.join(root, 'tests/data/docx/libreoffice_sample.pasted.txt'), 'utf8'), '{}')).documents[0];
  const key = (f) => f.rule + ' ' + f.message;
  assert.deepEqual(docx.findings.map(key), pasted.findings.map(key));
  assert.match(docx.text, /\t/);
  for (const f of docx.findings) for (const s of f.spans) assert.ok(s.start <= s.end && s.end <= docx.text.length);
  // Without include_text the JSON is exactly the CLI's (no "text" member).
  assert.equal(JSON.parse(core.analyzeBytes(new Uint8Array([0x41]), '{}')).documents[0].text, undefined);
});

// analyze(text): the page's as-you-type path (a JS string, already decoded) == the CLI on stdin.
const texts = {
  'the 三公 sum error': sangong,
  'a rounding difference': '收入10万元，其中A 4万元、B 5万元。',
  'the 2020 石鼓区 report': fs.readFileSync(shigu, 'utf8'),
  'the 2024 桃源县 report': fs.readFileSync(path.join(root, 'examples/2024-taoyuan-health-bureau.txt'), 'utf8'),
  'HTML-looking text': '<script>alert(1)</script>\n<b>支出总计12.02万元</b>，其中A 5.92万元，B 6.1万元。',
  'astral characters before a number (UTF-16 offsets)': '𠀀𠀁😀“三公”经费支出总计0万元，其中公务接待费5.92万元，公务用车运行维护费6.1万元。',
  'empty text': '',
};
for (const [what, text] of Object.entries(texts)) {
  test(`analyze(text) == CLI on stdin: ${what}`, async () => {
    const core = await corePromise;
    for (const lang of ['zh', 'en']) {
      const wasm = core.analyze(text, JSON.stringify({ lang }));
      assert.equal(wasm, run(['check', '--format', 'json', '--lang', lang, '-'], text), lang);
    }
  });
}

test('analyze(text) spans are UTF-16 offsets: slicing the JS string gives the stated numbers', async () => {
  const core = await corePromise;
  const text = texts['astral characters before a number (UTF-16 offsets)'];
  const f = JSON.parse(core.analyze(text, '{}')).documents[0].findings.find((x) => x.rule === 'R01');
  assert.ok(f, 'R01 found');
  assert.equal(f.severity, 'error');
  const spans = f.spans.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, ['0万元', '5.92万元', '6.1万元']);
});

test('the page\'s report JSON carries metrics and the targets table for the 2024 report', async () => {
  const core = await corePromise;
  const doc = JSON.parse(core.analyze(texts['the 2024 桃源县 report'], '{}')).documents[0];
  assert.ok(doc.metrics.length > 0);
  for (const m of doc.metrics) assert.ok(typeof m.name === 'string' && typeof m.value === 'number' && typeof m.formula === 'string');
  assert.ok(Array.isArray(doc.targets) && doc.targets.length > 0);
  for (const t of doc.targets) {
    assert.ok(['met', 'unmet', 'missing', 'unit-mismatch', 'qualitative'].includes(t.status), t.status);
    assert.equal(t.met, t.status === 'met');
  }
});

test('extract(text) and extractBytes == `gouji extract`', async () => {
  const core = await corePromise;
  for (const text of [sangong, texts['the 2024 桃源县 report'], '']) {
    assert.equal(core.extract(text, '{}'), run(['extract', '-'], text));
  }
  for (const file of [shigu, files['GBK/GB18030 text with CRLF'], files['a LibreOffice .docx'], files['UTF-16LE with BOM']]) {
    assert.equal(core.extractBytes(new Uint8Array(fs.readFileSync(file)), JSON.stringify({ path: file })), run(['extract', file]), file);
  }
});

test('version() is the CLI\'s version', async () => {
  const core = await corePromise;
  assert.equal(core.version(), run(['--version']).split(/\s+/).pop());
});

test('large input: a 2 MB paste is checked without running out of memory', async () => {
  const core = await corePromise;
  const big = (texts['the 2024 桃源县 report'] + '\n').repeat(30);
  const doc = JSON.parse(core.analyze(big, '{}')).documents[0];
  assert.ok(doc.findings.length > 0);
});
