// Numbers and tables of an annual report's statistics, shared by the three table readers.
import { isBlank, type Cell, type Layout, type LayoutTable } from '../../layout/layout.js';

export { isBlank };
export const compact = (s: string): string => s.replace(/[\s\u3000\u00a0]+/g, '');

/** The largest figure a report's tables hold: more is a misprint, not a count or an amount. */
export const MAX_FIGURE = 1e12;

/**
 * A number as printed: `12`, `1,200`, `１２` (full-width), `3350.5`, `251000元` (then in 元), blank
 * (null). `readable` is false for text that is no number; `invalid` is true for a number that
 * cannot be the figure (negative, over MAX_FIGURE, or with a fraction where a count is wanted):
 * its value is null, and the reader says so.
 */
export function readNumber(
  text: string,
  options: { count?: boolean } = {},
): { value: number | null; yuan: boolean; readable: boolean; invalid: boolean } {
  const t = compact(text)
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/,/g, '');
  if (t === '' || t === '-' || t === '—' || t === '/')
    return { value: null, yuan: false, readable: true, invalid: false };
  const m = /^(-?\d+(?:\.\d+)?)(万元|元)?$/.exec(t);
  if (!m) return { value: null, yuan: false, readable: false, invalid: false };
  const value = Number(m[1]);
  const yuan = m[2] === '元';
  if (!(value >= 0 && value <= MAX_FIGURE) || (options.count && !Number.isInteger(value)))
    return { value: null, yuan, readable: true, invalid: true };
  return { value, yuan, readable: true, invalid: false };
}
/** Printed as a number, whether or not it can be the figure. */
export const isNumeric = (text: string): boolean => {
  const n = readNumber(text);
  return n.value !== null || n.invalid;
};

/**
 * The tables of the layout in which some cell passes the test, its text read without line breaks or
 * spaces (结果维\n持), each with the tables that continue it (a page break, nothing else between).
 */
export function tablesWith(layout: Layout, test: (text: string) => boolean): LayoutTable[] {
  const found: LayoutTable[] = [];
  let continuing = false;
  for (const b of layout.blocks) {
    if (b.kind !== 'table') {
      continuing = false;
      continue;
    }
    if (b.rows.some((r) => r.cells.some((c) => test(compact(c.text)))) || (continuing && b.follows)) {
      found.push(b);
      continuing = true;
    } else continuing = false;
  }
  return found;
}

/**
 * A row's values under header labels printed at `positions` (ascending columns): each label owns the
 * columns up to the next label's, as a merged header cell does, and its value is the one non-blank
 * cell there (a spreadsheet export prints a merged cell as blanks, and puts the value anywhere in
 * the merge), or null where there is none. Null for the whole row when a label has two values or a
 * number stands before the first label (after `after`): the row does not line up.
 */
export function underColumns(
  cells: readonly Cell[],
  positions: readonly number[],
  after = 0,
): Array<Cell | null> | null {
  const own = cells.filter((c) => !c.copy && !c.spanned && c.column > after && !isBlank(c.text));
  if (own.some((c) => c.column < positions[0]!)) return null;
  const values: Array<Cell | null> = [];
  for (let k = 0; k < positions.length; k++) {
    const end = positions[k + 1] ?? Infinity;
    const inRange = own.filter((c) => c.column >= positions[k]! && c.column < end);
    if (inRange.length > 1) return null;
    values.push(inRange[0] ?? null);
  }
  return values;
}
