// The human summary of a normalise run: one line per input listed, columns aligned by display width
// (a CJK character takes two columns in a terminal).
import { displayWidth as width, padTo as pad } from './textWidth.js';
import { maxOf } from '../collections.js';
export interface SummaryRow {
  file: string;
  kind: string;
  items: number | null;
  /** Annual reports: checks that hold / checks made. */
  checks: string | null;
  warnings: number;
  errors: number;
  status: string;
}

export function summaryTable(rows: readonly SummaryRow[]): string {
  const header = ['file', 'kind', 'items', 'checks', 'warnings', 'errors', 'status'];
  const cells = rows.map((r) => [
    r.file,
    r.kind,
    r.items === null ? '-' : String(r.items),
    r.checks ?? '-',
    String(r.warnings),
    String(r.errors),
    r.status,
  ]);
  const numeric = [false, false, true, true, true, true, false];
  const widths = header.map((h, c) =>
    maxOf(
      cells.map((row) => width(row[c]!)),
      width(h),
    ),
  );
  const line = (row: string[]): string =>
    row
      .map((s, c) => pad(s, widths[c]!, numeric[c]))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line)].join('\n') + '\n';
}
