// The 识别结果 tab: what was read — genre and year with the words that decided them, where the
// reading copy differs from the text, headings, tables cell by cell, every number with its
// label and unit; each line selects its place in the text. ES5.
(function () {
  'use strict';
  var ctx = window.GoujiPage, state = ctx.state, $ = ctx.$, el = ctx.el, t = ctx.t, S = window.GOUJI_STRINGS;
  var selectRange = ctx.late('selectRange');

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

  ctx.renderRead = renderRead;
})();
