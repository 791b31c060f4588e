// Table 4 (行政复议、行政诉讼) read as the fifteen numbers of its last row.
import { diagnostic, type Result } from '../../diagnostics.js';
import type { Layout } from '../../layout/layout.js';
import type { Reviews } from '../../model/annual-report.generated.js';
import { readNumber, tablesWith } from './numbers.js';

const GROUP_KEYS = ['maintained', 'corrected', 'other', 'pending', 'total'] as const;

export function readReviews(layout: Layout): Result<Reviews | null> {
  const tables = tablesWith(layout, (t) => /行政复议/.test(t)).filter((t) =>
    t.rows.some((r) => r.cells.some((c) => /结果维持/.test(c.text))),
  );
  const row = tables
    .flatMap((t) => t.rows)
    .reverse()
    .find((r) => r.cells.filter((c) => !c.spanned).length >= 15 && r.cells.every((c) => readNumber(c.text).readable));
  const nulls = (): Reviews['review'] => ({
    maintained: null,
    corrected: null,
    other: null,
    pending: null,
    total: null,
  });
  const empty = (
    code: 'table-missing' | 'table-empty',
    severity: 'error' | 'warning',
    message: string,
  ): Result<Reviews | null> => ({
    value: { review: nulls(), litigationDirect: nulls(), litigationAfterReview: nulls() },
    diagnostics: [diagnostic(code, severity, message)],
  });
  if (tables.length === 0) return empty('table-missing', 'error', 'Table 4 (行政复议、行政诉讼) was not found.');
  if (!row) return empty('table-empty', 'warning', 'Table 4 holds no numbers (a blank form); its values are null.');
  const printed = row.cells
    .filter((c) => !c.spanned)
    .slice(-15)
    .map((c) => readNumber(c.text).value);
  const blanks = printed.filter((v) => v === null).length;
  if (blanks === 15)
    return empty('table-empty', 'warning', 'Table 4 holds no numbers (a blank form); its values are null.');
  const group = (k: number): Reviews['review'] =>
    Object.fromEntries(GROUP_KEYS.map((key, j) => [key, printed[k * 5 + j] ?? 0])) as Reviews['review'];
  return {
    value: { review: group(0), litigationDirect: group(1), litigationAfterReview: group(2) },
    diagnostics:
      blanks > 0
        ? [diagnostic('blank-as-zero', 'info', `Table 4: ${blanks} blank cell(s) read as 0.`, { line: row.line })]
        : [],
  };
}
