// Column-drift repair: align a row's cells to the header's columns, in order, by what they
// contain. A monotone alignment (like aligning two sequences) where a cell may go to a column,
// be absorbed when blank, join the column before it (a list split over two cells) or, when
// nothing fits, be set aside for `extra`; columns may be left without a cell, cheaply at the end
// of the row (exporters drop trailing blanks). The row as printed wins every tie.
import { joinable, scoreCell } from './scoreCell.js';
import type { FieldKind } from '../vocabulary/headers.js';

export type ColumnField = FieldKind | null | 'extra';

/** For each cell, the column it went to, or -1 when it went to none. */
export type Alignment = number[];

const SKIP_COLUMN = 0.15;
const SKIP_TRAILING_COLUMN = 0.05;
const ABSORB_BLANK = 0.15;
const DROP_CELL = 1;
const JOIN_PENALTY = 0.3;
/** Per column a cell lands away from where it was printed: breaks ties toward the print. */
const DISPLACEMENT = 0.02;
/** A cell scoring this or lower cannot be what its column holds. */
const IMPOSSIBLE = -0.7;
/** How much a realignment must gain to move the cells of a row that fills every column. */
const FULL_ROW_MARGIN = 0.8;

/**
 * Rows or headers wider than this are read as printed: aligning costs cells × columns per row
 * (a sheet of a thousand columns would take minutes), and catalogue layouts are far narrower.
 */
const MAX_WIDTH = 64;

const isBlankText = (t: string): boolean => /^[\s\u3000\u00a0]*$/.test(t);

export function alignRow(texts: readonly string[], fields: readonly ColumnField[]): Alignment {
  const n = texts.length;
  const m = fields.length;
  const straight = texts.map((_, i) => (i < m ? i : -1));
  if (n > MAX_WIDTH || m > MAX_WIDTH) return straight;
  const blank = texts.map(isBlankText);
  const score = texts.map((t, i) =>
    fields.map((f, j) => scoreCell(t, f) - (blank[i] ? 0 : DISPLACEMENT * Math.abs(i - j))),
  );

  // State (i, j, a): i cells and j columns consumed; a = 1 when column j-1 received a cell.
  const size = (n + 1) * (m + 1) * 2;
  const best = new Float64Array(size).fill(-Infinity);
  const from = new Int32Array(size).fill(-1);
  const move = new Int8Array(size); // 0 skip column, 1 assign, 2 absorb or join, 3 set aside
  const at = (i: number, j: number, a: number): number => (i * (m + 1) + j) * 2 + a;
  const relax = (to: number, value: number, prev: number, how: number): void => {
    if (value > best[to]! + 1e-12) {
      best[to] = value;
      from[to] = prev;
      move[to] = how;
    }
  };
  best[at(0, 0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      for (let a = 0; a < 2; a++) {
        const here = at(i, j, a);
        const v = best[here]!;
        if (v === -Infinity) continue;
        if (i < n && j < m) relax(at(i + 1, j + 1, 1), v + score[i]![j]!, here, 1);
        if (j < m) relax(at(i, j + 1, 0), v - (i === n ? SKIP_TRAILING_COLUMN : SKIP_COLUMN), here, 0);
        if (i < n) {
          if (blank[i]) relax(at(i + 1, j, a), v - ABSORB_BLANK, here, 2);
          else {
            if (a && joinable(fields[j - 1]!)) relax(at(i + 1, j, 1), v + score[i]![j - 1]! - JOIN_PENALTY, here, 2);
            relax(at(i + 1, j, a), v - DROP_CELL, here, 3);
          }
        }
      }
    }
  }

  const end = best[at(n, m, 1)]! >= best[at(n, m, 0)]! ? at(n, m, 1) : at(n, m, 0);
  const result: Alignment = new Array<number>(n).fill(-1);
  for (let s = end; from[s]! >= 0; s = from[s]!) {
    const prev = from[s]!;
    const i = Math.floor(prev / 2 / (m + 1));
    const j = Math.floor(prev / 2) % (m + 1);
    if (move[s] === 1) result[i] = j;
    else if (move[s] === 2) result[i] = blank[i] && prev % 2 === 0 ? -1 : j - 1;
  }
  // A row with a cell for every column stays as printed unless a cell cannot be what its column
  // holds (a time limit under a tick column): a long name that reads like content is no drift.
  if (n === m && texts.every((t, i) => scoreCell(t, fields[i]!) > IMPOSSIBLE)) return straight;
  const margin = n === m ? FULL_ROW_MARGIN : 1e-9;
  return alignmentScore(texts, fields, straight) >= best[end]! - margin ? straight : result;
}

/** The score of any alignment under the same costs (-Infinity if it breaks the cell order). */
export function alignmentScore(texts: readonly string[], fields: readonly ColumnField[], alignment: Alignment): number {
  let total = 0;
  let lastColumn = -1;
  for (let i = 0; i < texts.length; i++) {
    const j = alignment[i]!;
    const blank = isBlankText(texts[i]!);
    if (j < 0) {
      total -= blank ? ABSORB_BLANK : DROP_CELL;
      continue;
    }
    if (j < lastColumn) return -Infinity;
    if (j === lastColumn) {
      if (blank) total -= ABSORB_BLANK;
      else if (joinable(fields[j]!))
        total += scoreCell(texts[i]!, fields[j]!) - JOIN_PENALTY - DISPLACEMENT * Math.abs(i - j);
      else return -Infinity;
    } else {
      total -= (j - lastColumn - 1) * SKIP_COLUMN;
      total += scoreCell(texts[i]!, fields[j]!) - (blank ? 0 : DISPLACEMENT * Math.abs(i - j));
      lastColumn = j;
    }
  }
  return total - (fields.length - 1 - lastColumn) * SKIP_TRAILING_COLUMN;
}
