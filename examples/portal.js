// The portal's own script: shows the element's status sentence from its gouji-change event.
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var out = document.getElementById('portal-status'), checker = document.getElementById('checker');
  checker.addEventListener('gouji-change', function (e) { out.textContent = e.detail.status; });
  if (checker.status) out.textContent = checker.status;  // the first check may have finished before this listener
});
