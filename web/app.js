// The page: paste or open a report, check it, read the findings highlighted in the text.
// Report text and messages are only ever inserted as text nodes (never innerHTML).
(function () {
  'use strict';
  var S = window.GOUJI_STRINGS;
  var lang = 'zh';
  var $ = function (id) { return document.getElementById(id); };
  var input = $('input'), report = $('report'), list = $('findings'), status = $('status');
  var last = null;  // {text, result}

  function t(key, vars) {
    var s = (S[lang] && S[lang][key]) || S.zh[key] || key;
    if (vars) Object.keys(vars).forEach(function (k) { s = s.split('{' + k + '}').join(String(vars[k])); });
    return s;
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.appendChild(document.createTextNode(text));
    return e;
  }
  function setStatus(msg, bad) {
    status.textContent = msg;
    status.className = bad ? 'status bad' : 'status';
  }
  function applyLanguage() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (e) { e.textContent = t(e.getAttribute('data-i18n')); });
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n-placeholder]'), function (e) { e.placeholder = t(e.getAttribute('data-i18n-placeholder')); });
    $('lang').textContent = t('lang_switch');
  }

  // Splits the text at every span boundary; each piece knows which findings cover it.
  function renderReport(text, findings) {
    var cuts = {0: true};
    cuts[text.length] = true;
    findings.forEach(function (f) {
      f.spans.forEach(function (s) { cuts[s.start] = true; cuts[s.end] = true; });
    });
    var points = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
    var rank = {error: 0, warning: 1, info: 2};
    var frag = document.createDocumentFragment();
    for (var i = 0; i + 1 < points.length; i++) {
      var a = points[i], b = points[i + 1];
      if (b <= a) continue;
      var piece = text.slice(a, b), primary = [], related = [], sev = null;
      findings.forEach(function (f, fi) {
        f.spans.forEach(function (s) {
          if (s.start <= a && b <= s.end && s.end > s.start) {
            (s.role === 'primary' ? primary : related).push(fi);
            if (sev === null || rank[f.severity] < rank[sev]) sev = f.severity;
          }
        });
      });
      if (!primary.length && !related.length) {
        frag.appendChild(document.createTextNode(piece));
        continue;
      }
      var span = el('span', 'hl ' + sev + (primary.length ? ' primary' : ' related'), piece);
      span.setAttribute('data-primary', primary.join(' '));
      span.setAttribute('data-related', related.join(' '));
      span.title = findings[(primary.length ? primary : related)[0]].message;
      frag.appendChild(span);
    }
    report.textContent = '';
    report.appendChild(frag);
  }

  function piecesOf(fi, role) {
    var attr = role === 'primary' ? 'data-primary' : 'data-related';
    return Array.prototype.filter.call(report.querySelectorAll('.hl'), function (e) {
      return (' ' + e.getAttribute(attr) + ' ').indexOf(' ' + fi + ' ') >= 0;
    });
  }

  // Scrolls to a finding's stated value, selects it and flashes every number involved.
  function focusFinding(fi) {
    Array.prototype.forEach.call(report.querySelectorAll('.flash'), function (e) { e.classList.remove('flash'); });
    var main = piecesOf(fi, 'primary');
    var all = main.concat(piecesOf(fi, 'related'));
    all.forEach(function (e) { e.classList.add('flash'); });
    if (!main.length) return;
    main[0].scrollIntoView({block: 'center'});
    var range = document.createRange();
    range.setStartBefore(main[0]);
    range.setEndAfter(main[main.length - 1]);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }

  function renderFindings(result) {
    var doc = result.documents[0];
    var counts = {error: 0, warning: 0, info: 0};
    list.textContent = '';
    doc.findings.forEach(function (f, fi) {
      counts[f.severity]++;
      var li = el('li', 'finding ' + f.severity);
      li.tabIndex = 0;
      li.setAttribute('data-finding', fi);
      var meta = el('div', 'meta');
      meta.appendChild(el('span', 'sev', t(f.severity)));
      meta.appendChild(el('span', 'rule', f.rule));
      meta.appendChild(el('span', 'where', t('line', {n: f.line})));
      li.appendChild(meta);
      li.appendChild(el('div', 'msg', f.message));
      if (f.hint) li.appendChild(el('div', 'hint', f.hint));
      if (f.expected || f.actual) li.appendChild(el('div', 'nums', t('expected') + ' ' + f.expected + ' · ' + t('actual') + ' ' + f.actual));
      li.addEventListener('click', function () { focusFinding(fi); });
      li.addEventListener('keydown', function (e) { if (e.key === 'Enter') focusFinding(fi); });
      list.appendChild(li);
    });
    if (!doc.findings.length) list.appendChild(el('li', 'none', t('none')));
    var summary = $('summary');
    summary.textContent = '';
    ['error', 'warning', 'info'].forEach(function (k) { summary.appendChild(el('span', 'chip ' + k, t('n_' + k, {n: counts[k]}))); });
    if (!doc.findings.length) summary.appendChild(el('span', 'chip ok', t('none')));
    var rows = $('metrics');
    rows.textContent = '';
    doc.metrics.forEach(function (m) {
      var tr = el('tr');
      tr.appendChild(el('td', '', m.name));
      tr.appendChild(el('td', 'num', String(Math.round(m.value * 100) / 100) + m.unit));
      tr.appendChild(el('td', '', m.formula));
      rows.appendChild(tr);
    });
    $('metrics-box').hidden = !doc.metrics.length;
  }

  function check() {
    var text = input.value;
    if (!text.trim()) { setStatus(t('empty'), true); return Promise.resolve(); }
    setStatus(t('checking'));
    var started = Date.now();
    return window.gouji.analyze(text, {lang: lang}).then(function (result) {
      last = {text: text, result: result};
      $('results').hidden = false;
      renderReport(text, result.documents[0].findings);
      renderFindings(result);
      setStatus(t('checked', {ms: Date.now() - started}));
    });
  }

  function openFile(file) {
    var reader = new FileReader();
    reader.onload = function () {
      window.gouji.analyzeBytes(new Uint8Array(reader.result), {lang: lang, include_text: true, path: file.name}).then(function (r) {
        var doc = r.documents[0];
        if (doc.text === undefined || (doc.findings[0] && doc.findings[0].rule === 'E02')) {
          setStatus(t('file_failed', {name: file.name, reason: doc.findings.length ? doc.findings[0].message : '?'}), true);
          return;
        }
        input.value = doc.text;
        check().then(function () { setStatus(t('file_read', {name: file.name, encoding: doc.encoding})); });
      });
    };
    reader.onerror = function () { setStatus(t('file_failed', {name: file.name, reason: String(reader.error)}), true); };
    reader.readAsArrayBuffer(file);
  }

  function setup() {
    applyLanguage();
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
      input.value = examples[Number(select.value)].text;
      select.value = '';
      check();
    });
    $('check').addEventListener('click', check);
    $('clear').addEventListener('click', function () {
      input.value = '';
      $('results').hidden = true;
      setStatus(t('ready'));
      input.focus();
    });
    $('file').addEventListener('change', function (e) {
      if (e.target.files && e.target.files[0]) openFile(e.target.files[0]);
      e.target.value = '';
    });
    document.addEventListener('dragover', function (e) { e.preventDefault(); });
    document.addEventListener('drop', function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0]) openFile(e.dataTransfer.files[0]);
    });
    $('lang').addEventListener('click', function () {
      lang = lang === 'zh' ? 'en' : 'zh';
      applyLanguage();
      if (last) check();
    });
    window.gouji.ready.then(function () {
      $('check').disabled = false;
      setStatus(t('ready'));
      return window.gouji.version();
    }).then(function (v) {
      $('version').textContent = 'v' + v;
    }, function (err) {
      setStatus(t('load_failed', {reason: err && err.message ? err.message : String(err)}), true);
    });
  }

  setup();
})();
