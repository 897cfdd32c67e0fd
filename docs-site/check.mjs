// Checks the built docs site in a real headless browser (Debian's chromium, driven by puppeteer-core, which
// downloads no browser of its own). Serves the site on 127.0.0.1 itself (Material's search worker does not
// start from file://) and asserts, for every catalog page:
//   - every entry heading's id is its stable anchor, and its permalink links that anchor;
//   - the table of contents links every entry by its stable anchor;
//   - each summary link and each lookup link of the index scrolls to its entry heading;
//   - every value the index's "Find by code" lists (codes, sub-codes, names and constants the APIs send, and
//     every message and code of the example bodies as sent) is found by the browser's find in the lookup table,
//     in rows that lead to its entry and that, where several entries share the value, tell them apart;
//   - every example body on a catalog page carries a value the lookup lists for its entry;
//   - typing each such value of 3 or more characters into the search box lists its entry among the first three
//     results, or first among its page's results (Material groups the results by page and shows the first of
//     each group; the others fold under "more on this page"); a message pasted with other arguments (its
//     numbers changed) the same; shorter values, and single words more than ten sections hold, are found
//     through the lookup table (they are searched and counted all the same);
//   - at 390 px width the summary shows status, value and retry without scrolling sideways.
// What is expected comes from the Markdown pages (the summary and the lookup tables), what is found from the
// browser. Prints a summary; exits non-zero on any failure.
//
//   node docs-site/check.mjs [--site DIR] [--pages DIR] [--chromium PATH] [--screenshots DIR]
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveSite, launchChromium, search as searchSite, waitForSearchIndex } from './site-browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
const siteDir = resolve(args.site ?? join(here, 'target/site'));
const pagesDir = resolve(args.pages ?? join(here, '../sample-app/target/docs'));
const chromium = args.chromium ?? '/usr/bin/chromium';
const shots = resolve(args.screenshots ?? join(here, 'target/screenshots'));

const failures = [];
const timings = [];
let phaseStart = Date.now();
/** Ends a phase of the check, for the timings line. */
const phase = (name) => { timings.push(`${name} ${((Date.now() - phaseStart) / 1000).toFixed(1)} s`); phaseStart = Date.now(); };
const fail = (message) => { failures.push(message); if (failures.length <= 50) console.error(`FAIL ${message}`); };
const counts = { pages: 0, entries: 0, tocLinks: 0, summaryLinks: 0, lookupLinks: 0, searches: 0, shortValues: 0,
  sharedValues: 0, phonePages: 0, examples: 0, exampleValues: 0, pasted: 0, pastedFound: 0, pastedShared: 0,
  searchTop3: 0, variants: 0, variantsFound: 0, commonWords: 0 };
/** Per catalog page: values the lookup lists, found by the lookup, by the search (first three, first of page). */
const perPage = new Map();
const pageCount = (html) => {
  if (!perPage.has(html)) perPage.set(html, { values: 0, lookup: 0, searched: 0, search: 0, top3: 0, common: 0, variants: 0,
    variantsFound: 0 });
  return perPage.get(html);
};

// ---- What the pages promise, read from their Markdown ----------------------------------------------------

