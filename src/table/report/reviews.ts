// Table 4 (行政复议、行政诉讼): fifteen numbers, five for each of 行政复议, 未经复议直接起诉 and 复议后起诉.
// Read under the fifteen column labels where the header prints them at fifteen places (a
// spreadsheet export leaves merged cells as blanks between), else as the last row's fifteen numbers.
import { diagnostic, type Result } from '../../diagnostics.js';
import type { Layout, LayoutTable, Row } from '../../layout/layout.js';
import type { Reviews } from '../../model/annual-report.generated.js';
import { REVIEW_COLUMN_LABELS } from '../../vocabulary/report.js';
import { compact, isNumeric, readNumber, tablesWith, underColumns } from './numbers.js';

const GROUP_KEYS = ['maintained', 'corrected', 'other', 'pending', 'total'] as const;

/** The row of numbers and its fifteen cells' texts. */
function numbersRow(tables: readonly LayoutTable[]): { row: Row; texts: string[] } | null {
  for (const table of [...tables].reverse()) {
    const labels = table.rows.flatMap((r) =>
      r.cells.filter((c) => !c.copy && !c.spanned && REVIEW_COLUMN_LABELS.includes(compact(c.text))),
    );
    const positions = [...new Set(labels.map((c) => c.column))].sort((a, b) => a - b);
    if (positions.length !== 15 || labels.length !== 15) continue;
    for (const row of [...table.rows].reverse()) {
      const at = underColumns(row.cells, positions);
      if (!at || at.some((c) => c && !readNumber(c.text).readable) || !at.some((c) => c && isNumeric(c.text))) continue;
      return { row, texts: at.map((c) => c?.text ?? '') };
    }
  }
  const row = tables
    .flatMap((t) => t.rows)
    .reverse()
    .find((r) => r.cells.filter((c) => !c.spanned).length >= 15 && r.cells.every((c) => readNumber(c.text).readable));
  return row
    ? {
        row,
        texts: row.cells
          .filter((c) => !c.spanned)
          .slice(-15)
          .map((c) => c.text),
      }
    : null;
}

export function readReviews(layout: Layout): Result<Reviews | null> {
  const tables = tablesWith(layout, (t) => /行政复议/.test(t)).filter((t) =>
    t.rows.some((r) => r.cells.some((c) => /结果维持/.test(compact(c.text)))),
  );
  const found = numbersRow(tables);
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
  if (!found) return empty('table-empty', 'warning', 'Table 4 holds no numbers (a blank form); its values are null.');
  const { row } = found;
  const reads = found.texts.map((t) => readNumber(t, { count: true }));
  const blanks = reads.filter((n) => n.value === null && !n.invalid).length;
  if (blanks === 15)
    return empty('table-empty', 'warning', 'Table 4 holds no numbers (a blank form); its values are null.');
  // A blank is 0; a number that cannot be a count (negative, fractional, too large) is null.
  const group = (k: number): Reviews['review'] =>
    Object.fromEntries(
      GROUP_KEYS.map((key, j) => {
        const n = reads[k * 5 + j]!;
        return [key, n.invalid ? null : (n.value ?? 0)];
      }),
    ) as Reviews['review'];
  const diagnostics = found.texts.flatMap((t, k) =>
    reads[k]!.invalid
      ? [
          diagnostic(
            'value-unreadable',
            'warning',
            `Table 4, column ${k + 1}: ${JSON.stringify(t)} is not a count (negative, fractional or too large); read as null.`,
            row.place,
          ),
        ]
      : [],
  );
  if (blanks > 0)
    diagnostics.push(diagnostic('blank-as-zero', 'info', `Table 4: ${blanks} blank cell(s) read as 0.`, row.place));
  return {
    value: { review: group(0), litigationDirect: group(1), litigationAfterReview: group(2) },
    diagnostics,
  };
}
