// The reviewer's page: paste, open or pick a report; it is checked as it is typed (in a worker
// when the browser allows); findings are highlighted in place, grouped by section in the side
// panel, explained in a card, dismissable, exportable. Report text and messages are only ever
// inserted as text nodes.
//
// The page is made of small files (web/manifest.json puts them in order); this one holds what
// they share: the state, local storage, the strings, element helpers and the rule help, all on
// window.GoujiPage — the `ctx` that list.js, triage.js, handover.js, sheet.js and batch.js are
// given. Each later file adds its functions there: keep.js (draft, dismissals), render.js (a
// check drawn: marks, counts, list), card.js (the finding card, stepping), editor.js (edits,
// undo, fixes, the textarea's events), check.js (checking, opening a file), rates-pane.js,
// read-pane.js (the two tabs), app.js (the buttons, keys and start-up). ES5: Chromium 64.
(function () {
  'use strict';
  var S = window.GOUJI_STRINGS, L = window.GoujiList;
  var $ = function (id) { return document.getElementById(id); };
  var status = $('status');
  var store = {
    get: function (k, d) { try { var v = window.localStorage.getItem(k); return v === null ? d : v; } catch (e) { return d; } },
    set: function (k, v) { try { window.localStorage.setItem(k, v); } catch (e) { /* storage full or disabled */ } },
    del: function (k) { try { window.localStorage.removeItem(k); } catch (e) { /* ignore */ } }
  };
  var state = {
    lang: store.get('gouji.lang', 'zh'),
    text: '', result: null, findings: [], visible: [], current: -1, seq: 0,
    dismissed: {},  // keep.js
    filters: {error: true, warning: true, info: true}, showDismissed: false
  };
  var timers = {};
  var LONG = 200000;  // characters: a long text (progress shown, pasted as one assignment)
  var ctx = window.GoujiPage = {state: state, store: store, timers: timers, LONG: LONG, $: $, t: t, el: el,
    setStatus: setStatus, applyLanguage: applyLanguage, nums: nums, fiOf: fiOf, debounce: debounce,
    ruleTag: ruleTag, ruleTitle: ruleTitle,
    input: $('input'), backdrop: $('report'), list: $('findings'), card: $('card'),
    // The editor's scrolling box (textarea and highlight layer scroll in it together), and the
    // viewport as the highlight layer's visible-first drawing reads it: what is scrolled, how
    // much shows, and how high the text is (the textarea, sized to its text).
    scroller: $('scroller'),
    view: {
      get scrollTop() { return $('scroller').scrollTop; },
      get clientHeight() { return $('scroller').clientHeight; },
      get scrollHeight() { return $('input').offsetHeight; }
    },
    // A function another file of the page defines, looked up when it is called (so the files
    // need not come in the order they call each other).
    late: function (name) { return function () { return ctx[name].apply(null, arguments); }; }};
  L.restore(ctx);  // the reviewer's last order, filters and ignored rules

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
  // "应为 X · 报告为 Y", leaving out whichever side the finding does not have.
  function nums(f) {
    var parts = [];
    if (f.expected && f.expected === f.actual) return '';  // nothing to compare: the message says it
    if (f.expected) parts.push(t('expected') + ' ' + f.expected);
    if (f.actual) parts.push(t('actual') + ' ' + f.actual);
    return parts.join(' · ');
  }
  // A visible finding's index in the check's findings: what the highlight layer's marks carry.
  function fiOf(vi) { return state.visibleAt[vi]; }
  function debounce(name, ms, fn) {
    clearTimeout(timers[name]);
    timers[name] = setTimeout(fn, ms);
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
})();
