// The Web Worker side: runs after web/lzma.js and the inlined core in the same Blob. The first
// message brings the LZMA-compressed wasm binary; then it answers {id, method, args}.
(function () {
  'use strict';
  var core = null;
  onmessage = function (e) {
    var m = e.data;
    if (m.init) {
      try {
        core = GoujiCore(m.wasmLzma ? {wasmBinary: GoujiLzma.decode(m.wasmLzma)} : {});
      } catch (err) {
        core = Promise.reject(err);
      }
      core.then(function () { postMessage({ready: true}); }, function (err) { postMessage({ready: false, error: String(err && err.message || err)}); });
      return;
    }
    core.then(function (c) {
      try {
        postMessage({id: m.id, result: c[m.method].apply(null, m.args)});
      } catch (err) {
        postMessage({id: m.id, error: String(err && err.message || err)});
      }
    });
  };
})();
