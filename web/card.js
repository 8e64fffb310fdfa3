// The finding card beside its numbers (message, hint, values, the reconciliation sheet of
// sheet.js, fixes, 忽略), and moving between findings: from the list, the text or the keys. ES5.
(function () {
  'use strict';
  var ctx = window.GoujiPage, state = ctx.state, $ = ctx.$, el = ctx.el, t = ctx.t;
  var H = window.GoujiHighlight, L = window.GoujiList, G = window.GoujiSheet;
  var input = ctx.input, backdrop = ctx.backdrop, card = ctx.card;
  var fiOf = ctx.fiOf, nums = ctx.nums, ruleTitle = ctx.ruleTitle, setStatus = ctx.setStatus;
  var isDismissed = ctx.late('isDismissed'), toggleDismiss = ctx.late('toggleDismiss');
  var applyEdits = ctx.late('applyEdits'), applyFixes = ctx.late('applyFixes');

  function flash(vi) {
    ctx.layerNow();
    Array.prototype.forEach.call(backdrop.querySelectorAll('.flash'), function (e) { e.classList.remove('flash'); });
    H.pieces(backdrop, fiOf(vi), 'primary').concat(H.pieces(backdrop, fiOf(vi), 'related')).forEach(function (e) { e.classList.add('flash'); });
  }

  // Jumps to a finding: selects its stated value in the editor, scrolls it to the middle,
  // flashes every number involved and opens its card.
  function focusFinding(vi) {
    var f = state.visible[vi];
    if (!f) return;
    L.select(ctx, vi);
    var p = f.spans.filter(function (s) { return s.role === 'primary'; })[0] || f.spans[0];
    if (p) ctx.reveal(p.start, p.end);  // a long text: its window moved to the finding
    flash(vi);
    var piece = H.pieces(backdrop, fiOf(vi), 'primary')[0];
    // Marks sit in the layer, which starts where the textarea does (below a long text's spacer).
    var scroller = ctx.scroller, toPiece = function () { if (piece) scroller.scrollTop = Math.max(0, piece.offsetTop + backdrop.offsetTop - scroller.clientHeight / 2); };
    toPiece();
    if (p) {
      input.focus({preventScroll: true});
      ctx.select(p.start, p.end);
      toPiece();  // the selection may have scrolled the box (kernels without preventScroll)
    }
    showCard(vi);
  }

  function showCard(vi) {
    var f = state.visible[vi];
    var piece = H.pieces(backdrop, fiOf(vi), 'primary')[0] || H.pieces(backdrop, fiOf(vi), 'related')[0];
    card.textContent = '';
    card.className = 'card ' + f.severity;
    var meta = el('div', 'meta', t(f.severity) + ' · ' + f.rule + ' ' + ruleTitle(f.rule) + ' · ' + t('line', {n: f.line}));
    card.appendChild(meta);
    card.appendChild(el('div', 'msg', f.message));
    if (f.hint) card.appendChild(el('div', 'hint', f.hint));
    if (nums(f)) card.appendChild(el('div', 'nums', nums(f)));
    var sheet = G.build(ctx, f);  // the reconciliation sheet (sheet.js)
    if (sheet) card.appendChild(sheet);
    var row = el('div', 'row');
    if (f.fixes && f.fixes.length) {
      var apply = el('button', 'apply', t('apply_fix') + '：' + f.fixes.map(function (x) { return x.replacement; }).join('、'));
      apply.type = 'button';
      apply.addEventListener('click', function () { applyFixes(f); });
      row.appendChild(apply);
    }
    var set = G.fixSet(ctx, f);  // cells that balance only together: one step
    if (set.length) {
      var applySet = el('button', 'apply apply-set', t('sheet_apply_set', {n: set.length}));
      applySet.type = 'button';
      applySet.addEventListener('click', function () {
        if (ctx.text() !== state.text) return;
        var fixes = [];
        set.forEach(function (g) { fixes = fixes.concat(g.fixes); });
        var n = applyEdits(fixes);
        if (n) setStatus(t('applied_all', {n: n}));
      });
      row.appendChild(applySet);
    }
    var dis = el('button', '', isDismissed(f) ? t('undismiss') : t('dismiss'));
    dis.type = 'button';
    dis.addEventListener('click', function () { toggleDismiss(f); });
    row.appendChild(dis);
    var close = el('button', '', t('close'));
    close.type = 'button';
    close.addEventListener('click', hideCard);
    row.appendChild(close);
    card.appendChild(row);
    card.hidden = false;
    state.cardFor = vi;
    placeCard();
  }
  // Keeps the card next to its numbers without covering any of them that are in view: below the
  // lowest or above the highest, whichever side has room; where neither has, in the larger gap
  // with the card scrolling inside it.
  function placeCard() {
    if (card.hidden) return;
    ctx.layerNow();
    var fi = fiOf(state.cardFor), h = $('editor').clientHeight, st = ctx.scroller.scrollTop;
    var pieces = H.pieces(backdrop, fi, 'primary').concat(H.pieces(backdrop, fi, 'related'));
    var lo = Infinity, hi = -Infinity, at = backdrop.offsetTop;
    pieces.forEach(function (e) {
      var top = e.offsetTop + at - st, bottom = top + e.offsetHeight;
      if (bottom < 0 || top > h) return;  // out of view: nothing to cover
      lo = Math.min(lo, top); hi = Math.max(hi, bottom);
    });
    card.style.maxHeight = '';
    if (lo === Infinity) { card.style.top = '10px'; return; }
    var need = card.offsetHeight, below = h - hi - 12, above = lo - 12;
    if (need <= below) card.style.top = (hi + 6) + 'px';
    else if (need <= above) card.style.top = (lo - need - 6) + 'px';
    else if (Math.max(below, above) >= 90) {
      card.style.maxHeight = Math.max(below, above) + 'px';
      card.style.top = (below >= above ? hi + 6 : 6) + 'px';
    } else card.style.top = Math.max(6, Math.min(hi + 6, h - need - 6)) + 'px';
  }
  function hideCard() { card.hidden = true; }

  function step(dir) {
    if (!state.visible.length) return;
    var order = L.order(ctx);  // the list's order
    var at = order.indexOf(state.current);
    var next = at < 0 ? (dir > 0 ? 0 : order.length - 1) : (at + dir + order.length) % order.length;
    focusFinding(order[next]);
  }

  // The finding under the caret, if any (a click in the text opens its card).
  function findingAt(pos) {
    var best = -1;
    state.visible.forEach(function (f, vi) {
      f.spans.forEach(function (s) {
        if (s.start <= pos && pos <= s.end && (best < 0 || s.role === 'primary')) best = vi;
      });
    });
    return best;
  }

  ctx.flash = flash; ctx.focusFinding = focusFinding; ctx.showCard = showCard; ctx.placeCard = placeCard;
  ctx.hideCard = hideCard; ctx.step = step; ctx.findingAt = findingAt;
})();
