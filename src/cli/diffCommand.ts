// `gongkai diff A B`: align two catalogues (source files or normalised JSON) and print the diff
// as JSON, Markdown, a daff-style TSV or an HTML page.
import { parseArgs } from 'node:util';
import { diff } from '../diff/diff.js';
import { diffHtml, diffMarkdown, diffTsv } from '../render/diffViews.js';
import { loadCatalogue } from './documents.js';
import { writeFileAtomic } from './writeFileAtomic.js';
import { UsageError, type Io } from './io.js';

export const diffUsage = `Usage: gongkai diff A B [--format json|md|tsv|html] [--out FILE] [--compare-publisher]

Aligns the items of two catalogues (source files, or JSON written by normalise) one to one and
says what changed between matched items, which item covers several of the other's, which are
only in A or only in B, and which pairs are doubtful. The publisher (each agency's own office
names) is compared only with --compare-publisher.
`;

export async function diffCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'md' },
      out: { type: 'string' },
      'compare-publisher': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(diffUsage);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError('diff takes two catalogues.');
  const formats = { json: null, md: diffMarkdown, tsv: diffTsv, html: diffHtml } as const;
  if (!Object.hasOwn(formats, values.format))
    throw new UsageError(`--format must be one of ${Object.keys(formats).join(', ')}.`);
  const [a, b] = await Promise.all(positionals.map(loadCatalogue));
  const result = diff(a!, b!, { comparePublisher: values['compare-publisher'] });
  const render = formats[values.format as keyof typeof formats];
  const text = render ? render(result, a!, b!) : JSON.stringify(result, null, 2) + '\n';
  if (values.out) await writeFileAtomic(values.out, text);
  else io.stdout(text);
  return 0;
}
