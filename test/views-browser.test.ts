// The HTML diff and compare pages in a real browser: Debian's Chromium (/usr/bin/chromium, or
// $CHROMIUM), driven by playwright-core. Each page loads without a console error, its tables sort
// and filter, and markup inside an item stays text. `.ci/run` installs Chromium; where it is
// missing these tests are skipped with a note. SCREENSHOTS=1 writes the README's screenshots to
// docs/.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import playwright, { type Browser, type Page } from 'playwright-core';
import { compare, comparisonHtml, diff, diffHtml, normalise, type Catalogue } from '../src/index.js';
import { catalogueOf } from './narrow.js';
import { repo } from './paths.js';
import { tmpDir } from './tmp.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) console.warn(`${CHROMIUM} not found: the browser tests of the HTML views are skipped.`);
const inBrowser = present ? test : test.skip;
const TIMEOUT = 60_000;

const real = (name: string): Promise<Catalogue> =>
  normalise(join(repo, 'corpus', 'real-catalogues', name)).then(catalogueOf);
let browser: Browser;
let bazhou: Catalogue;
let pingchang: Catalogue;
let nanjiang: Catalogue;
const dir = tmpDir('browser');

beforeAll(async () => {
  [bazhou, pingchang, nanjiang] = await Promise.all([
    real('sc-bazhou-czj-zdgkml.docx'),
    real('sc-pingchang-czj-zdgkml.docx'),
    real('sc-nanjiang-czj-zdgkml.xlsx'),
  ]);
  if (!present) return;
  browser = await playwright.chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}, TIMEOUT);
afterAll(async () => browser?.close());

/** The page opened from a file, with every console error and uncaught exception it gives. */
async function open(html: string, name: string): Promise<{ page: Page; errors: string[] }> {
  const file = join(dir, name);
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(String(e)));
  await page.goto(`file://${file}`);
  return { page, errors };
}

const column = (page: Page, table: string, k: number): Promise<string[]> =>
  page.$$eval(
    `#${table} tbody tr:not([hidden]):not(.fixed)`,
    (rows, k) => rows.map((r) => r.children[k]!.textContent!.trim()),
    k,
  );

inBrowser(
  'the diff page: no console error, sorts by score, filters, and an item’s markup stays text',
  async () => {
    if (process.env.SCREENSHOTS) {
      const { page } = await open(diffHtml(diff(bazhou, pingchang), bazhou, pingchang), 'diff-real.html');
      await page.screenshot({ path: join(repo, 'docs', 'diff-real.png') });
    }
    const a = structuredClone(bazhou);
    a.items[0]!.path = ['<script>window.injected = 1</script>', '<img src=x onerror="window.injected = 2">'];
    const { page, errors } = await open(diffHtml(diff(a, pingchang), a, pingchang), 'diff.html');
    expect(await page.evaluate(() => (globalThis as unknown as { injected?: number }).injected)).toBeUndefined();
    expect(await page.textContent('#pairs tbody')).toContain('<script>window.injected = 1</script>');

    const scores = async () => (await column(page, 'pairs', 3)).filter(Boolean).map(Number);
    const before = await scores();
    await page.click('#pairs thead th:nth-child(4)');
    expect(await scores()).toEqual([...before].sort((x, y) => x - y));
    await page.click('#pairs thead th:nth-child(4)');
    expect(await scores()).toEqual([...before].sort((x, y) => y - x));

    await page.fill('input.filter', '双公示');
    const shown = await page.$$eval('#pairs tbody tr:not([hidden])', (rows) => rows.map((r) => r.textContent));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((t) => t!.includes('双公示'))).toBe(true);
    expect(errors).toEqual([]);
  },
  TIMEOUT,
);

inBrowser(
  'the compare page: no console error, topics sort by an agency’s counts, a count links to its items',
  async () => {
    const { page, errors } = await open(comparisonHtml(compare([bazhou, pingchang, nanjiang])), 'compare.html');
    // The header of the first agency's column (the province row above it spans the group).
    await page.click('#coverage thead tr:nth-child(2) th:nth-child(1)');
    await page.click('#coverage thead tr:nth-child(2) th:nth-child(1)');
    const counts = (await column(page, 'coverage', 1)).map((n) => Number(n || 0));
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    const link = (await page.$('#coverage tbody td a'))!;
    const target = (await link.getAttribute('href'))!;
    await link.click();
    expect(await page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash)).toBe(
      target,
    );
    expect(await page.textContent(target)).toMatch(/行|#\d/);
    if (process.env.SCREENSHOTS) {
      // The README's: the three seeds and the three real 财政局 catalogues.
      const seeds = await Promise.all(
        ['000_8323535ad2f7897b', '001_6b51252c69ebe662', '002_59a7dd9431f93d90'].map((n) =>
          normalise(join(repo, 'seeds', `${n}.txt`)).then(catalogueOf),
        ),
      );
      const fresh = await open(comparisonHtml(compare([...seeds, bazhou, pingchang, nanjiang])), 'compare-real.html');
      await fresh.page.screenshot({ path: join(repo, 'docs', 'compare-real.png') });
    }
    expect(errors).toEqual([]);
  },
  TIMEOUT,
);
