// A workbook (.xlsx, .xls, .ods) → Layout, through SheetJS. Each sheet's text is read in tables
// placed by the sheet's own row and column numbers; a merged range is a span as in HTML: its value
// repeated below as a copy in its first column, its other slots blank. Cells read as printed (a
// number's formatted text, a date as shown); hidden rows and columns are read like the others, and
// said. An empty row separates tables, as a blank line does in text, and a table drops the columns
// where no cell of its own has text (a sheet lays all its tables on one grid). A title row merged
// across stays in its table (the catalogue takes it from above the header, a report as prose);
// rows of single texts with no table among them (a prose cover) are paragraphs.
import { diagnostic, type Diagnostic, type Result } from '../diagnostics.js';
import { GongkaiError } from '../errors.js';
import { isBlank, type Block, type Cell, type Row } from './layout.js';
import type { Layout } from './layout.js';
import { append } from '../collections.js';
import { LIMITS, withinLimit } from '../limits.js';
import { readZip } from '../read/readZip.js';

/** Slots a sheet may span (rows × columns up to the last text); past it the input is refused as too complex. */
const MAX_SLOTS = 4_000_000;

interface SheetCell {
  t?: string;
  v?: unknown;
  w?: string;
}
interface Range {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export async function fromWorkbook(bytes: Uint8Array, container: string): Promise<Result<Layout>> {
  if (container === 'zip') repeatsWithinLimits(bytes);
  const XLSX = await import('@e965/xlsx');
  let workbook: ReturnType<typeof XLSX.read>;
  // SheetJS writes some doubts (an ODS number format it cannot follow) to the console: they become
  // diagnostics here instead of noise on a user's terminal.
  const doubts: string[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => void doubts.push(args.map(String).join(' '));
  try {
    workbook = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellStyles: true,
      cellFormula: false,
      cellHTML: false,
      // Rows past the limit are not read (a repeated row of an .ods may stand for a million).
      sheetRows: LIMITS.rows + 1,
    });
  } catch (error) {
    const message = (error as Error).message;
    if (/password|encrypt/i.test(message))
      throw new GongkaiError('ENCRYPTED', 'The workbook is password-protected; save it without a password.');
    throw new GongkaiError(
      container === 'zip' ? 'CORRUPT_ZIP' : 'CORRUPT_FILE',
      `The workbook cannot be read: ${message}.`,
      { cause: error },
    );
  } finally {
    console.error = consoleError;
  }
  const blocks: Block[] = [];
  const diagnostics: Diagnostic[] = [...new Set(doubts)].map((d) =>
    diagnostic('sheet-format', 'info', `The workbook reader noted: ${d}.`),
  );
  workbook.SheetNames.forEach((name, index) => {
    const sheet = workbook.Sheets[name];
    const read = sheet ? readSheet(sheet as unknown as Sheet, name, index + 1) : { blocks: [], notes: [] };
    if (read.blocks.length === 0)
      diagnostics.push(
        diagnostic('sheet-empty', 'info', `Sheet ${JSON.stringify(name)} is empty.`, { table: index + 1, sheet: name }),
      );
    append(blocks, read.blocks);
    append(diagnostics, read.notes);
  });
  return { value: { blocks, title: null }, diagnostics };
}

/**
 * An OpenDocument sheet may say that a row stands for a million (`table:number-rows-repeated`):
 * LibreOffice writes that for the empty rows under a table, which cost nothing, but SheetJS
 * expands a repeated row that holds text cell by cell. Such a row past the row limit, or a cell
 * with text repeated past a sheet's widest (16,384 columns), is refused before SheetJS reads it.
 */
function repeatsWithinLimits(bytes: Uint8Array): void {
  const content = readZip(bytes, ['content.xml']).get('content.xml');
  if (!content) return;
  const xml = new TextDecoder().decode(content);
  const row = /<table:table-row\b[^>]*\bnumber-rows-repeated="(\d+)"[^>]*>([\s\S]*?)<\/table:table-row>/g;
  for (const m of xml.matchAll(row))
    if (!/^(\s*<table:(covered-)?table-cell\b[^>]*\/>)*\s*$/.test(m[2]!))
      withinLimit(Number(m[1]), LIMITS.rows, 'repeated rows with text in an OpenDocument sheet');
  for (const m of xml.matchAll(/<table:table-cell\b[^>]*\bnumber-columns-repeated="(\d+)"[^>/]*>/g))
    withinLimit(Number(m[1]), 16_384, 'repeated cells with text in one OpenDocument row');
}

