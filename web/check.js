// Checking: the editor's text through the engine (a newer check supersedes an older one; a long
// text shows its progress), and a file opened into the editor. ES5.
(function () {
  'use strict';
  var ctx = window.GoujiPage, state = ctx.state, t = ctx.t, setStatus = ctx.setStatus, timers = ctx.timers;
  var input = ctx.input;
  var render = ctx.late('render'), replaceAll = ctx.late('replaceAll'), saveDraft = ctx.late('saveDraft'), docKey = ctx.late('docKey');

  function check() {
    clearTimeout(timers.check);  // this check covers a typing pause still pending
    var text = ctx.text();
    var seq = ++state.seq;
    if (!text.trim()) {
      state.text = text; state.result = null; state.findings = [];
      render();
      setStatus(t('ready'));
      return Promise.resolve();
    }
    setStatus(t('checking'));
    var started = Date.now();
    var lang = state.lang;
    // A long text: say how far the check is, so a 2 MB paste never looks hung.
    clearInterval(timers.progress);
    if (text.length > 200000) {
      var tick = function () { if (seq === state.seq) setStatus(t('progress', {kb: Math.round(text.length / 1024), s: Math.round((Date.now() - started) / 1000)})); else clearInterval(timers.progress); };
      tick();
      timers.progress = setInterval(tick, 1000);
    }
    return window.gouji.analyze(text, {lang: lang}).then(function (result) {
      if (seq === state.seq) clearInterval(timers.progress);
      if (seq !== state.seq) return;  // a newer check is on its way
      state.text = text;
      state.checkedLang = lang;
      state.result = result;
      state.findings = result.documents[0].findings;
      render();
      setStatus(t('checked', {ms: Date.now() - started}) + (state.notice ? '；' + state.notice : ''));
      state.notice = null;
      document.dispatchEvent(new CustomEvent('gouji-checked', {detail: result}));
    }, function (err) {
      if (seq !== state.seq) return;
      clearInterval(timers.progress);
      setStatus(String(err && err.message || err), true);
    });
  }

  // Opening a file replaces the editor's text only when the file gave text: an empty, unreadable
  // or damaged file leaves the editor and the saved draft as they were and says why.
  function openFile(file) {
    var reader = new FileReader();
    var refuse = function (reason) { setStatus(t('file_kept', {name: file.name, reason: reason}), true); };
    reader.onload = function () {
      if (!reader.result || !reader.result.byteLength) return refuse(t('file_empty'));
      window.gouji.analyzeBytes(new Uint8Array(reader.result), {lang: state.lang, include_text: true, path: file.name}).then(function (r) {
        var doc = r.documents[0];
        var fatal = doc.findings.filter(function (f) { return f.rule === 'E02' || f.rule === 'E04'; })[0];
        if (fatal) return refuse(fatal.message);
        if (doc.text === undefined || !doc.text.trim()) return refuse(t('file_empty'));
        openText(doc.text, file.name, doc.encoding);
      }, function (err) { refuse(String(err && err.message || err)); });
    };
    reader.onerror = function () { refuse(String(reader.error)); };
    reader.readAsArrayBuffer(file);
  }

  // A report's text into the editor (one undo step), named for its exports, and checked.
  function openText(text, name, encoding) {
    clearTimeout(timers.check);  // a pending as-you-type check would report on the old text
    replaceAll(text);
    state.file = {key: docKey(text), name: name};
    saveDraft();
    return check().then(function () { setStatus(t('file_read', {name: name, encoding: encoding || 'utf-8'})); });
  }

  ctx.check = check; ctx.openFile = openFile; ctx.openText = openText;
})();
