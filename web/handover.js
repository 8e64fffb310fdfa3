// Hand-over: what a reviewer sends on. CSV and JSON carry the report's file name and each
// finding's triage status and reason, follow the reviewer's view (filters, dismissed and ignored
// findings, order) unless "all findings" is ticked, and are named after the report. The printed
// 审核意见 (A4 portrait): file name, date, counts by severity and status, each 需整改 finding
// quoted by its sentence with its expected value, numbered [1] [2] … and the same numbers marked
// in the report's own lines below the table, then the rates and targets as 附表. ES5.
(function () {
  'use strict';

  // The report's name: the file it was opened from (while the text is still that report), else
  // its first non-blank line.
  function reportName(ctx) {
    var st = ctx.state, f = st.file;
    if (f && f.key === ctx.docKey(st.text)) return f.name;
    var first = (st.text.split('\n').filter(function (l) { return l.trim(); })[0] || '').trim();
    return first.slice(0, 40) || 'gouji';
  }
  function baseName(ctx) {
    var s = reportName(ctx).replace(/\.(txt|docx)$/i, '').replace(/[\\\/:*?"<>|\u0000-\u001f]+/g, '_').trim();
    return s || 'gouji';
  }
  function findings(ctx, all) {
    var st = ctx.state;
    if (all) return st.findings.slice();
    return window.GoujiList.order(ctx).map(function (vi) { return st.visible[vi]; })
      .filter(function (f) { return st.showDismissed || !ctx.isDismissed(f); });
  }
  function triage(ctx, f) { return (window.GoujiTriage && window.GoujiTriage.get(ctx, f)) || null; }

  // A spreadsheet reads a cell starting with = + - @ (or a tab/CR) as a formula: quote it. The
  // same guard as the CLI's --summary csv (cli/batch.cpp csv_field): a lone "-" stays as it is.
  function csvCell(v) {
    var s = v === undefined || v === null ? '' : String(v);
    if (/^([=+@\t\r]|-.)/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csv(ctx, all) {
    var t = ctx.t, name = reportName(ctx);
    var rows = [[t('col_file'), t('col_severity'), t('col_rule'), t('col_line'), t('col_column'), t('col_section'), t('col_message'),
                 t('expected'), t('actual'), t('col_hint'), t('col_amount'), t('col_status'), t('col_reason')]];
    findings(ctx, all).forEach(function (f) {
      var tri = triage(ctx, f), stake = window.GoujiList.atStake(f);
      rows.push([name, t(f.severity), f.rule, f.line, f.column, f.section || '', f.message, f.expected, f.actual, f.hint || '',
                 stake === null ? '' : stake, tri ? t('tri_' + tri.s) : '', tri ? tri.r : '']);
    });
    return '\uFEFF' + rows.map(function (r) { return r.map(csvCell).join(','); }).join('\r\n') + '\r\n';
  }
  function json(ctx, all) {
    var r = JSON.parse(JSON.stringify(ctx.state.result));
    var doc = r.documents[0], keep = findings(ctx, all);
    doc.path = reportName(ctx);
    doc.view = all ? 'all' : 'reviewer';
    doc.findings = keep.map(function (f) {
      var c = {}, tri = triage(ctx, f);
      Object.keys(f).forEach(function (k) { if (k.indexOf('gouji') !== 0) c[k] = f[k]; });
      c.status = tri ? tri.s : null;
      c.reason = tri ? tri.r : '';
      return c;
    });
    return JSON.stringify(r, null, 2);
  }

  // The sentence a finding's stated number sits in (what a department can find in its Word
  // file): up to 。！？； or the line's end; a table cell (a bare number) gives its whole row.
  // At most 60 characters either side of the number.
  function sentence(text, f) {
    var p = (f.spans || []).filter(function (s) { return s.role === 'primary'; })[0] || (f.spans || [])[0];
    if (!p) return '';
    var cut = function (stop) {
      var from = p.start, to = p.end;
      while (from > 0 && !stop.test(text.charAt(from - 1))) from--;
      while (to < text.length && !stop.test(text.charAt(to))) to++;
      if (to < text.length && text.charAt(to) !== '\n') to++;
      return [from, to];
    };
    var r = cut(/[。！？；\n]/), bare = text.slice(r[0], r[1]).replace(/[\s\d.,%万元|，]/g, '');
    if (bare.length < 2) r = cut(/\n/);
    bare = text.slice(r[0], r[1]).replace(/[\s\d.,%万元|，]/g, '');
    // A cell on a line of its own (a Word table pasted one cell per line): the cells before it.
    if (bare.length < 2) r = [Math.max(0, p.start - 40), r[1]];
    var from = Math.max(r[0], p.start - 60), to = Math.min(r[1], p.end + 60);
    return (from > r[0] || bare.length < 2 ? '…' : '') + text.slice(from, to).replace(/\s*\n\s*/g, ' | ').replace(/\s+/g, ' ').trim() + (to < r[1] ? '…' : '');
  }
  function today() {
    var d = new Date(), two = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());
  }
  function node(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  // A table whose header row repeats on every printed page (thead = table-header-group).
  function table(cls, head, rows) {
    var tb = node('table', 'opinion-table ' + cls), th = node('thead'), tr = node('tr');
    head.forEach(function (h) { tr.appendChild(node('th', '', h)); });
    th.appendChild(tr);
    tb.appendChild(th);
    var body = node('tbody');
    rows.forEach(function (r) {
      var row = node('tr');
      r.forEach(function (c) { row.appendChild(node('td', '', c)); });
      body.appendChild(row);
    });
    tb.appendChild(body);
    return tb;
  }
  // The report's lines holding the 需整改 numbers, each number marked and followed by its row's
  // marker ([n]), lines in text order with "…" where lines are skipped; a long line is cut to
  // 120 characters around its marks; a cell on a line of its own (a Word table pasted one cell a
  // line) comes with the 40 characters before it, as in sentence().
  function markedText(text, fix) {
    var marks = [];
    fix.forEach(function (f, i) {
      var p = (f.spans || []).filter(function (s) { return s.role === 'primary'; })[0] || (f.spans || [])[0];
      if (p) marks.push({start: p.start, end: p.end, n: i + 1});
    });
    marks.sort(function (a, b) { return a.start - b.start || a.n - b.n; });
    var box = node('div', 'opinion-text'), lines = [];
    marks.forEach(function (m) {
      var ls = text.lastIndexOf('\n', m.start - 1) + 1, le = text.indexOf('\n', m.end);
      if (text.slice(ls, le < 0 ? text.length : le).replace(/[\s\d.,%万元|，]/g, '').length < 2) ls = Math.max(0, m.start - 40);
      var last = lines[lines.length - 1], end = le < 0 ? text.length : le;
      if (last && ls <= last.end) { last.marks.push(m); last.end = Math.max(last.end, end); }  // the same line, or overlapping
      else lines.push({start: ls, end: end, marks: [m]});
    });
    lines.forEach(function (l, li) {
      if (li > 0 && text.slice(lines[li - 1].end, l.start).replace(/\s/g, '') !== '') box.appendChild(node('p', 'gap', '…'));
      var from = Math.max(l.start, l.marks[0].start - 120), to = Math.min(l.end, l.marks[l.marks.length - 1].end + 120);
      var p = node('p', 'line'), at = from;
      var put = function (x) { p.appendChild(document.createTextNode(x.replace(/\s*\n\s*/g, ' | '))); };
      if (from > l.start || (l.start > 0 && text.charAt(l.start - 1) !== '\n')) put('…');
      l.marks.forEach(function (m) {
        if (m.start >= at) {
          put(text.slice(at, m.start));
          p.appendChild(node('mark', '', text.slice(m.start, m.end)));
          at = m.end;
        }
        var sup = node('sup', 'marker', '[' + m.n + ']');
        sup.setAttribute('data-n', String(m.n));
        p.appendChild(sup);
      });
      put(text.slice(at, to) + (to < l.end ? '…' : ''));
      box.appendChild(p);
    });
    return box;
  }
  function buildPrint(container, ctx) {
    var t = ctx.t, st = ctx.state, text = st.text, list = findings(ctx, false);
    container.textContent = '';
    container.appendChild(node('h1', '', t('opinion_title')));
    container.appendChild(node('p', 'opinion-meta', t('opinion_file', {name: reportName(ctx)})));
    container.appendChild(node('p', 'opinion-meta', t('opinion_date', {date: today()})));
    // Counts: severity by status.
    var sts = (window.GoujiTriage ? window.GoujiTriage.statuses : []).concat(['']);
    var count = {};
    st.findings.forEach(function (f) {  // counts: every finding of the check, however the list is filtered
      var tri = triage(ctx, f), k = f.severity + '|' + (tri ? tri.s : '');
      count[k] = (count[k] || 0) + 1;
    });
    var rows = ['error', 'warning', 'info'].map(function (sev) {
      var total = 0, r = [t(sev)];
      sts.forEach(function (s) { var n = count[sev + '|' + s] || 0; total += n; r.push(String(n)); });
      r.push(String(total));
      return r;
    });
    container.appendChild(node('h2', '', t('opinion_counts')));
    container.appendChild(table('opinion-counts', [t('col_severity')].concat(sts.map(function (s) { return s ? t('tri_' + s) : t('opinion_unmarked'); }), [t('opinion_total')]), rows));
    // 需整改: quoted by sentence, with the expected value.
    var fix = list.filter(function (f) { var x = triage(ctx, f); return x && x.s === 'fix'; });
    container.appendChild(node('h2', '', t('opinion_fix')));
    if (fix.length) {
      container.appendChild(table('opinion-fix', [t('col_no'), t('col_sentence'), t('col_message'), t('expected'), t('col_reason')],
        fix.map(function (f, i) { var x = triage(ctx, f); return ['[' + (i + 1) + ']', '“' + sentence(text, f) + '”', f.rule + ' ' + f.message, f.expected || '—', x.r || '']; })));
      container.appendChild(node('h3', '', t('opinion_marked')));
      container.appendChild(markedText(text, fix));
    } else container.appendChild(node('p', 'muted', t('opinion_fix_none')));
    var others = list.filter(function (f) { return fix.indexOf(f) < 0; });
    if (others.length) {
      container.appendChild(node('h2', '', t('opinion_others')));
      container.appendChild(table('opinion-others', [t('col_no'), t('col_severity'), t('col_sentence'), t('col_message'), t('col_status')],
        others.map(function (f, i) { var x = triage(ctx, f); return [String(i + 1), t(f.severity), '“' + sentence(text, f) + '”', f.rule + ' ' + f.message, x ? t('tri_' + x.s) + (x.r ? '：' + x.r : '') : t('opinion_unmarked')]; })));
    }
    var doc = st.result.documents[0];
    if ((doc.metrics || []).length) {
      container.appendChild(node('h2', 'annex', t('opinion_rates')));
      container.appendChild(table('opinion-rates', [t('metric_name'), t('metric_value'), t('metric_formula')],
        doc.metrics.map(function (m) { return [m.name, (Math.round(Number(m.value) * 100) / 100) + (m.unit || ''), m.formula]; })));
    }
    if ((doc.targets || []).length) {
      container.appendChild(node('h2', 'annex', t('opinion_targets')));
      container.appendChild(table('opinion-targets', [t('target_name'), t('target_value'), t('target_actual'), t('target_completion'), t('target_status')],
        doc.targets.map(function (x) { return [x.name || '—', x.target || '—', x.actual || '—', x.completion || '—', x.status ? t('status_' + x.status) : '—']; })));
    }
  }

  // The toolbar's 导出 CSV / JSON and 打印 (wired once by app.js). While the several-reports
  // summary is on screen they act on it — every report — not on the report last opened.
  function summary() { var B = window.GoujiBatch; return B && B.isOpen() ? B : null; }
  function wire(ctx) {
    var $ = ctx.$, X = window.GoujiExport, R = window.GoujiHandover;
    var all = function () { return !!($('export-all') && $('export-all').checked); };
    $('export-csv').addEventListener('click', function () {
      if (summary()) return X.download('勾稽-汇总.csv', 'text/csv;charset=utf-8', summary().csv());
      X.download(R.baseName(ctx) + '-勾稽.csv', 'text/csv;charset=utf-8', R.csv(ctx, all()));
    });
    $('export-json').addEventListener('click', function () {
      if (summary()) return X.download('勾稽-汇总.json', 'application/json', summary().json());
      X.download(R.baseName(ctx) + '-勾稽.json', 'application/json', R.json(ctx, all()));
    });
    $('print').addEventListener('click', function () {
      var sum = summary();
      if (sum) sum.buildPrint($('print-view')); else R.buildPrint($('print-view'), ctx);
      var title = document.title;
      document.title = sum ? '勾稽-汇总' : R.baseName(ctx) + '-审核意见';  // the PDF's default file name
      window.print();
      document.title = title;
    });
  }
  // The buttons can act: on the summary once every report in it is checked, else on a checked report.
  function enable(ctx) {
    var sum = summary(), on = sum ? sum.done() : !!ctx.state.result;
    ['export-csv', 'export-json', 'print'].forEach(function (id) { ctx.$(id).disabled = !on; });
  }

  window.GoujiHandover = {reportName: reportName, baseName: baseName, csv: csv, json: json, buildPrint: buildPrint, sentence: sentence, wire: wire, enable: enable,
    table: table, today: today};
})();
