// zlib (RFC 1950/1951) decoder for the page's inlined WebAssembly binary. The page stores the
// binary deflated rather than LZMA-packed: LZMA is ~20% smaller but took ~200 ms to unpack in a
// cold worker, most of the time to "ready". unpack() uses the browser's DecompressionStream where
// there is one; inflate() is the table-driven fallback for older kernels (360 browsers before
// Chromium 80) and takes 10–50 ms in Node.
// The Adler-32 trailer is checked, so a damaged page fails loudly instead of compiling garbage.
// ES5, no dependencies; runs in the worker (and on the main thread where workers are blocked).
(function (root) {
  'use strict';
  var LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
  var LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  var DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                   4097, 6145, 8193, 12289, 16385, 24577];
  var DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
  var CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

  function fail(what) { throw new Error('inflate: ' + what); }

  // A canonical Huffman code as one lookup table indexed by the next `bits` input bits (LSB
  // first): entry = symbol << 4 | code length, 0 where no code fits (an invalid stream).
  function table(lengths, n) {
    var count = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], max = 0, i;
    for (i = 0; i < n; i++) { count[lengths[i]]++; if (lengths[i] > max) max = lengths[i]; }
    count[0] = 0;
    var next = [0, 0], code = 0;
    for (i = 1; i <= 15; i++) { code = (code + count[i - 1]) << 1; next[i + 1] = code; }
    var bits = max || 1, t = new Int32Array(1 << bits);
    for (var s = 0; s < n; s++) {
      var len = lengths[s];
      if (!len) continue;
      var c = next[len + 1]++;
      if (c >= (1 << len)) fail('over-subscribed code');
      var rev = 0;
      for (i = 0; i < len; i++) { rev = (rev << 1) | (c & 1); c >>= 1; }
      for (var j = rev; j < t.length; j += 1 << len) t[j] = (s << 4) | len;
    }
    return {t: t, bits: bits};
  }

  var fixedLit, fixedDist;
  function fixed() {
    if (!fixedLit) {
      var l = new Uint8Array(288), i;
      for (i = 0; i < 144; i++) l[i] = 8;
      for (; i < 256; i++) l[i] = 9;
      for (; i < 280; i++) l[i] = 7;
      for (; i < 288; i++) l[i] = 8;
      fixedLit = table(l, 288);
      var d = new Uint8Array(30);
      for (i = 0; i < 30; i++) d[i] = 5;
      fixedDist = table(d, 30);
    }
  }

  function inflate(inp) {
    if (inp.length < 2 || (inp[0] & 15) !== 8 || ((inp[0] << 8) | inp[1]) % 31 !== 0 || (inp[1] & 32))
      fail('not a zlib stream');
    var pos = 2, bitbuf = 0, bitcnt = 0;
    var out = new Uint8Array(Math.max(1024, inp.length * 4)), n = 0;

    // Input past the end reads as zeros up to 4 bytes (the lookahead of a table lookup), then fails.
    function need(k) {
      while (bitcnt < k) {
        if (pos >= inp.length + 4) fail('truncated stream');
        bitbuf |= (pos < inp.length ? inp[pos] : 0) << bitcnt;
        pos++;
        bitcnt += 8;
      }
    }
    function take(k) {
      need(k);
      var v = bitbuf & ((1 << k) - 1);
      bitbuf >>>= k;
      bitcnt -= k;
      return v;
    }
    function sym(h) {
      need(h.bits);
      var e = h.t[bitbuf & ((1 << h.bits) - 1)];
      if (!e) fail('invalid code');
      bitbuf >>>= e & 15;
      bitcnt -= e & 15;
      return e >> 4;
    }
    function room(k) {
      if (n + k <= out.length) return;
      var bigger = new Uint8Array(Math.max(out.length * 2, n + k));
      bigger.set(out.subarray(0, n));
      out = bigger;
    }

    var last;
    do {
      last = take(1);
      var type = take(2), lit, dist;
      if (type === 0) {
        pos -= bitcnt >> 3;  // stored block: byte aligned; give back whole bytes a lookup read ahead
        bitbuf = 0; bitcnt = 0;
        if (pos + 4 > inp.length) fail('truncated stream');
        var len = inp[pos] | (inp[pos + 1] << 8);
        if ((len ^ 0xFFFF) !== (inp[pos + 2] | (inp[pos + 3] << 8))) fail('bad stored block');
        pos += 4;
        if (pos + len > inp.length) fail('truncated stream');
        room(len);
        out.set(inp.subarray(pos, pos + len), n);
        n += len; pos += len;
        continue;
      } else if (type === 1) {
        fixed();
        lit = fixedLit; dist = fixedDist;
      } else if (type === 2) {
        var hlit = take(5) + 257, hdist = take(5) + 1, hclen = take(4) + 4, i;
        var cl = new Uint8Array(19);
        for (i = 0; i < hclen; i++) cl[CL_ORDER[i]] = take(3);
        var clh = table(cl, 19), lens = new Uint8Array(hlit + hdist);
        for (i = 0; i < hlit + hdist;) {
          var s = sym(clh), rep, val = 0;
          if (s < 16) { lens[i++] = s; continue; }
          if (s === 16) { if (!i) fail('repeat with no previous length'); val = lens[i - 1]; rep = 3 + take(2); }
          else if (s === 17) rep = 3 + take(3);
          else rep = 11 + take(7);
          if (i + rep > hlit + hdist) fail('too many code lengths');
          while (rep--) lens[i++] = val;
        }
        lit = table(lens.subarray(0, hlit), hlit);
        dist = table(lens.subarray(hlit), hdist);
      } else {
        fail('invalid block type');
      }
      var lt = lit.t, lmask = (1 << lit.bits) - 1, lbits = lit.bits;
      for (;;) {
        // The hot path, inlined: refill, look up, consume.
        if (bitcnt < lbits) need(lbits);
        var e = lt[bitbuf & lmask];
        if (!e) fail('invalid code');
        bitbuf >>>= e & 15;
        bitcnt -= e & 15;
        var c = e >> 4;
        if (c < 256) {
          if (n === out.length) room(1);
          out[n++] = c;
          continue;
        }
        if (c === 256) break;
        c -= 257;
        if (c >= 29) fail('invalid length code');
        var length = LEN_BASE[c] + take(LEN_EXTRA[c]);
        var d = sym(dist);
        if (d >= 30) fail('invalid distance code');
        var back = DIST_BASE[d] + take(DIST_EXTRA[d]);
        if (back > n) fail('distance too far back');
        room(length);
        for (var k = n - back, end = n + length; n < end;) out[n++] = out[k++];
      }
    } while (!last);

    // The Adler-32 of the output follows, byte aligned and big-endian.
    pos -= bitcnt >> 3;
    if (pos + 4 > inp.length) fail('truncated stream');
    var a = 1, b = 0;
    for (var p = 0; p < n;) {
      for (var stop = Math.min(n, p + 3800); p < stop; p++) { a += out[p]; b += a; }
      a %= 65521; b %= 65521;
    }
    var want = ((inp[pos] << 24) | (inp[pos + 1] << 16) | (inp[pos + 2] << 8) | inp[pos + 3]) >>> 0;
    if ((((b << 16) | a) >>> 0) !== want) fail('checksum mismatch (damaged data)');
    return out.subarray(0, n);
  }

  // base64 → bytes: the native decoder where there is one (Chromium ≥ 140: ~1 ms where the loop
  // below takes ~15–30 ms in a cold worker), else atob (every browser this page supports).
  function fromBase64(s) {
    if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(s.replace(/\s+/g, ''));
    var bin = atob(s.replace(/\s+/g, '')), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  // The browser's own zlib where it has one (DecompressionStream, Chromium ≥ 80: ~2 ms against
  // 50–150 ms for inflate() in a cold worker), else inflate(). Both check the Adler-32.
  function unpack(bytes) {
    if (typeof DecompressionStream !== 'function' || typeof Response !== 'function' || typeof Blob !== 'function')
      return Promise.resolve().then(function () { return inflate(bytes); });
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'))).arrayBuffer()
      .then(function (buf) { return new Uint8Array(buf); }, function (err) {
        throw new Error('inflate: damaged data (' + (err && err.message || err) + ')');
      });
  }

  root.GoujiInflate = {inflate: inflate, unpack: unpack, fromBase64: fromBase64};
})(typeof window !== 'undefined' ? window : typeof self !== 'undefined' ? self : globalThis);
