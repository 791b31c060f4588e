// The human summary of a normalise run: one line per input, columns aligned by display width
// (a CJK character takes two columns in a terminal).
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

const width = (s: string): number => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1), 0);
const pad = (s: string, w: number, right = false): string => (right ? ' '.repeat(w - width(s)) + s : s + ' '.repeat(w - width(s)));

export function summaryTable(rows: readonly SummaryRow[]): string {
  const header = ['file', 'kind', 'items', 'checks', 'warnings', 'errors', 'status'];
  const cells = rows.map((r) => [r.file, r.kind, r.items === null ? '-' : String(r.items), r.checks ?? '-', String(r.warnings), String(r.errors), r.status]);
  const numeric = [false, false, true, true, true, true, false];
  const widths = header.map((h, c) => Math.max(width(h), ...cells.map((row) => width(row[c]!))));
  const line = (row: string[]): string => row.map((s, c) => pad(s, widths[c]!, numeric[c])).join('  ').trimEnd();
  const totals = rows.reduce((t, r) => ({ items: t.items + (r.items ?? 0), warnings: t.warnings + r.warnings, errors: t.errors + r.errors }), { items: 0, warnings: 0, errors: 0 });
  return [line(header), ...cells.map(line), `${rows.length} inputs, ${totals.items} items, ${totals.warnings} warnings, ${totals.errors} errors`].join('\n') + '\n';
}
