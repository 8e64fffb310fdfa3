// <gouji-checker lang="zh|en" text="…">: the checker as an element for portal pages.
// Shadow DOM keeps portal styles out and ours in; styles go through a constructable stylesheet
// (CSSOM is not subject to style-src, so the element is styled under a CSP without it).
// Fires "gouji-change" (bubbles, composed) with {result, findings, status} whenever findings change.
// The text is shown once: the textarea lies transparent over its own highlights (as on the page).
// `all: initial` on the host and an explicitly styled wrapper keep a portal's inherited fonts,
// colours and spacing out; the portal can still size the element itself.
(function () {
  'use strict';
  if (!window.customElements || window.customElements.get('gouji-checker')) return;
  var CSS = [
    ':host { all: initial; display: block; border: 1px solid #d0d5dd; border-radius: 4px; background: #fff; }',
    '.root { all: initial; display: block; font: 14px/1.7 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; color: #1f2328; letter-spacing: normal; word-spacing: normal; text-align: left; text-transform: none; text-indent: 0; font-style: normal; font-weight: 400; }',
    '.root *, .root *::before, .root *::after { box-sizing: border-box; }',
    '.top { display: flex; align-items: center; padding: 6px 10px; border-bottom: 1px solid #e4e7ec; }',
    '.top > * + * { margin-left: 8px; }',
    'button { font: inherit; height: 28px; padding: 0 12px; border: 1px solid #1d6fdc; background: #1d6fdc; color: #fff; border-radius: 4px; cursor: pointer; }',
    '.status { color: #344054; font-size: 13px; }',
    '.edit { position: relative; height: 240px; resize: vertical; overflow: hidden; border-bottom: 1px solid #e4e7ec; }',
    '.view, textarea { position: absolute; top: 0; left: 0; width: 100%; height: 100%; margin: 0; border: 0; padding: 8px 10px; font: inherit; letter-spacing: normal; white-space: pre-wrap; word-wrap: break-word; overflow-wrap: break-word; overflow-y: scroll; }',
    '.view { color: transparent; pointer-events: none; }',
    'textarea { background: transparent; color: #1f2328; resize: none; outline: none; caret-color: #1d6fdc; }',
    '.hl { border-radius: 2px; }',
    '.hl.error { background: #fde2e4; box-shadow: inset 0 -2px #d92d20; }',
    '.hl.warning { background: #fff1c7; box-shadow: inset 0 -2px #f0a100; }',
    '.hl.info { background: #e3eeff; box-shadow: inset 0 -2px #5b9bf0; }',
    '.hl.related { background: #f1f3f5; box-shadow: inset 0 -2px #98a2b3; }',
    'ol { margin: 0; padding: 6px 10px 10px 30px; font-size: 13px; }',
    'li.error { color: #b42318; } li.warning { color: #8a5a00; } li.info { color: #1d5fbf; }'
  ].join('\n');

  function t(lang, key) {
    var S = window.GOUJI_STRINGS || {};
    return (S[lang] && S[lang][key]) || (S.zh && S.zh[key]) || key;
  }

  // "发现 1 个错误、2 个警告（另有 1 条提示）" — a sentence, never a bare number.
  function sentence(lang, doc) {
    var n = window.gouji.count(doc), checked = doc.checked || [];
    var zh = lang !== 'en', parts = [];
    if (n.error) parts.push(zh ? n.error + ' 个错误' : n.error + ' error' + (n.error > 1 ? 's' : ''));
    if (n.warning) parts.push(zh ? n.warning + ' 个警告' : n.warning + ' warning' + (n.warning > 1 ? 's' : ''));
    var info = n.info ? (zh ? n.info + ' 条提示' : n.info + ' info') : '';
    var ok = checked.filter(function (c) { return c.result === 'consistent'; }).length;
    if (!parts.length && !info) return zh ? '未发现问题' + (ok ? '，已核对 ' + ok + ' 处勾稽关系。' : '。') : 'No problems found' + (ok ? '; ' + ok + ' relation(s) verified.' : '.');
    if (!parts.length) return zh ? '未发现错误或警告，有 ' + info + '。' : 'No errors or warnings; ' + info + '.';
    return zh ? '发现 ' + parts.join('、') + (info ? '（另有 ' + info + '）' : '') + '，请核对标出的数字。'
              : 'Found ' + parts.join(' and ') + (info ? ' (and ' + info + ')' : '') + '; check the marked numbers.';
  }

  class GoujiChecker extends HTMLElement {
    static get observedAttributes() { return ['lang', 'text']; }

    constructor() {
      super();
      var root = this.attachShadow({mode: 'open'});
      if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && CSSStyleSheet.prototype.replaceSync) {
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        root.adoptedStyleSheets = [sheet];
      } else {
        var style = document.createElement('style');
        style.textContent = CSS;
        root.appendChild(style);
      }
      var wrap = document.createElement('div');
      wrap.className = 'root';
      var top = document.createElement('div');
      top.className = 'top';
      this._button = document.createElement('button');
      this._button.type = 'button';
      this._status = document.createElement('span');
      this._status.className = 'status';
      top.appendChild(this._button);
      top.appendChild(this._status);
      this._input = document.createElement('textarea');
      this._input.spellcheck = false;
      this._view = document.createElement('div');
      this._view.className = 'view';
      this._list = document.createElement('ol');
      var edit = document.createElement('div');
      edit.className = 'edit';
      edit.appendChild(this._view);
      edit.appendChild(this._input);
      wrap.appendChild(top);
      wrap.appendChild(edit);
      wrap.appendChild(this._list);
      root.appendChild(wrap);
      var self = this;
      this._input.addEventListener('scroll', function () { self._view.scrollTop = self._input.scrollTop; });
      this._button.addEventListener('click', function () { self.check(); });
      this._input.addEventListener('input', function () {
        clearTimeout(self._timer);
        self._timer = setTimeout(function () { self.check(); }, 350);
      });
      this._seq = 0;
      this.result = null;
    }

    get lang() { return this.getAttribute('lang') === 'en' ? 'en' : 'zh'; }
    get value() { return this._input.value; }
    set value(v) { this._input.value = String(v); this.check(); }

    connectedCallback() {
      this._button.textContent = t(this.lang, 'element_check');
      if (!this._input.value && this.hasAttribute('text')) this._input.value = this.getAttribute('text');
      if (this._input.value) this.check();
    }

    attributeChangedCallback(name, old, value) {
      if (name === 'text' && value !== null && value !== this._input.value) { this._input.value = value; this.check(); }
      if (name === 'lang') { this._button.textContent = t(this.lang, 'element_check'); if (this._input.value) this.check(); }
    }

    check() {
      var self = this, text = this._input.value, seq = ++this._seq;
      if (!window.gouji) { this._status.textContent = 'gouji-core.js is not loaded'; return Promise.resolve(null); }
      this._status.textContent = t(this.lang, 'checking');
      return window.gouji.analyze(text, {lang: this.lang}).then(function (result) {
        if (seq !== self._seq) return null;
        var findings = result.documents[0].findings;
        self.result = result;
        window.GoujiHighlight.render(self._view, text, findings);
        self._list.textContent = '';
        findings.forEach(function (f) {
          var li = document.createElement('li');
          li.className = f.severity;
          li.textContent = t(self.lang, f.severity) + ' ' + f.rule + ' · ' + f.message;
          self._list.appendChild(li);
        });
        var status = sentence(self.lang, result.documents[0]);
        self._status.textContent = status;
        self.status = status;
        self._view.scrollTop = self._input.scrollTop;
        self.dispatchEvent(new CustomEvent('gouji-change', {bubbles: true, composed: true, detail: {result: result, findings: findings, status: status}}));
        return result;
      }, function (err) {
        self._status.textContent = String(err && err.message || err);
        return null;
      });
    }
  }

  window.customElements.define('gouji-checker', GoujiChecker);
})();
