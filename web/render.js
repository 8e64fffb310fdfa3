// A check's result on the page: the highlight layer (drawn once per check, restyled for a
// filter or a dismissal), the counts above the list, and the list (list.js). ES5.
(function () {
  'use strict';
  var ctx = window.GoujiPage, state = ctx.state, $ = ctx.$, el = ctx.el, t = ctx.t, timers = ctx.timers;
  var H = window.GoujiHighlight, L = window.GoujiList;
  var input = ctx.input, backdrop = ctx.backdrop;
  var isDismissed = ctx.late('isDismissed'), hideCard = ctx.late('hideCard');
  var renderRates = ctx.late('renderRates'), renderRead = ctx.late('renderRead');

  function render() {
    var findings = state.findings;
    state.visible = findings.filter(function (f) {
      return state.filters[f.severity] && !L.ignored(ctx, f.rule) && (state.showDismissed || !isDismissed(f));
    });
    var shown = [], vis = typeof Set === 'function' ? new Set(state.visible) : null;
    state.findings.forEach(function (f, i) { shown[i] = vis ? vis.has(f) : state.visible.indexOf(f) >= 0; });
    state.visibleAt = [];
    for (var i = 0; i < state.findings.length; i++) if (shown[i]) state.visibleAt.push(i);
    // The highlight layer holds every finding of the check and is drawn only for a new check
    // (visible-first, the chunks an edit left alone kept): a filter or a dismissal restyles its
    // marks instead, so a long report is not laid out again (2.6–5.8 s on a 2 MB report when it
    // was rebuilt for each toggle).
    if (state.drawn !== state.result || state.drawnText !== state.text) {
      state.drawn = state.result;
      state.drawnText = state.text;
      state.shown = shown;
      state.verified = verifiedSpans(state.result);
      // Reading scrollTop forces a layout: not at start-up (nothing shown yet), when the worker's
      // start needs the main thread. A long text: the window's part (window.js).
      ctx.drawLayer(true);
      // The rates pane is filled when it is shown (thousands of rows on a long report).
      state.ratesFor = undefined;
      if (!$('rates-pane').hidden) renderRates();
      if (!$('read-pane').hidden) renderRead();
    } else {
      state.shown = shown;
      ctx.restyleLayer();
    }
    renderSummary();
    renderList();
    hideCard();
    window.GoujiHandover.enable(ctx);  // on this report, or on the several-reports summary when it is shown
    $('apply-all').disabled = !state.visible.some(function (f) { return f.fixes && f.fixes.length && !isDismissed(f); });
  }

  // The numbers of every relation the check verified as consistent ("已核对"), for quiet marks.
  function verifiedSpans(result) {
    var out = [];
    var doc = result && result.documents && result.documents[0];
    ((doc && doc.checked) || []).forEach(function (c) {
      if (c.result === 'consistent') (c.inputs || []).forEach(function (s) { out.push(s); });
    });
    return out;
  }

  function renderSummary() {
    var dismissed = 0;
    state.findings.forEach(function (f) { if (isDismissed(f)) dismissed++; });
    var doc = state.result && state.result.documents ? state.result.documents[0] : {};
    var counts = window.gouji.count({findings: state.findings, not_listed: doc.not_listed}, function (f) { return !isDismissed(f); });
    var summary = $('summary');
    summary.textContent = '';
    if (!state.result) return;
    GoujiContract.SEVERITIES.forEach(function (k) { summary.appendChild(el('span', 'chip ' + k, t('n_' + k, {n: counts[k]}))); });
    if (dismissed) summary.appendChild(el('span', 'chip', t('n_dismissed', {n: dismissed})));
    var checked = (state.result.documents && state.result.documents[0].checked) || [];
    if (checked.length) summary.appendChild(el('span', 'chip checked', t('n_checked', {n: checked.length})));
    if (!state.findings.length) summary.appendChild(el('span', 'chip ok', t('none')));
  }

  // The list (order, compact lines, folded info findings, ignored rules): list.js.
  function renderList() { L.render(ctx, timers); }

  ctx.render = render;
})();
