// A reviewer's afternoon (issue 17): findings in report order with other orders to choose, text
// and list selecting each other, a compact list; a calm screen (info folded, related numbers only
// for the selected finding, whole rules ignored and restored, choices remembered, chips as
// filters); triage kept per document; exports and the printed 审核意见 carrying the file name,
// the statuses and the reviewer's view; <gouji-checker> in a portal page with hostile CSS.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { launch, openPage, waitChecked, example, screenshot, serve, root, pageUrl } = require('./helpers');

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

const REPORT = '2024-taoyuan-health-bureau.txt';
// Opens the page in a fresh profile and picks a bundled example (as a reviewer would).
async function withExample(file = REPORT, viewport = { width: 1366, height: 768 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const { page, log } = await openPage(browser, undefined, pageUrl, context);
  await pick(page, file);
  return { context, page, log };
}
async function pick(page, file) {
  const value = await page.evaluate((f) => {
    const ex = JSON.parse(document.getElementById('gouji-examples').textContent);
    return String(ex.findIndex((x) => x.file === f));
  }, file);
  await page.selectOption('#examples', value);
  await page.waitForFunction(() => document.getElementById('input').value !== '');
  await waitChecked(page);
}
const items = (page) => page.evaluate(() => Array.from(document.querySelectorAll('#findings .finding')).map((li) => ({
  vi: Number(li.getAttribute('data-finding')),
  rule: li.querySelector('.rule').textContent,
  line: Number(li.querySelector('.where').textContent.replace(/\D/g, '')),
  section: li.closest('.group').querySelector('h3').firstChild.textContent,  // items sit in pages of 50 inside their group
  sev: /error|warning|info/.exec(li.className)[0],
})));

test('findings in report order: sections as they appear, lines ascending; by severity; by amount at stake', async () => {
  const { context, page } = await withExample();
  const list = await items(page);
  assert.ok(list.length > 20);
  for (let i = 1; i < list.length; i++) {
    if (list[i].section === list[i - 1].section) assert.ok(list[i].line >= list[i - 1].line, `line order in ${list[i].section}`);
  }
  const firstLine = {};
  list.forEach((x) => { if (!(x.section in firstLine)) firstLine[x.section] = x.line; });
  const sections = Object.keys(firstLine);
  assert.deepEqual(sections, sections.slice().sort((a, b) => firstLine[a] - firstLine[b]), 'sections as they appear');
  assert.equal(sections[0], '部门（单位）基本情况');
  await page.selectOption('#order', 'severity');
  const sev = await items(page);
  const rank = { error: 0, warning: 1, info: 2 };
  for (let i = 1; i < sev.length; i++) assert.ok(rank[sev[i].sev] >= rank[sev[i - 1].sev]);
  await page.selectOption('#order', 'amount');
  const byAmount = await items(page);
  assert.equal(byAmount[0].rule, 'R12', 'the 30,509 万元 mislabelled 年初 comes first');
  await page.locator('#findings .finding').first().click();
  const stake = await page.textContent('#findings .finding.current .details');
  assert.match(stake, /涉及 30,509\.16 万元（占决算 21\.49%）/);
  // Alt+↓ walks the list's order.
  await page.keyboard.press('Alt+ArrowDown');
  assert.equal(await page.getAttribute('#findings .finding.current', 'data-finding'), String(byAmount[1].vi));
  await context.close();
});

test('text ↔ list: clicking a marked number selects its finding in the list; ≥ 12 findings fit at 1366×768', async () => {
  const { context, page } = await withExample();
  const target = await page.evaluate(() => {
    const li = document.querySelectorAll('#findings .finding')[8];
    const mark = document.querySelector('#report .hl.primary[data-primary]:not(.off)');
    return { start: Number(mark.getAttribute('data-start')), fi: mark.getAttribute('data-primary').split(' ')[0], n: li ? 1 : 0 };
  });
  await page.evaluate((pos) => { const i = document.getElementById('input'); i.focus(); i.setSelectionRange(pos + 1, pos + 1); }, target.start);
  await page.dispatchEvent('#input', 'click');
  const cur = await page.evaluate(() => {
    const li = document.querySelector('#findings .finding.current');
    if (!li) return null;
    const r = li.getBoundingClientRect(), p = document.getElementById('findings-pane').getBoundingClientRect();
    return { rule: li.querySelector('.rule').textContent, inView: r.top >= p.top && r.bottom <= p.bottom };
  });
  assert.ok(cur && cur.inView, 'the finding under the caret is selected and scrolled into the list');
  assert.equal(await page.locator('#card:not([hidden])').count(), 1);
  await page.keyboard.press('Escape');
  await page.evaluate(() => { document.getElementById('findings-pane').scrollTop = 0; document.querySelectorAll('#findings .finding.current .details').forEach((d) => d.remove()); });
  const fit = await page.evaluate(() => {
    const p = document.getElementById('findings-pane').getBoundingClientRect();
    return Array.from(document.querySelectorAll('#findings .finding')).filter((li) => {
      const r = li.getBoundingClientRect();
      return r.top >= p.top && r.bottom <= Math.min(p.bottom, window.innerHeight);
    }).length;
  });
  console.log(`# findings fully visible at 1366×768: ${fit}`);
  assert.ok(fit >= 12, `only ${fit} findings fit`);
  await screenshot(page, 'review-list-1366x768.png');
  await context.close();
});

test('a calm screen: info folded into a count, related numbers only for the selected finding, chips filter', async () => {
  const { context, page } = await withExample();
  assert.equal(await page.locator('#findings .finding.info').count(), 0);
  assert.match(await page.textContent('#infos-folded'), /另有 16 条提示已收起/);
  const underlined = () => page.evaluate(() => Array.from(document.querySelectorAll('#report .hl.related')).filter((e) => getComputedStyle(e).boxShadow !== 'none').length);
  assert.equal(await underlined(), 0, 'no related number underlined before a finding is selected');
  const r12 = await page.evaluate(() => Array.from(document.querySelectorAll('#findings .finding')).findIndex((li) => li.querySelector('.rule').textContent === 'R12'));
  await page.locator('#findings .finding').nth(r12).click();
  assert.ok((await underlined()) > 0, 'the selected finding\'s related numbers are underlined');
  await page.click('#infos-folded button');
  assert.equal(await page.locator('#findings .finding.info').count(), 16);
  await page.click('#summary .chip.warning');
  assert.equal(await page.locator('#findings .finding.warning').count(), 0);
  assert.equal(await page.isChecked('[data-filter="warning"]'), false);
  await page.click('#summary .chip.warning');
  assert.ok((await page.locator('#findings .finding.warning').count()) > 0);
  await context.close();
});

test('"ignore this kind" hides a rule with a visible list to undo it; order, filters and ignored rules survive a reload', async () => {
  const { context, page } = await withExample();
  const before = await page.locator('#findings .finding').count();
  const r80 = await page.evaluate(() => Array.from(document.querySelectorAll('#findings .finding')).findIndex((li) => li.querySelector('.rule').textContent === 'R80'));
  await page.locator('#findings .finding').nth(r80).click();
  await page.click('#findings .finding.current .ignore-rule');
  assert.equal(await page.locator('#findings .finding .rule:text-is("R80")').count(), 0);
  assert.equal(await page.locator('#findings .finding').count(), before - 5);
  assert.match(await page.textContent('#ignored-rules'), /R80/);
  await page.selectOption('#order', 'severity');
  await page.uncheck('[data-filter="error"]');
  await page.reload();
  await page.waitForFunction(() => !document.getElementById('check').disabled);
  await waitChecked(page);
  assert.equal(await page.inputValue('#order'), 'severity');
  assert.equal(await page.isChecked('[data-filter="error"]'), false);
  assert.match(await page.textContent('#ignored-rules'), /R80/);
  await page.click('#ignored-rules button[data-rule="R80"]');
  await page.check('[data-filter="error"]');
  assert.equal(await page.locator('#findings .finding').count(), before);
  assert.equal(await page.locator('#ignored-rules').count(), 0);
  await context.close();
});

test('triage per document, carried into CSV, JSON and the printed 审核意见 (A4, headers repeated)', async () => {
  const { context, page } = await withExample();
  // Mark the R12 finding 需整改 with a reason, an R80 one 误报.
  const nth = (rule) => page.evaluate((r) => Array.from(document.querySelectorAll('#findings .finding')).findIndex((li) => li.querySelector('.rule').textContent === r), rule);
  await page.locator('#findings .finding').nth(await nth('R12')).click();
  await page.fill('#findings .finding.current .reason', '年初数应为上年决算数');
  await page.click('#findings .finding.current .triage button[data-status="fix"]');
  await page.locator('#findings .finding').nth(await nth('R80')).click();
  await page.click('#findings .finding.current .triage button[data-status="false"]');
  assert.match(await page.textContent('#findings .finding:has(.rule:text-is("R12")) .tri'), /需整改/);
  // Kept per document: a reload brings it back; another report does not carry it.
  await page.reload();
  await page.waitForFunction(() => !document.getElementById('check').disabled);
  await waitChecked(page);
  assert.equal(await page.locator('#findings .tri-fix.tri').count(), 1);
  await pick(page, '2020-shigu-health-department.txt');
  assert.equal(await page.locator('#findings .tri').count(), 0);
  await pick(page, REPORT);
  assert.equal(await page.locator('#findings .tri').count(), 2);
  const shown = await page.locator('#findings .finding').count();

  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  assert.equal(csv.suggestedFilename(), '2024-taoyuan-health-bureau-勾稽.csv');
  const lines = fs.readFileSync(await csv.path(), 'utf8').slice(1).trim().split('\r\n');
  assert.equal(lines.length, shown + 1, 'the reviewer\'s view: folded info findings are left out');
  assert.match(lines[0], /^文件,级别,规则,行,.*审核状态,审核说明$/);
  assert.ok(lines.some((l) => l.startsWith('2024-taoyuan-health-bureau.txt,') && l.includes('R12') && l.includes('需整改,年初数应为上年决算数')));
  assert.ok(lines.some((l) => l.includes(",'-192.95万元,")), 'a cell starting with - is guarded against spreadsheet formulas');
  await page.check('#export-all');
  const [all] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.equal(all.suggestedFilename(), '2024-taoyuan-health-bureau-勾稽.json');
  const doc = JSON.parse(fs.readFileSync(await all.path(), 'utf8')).documents[0];
  assert.equal(doc.path, '2024-taoyuan-health-bureau.txt');
  assert.equal(doc.findings.length, 48);
  assert.deepEqual(doc.findings.filter((f) => f.status).map((f) => [f.rule, f.status, f.reason]).sort(),
    [['R12', 'fix', '年初数应为上年决算数'], ['R80', 'false', '']]);

  await page.evaluate(() => { window.print = () => { window.__printed = true; }; });
  await page.click('#print');
  await page.emulateMedia({ media: 'print' });
  const view = await page.evaluate(() => {
    const v = document.getElementById('print-view');
    return {
      printed: window.__printed, text: v.textContent,
      fix: Array.from(v.querySelectorAll('.opinion-fix tbody tr')).map((tr) => Array.from(tr.cells).map((c) => c.textContent)),
      head: getComputedStyle(v.querySelector('.opinion-table thead')).display,
      annexes: Array.from(v.querySelectorAll('h2.annex')).map((h) => h.textContent),
      html: v.querySelectorAll('script, img, iframe').length,
    };
  });
  assert.ok(view.printed);
  assert.match(view.text, /审核意见/);
  assert.match(view.text, /报告文件：2024-taoyuan-health-bureau\.txt/);
  assert.match(view.text, /审核日期：\d{4}-\d\d-\d\d/);
  assert.equal(view.fix.length, 1);
  assert.match(view.fix[0][1], /^“[^”]*145989\.74万元[^”]*”$/, 'quoted by its sentence, not a line number');
  assert.doesNotMatch(view.fix[0][1], /第 \d+ 行/);
  assert.equal(view.fix[0][3], '115480.58万元');
  assert.equal(view.head, 'table-header-group');
  assert.deepEqual(view.annexes, ['附表一 由报告数字计算的比率', '附表二 绩效目标完成情况']);
  assert.equal(view.html, 0);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const out = path.join(root, 'build/screenshots/opinion.pdf');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, pdf);
  try {  // pages as PNG to look at (poppler, when installed)
    execFileSync('pdftoppm', ['-png', '-r', '60', out, path.join(root, 'build/screenshots/opinion')]);
  } catch (e) { /* no pdftoppm */ }
  const size = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/);
  assert.ok(size && Math.abs(Number(size[1]) - 595.92) < 2 && Math.abs(Number(size[2]) - 842.88) < 2, 'A4 portrait');
  await context.close();
});

