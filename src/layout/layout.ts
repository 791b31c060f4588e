// The Layout is what every format reader produces and every document reader walks: the document
// as an ordered list of paragraphs and tables of placed cells. Readers resolve what belongs to the
// format (spans, merged copies, checkboxes, symbol-font marks) and nothing of the domain: no reader
// knows a catalogue header or a report label. Rows and paragraphs carry their place in the input
// as diagnostics print it (see Place in the schemas).
import type { Place } from '../diagnostics.js';

export interface Cell {
  text: string;
  /** 1-based line of the input where the cell starts (for Word: the paragraph-or-row number). */
  line: number;
  /** 1-based position of the cell in its row as read. */
  column: number;
  /** The slot is covered by a cell that spans rows from above (an HTML rowspan, a Word vMerge). */
  copy?: boolean;
  /** The slot is covered by the cell to its left (an HTML colspan): blank, and no cell of its own. */
  spanned?: boolean;
}

export interface Row {
  cells: Cell[];
  /** 1-based line where the row starts (for Word: the paragraph-or-row number, in document order). */
  line: number;
  /** {line} for text; {table, row} for a document with tables of its own, with the source line for HTML. */
  place: Place;
}

export interface LayoutTable {
  kind: 'table';
  rows: Row[];
  /** Slots of the widest row (rows of text formats keep their own length; HTML and Word rows are padded). */
  width: number;
  /** Nothing but blank lines or empty paragraphs separates it from the table before it. */
  follows: boolean;
  line: number;
  /** The sheet's name, for a table read from a workbook. */
  name?: string;
}

export interface Paragraph {
  kind: 'paragraph';
  text: string;
  line: number;
  /** {line}, or {paragraph} for a Word document. */
  place: Place;
}

export type Block = Paragraph | LayoutTable;

export interface Layout {
  blocks: Block[];
  /** The document's own title, where the format has one (an HTML <title>); else null. */
  title: Paragraph | null;
}

/** Blank in the sense of the documents: empty, spaces, U+3000 or no-break spaces. */
export function isBlank(text: string): boolean {
  return /^[\s\u3000\u00a0]*$/.test(text);
}

/** A cell's place: its line and column in text, its table, row and slot in a document with tables. */
export function cellPlace(row: Row, cell: Cell): Place {
  return row.place.table !== undefined ? { ...row.place, cell: cell.column } : { line: cell.line, column: cell.column };
}

/** A table's cells that are cells of their own, in reading order (no rowspan copies, no colspan slots). */
export function ownCells(rows: ReadonlyArray<{ cells: Cell[] }>): Cell[] {
  return rows.flatMap((r) => r.cells.filter((c) => !c.copy && !c.spanned));
}

export const tables = (layout: Layout): LayoutTable[] =>
  layout.blocks.filter((b): b is LayoutTable => b.kind === 'table');

/**
 * Records (a row's fields and the line it starts on) → blocks, for the text formats. Blank lines
 * separate runs. In a run, the records from the first of two or more fields to the last such are
 * a table (a record of one field between them is a row of one cell: a merged row); records of one
 * field before or after them are paragraphs. A record of blank fields is skipped without ending
 * its run; a table after nothing but blank lines `follows` the one before.
 */
export function blocksFromRecords(records: Iterable<{ fields: string[]; line: number }>): Block[] {
  const blocks: Block[] = [];
  let run: Array<{ fields: string[]; line: number }> = [];
  const paragraphs = (part: typeof run): void => {
    for (const r of part)
      blocks.push({ kind: 'paragraph', text: r.fields[0]!.trim(), line: r.line, place: { line: r.line } });
  };
  const flush = (): void => {
    const first = run.findIndex((r) => r.fields.length >= 2);
    if (first < 0) return void paragraphs(run);
    let last = run.length - 1;
    while (run[last]!.fields.length < 2) last--;
    paragraphs(run.slice(0, first));
    const rows = run.slice(first, last + 1);
    const previous = blocks[blocks.length - 1];
    blocks.push({
      kind: 'table',
      rows: rows.map(({ fields, line }) => ({
        line,
        place: { line },
        cells: fields.map((text, i) => ({ text, line, column: i + 1 })),
      })),
      width: rows.reduce((w, r) => Math.max(w, r.fields.length), 0),
      follows: previous?.kind === 'table' && first === 0,
      line: rows[0]!.line,
    });
    paragraphs(run.slice(last + 1));
  };
  for (const record of records) {
    if (record.fields.every(isBlank)) {
      if (record.fields.length === 1) {
        flush();
        run = [];
      }
      continue;
    }
    run.push(record);
  }
  flush();
  return blocks;
}

/**
 * Grid slots a document's spans may make, in all its tables: a few per character of the document, and
 * never past a bound that keeps the grid in memory. Past it, a span is read as a single cell.
 */
export const slotBudget = (chars: number): number => Math.min(200_000 + 4 * chars, 4_000_000);

/**
 * The columns a grid of slots is read with: all up to the last that holds text — or, where that
 * grid would be larger than `budget` slots (spans far wider than their text), only the columns in
 * which some cell of its own holds text. Cells keep their grid column in `column`.
 */
export function gridColumns(slots: ReadonlyArray<ReadonlyArray<Cell | undefined>>, budget: number): number[] {
  let width = 0;
  for (const row of slots)
    for (let c = row.length - 1; c >= width; c--) if (row[c] && !isBlank(row[c]!.text)) width = c + 1;
  if (slots.length * width <= budget) return Array.from({ length: width }, (_, c) => c);
  const used = new Set<number>();
  for (const row of slots)
    row.forEach((cell, c) => {
      if (cell && !cell.copy && !cell.spanned && !isBlank(cell.text)) used.add(c);
    });
  return [...used].sort((a, b) => a - b);
}
