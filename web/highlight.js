// Renders report text with findings highlighted, as text nodes only (never innerHTML): the text
// is cut at every span boundary and each piece knows which findings cover it. Shared by the page
// and the <gouji-checker> element.
//
// render() draws a whole text at once (the print view, the custom element). draw() is the page's
// highlight layer: the text in blocks of whole lines ("chunks": a block that ends with its line
// break wraps exactly like the same lines inline, so the layer still lays out like the textarea),
// and a long text drawn visible-first — the chunks under the editor's viewport first, the rest in
// slices of a few dozen milliseconds that yield to input. Laying out 2 MB of marked text at
// once blocked the page for seconds.
(function () {
  'use strict';
  var rank = {error: 0, warning: 1, info: 2};
  var SYNC_CHARS = 150000;     // below this a text is drawn at once (tests and short reports alike)
  var SLICE_MS = 25;           // a slice's target, layout included (the frame's paint comes on top)

  // The marked pieces of a text, in one sweep over the span boundaries (testing every finding for
  // every piece was quadratic). A piece: {s, e, p: primary finding indices, r: related ones}, or
  // p === null for a number only verified as consistent (`verified`: their spans; a quiet mark).
  function sweep(text, findings, verified) {
    // The span events bucketed by position (a list per position, in typed arrays), then one walk
    // along the text: no sort, and the active findings in a list. Objects keyed by finding and a
    // sort of every event took 100–230 ms on 2 MB, one task longer than a key may wait.
    var L = text.length, count = 0, vs = verified || [], i, j, sp;
    for (i = 0; i < findings.length; i++) for (j = 0; j < findings[i].spans.length; j++) if (findings[i].spans[j].end > findings[i].spans[j].start) count += 2;
    for (i = 0; i < vs.length; i++) if (vs[i].end > vs[i].start) count += 2;
    var fi = new Int32Array(count), up = new Int8Array(count), prim = new Uint8Array(count), next = new Int32Array(count);
    var head = new Int32Array(L + 1), q = 0;
    for (i = 0; i <= L; i++) head[i] = -1;
    var add = function (pos, f, d, p) {
      pos = pos < L ? pos : L;
      fi[q] = f; up[q] = d; prim[q] = p; next[q] = head[pos]; head[pos] = q; q++;
    };
    for (i = 0; i < findings.length; i++) {
      for (j = 0; j < findings[i].spans.length; j++) {
        sp = findings[i].spans[j];
        if (sp.end > sp.start) { var pr = sp.role === 'primary' ? 1 : 0; add(sp.start, i, 1, pr); add(sp.end, i, -1, pr); }
      }
    }
    for (i = 0; i < vs.length; i++) if (vs[i].end > vs[i].start) { add(vs[i].start, -1, 1, 0); add(vs[i].end, -1, -1, 0); }
    var cntP = new Int32Array(findings.length), cntR = new Int32Array(findings.length), where = new Int32Array(findings.length);
    var act = [], ok = 0, at = 0, out = [], byNum = function (x, y) { return x - y; };
    for (var pos = 0; pos < L; pos++) {
      if (head[pos] < 0) continue;
      if (pos > at && (act.length > 0 || ok > 0)) {
        if (act.length > 0) {
          var p = [], r = [];
          for (var k = 0; k < act.length; k++) {
            if (cntP[act[k]] > 0) p.push(act[k]);
            if (cntR[act[k]] > 0) r.push(act[k]);
          }
          if (p.length > 1) p.sort(byNum);
          if (r.length > 1) r.sort(byNum);
          out.push({s: at, e: pos, p: p, r: r});
        } else {
          out.push({s: at, e: pos, p: null});
        }
      }
      at = pos;
      for (var e = head[pos]; e >= 0; e = next[e]) {
        var f = fi[e];
        if (f < 0) { ok += up[e]; continue; }
        var was = cntP[f] || cntR[f];
        if (prim[e]) cntP[f] += up[e]; else cntR[f] += up[e];
        var is = cntP[f] || cntR[f];
        if (!was && is) { where[f] = act.length; act.push(f); }
        else if (was && !is) { var last = act.pop(); if (last !== f) { act[where[f]] = last; where[last] = where[f]; } }
      }
    }
    // What is still open runs to the end of the text.
    if (L > at && (act.length > 0 || ok > 0) && head[L] >= 0) {
      if (act.length > 0) {
        var p2 = [], r2 = [];
        for (var k2 = 0; k2 < act.length; k2++) {
          if (cntP[act[k2]] > 0) p2.push(act[k2]);
          if (cntR[act[k2]] > 0) r2.push(act[k2]);
        }
        p2.sort(byNum);
        r2.sort(byNum);
        out.push({s: at, e: L, p: p2, r: r2});
      } else {
        out.push({s: at, e: L, p: null});
      }
    }
    return out;
  }

  // A mark's classes: the gravest severity among its shown findings, or off when none is shown.
  function classOf(lists, findings, shown) {
    var sev = null, primary = false;
    for (var li = 0; li < 2; li++) {
      for (var k = 0; k < lists[li].length; k++) {
        var fi = lists[li][k];
        if (shown && !shown[fi]) continue;
        if (li === 0) primary = true;
        if (sev === null || rank[findings[fi].severity] < rank[sev]) sev = findings[fi].severity;
      }
    }
    return sev === null ? 'hl off' : 'hl ' + sev + (primary ? ' primary' : ' related');
  }

  function markData(span, pc, start) {
    span.goujiMark = [pc.p, pc.r];  // for restyle(): no attribute parsing per toggle
    span.goujiStart = start;
    markAttrs(span);
  }
  // The mark's findings and start as attributes (what a reader of the DOM sees).
  function markAttrs(span) {
    span.setAttribute('data-primary', span.goujiMark[0].join(' '));
    span.setAttribute('data-related', span.goujiMark[1].join(' '));
    span.setAttribute('data-start', String(span.goujiStart));
  }

  // The pieces [from, to) of the text as nodes; `marks` collects the finding marks made.
  function fill(frag, text, pieces, k, from, to, findings, shown, marks) {
    var at = from;
    for (; k < pieces.length && pieces[k].s < to; k++) {
      var pc = pieces[k], s = Math.max(pc.s, from), e = Math.min(pc.e, to);
      if (e <= s) continue;
      if (s > at) frag.appendChild(document.createTextNode(text.slice(at, s)));
      var span = document.createElement('span');
      if (pc.p === null) {
        span.className = 'verified';
      } else {
        span.className = classOf([pc.p, pc.r], findings, shown);
        markData(span, pc, s);
        marks.push(span);
      }
      span.appendChild(document.createTextNode(text.slice(s, e)));
      frag.appendChild(span);
      at = e;
    }
    if (to > at) frag.appendChild(document.createTextNode(text.slice(at, to)));
  }

  // The whole text at once (print view, custom element).
  function render(container, text, findings, verified, shown) {
    var frag = document.createDocumentFragment(), marks = [];
    fill(frag, text, sweep(text, findings, verified), 0, 0, text.length, findings, shown || null, marks);
    // A trailing newline needs a character after it to keep the layout of a textarea.
    frag.appendChild(document.createTextNode('\n'));
    stop(container);
    container.textContent = '';
    container.appendChild(frag);
    container.goujiMarks = marks;
  }

  // Blocks of whole lines, cut where the content says (a line whose hash ends in 0 after 2 KB, or
  // at 16 KB), so an edit moves only the chunks around it and the rest keep their layout.
  function chunksOf(text) {
    var out = [], s = 0, at = 0, n = text.length;
    while (at < n) {
      var nl = text.indexOf('\n', at), end = nl < 0 ? n : nl + 1, len = end - s, cut = end >= n || len >= 16384;
      if (!cut && len >= 2048) {
        var h = 0;
        for (var i = at; i < end; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
        cut = (h & 7) === 0;
      }
      if (cut) { out.push({s: s, e: end}); s = end; }
      at = end;
    }
    return out;
  }

  // A chunk's marks, relative to its start: equal signatures draw alike (only indices differ).
  function signature(v, c) {
    var ch = v.chunks[c], sig = [];
    for (var k = v.first[c]; k < v.pieces.length && v.pieces[k].s < ch.e; k++) {
      var pc = v.pieces[k], s = Math.max(pc.s, ch.s), e = Math.min(pc.e, ch.e);
      if (e > s) sig.push((s - ch.s) + ',' + (e - ch.s) + (pc.p === null ? 'v' : classOf([pc.p, pc.r], v.findings, v.shown)));
    }
    return sig.join(';');
  }

  function paint(v, c) {
    var ch = v.chunks[c], frag = document.createDocumentFragment(), marks = [];
    fill(frag, v.text, v.pieces, v.first[c], ch.s, ch.e, v.findings, v.shown, marks);
    if (c === v.chunks.length - 1) frag.appendChild(document.createTextNode('\n'));
    ch.el.textContent = '';
    ch.el.appendChild(frag);
    ch.marks = marks;
    ch.painted = true;
    ch.stale = ch.attrs = false;
    ch.sig = null;
  }
  // A painted chunk's marks take the current `shown` (restyle() leaves the chunks out of view
  // stale) and, when kept by a redraw of a long text, their attributes (left for the slices).
  function restyleChunk(v, c) {
    var ch = v.chunks[c], marks = ch.marks;
    for (var m = 0; m < marks.length; m++) {
      var e = marks[m];
      if (ch.attrs) markAttrs(e);
      if (!ch.stale) continue;
      var cls = classOf(e.goujiMark, v.findings, v.shown);
      if (e.className !== cls) e.className = cls;
    }
    ch.stale = ch.attrs = false;
  }
  function pending(ch) { return !ch.painted || ch.stale || ch.attrs; }
  function plain(v, c) {
    var ch = v.chunks[c];
    ch.el = document.createElement('div');
    ch.el.textContent = v.text.slice(ch.s, ch.e) + (c === v.chunks.length - 1 ? '\n' : '');
    ch.marks = [];
    ch.painted = false;
  }

  function stop(container) {
    var v = container.goujiView;
    if (v && v.timer) { clearTimeout(v.timer.id); v.timer = null; }
    cancel(container);
    container.goujiView = null;
  }

  // A long text's draw waits for tasks of its own (the sweep, then the rest: 30–100 ms each on
  // 2 MB), so the task that takes the check's result (list, summary) ends first. Whatever needs the
  // layer meanwhile (a card, a jump, a toggle) draws it at once.
  function cancel(container) {
    var p = container.goujiPending;
    if (p) { clearTimeout(p.id); container.goujiPending = null; }
  }
  function flush(container) {
    var p = container.goujiPending;
    if (!p) return;
    cancel(container);
    drawNow(container, p.a[0], p.a[1], p.a[2], p.a[3], p.a[4], p.pieces);
  }

  // Draws `text` with the findings' marks into `container` (the page's highlight layer), styled by
  // `shown` (indexed like `findings`). `like`: the viewport of the box the layer scrolls in
  // with its textarea ({scrollTop, clientHeight, scrollHeight}: what is visible, and the text's
  // height — what the layer's must be while drawing).
  // Chunks whose text and marks are unchanged since the last draw are kept, so a re-check after
  // an edit lays out only the chunks around the edit.
  function draw(container, text, findings, verified, shown, like) {
    var old = container.goujiView;
    if (old && old.timer) { clearTimeout(old.timer.id); old.timer = null; }
    cancel(container);
    if (text.length < SYNC_CHARS) { drawNow(container, text, findings, verified, shown, like, null); return; }
    var p = container.goujiPending = {a: [text, findings, verified, shown, like], pieces: null, id: 0};
    var step = function () {
      if (container.goujiPending !== p) return;
      if (!p.pieces) { p.pieces = sweep(text, findings, verified); p.id = setTimeout(step, 0); return; }
      container.goujiPending = null;
      drawNow(container, text, findings, verified, shown, like, p.pieces);
    };
    p.id = setTimeout(step, 0);
  }
  function drawNow(container, text, findings, verified, shown, like, swept) {
    var old = container.goujiView;
    if (old && old.timer) { clearTimeout(old.timer.id); old.timer = null; }
    var v = {text: text, findings: findings, shown: shown, like: like, chunks: chunksOf(text), pieces: swept || sweep(text, findings, verified),
             first: [], timer: null, lo: 0, hi: 0, spacer: null, perSlice: 60000, container: container};
    for (var c = 0, k = 0; c < v.chunks.length; c++) {
      while (k < v.pieces.length && v.pieces[k].e <= v.chunks[c].s) k++;
      v.first.push(k);
    }
    container.goujiView = v;
    container.goujiMarks = null;
    var n = v.chunks.length;
    // Kept: the longest run of equal chunks at the start and at the end, when the old layer was
    // complete (a layer still being drawn is started afresh).
    var pre = 0, suf = 0, oc = old && !old.spacer && old.lo === 0 && old.hi === old.chunks.length && old.chunks.length ? old.chunks : null;
    if (oc && container.lastChild !== oc[oc.length - 1].el) oc = null;  // the layer was emptied meanwhile
    if (oc) {
      var same = function (a, b) { return a.e - a.s === b.e - b.s && old.text.slice(a.s, a.e) === text.slice(b.s, b.e); };
      // The last chunk carries the layer's closing newline: kept only as the last chunk.
      while (pre < n - 1 && pre < oc.length - 1 && same(oc[pre], v.chunks[pre])) pre++;
      while (suf < n - pre && suf < oc.length - pre && same(oc[oc.length - 1 - suf], v.chunks[n - 1 - suf])) suf++;
    }
    var fresh = 0;
    for (c = pre; c < n - suf; c++) fresh += v.chunks[c].e - v.chunks[c].s;
    if (!oc || (pre === 0 && suf === 0) || fresh >= SYNC_CHARS) {
      container.textContent = '';
      if (!n) { container.appendChild(document.createTextNode('\n')); return; }
      if (text.length < SYNC_CHARS) { placeAll(v, 0, n, null); return; }
      start(v);
      return;
    }
    // Keep the equal chunks' nodes; their marks are re-pointed at the new findings in place
    // (no layout), or repainted where the marks differ. On a long text the attributes follow in
    // the slices (20 000 marks' setAttribute: 50 ms in the task that takes the result).
    var lazy = text.length >= SYNC_CHARS;
    var keep = function (oi, ni) {
      var och = oc[oi], ch = v.chunks[ni];
      ch.el = och.el;
      var sig = signature(v, ni);
      if (och.painted && (och.sig || signature(old, oi)) === sig) {
        var marks = [], m = 0;
        for (var kk = v.first[ni]; kk < v.pieces.length && v.pieces[kk].s < ch.e; kk++) {
          var pc = v.pieces[kk], s = Math.max(pc.s, ch.s);
          if (Math.min(pc.e, ch.e) <= s || pc.p === null) continue;
          var span = och.marks[m++];
          if (lazy) { span.goujiMark = [pc.p, pc.r]; span.goujiStart = s; } else markData(span, pc, s);
          marks.push(span);
        }
        ch.marks = marks;
        ch.painted = true;
        ch.stale = och.stale;  // its classes still wait for a restyle's slice
        ch.attrs = lazy || och.attrs;
        ch.sig = sig;
      } else {
        paint(v, ni);
      }
    };
    for (c = 0; c < pre; c++) keep(c, c);
    for (c = 0; c < suf; c++) keep(oc.length - 1 - c, n - 1 - c);
    // The chunks in between: removed, and the new ones drawn in their place.
    var after = suf ? v.chunks[n - suf].el : null;
    for (c = pre; c < oc.length - suf; c++) container.removeChild(oc[c].el);
    placeAll(v, pre, n - suf, after);
    if (v.chunks.some(function (ch) { return ch.stale || ch.attrs; })) schedule(v);
  }

  function placeAll(v, from, to, before) {
    var frag = document.createDocumentFragment();
    for (var c = from; c < to; c++) {
      v.chunks[c].el = document.createElement('div');
      paint(v, c);
      frag.appendChild(v.chunks[c].el);
    }
    v.container.insertBefore(frag, before);
    v.lo = 0;
    v.hi = v.chunks.length;
  }

  // Visible-first drawing of a long text: chunks are placed from the end nearer the viewport (a
  // spacer holds the rest of the textarea's height, so what is placed sits where the textarea
  // shows it), as plain text until they reach the viewport and with their marks from there; the
  // plain ones are painted afterwards, nearest the viewport first.
  function start(v) {
    var like = v.like, n = v.chunks.length;
    var mid = like ? (like.scrollTop + like.clientHeight / 2) / Math.max(1, like.scrollHeight) : 0;
    v.fromEnd = mid > 0.5;
    v.lo = v.hi = v.fromEnd ? n : 0;
    v.spacer = document.createElement('div');
    v.container.appendChild(v.spacer);
    fitSpacer(v);
    schedule(v);
  }

  // The spacer keeps the layer's scroll height equal to the textarea's (reading it lays out what
  // was placed: the slice's own cost).
  function fitSpacer(v) {
    var like = v.like, box = v.container, cs = window.getComputedStyle(box);
    var padB = parseFloat(cs.paddingBottom) || 0, padT = parseFloat(cs.paddingTop) || 0;
    var want = like ? like.scrollHeight : 0, placed = 0;
    if (v.hi > v.lo) {
      var a = v.chunks[v.lo].el.getBoundingClientRect(), b = v.chunks[v.hi - 1].el.getBoundingClientRect();
      placed = b.bottom - a.top;
    }
    v.spacer.style.height = Math.max(0, want - padT - padB - placed) + 'px';
  }

  // The range of the viewport in the layer's content, with half a screen of margin.
  function viewport(v) {
    var like = v.like, top = like ? like.scrollTop : v.container.scrollTop, h = like ? like.clientHeight : v.container.clientHeight;
    return [top - h / 2, top + h * 1.5];
  }

  // The next slice as a task of its own: input waiting meanwhile is handled first (the browser
  // runs input before timers). Not an idle callback: a busy page gets few idle periods, and the
  // drawing of 2 MB then took minutes.
  function schedule(v) {
    if (v.timer) return;
    v.timer = {id: setTimeout(function () { v.timer = null; if (v.container.goujiView === v) slice(v); }, 0)};
  }

  function now() { return window.performance && performance.now ? performance.now() : Date.now(); }

  function slice(v) {
    var t0 = now(), n = v.chunks.length, budget = v.perSlice, c;
    paintVisible(v);
    if (v.hi - v.lo < n) {
      var vp = viewport(v), reached = reachedViewport(v, vp), frag = document.createDocumentFragment(), placedChars = 0;
      while (v.hi - v.lo < n && placedChars < budget) {
        c = v.fromEnd ? v.lo - 1 : v.hi;
        plain(v, c);
        if (reached) paint(v, c);
        placedChars += v.chunks[c].e - v.chunks[c].s;
        if (v.fromEnd) { frag.insertBefore(v.chunks[c].el, frag.firstChild); v.lo--; } else { frag.appendChild(v.chunks[c].el); v.hi++; }
      }
      v.container.insertBefore(frag, v.fromEnd ? v.spacer.nextSibling : v.spacer);
      fitSpacer(v);
      if (!reached) paintVisible(v);
    } else {
      // Every chunk placed: paint the plain ones and restyle the stale ones, nearest the viewport
      // first.
      var order = unpainted(v), painted = 0;
      for (var i = 0; i < order.length && painted < budget; i++) {
        if (v.chunks[order[i]].painted) restyleChunk(v, order[i]); else paint(v, order[i]);
        painted += v.chunks[order[i]].e - v.chunks[order[i]].s;
      }
      v.container.offsetHeight;  // the slice's layout, measured with it
    }
    if (v.hi - v.lo === n && !unpainted(v).length) {
      if (v.spacer) { v.container.removeChild(v.spacer); v.spacer = null; }
      return;
    }
    // Chars per slice follow the measured cost, so a slow kernel gets smaller slices (at most
    // doubled a slice: a cheap slice says little about the next one's layout).
    var took = Math.max(1, now() - t0);
    v.perSlice = Math.max(4000, Math.min(budget * 2, 120000, Math.round(budget * SLICE_MS / took)));
    schedule(v);
  }

  // Placed chunks not painted yet (or stale), nearest the viewport first.
  function unpainted(v) {
    var out = [], mid = visibleChunk(v);
    for (var c = v.lo; c < v.hi; c++) if (pending(v.chunks[c])) out.push(c);
    return out.sort(function (a, b) { return Math.abs(a - mid) - Math.abs(b - mid); });
  }

  function reachedViewport(v, vp) {
    if (v.hi === v.lo) return v.fromEnd ? (v.like ? v.like.scrollHeight : 0) <= vp[1] : vp[0] <= 0;
    if (v.fromEnd) return v.chunks[v.lo].el.offsetTop <= vp[1];
    var last = v.chunks[v.hi - 1].el;
    return last.offsetTop + last.offsetHeight >= vp[0];
  }

  // The placed chunk at the middle of the viewport (binary search on the laid-out offsets).
  function visibleChunk(v) {
    if (v.hi === v.lo) return v.fromEnd ? v.chunks.length - 1 : 0;
    var vp = viewport(v), y = (vp[0] + vp[1]) / 2, lo = v.lo, hi = v.hi - 1;
    while (lo < hi) {
      var m = (lo + hi + 1) >> 1;
      if (v.chunks[m].el.offsetTop <= y) lo = m; else hi = m - 1;
    }
    return lo;
  }

  function paintVisible(v) {
    if (v.hi === v.lo) return;
    var vp = viewport(v), c = visibleChunk(v);
    while (c > v.lo && v.chunks[c].el.offsetTop > vp[0]) c--;
    // The range first: each chunk's offsetTop read after a change would lay out again.
    var from = c;
    for (; c < v.hi && v.chunks[c].el.offsetTop <= vp[1]; c++);
    for (var k = from; k < c; k++) {
      if (!v.chunks[k].painted) paint(v, k); else if (pending(v.chunks[k])) restyleChunk(v, k);
    }
  }

  // The reviewer scrolled: the chunks now in view are painted next.
  function scrolled(container) {
    var v = container.goujiView;
    if (!v || !v.timer) return;
    clearTimeout(v.timer.id);
    v.timer = null;
    schedule(v);
  }

  // Draws whatever is left at once: for what needs every mark now (jumping to a finding, a card).
  function finish(container) {
    flush(container);
    var v = container.goujiView;
    if (!v || (v.hi - v.lo === v.chunks.length && !v.spacer)) return;
    if (v.timer) { clearTimeout(v.timer.id); v.timer = null; }
    var frag = document.createDocumentFragment();
    for (var c = 0; c < v.lo; c++) { plain(v, c); paint(v, c); frag.appendChild(v.chunks[c].el); }
    container.insertBefore(frag, v.lo < v.chunks.length && v.hi > v.lo ? v.chunks[v.lo].el : v.spacer);
    frag = document.createDocumentFragment();
    for (c = v.hi; c < v.chunks.length; c++) { plain(v, c); paint(v, c); frag.appendChild(v.chunks[c].el); }
    container.insertBefore(frag, v.spacer);
    v.lo = 0;
    v.hi = v.chunks.length;
    for (c = 0; c < v.chunks.length; c++) if (!v.chunks[c].painted) paint(v, c);
    container.removeChild(v.spacer);
    v.spacer = null;
  }

  // Empties the layer (a long paste: the old marks would sit on the wrong text until its check).
  function clear(container) {
    stop(container);
    container.textContent = '';
    container.appendChild(document.createTextNode('\n'));
  }

  function allMarks(container) {
    var v = container.goujiView;
    if (!v) return container.goujiMarks || [];
    var out = [];
    for (var c = v.lo; c < v.hi; c++) if (v.chunks[c].painted) out.push.apply(out, v.chunks[c].marks);
    return out;
  }

  // Shows only the marks of the findings flagged in `shown` (indexed like `findings`): each mark
  // takes the gravest severity among its shown findings, or is switched off. Classes only, yet
  // Chromium lays out every mark whose class changed (11 000 marks of 1 MB: 0.1–0.7 s), so on a
  // long text the chunks in view are restyled now and the others in slices, nearest first, like
  // the drawing; chunks not painted yet take `shown` when they are.
  function restyle(container, findings, shown) {
    flush(container);
    var v = container.goujiView;
    if (!v) {
      var marks = container.goujiMarks || [];
      for (var m = 0; m < marks.length; m++) {
        var e = marks[m], cls = classOf(e.goujiMark, findings, shown);
        if (e.className !== cls) e.className = cls;
      }
      return;
    }
    v.shown = shown;
    v.findings = findings;
    for (var c = v.lo; c < v.hi; c++) {
      v.chunks[c].sig = null;
      if (v.chunks[c].painted) v.chunks[c].stale = true;
    }
    if (v.text.length < SYNC_CHARS) {
      for (c = v.lo; c < v.hi; c++) if (v.chunks[c].stale) restyleChunk(v, c);
      return;
    }
    paintVisible(v);
    schedule(v);
  }

  // The marks of finding `fi` in the given role. While a long text is being drawn, the chunks
  // holding its spans are painted now, or — when not placed yet — everything is drawn at once.
  function pieces(container, fi, role) {
    flush(container);
    var v = container.goujiView, k = role === 'primary' ? 0 : 1, from = v ? [] : null;
    if (v && v.findings[fi]) {
      v.findings[fi].spans.forEach(function (sp) {
        var lo = 0, hi = v.chunks.length - 1;
        while (lo < hi) { var m = (lo + hi + 1) >> 1; if (v.chunks[m].s <= sp.start) lo = m; else hi = m - 1; }
        for (var c = lo; c < v.chunks.length && (c === lo || v.chunks[c].s < sp.end); c++) if (from.indexOf(c) < 0) from.push(c);
      });
      from.sort(function (a, b) { return a - b; });
      if (from.some(function (c) { return c < v.lo || c >= v.hi; })) finish(container);
      from.forEach(function (c) { if (!v.chunks[c].painted) paint(v, c); else if (pending(v.chunks[c])) restyleChunk(v, c); });
    }
    var marks = [];
    (from || [null]).forEach(function (c) { marks.push.apply(marks, c === null ? allMarks(container) : v.chunks[c].marks); });
    return marks.filter(function (e) { return e.goujiMark[k].indexOf(fi) >= 0; });
  }

  // Whether the layer holds every mark (tests and measurements).
  function done(container) {
    var v = container.goujiView;
    if (container.goujiPending) return false;
    return !v || (!v.spacer && v.hi - v.lo === v.chunks.length && !v.chunks.some(pending));
  }

  window.GoujiHighlight = {render: render, draw: draw, restyle: restyle, pieces: pieces, finish: finish, scrolled: scrolled, clear: clear, done: done};
})();
