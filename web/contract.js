// The report JSON the page reads, described once: what the core prints (CLI `check --format json`,
// wasm analyze/analyzeBytes) and every field web/*.js relies on. tests/node/contract.test.js holds
// the CLI's and the wasm's output to it, so a field renamed or dropped in core/report/ fails there
// rather than as a blank column in the page. The page takes its enumerations from here.
// Types: 'string', 'number', 'integer', 'boolean', {enum: [...]}, {array: T},
// {object: {field: T}, optional: ['field', ...]}. Fields not described are reported as extra.
(function (root) {
  'use strict';

  var SEVERITIES = ['error', 'warning', 'info'];          // most to least severe
  var ROLES = ['primary', 'related'];
  var RESULTS = ['consistent', 'rounding', 'inconsistent'];
  var TARGET_STATUS = ['met', 'unmet', 'missing'];

  var span = {object: {start: 'integer', end: 'integer', role: {enum: ROLES}}};
  var spans = {array: span};
  var finding = {
    object: {
      rule: 'string', severity: {enum: SEVERITIES}, message: 'string', hint: 'string',
      spans: spans, line: 'integer', column: 'integer', section: 'string',
      expected: 'string', actual: 'string',
      at_stake: 'number',  // |expected − stated| in 万元, when both are money (core/report/at_stake.h)
      fixes: {array: {object: {start: 'integer', end: 'integer', replacement: 'string'}}},
      note: 'boolean'  // true: the note of a rule's findings past the per-rule bound, not a finding of the text
    },
    optional: ['hint', 'fixes', 'at_stake', 'note']
  };
  var metric = {object: {name: 'string', value: 'number', unit: 'string', formula: 'string', spans: spans}};
  var target = {
    object: {
      name: 'string', category: 'string', target: 'string', actual: 'string', completion: 'string',
      met: 'boolean', status: {enum: TARGET_STATUS}, spans: spans
    }
  };
  var checked = {object: {rule: 'string', formula: 'string', result: {enum: RESULTS}, inputs: spans}};
  var documentShape = {
    object: {
      path: 'string', encoding: 'string', findings: {array: finding}, metrics: {array: metric},
      targets: {array: target}, checked: {array: checked},
      final_total: 'number',  // the report's 决算支出 total in 万元, when it states one
      // findings past the per-rule bound (core/report/finding_cap.h), by severity; counts add them
      not_listed: {object: {error: 'integer', warning: 'integer', info: 'integer'}}
    },
    optional: ['targets', 'checked', 'final_total', 'not_listed']
  };
  var report = {object: {tool: {object: {name: 'string', version: 'string'}}, documents: {array: documentShape}}};

  function typeOf(v) {
    if (v === null) return 'null';
    if (Array.isArray(v)) return 'array';
    return typeof v;
  }

  // Every way `value` departs from `shape`, as "path: problem" strings (at most `limit`).
  function validate(value, shape, limit) {
    var problems = [], max = limit || 50;
    function add(path, what) { if (problems.length < max) problems.push((path || '(root)') + ': ' + what); }
    function walk(v, s, path) {
      if (problems.length >= max) return;
      if (typeof s === 'string') {
        var t = typeOf(v);
        if (s === 'integer') { if (t !== 'number' || Math.floor(v) !== v) add(path, 'expected an integer, got ' + t); }
        else if (t !== s) add(path, 'expected ' + s + ', got ' + t);
      } else if (s.enum) {
        if (s.enum.indexOf(v) < 0) add(path, 'expected one of ' + s.enum.join('|') + ', got ' + JSON.stringify(v));
      } else if (s.array) {
        if (!Array.isArray(v)) { add(path, 'expected an array, got ' + typeOf(v)); return; }
        for (var i = 0; i < v.length; i++) walk(v[i], s.array, path + '[' + i + ']');
      } else if (s.object) {
        if (typeOf(v) !== 'object') { add(path, 'expected an object, got ' + typeOf(v)); return; }
        var optional = s.optional || [];
        for (var k in s.object) {
          if (!Object.prototype.hasOwnProperty.call(s.object, k)) continue;
          if (Object.prototype.hasOwnProperty.call(v, k)) walk(v[k], s.object[k], path + '.' + k);
          else if (optional.indexOf(k) < 0) add(path, 'missing field "' + k + '"');
        }
        for (var f in v)
          if (Object.prototype.hasOwnProperty.call(v, f) && !Object.prototype.hasOwnProperty.call(s.object, f))
            add(path, 'field "' + f + '" is not in the contract');
      }
    }
    walk(value, shape, '');
    return problems;
  }

  root.GoujiContract = {
    SEVERITIES: SEVERITIES, ROLES: ROLES, RESULTS: RESULTS, TARGET_STATUS: TARGET_STATUS,
    report: report, document: documentShape, finding: finding,
    validate: validate,
    // The core's report as the page reads it: [] when it matches the contract.
    check: function (json) { return validate(json, report); }
  };
})(typeof window !== 'undefined' ? window : typeof self !== 'undefined' ? self : globalThis);
