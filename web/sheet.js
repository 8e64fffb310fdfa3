// The arithmetic shown, not only told: a finding's card gets a small reconciliation sheet built
// from the relation the check could not verify (the result's `checked` entry whose inputs hold
// the finding's stated number): each part with its label, their sum, the stated value and the
// difference (万元 and % of the report's 决算 total). For a table cell, the row's sum and the
// column's sum are both shown. And the cells of one table that only balance together get one
// "apply all" button. ES5; text nodes only.
(function () {
  'use strict';
  var S = window.GOUJI_STRINGS;
  var strings = {
    zh: {sheet_parts: '组成', sheet_sum: '计算合计', sheet_stated: '报告数', sheet_diff: '差额', sheet_of_total: '占决算 {p}%',
         sheet_apply_set: '按建议修改本表 {n} 处（需一并修改才能平衡）', sheet_part: '第 {n} 项', sheet_fix: '建议改为'},
    en: {sheet_parts: 'Parts', sheet_sum: 'Computed', sheet_stated: 'Stated', sheet_diff: 'Difference', sheet_of_total: '{p}% of 决算',
         sheet_apply_set: 'Apply the {n} fixes of this table (they balance only together)', sheet_part: 'part {n}', sheet_fix: 'Suggested'}
  };
  ['zh', 'en'].forEach(function (l) { Object.keys(strings[l]).forEach(function (k) { if (S[l][k] === undefined) S[l][k] = strings[l][k]; }); });

  function primary(f) { return (f.spans || []).filter(function (s) { return s.role === 'primary'; })[0] || (f.spans || [])[0]; }
  // The unverified relations that hold the finding's stated number, the finding's own rule
  // first and the smallest (a table row) before larger ones (its column).
  function relations(ctx, f) {
    var p = primary(f), doc = ctx.state.result && ctx.state.result.documents[0];
    if (!p || !doc) return [];
    return (doc.checked || []).filter(function (c) {
      return c.result !== 'consistent' && (c.inputs || []).some(function (s) { return s.start === p.start && s.end === p.end; });
    }).sort(function (a, b) {
      return ((a.rule === f.rule ? 0 : 1) - (b.rule === f.rule ? 0 : 1)) || (a.inputs.length - b.inputs.length);
    }).slice(0, 2);
  }
  // A number's label: the words just before it on its line (a bare table cell has none).
  function label(text, s) {
    var from = s.start, stop = /[，。；：:、\n|\t（(]/;
    while (from > 0 && s.start - from < 14 && !stop.test(text.charAt(from - 1))) from--;
    return text.slice(from, s.start).replace(/[“”"\s其中为是共计合计]+$/g, '').replace(/^[\s“”"]+/, '');
  }
  function num(s) {
    var m = /(-?\d[\d,]*(?:\.\d+)?)/.exec(s || '');
    return m ? Number(m[1].replace(/,/g, '')) : null;
  }

  // The sheet of one relation, read from its formula ("A+B+C = S（报告X）", "L = R", or a column
  // "“列”各行之和 = S（合计行X）" whose parts are its inputs): parts, sum, stated value,
  // difference; the finding's own suggested value beside the sheet.
  var NUM = /-?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元|%|个|人|项)?/;
  function split(seg) {
    var m = NUM.exec(seg);
    return m ? {label: seg.slice(0, m.index).replace(/[：:=]+$/, '').trim(), value: m[0].trim()} : {label: seg.trim(), value: ''};
  }
  function sheet(ctx, f, c) {
    var el = ctx.el, text = ctx.state.text, t = ctx.t, p = primary(f);
    var table = el('table', 'sheet');
    var row = function (cls, a, b, mark) {
      var tr = el('tr', cls + (mark ? ' suspect' : ''));
      tr.appendChild(el('td', '', a));
      tr.appendChild(el('td', 'num', b));
      table.appendChild(tr);
    };
    var formula = String(c.formula || ''), stated = null;
    var paren = /（([^（）]*)）\s*$/.exec(formula);
    if (paren) { stated = split(paren[1].replace(/^报告/, '')); formula = formula.slice(0, paren.index); }
    var segs = formula.split(/\s=\s/).map(function (x) { return x.replace(/^[^：]*：/, ''); });
    var lhs = segs[0], terms = /\d/.test(lhs) ? lhs.split('+') : [];
    var inputs = c.inputs || [];
    if (terms.length) {
      // A term's number in the text: the input of that value, when only one term has it.
      var parts = terms.map(split), count = {};
      parts.forEach(function (x) { var v = num(x.value); count[v] = (count[v] || 0) + 1; });
      parts.forEach(function (x, i) {
        var v = num(x.value), s = count[v] === 1 ? inputs.filter(function (s) { return num(text.slice(s.start, s.end)) === v; })[0] : null;
        row('part', x.label || (s && label(text, s)) || t('sheet_part', {n: i + 1}), x.value, s && p && s.start === p.start && s.end === p.end);
      });
    } else {  // a column: its cells are the inputs after the total
      if (lhs) table.appendChild(el('tr', 'caption')).appendChild(el('td', '', lhs)).colSpan = 2;
      inputs.slice(1, 41).forEach(function (s, i) {
        row('part', label(text, s) || t('sheet_part', {n: i + 1}), text.slice(s.start, s.end), p && s.start === p.start && s.end === p.end);
      });
    }
    var last = null;
    segs.slice(1).forEach(function (seg, i) {
      last = split(seg);
      row(i === segs.length - 2 ? 'sum' : 'part', (i === segs.length - 2 && terms.length > 1 ? t('sheet_sum') + ' ' : '') + last.label, last.value);
    });
    if (stated) row('stated', t('sheet_stated') + (stated.label ? '（' + stated.label + '）' : ''), stated.value);
    var a = num(last ? last.value : ''), b = stated ? num(stated.value) : num(terms.length === 1 ? split(terms[0]).value : '');
    if (a !== null && b !== null) {
      var d = Math.round(Math.abs(a - b) * 100) / 100, total = window.GoujiList && window.GoujiList.finalTotal(ctx);
      var unit = /亿元|万元|千元|元|%|个|人|项/.exec((last && last.value) || '');
      var wan = unit ? unit[0] === '万元' : /万元/.test(f.expected || '');
      row('diff', t('sheet_diff'), d.toFixed(2) + (unit ? unit[0] : wan ? '万元' : '') +
        (total && wan ? '（' + t('sheet_of_total', {p: (Math.round(d / total * 10000) / 100).toFixed(2)}) + '）' : ''));
    }
    if (f.fixes && f.fixes.length && p) {
      row('fix', t('sheet_fix'), text.slice(p.start, p.end) + ' → ' + f.fixes.map(function (x) { return x.replacement; }).join('、'), true);
    }
    return table;
  }

  function build(ctx, f) {
    var box = ctx.el('div', 'sheets');
    relations(ctx, f).forEach(function (c) {
      box.appendChild(ctx.el('div', 'sheet-title', c.rule + ' · ' + String(c.formula || '').split(' = ')[0].split('：')[0]));
      box.appendChild(sheet(ctx, f, c));
    });
    return box.childNodes.length ? box : null;
  }

  // The set a table cell's fix belongs to: the other fixable findings of the same rule whose
  // relations share an unverified relation with it (the cells of one failing column).
  function fixSet(ctx, f) {
    if (!f.fixes || !f.fixes.length) return [];
    var mine = relations(ctx, f);
    var shared = function (g) {
      return relations(ctx, g).some(function (c) { return mine.indexOf(c) >= 0; });
    };
    var set = ctx.state.visible.filter(function (g) { return g.rule === f.rule && g.fixes && g.fixes.length && !ctx.isDismissed(g) && shared(g); });
    return set.length > 1 ? set : [];
  }

  window.GoujiSheet = {build: build, fixSet: fixSet, relations: relations};
})();
