// One-cell-per-line text → grid. A Word table dumped paragraph by paragraph: a line led by a tab
// opens a cell, a line without one continues the cell before it, a blank line ends a row. An empty
// paragraph inside a cell also prints as a blank line, so a blank line ends a row only when the
// row is complete: a short fragment is joined to the next one when together they make a row of
// the table's usual width and the next one does not itself open a row.
import type { Cell, Grid, GridRow } from './grid.js';
import type { Result } from '../diagnostics.js';
import { isBlank } from './grid.js';

export function fromCells(text: string): Result<Grid> {
  const fragments: Cell[][] = [];
  let current: Cell[] = [];
  const close = (): void => {
    if (current.length > 0) fragments.push(current);
    current = [];
  };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.startsWith('\t')) {
      current.push({ text: raw.slice(1), line, column: current.length + 1 });
    } else if (isBlank(raw)) {
      close();
    } else {
      const last = current[current.length - 1];
      if (last) last.text += '\n' + raw;
      else current.push({ text: raw, line, column: 1 }); // a paragraph outside the table
    }
  });
  close();

  const width = usualWidth(fragments);
  const rows: GridRow[] = [];
  for (let i = 0; i < fragments.length; i++) {
    let cells = fragments[i]!;
    while (i + 1 < fragments.length && cells.length < width && cells.length > 1) {
      const next = fragments[i + 1]!;
      if (cells.length + next.length > width || opensRow(next)) break;
      cells = [...cells, ...next];
      i++;
    }
    rows.push({ line: cells[0]!.line, block: 1, cells: cells.map((c, k) => ({ ...c, column: k + 1 })) });
  }
  return { value: { rows }, diagnostics: [] };
}

/** The most common fragment length among fragments that look like table rows. */
function usualWidth(fragments: Cell[][]): number {
  const counts = new Map<number, number>();
  for (const f of fragments) if (f.length >= 3) counts.set(f.length, (counts.get(f.length) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [len, n] of counts) if (n > bestCount || (n === bestCount && len > best)) [best, bestCount] = [len, n];
  return best;
}

/** A fragment that starts with a 序号 or a header word begins a row of its own. */
function opensRow(fragment: Cell[]): boolean {
  const first = fragment[0]!.text.trim();
  return /^\d{1,6}$/.test(first) || /^(序号|编号)$/.test(first);
}
