// What the page keeps across re-checks and reloads, in local storage: the draft and the
// dismissals (per document), and the keys that name a document and a finding in them.
// (Order, filters and ignored rules: list.js; triage: triage.js.) ES5.
(function () {
  'use strict';
  var ctx = window.GoujiPage, state = ctx.state, store = ctx.store, input = ctx.input;
  var render = ctx.late('render');

  // Dismissals per document: {documentKey: [findingKey…]}. (The old flat list, keyed by context
  // alone, silenced the same boilerplate sentence in every department's report: not carried over.)
  function loadDismissed() {
    try {
      var d = JSON.parse(store.get('gouji.dismissed.bydoc', '{}') || '{}');
      return d && typeof d === 'object' && !Array.isArray(d) ? d : {};
    } catch (e) { return {}; }
  }
  state.dismissed = loadDismissed();

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
  function isDismissed(f) {
    var list = state.dismissed[docKey(state.text)];
    return !!list && list.indexOf(keyOf(f)) >= 0;
  }
  function toggleDismiss(f) {
    state.dismissed = loadDismissed();  // what another tab of the page kept meanwhile stays
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
  function saveDraft() {
    var text = ctx.text();
    if (text) store.set('gouji.draft', text); else store.del('gouji.draft');
  }

  // Another tab of the page changed what is kept: take it over before this tab writes its own
  // (each writes its whole copy: a stale one wiped the other tab's dismissals, ignored rules,
  // filters and order). Fired only in the other tabs, only when a value changed.
  window.addEventListener('storage', function (e) {
    if (e.key === 'gouji.dismissed.bydoc') state.dismissed = loadDismissed();
    else if (e.key === 'gouji.view' || e.key === 'gouji.rules.ignored') window.GoujiList.restore(ctx);
    else if (e.key === 'gouji.triage.bydoc') { if (window.GoujiTriage) window.GoujiTriage.forget(); }
    else if (e.key !== null) return;  // null: the storage was cleared
    else { state.dismissed = loadDismissed(); window.GoujiList.restore(ctx); if (window.GoujiTriage) window.GoujiTriage.forget(); }
    render();
  });

  ctx.docKey = docKey; ctx.keyOf = keyOf; ctx.isDismissed = isDismissed; ctx.toggleDismiss = toggleDismiss; ctx.saveDraft = saveDraft;
})();
