// window.gouji: the core's API for the page itself and for scripts embedding it.
// Every call returns a Promise of the parsed JSON result, so callers never see the wasm module.
(function () {
  'use strict';
  var ready = new Promise(function (resolve, reject) {
    if (typeof WebAssembly !== 'object') {
      reject(new Error('WebAssembly is not available in this browser'));
      return;
    }
    try {
      GoujiCore().then(resolve, reject);
    } catch (e) {
      reject(e);
    }
  });
  function opts(o) {
    return JSON.stringify(o || {});
  }
  window.gouji = {
    ready: ready.then(function () { return true; }),
    analyze: function (text, options) {
      return ready.then(function (core) { return JSON.parse(core.analyze(String(text), opts(options))); });
    },
    analyzeBytes: function (bytes, options) {
      return ready.then(function (core) { return JSON.parse(core.analyzeBytes(bytes, opts(options))); });
    },
    extract: function (text, options) {
      return ready.then(function (core) { return JSON.parse(core.extract(String(text), opts(options))); });
    },
    version: function () {
      return ready.then(function (core) { return core.version(); });
    }
  };
})();
