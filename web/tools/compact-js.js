// Comments and indentation out of the page's scripts, nothing else: the single-file page must
// stay under its gzip budget (tests/node/size.test.js) and the sources are ≈ 20% comments.
// Debian's acorn (a dependency of emscripten, so present wherever the wasm is built) finds the
// exact comment ranges and the template literals, whose text is never touched; the result is
// parsed again and must give the same syntax tree as the source, or the build stops. No renaming,
// no rewriting: a reviewer reading the page's source still reads our code.
'use strict';

function loadAcorn() {
  for (const p of ['acorn', '/usr/share/nodejs/acorn']) {
    try { return require(p); } catch (e) { /* next */ }
  }
  return null;
}
const acorn = loadAcorn();
const options = { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true };

// The syntax tree without positions: two sources with equal trees run the same.
function shape(src) {
  return JSON.stringify(acorn.parse(src, options), (k, v) => (k === 'start' || k === 'end' ? undefined : v));
}

function templateRanges(ast) {
  const out = [];
  (function walk(n) {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach(walk); return; }
    if (n.type === 'TemplateLiteral') out.push([n.start, n.end]);
    for (const k in n) if (k !== 'start' && k !== 'end') walk(n[k]);
  })(ast);
  return out;
}

// `src` without comments, blank lines and leading indentation (outside template literals).
// Returns the source unchanged when acorn is missing (the page is then larger, and says so).
function compact(src, name) {
  if (!acorn) return src;
  const comments = [];
  acorn.parse(src, Object.assign({ onComment: (block, text, start, end) => comments.push([start, end, block]) }, options));
  // 1. Comments out. A block comment spanning lines leaves a line break (it counts as one for
  // automatic semicolon insertion); any other comment leaves a space, so tokens never merge.
  let out = '', at = 0;
  for (const [b, e, block] of comments) {
    out += src.slice(at, b) + (block && /[\n\r\u2028\u2029]/.test(src.slice(b, e)) ? '\n' : block ? ' ' : '');
    at = e;
  }
  out += src.slice(at);
  // 2. Lines: indentation off and blank lines dropped, except inside a template literal.
  const tpl = templateRanges(acorn.parse(out, options));
  const inside = (at) => tpl.some(([b, e]) => at > b && at < e);
  const lines = out.split('\n');
  const kept = [];
  let pos = 0;
  for (const line of lines) {
    if (inside(pos)) kept.push(line);
    else {
      const t = line.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '');
      if (t) kept.push(t);
    }
    pos += line.length + 1;
  }
  const result = kept.join('\n') + '\n';
  if (shape(result) !== shape(src)) throw new Error('compact-js: ' + name + ' does not keep its syntax tree; not compacted');
  return result;
}

module.exports = { compact, available: !!acorn };
