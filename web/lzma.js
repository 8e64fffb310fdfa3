// LZMA decoder ("alone" format: 1 byte lc/lp/pb, 4 bytes dictionary size, 8 bytes unpacked size,
// then the range-coded stream), after the LZMA SDK's reference decoder (LzmaSpec.cpp, public
// domain). The page stores the WebAssembly core and its wasm2js twin LZMA-compressed: gzip of the
// page is what a portal serves and a USB stick holds, and LZMA is ~25% smaller than deflate.
// ES5, no dependencies; used on the main thread and, for the wasm2js twin, only by old browsers.
(function (root) {
  'use strict';
  function decode(inp) {
    var props = inp[0], lc = props % 9, lp = ((props / 9) | 0) % 5, pb = (props / 45) | 0;
    var size = 0;
    for (var i = 0; i < 6; i++) size += inp[5 + i] * Math.pow(2, 8 * i);
    if (inp[11] !== 0 || inp[12] !== 0 || lc > 8 || lp > 4 || pb > 4) throw new Error('lzma: unsupported header');
    var out = new Uint8Array(size), outPos = 0;
    var pos = 13, range = 0xFFFFFFFF, code = 0;
    if (inp[pos++] !== 0) throw new Error('lzma: corrupt stream');
    for (i = 0; i < 4; i++) code = (code * 256 + inp[pos++]) >>> 0;

    function probs(n) { var a = new Uint16Array(n); for (var k = 0; k < n; k++) a[k] = 1024; return a; }
    function bit(p, i) {
      var v = p[i], bound = (range >>> 11) * v, b;
      if (code < bound) { range = bound; p[i] = v + ((2048 - v) >>> 5); b = 0; }
      else { range -= bound; code -= bound; p[i] = v - (v >>> 5); b = 1; }
      if (range < 16777216) { range = (range * 256) >>> 0; code = (code * 256 + inp[pos++]) >>> 0; }
      return b;
    }
    function tree(p, base, bits) {
      var m = 1;
      for (var k = 0; k < bits; k++) m = (m << 1) + bit(p, base + m);
      return m - (1 << bits);
    }
    function reverse(p, base, bits) {
      var m = 1, sym = 0;
      for (var k = 0; k < bits; k++) { var b = bit(p, base + m); m = (m << 1) + b; sym |= b << k; }
      return sym;
    }
    function direct(bits) {
      var res = 0;
      for (var k = 0; k < bits; k++) {
        range = range >>> 1;
        var b = code >= range ? 1 : 0;
        if (b) code -= range;
        res = res * 2 + b;
        if (range < 16777216) { range = (range * 256) >>> 0; code = (code * 256 + inp[pos++]) >>> 0; }
      }
      return res;
    }
    function lenCoder() { return {choice: probs(2), low: probs(16 << 3), mid: probs(16 << 3), high: probs(256)}; }
    function len(c, posState) {
      if (!bit(c.choice, 0)) return tree(c.low, posState << 3, 3);
      if (!bit(c.choice, 1)) return 8 + tree(c.mid, posState << 3, 3);
      return 16 + tree(c.high, 0, 8);
    }

    var lit = probs(0x300 << (lc + lp));
    var isMatch = probs(12 << 4), isRep = probs(12), isRepG0 = probs(12), isRepG1 = probs(12), isRepG2 = probs(12);
    var isRep0Long = probs(12 << 4), posSlot = probs(4 << 6), posDec = probs(1 + 114), align = probs(16);
    var lenDec = lenCoder(), repLenDec = lenCoder();
    var state = 0, rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0, pbMask = (1 << pb) - 1, lpMask = (1 << lp) - 1;

    while (outPos < size) {
      var posState = outPos & pbMask;
      if (!bit(isMatch, (state << 4) + posState)) {
        var prev = outPos > 0 ? out[outPos - 1] : 0;
        var base = 0x300 * (((outPos & lpMask) << lc) + (prev >>> (8 - lc)));
        var sym = 1;
        if (state >= 7) {
          var match = out[outPos - rep0 - 1];
          do {
            var mb = (match >>> 7) & 1;
            match <<= 1;
            var b = bit(lit, base + ((1 + mb) << 8) + sym);
            sym = (sym << 1) | b;
            if (mb !== b) break;
          } while (sym < 0x100);
        }
        while (sym < 0x100) sym = (sym << 1) | bit(lit, base + sym);
        out[outPos++] = sym & 0xFF;
        state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
        continue;
      }
      var n;
      if (bit(isRep, state)) {
        if (outPos === 0) throw new Error('lzma: corrupt stream');
        if (!bit(isRepG0, state)) {
          if (!bit(isRep0Long, (state << 4) + posState)) {
            state = state < 7 ? 9 : 11;
            out[outPos] = out[outPos - rep0 - 1];
            outPos++;
            continue;
          }
        } else {
          var dist;
          if (!bit(isRepG1, state)) dist = rep1;
          else {
            if (!bit(isRepG2, state)) dist = rep2;
            else { dist = rep3; rep3 = rep2; }
            rep2 = rep1;
          }
          rep1 = rep0;
          rep0 = dist;
        }
        n = len(repLenDec, posState);
        state = state < 7 ? 8 : 11;
      } else {
        rep3 = rep2; rep2 = rep1; rep1 = rep0;
        n = len(lenDec, posState);
        state = state < 7 ? 7 : 10;
        var slot = tree(posSlot, (n < 3 ? n : 3) << 6, 6);
        if (slot < 4) rep0 = slot;
        else {
          var nd = (slot >>> 1) - 1;
          rep0 = (2 | (slot & 1)) * Math.pow(2, nd);
          if (slot < 14) rep0 += reverse(posDec, rep0 - slot, nd);
          else rep0 += direct(nd - 4) * 16 + reverse(align, 0, 4);
          if (rep0 === 0xFFFFFFFF) break;  // end marker
        }
        if (rep0 >= outPos) throw new Error('lzma: corrupt stream');
      }
      n += 2;
      if (n > size - outPos) n = size - outPos;
      for (; n > 0; n--, outPos++) out[outPos] = out[outPos - rep0 - 1];
    }
    if (outPos !== size || pos > inp.length) throw new Error('lzma: truncated stream');
    return out;
  }

  // base64 → bytes (atob is in every browser this page supports, and in Node ≥ 16).
  function fromBase64(s) {
    var bin = atob(s.replace(/\s+/g, '')), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  function utf8(bytes) {
    if (typeof TextDecoder === 'function') return new TextDecoder('utf-8').decode(bytes);
    var s = '';
    for (var i = 0; i < bytes.length; i += 8192) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
    return decodeURIComponent(escape(s));
  }

  root.GoujiLzma = {decode: decode, fromBase64: fromBase64, utf8: utf8};
})(typeof window !== 'undefined' ? window : typeof self !== 'undefined' ? self : globalThis);