/** A table cell's Markdown as the text a reader sees (code spans and escapes undone, ellipsis dropped). */
function cellText(markdown) {
  return markdown.replace(/^`+ ?|`+$/g, '').replace(/ ?`+$/, '')
    .replace(/\\(.)/g, '$1').replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/…$/, '').trim();
}

/** The rows of the table that follows a "## heading" line: arrays of cell Markdown. */
function tableAfter(markdown, heading) {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l === `## ${heading}`);
  if (start < 0) return null;
  const rows = [];
  for (let i = start + 1; i < lines.length && !lines[i].startsWith('## '); i++) {
    if (lines[i].startsWith('| ') && !lines[i].startsWith('|---')) {
      rows.push(lines[i].slice(2, -2).split(/(?<!\\) \| /));
    }
  }
  return rows.slice(1); // the header row
}

const LINK = /^\[(.*)\]\(([^)#]*)#([^)]+)\)/;
const catalogs = readdirSync(pagesDir).filter((f) => f.endsWith('.md') && f !== 'index.md').sort().map((file) => {
  const markdown = readFileSync(join(pagesDir, file), 'utf8');
  const summary = tableAfter(markdown, 'Summary') ?? tableAfter(markdown, 'Summary of responses') ?? [];
  const entries = summary.map(([status, value]) => {
    const [, label, , anchor] = value.match(LINK) ?? [];
    return { status, label: cellText(label ?? ''), anchor };
  });
  return { file, html: file.replace(/\.md$/, '.html'), entries };
});
const index = readFileSync(join(pagesDir, 'index.md'), 'utf8');
const lookup = (tableAfter(index, 'Find by code') ?? []).map(([value, response, status]) => {
  const [, label, page, anchor] = value.match(LINK) ?? [];
  return { value: cellText(label ?? ''), response: cellText(response ?? ''), status,
    html: (page ?? '').replace(/\.md$/, '.html'), anchor };
});
if (catalogs.length === 0) fail(`no catalog pages in ${pagesDir}`);
if (lookup.length === 0) fail('index.md has no "Find by code" table');
for (const catalog of catalogs) {
  for (const entry of catalog.entries) {
    if (!lookup.some((row) => row.html === catalog.html && row.anchor === entry.anchor)) {
      fail(`index lookup misses ${catalog.html}#${entry.anchor}`);
    }
  }
}

// ---- Every example body carries a value the lookup lists for its entry ------------------------------------

/** The scalars of a JSON value, as the text a reader copies (strings as they are, numbers as written). */
function scalars(value, out = []) {
  if (value === null || value === undefined) return out;
  if (typeof value === 'object') Object.values(value).forEach((v) => scalars(v, out));
  else out.push(String(value));
  return out;
}

/** The fenced JSON examples of each entry section of a page, by anchor. */
function examplesOf(markdown) {
  const out = new Map();
  let anchor = null;
  let fence = null;
  let body = [];
  for (const line of markdown.split('\n')) {
    if (fence) {
      if (line === fence) { out.get(anchor)?.push(body.join('\n')); fence = null; } else body.push(line);
      continue;
    }
    const heading = line.match(/^#{2,3} .*\{#([^}]+)\}\s*$/);
    if (heading) { anchor = line.startsWith('### ') ? heading[1] : null; if (anchor) out.set(anchor, []); continue; }
    if (/^## /.test(line)) { anchor = null; continue; }
    const open = line.match(/^(`{3,})json\s*$/);
    if (open && anchor) { fence = open[1]; body = []; }
  }
  return out;
}

for (const catalog of catalogs) {
  const markdown = readFileSync(join(pagesDir, catalog.file), 'utf8');
  const entryAnchors = new Set(catalog.entries.map((e) => e.anchor));
  for (const [anchor, bodies] of examplesOf(markdown)) {
    if (!entryAnchors.has(anchor)) continue; // a body shape's section, not an entry's
    // A message template ({field}) and a vendor's stand-in (<field>) read alike: any value there.
    const loose = (v) => v.replace(/\{[^}]*\}|<[^>]*>/g, '{}');
    const rows = lookup.filter((r) => r.html === catalog.html && r.anchor === anchor);
    const listed = new Set(rows.map((r) => loose(r.value)));
    // A body that repeats no identifying value (a success's data) belongs to an entry its status identifies.
    const status = catalog.entries.find((e) => e.anchor === anchor)?.status;
    for (const body of bodies) {
      let parsed;
      try { parsed = JSON.parse(body); } catch { continue; } // a page may show a body that is not JSON as JSON
      counts.examples++;
      const carried = scalars(parsed).map((v) => loose(v.trim().replace(/\s+/g, ' '))).filter((v) => listed.has(v));
      counts.exampleValues += carried.length;
      if (carried.length === 0 && !listed.has(status)) fail(`${catalog.html}#${anchor}: an example body carries no value the lookup lists for it: ${body.slice(0, 120)}`);
    }
  }
}

// ---- The site, served on loopback ------------------------------------------------------------------------

const server = await serveSite(siteDir);
const base = server.base;

const browser = await launchChromium(chromium);
const page = await browser.newPage();
page.on('pageerror', (e) => fail(`script error on ${page.url()}: ${e.message}`));
// Every page load starts Material's search worker, which builds the whole index: 2 s a page on a busy machine.
// Until the searches, the pages get an empty index instead (the links under test need no search).
let emptySearchIndex = true;
await page.setRequestInterception(true);
page.on('request', (request) => {
  if (emptySearchIndex && request.url().endsWith('/search/search_index.json')) {
    request.respond({ status: 200, contentType: 'application/json',
      body: JSON.stringify({ config: { lang: ['en'], separator: '[\\s\\-]+', min_search_length: 3 }, docs: [] }) });
  } else {
    request.continue();
  }
});
await page.setViewport({ width: 1280, height: 900 });

/** Where the heading with this id stands: null if absent; else whether the view scrolled to it. */
async function headingState(anchor) {
  return page.evaluate((id) => {
    const h = document.getElementById(id);
    if (!h) return null;
    const top = h.getBoundingClientRect().top;
    const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    return { tag: h.tagName, top, landed: location.hash === `#${id}` && top >= 0 && (top < 160 || atBottom)
      && top < window.innerHeight, permalink: h.querySelector('a.headerlink')?.getAttribute('href') };
  }, anchor);
}

async function clickAndLand(selector, anchor, what) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const link = await page.$(selector);
  if (!link) { fail(`${what}: no link ${selector}`); return false; }
  await link.evaluate((a) => a.scrollIntoView({ block: 'center' }));
  await link.click();
  await page.waitForFunction((id) => location.hash === `#${id}`, { timeout: 5000 }, anchor).catch(() => {});
  await new Promise((ok) => setTimeout(ok, 30)); // the scroll that follows the hash change
  const state = await headingState(anchor);
  if (!state?.landed) { fail(`${what}: #${anchor} did not scroll to its heading (${JSON.stringify(state)})`); return false; }
  return true;
}

// ---- Every catalog page ----------------------------------------------------------------------------------

for (const catalog of catalogs) {
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(base + catalog.html, { waitUntil: 'load' });
  counts.pages++;
  const toc = new Set(await page.$$eval('nav.md-nav--secondary a.md-nav__link', (as) => as.map((a) => a.getAttribute('href'))));
  for (const entry of catalog.entries) {
    counts.entries++;
    const state = await headingState(entry.anchor);
    if (state?.tag !== 'H3') fail(`${catalog.html}: no entry heading with id ${entry.anchor}`);
    else if (state.permalink !== `#${entry.anchor}`) fail(`${catalog.html}#${entry.anchor}: permalink ${state.permalink}`);
    if (toc.has(`#${entry.anchor}`)) counts.tocLinks++;
    else fail(`${catalog.html}: table of contents does not link #${entry.anchor}`);
  }
  const summaryLinks = await page.$$eval('table', (tables) => {
    const summary = tables[0];
    return [...summary.querySelectorAll('tbody a')].map((a) => a.getAttribute('href'));
  });
  if (summaryLinks.length !== catalog.entries.length) fail(`${catalog.html}: ${summaryLinks.length} summary links`);
  for (const entry of catalog.entries) {
    if (await clickAndLand(`table:first-of-type tbody a[href="#${entry.anchor}"]`, entry.anchor, `${catalog.html} summary`)) {
      counts.summaryLinks++;
    }
  }

  // A phone: the summary's three columns fit, nothing scrolls sideways.
  await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
  await page.goto(base + catalog.html, { waitUntil: 'load' });
  const phone = await page.evaluate(() => {
    const table = document.querySelector('article table');
    const wrap = table.closest('.md-typeset__scrollwrap') ?? table.parentElement;
    const heads = [...table.querySelectorAll('thead th')].map((th) => [th.textContent.trim(), th.getBoundingClientRect().right]);
    return { pageWidth: document.documentElement.scrollWidth, wrapScroll: wrap.scrollWidth - wrap.clientWidth,
      tableRight: table.getBoundingClientRect().right, heads, viewport: window.innerWidth };
  });
  const fits = phone.pageWidth <= phone.viewport && phone.wrapScroll <= 0 && phone.tableRight <= phone.viewport
    && phone.heads.length === 3 && phone.heads.every(([, right]) => right <= phone.viewport);
  if (fits) counts.phonePages++;
  else fail(`${catalog.html} at 390 px: the summary scrolls sideways (${JSON.stringify(phone)})`);
  if (catalog.html === 'transformify.html' || (catalog === catalogs[0] && !catalogs.some((c) => c.html === 'transformify.html'))) {
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'page-phone.png') });
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(base + catalog.html, { waitUntil: 'load' });
    await page.screenshot({ path: join(shots, 'page.png') });
  }
}

// ---- The index: every lookup link lands on its entry -----------------------------------------------------

phase('catalog pages');
await page.setViewport({ width: 1280, height: 900 });
await page.goto(base + 'index.html', { waitUntil: 'load' });
mkdirSync(shots, { recursive: true });
await page.screenshot({ path: join(shots, 'index.png') });
for (const row of lookup) {
  if (page.url() !== base + 'index.html') await page.goto(base + 'index.html', { waitUntil: 'load' });
  const selector = `a[href="${row.html}#${row.anchor}"]`;
  const link = await page.$(selector);
  if (!link) { fail(`index: no lookup link ${selector}`); continue; }
  await link.evaluate((a) => a.scrollIntoView({ block: 'center' }));
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), link.click()]);
  await new Promise((ok) => setTimeout(ok, 30));
  const state = await headingState(row.anchor);
  if (page.url() === `${base}${row.html}#${row.anchor}` && state?.landed) counts.lookupLinks++;
  else fail(`index lookup ${row.value}: landed on ${page.url()} (${JSON.stringify(state)})`);
}

