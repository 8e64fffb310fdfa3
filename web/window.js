// The editor over a long text: the textarea holds a window of it. A textarea holding 2 MB costs
// the browser 89–355 ms a key in today's Chromium and 264–1,189 ms in Chromium 78 with the
// layer's marks (it lays the whole text out again); a window of ~32 KB costs no long task. The text
// is kept here (`full`); what is typed in the textarea is spliced into it; checks, drafts,
// exports and fixes use the whole text; the layer draws the window only. Spacers above and below
// the textarea keep the box's full height (characters × the window's measured px per character);
// scrolling near a window edge, past it, or a jump to an offset moves the window. A text under
// WINDOW_AT takes the plain path (the whole text in the textarea): nothing here runs. ES5.
(function () {
  'use strict';
  var ctx = window.GoujiPage, state = ctx.state, H = window.GoujiHighlight;
  var input = ctx.input, backdrop = ctx.backdrop, scroller = ctx.scroller;
  var fit = ctx.late('fitEditor'), pushUndo = ctx.late('pushUndo');
  // 150 000 characters: where the layer would start drawing in slices. Measured (Long Tasks API,
  // tasks over 50 ms): a key in the plain editor holding 145 000 characters and 1 668 marks makes
  // no long task in today's Chromium nor in 78; a bare textarea makes none up to 250 000 and
  // 98–344 ms at 2 MB. Kept well under where marks (2–3× in 78) would make keys wait.
  var WINDOW_AT = 150000;
  // The window's characters (cut at line breaks). A move lays this much out in the textarea and
  // the layer (measured in today's Chromium: 64 KB ~60 ms a move, 32 KB ~22 ms plus the layer's
  // ~10 ms in a task of its own); moves come every ~15 screens of scrolling.
  var SIZE = 32768;

  var win = null;  // {full, off, value (the textarea's text when last synced), ratio, pad, above, below, placed}

  // The document's text: the whole of it (the window's edits spliced in).
  function text() {
    if (!win) return input.value;
    var v = input.value;
    if (v !== win.value) {
      win.full = win.full.slice(0, win.off) + v + win.full.slice(win.off + win.value.length);
      win.value = v;
    }
    return win.full;
  }
  // Offsets in the whole text.
  function caret() { return (win ? win.off : 0) + input.selectionStart; }
  function caretEnd() { return (win ? win.off : 0) + input.selectionEnd; }
  function offset() { return win ? win.off : 0; }
  function windowed() { return !!win; }

  function lineStart(s, at) { return at <= 0 ? 0 : s.lastIndexOf('\n', at - 1) + 1; }
  function lineEnd(s, at) { var nl = s.indexOf('\n', at); return nl < 0 ? s.length : nl + 1; }
  // The window around `c`: whole lines, SIZE characters (a line longer than that is cut).
  function span(s, c) {
    var from = lineStart(s, Math.max(0, c - SIZE / 2));
    if (c - from > SIZE) from = Math.max(0, c - SIZE / 2);
    var to = lineEnd(s, Math.min(s.length, from + SIZE));
    if (to - from > SIZE * 1.5) to = Math.min(s.length, from + SIZE);
    if (to >= s.length && from > 0) from = Math.min(from, lineStart(s, Math.max(0, s.length - SIZE)));  // full-size at the end
    return [from, to];
  }

  // The text as a whole (清空, a file, a paste, a fix, an undo step): the plain path below
  // WINDOW_AT. Otherwise the window keeps its place (o.at: around that offset instead); what was
  // typed in the window since it was placed becomes an undo step first (its value is replaced,
  // and the textarea's own history with it), unless o.quiet (an undo step itself). o.fresh: a new
  // document (the px per character measured again).
  function setText(s, o) {
    o = o || {};
    if (win && !o.quiet && win.placed !== text()) pushUndo(win.placed, text());
    if (s.length < WINDOW_AT) {
      if (win) leave();
      input.value = s;
      fit();
      return;
    }
    if (!win) { enter(); o.fresh = true; }
    if (o.fresh) win.ratio = 0;
    var r;
    if (o.at !== undefined) r = span(s, Math.min(o.at, s.length));
    else if (o.fresh) r = span(s, 0);
    else { var from = lineStart(s, Math.min(win.off, s.length)); r = [from, lineEnd(s, Math.min(s.length, from + SIZE))]; }
    place(r, s);
  }

  function enter() {
    var cs = window.getComputedStyle(input);
    win = {full: '', off: 0, value: '', ratio: 0, pad: (parseFloat(cs.paddingTop) || 0) + (parseFloat(cs.paddingBottom) || 0),
           above: document.createElement('div'), below: document.createElement('div'), placed: null};
    win.above.className = win.below.className = 'window-spacer';
    scroller.insertBefore(win.above, scroller.firstChild);
    scroller.appendChild(win.below);
  }
  function leave() {
    scroller.removeChild(win.above);
    scroller.removeChild(win.below);
    backdrop.style.top = '';
    win = null;
  }

  // The textarea takes [from, to) of the whole text; the spacers hold the rest's height.
  function place(r, full, lazy) {
    full = full === undefined ? text() : full;
    win.full = full;
    win.off = r[0];
    input.value = full.slice(r[0], r[1]);
    win.value = input.value;
    win.placed = full;  // the text when placed: what Ctrl+Z goes back to once the window moves on
    fit();
    if (!win.ratio) win.ratio = Math.max(0.05, (input.offsetHeight - win.pad) / Math.max(1, r[1] - r[0]));
    var top = Math.round(r[0] * win.ratio);
    win.above.style.height = top + 'px';
    win.below.style.height = Math.round((full.length - r[1]) * win.ratio) + 'px';
    backdrop.style.top = top + 'px';
    if (!lazy) { drawLayer(); return; }
    // Scrolling: the layer follows in a task of its own (the move and the drawing each within
    // what a scroll step may wait); meanwhile it is empty rather than wrong.
    H.clear(backdrop);
    clearTimeout(win.drawing);
    win.drawing = setTimeout(function () { if (win) drawLayer(); }, 0);
    win.pending = true;
  }

  // The window moved: what was typed in the old one becomes one step of the page's undo (the
  // textarea's own history goes with its value), the selection is carried over where it fits.
  function move(r, anchor, lazy) {
    var full = text();
    if (win.placed !== full) pushUndo(win.placed, full);
    var focused = document.activeElement === input, s = caret(), e = caretEnd(), st = scroller.scrollTop;
    var before = anchor === undefined ? 0 : yOf(anchor) + win.above.offsetHeight;
    place(r, full, lazy);
    if (s >= win.off && e <= win.off + input.value.length) input.setSelectionRange(s - win.off, e - win.off);
    if (anchor !== undefined) scroller.scrollTop = st + (yOf(anchor) + win.above.offsetHeight) - before;
    if (focused && document.activeElement !== input) input.focus({preventScroll: true});
  }

  // The height of the window's text before `pos` (a line start inside it), measured on a hidden
  // copy laid out like the textarea: only the shorter side is laid out.
  var mirror = null;
  function heightOf(s) {
    if (!mirror) {
      mirror = document.createElement('div');
      mirror.className = 'backdrop window-mirror';
      scroller.appendChild(mirror);
    }
    mirror.style.width = input.clientWidth + 'px';
    mirror.textContent = s;
    var h = mirror.offsetHeight - win.pad;
    mirror.textContent = '';
    return h;
  }
  function yOf(pos) {
    var v = input.value, at = pos - win.off;
    if (at <= v.length / 2) return win.pad / 2 + heightOf(v.slice(0, at));
    return input.offsetHeight - win.pad / 2 - heightOf(v.slice(at) + '\n');  // a closing break shows a line in a textarea
  }

  // The box scrolled (polled by editor.js): near a window edge the window moves on, keeping what
  // is in view where it is; past it (a scrollbar drag, a jump) the window goes to the place the
  // spacers stand for.
  function follow() {
    if (!win) return;
    var full = text(), top = scroller.scrollTop, h = scroller.clientHeight, a = win.above.offsetHeight;
    var b = a + input.offsetHeight, margin = Math.max(3 * h, 2000), end = win.off + input.value.length;
    if (top + h < a || top > b) {
      var c = top < a ? top / win.ratio : end + (top - b) / win.ratio;
      move(span(full, Math.max(0, Math.min(full.length, Math.round(c)))), undefined, true);
    } else if (top - a < margin && win.off > 0) {
      var up = span(full, win.off);
      if (up[1] > win.off) move(up, win.off, true);
    } else if (b - top - h < margin && end < full.length) {
      var down = span(full, end);
      if (down[0] < end && down[0] >= win.off) move(down, down[0], true); else move(down, undefined, true);
    }
  }

  // Shows [start, end) of the whole text: the window moved there when it is outside.
  // What needs the marks now (a jump, a card, a click in the text) has them.
  function layerNow() { if (win && win.pending) drawLayer(); }
  function reveal(start, end) {
    layerNow();
    if (!win || (start >= win.off && end <= win.off + input.value.length)) return false;
    move(span(text(), start));
    return true;
  }
  function select(start, end) {
    reveal(start, end);
    var o = offset();
    input.setSelectionRange(start - o, end - o);
    // The box shows the window (a paste's end, a fix far away): at the selection's line.
    var a = win ? win.above.offsetHeight : 0;
    if (win && (scroller.scrollTop + scroller.clientHeight < a || scroller.scrollTop > a + input.offsetHeight))
      scroller.scrollTop = Math.max(0, a + yOf(lineStart(input.value, start - o) + o) - scroller.clientHeight / 2);
  }

  // The highlight layer for the check shown (render.js): the whole text, or the window's part
  // of it with the findings' spans moved to the window (indices kept: marks carry them).
  function shiftSpans(spans, from, to) {
    var out = [];
    for (var i = 0; i < spans.length; i++) {
      var sp = spans[i];
      if (sp.end <= from || sp.start >= to) continue;
      out.push({start: Math.max(sp.start, from) - from, end: Math.min(sp.end, to) - from, role: sp.role});
    }
    return out;
  }
  var layer = {findings: [], verified: []};
  // `later`: a check's result (render.js) draws a window's layer in a task of its own, so that
  // taking the result and drawing each stay within what a key may wait (80 ms together in
  // Chromium 78, measured); until then the layer shows the last check's marks.
  function drawLayer(later) {
    if (win && later) {
      clearTimeout(win.drawing);
      win.drawing = setTimeout(function () { if (win) drawLayer(); }, 0);
      win.pending = true;
      return;
    }
    if (win) { clearTimeout(win.drawing); win.pending = false; }
    var shown = state.shown || [];
    if (!win) { H.draw(backdrop, state.text, state.findings, state.verified, shown, state.text ? ctx.view : null); return; }
    var from = win.off, to = from + input.value.length, same = state.text.length >= to;
    layer.findings = state.findings.map(function (f) {
      var g = Object.create(f);
      g.spans = same ? shiftSpans(f.spans, from, to) : [];
      return g;
    });
    layer.verified = same ? shiftSpans(state.verified || [], from, to) : [];
    H.draw(backdrop, (same ? state.text : text()).slice(from, to), layer.findings, layer.verified, shown, ctx.view);
  }
  function restyleLayer() {
    if (win && win.pending) return;  // the drawing to come takes the filters as they are then
    H.restyle(backdrop, win ? layer.findings : state.findings, state.shown || []);
  }

  ctx.text = text; ctx.caret = caret; ctx.caretEnd = caretEnd; ctx.offset = offset; ctx.windowed = windowed;
  ctx.setText = setText; ctx.follow = follow; ctx.reveal = reveal; ctx.select = select;
  ctx.drawLayer = drawLayer; ctx.restyleLayer = restyleLayer; ctx.layerNow = layerNow; ctx.WINDOW_AT = WINDOW_AT;
})();
