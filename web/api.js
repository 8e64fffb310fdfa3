// window.gouji: the core's API for the page and for scripts embedding it; every call returns a
// Promise of the parsed JSON result. The engine is chosen once, best first:
//   1. a Web Worker made from a Blob of the inlined core (typing never waits for a check);
//   2. the core on the main thread (where workers are blocked, or when the core was loaded as
//      a separate <script src="gouji-core.js">, as portals do);
//   3. the wasm2js build (no WebAssembly, or a CSP that forbids compiling it).
(function () {
  'use strict';
  function byId(id) { return document.getElementById(id); }

  // Runs an inlined source as a classic script (its sha256 is in the page's CSP).
  function inject(id) {
    var src = byId(id);
    if (!src) return false;
    var s = document.createElement('script');
    s.textContent = src.textContent;
    document.head.appendChild(s);
    return typeof GoujiCore === 'function';
  }

  function mainEngine(kind) {
    return GoujiCore().then(function (core) {
      return {kind: kind, call: function (method, args) {
        return new Promise(function (resolve) { resolve(core[method].apply(null, args)); });
      }};
    });
  }

  function workerEngine() {
    return new Promise(function (resolve, reject) {
      var core = byId('gouji-core-src'), glue = byId('gouji-worker-src');
      if (!core || !glue || typeof Worker === 'undefined' || typeof Blob === 'undefined' || typeof WebAssembly !== 'object')
        return reject(new Error('no worker'));
      var worker;
      try {
        var url = URL.createObjectURL(new Blob([core.textContent, '\n', glue.textContent], {type: 'text/javascript'}));
        worker = new Worker(url);
      } catch (e) {
        return reject(e);
      }
      var pending = {}, next = 1;
      var timer = setTimeout(function () { reject(new Error('worker did not start')); }, 8000);
      worker.onerror = function (e) { clearTimeout(timer); reject(new Error(e.message || 'worker error')); };
      worker.onmessage = function (e) {
        var m = e.data;
        if (m.ready !== undefined) {
          clearTimeout(timer);
          if (!m.ready) return reject(new Error(m.error));
          return resolve({kind: 'worker', call: function (method, args) {
            return new Promise(function (res, rej) {
              var id = next++;
              pending[id] = {res: res, rej: rej};
              worker.postMessage({id: id, method: method, args: args});
            });
          }});
        }
        var p = pending[m.id];
        delete pending[m.id];
        if (p) { if (m.error) p.rej(new Error(m.error)); else p.res(m.result); }
      };
    });
  }

  function asmjsEngine() {
    if (!inject('gouji-core-asmjs-src')) return Promise.reject(new Error('WebAssembly is not available and no fallback is bundled'));
    return mainEngine('asmjs');
  }

  var engine;
  if (typeof GoujiCore === 'function') {
    engine = mainEngine(typeof WebAssembly === 'object' ? 'main' : 'asmjs');
  } else if (typeof WebAssembly !== 'object') {
    engine = asmjsEngine();
  } else {
    engine = workerEngine().catch(function () {
      if (!inject('gouji-core-src')) throw new Error('core missing');
      return mainEngine('main');
    }).catch(asmjsEngine);
  }

  function call(method, args) {
    return engine.then(function (e) { return e.call(method, args); });
  }
  function opts(o) { return JSON.stringify(o || {}); }

  window.gouji = {
    ready: engine.then(function () { return true; }),
    engine: function () { return engine.then(function (e) { return e.kind; }); },
    analyze: function (text, options) { return call('analyze', [String(text), opts(options)]).then(JSON.parse); },
    analyzeBytes: function (bytes, options) { return call('analyzeBytes', [bytes, opts(options)]).then(JSON.parse); },
    extract: function (text, options) { return call('extract', [String(text), opts(options)]).then(JSON.parse); },
    version: function () { return call('version', []); }
  };
})();
