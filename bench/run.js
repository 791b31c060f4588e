// npm run bench: how long normalise takes on large catalogues, made here by repeating the data
// rows of seed 001 (two-row headers, drift, split channel cells) under its first header.
// Each part runs in a process of its own, so that each peak RSS is that part's.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { normalise, diff, compare } from '../dist/index.js';
import { syntheticCatalogue } from './synthetic.js';

const part = process.argv[2];
if (part === undefined) {
  for (const p of ['normalise', 'formats', 'pdf', 'bulk', 'diff', 'compare'])
    execFileSync(process.execPath, [fileURLToPath(import.meta.url), p], { stdio: 'inherit' });
  process.exit(0);
}

const seed = readFileSync(new URL('../seeds/001_6b51252c69ebe662.txt', import.meta.url), 'utf8').split('\n');
const header = seed.slice(4, 6); // the first block's two header rows
const body = seed.slice(6).filter((l) => l.includes('\t') && !l.startsWith('序号') && !l.startsWith('\t一级事项'));

function catalogue(targetBytes) {
  const lines = [...header];
  let bytes = Buffer.byteLength(lines.join('\n'));
  for (let i = 0, seq = 0; bytes < targetBytes; i++) {
    // Renumber 序号 so that the long catalogue is a plausible one, not one 序号 printed 1,000 times.
    const line = body[i % body.length].replace(/^\d+\t/, () => `${++seq}\t`);
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  return Buffer.from(lines.join('\n'));
}

if (part === 'normalise') {
  console.log('input            rows   items   seconds   rows/s   peak RSS');
  // 13 MiB is ~46,000 rows, under the 50,000 one input is read with; 19 MiB is over it.
  for (const mib of [1, 5, 13, 19]) {
    const bytes = catalogue(mib * 1024 * 1024);
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
    let document;
    try {
      ({ document } = await normalise(bytes, { name: `bench-${mib}MiB.txt` }));
    } catch (error) {
      console.log(`${String(mib).padStart(3)} MiB tsv  ${error.code} in ${elapsed().toFixed(2)} s: ${error.message}`);
      continue;
    }
    const seconds = elapsed();
    const rss = process.resourceUsage().maxRSS / 1024;
    console.log(
      `${String(mib).padStart(3)} MiB tsv  ${String(document.stats.rows).padStart(7)} ${String(document.items.length).padStart(7)}` +
        `   ${seconds.toFixed(2).padStart(7)}  ${String(Math.round(document.stats.rows / seconds)).padStart(7)}   ${rss.toFixed(0)} MiB`,
    );
  }
}

// Documents per second by format, on the corpus variants of the three catalogue seeds: each read
// in turn, over and over for about two seconds a format after one warm-up pass.
if (part === 'formats') {
  const { readdirSync } = await import('node:fs');
  const dir = new URL('../corpus/seed-variants/', import.meta.url);
  const byFormat = new Map();
  for (const name of readdirSync(dir)) {
    const format = name.slice(name.indexOf('.') + 1);
    if (!byFormat.has(format)) byFormat.set(format, []);
    byFormat.get(format).push({ name, bytes: readFileSync(new URL(name, dir)) });
  }
  console.log('\nformat (corpus variants)   docs/s   ms/doc');
  for (const [format, files] of [...byFormat].sort()) {
    for (const f of files) await normalise(f.bytes, { name: f.name });
    let docs = 0;
    const started = process.hrtime.bigint();
    let seconds = 0;
    while (seconds < 2) {
      for (const f of files) await normalise(f.bytes, { name: f.name });
      docs += files.length;
      seconds = Number(process.hrtime.bigint() - started) / 1e9;
    }
    console.log(
      `${format.padEnd(26)} ${(docs / seconds).toFixed(1).padStart(7)}   ${((seconds / docs) * 1000).toFixed(1).padStart(6)}`,
    );
  }
}

// PDF: the two real report PDFs of the corpus and a 104-page catalogue, each read ten times after
// a warm-up; time per page.
if (part === 'pdf') {
  console.log('\nPDF                         pages   ms/page   peak RSS');
  for (const name of ['reports/huaian-gov-2024.pdf', 'reports/hongze-gov-2023.pdf', 'pdf/long-catalogue.pdf']) {
    const bytes = readFileSync(new URL(`../corpus/${name}`, import.meta.url));
    const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    await normalise(bytes, { name });
    const started = process.hrtime.bigint();
    for (let k = 0; k < 10; k++) await normalise(bytes, { name });
    const ms = Number(process.hrtime.bigint() - started) / 1e6 / 10;
    const rss = process.resourceUsage().maxRSS / 1024;
    console.log(
      `${name.split('/').pop().padEnd(26)} ${String(pages).padStart(5)}   ${(ms / pages).toFixed(1).padStart(7)}   ${rss.toFixed(0)} MiB`,
    );
  }
}

// Bulk: `normalise` on 4,000 inputs (the five seeds in 800 folders), in this process and on 1, 2
// and (if more) all cores' worker processes; each run in a process of its own for its peak RSS.
if (part === 'bulk') {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
  for (let k = 0; k < 800; k++)
    cpSync(new URL('../seeds', import.meta.url), join(dir, 'in', String(k)), { recursive: true });
  console.log('\nbulk normalise, 4,000 inputs    inputs/s   peak RSS');
  const cli = fileURLToPath(new URL('./bulk-child.js', import.meta.url));
  for (const jobs of [...new Set([0, 1, 2, availableParallelism()])]) {
    rmSync(join(dir, 'out'), { recursive: true, force: true });
    const args = [
      join(dir, 'in'),
      '--out',
      join(dir, 'out'),
      '--ndjson',
      join(dir, 'all.ndjson'),
      '--jobs',
      String(jobs),
      '--json',
    ];
    const { totals, maxRSS } = JSON.parse(execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8' }));
    const label = jobs === 0 ? 'in this process' : `${jobs} worker${jobs > 1 ? 's' : ''}`;
    console.log(
      `${label.padEnd(30)} ${(totals.inputs / totals.seconds).toFixed(1).padStart(9)}   ${(maxRSS / 1024).toFixed(0)} MiB`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
}

// diff of two 5,000-item catalogues (target: under 0.5 s). This machine's timings vary by a third
// from run to run, so the median of seven runs is reported, with the fastest and slowest.
if (part === 'diff') {
  const a = syntheticCatalogue(5000, 1);
  const b = syntheticCatalogue(5000, 2);
  diff(a, b); // warm up
  const times = [];
  let d;
  for (let r = 0; r < 7; r++) {
    const started = process.hrtime.bigint();
    d = diff(a, b);
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  times.sort((x, y) => x - y);
  console.log(
    `\ndiff 5,000 × 5,000 items: median ${times[3].toFixed(3)} s (fastest ${times[0].toFixed(3)}, slowest ${times[6].toFixed(3)}), ${d.summary.matched} matched, ${d.summary.review} to review; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
  );
}

// compare of 1,000 catalogues of 60 items (target: under 10 s).
if (part === 'compare') {
  const catalogues = Array.from({ length: 2000 }, (_, k) => syntheticCatalogue(60, 100 + k, `机构${k}`));
  const started = process.hrtime.bigint();
  const c = compare(catalogues);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `compare 2,000 catalogues × 60 items: ${seconds.toFixed(2)} s, ${c.assignments.filter((a) => a.topic).length} of ${c.assignments.length} items assigned a topic; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
  );
}
