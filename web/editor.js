// The editor: replacing text as undoable steps (the page's own stack beside the textarea's),
// fixes applied, selecting a range, and the textarea's events (typing, paste, scroll, click). ES5.
(function () {
  'use strict';
  var ctx = window.GoujiPage, state = ctx.state, $ = ctx.$, t = ctx.t, setStatus = ctx.setStatus;
  var H = window.GoujiHighlight, L = window.GoujiList;
  var input = ctx.input, backdrop = ctx.backdrop, scroller = ctx.scroller, LONG = ctx.LONG, debounce = ctx.debounce;
  var saveDraft = ctx.late('saveDraft'), isDismissed = ctx.late('isDismissed'), check = ctx.late('check'), render = ctx.late('render');
  var hideCard = ctx.late('hideCard'), showCard = ctx.late('showCard'), placeCard = ctx.late('placeCard');
  var flash = ctx.late('flash'), findingAt = ctx.late('findingAt');

  // Where a text offset sits in the editor, measured on the backdrop (laid out like the textarea).
  function offsetTopOf(pos) {
    H.finish(backdrop);
    var walker = document.createTreeWalker(backdrop, NodeFilter.SHOW_TEXT, null), n, seen = 0;
    while ((n = walker.nextNode())) {
      var len = n.nodeValue.length;
      if (pos < seen + len) {
        var r = document.createRange();
        r.setStart(n, pos - seen);
        r.setEnd(n, Math.min(len, pos - seen + 1));
        var rect = r.getClientRects()[0] || r.getBoundingClientRect();
        return rect.top - backdrop.getBoundingClientRect().top + backdrop.scrollTop;
      }
      seen += len;
    }
    return -1;
  }
  // [start, end) of the whole text (window.js moves a long text's window there).
  function selectRange(start, end) {
    input.focus({preventScroll: true});
    ctx.select(start, end);
    var o = ctx.offset(), at = start - o;
    var top = state.text === ctx.text() ? offsetTopOf(at) : -1;
    if (top < 0) {
      var before = input.value.slice(0, at).split('\n').length;
      var lines = input.value.split('\n').length || 1;
      top = input.offsetHeight * (before - 1) / lines;
    }
    scroller.scrollTop = Math.max(0, top + input.offsetTop - scroller.clientHeight / 2);
  }

  // The textarea is as high as its text (it never scrolls; the box around it does). Growing is
  // read off scrollHeight; a shorter text is measured at the least height (the box's scroll
  // position kept: the shrink would clamp it).
  var fitted = {len: -1, width: -1};
  function fit() {
    var len = input.value.length, width = input.clientWidth;
    if (len < fitted.len || width !== fitted.width) {
      var st = scroller.scrollTop;
      input.style.height = '0';
      input.style.height = input.scrollHeight + 'px';
      if (scroller.scrollTop !== st) scroller.scrollTop = st;
    } else if (input.scrollHeight > input.clientHeight) {
      input.style.height = input.scrollHeight + 'px';
    }
    fitted.len = len;
    fitted.width = width;
  }

  // Replaces [start, end) of the editor's text so that Ctrl+Z and 撤销 bring back what 清空,
  // opening a file, an example or a fix replaced (assigning input.value wipes the textarea's own
  // undo history). A short edit without a line break goes through execCommand('insertText'), one
  // step of that history; anything larger is assigned and its before/after kept on the page's
  // own stack — Chromium's insertText costs seconds per few thousand lines (25 000 characters in
  // 2 500 lines: 30 s). Ctrl+Z takes the page's step when the text is what that step left.
  // A long text (window.js) always takes the page's stack. `o`: how window.js places the
  // window (setText).
  var ownUndo = [];
  function pushUndo(before, after) {
    ownUndo.push({before: before, after: after});
    if (ownUndo.length > 20) ownUndo.shift();
    $('undo').disabled = false;
  }
  function edit(start, end, text, o) {
    text = text.replace(/\r\n?/g, '\n');
    var before = ctx.text(), expected = before.slice(0, start) + text + before.slice(end);
    if (expected === before) return;
    input.focus({preventScroll: true});
    var ok = false;
    if (!ctx.windowed() && expected.length < ctx.WINDOW_AT &&
        end - start < 2000 && text.length < 2000 && text.indexOf('\n') < 0 && before.slice(start, end).indexOf('\n') < 0) {
      input.setSelectionRange(start, end);
      try { ok = document.execCommand('insertText', false, text); } catch (e) { ok = false; }
      ok = ok && input.value === expected;
    }
    if (!ok) {
      ctx.setText(expected, o);
      pushUndo(before, expected);
    }
    $('undo').disabled = false;
  }
  function replaceAll(text) {
    edit(0, ctx.text().length, text, {fresh: true});
    input.setSelectionRange(0, 0);
    scroller.scrollTop = 0;
  }
  // The page's own step when the text is what it left (nothing typed since, or all of it undone).
  function ownStep() {
    var top = ownUndo[ownUndo.length - 1];
    if (!top || top.after !== ctx.text()) return false;
    ownUndo.pop();
    ctx.setText(top.before, {quiet: true});
    return true;
  }
  function undo() {
    var before = ctx.text();
    input.focus({preventScroll: true});
    if (!ownStep()) {
      try { document.execCommand('undo', false); } catch (e) { /* no native history */ }
    }
    if (ctx.text() !== before) { saveDraft(); check(); }
  }

  function applyEdits(fixes) {
    // One covering range rewritten at once: one undo step, whatever the number of fixes.
    fixes = fixes.slice().sort(function (a, b) { return a.start - b.start; });
    var kept = [], end = -1;
    fixes.forEach(function (x) { if (x.start >= end) { kept.push(x); end = x.end; } });
    if (!kept.length) return 0;
    var from = kept[0].start, to = kept[kept.length - 1].end, text = ctx.text(), out = '', at = from;
    kept.forEach(function (x) { out += text.slice(at, x.start) + x.replacement; at = x.end; });
    var caret = ctx.caret();
    edit(from, to, out);
    ctx.select(caret, caret);
    saveDraft();
    check();
    return kept.length;
  }
  function applyFixes(f) { applyEdits(f.fixes); }
  function applyAll() {
    if (ctx.text() !== state.text) return;  // the fixes point into the checked text
    var fixes = [];
    state.visible.forEach(function (f) { if (!isDismissed(f)) fixes = fixes.concat(f.fixes || []); });
    var n = applyEdits(fixes);
    if (n) setStatus(t('applied_all', {n: n}));
  }

  // The textarea's own events (wired once by app.js).
  function wireEditor() {
    input.addEventListener('keydown', function (e) {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && (e.key === 'z' || e.key === 'Z') && ownStep()) {
        e.preventDefault();  // the page's step (清空, a file…); otherwise the textarea's own undo
        saveDraft();
        check();
      }
    });
    // Page Up/Down: the textarea no longer scrolls, so the browser would scroll the box and leave
    // the caret behind. The box scrolls a page (as Chromium does: 7/8 of it) and the caret moves
    // as many lines with it (the browser's own line moves, so wrapped lines count as it shows them).
    input.addEventListener('keydown', function (e) {
      if ((e.key !== 'PageDown' && e.key !== 'PageUp') || e.ctrlKey || e.metaKey || e.altKey) return;
      var sel = window.getSelection && window.getSelection();
      if (!sel || !sel.modify) return;
      e.preventDefault();
      ctx.follow();  // a long text: the window moved on first, so the caret can go on
      var dist = Math.max(1, Math.round(scroller.clientHeight * 0.875)), dir = e.key === 'PageDown' ? 1 : -1;
      var lines = Math.max(1, Math.round(dist / (parseFloat(window.getComputedStyle(input).lineHeight) || 28)));
      for (var n = 0; n < lines; n++) sel.modify(e.shiftKey ? 'extend' : 'move', dir > 0 ? 'forward' : 'backward', 'line');
      scroller.scrollTop += dir * dist;
    });
    // Ctrl+Home/End in a long text: to the start or end of the whole text, not of the window.
    input.addEventListener('keydown', function (e) {
      if (!ctx.windowed() || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || (e.key !== 'Home' && e.key !== 'End')) return;
      e.preventDefault();
      var to = e.key === 'Home' ? 0 : ctx.text().length;
      ctx.select(to, to);
      scroller.scrollTop = to ? scroller.scrollHeight : 0;
    });
    input.addEventListener('input', changed);
    function changed() {
      fit();
      hideCard();
      $('undo').disabled = false;
      var value = ctx.text();
      // A long draft (a 2 MB setItem blocks 20–140 ms) waits for a longer pause and an idle moment.
      if (value.length > LONG) debounce('draft', 2000, function () { if (window.requestIdleCallback) requestIdleCallback(saveDraft, {timeout: 3000}); else saveDraft(); }); else debounce('draft', 300, saveDraft);
      // A long paste: say so at once; and the old marks go (they would sit on the wrong text until
      // its check, and moving them is a layout of the whole layer).
      if (value.length > LONG && value !== state.text) setStatus(t('progress', {kb: Math.round(value.length / 1024), s: 0}));
      if (Math.abs(value.length - (state.drawnText || '').length) > LONG / 4 && state.drawnText) {
        H.clear(backdrop);
        state.drawn = state.drawnText = null;
      }
      // After a pause in typing; not when the text is back to what is shown (typed, then undone):
      // a re-render would drop the reviewer's open card and highlight for nothing.
      debounce('check', 350, function () {
        if (ctx.text() !== state.text || state.checkedLang !== state.lang) check();
        else if (state.drawnText !== state.text) render();
      });
    }
    // No scroll listener (see style.css): the box's position is polled — the chunks now in view
    // are drawn next and the card follows its numbers; a text set without an input event (a
    // draft, a file) or a new width (a resize, the fonts) refits the textarea.
    var lastTop = 0;
    setInterval(function () {
      if (document.hidden) return;
      if (input.value.length !== fitted.len || input.clientWidth !== fitted.width) fit();
      if (ctx.windowed()) ctx.follow();  // each tick: a view outside the window is caught whatever moved it
      var top = scroller.scrollTop;
      if (top === lastTop) return;
      lastTop = top;
      H.scrolled(backdrop);
      placeCard();
    }, 200);
    // A long paste goes in as one assignment (one step of the page's own undo): the browser's own
    // paste of megabytes runs an editing command per line break.
    input.addEventListener('paste', function (e) {
      var s = e.clipboardData && e.clipboardData.getData ? e.clipboardData.getData('text/plain') : '';
      if (!s || s.length < LONG) return;
      e.preventDefault();
      var at = ctx.caret(), n = s.replace(/\r\n?/g, '\n').length;
      edit(at, ctx.caretEnd(), s, {at: at + n});
      ctx.select(at + n, at + n);
      changed();
    });
    // With the caret left in a long text, every later restyle of the page costs seconds in
    // Chromium (a filter toggle on 2 MB: 2–4 s; 0.2 s without): when the focus moves on, the
    // document's selection is let go (the textarea keeps its own, restored when it is focused).
    input.addEventListener('blur', function (e) {
      if (ctx.text().length < LONG || !(e.relatedTarget || document.hasFocus())) return;
      var sel = window.getSelection && window.getSelection();
      if (sel && sel.removeAllRanges) sel.removeAllRanges();
    });
    input.addEventListener('click', function () {
      var vi = findingAt(ctx.caret());
      if (vi >= 0 && input.selectionStart === input.selectionEnd) { flash(vi); showCard(vi); L.select(ctx, vi); } else hideCard();
    });
  }

  ctx.selectRange = selectRange; ctx.edit = edit; ctx.replaceAll = replaceAll; ctx.ownStep = ownStep; ctx.undo = undo;
  ctx.pushUndo = pushUndo;
  ctx.applyEdits = applyEdits; ctx.applyFixes = applyFixes; ctx.applyAll = applyAll; ctx.wireEditor = wireEditor; ctx.fitEditor = fit;
})();