// ---- Pasted into the lookup: the browser's find over the table's first column ------------------------------
//
// The rows whose value cell shows exactly the pasted text: one of them leads to the entry; where they lead to
// several entries, each row reads differently (its response, status or catalog), so the reader picks one.

phase('index lookup links');
if (page.url() !== base + 'index.html') await page.goto(base + 'index.html', { waitUntil: 'load' });
const shown = await page.evaluate(() => {
  const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent.includes('Find by code'));
  let table = heading?.nextElementSibling;
  while (table && !table.querySelector('table') && table.tagName !== 'TABLE') table = table.nextElementSibling;
  table = table?.tagName === 'TABLE' ? table : table?.querySelector('table');
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => {
    const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent.trim().replace(/\s+/g, ' '));
    return { value: cells[0], rest: cells.slice(1).join(' | '), href: tr.querySelector('a')?.getAttribute('href') };
  });
});
const pastedValues = new Map();
for (const row of lookup) {
  if (!pastedValues.has(row.value)) pastedValues.set(row.value, new Set());
  pastedValues.get(row.value).add(`${row.html}#${row.anchor}`);
}
for (const [value, targets] of pastedValues) {
  const flat = value.replace(/\s+/g, ' ');
  const rows = shown.filter((r) => r.value.replace(/ ?…$/, '') === flat);
  const hrefs = new Set(rows.map((r) => r.href));
  const apart = new Set(rows.map((r) => r.rest)).size === rows.length;
  for (const target of targets) {
    counts.pasted++;
    const per = pageCount(target.split('#')[0]);
    per.values++;
    if (hrefs.has(target) && apart) { counts.pastedFound++; per.lookup++; }
    else fail(`lookup "${value}": rows ${JSON.stringify(rows)} do not lead to ${target} or read alike`);
  }
  if (targets.size > 1) counts.pastedShared++;
}