test('report text pasted as HTML stays text in the list, the details and the 审核意见', async () => {
  const { context, page } = await withExample();
  const text = '<img src=x onerror="window.__x=1">项目支出合计100.00万元，其中：设备购置60.00万元，维修费39.97万元<b>。</b>';
  await page.fill('#input', text);
  await page.click('#check');
  await waitChecked(page);
  await page.locator('#findings .finding').first().click();
  await page.evaluate(() => { window.print = () => {}; });
  await page.click('#print');
  assert.equal(await page.evaluate(() => document.querySelectorAll('main img, #print-view img, #print-view b').length), 0);
  assert.match(await page.textContent('#print-view'), /<img src=x/);
  assert.equal(await page.evaluate(() => window.__x), undefined);
  await context.close();
});

test('<gouji-checker> in a portal page with hostile CSS: status sentence, the text once, styles kept out, gouji-change', async () => {
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  try {
    await page.goto(`${base}/examples/portal.html`);
    await page.waitForFunction(() => /发现/.test(document.getElementById('portal-status').textContent));
    const seen = await page.evaluate(() => {
      const el = document.querySelector('gouji-checker'), root = el.shadowRoot;
      const css = (e) => getComputedStyle(e);
      const status = root.querySelector('.status'), ta = root.querySelector('textarea'), view = root.querySelector('.view');
      return {
        status: status.textContent, portal: document.getElementById('portal-status').textContent,
        font: css(status).fontFamily, color: css(root.querySelector('.root')).color, spacing: css(ta).letterSpacing,
        transform: css(root.querySelector('.root')).textTransform, align: css(root.querySelector('.root')).textAlign,
        taMargin: css(ta).marginTop, viewColor: css(view).color, taColor: css(ta).color,
        textareas: root.querySelectorAll('textarea').length,
        sameBox: ta.getBoundingClientRect().top === view.getBoundingClientRect().top && ta.clientWidth === view.clientWidth,
        marks: Array.from(root.querySelectorAll('.hl.primary.error')).map((e) => e.textContent),
        portalColor: css(document.querySelector('h1')).color, portalFont: css(document.querySelector('h1')).fontFamily,
      };
    });
    assert.equal(seen.portalColor, 'rgb(204, 0, 255)', 'the portal\'s hostile styles are in force outside the element');
    assert.match(seen.portalFont, /Comic/);
    assert.equal(seen.status, '发现 1 个错误，请核对标出的数字。');
    assert.equal(seen.portal, seen.status, 'gouji-change carries the status');
    assert.doesNotMatch(seen.font, /Comic|Courier/);
    assert.equal(seen.color, 'rgb(31, 35, 40)');
    assert.equal(seen.spacing, 'normal');
    assert.equal(seen.transform, 'none');
    assert.equal(seen.align, 'left');
    assert.equal(seen.taMargin, '0px');
    assert.equal(seen.viewColor, 'rgba(0, 0, 0, 0)', 'the highlight layer shows marks, not a second copy of the text');
    assert.equal(seen.textareas, 1);
    assert.ok(seen.sameBox, 'the text and its highlights share one box');
    assert.deepEqual(seen.marks, ['0万元']);
    await page.evaluate(() => document.querySelector('gouji-checker').setAttribute('text', '支出总计12.02万元，其中A 5.92万元，B 6.1万元。'));
    await page.waitForFunction(() => /未发现问题/.test(document.getElementById('portal-status').textContent));
    await page.screenshot({ path: path.join(root, 'build/screenshots/portal-element.png') });
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    server.close();
  }
});

