// Several reports in one sitting: files dropped or chosen together (or a folder, where the
// browser gives one) are checked one after another in the engine (the worker: the page keeps
// taking input) and summed up one row per report — file, errors / warnings / info, the top
// finding, relations checked, triage counts — each row opening its report in the normal view,
// where text, findings and triage stay per document as for one file. A file that cannot be read
// says why in its row and the others go on. The summary exports to CSV with the columns of
// `gouji check --summary csv` (cli/batch.cpp), the triage counts after them. ES5: Chromium 69.
(function () {
  'use strict';
  var strings = {
    zh: {
      batch_title: '多份报告汇总', batch_progress: '正在检查第 {i}/{n} 份：{name}', batch_done: '共 {n} 份报告，{bad} 份无法读取。点击一行打开该报告。',
      batch_file: '文件', batch_errors: '错误', batch_warnings: '警告', batch_infos: '提示', batch_top: '首要问题', batch_checked: '核对关系数',
      batch_export: '导出汇总 CSV', batch_close: '关闭汇总', batch_back: '返回汇总（{n} 份）', batch_not_read: '无法读取：',
      batch_none: '未发现问题', batch_pending: '等待检查…', batch_folder: '打开文件夹'
    },
    en: {
      batch_title: 'Reports summary', batch_progress: 'Checking {i}/{n}: {name}', batch_done: '{n} reports, {bad} unreadable. Click a row to open its report.',
      batch_file: 'File', batch_errors: 'Errors', batch_warnings: 'Warnings', batch_infos: 'Info', batch_top: 'Top finding', batch_checked: 'Relations checked',
      batch_export: 'Export summary CSV', batch_close: 'Close summary', batch_back: 'Back to summary ({n})', batch_not_read: 'not read: ',
      batch_none: 'no findings', batch_pending: 'waiting…', batch_folder: 'Open folder'
    }
  };
  var S = window.GOUJI_STRINGS;
  ['zh', 'en'].forEach(function (l) { Object.keys(strings[l]).forEach(function (k) { if (S[l][k] === undefined) S[l][k] = strings[l][k]; }); });

  var rank = {error: 0, warning: 1, info: 2};
  var rows = [], run = 0, ctxOf = null, envelope = null;  // envelope: the core's JSON around its documents

  // Only these are reports when a folder is walked (a picked or dropped file is always tried).
  function isReport(name) { return /\.(txt|docx)$/i.test(name); }

  // The CLI's top finding (cli/text_output.cpp top_finding): the first of the most severe ones,
  // "RULE line:column message" — "RULE message" when it points at no text (E02, E03, E04).
  function top(findings) {
    var best = null;
    findings.forEach(function (f) { if (!best || rank[f.severity] < rank[best.severity]) best = f; });
    if (!best) return '';
    return best.rule + (best.spans && best.spans.length ? ' ' + best.line + ':' + best.column : '') + ' ' + best.message;
  }
  // One report's triage marks {findingKey: {s, r}}, read from the per-document store triage.js writes.
  function marks(ctx, row) {
    var all;
    try { all = JSON.parse(ctx.store.get('gouji.triage.bydoc', '{}') || '{}'); } catch (e) { all = {}; }
    return (all && row.text !== undefined && all[ctx.docKey(row.text)]) || {};
  }
  function triageCounts(ctx, row) {
    var c = {verified: 0, fix: 0, explained: 0, 'false': 0}, doc = marks(ctx, row);
    row.keys.forEach(function (k) { var v = doc[k]; if (v && c[v.s] !== undefined) c[v.s]++; });
    return c;
  }

  function read(file) {
    return new Promise(function (resolve, reject) {
      var r = new FileReader();
      r.onload = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error || new Error('read error')); };
      r.readAsArrayBuffer(file);
    });
  }
  // One report through the engine; the row gets counts and top finding, or why it was not read.
  // The counts and the top finding are the CLI's also for a file the page cannot open (E02 not
  // text, E04 a damaged .docx, E03 nothing to check — an empty file goes to the core too), so
  // the summary CSV says of it what `gouji check --summary csv` says; the row shows why.
  function analyse(ctx, row, file) {
    var st = ctx.state;
    return read(file).then(function (buf) {
      return window.gouji.analyzeBytes(new Uint8Array(buf || new ArrayBuffer(0)), {lang: st.lang, include_text: true, path: row.name});
    }).then(function (r) {
      var doc = r.documents[0];
      row.n = window.gouji.count(doc);
      row.top = top(doc.findings);
      row.checked = (doc.checked || []).length;
      // The document for the summary's JSON (its text is kept once, in row.text).
      row.doc = {};
      Object.keys(doc).forEach(function (k) { if (k !== 'text') row.doc[k] = doc[k]; });
      if (!envelope) { envelope = {}; Object.keys(r).forEach(function (k) { if (k !== 'documents') envelope[k] = r[k]; }); }
      var fatal = doc.findings.filter(function (f) { return f.rule === 'E02' || f.rule === 'E04'; })[0];
      if (fatal) throw new Error(fatal.message);
      if (doc.text === undefined || !doc.text.trim()) throw new Error(ctx.t('file_empty'));
      row.text = doc.text;
      row.encoding = doc.encoding;
      row.keys = doc.findings.map(function (f) { return ctx.keyOf(f, doc.text); });
    }).then(null, function (err) {
      row.error = String(err && err.message || err);
    }).then(function () { row.done = true; });
  }

  // Checks `files` one after another (a new batch replaces the one still running).
  function start(ctx, files) {
    ctxOf = ctx;
    var mine = ++run;
    rows = files.map(function (f) { return {name: f.webkitRelativePath || f.name, done: false}; });
    show(true);
    var i = 0;
    (function next() {
      if (mine !== run) return;
      if (i >= files.length) { status(); return; }
      var row = rows[i], file = files[i];
      i++;
      progress(i, files.length, row.name);
      analyse(ctx, row, file).then(function () {
        if (mine !== run) return;
        update(i - 1);
        setTimeout(next, 0);  // the page paints between reports
      });
    })();
    return rows;
  }
  function progress(i, n, name) { box().querySelector('.batch-status').textContent = ctxOf.t('batch_progress', {i: i, n: n, name: name}); }

  // The summary panel, made once, above the editor and the list.
  function box() {
    var b = document.getElementById('batch'), ctx = ctxOf, el = ctx.el;
    if (b && b.getAttribute('data-lang') === ctx.state.lang) return b;
    var was = b;
    b = el('section', 'batch');
    b.id = 'batch';
    b.setAttribute('data-lang', ctx.state.lang);
    b.hidden = was ? was.hidden : true;
    b.addEventListener('click', function (e) {
      for (var n = e.target; n && n.getAttribute; n = n.parentNode) if (n.getAttribute('data-row') !== null) return open(Number(n.getAttribute('data-row')));
    });
    b.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && e.target.getAttribute && e.target.getAttribute('data-row') !== null) open(Number(e.target.getAttribute('data-row')));
    });
    var head = el('div', 'batch-head');
    head.appendChild(el('h2', '', ctx.t('batch_title')));
    var exp = el('button', '', ctx.t('batch_export'));
    exp.type = 'button';
    exp.id = 'batch-export';
    exp.addEventListener('click', function () { window.GoujiExport.download('勾稽-汇总.csv', 'text/csv;charset=utf-8', csv(ctx)); });
    head.appendChild(exp);
    var close = el('button', '', ctx.t('batch_close'));
    close.type = 'button';
    close.id = 'batch-close';
    close.addEventListener('click', function () { show(false); });
    head.appendChild(close);
    b.appendChild(head);
    b.appendChild(el('p', 'batch-status muted', ''));
    var table = el('table', 'batch-table');
    var tr = el('tr');
    ['batch_file', 'batch_errors', 'batch_warnings', 'batch_infos', 'batch_top', 'batch_checked',
     'tri_verified', 'tri_fix', 'tri_explained', 'tri_false'].forEach(function (k) { tr.appendChild(el('th', '', ctx.t(k))); });
    var thead = el('thead');
    thead.appendChild(tr);
    table.appendChild(thead);
    table.appendChild(el('tbody'));
    b.appendChild(table);
    var main = document.querySelector('main');
    if (was) main.replaceChild(b, was); else main.insertBefore(b, main.querySelector('.panes'));
    if (was) render();
    return b;
  }
  function back() {
    var b = document.getElementById('batch-back');
    if (b) return b;
    b = ctxOf.el('button', 'batch-back', '');
    b.type = 'button';
    b.id = 'batch-back';
    b.hidden = true;
    b.addEventListener('click', function () { show(true); });
    var bar = document.querySelector('.toolbar');
    bar.insertBefore(b, bar.firstChild);
    return b;
  }
  function show(on) {
    box().hidden = !on;
    document.body.classList.toggle('batch-open', on);
    var b = back();
    b.hidden = on || !rows.length;
    b.textContent = ctxOf.t('batch_back', {n: rows.length});
    if (on) render();
    window.GoujiHandover.enable(ctxOf);  // the toolbar's exports now act on the summary, or on the report again
  }
  // The summary is on screen (the toolbar's exports and print act on it), and every report is checked.
  function isOpen() { var b = document.getElementById('batch'); return !!b && !b.hidden; }
  function done() { return rows.length > 0 && rows.every(function (r) { return r.done; }); }

  function rowOf(i) {
    var ctx = ctxOf, el = ctx.el, row = rows[i];
    var tr = el('tr', row.error ? 'bad' : row.done ? 'open' : 'pending');
    tr.setAttribute('data-row', String(i));
    tr.appendChild(el('td', 'fname', row.name));
    if (!row.done || row.error) {
      var td = el('td', 'msg', row.error ? ctx.t('batch_not_read') + row.error : ctx.t('batch_pending'));
      td.colSpan = 9;
      tr.appendChild(td);
      return tr;
    }
    var tri = triageCounts(ctx, row);
    tr.appendChild(el('td', 'num' + (row.n.error ? ' error' : ''), row.n.error));
    tr.appendChild(el('td', 'num' + (row.n.warning ? ' warning' : ''), row.n.warning));
    tr.appendChild(el('td', 'num', row.n.info));
    tr.appendChild(el('td', 'top', row.top || ctx.t('batch_none')));
    tr.appendChild(el('td', 'num', row.checked));
    ['verified', 'fix', 'explained', 'false'].forEach(function (s) { tr.appendChild(el('td', 'num tri-' + s, tri[s] || '')); });
    tr.tabIndex = 0;
    tr.title = row.name;
    return tr;
  }
  // One row redrawn (a report checked): a folder of a thousand files is not redrawn per file.
  function update(i) {
    var body = box().querySelector('tbody'), old = body.childNodes[i];
    if (old) body.replaceChild(rowOf(i), old);
    status();
  }
  function render() {
    var body = box().querySelector('tbody');
    body.textContent = '';
    rows.forEach(function (row, i) { body.appendChild(rowOf(i)); });
    status();
  }
  function status() {
    var ctx = ctxOf, done = rows.filter(function (r) { return r.done; }).length;
    if (done === rows.length) {
      box().querySelector('.batch-status').textContent = ctx.t('batch_done', {n: rows.length, bad: rows.filter(function (r) { return r.error; }).length});
    }
    document.getElementById('batch-export').disabled = done < rows.length;
    window.GoujiHandover.enable(ctx);
  }
  function open(i) {
    var row = rows[i];
    if (!row || !row.done || row.error) return;
    show(false);
    ctxOf.openText(row.text, row.name, row.encoding);
  }

  // RFC 4180, a leading = + @ tab CR or - neutralised: csv_field() of cli/batch.cpp.
  function field(v) {
    var s = v === undefined || v === null ? '' : String(v);
    if (/^([=+@\t\r]|-.)/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  // `gouji check --summary csv`'s columns and rows (a file the engine never got: its reason in
  // top_finding; a file the core refused: its counts and top finding, as the CLI), then the
  // reviewer's triage counts (empty for a report that cannot be opened).
  function csv(ctx) {
    var out = ['file,errors,warnings,infos,top_finding,checked,verified,to_correct,explained,false_alarm'];
    rows.forEach(function (row) {
      var cli = row.n ? [field(row.name), row.n.error, row.n.warning, row.n.info, field(row.top), row.checked]
                      : [field(row.name), '', '', '', field(ctx.t('batch_not_read') + row.error), ''];
      var tri = row.error ? null : triageCounts(ctx, row);
      out.push(cli.concat(tri ? [tri.verified, tri.fix, tri.explained, tri['false']] : ['', '', '', '']).join(','));
    });
    return '\uFEFF' + out.join('\r\n') + '\r\n';
  }
  // Every report the core read, as `gouji check --format json` gives the same files (one document
  // each, its path the file's), each finding with the reviewer's status and reason; files the
  // browser could not read at all listed after them.
  function json(ctx) {
    var out = {};
    Object.keys(envelope || {}).forEach(function (k) { out[k] = envelope[k]; });
    out.documents = rows.filter(function (row) { return row.doc; }).map(function (row) {
      var d = {}, tri = marks(ctx, row);
      Object.keys(row.doc).forEach(function (k) { d[k] = row.doc[k]; });
      d.path = row.name;
      d.view = 'all';
      d.findings = row.doc.findings.map(function (f) {
        var c = {}, m = row.text === undefined ? null : tri[ctx.keyOf(f, row.text)];
        Object.keys(f).forEach(function (k) { c[k] = f[k]; });
        c.status = m ? m.s : null;
        c.reason = m ? m.r : '';
        return c;
      });
      return d;
    });
    var lost = rows.filter(function (row) { return row.error && !row.doc; });
    if (lost.length) out.not_read = lost.map(function (row) { return {path: row.name, reason: row.error}; });
    return JSON.stringify(out, null, 2);
  }
  // The summary printed: title, date, how many reports, and its table (headers on every page).
  function buildPrint(container, ctx) {
    var R = window.GoujiHandover, t = ctx.t;
    container.textContent = '';
    var h = document.createElement('h1');
    h.textContent = t('batch_title');
    container.appendChild(h);
    [t('opinion_date', {date: R.today()}), t('batch_done', {n: rows.length, bad: rows.filter(function (r) { return r.error; }).length}).split('。')[0] + '。']
      .forEach(function (s) { var p = document.createElement('p'); p.className = 'opinion-meta'; p.textContent = s; container.appendChild(p); });
    var head = ['batch_file', 'batch_errors', 'batch_warnings', 'batch_infos', 'batch_top', 'batch_checked',
                'tri_verified', 'tri_fix', 'tri_explained', 'tri_false'].map(function (k) { return t(k); });
    container.appendChild(R.table('opinion-batch', head, rows.map(function (row) {
      if (row.error) return [row.name, '', '', '', t('batch_not_read') + row.error, '', '', '', '', ''];
      var tri = triageCounts(ctx, row);
      return [row.name, row.n.error, row.n.warning, row.n.info, row.top || t('batch_none'), row.checked,
              tri.verified || '', tri.fix || '', tri.explained || '', tri['false'] || ''].map(String);
    })));
  }

  // Every file under dropped folders (webkitGetAsEntry: Chromium's drag-and-drop of folders).
  function walk(entries) {
    var files = [];
    function entry(e) {
      if (!e) return Promise.resolve();
      if (e.isFile) return new Promise(function (res) { e.file(function (f) { if (isReport(f.name)) files.push(f); res(); }, function () { res(); }); });
      if (!e.isDirectory) return Promise.resolve();
      var reader = e.createReader();
      return new Promise(function (res) {
        var kids = [];
        (function more() {  // readEntries answers in batches until an empty one
          reader.readEntries(function (batch) {
            if (!batch.length) { kids.sort(function (a, b) { return a.fullPath < b.fullPath ? -1 : 1; }); return res(chain(kids)); }
            kids = kids.concat(Array.prototype.slice.call(batch));
            more();
          }, function () { res(chain(kids)); });
        })();
      });
    }
    function chain(list) {
      return list.reduce(function (p, e) { return p.then(function () { return entry(e); }); }, Promise.resolve());
    }
    return chain(entries).then(function () { return files; });
  }
  // A drop: null when it is one plain file (the normal view opens it), else the files to sum up.
  function dropped(dt) {
    var items = dt.items ? Array.prototype.slice.call(dt.items) : [];
    var entries = items.map(function (it) { return it.webkitGetAsEntry ? it.webkitGetAsEntry() : null; });
    var folder = entries.some(function (e) { return e && e.isDirectory; });
    if (folder) return walk(entries);
    var files = Array.prototype.slice.call(dt.files || []);
    return files.length > 1 ? Promise.resolve(files) : null;
  }

  // The folder picker (webkitdirectory) beside 打开; row clicks open their report.
  function wire(ctx) {
    ctxOf = ctx;
    var file = document.getElementById('file');
    if (file) file.multiple = true;
    var probe = document.createElement('input');
    if ('webkitdirectory' in probe && file) {
      var label = ctx.el('label', 'file folder');
      label.appendChild(ctx.el('span', '', ctx.t('batch_folder')));
      var dir = ctx.el('input');
      dir.type = 'file';
      dir.id = 'folder';
      dir.setAttribute('webkitdirectory', '');
      dir.multiple = true;
      dir.addEventListener('change', function () {
        var files = Array.prototype.slice.call(dir.files || []).filter(function (f) { return isReport(f.name); });
        files.sort(function (a, b) { return (a.webkitRelativePath || a.name) < (b.webkitRelativePath || b.name) ? -1 : 1; });
        if (files.length) start(ctx, files);
        dir.value = '';
      });
      label.appendChild(dir);
      file.parentNode.parentNode.insertBefore(label, file.parentNode.nextSibling);
    }
    box();
  }

  window.GoujiBatch = {wire: wire, start: start, dropped: dropped, rows: function () { return rows; }, isOpen: isOpen, done: done,
    csv: function () { return csv(ctxOf); }, json: function () { return json(ctxOf); }, buildPrint: function (c) { buildPrint(c, ctxOf); }};
})();
