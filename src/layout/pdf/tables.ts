// A grid's cells filled with the text runs inside them, and a table that goes on across a page break.
import { isBlank, type Cell, type LayoutTable, type Row } from '../layout.js';
import { SNAP, covers, type Grid } from './rulings.js';
import { cellText, latinJoin, linesOf, type Run } from './text.js';

export function tableOf(grid: Grid, runs: Run[], free: Set<Run>): LayoutTable | null {
  const { xs, ys } = grid;
  const rowsN = ys.length - 1;
  const colsN = xs.length - 1;
  if (colsN < 2) return null; // a framed box of text, no table: its text is read as paragraphs
  // Grid slots joined where no ruling separates them: each slot's cell is its top-left slot.
  const origin: Array<Array<[number, number]>> = Array.from({ length: rowsN }, (_, r) =>
    Array.from({ length: colsN }, (_, c): [number, number] => [r, c]),
  );
  for (let r = 0; r < rowsN; r++) {
    for (let c = 0; c < colsN; c++) {
      const joinsLeft = c > 0 && !covers(grid.vertical, xs[c]!, ys[r + 1]!, ys[r]!);
      const joinsAbove = r > 0 && !covers(grid.horizontal, ys[r]!, xs[c]!, xs[c + 1]!);
      if (joinsLeft) origin[r]![c] = origin[r]![c - 1]!;
      else if (joinsAbove) origin[r]![c] = origin[r - 1]![c]!;
    }
  }
  const texts = new Map<string, Run[]>();
  for (const run of runs) {
    const x = (run.x0 + run.x1) / 2;
    const y = run.y + run.size * 0.3;
    if (x < xs[0]! || x > xs[colsN]! || y > ys[0]! || y < ys[rowsN]!) continue;
    const c = xs.findIndex((v, k) => k < colsN && x >= v && x <= xs[k + 1]!);
    const r = ys.findIndex((v, k) => k < rowsN && y <= v && y >= ys[k + 1]!);
    if (c < 0 || r < 0) continue;
    const key = origin[r]![c]!.join(',');
    texts.set(key, [...(texts.get(key) ?? []), run]);
    free.delete(run);
  }
  if (texts.size === 0) return null;
  const rows: Row[] = [];
  for (let r = 0; r < rowsN; r++) {
    const cells: Cell[] = [];
    for (let c = 0; c < colsN; c++) {
      const [or, oc] = origin[r]![c]!;
      const own = texts.get(`${or},${oc}`) ?? [];
      const text = cellText(own);
      if (or === r && oc === c) {
        const cell: Cell = { text, line: 0, column: c + 1 };
        // Where the cell's last line runs to its right edge, its text may go on past a page break.
        const right = xs[origin[r]!.findLastIndex((o) => o === origin[r]![c]) + 1]!;
        const last = linesOf(own).pop();
        if (last && right - last.x1 < last.size * 2.5) endsFull.add(cell);
        cells.push(cell);
      } else if (oc === c) cells.push({ text, line: 0, column: c + 1, copy: true });
      else cells.push({ text: '', line: 0, column: c + 1, spanned: true });
    }
    if (cells.some((cell) => !isBlank(cell.text))) rows.push({ cells, line: 0, place: { row: r + 1 } });
  }
  if (rows.length === 0) return null;
  const table: LayoutTable = { kind: 'table', rows, width: colsN, follows: false, line: 0 };
  columnEdges.set(table, xs);
  if (rows[0]!.place.row !== 1) opensBlank.add(table);
  return table;
}

/** Each table's column edges in page space, to tell a table that goes on over a page break. */
const columnEdges = new WeakMap<LayoutTable, number[]>();
export const setColumnEdges = (table: LayoutTable, xs: number[]): void => void columnEdges.set(table, xs);
/** Cells whose last line reaches the cell's right edge. */
const endsFull = new WeakSet<Cell>();
/** Tables whose first grid row has no text (the empty rest of a row a page break cut). */
const opensBlank = new WeakSet<LayoutTable>();

const near = (a: number, b: number): boolean => Math.abs(a - b) <= SNAP * 2;

/**
 * Is the table at the top of a page the table the page before ended on? It is where both have the
 * same outer edges and the column edges of one are among the other's: the rows on one page need
 * not use every column (a merged label cell hides an edge). Both tables then get every edge, a
 * column split where a cell spans it.
 */