test('the card shows its arithmetic: a sheet of parts, sum, stated value and difference; a table cell its row and column; one step for cells that balance together; the card covers none of its numbers', async () => {
  const { context, page } = await withExample();
  const open = async (rule, nth = 0) => {
    const i = await page.evaluate(([r, n]) => Array.from(document.querySelectorAll('#findings .finding'))
      .map((li, k) => [li.querySelector('.rule').textContent, k]).filter((x) => x[0] === r)[n][1], [rule, nth]);
    await page.locator('#findings .finding').nth(i).click();
    await page.waitForSelector('#card:not([hidden])');
  };
  const sheetRows = () => page.evaluate(() => Array.from(document.querySelectorAll('#card .sheet tr')).map((tr) => tr.className + '|' + tr.textContent));
  await open('R12');
  const r12 = await sheetRows();
  assert.ok(r12.some((r) => /^part\|部门年初预算收入115480\.58万元$/.test(r)), r12.join('\n'));
  assert.ok(r12.some((r) => /^diff\|差额30509\.16万元（占决算 21\.49%）$/.test(r)), r12.join('\n'));
  await open('R13', 0);  // 第2行（养老服务）: its row and its column
  const cell = await sheetRows();
  assert.ok(cell.some((r) => /^part\|年初预算600\.69$/.test(r)), cell.join('\n'));
  assert.ok(cell.some((r) => /^stated\|报告数（可执行指标）407\.74万元$/.test(r)));
  assert.ok(cell.some((r) => /^caption\|“本年调整”列各行之和$/.test(r)), 'the column too');
  assert.ok(cell.some((r) => /suspect/.test(r.split('|')[0]) && /0 → -192\.95/.test(r)), 'the suggested value beside the suspect cell');
  assert.equal(await page.textContent('#card .apply-set'), '按建议修改本表 4 处（需一并修改才能平衡）');
  // The card covers none of the finding's numbers in view.
  const covered = await page.evaluate(() => {
    const c = document.getElementById('card').getBoundingClientRect(), ed = document.getElementById('editor').getBoundingClientRect();
    return Array.from(document.querySelectorAll('#report .hl.flash')).filter((e) => {
      const r = e.getBoundingClientRect();
      return r.bottom > ed.top && r.top < ed.bottom && r.bottom > c.top && r.top < c.bottom && r.right > c.left && r.left < c.right;
    }).map((e) => e.textContent);
  });
  assert.deepEqual(covered, []);
  await screenshot(page, 'review-card-sheet-1366x768.png');
  await page.click('#card .apply-set');
  await waitChecked(page);
  const after = await page.evaluate(() => Array.from(document.querySelectorAll('#findings .finding .rule')).filter((e) => e.textContent === 'R13').length);
  assert.equal(after, 0, 'the four cells and their column balance after one step');
  await page.click('#undo');
  await waitChecked(page);
  assert.equal(await page.evaluate(() => Array.from(document.querySelectorAll('#findings .finding .rule')).filter((e) => e.textContent === 'R13').length), 5);
  await context.close();
});
