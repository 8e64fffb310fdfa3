// <gouji-checker lang="zh|en" text="…">: the checker as an element for portal pages.
// Shadow DOM keeps portal styles out and ours in; styles go through a constructable stylesheet
// (CSSOM is not subject to style-src, so the element is styled under a CSP without it).
// Fires "gouji-change" (bubbles, composed) with {result, findings} whenever findings change.
(function () {
  'use strict';
  if (!window.customElements || window.customElements.get('gouji-checker')) return;
  var CSS = [
    ':host { display: block; font: 14px/1.7 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; color: #1f2328; border: 1px solid #d0d5dd; border-radius: 4px; background: #fff; }',
    '.top { display: flex; gap: 8px; align-items: center; padding: 6px 10px; border-bottom: 1px solid #e4e7ec; }',
    'button { font: inherit; height: 28px; padding: 0 12px; border: 1px solid #1d6fdc; background: #1d6fdc; color: #fff; border-radius: 4px; cursor: pointer; }',
    '.status { color: #57606a; font-size: 12px; }',
    'textarea { display: block; width: 100%; box-sizing: border-box; min-height: 90px; border: 0; border-bottom: 1px solid #e4e7ec; padding: 8px 10px; font: inherit; resize: vertical; outline: none; }',
    '.view { white-space: pre-wrap; word-wrap: break-word; padding: 8px 10px; max-height: 320px; overflow: auto; }',
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
      root.appendChild(top);
      root.appendChild(this._input);
      root.appendChild(this._view);
      root.appendChild(this._list);
      var self = this;
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
        self._status.textContent = findings.length ? findings.length + '' : t(self.lang, 'none');
        self.dispatchEvent(new CustomEvent('gouji-change', {bubbles: true, composed: true, detail: {result: result, findings: findings}}));
        return result;
      }, function (err) {
        self._status.textContent = String(err && err.message || err);
        return null;
      });
    }
  }

  window.customElements.define('gouji-checker', GoujiChecker);
})();