// ---- Search: every value of 3 or more characters finds its entry among the first three results -------------
//
// A result is an entry or section the list shows; the line heading each page's group of results (the page's
// title, linking its top) is not one. Lunr matches words whatever their case, so values that differ only in case
// ("Bad request", "Bad Request") are one search, and any of their entries among the first three is found.

phase('pasted into the lookup');
emptySearchIndex = false;
await page.goto(base + 'index.html', { waitUntil: 'load' });
const byValue = new Map();
for (const row of lookup) {
  const key = row.value.toLowerCase();
  if (!byValue.has(key)) byValue.set(key, { value: row.value, targets: [] });
  byValue.get(key).targets.push(`${row.html}#${row.anchor}`);
}
const search = (query) => searchSite(page, query);
if (!await waitForSearchIndex(page)) fail('search: the index was not ready after 60 s');
/** The entries' own links: a page's other sections (its summary, its body shapes) are no answer to a paste. */
const entryLinks = new Set(catalogs.flatMap((c) => c.entries.map((e) => `${c.html}#${e.anchor}`)));
/**
 * Whether the results list a target among the first three, or as the first entry among the results of its page
 * (Material groups the results by page, and shows the first of each group).
 */
function lands(results, target) {
  const page = target.split('#')[0];
  return { top3: results.slice(0, 3).includes(target),
    firstOfPage: results.find((r) => r.split('#')[0] === page && entryLinks.has(r)) === target };
}
// A single word that more than ten sections of the site hold ("Invalid", "Error") is, like a value of one or two
// characters, noise for a search box: found through the lookup table. It is searched all the same, and counted.
const searchIndex = JSON.parse(readFileSync(join(siteDir, 'search/search_index.json'), 'utf8'));
const common = (value) => !/\s/.test(value) && searchIndex.docs.filter((d) => d.location.includes('#')
  && new RegExp(`(^|[^\\p{L}\\p{N}_])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}_])`, 'iu')
    .test(`${d.title} ${d.text}`)).length > 10;