interface Sheet {
  '!data'?: Array<Array<SheetCell | undefined> | undefined>;
  '!merges'?: Range[];
  '!rows'?: Array<{ hidden?: boolean } | undefined>;
  '!cols'?: Array<{ hidden?: boolean } | undefined>;
}

function textOf(cell: SheetCell | undefined): string {
  if (!cell || cell.t === 'z' || cell.v === undefined || cell.v === null) return '';
  return cell.w ?? String(cell.v);
}

function readSheet(sheet: Sheet, name: string, table: number): { blocks: Block[]; notes: Diagnostic[] } {
  const data = sheet['!data'] ?? [];
  const notes: Diagnostic[] = [];
  // The sheet's extent: the last row and column that hold text (a stated range may run far past it).
  let height = 0;
  let width = 0;
  data.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!isBlank(textOf(cell))) {
        height = Math.max(height, r + 1);
        width = Math.max(width, c + 1);
      }
    });
  });
  if (height * width > MAX_SLOTS)
    throw new GongkaiError(
      'TOO_COMPLEX',
      `Sheet ${JSON.stringify(name)} spans ${height} rows × ${width} columns, more than ${MAX_SLOTS} cells.`,
    );
  const place = (r: number): Row['place'] => ({ table, row: r + 1, sheet: name });
  const slots: Cell[][] = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => ({ text: textOf(data[r]?.[c]), line: r + 1, column: c + 1 })),
  );
  for (const m of sheet['!merges'] ?? []) {
    const origin = slots[m.s.r]?.[m.s.c];
    if (!origin) continue;
    for (let r = m.s.r; r <= Math.min(m.e.r, height - 1); r++) {
      for (let c = m.s.c; c <= Math.min(m.e.c, width - 1); c++) {
        if (r === m.s.r && c === m.s.c) continue;
        slots[r]![c] =
          c === m.s.c
            ? { ...origin, line: r + 1, copy: true }
            : { text: '', line: r + 1, column: c + 1, spanned: true };
      }
    }
  }
  const hiddenRows = (sheet['!rows'] ?? []).slice(0, height).filter((r) => r?.hidden).length;
  const hiddenColumns = (sheet['!cols'] ?? []).slice(0, width).filter((c) => c?.hidden).length;
  if (hiddenRows + hiddenColumns > 0)
    notes.push(
      diagnostic(
        'hidden-cells',
        'info',
        `Sheet ${JSON.stringify(name)}: ${hiddenRows} hidden row(s) and ${hiddenColumns} hidden column(s) were read like the others.`,
        { table, sheet: name },
      ),
    );

  // Runs of rows between empty rows: a run with a row of several texts is a table (following the
  // table before it), a run of single texts is paragraphs.
  const runs: Row[][] = [[]];
  slots.forEach((cells, r) => {
    if (cells.some((c) => !isBlank(c.text))) runs[runs.length - 1]!.push({ cells, line: r + 1, place: place(r) });
    else if (runs[runs.length - 1]!.length > 0) runs.push([]);
  });
  const texts = (row: Row): number => row.cells.filter((c) => !c.copy && !c.spanned && !isBlank(c.text)).length;
  const blocks: Block[] = [];
  const paragraph = (row: Row): void => {
    const cell = row.cells.find((c) => !c.copy && !c.spanned && !isBlank(c.text));
    if (!cell) return; // only a merged range's copy from the row above: its text is read there
    blocks.push({
      kind: 'paragraph',
      text: cell.text.trim(),
      line: row.line,
      place: { ...row.place, cell: cell.column },
    });
  };
  for (const rows of runs) {
    if (!rows.some((r) => texts(r) >= 2)) {
      rows.forEach(paragraph);
      continue;
    }
    const body = withoutEmptyColumns(rows);
    const follows = blocks[blocks.length - 1]?.kind === 'table';
    blocks.push({ kind: 'table', rows: body, width: body[0]!.cells.length, follows, line: body[0]!.line, name });
  }
  return { blocks, notes };
}

/**
 * A table's columns in which no cell of its own holds text are dropped: a sheet lays every table
 * on one grid of columns, and a table drawn narrower than another leaves them as merged slots or
 * blanks. Cells keep their sheet column in `column`, so places still point at the sheet.
 */
function withoutEmptyColumns(rows: Row[]): Row[] {
  const width = rows[0]!.cells.length;
  const keep: number[] = [];
  for (let c = 0; c < width; c++) {
    if (
      rows.some((r) => {
        const cell = r.cells[c]!;
        return !cell.copy && !cell.spanned && !isBlank(cell.text);
      })
    )
      keep.push(c);
  }
  if (keep.length === width) return rows;
  return rows.map((r) => ({ ...r, cells: keep.map((c) => r.cells[c]!) }));
}
