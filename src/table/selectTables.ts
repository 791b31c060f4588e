// Which tables of a page or a Word document make up the catalogue: those with a catalogue header,
// and any table right after one (nothing but blank paragraphs between) and roughly as wide — the
// same table split by a page break, perhaps without its header, perhaps with drifted columns.
// Each chosen table is a block; the title, if one is found before the first, is a row of block 0.
import type { Grid, GridRow } from '../layout/grid.js';
import { diagnostic, type Diagnostic, type Result } from '../diagnostics.js';
import { isHeaderRow } from './detectHeader.js';

export interface ReadTable {
  rows: Omit<GridRow, 'block'>[];
  width: number;
  /** Nothing but blank text or empty paragraphs separates the table from the one before it. */
  follows: boolean;
}

export interface Title {
  text: string;
  line: number;
}

export function selectTables(tables: readonly ReadTable[], titleBefore: (index: number) => Title | null): Result<Grid> {
  const diagnostics: Diagnostic[] = [];
  const rows: GridRow[] = [];
  const first = tables.findIndex(isCatalogue);
  const title = first >= 0 ? titleBefore(first) : null;
  if (title) rows.push({ line: title.line, block: 0, cells: [{ text: title.text, line: title.line, column: 1 }] });
  let block = 0;
  let previousWidth = -1;
  let skipped = 0;
  for (const table of tables) {
    const continues =
      table.follows && previousWidth > 0 && table.width >= previousWidth * 0.6 && table.width <= previousWidth * 1.5;
    if (!isCatalogue(table) && !continues) {
      skipped++;
      previousWidth = -1;
      continue;
    }
    block++;
    rows.push(...table.rows.map((r) => ({ ...r, block })));
    previousWidth = table.width;
  }
  if (skipped > 0 && block > 0) {
    diagnostics.push(
      diagnostic(
        'tables-skipped',
        'info',
        `${skipped} table(s) without a catalogue header (navigation, layout) were left out.`,
      ),
    );
  }
  return { value: { rows }, diagnostics };
}

function isCatalogue(table: ReadTable): boolean {
  return table.rows.slice(0, 10).some((r) => isHeaderRow(r.cells));
}
