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
  onmessage = function (e) {
    var m = e.data;
    core.then(function (c) {
      try {
        postMessage({id: m.id, result: c[m.method].apply(null, m.args)});
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
