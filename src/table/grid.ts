// The catalogue's grid: the rows of the tables chosen from a Layout, each row tagged with the
// table part it came from. A new part is where fill-down stops unless a header row starts it.
import type { Cell } from '../layout/layout.js';

export type { Cell };
export { isBlank } from '../layout/layout.js';

export interface GridRow {
  cells: Cell[];
  /** 1-based line where the row starts. */
  line: number;
  /** 1-based table part: each table chosen from the layout is one. */
  block: number;
}

export interface Grid {
  title: { text: string; line: number } | null;
  /** Text between the title and the table. */
  preamble: Cell[];
  rows: GridRow[];
}