for (const { value, targets } of byValue.values()) {
  if (value.length < 3) { counts.shortValues++; continue; }
  const results = await search(value);
  // A value several entries share (a message many statuses send) can only list some of them first.
  if (targets.length > 1) counts.sharedValues++;
  const found = targets.map((t) => lands(results, t));
  for (const t of targets) pageCount(t.split('#')[0]).searched++;
  if (found.some((f) => f.top3)) counts.searchTop3++;
  if (found.some((f) => f.top3 || f.firstOfPage)) {
    counts.searches++;
    targets.forEach((t, i) => { const per = pageCount(t.split('#')[0]); per.search++; if (found[i].top3) per.top3++; });
  } else if (common(value)) {
    counts.commonWords++;
    targets.forEach((t) => pageCount(t.split('#')[0]).common++);
  } else {
    fail(`search "${value}": ${targets.join(', ')} neither among the first three results nor first of its page ${JSON.stringify(results.slice(0, 6))}`);
  }
  // The same message with other arguments: each number changed, as a real response would carry it.
  if (/\s/.test(value) && /\d/.test(value) && targets.length === 1) {
    const variant = value.replace(/\d+/g, (n) => String((Number(n.slice(0, 15)) + 7) % 10 ** Math.min(n.length, 15)));
    counts.variants++;
    const per = pageCount(targets[0].split('#')[0]);
    per.variants++;
    const v = lands(await search(variant), targets[0]);
    if (v.top3 || v.firstOfPage) { counts.variantsFound++; per.variantsFound++; }
    else fail(`search "${variant}" (its numbers changed): ${targets[0]} neither among the first three nor first of its page`);
  }
}
phase('searches');

await browser.close();
server.close();

const searched = byValue.size - counts.shortValues;
console.log(`timings:        ${timings.join(', ')}`);
console.log(`site built:     ${siteDir} (${catalogs.length} catalog pages and the index)`);
console.log(`pages checked:  ${counts.pages} catalog pages, ${counts.entries} entries; table of contents links ` +
  `${counts.tocLinks}/${counts.entries} entries by their stable anchor; ${counts.phonePages}/${counts.pages} ` +
  'summaries fit 390 px with status, value and retry');
console.log(`links landed:   ${counts.summaryLinks}/${counts.entries} summary links, ${counts.lookupLinks}/${lookup.length} ` +
  'index lookup links scrolled to their entry heading');
console.log(`examples:       ${counts.examples} example bodies on the pages, each carrying a value the lookup lists ` +
  `for its entry (${counts.exampleValues} such values in all)`);
console.log(`lookup pasted:  ${counts.pastedFound}/${counts.pasted} values found by the browser's find in rows that lead to ` +
  `their entry (${counts.pastedShared} values several entries share, their rows told apart)`);
console.log(`searches found: ${counts.searches}/${searched} values of 3+ characters listed their entry among the first ` +
  `three results or first of its page (${counts.searchTop3} among the first three; ${counts.sharedValues} values ` +
  `shared by several entries: one of them); ${counts.variantsFound}/${counts.variants} messages with other numbers ` +
  `the same; ${counts.shortValues} shorter values and ${counts.commonWords} single-word values more than ten sections hold ` +
  'are found through the lookup table');
for (const [html, c] of [...perPage].sort()) {
  console.log(`  ${html.padEnd(30)} lookup ${c.lookup}/${c.values}, search ${c.search}/${c.searched} ` +
    `(${c.top3} among the first three${c.common ? `, ${c.common} common words through the lookup` : ''}), ` +
    `other numbers ${c.variantsFound}/${c.variants}`);
}
console.log(`screenshots:    ${join(shots, 'index.png')}, ${join(shots, 'page.png')}, ${join(shots, 'page-phone.png')}`);
if (failures.length > 0) {
  console.log(`FAILED: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('OK: every check passed');
