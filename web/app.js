// The reviewer's page: paste, open or pick a report; it is checked as it is typed (in a worker
// when the browser allows); findings are highlighted in place, grouped by section in the side
// panel, explained in a card, dismissable, exportable. Report text and messages are only ever
// inserted as text nodes.
(function () {
  'use strict';
  var S = window.GOUJI_STRINGS, H = window.GoujiHighlight, X = window.GoujiExport;
  var L = window.GoujiList, R = window.GoujiHandover, G = window.GoujiSheet;  // list order/triage/hand-over: list.js, triage.js, handover.js
  var B = window.GoujiBatch;  // several reports in one sitting: batch.js
  var $ = function (id) { return document.getElementById(id); };
  var input = $('input'), backdrop = $('report'), list = $('findings'), status = $('status'), card = $('card');
  var store = {
    get: function (k, d) { try { var v = window.localStorage.getItem(k); return v === null ? d : v; } catch (e) { return d; } },
    set: function (k, v) { try { window.localStorage.setItem(k, v); } catch (e) { /* storage full or disabled */ } },
    del: function (k) { try { window.localStorage.removeItem(k); } catch (e) { /* ignore */ } }
  };
  var state = {
    lang: store.get('gouji.lang', 'zh'),
    text: '', result: null, findings: [], visible: [], current: -1, seq: 0,
    dismissed: loadDismissed(),
    filters: {error: true, warning: true, info: true}, showDismissed: false
  };
  // What list.js, triage.js and handover.js see of the page.
  var ctx = {state: state, store: store, t: t, el: el, docKey: docKey, keyOf: keyOf, isDismissed: isDismissed, nums: nums,
    ruleTag: ruleTag, ruleTitle: ruleTitle, render: function () { render(); }, openText: function (x, n, e) { return openText(x, n, e); }};
  L.restore(ctx);  // the reviewer's last order, filters and ignored rules

  // Dismissals per document: {documentKey: [findingKey…]}. (The old flat list, keyed by context
  // alone, silenced the same boilerplate sentence in every department's report: not carried over.)
  function loadDismissed() {
    try {
      var d = JSON.parse(store.get('gouji.dismissed.bydoc', '{}') || '{}');
      return d && typeof d === 'object' && !Array.isArray(d) ? d : {};
    } catch (e) { return {}; }
  }
  function t(key, vars) {
    var s = (S[state.lang] && S[state.lang][key]) || S.zh[key] || key;
    if (vars) Object.keys(vars).forEach(function (k) { s = s.split('{' + k + '}').join(String(vars[k])); });
    return s;
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.appendChild(document.createTextNode(String(text)));
    return e;
  }
  function setStatus(msg, bad) {
    status.textContent = msg;
    status.className = bad ? 'status bad' : 'status';
  }
  function applyLanguage() {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (e) { e.textContent = t(e.getAttribute('data-i18n')); });
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n-placeholder]'), function (e) { e.placeholder = t(e.getAttribute('data-i18n-placeholder')); });
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n-title]'), function (e) { e.title = t(e.getAttribute('data-i18n-title')); });
    $('lang').textContent = t('lang_switch');
  }

  // Which report a text is: its first three non-blank lines (title, department, year), so a
  // dismissal made in one department's report does not silence the same boilerplate sentence
  // in another's, while edits in the body (and undoing a replaced text) keep the key.
  var docKeyMemo = {text: null, key: ''};
  function docKey(text) {
    if (text === docKeyMemo.text) return docKeyMemo.key;
    var head = [], at = 0;
    while (head.length < 3 && at < text.length && at < 4000) {
      var nl = text.indexOf('\n', at);
      if (nl < 0) nl = text.length;
      var line = text.slice(at, nl).replace(/\s+/g, '');
      if (line) head.push(line.slice(0, 80));
      at = nl + 1;
    }
    var s = head.join('|'), h = 5381;
    for (var i = 0; i < s.length; i++) h = ((h * 33) ^ s.charCodeAt(i)) >>> 0;
    docKeyMemo = {text: text, key: h.toString(36) + ':' + s.length};
    return docKeyMemo.key;
  }
  // A finding's identity across re-checks of the same document: rule, what it points at, and a
  // little context, so a dismissal survives edits elsewhere. (`text`: another report's, batch.js.)
  function keyOf(f, text) {
    var p = f.spans.filter(function (s) { return s.role === 'primary'; })[0] || f.spans[0];
    if (!p) return f.rule + '|' + f.message;
    return f.rule + '|' + (text === undefined ? state.text : text).slice(Math.max(0, p.start - 12), p.end + 12);
  }
  function dismissedHere() {
    var k = docKey(state.text);
    return state.dismissed[k] || (state.dismissed[k] = []);
  }
  // "应为 X · 报告为 Y", leaving out whichever side the finding does not have.
  function nums(f) {
    var parts = [];
    if (f.expected && f.expected === f.actual) return '';  // nothing to compare: the message says it
    if (f.expected) parts.push(t('expected') + ' ' + f.expected);
    if (f.actual) parts.push(t('actual') + ' ' + f.actual);
    return parts.join(' · ');
  }
  function isDismissed(f) {
    var list = state.dismissed[docKey(state.text)];
    return !!list && list.indexOf(keyOf(f)) >= 0;
  }

  // A visible finding's index in the check's findings: what the highlight layer's marks carry.
  function fiOf(vi) { return state.visibleAt[vi]; }
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
      // Reading scrollTop forces a layout: not at start-up (nothing shown yet), when the worker's
      // start needs the main thread.
      H.draw(backdrop, state.text, state.findings, verifiedSpans(state.result), shown, state.text ? input : null);
      if (state.text) backdrop.scrollTop = input.scrollTop;
      // The rates pane is filled when it is shown (thousands of rows on a long report).
      state.ratesFor = undefined;
      if (!$('rates-pane').hidden) renderRates();
      if (!$('read-pane').hidden) renderRead();
    } else {
      H.restyle(backdrop, state.findings, shown);
    }
    renderSummary();
    renderList();
    hideCard();
    ['export-csv', 'export-json', 'print'].forEach(function (id) { $(id).disabled = !state.result; });
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
    var counts = {error: 0, warning: 0, info: 0}, dismissed = 0;
    state.findings.forEach(function (f) { if (isDismissed(f)) dismissed++; else counts[f.severity]++; });
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
  function itemOf(e) {
    for (var n = e.target; n && n !== list; n = n.parentNode) if (n.getAttribute && n.getAttribute('data-finding') !== null) return n;
    return null;
  }


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

  // "What was read": the structure and numbers the checks stand on (the same JSON as
  // `gouji extract`), fetched when the tab is opened.
  function renderRead() {
    if (!state.text.trim()) return;
    var text = state.text;
    window.gouji.extract(text, {}).then(function (r) {
      if (text !== state.text) return;
      var d = r.documents[0];
      // Genre and year with the words that decided them (text nodes only: textContent).
      var g = d.genre || {}, y = d.year || {};
      var name = g.id && g.id !== 'unknown' ? (state.lang === 'zh' ? g.name : g.id.split('_').join(' ')) : t('read_doc_unknown');
      $('read-kind').textContent = t('read_doc', {
        genre: name,
        why: g.evidence ? t('read_doc_why', {words: g.evidence.text}) : '',
        year: y.value ? y.value + (y.evidence ? t('read_doc_why', {words: y.evidence.text}) : '') : t('read_doc_unknown'),
        excerpt: (g.starts_mid_document ? t('read_doc_mid') : '') + (g.ends_cut_short ? t('read_doc_cut') : '')
      });
      // Where the reading copy differs from the text (繁体, pinyin, spaces, joined lines, dropped
      // page furniture): why a number was read as it was. The first 200, each selectable.
      var nl = $('read-normalised'), runs = d.normalised || [];
      nl.textContent = '';
      if (runs.length) nl.appendChild(el('li', 'muted', t('read_normalised', {n: runs.length})));
      var names = (S[state.lang] && S[state.lang].normalised_kinds) || S.zh.normalised_kinds || {};
      runs.slice(0, 200).forEach(function (x) {
        var li = el('li', '', t('read_normalised_run', {line: x.line, kind: names[x.kind] || x.kind, text: x.text}));
        li.addEventListener('click', function () { selectRange(x.span.start, x.span.end); });
        nl.appendChild(li);
      });
      var hl = $('read-headings');
      hl.textContent = '';
      (d.headings || []).forEach(function (h) {
        var li = el('li', '', h.marker + h.title);
        li.style.paddingLeft = ((h.level - 1) * 14) + 'px';
        li.addEventListener('click', function () { selectRange(h.span.start, h.span.end); });
        hl.appendChild(li);
      });
      var tables = $('read-tables');
      tables.textContent = '';
      (d.tables || []).forEach(function (tb) {
        if (tb.unit) tables.appendChild(el('div', 'muted', t('read_unit', {unit: tb.unit})));
        // The layout the table was rebuilt from (a flattened one is rebuilt by the forms' templates).
        var layouts = (S[state.lang] && S[state.lang].layouts) || S.zh.layouts || {};
        if (tb.source) tables.appendChild(el('div', 'muted', t('read_layout', {layout: layouts[tb.source] || tb.source})));
        var table = el('table', 'read-table');
        var head = el('tr');
        tb.header.forEach(function (h) { head.appendChild(el('th', '', h)); });
        table.appendChild(head);
        tb.rows.forEach(function (row, ri) {
          var tr = el('tr', ri === tb.total_row ? 'total' : '');
          var col = 0;
          row.forEach(function (c) {
            // Cells carry their grid column: a cell the row does not have is an empty one.
            for (; typeof c.column === 'number' && col < c.column; col++) tr.appendChild(el('td', '', ''));
            var td = el('td', '', c.text);
            if (c.colspan > 1) td.colSpan = c.colspan;
            tr.appendChild(td);
            col += c.colspan > 1 ? c.colspan : 1;
          });
          table.appendChild(tr);
        });
        tables.appendChild(table);
      });
      var qs = $('read-quantities');
      qs.textContent = '';
      (d.quantities || []).forEach(function (q) {
        var tr = el('tr');
        tr.appendChild(el('td', 'num', q.line));
        tr.appendChild(el('td', '', q.label));
        var approx = q.approx && q.approx !== 'exact' ? (S[state.lang].approx_kinds[q.approx] || t('approx')) : '';
        tr.appendChild(el('td', 'num', q.text + (approx ? '（' + approx + '）' : '')));
        tr.appendChild(el('td', '', S[state.lang].kinds[q.kind] || q.kind));
        tr.addEventListener('click', function () { selectRange(q.span.start, q.span.end); });
        qs.appendChild(tr);
      });
    });
  }

  // Where a text offset sits in the editor, measured on the backdrop (laid out like the textarea).
  function offsetTopOf(pos) {
    H.finish(backdrop);
    var walker = document.createTreeWalker(backdrop, NodeFilter.SHOW_TEXT, null), n, seen = 0;
    while ((n = walker.nextNode())) {
      var len = n.nodeValue.length;
      if (pos < seen + len) {
        var r = document.createRange();
        r.setStart(n, pos - seen);
        r.setEnd(n, Math.min(len, pos - seen + 1));
        var rect = r.getClientRects()[0] || r.getBoundingClientRect();
        return rect.top - backdrop.getBoundingClientRect().top + backdrop.scrollTop;
      }
      seen += len;
    }
    return -1;
  }
  function selectRange(start, end) {
    input.focus({preventScroll: true});
    input.setSelectionRange(start, end);
    var top = state.text === input.value ? offsetTopOf(start) : -1;
    if (top < 0) {
      var before = input.value.slice(0, start).split('\n').length;
      var lines = input.value.split('\n').length || 1;
      top = input.scrollHeight * (before - 1) / lines;
    }
    input.scrollTop = Math.max(0, top - input.clientHeight / 2);
    backdrop.scrollTop = input.scrollTop;
  }

  function toggleDismiss(f) {
    var list = dismissedHere(), k = keyOf(f), i = list.indexOf(k);
    if (i >= 0) list.splice(i, 1); else list.push(k);
    if (!list.length) delete state.dismissed[docKey(state.text)];
    saveDismissed();
    render();
  }
  function saveDismissed() {
    var keys = Object.keys(state.dismissed);
    while (keys.length > 200) delete state.dismissed[keys.shift()];  // the oldest documents first
    store.set('gouji.dismissed.bydoc', JSON.stringify(state.dismissed));
  }

  function flash(vi) {
    Array.prototype.forEach.call(backdrop.querySelectorAll('.flash'), function (e) { e.classList.remove('flash'); });
    H.pieces(backdrop, fiOf(vi), 'primary').concat(H.pieces(backdrop, fiOf(vi), 'related')).forEach(function (e) { e.classList.add('flash'); });
  }

  // Jumps to a finding: selects its stated value in the editor, scrolls it to the middle,
  // flashes every number involved and opens its card.
  function focusFinding(vi) {
    var f = state.visible[vi];
    if (!f) return;
    L.select(ctx, vi);
    var p = f.spans.filter(function (s) { return s.role === 'primary'; })[0] || f.spans[0];
    flash(vi);
    var piece = H.pieces(backdrop, fiOf(vi), 'primary')[0];
    if (piece) {
      input.scrollTop = Math.max(0, piece.offsetTop - input.clientHeight / 2);
      backdrop.scrollTop = input.scrollTop;
    }
    if (p) {
      input.focus({preventScroll: true});
      input.setSelectionRange(p.start, p.end);
      if (piece) { input.scrollTop = Math.max(0, piece.offsetTop - input.clientHeight / 2); backdrop.scrollTop = input.scrollTop; }
    }
    showCard(vi);
  }

  function showCard(vi) {
    var f = state.visible[vi];
    var piece = H.pieces(backdrop, fiOf(vi), 'primary')[0] || H.pieces(backdrop, fiOf(vi), 'related')[0];
    card.textContent = '';
    card.className = 'card ' + f.severity;
    var meta = el('div', 'meta', t(f.severity) + ' · ' + f.rule + ' ' + ruleTitle(f.rule) + ' · ' + t('line', {n: f.line}));
    card.appendChild(meta);
    card.appendChild(el('div', 'msg', f.message));
    if (f.hint) card.appendChild(el('div', 'hint', f.hint));
    if (nums(f)) card.appendChild(el('div', 'nums', nums(f)));
    var sheet = G.build(ctx, f);  // the reconciliation sheet (sheet.js)
    if (sheet) card.appendChild(sheet);
    var row = el('div', 'row');
    if (f.fixes && f.fixes.length) {
      var apply = el('button', 'apply', t('apply_fix') + '：' + f.fixes.map(function (x) { return x.replacement; }).join('、'));
      apply.type = 'button';
      apply.addEventListener('click', function () { applyFixes(f); });
      row.appendChild(apply);
    }
    var set = G.fixSet(ctx, f);  // cells that balance only together: one step
    if (set.length) {
      var applySet = el('button', 'apply apply-set', t('sheet_apply_set', {n: set.length}));
      applySet.type = 'button';
      applySet.addEventListener('click', function () {
        if (input.value !== state.text) return;
        var fixes = [];
        set.forEach(function (g) { fixes = fixes.concat(g.fixes); });
        var n = applyEdits(fixes);
        if (n) setStatus(t('applied_all', {n: n}));
      });
      row.appendChild(applySet);
    }
    var dis = el('button', '', isDismissed(f) ? t('undismiss') : t('dismiss'));
    dis.type = 'button';
    dis.addEventListener('click', function () { toggleDismiss(f); });
    row.appendChild(dis);
    var close = el('button', '', t('close'));
    close.type = 'button';
    close.addEventListener('click', hideCard);
    row.appendChild(close);
    card.appendChild(row);
    card.hidden = false;
    state.cardFor = vi;
    placeCard();
  }
  // Keeps the card next to its numbers without covering any of them that are in view: below the
  // lowest or above the highest, whichever side has room; where neither has, in the larger gap
  // with the card scrolling inside it.
  function placeCard() {
    if (card.hidden) return;
    var fi = fiOf(state.cardFor), h = $('editor').clientHeight, st = backdrop.scrollTop;
    var pieces = H.pieces(backdrop, fi, 'primary').concat(H.pieces(backdrop, fi, 'related'));
    var lo = Infinity, hi = -Infinity;
    pieces.forEach(function (e) {
      var top = e.offsetTop - st, bottom = top + e.offsetHeight;
      if (bottom < 0 || top > h) return;  // out of view: nothing to cover
      lo = Math.min(lo, top); hi = Math.max(hi, bottom);
    });
    card.style.maxHeight = '';
    if (lo === Infinity) { card.style.top = '10px'; return; }
    var need = card.offsetHeight, below = h - hi - 12, above = lo - 12;
    if (need <= below) card.style.top = (hi + 6) + 'px';
    else if (need <= above) card.style.top = (lo - need - 6) + 'px';
    else if (Math.max(below, above) >= 90) {
      card.style.maxHeight = Math.max(below, above) + 'px';
      card.style.top = (below >= above ? hi + 6 : 6) + 'px';
    } else card.style.top = Math.max(6, Math.min(hi + 6, h - need - 6)) + 'px';
  }
  function hideCard() { card.hidden = true; }

  // Replaces [start, end) of the editor's text so that Ctrl+Z and 撤销 bring back what 清空,
  // opening a file, an example or a fix replaced (assigning input.value wipes the textarea's own
  // undo history). A short edit without a line break goes through execCommand('insertText'), one
  // step of that history; anything larger is assigned and its before/after kept on the page's
  // own stack — Chromium's insertText costs seconds per few thousand lines (25 000 characters in
  // 2 500 lines: 30 s). Ctrl+Z takes the page's step when the text is what that step left.
  var ownUndo = [];
  function edit(start, end, text) {
    text = text.replace(/\r\n?/g, '\n');
    var before = input.value, expected = before.slice(0, start) + text + before.slice(end);
    if (expected === before) return;
    input.focus({preventScroll: true});
    var ok = false;
    if (end - start < 2000 && text.length < 2000 && text.indexOf('\n') < 0 && before.slice(start, end).indexOf('\n') < 0) {
      input.setSelectionRange(start, end);
      try { ok = document.execCommand('insertText', false, text); } catch (e) { ok = false; }
      ok = ok && input.value === expected;
    }
    if (!ok) {
      input.value = expected;
      ownUndo.push({before: before, after: expected});
      if (ownUndo.length > 20) ownUndo.shift();
    }
    $('undo').disabled = false;
  }
  function replaceAll(text) {
    edit(0, input.value.length, text);
    input.setSelectionRange(0, 0);
    input.scrollTop = 0;
  }
  // The page's own step when the text is what it left (nothing typed since, or all of it undone).
  function ownStep() {
    var top = ownUndo[ownUndo.length - 1];
    if (!top || top.after !== input.value) return false;
    ownUndo.pop();
    input.value = top.before;
    return true;
  }
  function undo() {
    var before = input.value;
    input.focus({preventScroll: true});
    if (!ownStep()) {
      try { document.execCommand('undo', false); } catch (e) { /* no native history */ }
    }
    if (input.value !== before) { saveDraft(); check(); }
  }

  function applyEdits(fixes) {
    // One covering range rewritten at once: one undo step, whatever the number of fixes.
    fixes = fixes.slice().sort(function (a, b) { return a.start - b.start; });
    var kept = [], end = -1;
    fixes.forEach(function (x) { if (x.start >= end) { kept.push(x); end = x.end; } });
    if (!kept.length) return 0;
    var from = kept[0].start, to = kept[kept.length - 1].end, text = input.value, out = '', at = from;
    kept.forEach(function (x) { out += text.slice(at, x.start) + x.replacement; at = x.end; });
    var caret = input.selectionStart;
    edit(from, to, out);
    input.setSelectionRange(caret, caret);
    saveDraft();
    check();
    return kept.length;
  }
  function applyFixes(f) { applyEdits(f.fixes); }
  function applyAll() {
    if (input.value !== state.text) return;  // the fixes point into the checked text
    var fixes = [];
    state.visible.forEach(function (f) { if (!isDismissed(f)) fixes = fixes.concat(f.fixes || []); });
    var n = applyEdits(fixes);
    if (n) setStatus(t('applied_all', {n: n}));
  }

  // The finding under the caret, if any (a click in the text opens its card).
  function findingAt(pos) {
    var best = -1;
    state.visible.forEach(function (f, vi) {
      f.spans.forEach(function (s) {
        if (s.start <= pos && pos <= s.end && (best < 0 || s.role === 'primary')) best = vi;
      });
    });
    return best;
  }

  function check() {
    clearTimeout(timers.check);  // this check covers a typing pause still pending
    var text = input.value;
    var seq = ++state.seq;
    if (!text.trim()) {
      state.text = text; state.result = null; state.findings = [];
      render();
      setStatus(t('ready'));
      return Promise.resolve();
    }
    setStatus(t('checking'));
    var started = Date.now();
    var lang = state.lang;
    // A long text: say how far the check is, so a 2 MB paste never looks hung.
    clearInterval(timers.progress);
    if (text.length > 200000) {
      var tick = function () { if (seq === state.seq) setStatus(t('progress', {kb: Math.round(text.length / 1024), s: Math.round((Date.now() - started) / 1000)})); else clearInterval(timers.progress); };
      tick();
      timers.progress = setInterval(tick, 1000);
    }
    return window.gouji.analyze(text, {lang: lang}).then(function (result) {
      if (seq === state.seq) clearInterval(timers.progress);
      if (seq !== state.seq) return;  // a newer check is on its way
      state.text = text;
      state.checkedLang = lang;
      state.result = result;
      state.findings = result.documents[0].findings;
      render();
      setStatus(t('checked', {ms: Date.now() - started}) + (state.notice ? '；' + state.notice : ''));
      state.notice = null;
      document.dispatchEvent(new CustomEvent('gouji-checked', {detail: result}));
    }, function (err) {
      if (seq !== state.seq) return;
      clearInterval(timers.progress);
      setStatus(String(err && err.message || err), true);
    });
  }

  var timers = {};
  var LONG = 200000;  // characters: a long text (progress shown, pasted as one assignment)
  function debounce(name, ms, fn) {
    clearTimeout(timers[name]);
    timers[name] = setTimeout(fn, ms);
  }
  function saveDraft() {
    if (input.value) store.set('gouji.draft', input.value); else store.del('gouji.draft');
  }

  // Opening a file replaces the editor's text only when the file gave text: an empty, unreadable
  // or damaged file leaves the editor and the saved draft as they were and says why.
  function openFile(file) {
    var reader = new FileReader();
    var refuse = function (reason) { setStatus(t('file_kept', {name: file.name, reason: reason}), true); };
    reader.onload = function () {
      if (!reader.result || !reader.result.byteLength) return refuse(t('file_empty'));
      window.gouji.analyzeBytes(new Uint8Array(reader.result), {lang: state.lang, include_text: true, path: file.name}).then(function (r) {
        var doc = r.documents[0];
        var fatal = doc.findings.filter(function (f) { return f.rule === 'E02' || f.rule === 'E04'; })[0];
        if (fatal) return refuse(fatal.message);
        if (doc.text === undefined || !doc.text.trim()) return refuse(t('file_empty'));
        openText(doc.text, file.name, doc.encoding);
      }, function (err) { refuse(String(err && err.message || err)); });
    };
    reader.onerror = function () { refuse(String(reader.error)); };
    reader.readAsArrayBuffer(file);
  }

  // A report's text into the editor (one undo step), named for its exports, and checked.
  function openText(text, name, encoding) {
    clearTimeout(timers.check);  // a pending as-you-type check would report on the old text
    replaceAll(text);
    state.file = {key: docKey(text), name: name};
    saveDraft();
    return check().then(function () { setStatus(t('file_read', {name: name, encoding: encoding || 'utf-8'})); });
  }

  function step(dir) {
    if (!state.visible.length) return;
    var order = L.order(ctx);  // the list's order
    var at = order.indexOf(state.current);
    var next = at < 0 ? (dir > 0 ? 0 : order.length - 1) : (at + dir + order.length) % order.length;
    focusFinding(order[next]);
  }

  // Rule help from the rule book (rules/*.md), put in the page by build-page.js.
  var ruleHelp = null;
  function rule(id) {
    if (!ruleHelp) {
      var block = $('gouji-rules');
      try { ruleHelp = JSON.parse((block && block.textContent) || '{}'); } catch (e) { ruleHelp = {}; }
    }
    return ruleHelp[id] || null;
  }
  function ruleTitle(id) {
    var r = rule(id);
    return r ? (state.lang === 'zh' ? r.zh : r.en || r.zh) : '';
  }
  function ruleTag(id) {
    var span = el('span', 'rule', id);
    var r = rule(id);
    if (r) span.title = ruleTitle(id) + (r.checks ? '\n' + r.checks : '');
    return span;
  }

  function setup() {
    applyLanguage();
    render();  // the empty state: what each panel will hold
    setStatus(t('loading'));
    var examples = JSON.parse($('gouji-examples').textContent || '[]');
    var select = $('examples');
    examples.forEach(function (ex, i) {
      var o = el('option', '', ex.title);
      o.value = String(i);
      select.appendChild(o);
    });
    select.addEventListener('change', function () {
      if (select.value === '') return;
      clearTimeout(timers.check);
      var ex = examples[Number(select.value)];
      replaceAll(ex.text);
      state.file = {key: docKey(ex.text), name: ex.file};
      select.value = '';
      saveDraft();
      check();
    });
    $('check').addEventListener('click', check);
    $('clear').addEventListener('click', function () {
      replaceAll('');  // undoable: Ctrl+Z or 撤销 brings the text back
      saveDraft();
      check();
      input.focus();
    });
    $('undo').addEventListener('click', undo);
    $('apply-all').addEventListener('click', applyAll);
    // The draft is saved 300 ms after typing stops, and at once when the page is left.
    window.addEventListener('pagehide', saveDraft);
    window.addEventListener('beforeunload', saveDraft);
    document.addEventListener('visibilitychange', function () { if (document.hidden) saveDraft(); });
    document.addEventListener('gouji-engine-restarted', function () {
      state.notice = t('engine_restarted');  // kept in the status line after the next check
      setStatus(state.notice);
      if (input.value !== state.text) check();
    });
    input.addEventListener('keydown', function (e) {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && (e.key === 'z' || e.key === 'Z') && ownStep()) {
        e.preventDefault();  // the page's step (清空, a file…); otherwise the textarea's own undo
        saveDraft();
        check();
      }
    });
    input.addEventListener('input', changed);
    function changed() {
      hideCard();
      $('undo').disabled = false;
      var value = input.value;
      // A long draft (a 2 MB setItem blocks 20–140 ms) waits for a longer pause and an idle moment.
      if (value.length > LONG) debounce('draft', 2000, function () { if (window.requestIdleCallback) requestIdleCallback(saveDraft, {timeout: 3000}); else saveDraft(); }); else debounce('draft', 300, saveDraft);
      // A long paste: say so at once; and the old marks go (they would sit on the wrong text until
      // its check, and moving them is a layout of the whole layer).
      if (value.length > LONG && value !== state.text) setStatus(t('progress', {kb: Math.round(value.length / 1024), s: 0}));
      if (Math.abs(value.length - (state.drawnText || '').length) > LONG / 4 && state.drawnText) {
        H.clear(backdrop);
        state.drawn = state.drawnText = null;
      }
      // After a pause in typing; not when the text is back to what is shown (typed, then undone):
      // a re-render would drop the reviewer's open card and highlight for nothing.
      debounce('check', 350, function () {
        if (input.value !== state.text || state.checkedLang !== state.lang) check();
        else if (state.drawnText !== state.text) render();
      });
    }
    input.addEventListener('scroll', function () { backdrop.scrollTop = input.scrollTop; H.scrolled(backdrop); placeCard(); });
    // A long paste goes in as one assignment (one step of the page's own undo): the browser's own
    // paste of megabytes runs an editing command per line break.
    input.addEventListener('paste', function (e) {
      var s = e.clipboardData && e.clipboardData.getData ? e.clipboardData.getData('text/plain') : '';
      if (!s || s.length < LONG) return;
      e.preventDefault();
      var at = input.selectionStart;
      edit(at, input.selectionEnd, s);
      input.setSelectionRange(at + s.replace(/\r\n?/g, '\n').length, at + s.replace(/\r\n?/g, '\n').length);
      changed();
    });
    // With the caret left in a long text, every later restyle of the page costs seconds in
    // Chromium (a filter toggle on 2 MB: 2–4 s; 0.2 s without): when the focus moves on, the
    // document's selection is let go (the textarea keeps its own, restored when it is focused).
    input.addEventListener('blur', function (e) {
      if (input.value.length < LONG || !(e.relatedTarget || document.hasFocus())) return;
      var sel = window.getSelection && window.getSelection();
      if (sel && sel.removeAllRanges) sel.removeAllRanges();
    });
    input.addEventListener('click', function () {
      var vi = findingAt(input.selectionStart);
      if (vi >= 0 && input.selectionStart === input.selectionEnd) { flash(vi); showCard(vi); L.select(ctx, vi); } else hideCard();
    });
    $('file').addEventListener('change', function (e) {
      var files = e.target.files ? Array.prototype.slice.call(e.target.files) : [];
      if (files.length > 1) B.start(ctx, files); else if (files[0]) openFile(files[0]);
      e.target.value = '';
    });
    document.addEventListener('dragover', function (e) { e.preventDefault(); });
    document.addEventListener('drop', function (e) {
      e.preventDefault();
      var many = e.dataTransfer && B.dropped(e.dataTransfer);  // several files or a folder
      if (many) many.then(function (files) { if (files.length) B.start(ctx, files); });
      else if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0]) openFile(e.dataTransfer.files[0]);
    });
    $('lang').addEventListener('click', function () {
      state.lang = state.lang === 'zh' ? 'en' : 'zh';
      store.set('gouji.lang', state.lang);
      applyLanguage();
      render();
      check();
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-filter]'), function (box) {
      box.addEventListener('change', function () { state.filters[box.getAttribute('data-filter')] = box.checked; render(); });
    });
    $('show-dismissed').addEventListener('change', function (e) { state.showDismissed = e.target.checked; render(); });
    list.addEventListener('click', function (e) {
      var li = itemOf(e);
      if (!li) return;
      var vi = Number(li.getAttribute('data-finding'));
      if (/(^| )dismiss( |$)/.test(e.target.className)) toggleDismiss(state.visible[vi]); else focusFinding(vi);
    });
    $('findings-pane').addEventListener('scroll', function () { if (state.moreList) state.moreList(); });
    list.addEventListener('keydown', function (e) {
      var li = itemOf(e);
      if (li && e.key === 'Enter' && e.target === li) focusFinding(Number(li.getAttribute('data-finding')));
    });
    $('prev').addEventListener('click', function () { step(-1); });
    $('next').addEventListener('click', function () { step(1); });
    document.addEventListener('keydown', function (e) {
      if ((e.altKey && e.key === 'ArrowDown') || (e.key === 'F8' && !e.shiftKey)) { e.preventDefault(); step(1); }
      else if ((e.altKey && e.key === 'ArrowUp') || (e.key === 'F8' && e.shiftKey)) { e.preventDefault(); step(-1); }
      else if (e.key === 'Escape') hideCard();
      else if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && (e.key === 'z' || e.key === 'Z') &&
               e.target !== input && !/^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)) {
        e.preventDefault();  // focus on a button (清空, 按建议修改…): undo in the editor all the same
        undo();
      }
    });
    Array.prototype.forEach.call(document.querySelectorAll('.tab'), function (tab) {
      tab.addEventListener('click', function () {
        Array.prototype.forEach.call(document.querySelectorAll('.tab'), function (x) { x.classList.toggle('active', x === tab); });
        Array.prototype.forEach.call(document.querySelectorAll('.pane'), function (p) { p.hidden = p.id !== tab.getAttribute('data-tab'); });
        if (tab.getAttribute('data-tab') === 'read-pane') renderRead();
        if (tab.getAttribute('data-tab') === 'rates-pane' && state.ratesFor !== state.result) renderRates();
      });
    });
    var all = function () { return !!($('export-all') && $('export-all').checked); };
    $('export-csv').addEventListener('click', function () { X.download(R.baseName(ctx) + '-勾稽.csv', 'text/csv;charset=utf-8', R.csv(ctx, all())); });
    $('export-json').addEventListener('click', function () { X.download(R.baseName(ctx) + '-勾稽.json', 'application/json', R.json(ctx, all())); });
    $('print').addEventListener('click', function () {
      R.buildPrint($('print-view'), ctx);
      var title = document.title;
      document.title = R.baseName(ctx) + '-审核意见';  // the PDF's default file name
      window.print();
      document.title = title;
    });
    L.wireChips(ctx);
    B.wire(ctx);

    var draft = store.get('gouji.draft', '');
    if (draft) input.value = draft;
    window.gouji.ready.then(function () {
      $('check').disabled = false;
      window.__goujiReadyAt = window.performance && performance.now ? performance.now() : 0;
      if (input.value) return check().then(function () { if (draft) setStatus(t('restored')); });
      setStatus(t('ready'));
    }).then(function () { return window.gouji.version(); }).then(function (v) {
      $('version').textContent = 'v' + v;
    }, function (err) {
      setStatus(t('load_failed', {reason: err && err.message ? err.message : String(err)}), true);
    });
  }

  setup();
})();
