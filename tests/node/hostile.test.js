// The hostile inputs of tests/core/hostile/bad_input_test.cpp, through the wasm core the page
// runs: the browser's stack and memory are not the native ones (10^4 nested brackets once
// overflowed the wasm stack while native passed). Each input must give the same JSON as the
// native CLI, byte for byte, plus the counts that show it was read whole.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');

const root = path.resolve(__dirname, '../..');
const cli = process.env.GOUJI_CLI || path.join(root, 'build/native/gouji');
const coreJs = process.env.GOUJI_CORE_JS || path.join(root, 'build/wasm/gouji_core.js');
const corePromise = require(coreJs)();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-hostile-'));

function native(name, bytes) {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, bytes);
  try {
    return execFileSync(cli, ['check', '--format', 'json', f], { encoding: 'utf8', maxBuffer: 256 << 20 }).trim();
  } catch (e) {
    if (e.status !== 1) throw e;  // 1: error findings present
    return e.stdout.trim();
  } finally {
    fs.unlinkSync(f);
  }
}

// The wasm JSON (checked equal to the CLI's) and its findings by rule.
async function both(name, bytes) {
  const core = await corePromise;
  const wasm = core.analyzeBytes(new Uint8Array(bytes), JSON.stringify({ path: path.join(tmp, name) }));
  assert.equal(wasm, native(name, bytes), 'wasm and native JSON differ');
  const doc = JSON.parse(wasm).documents[0];
  const count = {};
  // How many times each rule fired: past the per-rule cap (core/report/finding_cap.h) the rest
  // are counted in one note "… 另有 N 条 Rxx 发现未逐条列出…", itself not a finding of the rule.
  for (const f of doc.findings) {
    const note = /^… 另有 (\d+) 条 (R\d+) 发现未逐条列出/.exec(f.message);
    if (note) count[note[2]] = (count[note[2]] || 0) + Number(note[1]);
    else if (!/^… 另有 /.test(f.message)) count[f.rule] = (count[f.rule] || 0) + 1;
  }
  return { doc, count };
}

// A ZIP with stored or deflated members (what zip_builder.h makes for the native tests).
function zip(members) {
  const locals = [], centrals = [];
  let offset = 0;
  for (const [name, data, deflate] of members) {
    const body = deflate ? zlib.deflateRawSync(data) : data;
    const crc = zlib.crc32 ? zlib.crc32(data) : 0;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(deflate ? 8 : 0, 8);
    head.writeUInt32LE(crc >>> 0, 14); head.writeUInt32LE(body.length, 18); head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(Buffer.byteLength(name), 26);
    const local = Buffer.concat([head, Buffer.from(name), body]);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0); cen.writeUInt16LE(20, 4); cen.writeUInt16LE(20, 6); cen.writeUInt16LE(deflate ? 8 : 0, 10);
    cen.writeUInt32LE(crc >>> 0, 16); cen.writeUInt32LE(body.length, 20); cen.writeUInt32LE(data.length, 24);
    cen.writeUInt16LE(Buffer.byteLength(name), 28); cen.writeUInt32LE(offset, 42);
    centrals.push(Buffer.concat([cen, Buffer.from(name)]));
    locals.push(local);
    offset += local.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(members.length, 8); end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const faulty = '收入10万元，其中A 4万元、B 5万元。';  // 4 + 5 ≠ 10: one R01 each time

test('wasm hostile: 10^5 nested brackets around a faulty sum, and unbalanced ones', async () => {
  const n = 100000;
  const { count } = await both('nested.txt', Buffer.from('（'.repeat(n) + faulty + '）'.repeat(n)));
  assert.equal(count.R01, 1);
  assert.deepEqual((await both('open.txt', Buffer.from('（'.repeat(n)))).count, {});
  assert.deepEqual((await both('mixed.txt', Buffer.from('【（“'.repeat(n)))).count, {});
});

// Sizes below are the native suite's where the risk is depth or length (brackets, one long
// line, many parts); where it is only the number of findings (headings), a fifth of it keeps the
// JSON of both runs small enough for CI.
test('wasm hostile: a 1 MB line without a break is read whole', async () => {
  const piece = '中'.repeat(300) + faulty;  // a faulty sum every ~1 KB
  const n = Math.floor((1 << 20) / Buffer.byteLength(piece));
  const { count } = await both('line.txt', Buffer.from(piece.repeat(n)));
  assert.equal(count.R01, n);
});

test('wasm hostile: 2·10^4 headings, every one misnumbered', async () => {
  const n = 20000;
  let s = '';
  for (let i = 0; i < n; ++i) s += (i % 2 ? '三、标题' : '一、标题') + i + '\n';
  const { count } = await both('headings.txt', Buffer.from(s));
  assert.equal(count.R70, n / 2);
  assert.equal(count.R70 + (count.R71 || 0), n - 1);
});

test('wasm hostile: a total with 10^5 parts is one finding with every part as a span', async () => {
  const n = 100000;
  const { doc, count } = await both('parts.txt', Buffer.from('支出合计1万元，其中' + 'A 1万元、'.repeat(n) + '。'));
  assert.equal(count.R01, 1);
  assert.equal(doc.findings.find((f) => f.rule === 'R01').spans.length, n + 1);
});

test('wasm hostile: binary, empty and invalid UTF-8 input get their messages', async () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000010000000100806000000', 'hex');
  assert.deepEqual((await both('image.png', Buffer.concat([png, Buffer.alloc(256, 7)]))).count, { E02: 1 });
  assert.deepEqual((await both('empty.txt', Buffer.alloc(0))).count, { E03: 1 });
  const bad = await both('bad.txt', Buffer.concat([Buffer.from(faulty), Buffer.from([0xff, 0xfe, 0xc3, 0x0a])]));
  assert.deepEqual(bad.count, { E01: 1, R01: 1 });
});

test('wasm hostile: .docx zip bombs and malformed parts are refused with E04', async () => {
  const bomb = zip([['word/document.xml', Buffer.alloc(20 << 20), true]]);
  assert.ok(bomb.length < 100000);
  const r = await both('bomb.docx', bomb);
  assert.deepEqual(r.count, { E04: 1 });
  assert.match(r.doc.findings[0].message, /解压后过大/);
  const garbage = await both('garbage.docx', zip([['word/document.xml', Buffer.from('\0\x01\x02garbage<<<', 'latin1'), false]]));
  assert.deepEqual(garbage.count, { E04: 1 });
  const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;">]>' +
                 '<w:document><w:body><w:p><w:r><w:t>&lol1;</w:t></w:r></w:p></w:body></w:document>';
  const xxe = await both('laughs.docx', zip([['word/document.xml', Buffer.from(laughs), true]]));
  assert.deepEqual(xxe.count, { E04: 1 });
  assert.match(xxe.doc.findings[0].message, /DOCTYPE or entity declaration/);
});
