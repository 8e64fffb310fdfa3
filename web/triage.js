// Triage: the reviewer marks each finding 已核实 / 需整改 / 已说明 / 误报 with an optional
// reason. Kept per document (the same key as the dismissals: the report's first lines) and per
// finding (rule + its stated number's context), so marks survive re-checks and edits elsewhere.
// Stored as {documentKey: {findingKey: {s: status, r: reason}}}. ES5.
(function () {
  'use strict';
  var KEY = 'gouji.triage.bydoc';
  var STATUSES = ['verified', 'fix', 'explained', 'false'];
  var all = null;

  function load(ctx) {
    if (all) return all;
    try { all = JSON.parse(ctx.store.get(KEY, '{}') || '{}'); } catch (e) { all = {}; }
    if (!all || typeof all !== 'object' || Object.prototype.toString.call(all) === '[object Array]') all = {};
    return all;
  }
  function get(ctx, f) {
    var doc = load(ctx)[ctx.docKey(ctx.state.text)];
    var v = doc && doc[ctx.keyOf(f)];
    return v && STATUSES.indexOf(v.s) >= 0 ? v : null;
  }
  function set(ctx, f, status, reason) {
    all = null;  // read afresh: another tab of the page may have marked meanwhile
    var a = load(ctx), k = ctx.docKey(ctx.state.text), doc = a[k] || (a[k] = {});
    if (status) doc[ctx.keyOf(f)] = {s: status, r: reason || ''};
    else delete doc[ctx.keyOf(f)];
    if (!Object.keys(doc).length) delete a[k];
    var keys = Object.keys(a);
    while (keys.length > 200) delete a[keys.shift()];  // the oldest documents first
    ctx.store.set(KEY, JSON.stringify(a));
    document.dispatchEvent(new CustomEvent('gouji-triage', {detail: {finding: f, status: status || null, reason: reason || ''}}));
  }

  // The four buttons and the reason box of one finding; the list line's tag follows the choice.
  function controls(ctx, f) {
    var el = ctx.el, box = el('div', 'triage'), cur = get(ctx, f);
    var reason = el('input', 'reason');
    reason.type = 'text';
    reason.placeholder = ctx.t('tri_reason');
    reason.value = cur ? cur.r : '';
    var buttons = STATUSES.map(function (s) {
      var b = el('button', 'tri-' + s + (cur && cur.s === s ? ' on' : ''), ctx.t('tri_' + s));
      b.type = 'button';
      b.setAttribute('data-status', s);
      b.addEventListener('click', function () {
        var now = get(ctx, f), off = now && now.s === s;
        set(ctx, f, off ? null : s, reason.value);
        buttons.forEach(function (x) { x.classList.toggle('on', !off && x === b); });
        tag(ctx, box, off ? null : s);
      });
      box.appendChild(b);
      return b;
    });
    // A reason typed before a status is chosen goes with the status the reviewer then picks.
    reason.addEventListener('change', function () {
      var now = get(ctx, f);
      if (now) set(ctx, f, now.s, reason.value);
    });
    box.appendChild(reason);
    return box;
  }
  function tag(ctx, box, s) {
    for (var li = box; li && !(li.classList && li.classList.contains('finding')); li = li.parentNode) { /* up to the item */ }
    if (!li) return;
    var meta = li.querySelector('.meta'), old = meta.querySelector('.tri');
    if (old) meta.removeChild(old);
    if (s) meta.insertBefore(ctx.el('span', 'tri tri-' + s, ctx.t('tri_' + s)), meta.querySelector('.where'));
  }

  window.GoujiTriage = {get: get, set: set, controls: controls, statuses: STATUSES, forget: function () { all = null; }};
})();
