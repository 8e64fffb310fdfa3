// gouji vs a peer on the same text: Microsoft Recognizers-Text (npm, installed by run.sh into
// bench/node_modules only), both in Node.
//   peer currency: @microsoft/recognizers-text-number-with-unit recognizeCurrency(text, 'zh-cn')
//   peer number:   @microsoft/recognizers-text-number recognizeNumber(text, 'zh-cn')
//   gouji:         the wasm core's extract(text) (quantities + headings + tables, as JSON)
// Recall on 万元 amounts: the reference set is every match of a plain regex, an ASCII number
// (optional thousands commas and decimals) immediately followed by 万元. An extractor finds a
// reference amount when one of its results overlaps the reference's span and has the same value
// (in 元; for gouji a range "3-5万元" counts if either end matches).
//
//   node bench/peer_bench.js [--peer-timeout SECONDS] FILE...
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { root, fmt, ms, table, median } = require('./lib');

const coreJs = process.env.GOUJI_CORE_JS || path.join(root, 'build/wasm/gouji_core.js');
const REF = /\d+(?:,\d{3})*(?:\.\d+)?万元/g;

// Canonical decimal string: no sign games (amounts here are non-negative), no leading zeros,
// no trailing fractional zeros.
function canon(s) {
  s = String(s).replace(/,/g, '');
  let [i, f = ''] = s.split('.');
  i = i.replace(/^0+(?=\d)/, '');
  f = f.replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}
function wanToYuan(s) {
  let [i, f = ''] = s.replace(/,/g, '').split('.');
  f = f.padEnd(4, '0');
  return canon(`${i}${f.slice(0, 4)}.${f.slice(4)}`);
}

function reference(text) {
  const refs = [];
  for (const m of text.matchAll(REF)) refs.push({ start: m.index, end: m.index + m[0].length, yuan: wanToYuan(m[0].slice(0, -2)), text: m[0] });
  return refs;
}

// found: [{start, end (exclusive), values: [canonical 元 strings]}]
function recall(refs, found) {
  let hit = 0;
  const missed = [];
  for (const r of refs) {
    if (found.some((x) => x.start < r.end && r.start < x.end && x.values.includes(r.yuan))) ++hit;
    else missed.push(r.text);
  }
  return { hit, missed };
}

function time(fn, minRuns, budgetMs) {
  const times = [];
  let out;
  const until = performance.now() + budgetMs;
  do {
    const s = performance.now();
    out = fn();
    times.push(performance.now() - s);
  } while (times.length < minRuns || performance.now() < until);
  return { ms: median(times), runs: times.length, out };
}

