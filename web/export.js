// Exports of a check: CSV (UTF-8 with BOM, so Excel and WPS keep the Chinese), JSON, and the
// print view (annotated report + finding list) that prints cleanly to PDF.
(function () {
  'use strict';
  function csvCell(v) {
    var s = v === undefined || v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function csv(result, t) {
    var head = [t('col_severity'), t('col_rule'), t('col_line'), t('col_column'), t('col_section'), t('col_message'),
                t('expected'), t('actual'), t('col_hint')];
    var rows = [head];
    result.documents[0].findings.forEach(function (f) {
      rows.push([t(f.severity), f.rule, f.line, f.column, f.section || '', f.message, f.expected, f.actual, f.hint || '']);
    });
    return '\uFEFF' + rows.map(function (r) { return r.map(csvCell).join(','); }).join('\r\n') + '\r\n';
  }

  function download(name, mime, content) {
    var blob = new Blob([content], {type: mime});
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  // Fills the print-only section: the report with its marks and a numbered finding list.
  function buildPrint(container, text, findings, t) {
    container.textContent = '';
    var h = document.createElement('h1');
    h.textContent = t('print_title');
    container.appendChild(h);
    var body = document.createElement('div');
    body.className = 'print-report';
    window.GoujiHighlight.render(body, text, findings);
    container.appendChild(body);
    var table = document.createElement('table');
    table.className = 'print-findings';
    findings.forEach(function (f, i) {
      var tr = document.createElement('tr');
      [String(i + 1), t(f.severity), f.rule, t('line', {n: f.line}), f.message + (f.hint ? '（' + f.hint + '）' : '')].forEach(function (c) {
        var td = document.createElement('td');
        td.textContent = c;
        tr.appendChild(td);
      });
      tr.className = f.severity;
      table.appendChild(tr);
    });
    container.appendChild(table);
  }

  window.GoujiExport = {csv: csv, download: download, buildPrint: buildPrint};
})();
