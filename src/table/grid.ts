// The catalogue's grid: the rows of the tables chosen from a Layout, each row tagged with the
// table part it came from. A new part is where fill-down stops unless a header row starts it.
import type { Place } from '../diagnostics.js';
import type { Cell, Row } from '../layout/layout.js';

export type { Cell };

/** A text outside the table's rows (the title, the lines between it and the table), with its place. */
export interface PlacedText {
  text: string;
  place: Place;
}
export { isBlank } from '../layout/layout.js';

export interface GridRow extends Row {
  /** 1-based table part: each table chosen from the layout is one. */
  block: number;
}

export interface Grid {
  title: { text: string; line: number } | null;
  /** Text between the title and the table. */
  preamble: PlacedText[];
  /** Paragraphs before the title, and between and after the tables (notes under the table). */
  outside: PlacedText[];
  rows: GridRow[];
}
