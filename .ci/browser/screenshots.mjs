// Full-page screenshots of an nwd HTML report in Debian's Chromium, as check-report.mjs renders it:
// one at 1280 px and one at 400 px wide, for the documentation.
// Usage: node screenshots.mjs REPORT_HTML OUT_DIR
// Writes OUT_DIR/report-1280.png and OUT_DIR/report-400.png.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const report = resolve(process.argv[2] ?? '');
const out = resolve(process.argv[3] ?? '');
mkdirSync(out, { recursive: true });
const url = pathToFileURL(report).href;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    '--font-render-hinting=none'],
});
try {
  const page = await browser.newPage();
  // The report needs nothing but itself.
  await page.setRequestInterception(true);
  page.on('request', (r) => (r.url() === url || r.url().startsWith('data:') ? r.continue() : r.abort()));
  for (const width of [1280, 400]) {
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'load' });
    const file = join(out, `report-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`screenshots: ${file} (${width} x ${height} px)`);
  }
} finally {
  await browser.close();
}
