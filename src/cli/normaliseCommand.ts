// `gongkai normalise [INPUT…]`: convert files, folders or patterns (default seeds/) into one JSON
// document each under --out, with optional NDJSON and items CSV, and a summary on stderr.
// Exit 0 when clean, 1 when some input had errors, 2 for usage or internal failure.
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { normalise, DEFAULT_MAX_BYTES } from '../normalise.js';
import { GongkaiError } from '../errors.js';
import type { Catalogue } from '../model/catalogue.generated.js';
import type { AnnualReport } from '../model/annual-report.generated.js';
import { summaryTable, type SummaryRow } from '../render/summaryTable.js';
import { itemsCsv } from '../render/itemsCsv.js';
import { expandInputs } from './expandInputs.js';
import { writeFileAtomic } from './writeFileAtomic.js';
import { UsageError, type Io } from './io.js';

export const normaliseUsage = `Usage: gongkai normalise [INPUT…] [options]

Converts each input (files, folders, or patterns such as 'data/*.txt'; default: seeds/) into a
catalogue document, one JSON file per input.

Options:
  --out DIR           where the JSON files go (default: out/)
  --ndjson FILE       also write every document as one line of FILE
  --items-csv FILE    also write one CSV row per item
  --json              print a machine-readable summary on stdout
  --agency NAME       set the agency name instead of inferring it
  --province NAME     set the province instead of inferring it
  --format F          skip format sniffing of text: tsv, cells, csv or html
  --max-bytes N       refuse inputs larger than N bytes (default: ${DEFAULT_MAX_BYTES})
  -h, --help          show this help
`;

interface FileResult extends SummaryRow {
  input: string;
  output: string | null;
  error?: string;
}

export async function normaliseCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'out' },
      ndjson: { type: 'string' },
      'items-csv': { type: 'string' },
      json: { type: 'boolean', default: false },
      agency: { type: 'string' },
      province: { type: 'string' },
      format: { type: 'string' },
      'max-bytes': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(normaliseUsage);
    return 0;
  }
  const formats = ['tsv', 'cells', 'csv', 'html'] as const;
  const format = values.format as (typeof formats)[number] | undefined;
  if (format !== undefined && !formats.includes(format))
    throw new UsageError(`--format must be one of ${formats.join(', ')}, not ${JSON.stringify(values.format)}.`);
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes']);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0)
    throw new UsageError('--max-bytes takes a positive whole number of bytes.');

  const { files, missing } = await expandInputs(positionals.length > 0 ? positionals : ['seeds']);
  if (missing.length > 0) throw new UsageError(`No such input: ${missing.join(', ')}`);
  if (files.length === 0) throw new UsageError('No input files found.');

  const results: FileResult[] = [];
  const documents: Array<Catalogue | AnnualReport> = [];
  const catalogues: Catalogue[] = [];
  let internal = false;
  for (const file of files) {
    const row: FileResult = {
      input: file.path,
      file: file.path,
      output: null,
      kind: '-',
      items: null,
      checks: null,
      warnings: 0,
      errors: 0,
      status: '',
    };
    try {
      const result = await normalise(file.path, {
        maxBytes,
        ...(values.agency !== undefined && { agency: values.agency }),
        ...(values.province !== undefined && { province: values.province }),
        ...(format !== undefined && { format }),
      });
      row.kind = result.kind;
      row.warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
      row.errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      row.output = join(values.out, `${file.relative}.json`);
      await writeFileAtomic(row.output, JSON.stringify(result.document, null, 2) + '\n');
      if (result.kind === 'catalogue') {
        row.items = result.document.items.length;
        catalogues.push(result.document);
      } else {
        row.checks = `${result.document.checks.filter((c) => c.ok).length}/${result.document.checks.length}`;
      }
      documents.push(result.document);
      row.status = row.errors > 0 ? `errors: ${firstError(result.document)}` : `ok → ${row.output}`;
    } catch (error) {
      if (error instanceof GongkaiError) {
        row.errors = 1;
        row.status = `failed: ${error.code}: ${error.message}`;
        row.error = error.code;
      } else {
        internal = true;
        row.errors = 1;
        row.status = `internal error: ${(error as Error).message}`;
        row.error = 'INTERNAL';
        if (process.env.GONGKAI_DEBUG) io.stderr(`${(error as Error).stack}\n`);
      }
    }
    results.push(row);
  }

  if (values.ndjson)
    await writeFileAtomic(
      values.ndjson,
      documents.map((d) => JSON.stringify(d)).join('\n') + (documents.length ? '\n' : ''),
    );
  if (values['items-csv']) await writeFileAtomic(values['items-csv'], itemsCsv(catalogues));

  io.stderr(summaryTable(results));
  if (values.json) {
    io.stdout(JSON.stringify({ files: results.map(({ file: _f, ...r }) => r) }, null, 2) + '\n');
  }
  if (internal) return 2;
  return results.some((r) => r.errors > 0) ? 1 : 0;
}

function firstError(doc: Catalogue | AnnualReport): string {
  const d = doc.diagnostics.find((x) => x.severity === 'error');
  return d ? `${d.code}: ${d.message}` : '';
}
