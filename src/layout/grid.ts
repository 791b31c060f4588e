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

/**
 * Records (a row's fields and the line it starts on) → grid rows. A record of blank fields is
 * skipped; a record that is a single empty field (a blank line) closes the table part, and the
 * next row starts a new one.
 */
export function rowsFromRecords(records: Iterable<{ fields: string[]; line: number }>): GridRow[] {
  const rows: GridRow[] = [];
  let block = 1;
  let sawRow = false;
  for (const { fields, line } of records) {
    if (fields.every(isBlank)) {
      if (fields.length === 1 && sawRow) {
        block++;
        sawRow = false;
      }
      continue;
    }
    rows.push({ line, block, cells: fields.map((text, i) => ({ text, line, column: i + 1 })) });
    sawRow = true;
  }
  return rows;
}
