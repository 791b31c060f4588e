// The end of a bulk run: on stderr, the inputs that failed or had errors (every input with
// --verbose or in a small run) and the totals; as JSON, every input with typed values and totals.
// Names are printed with control characters escaped, so that a file name cannot drive the terminal.
import { summaryTable } from '../../render/summaryTable.js';
import { printable } from '../io.js';

export interface FileSummary {
  input: string;
  output: string | null;
  kind: 'catalogue' | 'annual-report' | null;
  items: number | null;
  checksOk: number | null;
  checksTotal: number | null;
  warnings: number;
  errors: number;
  /** ok; errors (converted, with error diagnostics); failed (no document: code and message); skipped (up to date). */
  status: 'ok' | 'errors' | 'failed' | 'skipped';
  code: string | null;
  /** A failure's message, or the first error diagnostic. */
  message: string | null;
}

export function bulkSummary(
  files: readonly FileSummary[],
  run: { seconds: number; workers: number; verbose: boolean },
): { text: string; json: { totals: Record<string, number>; files: readonly FileSummary[] } } {
  const count = (status: FileSummary['status']): number => files.filter((f) => f.status === status).length;
  const totals = {
    inputs: files.length,
    converted: count('ok') + count('errors'),
    withErrors: count('errors'),
    failed: count('failed'),
    skipped: count('skipped'),
    items: files.reduce((n, f) => n + (f.items ?? 0), 0),
    warnings: files.reduce((n, f) => n + f.warnings, 0),
    errors: files.reduce((n, f) => n + f.errors, 0),
    seconds: Math.round(run.seconds * 100) / 100,
  };
  const shown = run.verbose ? files : files.filter((f) => f.status === 'failed' || f.status === 'errors');
  const table =
    shown.length === 0
      ? ''
      : summaryTable(
          shown.map((f) => ({
            file: printable(f.input),
            kind: f.kind ?? '-',
            items: f.items,
            checks: f.checksTotal === null ? null : `${f.checksOk}/${f.checksTotal}`,
            warnings: f.warnings,
            errors: f.errors,
            status: printable(
              f.status === 'failed'
                ? `failed: ${f.code}: ${f.message}`
                : f.status === 'errors'
                  ? `errors: ${f.message}`
                  : f.status === 'skipped'
                    ? `up to date: ${f.output ?? f.code}`
                    : `ok → ${f.output}`,
            ),
          })),
        );
  const rate =
    totals.converted + totals.failed > 0 ? (totals.converted + totals.failed) / Math.max(run.seconds, 0.001) : 0;
  const line =
    `${totals.inputs} inputs: ${totals.converted} converted (${totals.withErrors} with errors), ${totals.failed} failed, ` +
    `${totals.skipped} up to date; ${totals.items} items, ${totals.warnings} warnings, ${totals.errors} errors; ` +
    `${totals.seconds} s, ${rate.toFixed(1)} inputs/s on ${run.workers || 'no'} worker${run.workers === 1 ? '' : 's'}\n`;
  return { text: table + line, json: { totals, files } };
}
