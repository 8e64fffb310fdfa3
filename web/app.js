// The reviewer's page, wired: examples, buttons, language, filters, the list's clicks, the
// keys, the tabs, drops, and start-up (the draft back, the engine ready). What each part does
// lives in the files before this one (page.js lists them). ES5.
(function () {
  'use strict';
  var ctx = window.GoujiPage, state = ctx.state, store = ctx.store, $ = ctx.$, el = ctx.el, t = ctx.t;
  var L = window.GoujiList, R = window.GoujiHandover, B = window.GoujiBatch;
  var input = ctx.input, list = ctx.list, timers = ctx.timers;
  var setStatus = ctx.setStatus, applyLanguage = ctx.applyLanguage, docKey = ctx.docKey, saveDraft = ctx.saveDraft;
  var render = ctx.render, check = ctx.check, openFile = ctx.openFile, replaceAll = ctx.replaceAll, undo = ctx.undo;
  var applyAll = ctx.applyAll, hideCard = ctx.hideCard, focusFinding = ctx.focusFinding, step = ctx.step;
  var toggleDismiss = ctx.toggleDismiss, renderRead = ctx.renderRead, renderRates = ctx.renderRates;

  function itemOf(e) {
    for (var n = e.target; n && n !== list; n = n.parentNode) if (n.getAttribute && n.getAttribute('data-finding') !== null) return n;
    return null;
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
      if (ctx.text() !== state.text) check();
    });
    ctx.wireEditor();
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
    R.wire(ctx);
    L.wireChips(ctx);
    B.wire(ctx);

    var draft = store.get('gouji.draft', '');
    if (draft) ctx.setText(draft, {fresh: true});
    window.gouji.ready.then(function () {
      $('check').disabled = false;
      window.__goujiReadyAt = window.performance && performance.now ? performance.now() : 0;
      if (ctx.text()) return check().then(function () { if (draft) setStatus(t('restored')); });
      setStatus(t('ready'));
    }).then(function () { return window.gouji.version(); }).then(function (v) {
      $('version').textContent = 'v' + v;
    }, function (err) {
      setStatus(t('load_failed', {reason: err && err.message ? err.message : String(err)}), true);
    });
  }

  setup();
})();
