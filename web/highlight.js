// Renders report text with findings highlighted, as text nodes only (never innerHTML): the text
// is cut at every span boundary and each piece knows which findings cover it. Shared by the page
// and the <gouji-checker> element.
(function () {
  'use strict';
  var rank = {error: 0, warning: 1, info: 2};

  function render(container, text, findings) {
    var cuts = {0: true};
    cuts[text.length] = true;
    findings.forEach(function (f) {
      f.spans.forEach(function (s) { cuts[s.start] = true; cuts[s.end] = true; });
    });
    var points = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
    var frag = document.createDocumentFragment();
    for (var i = 0; i + 1 < points.length; i++) {
      var a = points[i], b = points[i + 1];
      if (b <= a || a >= text.length) continue;
      var piece = text.slice(a, b), primary = [], related = [], sev = null;
      for (var fi = 0; fi < findings.length; fi++) {
        var f = findings[fi];
        for (var k = 0; k < f.spans.length; k++) {
          var s = f.spans[k];
          if (s.start <= a && b <= s.end && s.end > s.start) {
            (s.role === 'primary' ? primary : related).push(fi);
            if (sev === null || rank[f.severity] < rank[sev]) sev = f.severity;
          }
        }
      }
      if (!primary.length && !related.length) {
        frag.appendChild(document.createTextNode(piece));
        continue;
      }
      var span = document.createElement('span');
      span.className = 'hl ' + sev + (primary.length ? ' primary' : ' related');
      span.setAttribute('data-primary', primary.join(' '));
      span.setAttribute('data-related', related.join(' '));
      span.setAttribute('data-start', String(a));
      span.appendChild(document.createTextNode(piece));
      frag.appendChild(span);
    }
    // A trailing newline needs a character after it to keep the layout of a textarea.
    frag.appendChild(document.createTextNode('\n'));
    container.textContent = '';
    container.appendChild(frag);
  }

  function pieces(container, fi, role) {
    var attr = role === 'primary' ? 'data-primary' : 'data-related';
    return Array.prototype.filter.call(container.querySelectorAll('.hl'), function (e) {
      return (' ' + e.getAttribute(attr) + ' ').indexOf(' ' + fi + ' ') >= 0;
    });
  }

  window.GoujiHighlight = {render: render, pieces: pieces};
})();
