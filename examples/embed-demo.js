// The portal's own script (inline scripts are blocked by its CSP): listens to the element and
// calls the JS API directly.
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var count = document.getElementById('count');
  var checker = document.getElementById('checker');
  checker.addEventListener('gouji-change', function (e) {
    count.textContent = String(e.detail.findings.length);
  });
  // The first check may have finished before this listener existed.
  if (checker.result) count.textContent = String(checker.result.documents[0].findings.length);
  document.getElementById('api-run').addEventListener('click', function () {
    window.gouji.analyze('决算支出100万元，其中基本支出60万元，项目支出30万元。', {lang: 'zh'}).then(function (r) {
      document.getElementById('api-out').textContent = r.documents[0].findings.map(function (f) { return f.message; }).join('；');
    });
  });
});
