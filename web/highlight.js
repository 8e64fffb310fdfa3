// Renders report text with findings highlighted, as text nodes only (never innerHTML): the text
// is cut at every span boundary and each piece knows which findings cover it. Shared by the page
// and the <gouji-checker> element.
(function () {
  'use strict';
  var rank = {error: 0, warning: 1, info: 2};

  // `verified` (optional): spans of the numbers in relations the check verified as consistent;
  // where no finding covers them they get a quiet mark, so a reviewer sees what was checked.
  function render(container, text, findings, verified) {
    // One sweep over the span boundaries (a long report has thousands of findings: testing every
    // finding for every piece was quadratic and blocked a 2 MB report for seconds).
    var events = [];
    findings.forEach(function (f, fi) {
      f.spans.forEach(function (s) {
        if (s.end > s.start) { events.push([s.start, 1, fi, s.role === 'primary']); events.push([s.end, -1, fi, s.role === 'primary']); }
      });
    });
    (verified || []).forEach(function (s) {
      if (s.end > s.start) { events.push([s.start, 1, -1, false]); events.push([s.end, -1, -1, false]); }
    });
    events.sort(function (x, y) { return x[0] - y[0]; });
    var active = {}, frag = document.createDocumentFragment(), at = 0, ei = 0, marks = [], ok = 0;
    while (at < text.length) {
      while (ei < events.length && events[ei][0] <= at) {
        var ev = events[ei++];
        if (ev[2] < 0) { ok += ev[1]; continue; }
        var c = active[ev[2]] || (active[ev[2]] = [0, 0]);
        c[ev[3] ? 0 : 1] += ev[1];
        if (!c[0] && !c[1]) delete active[ev[2]];
      }
      var b = ei < events.length ? Math.min(events[ei][0], text.length) : text.length;
      var piece = text.slice(at, b), primary = [], related = [], sev = null;
      Object.keys(active).forEach(function (k) {
        var fi = Number(k), f = findings[fi];
        if (active[k][0] > 0) primary.push(fi);
        if (active[k][1] > 0) related.push(fi);
        if (sev === null || rank[f.severity] < rank[sev]) sev = f.severity;
      });
      at = b;
      if (!primary.length && !related.length) {
        if (ok > 0) {
          var v = document.createElement('span');
          v.className = 'verified';
          v.appendChild(document.createTextNode(piece));
          frag.appendChild(v);
        } else {
          frag.appendChild(document.createTextNode(piece));
        }
        continue;
      }
      primary.sort(function (x, y) { return x - y; });
      related.sort(function (x, y) { return x - y; });
      var span = document.createElement('span');
      span.className = 'hl ' + sev + (primary.length ? ' primary' : ' related');
      span.setAttribute('data-primary', primary.join(' '));
      span.setAttribute('data-related', related.join(' '));
      span.setAttribute('data-start', String(b - piece.length));
      span.goujiMark = [primary, related];  // for restyle(): no attribute parsing per toggle
      marks.push(span);
      span.appendChild(document.createTextNode(piece));
      frag.appendChild(span);
    }
    // A trailing newline needs a character after it to keep the layout of a textarea.
    frag.appendChild(document.createTextNode('\n'));
    container.textContent = '';
    container.appendChild(frag);
    container.goujiMarks = marks;
  }

  // Shows only the marks of the findings flagged in `shown` (indexed like `findings`): each mark
  // takes the gravest severity among its shown findings, or is switched off. Classes only, so a
  // filter or a dismissal on a long report costs no new layout.
  function restyle(container, findings, shown) {
    var marks = container.goujiMarks || [];
    for (var m = 0; m < marks.length; m++) {
      var e = marks[m], lists = e.goujiMark, sev = null, primary = false;
      for (var li = 0; li < 2; li++) {
        for (var k = 0; k < lists[li].length; k++) {
          var fi = lists[li][k];
          if (!shown[fi]) continue;
          if (li === 0) primary = true;
          if (sev === null || rank[findings[fi].severity] < rank[sev]) sev = findings[fi].severity;
        }
      }
      var cls = sev === null ? 'hl off' : 'hl ' + sev + (primary ? ' primary' : ' related');
      if (e.className !== cls) e.className = cls;
    }
  }

  function pieces(container, fi, role) {
    var attr = role === 'primary' ? 'data-primary' : 'data-related';
    return Array.prototype.filter.call(container.querySelectorAll('.hl'), function (e) {
      return (' ' + e.getAttribute(attr) + ' ').indexOf(' ' + fi + ' ') >= 0;
    });
  }

  window.GoujiHighlight = {render: render, restyle: restyle, pieces: pieces};
})();
