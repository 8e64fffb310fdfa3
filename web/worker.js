// The Web Worker side: runs after web/inflate.js and the inlined core in the same Blob. The first
// message brings the deflated wasm binary (base64); then it answers {id, method, args}.
(function () {
  'use strict';
  var core = null;
  onmessage = function (e) {
    var m = e.data;
    if (m.init) {
      try {
        var packed = m.wasmBase64 ? GoujiInflate.fromBase64(m.wasmBase64) : null;
        core = (packed ? GoujiInflate.unpack(packed) : Promise.resolve(null)).then(function (wasm) {
          return GoujiCore(wasm ? {wasmBinary: wasm} : {});
        });
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
