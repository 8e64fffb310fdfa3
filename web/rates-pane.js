// The 比率与指标 tab: every rate computed from the report (formula, value) that is not a target
// row's completion, then the targets table grouped by category; a row selects its numbers in
// the text. Filled when the tab is shown. ES5.
(function () {
  'use strict';
  var ctx = window.GoujiPage, state = ctx.state, $ = ctx.$, el = ctx.el, t = ctx.t;
  var selectRange = ctx.late('selectRange');

  function fmt(v) {
    var n = Number(v);
    if (!isFinite(n)) return String(v);
    return String(Math.round(n * 100) / 100);
  }
  function dash(v) { return v === undefined || v === null || v === '' ? '—' : String(v); }
  // A span lies inside one of the target rows' spans: that rate is the row's completion, shown
  // there. The rows' spans sorted by start with the furthest end so far, so each metric costs a
  // binary search (a 2 MB report has thousands of both: testing every pair took a second).
  function targetCover(targets) {
    var spans = [];
    targets.forEach(function (x) { (x.spans || []).forEach(function (r) { spans.push(r); }); });
    spans.sort(function (a, b) { return a.start - b.start; });
    var starts = [], reach = [], far = -1;
    spans.forEach(function (r) { far = Math.max(far, r.end); starts.push(r.start); reach.push(far); });
    return function inside(s) {
      var lo = 0, hi = starts.length - 1, at = -1;
      while (lo <= hi) { var m = (lo + hi) >> 1; if (starts[m] <= s.start) { at = m; lo = m + 1; } else hi = m - 1; }
      return at >= 0 && reach[at] >= s.end;
    };
  }
  function insideTargets(m, inside) {
    return !!(m.spans && m.spans.length) && m.spans.every(inside);
  }
  function spanRow(tr, spans) {
    var p = (spans || []).filter(function (s) { return s.role === 'primary'; })[0] || (spans || [])[0];
    if (!p) return;
    tr.className += ' jump';
    tr.title = t('show_in_text');
    tr.addEventListener('click', function () { selectRange(p.start, p.end); });
  }
  function renderRates() {
    state.ratesFor = state.result;
    var doc = state.result ? state.result.documents[0] : {metrics: []};
    var targets = doc.targets || [];
    var rows = $('metrics');
    rows.textContent = '';
    var inside = targetCover(targets);
    var shown = (doc.metrics || []).filter(function (m) { return !insideTargets(m, inside); });
    shown.forEach(function (m) {
      var tr = el('tr');
      tr.appendChild(el('td', '', m.name));
      tr.appendChild(el('td', 'num', fmt(m.value) + (m.unit || '')));
      tr.appendChild(el('td', 'formula', m.formula));
      spanRow(tr, m.spans);
      rows.appendChild(tr);
    });
    $('no-metrics').textContent = state.result ? t('no_metrics') : t('empty_rates');
    $('no-metrics').hidden = shown.length > 0 || targets.length > 0;
    rows.parentNode.hidden = !shown.length;
    $('metrics-title').hidden = !shown.length;
    var tb = $('targets');
    tb.textContent = '';
    var n = {met: 0, unmet: 0, missing: 0};
    var category = null;
    targets.forEach(function (x) {
      if (n[x.status] !== undefined) n[x.status]++;
      if ((x.category || '') !== category) {
        category = x.category || '';
        var head = el('tr', 'cat');
        var th = el('th', '', dash(category));
        th.colSpan = 5;
        head.appendChild(th);
        tb.appendChild(head);
      }
      var tr = el('tr', x.status === 'unmet' || x.status === 'unit-mismatch' ? 'bad' : x.status === 'missing' ? 'missing' : '');
      tr.appendChild(el('td', '', dash(x.name)));
      tr.appendChild(el('td', 'num', dash(x.target)));
      tr.appendChild(el('td', 'num', dash(x.actual)));
      tr.appendChild(el('td', 'num', dash(x.completion)));
      tr.appendChild(el('td', 'status', x.status ? t('status_' + x.status) : '—'));
      spanRow(tr, x.spans);
      tb.appendChild(tr);
    });
    $('targets-summary').textContent = targets.length ? t('targets_summary', {n: targets.length, met: n.met, unmet: n.unmet, missing: n.missing}) : '';
    $('targets-box').hidden = !targets.length;
  }

  ctx.renderRates = renderRates;
})();