export function unifyColumns(before: LayoutTable, after: LayoutTable): boolean {
  const a = columnEdges.get(before);
  const b = columnEdges.get(after);
  if (!a || !b || !near(a[0]!, b[0]!) || !near(a[a.length - 1]!, b[b.length - 1]!)) return false;
  const [few, many] = a.length <= b.length ? [a, b] : [b, a];
  if (!few.every((x) => many.some((y) => near(x, y)))) return false;
  for (const table of [before, after]) {
    const edges = columnEdges.get(table)!;
    if (edges.length === many.length) continue;
    for (const row of table.rows) {
      const cells: Cell[] = [];
      for (const cell of row.cells) {
        cells.push(cell);
        const [from, to] = [edges[cell.column - 1]!, edges[cell.column]!];
        // The slots this column becomes past its first: the cell spans them.
        const inside = many.filter((x) => x > from + SNAP * 2 && x < to - SNAP * 2);
        for (let k = 0; k < inside.length; k++) cells.push({ text: '', line: 0, column: 0, spanned: true });
      }
      cells.forEach((c, k) => (c.column = k + 1));
      row.cells = cells;
    }
    table.width = many.length - 1;
    columnEdges.set(table, many);
  }
  return true;
}

/**
 * Does the table going on at the top of a page begin with the rest of a row the page before cut
 * off? Each cell with text of its first row is under a cell of words whose last line ran to its
 * right edge (the tail of a text the break cut); a row that opens with a label of its own is a
 * row, and so is one after an empty grid row (the rest of the cut row had nothing left to print).
 */
export function continuesRow(before: LayoutTable, after: LayoutTable): boolean {
  const last = before.rows[before.rows.length - 1];
  const first = after.rows[0];
  if (!last || !first || opensBlank.has(after)) return false;
  const own = first.cells.filter((c) => !c.copy && !c.spanned && !isBlank(c.text));
  return (
    own.length > 0 &&
    own.every((c) => {
      const above = last.cells[c.column - 1]!;
      return endsFull.has(above) && !/^[\d,.，．%]+$/.test(above.text.trim());
    })
  );
}

export const sameText = (a: Row | undefined, b: Row | undefined): boolean =>
  !!a && !!b && a.cells.length === b.cells.length && a.cells.every((c, k) => c.text === b.cells[k]!.text);

/** A merged cell's copies from a row down take its text. */
function carryDown(rows: Row[], from: number, column: number, text: string): void {
  for (let r = from; r < rows.length; r++) {
    const cell = rows[r]!.cells[column - 1];
    if (!cell?.copy) break;
    cell.text = text;
  }
}

/**
 * The tails join the cells they continue; the fragment row is gone. A merged cell the break cut
 * goes on down the next page, where it is printed blank or with the rest of its text: its copies
 * up to its first row on the page before, and on down this page, take the joined text.
 */
export function joinSplitRow(before: LayoutTable, after: LayoutTable): void {
  const last = before.rows[before.rows.length - 1]!;
  const first = after.rows.shift()!;
  for (const c of first.cells) {
    if (c.copy || c.spanned) continue;
    const target = last.cells[c.column - 1]!;
    if (isBlank(c.text)) {
      carryDown(after.rows, 0, c.column, target.text);
      continue;
    }
    const text = target.text + (latinJoin(target.text, c.text) ? ' ' : '') + c.text;
    for (let r = before.rows.length - 1; r >= 0; r--) {
      const cell = before.rows[r]!.cells[c.column - 1]!;
      cell.text = text;
      if (!cell.copy) break;
    }
    carryDown(after.rows, 0, c.column, text);
  }
}

/**
 * No row cut, but a merged cell may be: a blank cell merged down from the page's first row,
 * under a merged cell that reached the page's foot, is that cell going on.
 */
export function continueMergedCells(before: LayoutTable, after: LayoutTable): void {
  const last = before.rows[before.rows.length - 1];
  const [first, second] = after.rows;
  if (!last || !first || !second) return;
  for (const c of first.cells) {
    const above = last.cells[c.column - 1]!;
    if (c.copy || c.spanned || !isBlank(c.text) || !above.copy || !second.cells[c.column - 1]?.copy) continue;
    c.text = above.text;
    c.copy = true;
    carryDown(after.rows, 1, c.column, above.text);
  }
}
