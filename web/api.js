// window.gouji: the core's API for the page and for scripts embedding it; every call returns a
// Promise of the parsed JSON result. The engine is chosen once, best first:
//   1. a Web Worker made from a Blob of the inlined core (typing never waits for a check);
//   2. the core on the main thread (where workers are blocked, or when the core was loaded as
//      a separate <script src="gouji-core.js">, as portals do);
//   3. the wasm2js build (no WebAssembly, or a CSP that forbids compiling it): gouji-core-asmjs.js
//      from the page's own folder (the single-file page does not inline it: it is as large as
//      the rest of the page together).
// The single-file page carries the wasm binary deflated (#gouji-wasm-deflate, inflated by
// GoujiInflate); portals load gouji-core.js, which has the binary inlined, and skip all that.
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

  // The compressed wasm binary inlined in the page, or null (portals: the core has its own).
  function packedWasm() {
    var el = byId('gouji-wasm-deflate');
    return el && window.GoujiInflate ? window.GoujiInflate.fromBase64(el.textContent) : null;
  }
  function moduleArgs() {
    var packed = packedWasm();
    return packed ? window.GoujiInflate.unpack(packed).then(function (wasm) { return {wasmBinary: wasm}; }) : Promise.resolve({});
  }

  function mainEngine(kind, args) {
    return GoujiCore(args || {}).then(function (core) {
      return {kind: kind, call: function (method, args) {
        return new Promise(function (resolve) { resolve(core[method].apply(null, args)); });
      }};
    });
  }

  function workerEngine() {
    return new Promise(function (resolve, reject) {
      var core = byId('gouji-core-src'), glue = byId('gouji-worker-src'), inflater = byId('gouji-inflate-src');
      if (!core || !glue || !inflater || typeof Worker === 'undefined' || typeof Blob === 'undefined' || typeof WebAssembly !== 'object')
        return reject(new Error('no worker'));
      var worker;
      try {
        // The deflated binary goes into the Blob as a string literal (base64 needs no escaping);
        // the worker decodes and inflates it itself, off the main thread.
        var wasm = byId('gouji-wasm-deflate');
        var url = URL.createObjectURL(new Blob([inflater.textContent, '\n', core.textContent, '\n',
          'self.GOUJI_WASM_BASE64 = "' + (wasm ? wasm.textContent.replace(/[^A-Za-z0-9+\/=]/g, '') : '') + '";\n',
          glue.textContent], {type: 'text/javascript'}));
        worker = new Worker(url);
      } catch (e) {
        return reject(e);
      }
      var pending = {}, next = 1, started = false, eng = null;
      var timer = setTimeout(function () { reject(new Error('worker did not start')); }, 8000);
      // The worker died (an uncaught error, or a trap that left the wasm instance unusable):
      // every call in flight fails with a `crashed` error, which call() answers with a new worker.
      function crash(why) {
        if (!eng || eng.dead) return;
        eng.dead = true;
        try { worker.terminate(); } catch (e) { /* already gone */ }
        var calls = pending;
        pending = {};
        Object.keys(calls).forEach(function (id) {
          var err = new Error(why);
          err.crashed = true;
          calls[id].rej(err);
        });
      }
      worker.onerror = function (e) {
        clearTimeout(timer);
        if (!started) return reject(new Error(e.message || 'worker error'));
        if (e.preventDefault) e.preventDefault();
        crash(e.message || 'worker error');
      };
      worker.onmessage = function (e) {
        var m = e.data;
        if (m.ready !== undefined) {
          clearTimeout(timer);
          if (!m.ready) return reject(new Error(m.error));
          started = true;
          eng = {kind: 'worker', dead: false, call: function (method, args) {
            if (eng.dead) { var err = new Error('worker stopped'); err.crashed = true; return Promise.reject(err); }
            return new Promise(function (res, rej) {
              var id = next++;
              pending[id] = {res: res, rej: rej};
              worker.postMessage({id: id, method: method, args: args});
            });
          }};
          return resolve(eng);
        }
        var p = pending[m.id];
        if (m.part) { if (p) (p.parts || (p.parts = [])).push(m.part); return; }  // a long result's parts come first
        delete pending[m.id];
        if (m.fatal) crash(m.error);  // also fails the calls queued behind this one
        if (p) {
          if (!m.error && m.result && typeof m.result === 'object') m.result.parts = p.parts || [];
          if (!m.error) return p.res(m.result);
          var err = new Error(m.error);
          err.crashed = !!m.fatal;
          p.rej(err);
        }
      };
    });
  }

  // Loads the wasm2js twin from the page's folder (classic script: works from file:// too).
  function asmjsEngine() {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = 'gouji-core-asmjs.js';
      s.onload = function () {
        if (typeof GoujiCore !== 'function') return reject(new Error('gouji-core-asmjs.js did not define GoujiCore'));
        resolve(mainEngine('asmjs'));
      };
      s.onerror = function () {
        reject(new Error('此浏览器不能运行 WebAssembly，且本页面所在文件夹中没有 gouji-core-asmjs.js（请将它与 gouji.html 放在一起）' +
                         ' / no WebAssembly here, and gouji-core-asmjs.js is not next to this page'));
      };
      document.head.appendChild(s);
    });
  }

  var engine;
  if (typeof GoujiCore === 'function') {
    engine = mainEngine(typeof WebAssembly === 'object' ? 'main' : 'asmjs');
  } else if (typeof WebAssembly !== 'object') {
    engine = asmjsEngine();
  } else {
    engine = workerEngine().catch(function () {
      if (!inject('gouji-core-src')) throw new Error('core missing');
      return moduleArgs().then(function (args) { return mainEngine('main', args); });
    }).catch(asmjsEngine);
  }

  // A call the crashed worker could not answer is asked again, once, of a fresh worker; the page
  // hears of the restart (gouji-engine-restarted) and keeps its text and decisions.
  function call(method, args, retried) {
    var used = engine;
    return used.then(function (e) { return e.call(method, args); }).catch(function (err) {
      if (!err || !err.crashed || retried) throw err;
      if (engine === used) {
        engine = workerEngine();
        engine.then(function () {
          if (typeof CustomEvent === 'function') document.dispatchEvent(new CustomEvent('gouji-engine-restarted'));
        }, function () { /* the retried call reports it */ });
      }
      return call(method, args, true);
    });
  }
  function opts(o) { return JSON.stringify(o || {}); }
  // The worker sends a long result in parts (worker.js): parsed a few at a time, one task each,
  // so the page keeps taking input while a 2 MB report's findings arrive.
  function parsed(out) {
    if (typeof out === 'string') return JSON.parse(out);
    return new Promise(function (resolve) {
      var r = JSON.parse(out.json), i = 0;
      (function next() {
        var t0 = Date.now();
        while (i < out.parts.length && Date.now() - t0 < 15) {
          var p = out.parts[i++];
          Array.prototype.push.apply(r.documents[p[0]][p[1]], JSON.parse(p[2]));
        }
        if (i < out.parts.length) setTimeout(next, 0); else resolve(r);
      })();
    });
  }

  window.gouji = {
    ready: engine.then(function () { return true; }),
    engine: function () { return engine.then(function (e) { return e.kind; }); },
    analyze: function (text, options) { return call('analyze', [String(text), opts(options)]).then(parsed); },
    analyzeBytes: function (bytes, options) { return call('analyzeBytes', [bytes, opts(options)]).then(parsed); },
    extract: function (text, options) { return call('extract', [String(text), opts(options)]).then(JSON.parse); },
    version: function () { return call('version', []); },
    // A document's findings by severity as the CLI counts them: a rule's findings past the
    // core's per-rule bound (doc.not_listed) are counted, the note that says so is not.
    count: function (doc, keep) {
      var n = {error: 0, warning: 0, info: 0}, hidden = doc.not_listed || {};
      (doc.findings || []).forEach(function (f) { if (!f.note && (!keep || keep(f))) n[f.severity]++; });
      Object.keys(n).forEach(function (k) { n[k] += hidden[k] || 0; });
      return n;
    }
  };
})();
