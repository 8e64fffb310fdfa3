// The Web Worker side: runs after the inlined core in the same Blob; answers {id, method, args}.
(function () {
  'use strict';
  var core = GoujiCore();
  core.then(function () { postMessage({ready: true}); }, function (e) { postMessage({ready: false, error: String(e && e.message || e)}); });
  onmessage = function (e) {
    var m = e.data;
    core.then(function (c) {
      try {
        postMessage({id: m.id, result: c[m.method].apply(null, m.args)});
      } catch (err) {
        postMessage({id: m.id, error: String(err && err.message || err)});
      }
    });
  };
})();
