// The hostile site in a real browser (see hostile.yaml): loads every page and fails if any JavaScript dialog opens
// (the payloads call alert) or a script error names the marker; then types the marker and a few words of the
// payloads into Material's search box, whose results Material writes as HTML, and fails on a dialog there too and
// on any element of the results that catalog text made (a handler attribute, an element or attribute named with
// the marker, an element that runs or loads). The static check (check_html.py) reads the same site's files.
//
//   node docs-site/hostile/check-browser.mjs [--site DIR] [--chromium PATH] [--marker ecpwn]
import { readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveSite, launchChromium, search, waitForSearchIndex } from '../site-browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
const siteDir = resolve(args.site ?? join(here, '../target/hostile-site'));
const chromium = args.chromium ?? '/usr/bin/chromium';
const marker = args.marker ?? 'ecpwn';
// The marker, and words every payload kind has, so that each page's and each section's title is in some result.
const queries = [marker, 'alert', 'script', 'onerror', 'javascript', 'hostile', 'links'];

const failures = [];
const fail = (message) => { failures.push(message); if (failures.length <= 40) console.error(`FAIL ${message}`); };
const started = Date.now();

const server = await serveSite(siteDir);
const browser = await launchChromium(chromium);
const page = await browser.newPage();
let where = '';
let dialogs = 0;
page.on('dialog', async (dialog) => {
  dialogs++;
  fail(`${where}: a ${dialog.type()} dialog opened: ${JSON.stringify(dialog.message())}`);
  await dialog.dismiss().catch(() => {});
});
page.on('pageerror', (e) => { if (e.message.includes(marker)) fail(`${where}: script error ${e.message}`); });

/** Lets handlers that fire after a load or a search run (an image's onerror, an svg's onload). */
const settle = () => new Promise((ok) => setTimeout(ok, 300));

/** Elements under the selector that catalog text made: a description of each. */
function injected(selector) {
  return page.evaluate((root, mark) => {
    // Material's results are links, articles, headings, paragraphs and its own <details> of further sections.
    const risky = new Set(['SCRIPT', 'IMG', 'IFRAME', 'FRAME', 'SVG', 'svg', 'MATH', 'math', 'OBJECT', 'EMBED',
      'STYLE', 'LINK', 'META', 'BASE', 'FORM', 'INPUT', 'BUTTON', 'TEXTAREA', 'VIDEO', 'AUDIO']);
    return [...document.querySelectorAll(`${root} *`)].filter((el) => risky.has(el.tagName)
      || el.tagName.toLowerCase().includes(mark)
      || [...el.attributes].some((a) => a.name.startsWith('on') || a.name.includes(mark)))
      .map((el) => el.outerHTML.slice(0, 120));
  }, selector, marker);
}

const pages = readdirSync(siteDir).filter((f) => f.endsWith('.html')).sort();
for (const file of pages) {
  where = file;
  await page.goto(server.base + file, { waitUntil: 'load' });
  await settle();
}

where = 'index.html, before the searches';
await page.goto(server.base + 'index.html', { waitUntil: 'load' });
if (!await waitForSearchIndex(page)) fail('search: the index was not ready after 60 s');
let results = 0;
for (const query of queries) {
  where = `search "${query}"`;
  results += (await search(page, query)).length;
  await settle();
  for (const element of await injected('.md-search-result')) fail(`${where}: catalog text made ${element}`);
}
if (results === 0) fail(`search: no results for ${queries.join(', ')}: the hostile pages are not in the index`);

await browser.close();
server.close();
console.log(`hostile site in chromium: ${pages.length} pages loaded, ${queries.length} searches (${results} results)`
  + ` in ${((Date.now() - started) / 1000).toFixed(1)} s: ${dialogs} dialog(s)`);
if (failures.length > 0) {
  console.log(`FAILED: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('OK: no dialog opened, no search result holds an element from catalog text');
