// web/inflate.js, the page's unpacker for its inlined wasm binary: every kind of deflate block
// Node's zlib writes comes back byte for byte, and damaged input throws instead of returning
// bytes that would then be compiled.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const zlib = require('node:zlib');
const crypto = require('node:crypto');

require(path.resolve(__dirname, '../../web/inflate.js'));
const { inflate } = globalThis.GoujiInflate;
const unpack = (z) => Buffer.from(inflate(new Uint8Array(z)));

// Text that compresses like code: repeats at every distance, plus random bytes (stored blocks).
const sample = Buffer.concat([
  Buffer.from('报告期内一般公共预算拨款5.92万元，'.repeat(2000)),
  crypto.randomBytes(70000),
  Buffer.from(Array.from({ length: 40000 }, (_, i) => (i * 7919) % 251)),
]);

for (const [name, opts] of [
  ['dynamic Huffman (level 9)', { level: 9 }],
  ['fast (level 1)', { level: 1 }],
  ['stored blocks only (level 0)', { level: 0 }],
  ['fixed Huffman', { level: 9, strategy: zlib.constants.Z_FIXED }],
  ['Huffman only, no matches', { strategy: zlib.constants.Z_HUFFMAN_ONLY }],
  ['run-length matches', { strategy: zlib.constants.Z_RLE }],
]) {
  test(`inflate restores ${name}`, () => {
    assert.equal(Buffer.compare(unpack(zlib.deflateSync(sample, opts)), sample), 0);
  });
}

test('inflate restores empty and one-byte inputs', () => {
  assert.equal(unpack(zlib.deflateSync(Buffer.alloc(0))).length, 0);
  assert.equal(unpack(zlib.deflateSync(Buffer.from('x'))).toString(), 'x');
});

test('inflate rejects a stream that is not zlib', () => {
  assert.throws(() => unpack(zlib.deflateRawSync(sample)), /not a zlib stream/);
  assert.throws(() => unpack(Buffer.from('hello world')), /not a zlib stream/);
});

test('inflate rejects a truncated stream', () => {
  const z = zlib.deflateSync(sample, { level: 9 });
  for (const keep of [3, 100, z.length >> 1, z.length - 2])
    assert.throws(() => unpack(z.subarray(0, keep)), /truncated|invalid|checksum|distance/);
});

test('inflate rejects damaged bytes: a flipped bit is caught, by the codes or by the checksum', () => {
  const z = zlib.deflateSync(sample, { level: 9 });
  let caught = 0;
  for (let i = 0; i < 200; ++i) {
    const bad = Buffer.from(z);
    const at = 2 + ((i * 104729) % (bad.length - 2));
    bad[at] ^= 1 << (i % 8);
    try { unpack(bad); } catch (e) { assert.match(e.message, /^inflate: /); caught++; }
  }
  assert.equal(caught, 200);
});

test('unpack uses the runtime\'s DecompressionStream where there is one, inflate() where not, with the same bytes', async () => {
  const z = new Uint8Array(zlib.deflateSync(sample, { level: 9 }));
  assert.equal(typeof globalThis.DecompressionStream, 'function', 'this Node has no DecompressionStream');
  const native = Buffer.from(await globalThis.GoujiInflate.unpack(z));
  const saved = globalThis.DecompressionStream;
  delete globalThis.DecompressionStream;
  try {
    const fallback = Buffer.from(await globalThis.GoujiInflate.unpack(z));
    assert.equal(Buffer.compare(fallback, sample), 0);
    await assert.rejects(globalThis.GoujiInflate.unpack(z.subarray(0, z.length - 3)), /^Error: inflate: /);
  } finally {
    globalThis.DecompressionStream = saved;
  }
  assert.equal(Buffer.compare(native, sample), 0);
  await assert.rejects(globalThis.GoujiInflate.unpack(z.subarray(0, z.length - 3)), /^Error: inflate: damaged data/);
});

test('fromBase64 restores bytes, with or without line breaks in the text', () => {
  const bytes = crypto.randomBytes(100001);
  const b64 = bytes.toString('base64');
  assert.equal(Buffer.compare(Buffer.from(globalThis.GoujiInflate.fromBase64(b64)), bytes), 0);
  const wrapped = b64.replace(/.{76}/g, '$&\n');
  assert.equal(Buffer.compare(Buffer.from(globalThis.GoujiInflate.fromBase64(wrapped)), bytes), 0);
});
