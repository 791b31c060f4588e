// Tables drawn without rulings, from the alignment of their text: lines broken into pieces at
// gaps, where three or more lines in a row have three or more pieces, are a table if their gaps
// line up: its columns are the stretches of the page those lines' pieces cover, and a gap that no
// piece of theirs crosses parts two columns. Prose, whose gaps fall anywhere, makes one column.
// A line starts a row where it has text in the first column; a line without (a cell's text
// wrapping on) goes on the row above, each piece into the column it lies in.
import type { Cell, LayoutTable } from '../layout.js';
import { setColumnEdges } from './tables.js';
import { cellText, groupLines, type Run } from './text.js';
import { append } from '../../collections.js';

/**
 * A gap this many font sizes wide parts two pieces of a line: text in neighbouring cells is kept
 * apart by little more than the cells' padding, and a column is told by gaps lining up, not by width.
 */
const GAP = 0.3;
/** A table has at least this many lines with this many pieces. */
const MIN_LINES = 3;
const MIN_PIECES = 3;

interface Line {
  runs: Run[];
  pieces: Array<{ x0: number; x1: number; runs: Run[] }>;
  y: number;
  size: number;
}

export function alignedTables(free: Set<Run>, pageWidth: number): Array<{ top: number; block: LayoutTable }> {
  const lines: Line[] = groupLines([...free]).map((runs) => {
    runs.sort((a, b) => a.x0 - b.x0);
    const size = runs[0]!.size;
    const pieces: Line['pieces'] = [];
    for (const r of runs) {
      const last = pieces[pieces.length - 1];
      if (last && r.x0 - last.x1 < size * GAP) {
        last.x1 = Math.max(last.x1, r.x1);
        last.runs.push(r);
      } else pieces.push({ x0: r.x0, x1: r.x1, runs: [r] });
    }
    return { runs, pieces, y: runs[0]!.y, size };
  });
  const out: Array<{ top: number; block: LayoutTable }> = [];
  let k = 0;
  while (k < lines.length) {
    const block = blockFrom(lines, k);
    if (!block) {
      k++;
      continue;
    }
    const read = tableOf(lines, k, block, pageWidth);
    if (read) {
      out.push({ top: lines[k]!.y + lines[k]!.size, block: read.table });
      for (const line of lines.slice(k, read.end)) for (const r of line.runs) free.delete(r);
      k = read.end;
    } else k = block;
  }
  return out;
}

const isRowLine = (line: Line): boolean => line.pieces.length >= MIN_PIECES;
/** Lines of one table: no more than a couple of lines' space between them (a cell's padding). */
const close = (above: Line, below: Line): boolean => above.y - below.y <= below.size * 3.5;

/**
 * The end (exclusive) of the table that starts at line `from`, or null: lines follow one another
 * at a line's spacing or a little more, the last one has pieces enough, and enough of them do.
 */
function blockFrom(lines: Line[], from: number): number | null {
  if (!isRowLine(lines[from]!)) return null;
  let end = from + 1;
  let last = from + 1;
  let count = 1;
  while (end < lines.length && close(lines[end - 1]!, lines[end]!)) {
    if (isRowLine(lines[end]!)) {
      count++;
      last = end + 1;
    }
    end++;
  }
  return count >= MIN_LINES ? last : null;
}

/**
 * The table of lines `from` up to `to`, and on over the lines after it whose pieces each lie in a
 * column (the last row's cells wrapping on): its end (exclusive) too.
 */
function tableOf(all: Line[], from: number, to: number, pageWidth: number): { table: LayoutTable; end: number } | null {
  // Columns: what the pieces of the lines with pieces enough cover, merged where they overlap.
  const spans = all
    .slice(from, to)
    .filter(isRowLine)
    .flatMap((l) => l.pieces.map((p) => [p.x0, p.x1] as [number, number]))
    .sort((a, b) => a[0] - b[0]);
  const columns: Array<[number, number]> = [];
  for (const [x0, x1] of spans) {
    const last = columns[columns.length - 1];
    if (last && x0 <= last[1]) last[1] = Math.max(last[1], x1);
    else columns.push([x0, x1]);
  }
  if (columns.length < MIN_PIECES) return null;
  const columnOf = (x: number): number => {
    let best = 0;
    for (let c = 0; c < columns.length; c++) if (x >= columns[c]![0] - 1) best = c;
    return best;
  };
  const inColumn = (p: Line['pieces'][number], size: number): boolean =>
    columns.some(([x0, x1]) => p.x0 >= x0 - size * 0.5 && p.x1 <= x1 + size * 0.5);
  let end = to;
  while (
    end < all.length &&
    close(all[end - 1]!, all[end]!) &&
    all[end]!.pieces.every((p) => inColumn(p, all[end]!.size))
  )
    end++;
  const rows: Run[][][] = [];
  for (const line of all.slice(from, end)) {
    const starts = rows.length === 0 || line.pieces.some((p) => columnOf(p.x0) === 0);
    if (starts) rows.push(columns.map(() => []));
    const row = rows[rows.length - 1]!;
    for (const p of line.pieces) append(row[columnOf(p.x0)]!, p.runs);
  }
  const table: LayoutTable = {
    kind: 'table',
    rows: rows.map((row, r) => ({
      cells: row.map((runs, c): Cell => ({ text: cellText(runs), line: 0, column: c + 1 })),
      line: 0,
      place: { row: r + 1 },
    })),
    width: columns.length,
    follows: false,
    line: 0,
  };
  // Its columns' left edges, and the page's width for the right: the same table on the next page
  // starts its columns where this one does.
  setColumnEdges(table, [...columns.map(([x0]) => x0), pageWidth]);
  return { table, end };
}
