// The findings list of the page: report order (sections as they appear, lines ascending) or by
// severity or by the money at stake; one line per finding until it is selected; info findings
// folded into one count until asked for; whole rules the reviewer chose to ignore, listed with a
// way back; the severity chips as filters. The reviewer's choices (order, filters, ignored rules)
// are kept in local storage beside the draft and the dismissals. ES5: runs in Chromium 69.
(function () {
  'use strict';
  var rank = {error: 0, warning: 1, info: 2};
  var KEY = 'gouji.view', RULES = 'gouji.rules.ignored';

  // Strings of the list, the triage and the hand-over, merged into the page's table.
  var strings = {
    zh: {
      order: '排序', order_report: '按报告顺序', order_severity: '按严重程度', order_amount: '按涉及金额',
      infos_folded: '另有 {n} 条提示已收起', infos_show: '展开', infos_hide: '收起提示',
      ignore_rule: '忽略此类（{rule}）', ignored_rules: '已忽略的规则：', unignore: '恢复',
      at_stake: '涉及 {amount} 万元', at_stake_share: '涉及 {amount} 万元（占决算 {share}%）',
      by_amount_none: '不涉及金额',
      tri_verified: '已核实', tri_fix: '需整改', tri_explained: '已说明', tri_false: '误报',
      tri_reason: '说明（可选）', tri_clear: '未处理', col_status: '审核状态', col_reason: '审核说明',
      col_file: '文件', col_amount: '涉及金额（万元）', col_sentence: '原文', col_no: '序号',
      export_all: '导出全部问题', opinion_title: '审核意见', opinion_file: '报告文件：{name}', opinion_date: '审核日期：{date}',
      opinion_counts: '问题统计', opinion_fix: '需整改的问题', opinion_fix_none: '没有标为“需整改”的问题。',
      opinion_others: '其他问题', opinion_rates: '附表一 由报告数字计算的比率', opinion_targets: '附表二 绩效目标完成情况',
      opinion_unmarked: '未处理', opinion_total: '合计', opinion_marked: '报告原文中的位置（编号与上表一致）'
    },
    en: {
      order: 'Order', order_report: 'Report order', order_severity: 'By severity', order_amount: 'By amount at stake',
      infos_folded: '{n} info finding(s) folded', infos_show: 'Show', infos_hide: 'Fold info',
      ignore_rule: 'Ignore this kind ({rule})', ignored_rules: 'Ignored rules: ', unignore: 'Restore',
      at_stake: '{amount} 万元 at stake', at_stake_share: '{amount} 万元 at stake ({share}% of 决算)',
      by_amount_none: 'no amount',
      tri_verified: 'Verified', tri_fix: 'To correct', tri_explained: 'Explained', tri_false: 'False alarm',
      tri_reason: 'Reason (optional)', tri_clear: 'Open', col_status: 'Status', col_reason: 'Reason',
      col_file: 'File', col_amount: 'Amount (万元)', col_sentence: 'Sentence', col_no: 'No.',
      export_all: 'Export all findings', opinion_title: 'Review opinion', opinion_file: 'Report file: {name}', opinion_date: 'Date: {date}',
      opinion_counts: 'Counts', opinion_fix: 'Findings to correct', opinion_fix_none: 'No finding is marked “to correct”.',
      opinion_others: 'Other findings', opinion_rates: 'Annex 1 Rates computed from the report', opinion_targets: 'Annex 2 Performance targets',
      opinion_unmarked: 'Open', opinion_total: 'Total', opinion_marked: 'Where they stand in the report (numbers as in the table)'
    }
  };
  var S = window.GOUJI_STRINGS;
  ['zh', 'en'].forEach(function (l) { Object.keys(strings[l]).forEach(function (k) { if (S[l][k] === undefined) S[l][k] = strings[l][k]; }); });

  function read(ctx, key, d) {
    try { var v = JSON.parse(ctx.store.get(key, '') || 'null'); return v === null ? d : v; } catch (e) { return d; }
  }
  // The reviewer's last view; info findings start folded.
  function restore(ctx) {
    var v = read(ctx, KEY, {}) || {}, st = ctx.state;
    st.order = v.order === 'severity' || v.order === 'amount' ? v.order : 'report';
    st.filters = {error: v.error !== false, warning: v.warning !== false, info: v.info === true};
    st.showDismissed = v.showDismissed === true;
    var r = read(ctx, RULES, []);
    st.ignoredRules = Object.prototype.toString.call(r) === '[object Array]' ? r.filter(function (x) { return typeof x === 'string'; }) : [];
  }
  function save(ctx) {
    var st = ctx.state;
    ctx.store.set(KEY, JSON.stringify({order: st.order, error: st.filters.error, warning: st.filters.warning,
      info: st.filters.info, showDismissed: st.showDismissed}));
    ctx.store.set(RULES, JSON.stringify(st.ignoredRules));
  }
  function ignored(ctx, rule) { return ctx.state.ignoredRules.indexOf(rule) >= 0; }
  function setIgnored(ctx, rule, on) {
    var list = ctx.state.ignoredRules, i = list.indexOf(rule);
    if (on && i < 0) list.push(rule);
    if (!on && i >= 0) list.splice(i, 1);
    save(ctx);
    ctx.render();
  }

  // Money a finding concerns, in 万元, and the report's 决算支出 total it is a share of: both from
  // the core's JSON (`at_stake` per finding, `final_total` per document: core/report/at_stake.h),
  // read with the core's own numbers and units rather than re-parsed here.
  function atStake(f) {
    return typeof f.at_stake === 'number' && isFinite(f.at_stake) ? f.at_stake : null;
  }
  function finalTotal(ctx) {
    var r = ctx && ctx.state && ctx.state.result, d = r && r.documents && r.documents[0];
    return d && typeof d.final_total === 'number' && d.final_total > 0 ? d.final_total : null;
  }
  function money(v) {
    var s = (Math.round(v * 100) / 100).toFixed(2), parts = s.split('.');
    parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return parts.join('.');
  }
  function stakeText(ctx, f) {
    var a = atStake(f);
    if (a === null) return '';
    var total = finalTotal(ctx);
    return total ? ctx.t('at_stake_share', {amount: money(a), share: (Math.round(a / total * 10000) / 100).toFixed(2)})
                 : ctx.t('at_stake', {amount: money(a)});
  }

  function byLine(a, b) { return (a.line - b.line) || (a.column - b.column); }
  // The visible findings as groups [{name, items: [visible index…]}] in the chosen order.
  function arrange(ctx) {
    var st = ctx.state, vis = st.visible, idx = vis.map(function (f, i) { return i; });
    var cmp = function (a, b) { return byLine(vis[a], vis[b]) || a - b; };
    if (st.order === 'severity') {
      return ['error', 'warning', 'info'].map(function (k) {
        return {name: ctx.t(k), items: idx.filter(function (i) { return vis[i].severity === k; }).sort(cmp)};
      }).filter(function (g) { return g.items.length; });
    }
    if (st.order === 'amount') {
      idx.sort(function (a, b) {
        var x = atStake(vis[a]), y = atStake(vis[b]);
        if (x !== y) return x === null ? 1 : y === null ? -1 : y - x;
        return (rank[vis[a].severity] - rank[vis[b].severity]) || cmp(a, b);
      });
      var money = idx.filter(function (i) { return atStake(vis[i]) !== null; });
      var rest = idx.filter(function (i) { return atStake(vis[i]) === null; });
      return [{name: ctx.t('order_amount'), items: money}, {name: ctx.t('by_amount_none'), items: rest}]
        .filter(function (g) { return g.items.length; });
    }
    // Report order: a section's place is its first finding's line.
    var groups = [], by = {};
    idx.sort(cmp).forEach(function (i) {
      var name = vis[i].section || ctx.t('no_section');
      if (!by[name]) { by[name] = {name: name, items: []}; groups.push(by[name]); }
      by[name].items.push(i);
    });
    return groups;
  }
  // Visible indices in list order: what Alt+↓ / F8 walk.
  function order(ctx) {
    var out = [];
    arrange(ctx).forEach(function (g) { out = out.concat(g.items); });
    return out;
  }

  function controls(ctx) {
    var el = ctx.el, st = ctx.state, box = document.getElementById('list-controls');
    if (!box) {
      box = el('div', 'list-controls');
      box.id = 'list-controls';
      var pane = document.getElementById('findings-pane');
      pane.insertBefore(box, document.getElementById('findings'));
    }
    box.textContent = '';
    var label = el('label', 'order');
    label.appendChild(el('span', '', ctx.t('order')));
    var sel = el('select');
    sel.id = 'order';
    ['report', 'severity', 'amount'].forEach(function (k) {
      var o = el('option', '', ctx.t('order_' + k));
      o.value = k;
      sel.appendChild(o);
    });
    sel.value = st.order;
    sel.addEventListener('change', function () { st.order = sel.value; save(ctx); ctx.render(); });
    label.appendChild(sel);
    box.appendChild(label);
    if (st.ignoredRules.length) {
      var ig = el('div', 'ignored-rules');
      ig.id = 'ignored-rules';
      ig.appendChild(el('span', '', ctx.t('ignored_rules')));
      st.ignoredRules.forEach(function (r) {
        var b = el('button', 'unignore', r + ' ' + ctx.ruleTitle(r) + ' · ' + ctx.t('unignore'));
        b.type = 'button';
        b.setAttribute('data-rule', r);
        b.addEventListener('click', function () { setIgnored(ctx, r, false); });
        ig.appendChild(b);
      });
      box.appendChild(ig);
    }
    // The filter boxes follow the state (a chip or a restored view may have changed it).
    Array.prototype.forEach.call(document.querySelectorAll('[data-filter]'), function (b) { b.checked = !!st.filters[b.getAttribute('data-filter')]; });
    var sd = document.getElementById('show-dismissed');
    if (sd) sd.checked = st.showDismissed;
    // Chips: pressed while their severity is shown.
    Array.prototype.forEach.call(document.querySelectorAll('#summary .chip'), function (c) {
      var k = /(^| )(error|warning|info)( |$)/.exec(c.className);
      if (!k) return;
      c.setAttribute('data-sev', k[2]);
      c.setAttribute('role', 'button');
      c.setAttribute('aria-pressed', st.filters[k[2]] ? 'true' : 'false');
      c.tabIndex = 0;
      c.classList.toggle('off', !st.filters[k[2]]);
    });
  }

  // One line per finding: severity mark, rule, message (cut to the line), line number, status.
  function item(ctx, vi) {
    var st = ctx.state, f = st.visible[vi], el = ctx.el, dismissed = ctx.isDismissed(f);
    var li = el('div', 'finding ' + f.severity + (dismissed ? ' dismissed' : '') + (f.note ? ' note' : ''));
    li.tabIndex = 0;
    li.setAttribute('data-finding', String(vi));
    var line = el('div', 'meta');
    line.appendChild(ctx.ruleTag(f.rule));
    line.appendChild(el('span', 'msg', f.message));
    li.appendChild(line);
    // The core's note on a rule's findings past its bound: it points at no text and there is
    // nothing in it to dismiss or mark.
    if (f.note) {
      li.title = f.message;
      return li;
    }
    var tri = window.GoujiTriage && window.GoujiTriage.get(ctx, f);
    if (tri) line.appendChild(el('span', 'tri tri-' + tri.s, ctx.t('tri_' + tri.s)));
    line.appendChild(el('span', 'where', ctx.t('line', {n: f.line})));
    var dis = el('button', 'dismiss', dismissed ? ctx.t('undismiss') : ctx.t('dismiss'));
    dis.type = 'button';
    // Floated at the line's right, before it (a positioned item is a paint layer of its own:
    // thousands of them made each restyle, layout and take-down of a long list cost more).
    li.insertBefore(dis, line);
    li.title = ctx.t(f.severity) + ' · ' + f.message;
    if (vi === st.current) expand(ctx, li, vi);
    return li;
  }
  // The selected finding opens: hint, stated and expected values, money at stake, triage,
  // "ignore this kind". Clicks inside stay inside (they must not re-select and move the caret).
  function expand(ctx, li, vi) {
    var f = ctx.state.visible[vi], el = ctx.el;
    li.classList.add('current');
    if (li.querySelector('.details')) return;
    var d = el('div', 'details');
    if (f.hint) d.appendChild(el('div', 'hint', f.hint));
    var n = ctx.nums(f), s = stakeText(ctx, f);
    if (n || s) d.appendChild(el('div', 'nums', [n, s].filter(Boolean).join(' · ')));
    if (window.GoujiTriage) d.appendChild(window.GoujiTriage.controls(ctx, f));
    var ig = el('button', 'ignore-rule', ctx.t('ignore_rule', {rule: f.rule}));
    ig.type = 'button';
    ig.addEventListener('click', function () { setIgnored(ctx, f.rule, true); });
    d.appendChild(ig);
    d.addEventListener('click', function (e) { e.stopPropagation(); });
    d.addEventListener('keydown', function (e) { e.stopPropagation(); });
    li.appendChild(d);
  }
  function collapse(li) {
    li.classList.remove('current');
    var d = li.querySelector('.details');
    if (d) li.removeChild(d);
  }
  // Selects a finding in the list (from the list, the text or the keyboard).
  function select(ctx, vi) {
    var list = ctx.state.listBody || document.getElementById('findings');
    ctx.state.current = vi;
    Array.prototype.forEach.call(list.querySelectorAll('.finding.current'), collapse);
    var li = list.querySelector('.finding[data-finding="' + vi + '"]');
    // Not built yet (a long list is built ahead only so far): build on until it is.
    while (!li && ctx.state.moreList && list.querySelectorAll('.finding').length < ctx.state.visible.length) {
      var had = list.querySelectorAll('.finding').length;
      ctx.state.moreList();
      if (list.querySelectorAll('.finding').length === had) break;
      li = list.querySelector('.finding[data-finding="' + vi + '"]');
    }
    if (!li) return;
    expand(ctx, li, vi);
    if (li.scrollIntoView) li.scrollIntoView({block: 'nearest'});
  }

  // Items go into pages of 50 that the browser skips while off-screen (content-visibility):
  // one observed box per item made every frame cost ~80 ms on a 2 MB report's 7 700 findings.
  function pageOf(el, g) {
    if (!g.goujiPage || g.goujiPage.childNodes.length >= 50) g.appendChild(g.goujiPage = el('div', 'page'));
    return g.goujiPage;
  }

  // A built list taken down at once cost Chromium 78 ≈ 40 µs an item (the layout objects it
  // destroys: ≈ 100 ms for the 2 400 items a jump to the last finding builds), in the task of
  // every toggle and dismissal. A long one is retired instead: clipped to nothing at once (no
  // layout of its items), then taken down a few pages a task after the new list is shown.
  function retire(b) {
    b.className += ' retired';
    b.setAttribute('aria-hidden', 'true');
    var a = document.activeElement;
    if (a && a !== document.body && b.contains(a) && a.blur) a.blur();  // as if it had been removed
    // After the next frame (the new list's), a slice a task with room for frames between.
    var later = function (f) { setTimeout(f, 30); };
    var drop = function () {
      for (var n = 0; n < 8 && b.lastChild; n++) {
        var g = b.lastChild;  // a group: its pages one by one, then itself
        if (g.childNodes.length > 1) g.removeChild(g.lastChild); else b.removeChild(g);
      }
      if (b.lastChild) later(drop); else if (b.parentNode) b.parentNode.removeChild(b);
    };
    if (window.requestAnimationFrame) requestAnimationFrame(function () { later(drop); }); else later(drop);
  }

  function render(ctx, timers) {
    var st = ctx.state, root = document.getElementById('findings'), el = ctx.el;
    clearTimeout(timers.list);
    controls(ctx);
    var old = st.listBody, list = el('div', 'list-body');
    Array.prototype.slice.call(root.childNodes).forEach(function (n) {
      if (n === old && old.getElementsByClassName('finding').length > 300) retire(old);
      else if (!/(^| )retired( |$)/.test(n.className || '')) root.removeChild(n);
    });
    root.insertBefore(list, root.firstChild);
    st.listBody = list;
    var queue = [];
    arrange(ctx).forEach(function (grp) {
      var g = el('div', 'group');
      var h = el('h3', '', grp.name);
      var c = {error: 0, warning: 0, info: 0};
      grp.items.forEach(function (vi) { c[st.visible[vi].severity]++; });
      h.appendChild(el('span', 'counts', ['error', 'warning', 'info'].filter(function (k) { return c[k]; })
        .map(function (k) { return ctx.t('n_' + k, {n: c[k]}); }).join(' · ')));
      g.appendChild(h);
      grp.items.forEach(function (vi) { queue.push([g, vi]); });
      list.appendChild(g);
    });
    // Built ahead up to 1 000 items; past that, as the reviewer scrolls near the end (a list of
    // 7 700 items cost Chromium 78 half a second to take down at each filter toggle).
    if (queue.length > 1000) list.classList.add('long');  // content-visibility pages (style.css)
    var next = 0, pane = document.getElementById('findings-pane');
    st.moreList = function slice() {
      clearTimeout(timers.list);
      // 100 a task: Chromium 78 lays a new item out in ≈ 0.17 ms (400 a task made 60–70 ms tasks).
      var stop = Math.min(queue.length, next + (next ? 100 : 150));
      for (; next < stop; next++) pageOf(el, queue[next][0]).appendChild(item(ctx, queue[next][1]));
      if (next < queue.length && (next < 1000 || pane.scrollTop + pane.clientHeight > pane.scrollHeight - 3000))
        timers.list = setTimeout(slice, 0);
    };
    st.moreList();
    // The rest is built after the new list's first frame (its slices ran before it).
    clearTimeout(timers.list);
    if (next < queue.length) {
      var first = function () { timers.list = setTimeout(st.moreList, 0); };
      if (window.requestAnimationFrame) requestAnimationFrame(first); else first();
    }
    // Info findings: one line with their count until the reviewer asks for them.
    var folded = st.result && !st.filters.info ? st.findings.filter(function (f) {
      return f.severity === 'info' && !ignored(ctx, f.rule) && (st.showDismissed || !ctx.isDismissed(f));
    }).length : 0;
    if (st.result && !st.visible.length && !folded) list.appendChild(el('p', 'muted', ctx.t('none')));
    if (folded) {
      var p = el('p', 'folded muted', ctx.t('infos_folded', {n: folded}) + ' ');
      p.id = 'infos-folded';
      var b = el('button', 'link-button', ctx.t('infos_show'));
      b.type = 'button';
      b.addEventListener('click', function (e) { e.stopPropagation(); st.filters.info = true; save(ctx); ctx.render(); });
      p.appendChild(b);
      list.appendChild(p);
    }
    if (!st.result) list.appendChild(el('p', 'muted empty', ctx.t('empty_findings')));
    save(ctx);
  }

  // The severity chips toggle their filter (click, Enter or Space).
  function wireChips(ctx) {
    var summary = document.getElementById('summary');
    var toggle = function (e) {
      var c = e.target && e.target.getAttribute && e.target.getAttribute('data-sev');
      if (!c) return;
      if (e.type === 'keydown' && e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      ctx.state.filters[c] = !ctx.state.filters[c];
      save(ctx);
      ctx.render();
    };
    summary.addEventListener('click', toggle);
    summary.addEventListener('keydown', toggle);
    var sd = document.getElementById('show-dismissed');
    if (sd) sd.addEventListener('change', function () { ctx.state.showDismissed = sd.checked; save(ctx); });
  }

  window.GoujiList = {restore: restore, save: save, ignored: ignored, render: render, select: select, order: order,
    atStake: atStake, finalTotal: finalTotal, stakeText: stakeText, wireChips: wireChips, arrange: arrange};
})();
