// Table 3 (requests) read row by row: the row's label names it, and its seven numbers are read
// under the header's columns when the row lines up, else as the seven numbers that follow the
// label (exporters shift rows by the label cells they print).
import levenshtein from 'fast-levenshtein';
import { diagnostic, type Diagnostic, type Result } from '../../diagnostics.js';
import type { Cell, Layout } from '../../layout/layout.js';
import type { AnnualReport } from '../../model/annual-report.generated.js';
import { GROUP_LABELS, REQUEST_ROWS } from '../../vocabulary/report.js';
import { compact, isBlank, isNumeric, readNumber, tablesWith } from './numbers.js';

/** A label as compared: no numbering (一、 （一） 1. 1、), no notes in brackets, no quotes or spaces. */
export function normaliseLabel(label: string): string {
  return compact(label)
    .replace(/^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[.、．])+/, '')
    .replace(/[（(][^）)]*[)）]/g, '')
    .replace(/[“”"'‘’「」、，,：:；;]/g, '');
}

/** The row key a label names, and whether it took a fuzzy match to find it. */
export function matchRowLabel(label: string): { key: string; fuzzy: boolean } | null {
  const norm = normaliseLabel(label);
  if (norm === '' || GROUP_LABELS.test(norm)) return null;
  for (const [key, labels] of REQUEST_ROWS) if (labels.includes(norm)) return { key, fuzzy: false };
  let best: { key: string; distance: number; length: number } | null = null;
  for (const [key, labels] of REQUEST_ROWS) {
    for (const l of labels) {
      if (l.length < 4) continue; // 其他, 总计: too short to match fuzzily
      const distance = levenshtein.get(norm, l);
      if (!best || distance < best.distance) best = { key, distance, length: l.length };
    }
  }
  return best && best.distance <= Math.max(1, Math.floor(best.length * 0.25)) ? { key: best.key, fuzzy: true } : null;
}

/** The seven numbers of a table-3 row, in REQUEST_COLUMNS order. */
export type RequestRow = NonNullable<AnnualReport['requests']['rows'][string]>;

function seven(values: Array<number | null>): RequestRow {
  if (values.length !== 7) throw new Error(`internal: a table-3 row of ${values.length} numbers`);
  return values as RequestRow;
}

export interface RequestsRead {
  rows: Record<string, RequestRow | null>;
  /** Rows whose 总计 cell was left blank beside non-zero numbers: not read as 0. */
  blankTotals: string[];
}

export function readRequests(layout: Layout): Result<RequestsRead> {
  const diagnostics: Diagnostic[] = [];
  const rows: Record<string, RequestRow | null> = Object.fromEntries(REQUEST_ROWS.map(([k]) => [k, null]));
  const blankTotals: string[] = [];
  const tables = tablesWith(layout, (t) => /本年新收/.test(t));
  if (tables.length === 0)
    return {
      value: { rows, blankTotals },
      diagnostics: [diagnostic('table-missing', 'error', 'Table 3 (收到和处理政府信息公开申请情况) was not found.')],
    };
  const allRows = tables.flatMap((t) => t.rows);
  const positions = requestColumns(allRows);
  let blanks = 0;
  const blankRows: string[] = [];
  for (const row of allRows) {
    const labelAt = lastLabel(row.cells);
    if (labelAt < 0) continue;
    const label = row.cells[labelAt]!.text;
    const match = matchRowLabel(label);
    if (!match) {
      const numbers = row.cells
        .slice(labelAt + 1)
        .filter((c) => isNumeric(c.text))
        .map((c) => compact(c.text));
      if (numbers.length > 0)
        diagnostics.push(
          diagnostic(
            'row-unknown',
            'warning',
            `Row ${JSON.stringify(compact(label))} is not a row of the template; its numbers (${numbers.join(' ')}) are not read.`,
            row.place,
          ),
        );
      continue;
    }
    if (match.fuzzy) {
      diagnostics.push(
        diagnostic(
          'label-fuzzy',
          'warning',
          `Row label ${JSON.stringify(compact(label))} read as ${match.key} (${REQUEST_ROWS.find(([k]) => k === match.key)![1][0]}).`,
          row.place,
        ),
      );
    }
    const read = rowValues(row.cells, labelAt, positions);
    if (read === 'none') continue; // a group label with no numbers of its own
    if (read === null) {
      diagnostics.push(
        diagnostic(
          'row-unreadable',
          'warning',
          `Row ${JSON.stringify(compact(label))}: its numbers (${row.cells
            .filter((c) => c.column > row.cells[labelAt]!.column && !c.copy && !c.spanned && !isBlank(c.text))
            .map((c) => JSON.stringify(c.text))
            .join(', ')}) could not be read as seven counts under its columns; left null.`,
          row.place,
        ),
      );
      continue;
    }
    if (rows[match.key])
      diagnostics.push(
        diagnostic('row-duplicate', 'warning', `Row ${match.key} appears twice; the later one is kept.`, {
          line: row.line,
        }),
      );
    if (read.values.every((v) => v === null)) blankRows.push(match.key);
    else {
      blanks += read.blanks;
      if (read.blankTotal) blankTotals.push(match.key);
    }
    rows[match.key] = read.values;
  }
  // Rows printed all blank are rows of zeros — unless no row has a number, and the table is a blank form.
  const filled = Object.values(rows).some((r) => r?.some((v) => v !== null));
  for (const key of blankRows) {
    if (filled) blanks += 7;
    rows[key] = filled ? seven([0, 0, 0, 0, 0, 0, 0]) : null;
  }
  if (blanks > 0) diagnostics.push(diagnostic('blank-as-zero', 'info', `Table 3: ${blanks} blank cell(s) read as 0.`));
  if (blankTotals.length > 0) {
    diagnostics.push(
      diagnostic(
        'total-blank',
        'warning',
        `Table 3: the 总计 cell is blank beside non-zero numbers in ${blankTotals.length} row(s) (${blankTotals.join(', ')}); left null, and R3 is not checked there.`,
      ),
    );
  }
  return { value: { rows, blankTotals }, diagnostics };
}

/** Where the header puts 自然人, the five kinds of 法人或其他组织, and 总计. */
function requestColumns(rows: ReadonlyArray<{ cells: Cell[] }>): number[] | null {
  const header = rows.find((r) => r.cells.some((c) => compact(c.text) === '商业企业'));
  if (!header) return null;
  const at = (name: string): number => {
    for (const r of rows) {
      const i = r.cells.findIndex((c) => compact(c.text) === name);
      if (i >= 0) return i;
      if (r === header) break;
    }
    return -1;
  };
  const legal = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((n) =>
    header.cells.findIndex((c) => compact(c.text) === n),
  );
  const positions = [at('自然人'), ...legal, at('总计')];
  return positions.every((p) => p >= 0) && new Set(positions).size === 7 ? positions : null;
}

function lastLabel(cells: readonly Cell[]): number {
  for (let i = cells.length - 1; i >= 0; i--) {
    const t = cells[i]!.text;
    if (!isBlank(t) && !isNumeric(t) && !cells[i]!.spanned) return i;
  }
  return -1;
}

function rowValues(
  cells: readonly Cell[],
  labelAt: number,
  positions: number[] | null,
): { values: RequestRow; blanks: number; blankTotal: boolean } | null | 'none' {
  const after = cells.slice(labelAt + 1).filter((c) => !c.spanned);
  const numbers = after.filter((c) => isNumeric(c.text));
  if (numbers.length === 0 && after.every((c) => isBlank(c.text)) && positions === null) return 'none';
  // As printed under the header, when every number of the row stands under a column.
  if (
    positions &&
    positions.every((p) => p > labelAt) &&
    cells.every((c, i) => positions.includes(i) || i <= labelAt || !isNumeric(c.text))
  ) {
    const printed = positions.map((p) => readNumber(cells[p]?.text ?? '', { count: true }));
    if (printed.some((n) => !n.readable || n.invalid)) return null;
    if (printed.every((n) => n.value === null))
      return { values: seven(printed.map(() => null)), blanks: 0, blankTotal: false };
    const blankTotal = printed[6]!.value === null && printed.slice(0, 6).some((n) => (n.value ?? 0) !== 0);
    const values = seven(printed.map((n, k) => (k === 6 && blankTotal ? null : (n.value ?? 0))));
    return {
      values,
      blanks: printed.filter((n, k) => n.value === null && !(k === 6 && blankTotal)).length,
      blankTotal,
    };
  }
  // Shifted: the seven numbers after the label.
  if (numbers.length === 7 && numbers.every((c) => !readNumber(c.text, { count: true }).invalid))
    return { values: seven(numbers.map((c) => readNumber(c.text).value)), blanks: 0, blankTotal: false };
  return numbers.length === 0 ? 'none' : null;
}
