// Layout → the catalogue's grid. Which tables make up the catalogue: those with a catalogue
// header, and any table right after one (nothing but blank paragraphs between) and roughly as
// wide — the same table split by a page break or a blank line, perhaps without its header,
// perhaps with drifted columns. Each chosen table is a part of the grid. The title is the last
// paragraph before the first chosen table that reads as a catalogue title, else the document's
// own title; paragraphs between that title and the table are kept as the preamble, and every
// other paragraph (before the title, between and after the tables: notes, signatures) as text
// outside the table.
import type { Grid, GridRow, PlacedText } from './grid.js';
import { diagnostic, type Diagnostic, type Result } from '../diagnostics.js';
import type { Layout, LayoutTable } from '../layout/layout.js';
import { isCatalogueTitle } from '../vocabulary/titles.js';
import { isHeaderRow } from './detectHeader.js';

export function selectTables(layout: Layout): Result<Grid> {
  const diagnostics: Diagnostic[] = [];
  const { blocks } = layout;
  const first = blocks.findIndex((b) => b.kind === 'table' && isCatalogue(b));
  let titleAt = -1;
  for (let i = 0; i < first; i++) {
    const b = blocks[i]!;
    if (b.kind === 'paragraph' && isCatalogueTitle(b.text)) titleAt = i;
  }
  const titleBlock =
    titleAt >= 0 ? blocks[titleAt]! : layout.title && isCatalogueTitle(layout.title.text) ? layout.title : null;
  const title = titleBlock?.kind === 'paragraph' ? { text: titleBlock.text, line: titleBlock.line } : null;
  const preamble: PlacedText[] = [];
  const outside: PlacedText[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph' || i === titleAt) return;
    (i > titleAt && i < first ? preamble : outside).push({ text: b.text, place: b.place });
  });

  const rows: GridRow[] = [];
  let part = 0;
  let previousWidth = -1;
  const skipped: LayoutTable[] = [];
  for (const table of blocks.filter((b): b is LayoutTable => b.kind === 'table')) {
    const continues =
      table.follows && previousWidth > 0 && table.width >= previousWidth * 0.6 && table.width <= previousWidth * 1.5;
    if (!isCatalogue(table) && !continues) {
      skipped.push(table);
      previousWidth = -1;
      continue;
    }
    part++;
    for (const r of table.rows) rows.push({ ...r, block: part });
    previousWidth = table.width;
  }
  if (skipped.length > 0 && part > 0) {
    const names = skipped.flatMap((t) => (t.name === undefined ? [] : [JSON.stringify(t.name)]));
    const which = names.length > 0 ? `, among them the sheet(s) ${names.join(', ')},` : '';
    diagnostics.push(
      diagnostic(
        'tables-skipped',
        'info',
        `${skipped.length} table(s) without a catalogue header (navigation, layout)${which} were left out.`,
      ),
    );
  }
  return { value: { title, preamble, outside, rows }, diagnostics };
}

function isCatalogue(table: LayoutTable): boolean {
  return table.rows.slice(0, 10).some((r) => isHeaderRow(r.cells));
}
