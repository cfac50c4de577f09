// Checks an nwd HTML report in Debian's Chromium, in one browser session:
//   1280 px and 400 px wide: every chart and its marks are in the rendered DOM, nothing overflows the
//   page sideways (wide tables scroll inside their own box), no chart label is cut short, and axe-core
//   finds no WCAG 2.1 A/AA violation; a full-page screenshot at each width.
//   Print: the page printed to A4 PDF by Chromium, its page count, and no chart cut across pages
//   (each figure's caption, above its chart, is on the same page as the chart's last text).
// Usage: node check-report.mjs REPORT_HTML
// Writes REPORT-1280.png, REPORT-400.png and REPORT.pdf next to the report.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const report = resolve(process.argv[2] ?? '');
const base = report.replace(/\.html$/, '');
const url = pathToFileURL(report).href;
const failures = [];
const fail = (m) => { failures.push(m); console.error(`check-report: ${m}`); };
const say = (m) => console.log(`check-report: ${m}`);

// The charts of the main job's report and the marks each must have (data-chart, class, at least).
const MARKS = [
  ['measure-rates', 'point before', 1], ['measure-rates', 'point after', 1],
  ['measure-rates', 'errorbar before', 1], ['measure-rates', 'errorbar after', 1],
  ['cost-by-agency-year', 'bar s0', 1],
  ['npv-percentiles', 'percentile p50', 1], ['npv-percentiles', 'percentile p5', 1],
  ['npv-percentiles', 'percentile p95', 1],
  ['tornado', 'bar low', 1], ['tornado', 'bar high', 1],
  ['hub-stays', 'bar s0', 1], ['hub-stays', 'threshold', 1],
  ['fidelity-indicators', 'bar s0', 1], ['fidelity-indicators', 'errorbar share', 1],
  ['fidelity-dose-response', 'point after', 1], ['fidelity-dose-response', 'errorbar after', 1],
];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    '--font-render-hinting=none'],
});
try {
  const page = await browser.newPage();
  // The report must need nothing but itself: any other request is a failure.
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (r.url() === url || r.url().startsWith('data:')) {
      r.continue();
    } else {
      fail(`the page requested ${r.url()}`);
      r.abort();
    }
  });
  page.on('pageerror', (e) => fail(`page error: ${e.message}`));

  for (const width of [1280, 400]) {
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'load' });
    if (width === 1280) {
      const charts = await page.$$eval('svg[data-chart]', (s) => s.length);
      say(`${charts} charts in the rendered DOM`);
      if (charts < 5) fail(`expected at least 5 charts, found ${charts}`);
      for (const [chart, cls, min] of MARKS) {
        const n = await page.evaluate((c, k) => [...document.querySelectorAll(`svg[data-chart="${c}"]`)]
          .reduce((t, svg) => t + svg.querySelectorAll(k.split(' ').map((x) => `.${x}`).join('')).length, 0),
        chart, cls);
        if (n < min) fail(`chart ${chart} has ${n} elements of class '${cls}', expected at least ${min}`);
        else say(`chart ${chart}: ${n} x '${cls}'`);
      }
      const panel = await page.$eval('#headline', (h) => h.innerText).catch(() => '');
      if (!panel.includes('Key figures')) fail('no headline panel with key figures at the top');
    }
    // Nothing wider than the window: wide tables scroll in their own focusable box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) fail(`at ${width} px the page is ${overflow} px too wide`);
    const cut = await page.$$eval('svg text', (ts) => ts.map((t) => t.textContent).filter((t) => t.includes('\u2026')));
    if (cut.length > 0) fail(`at ${width} px chart labels are cut short: ${cut.slice(0, 3).join(' | ')}`);
    // Every figure fits the window: a chart wider than it scrolls in its own box.
    const wide = await page.$$eval('figure.chart-figure', (fs) => fs.filter((f) => f.getBoundingClientRect().right > window.innerWidth + 1).map((f) => f.querySelector('svg').id));
    if (wide.length > 0) fail(`at ${width} px charts run off the page: ${wide.join(', ')}`);
    await page.addScriptTag({ content: axeSource });
    const axe = await page.evaluate(async () => {
      const r = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return { passes: r.passes.length, violations: r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      })) };
    });
    for (const v of axe.violations) fail(`axe at ${width} px: ${v.id} (${v.impact}): ${v.help}: ${v.nodes.join('; ')}`);
    say(`axe-core at ${width} px: ${axe.violations.length} WCAG 2.1 A/AA violations, ${axe.passes} rules passed`);
    const shot = `${base}-${width}.png`;
    await page.screenshot({ path: shot, fullPage: true });
    say(`screenshot ${shot}`);
  }

  // Print: A4 from the print stylesheet; each figure's caption (above its chart) and the chart's last
  // text must be on one page. Charts are known by their captions, "Figure N. ...".
  await page.emulateMediaType('print');
  // The chart's lowest line of text (an axis title or the last row's label) stands for its bottom.
  const figures = await page.$$eval('figure.chart-figure', (fs) => fs.map((f) => {
    const leaves = [...f.querySelectorAll('svg text, svg tspan')]
      .filter((t) => !t.querySelector('tspan') && t.textContent.trim())
      .map((t) => ({ text: t.textContent.trim(), bottom: t.getBoundingClientRect().bottom }))
      .sort((a, b) => a.bottom - b.bottom);
    return { caption: f.querySelector('figcaption').textContent.trim(), last: leaves.at(-1)?.text ?? '' };
  }));
  const pdfPath = `${base}.pdf`;
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(pdfPath)), verbosity: 0 }).promise;
  const pages = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    pages.push(content.items.map((i) => i.str).join(' ').replace(/\s+/g, ' '));
  }
  say(`PDF ${pdfPath}: ${pdf.numPages} A4 pages`);
  const minPages = Number(process.env.NWD_MIN_PAGES ?? 3);
  const maxPages = Number(process.env.NWD_MAX_PAGES ?? 40);
  if (pdf.numPages < minPages || pdf.numPages > maxPages) {
    fail(`the PDF has ${pdf.numPages} pages, expected ${minPages} to ${maxPages}`);
  }
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  for (const f of figures) {
    const label = norm(f.caption).match(/^Figure \d+\./)?.[0];
    if (!label) { fail(`a figure caption does not start "Figure N.": ${f.caption}`); continue; }
    const p = pages.findIndex((t) => t.includes(label));
    if (p < 0) { fail(`${label} is not in the PDF`); continue; }
    const after = pages[p].slice(pages[p].indexOf(label));
    if (!after.replace(/\s/g, '').includes(norm(f.last).replace(/\s/g, ''))) {
      fail(`${label} is cut across pages: its chart's last text "${f.last}" is not on page ${p + 1}`);
    } else {
      say(`${label} on page ${p + 1}, whole`);
    }
  }
} finally {
  await browser.close();
}
if (failures.length > 0) {
  console.error(`check-report: ${failures.length} checks failed`);
  process.exit(1);
}
say('the report renders, reflows, passes axe-core and prints to A4 in Chromium');
