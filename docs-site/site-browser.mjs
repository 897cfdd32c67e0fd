// What both browser checks need: the built site served on 127.0.0.1 (Material's search worker does not start from
// file://), Debian's chromium, headless, driven by puppeteer-core (which downloads no browser of its own), and
// Material's search box.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.xml': 'application/xml' };

/** Serves the files of siteDir on a free loopback port; resolves to { base, close }. */
export async function serveSite(siteDir) {
  const root = resolve(siteDir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = resolve(join(root, path));
    if (file.startsWith(root) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { base: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** Headless chromium at executablePath. */
export function launchChromium(executablePath) {
  return puppeteer.launch({ executablePath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

/**
 * Waits until Material's search worker has built its index (it shows "Initializing search" until then; up to a
 * minute on a busy machine); false if it was not ready in time.
 */
export async function waitForSearchIndex(page) {
  await page.waitForFunction(() => document.querySelector('input.md-search__input'), { timeout: 10000 });
  await page.focus('input.md-search__input');
  return page.waitForFunction(
    () => !/initializing/i.test(document.querySelector('.md-search-result__meta')?.textContent ?? ''),
    { timeout: 60000 }).then(() => true, () => false);
}

/**
 * Types a query into the search box and returns the hrefs of the results, in order, once the list has settled.
 * A result is an entry or section the list shows; the line heading each page's group of results (the page's
 * title, linking its top) is not one.
 */
export async function search(page, query) {
  await page.click('label.md-search__icon, .md-search__input').catch(() => {});
  await page.evaluate(() => { document.querySelector('input.md-search__input').value = ''; });
  await page.focus('input.md-search__input');
  await page.keyboard.type(query);
  let last = null;
  for (let stable = 0, i = 0; stable < 2 && i < 400; i++) {
    await new Promise((ok) => setTimeout(ok, 25));
    const now = await page.evaluate(() => ({
      meta: document.querySelector('.md-search-result__meta')?.textContent ?? '',
      links: [...document.querySelectorAll('.md-search-result__list a.md-search-result__link')]
        .filter((a) => !a.querySelector('.md-search-result__article--document'))
        .map((a) => new URL(a.href).pathname.slice(1) + new URL(a.href).hash),
    }));
    // Before its worker has built the index Material shows "Initializing search"; then the count of results.
    const settled = now.meta !== '' && !/type to start|initializing/i.test(now.meta);
    stable = settled && JSON.stringify(now) === JSON.stringify(last) ? stable + 1 : 0;
    last = now;
  }
  return last?.links ?? [];
}
