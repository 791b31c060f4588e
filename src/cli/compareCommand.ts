// `gongkai compare INPUT…`: relate many catalogues through the built-in topic list and print the
// coverage matrix (or write it as CSV, JSON or an HTML report).
import { parseArgs } from 'node:util';
import { compare } from '../compare/compare.js';
import { comparisonCsv, comparisonHtml } from '../render/compareViews.js';
import { displayWidth, padTo } from '../render/textWidth.js';
import type { Catalogue } from '../model/catalogue.generated.js';
import { inputPaths, loadDocument } from './documents.js';
import { writeFileAtomic } from './writeFileAtomic.js';
import { printable, UsageError, type Io } from './io.js';
import { maxOf } from '../collections.js';

export const compareUsage = `Usage: gongkai compare INPUT… [--group-by province|agency] [--html FILE] [--csv FILE] [--json]

Relates catalogues (source files, folders, or JSON written by normalise) through a list of
disclosure topics: which agency covers which topic, and how alike agencies are. Annual reports
among the inputs are skipped with a note; an input that cannot be read is named, the others are
compared, and the exit code is 1.
`;

export async function compareCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      'group-by': { type: 'string', default: 'province' },
      html: { type: 'string' },
      csv: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(compareUsage);
    return 0;
  }
  const groupBy = values['group-by'];
  if (groupBy !== 'province' && groupBy !== 'agency') throw new UsageError('--group-by is province or agency.');
  const catalogues: Catalogue[] = [];
  let failed = 0;
  for (const path of await inputPaths(positionals)) {
    const loaded = await loadDocument(path);
    if (loaded.kind === 'catalogue') catalogues.push(loaded.document);
    else if (loaded.kind === 'annual-report') io.stderr(`${printable(path)}: an annual report; skipped\n`);
    else {
      failed++;
      io.stderr(`${printable(path)}: ${loaded.code}: ${loaded.message}\n`);
    }
  }
  if (catalogues.length < 2)
    throw new UsageError(`compare needs at least two catalogues; it read ${catalogues.length}.`);
  const result = compare(catalogues, { groupBy });
  if (values.html) await writeFileAtomic(values.html, comparisonHtml(result));
  if (values.csv) await writeFileAtomic(values.csv, comparisonCsv(result));
  if (values.json) io.stdout(JSON.stringify(result, null, 2) + '\n');
  else io.stdout(matrix(result));
  return failed > 0 ? 1 : 0;
}

/** The coverage matrix as text: a row per topic any agency covers, a column per agency. */
function matrix(c: ReturnType<typeof compare>): string {
  const names = c.agencies.map((a) => `${a.name ?? a.source}${a.province ? `（${a.province}）` : ''}`);
  const first = maxOf(c.topics.map((t) => displayWidth(t.name)));
  const widths = names.map((n) => Math.max(displayWidth(n), 3));
  const line = (label: string, cells: string[]): string =>
    `${padTo(label, first)}  ${cells.map((s, i) => padTo(s, widths[i]!, true)).join('  ')}`.trimEnd();
  const rows = c.topics.flatMap((t, k) =>
    c.coverage[k]!.some((n) => n > 0)
      ? [
          line(
            t.name,
            c.coverage[k]!.map((n) => (n ? String(n) : '·')),
          ),
        ]
      : [],
  );
  return [
    line('', names),
    ...rows,
    line(
      '未归类',
      c.agencies.map((a) => String(a.items - a.assigned)),
    ),
    '',
  ].join('\n');
}
