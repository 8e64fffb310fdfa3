// Runs first and is written in ES3 so that even IE "compatibility mode" (no Promise, no ES6)
// gets a clear message instead of a page that silently never becomes ready.
(function () {
  var old = typeof Promise === 'undefined' || typeof Object.assign !== 'function' ||
            typeof Uint8Array === 'undefined' || !document.addEventListener;
  if (!old) return;
  window.GOUJI_TOO_OLD = true;
  window.onload = function () {
    var s = document.getElementById('status');
    var msg = '此浏览器版本过旧或处于兼容模式，无法运行检查。请使用 360 安全浏览器 10 以上（极速模式）或 Chrome 57 以上版本打开本文件。' +
              ' This browser is too old (or in IE compatibility mode). Open this file in Chrome 57+ or 360 Secure Browser 10+ (speed mode).';
    if (s) { if ('textContent' in s) s.textContent = msg; else s.innerText = msg; s.className = 'status bad'; }
  };
})();
