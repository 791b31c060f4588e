// A grid is what every reader produces: rows of cells, each cell carrying its place in the input.
// Readers do no interpretation beyond splitting; merged cells are still blank here.

export interface Cell {
  text: string;
  /** 1-based line of the input where the cell starts. */
  line: number;
  /** 1-based position of the cell in its row as read. */
  column: number;
  /** The slot is covered by a cell that spans rows from above (an HTML rowspan, a Word vMerge). */
  copy?: boolean;
  /** The slot is covered by the cell to its left (an HTML colspan): blank, and no cell of its own. */
  spanned?: boolean;
}

export interface GridRow {
  cells: Cell[];
  /** 1-based line where the row starts. */
  line: number;
  /** 1-based table part: a blank line (tsv) or a new <table> (html) starts the next one. */
  block: number;
}

export interface Grid {
  rows: GridRow[];
}

/** Blank in the sense of the documents: empty, spaces, U+3000 or no-break spaces. */
export function isBlank(text: string): boolean {
  return /^[\s\u3000\u00a0]*$/.test(text);
}
