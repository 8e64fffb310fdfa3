// The Web Worker side: runs after web/inflate.js, the inlined core and the page's deflated wasm
// binary (self.GOUJI_WASM_BASE64) in the same Blob. It starts the core as soon as it runs — the
// binary travels in the Blob, not in a first message, because messages to a starting worker are
// relayed by the page's main thread, which is then busy laying out the page (~50 ms lost) — and
// then answers {id, method, args}.
(function () {
  'use strict';
  var core;
  try {
    var packed = self.GOUJI_WASM_BASE64 ? GoujiInflate.fromBase64(self.GOUJI_WASM_BASE64) : null;
    self.GOUJI_WASM_BASE64 = null;
    core = (packed ? GoujiInflate.unpack(packed) : Promise.resolve(null)).then(function (wasm) {
      return GoujiCore(wasm ? {wasmBinary: wasm} : {});
    });
  } catch (err) {
    core = Promise.reject(err);
  }
  self.goujiCore = core;  // reachable from a debugger (and the crash test) in the worker only
  core.then(function () { postMessage({ready: true}); }, function (err) { postMessage({ready: false, error: String(err && err.message || err)}); });
  // A long report's result (10 MB of JSON for 2 MB of text) in parts: the page parses the long
  // lists 200 items a task instead of blocking on one parse of the whole.
  function split(json) {
    var r = JSON.parse(json), parts = [];
    (r.documents || []).forEach(function (d, di) {
      Object.keys(d).forEach(function (k) {
        var a = d[k];
        if (!Array.isArray(a) || a.length <= 200) return;
        for (var i = 0; i < a.length; i += 200) parts.push([di, k, JSON.stringify(a.slice(i, i + 200))]);
        d[k] = [];
      });
    });
    return {json: JSON.stringify(r), parts: parts};
  }
  onmessage = function (e) {
    var m = e.data;
    core.then(function (c) {
      try {
        var out = c[m.method].apply(null, m.args);
        if ((m.method === 'analyze' || m.method === 'analyzeBytes') && out.length > 1000000) {
          // One message a part: the page takes each in its own task (one 10 MB message took
          // a third of a second to receive).
          out = split(out);
          out.parts.forEach(function (p) { postMessage({id: m.id, part: p}); });
          out.parts = out.parts.length;
        }
        postMessage({id: m.id, result: out});
      } catch (err) {
        // A trap or abort (out of memory, unreachable) leaves the wasm instance unusable: the page
        // starts a fresh worker instead of failing every later check.
        var fatal = (typeof WebAssembly === 'object' && err instanceof WebAssembly.RuntimeError) ||
                    /abort|out of memory|memory access/i.test(String(err && err.message || err));
        postMessage({id: m.id, error: String(err && err.message || err), fatal: fatal});
      }
    });
  };
})();