async function main() {
  const args = process.argv.slice(2);
  const files = [];
  let wholeCurrency = true;
  for (let i = 0; i < args.length; ++i) {
    if (args[i] === '--no-whole-currency') wholeCurrency = false;
    else files.push(args[i]);
  }
  let NU, N;
  try {
    NU = require('@microsoft/recognizers-text-number-with-unit');
    N = require('@microsoft/recognizers-text-number');
  } catch (e) {
    console.log('peer: skipped (bench/node_modules not installed: cd bench && npm ci)');
    return;
  }
  if (!fs.existsSync(coreJs)) { console.log(`peer: skipped (${path.relative(root, coreJs)} not built)`); return; }
  const core = await require(coreJs)();

  const gouji = (text) => {
    const doc = JSON.parse(core.extract(text, '{}')).documents[0];
    return doc.quantities.filter((q) => q.kind === 'money' && q.base_unit === '元').map((q) => {
      const values = [canon(q.normalized)];
      // A range's upper end ("3-5万元"), from the value as written and its unit.
      const m = /[-－—~～至到]\s*(\d+(?:,\d{3})*(?:\.\d+)?)万元$/.exec(q.text);
      if (m) values.push(wanToYuan(m[1]));
      return { start: q.span.start, end: q.span.end, values };
    });
  };
  const peerCur = (text, base = 0) => NU.recognizeCurrency(text, NU.Culture.Chinese)
    .filter((r) => r.resolution && r.resolution.value != null && /yuan|CNY/i.test(`${r.resolution.unit} ${r.resolution.isoCurrency}`))
    .map((r) => ({ start: base + r.start, end: base + r.end + 1, values: [canon(r.resolution.value)] }));
  // The number model has no currency: its "5.92万" (= 59200) counts when 元 follows it.
  const peerNum = (text, base = 0) => N.recognizeNumber(text, N.Culture.Chinese)
    .filter((r) => r.resolution && r.resolution.value != null)
    .map((r) => ({ start: base + r.start, end: base + r.end + 1 + (text[r.end + 1] === '元' ? 1 : 0), values: [canon(r.resolution.value)] }));
  const perLine = (fn) => (text) => {
    const out = [];
    let base = 0;
    for (const line of text.split('\n')) {
      if (line.trim()) out.push(...fn(line, base));
      base += line.length + 1;
    }
    return out;
  };

  console.log('gouji vs Microsoft Recognizers-Text 1.3.1 (culture zh-cn), in Node; time per report (median), recall on 万元 amounts');
  const total = {};
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
    const refs = reference(text);
    const runs = [];
    const g = time(() => gouji(text), 5, 1000);
    runs.push(['gouji wasm extract(text)', g]);
    if (wholeCurrency) runs.push(['peer currency model, whole text', time(() => peerCur(text), 1, 0)]);
    runs.push(['peer currency model, line by line', time(() => perLine(peerCur)(text), 1, 0)]);
    runs.push(['peer number model, whole text', time(() => peerNum(text), 3, 1000)]);
    runs.push(['peer number model, line by line', time(() => perLine(peerNum)(text), 3, 1000)]);
    console.log(`\n${path.basename(file)}: ${text.length} UTF-16 units, ${refs.length} reference 万元 amounts`);
    const rows = [['extractor', 'ms/report', 'runs', 'peer / gouji time', '万元 recall', 'missed (first 3)']];
    for (const [label, r] of runs) {
      const rc = recall(refs, r.out);
      (total[label] ||= { ms: 0, hit: 0, refs: 0 });
      total[label].ms += r.ms; total[label].hit += rc.hit; total[label].refs += refs.length;
      rows.push([label, fmt(r.ms), r.runs, label.startsWith('gouji') ? '1' : `${fmt(r.ms / g.ms)}×`,
                 `${rc.hit}/${refs.length} (${(100 * rc.hit / refs.length).toFixed(1)}%)`, rc.missed.slice(0, 3).join(' ')]);
    }
    table(rows);
  }
  console.log('\nAll files together:');
  const g = total['gouji wasm extract(text)'];
  const rows = [['extractor', 'ms', 'peer / gouji time', '万元 recall']];
  for (const [label, t] of Object.entries(total))
    rows.push([label, fmt(t.ms), label.startsWith('gouji') ? '1' : `${fmt(t.ms / g.ms)}×`, `${t.hit}/${t.refs} (${(100 * t.hit / t.refs).toFixed(1)}%)`]);
  table(rows);
  const cur = total['peer currency model, line by line'];
  // The native core's READ of the same files (from native_bench.js), for scale.
  try {
    const native = JSON.parse(fs.readFileSync(process.env.GOUJI_NATIVE_RESULTS, 'utf8')).read
      .filter((r) => files.some((f) => path.basename(f) === r.name) && r.msPerRun !== null);
    if (native.length === files.length) {
      const n = native.reduce((a, r) => a + r.msPerRun, 0);
      console.log(`  native gouji READ of the same files: ${fmt(n)} ms → peer currency (line by line) / native = ${fmt(cur.ms / n)}×,` +
        ` fastest peer / native = ${fmt(Math.min(...Object.entries(total).filter(([l]) => !l.startsWith('gouji')).map(([, t]) => t.ms)) / n)}×`);
    }
  } catch (e) { /* no native results */ }
  const fastest = Object.entries(total).filter(([l]) => !l.startsWith('gouji')).sort((a, b) => a[1].ms - b[1].ms)[0];
  console.log(`  Goal (issue): gouji ≥ 50× faster than the peer with at least its recall.`);
  const whole = total['peer currency model, whole text'];
  if (whole) console.log(`  vs the peer's currency model on the whole text (its documented use): ${fmt(whole.ms / g.ms)}× faster, recall ${g.hit} vs ${whole.hit} of ${g.refs}` +
    ` → ${whole.ms / g.ms >= 50 && g.hit >= whole.hit ? 'met' : 'NOT met'}`);
  console.log(`  vs the peer's currency model (line by line): ${fmt(cur.ms / g.ms)}× faster, recall ${g.hit} vs ${cur.hit} of ${g.refs}` +
    ` → ${cur.ms / g.ms >= 50 && g.hit >= cur.hit ? 'met' : 'NOT met'}`);
  console.log(`  vs the fastest peer variant (${fastest[0]}): ${fmt(fastest[1].ms / g.ms)}× faster, recall ${g.hit} vs ${fastest[1].hit}` +
    ` → ${fastest[1].ms / g.ms >= 50 && g.hit >= fastest[1].hit ? 'met' : 'NOT met'}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
