// Grid → table: find the header rows, map columns to fields, align every data row to its
// header by content (repairing drift), and fill merged cells down. A header that repeats starts
// a new block of the same table (fill-down goes on across it); a blank line without a header
// starts a new table part, where nothing above can be inherited.
import { isBlank, type Grid, type GridRow, type PlacedText } from './grid.js';
import { cellPlace } from '../layout/layout.js';
import { isCatalogueTitle } from '../vocabulary/titles.js';
import { levelField, pathField, pathLevelOf, type Field } from '../vocabulary/headers.js';
import { cleanText } from '../fields/cleanText.js';
import { diagnostic, type Diagnostic, type Place, type Result } from '../diagnostics.js';
import { headerColumns, isChildRow, isHeaderRow } from './detectHeader.js';
import { alignRow, alignmentScore, type Alignment, type ColumnField } from './alignRow.js';
import { fillDown } from './fillDown.js';
import { rereadColumns } from './rereadColumns.js';
import { foldContinuations } from './foldContinuations.js';
import { append } from '../collections.js';

export interface TableColumn {
  header: string[];
  /** The model field (seq, path.2, audience.public, level.县级 …), or null: cells go to extra. */
  field: Field | null;
  kind: ColumnField;
  block: number;
}

export interface TableRecord {
  line: number;
  /** The input rows the record was read from: its own, and rows folded into it. */
  lines: [number, ...number[]];
  place: Place;
  block: number;
  /** Field → text, after alignment and fill-down. */
  values: Map<Field, string>;
  /** Cells under no known column, by header (a Map: a header may be any text, __proto__ too). */
  extra: Map<string, string>;
  filled: Field[];
  /** Non-blank cells of the row; how many went to a field; how many were kept in extra. */
  cells: number;
  cellsMapped: number;
  cellsKept: number;
  /** What reading the row raised; the model names the item in each. */
  diagnostics: Diagnostic[];
}

export interface Table {
  title: string | null;
  preamble: PlacedText[];
  /** Paragraphs elsewhere in the document (before the title, after the table). */
  outside: PlacedText[];
  columns: TableColumn[];
  records: TableRecord[];
  pathDepth: number;
}

interface Pending {
  row: GridRow;
  texts: string[];
  block: number;
  columns: TableColumn[];
  continues: boolean;
  diagnostics: Diagnostic[];
}

export function buildTable(grid: Grid): Result<Table> {
  const diagnostics: Diagnostic[] = [];
  const columns: TableColumn[] = [];
  const pending: Pending[] = [];
  const preamble: PlacedText[] = [...grid.preamble];
  let current: TableColumn[] | null = null;
  let block = 0;
  let lastPart = 0;
  let headerJustSeen = false;

  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r]!;
    if (isHeaderRow(row.cells)) {
      const next = grid.rows[r + 1];
      const children = next && next.block === row.block && isChildRow(next.cells) ? next.cells : undefined;
      if (children) r++;
      block++;
      const found = toColumns(headerColumns(row.cells, children), block, row);
      current = found.value;
      append(diagnostics, found.diagnostics);
      append(columns, current);
      headerJustSeen = true;
      lastPart = row.block;
      continue;
    }
    if (!current) {
      for (const c of row.cells) if (!isBlank(c.text)) preamble.push({ text: c.text, place: cellPlace(row, c) });
      continue;
    }
    const removed: Diagnostic[] = [];
    const texts = row.cells.map((cell) => {
      const clean = cleanText(cell.text);
      for (const r of clean.removed) {
        const message = `Removed export debris ${JSON.stringify(r)}.`;
        removed.push(diagnostic('artefact-removed', 'info', message, cellPlace(row, cell)));
      }
      return clean.text;
    });
    const newPart = row.block !== lastPart && !headerJustSeen;
    const continues = pending.length > 0 && !newPart;
    pending.push({ row, texts, block, columns: current, continues, diagnostics: removed });
    headerJustSeen = false;
    lastPart = row.block;
  }

  const title = grid.title?.text ?? preamble.map((c) => c.text.trim()).find(isCatalogueTitle) ?? null;
  if (!current) {
    diagnostics.push(
      diagnostic('no-header', 'error', 'No catalogue header row (序号 / 公开内容 / 公开依据 / 公开时限 …) was found.'),
    );
  } else if (pending.length === 0) {
    diagnostics.push(diagnostic('no-rows', 'error', 'The header is not followed by any data rows.'));
  }

  // Each header block's columns, checked against what their cells hold.
  for (const blockColumns of new Set(pending.map((p) => p.columns))) {
    const rows = pending.filter((p) => p.columns === blockColumns);
    const reread = rereadColumns(
      blockColumns,
      rows.map((p) => p.texts),
      rows[0]!.row.place,
    );
    reread.value.forEach((c, j) => Object.assign(blockColumns[j]!, c));
    append(diagnostics, reread.diagnostics);
  }
  const layouts = learnLayouts(pending);
  const records = pending.map((p) => toRecord(p, chooseAlignment(p, layouts.get(layoutKey(p)))));
  const pathDepth = columns.reduce((depth, c) => Math.max(depth, (c.field && pathLevelOf(c.field)) ?? 0), 0);
  const unresolved = fillDown(
    records.map((rec, i) => ({ values: rec.values, continues: pending[i]!.continues, filled: rec.filled })),
    pathDepth,
  );
  unresolved.forEach((fields, i) => {
    if (fields.length === 0) return;
    const rec = records[i]!;
    rec.diagnostics.push(
      diagnostic(
        'merged-cell-unresolved',
        'warning',
        `Blank ${fields.join(', ')} in the first row of a table part that has no header of its own: not filled from the part before.`,
        rec.place,
      ),
    );
  });
  const { outside } = grid;
  return { value: { title, preamble, outside, columns, records: foldContinuations(records), pathDepth }, diagnostics };
}

function toColumns(found: ReturnType<typeof headerColumns>, block: number, row: GridRow): Result<TableColumn[]> {
  const diagnostics: Diagnostic[] = [];
  let level = 0;
  const columns = found.map((col, j): TableColumn => {
    let field: Field | null = null;
    let kind: ColumnField = null;
    if (col.kind === undefined) kind = null;
    else if (col.kind === null) {
      kind = 'extra';
      diagnostics.push(
        diagnostic(
          'unknown-header',
          'warning',
          `Header ${JSON.stringify(col.header.join(' / '))} is not in the vocabulary; its cells go to extra.`,
          row.cells[j] ? cellPlace(row, row.cells[j]) : row.place,
        ),
      );
    } else {
      kind = col.kind;
      if (kind === 'path') field = pathField(++level);
      else if (kind === 'level.tick') field = levelField(col.header[col.header.length - 1]!);
      else field = kind;
    }
    return { header: col.header, field, kind, block };
  });
  return { value: columns, diagnostics };
}

const layoutKey = (p: Pending): string => `${p.block}:${p.row.block}:${p.texts.length}`;

/**
 * A block's rows of one width usually share one layout (an exporter that splits the channel
 * list over two cells does so on every row). Learn it from the fullest row, usually the top of a
 * merged group, so that sparse rows, whose few cells content alone cannot place, follow it.
 */
function learnLayouts(pending: Pending[]): Map<string, Alignment> {
  const fullest = new Map<string, Pending>();
  const filled = (p: Pending): number => p.texts.filter((t) => t !== '').length;
  for (const p of pending) {
    const best = fullest.get(layoutKey(p));
    if (!best || filled(p) > filled(best)) fullest.set(layoutKey(p), p);
  }
  const layouts = new Map<string, Alignment>();
  for (const [key, p] of fullest)
    layouts.set(
      key,
      alignRow(
        p.texts,
        p.columns.map((c) => c.kind),
      ),
    );
  return layouts;
}

/** Rows follow their block's layout unless their own content clearly says otherwise. */
const LAYOUT_MARGIN = 0.5;

function chooseAlignment(p: Pending, layout: Alignment | undefined): Alignment {
  const fields = p.columns.map((c) => c.kind);
  const own = alignRow(p.texts, fields);
  if (!layout) return own;
  return alignmentScore(p.texts, fields, layout) >= alignmentScore(p.texts, fields, own) - LAYOUT_MARGIN ? layout : own;
}

function toRecord(p: Pending, alignment: Alignment): TableRecord {
  const diagnostics = [...p.diagnostics];
  const values = new Map<Field, string>();
  const extra = new Map<string, string>();
  const moves: string[] = [];
  let cells = 0;
  let cellsMapped = 0;
  let cellsKept = 0;
  const filled: Field[] = [];
  p.texts.forEach((text, i) => {
    if (text === '') return;
    // A copy is a merged cell's value repeated in the rows it spans: a value, not a new cell.
    const copy = p.row.cells[i]!.copy === true;
    if (!copy) cells++;
    const j = alignment[i]!;
    const col = j >= 0 ? p.columns[j] : undefined;
    const label = col ? col.header.join('/') || `column ${j + 1}` : 'extra';
    if (j !== i) moves.push(`cell ${i + 1} ${quote(text)} → ${label}`);
    if (col?.field) {
      const before = values.get(col.field);
      values.set(col.field, before ? `${before}\n${text}` : text);
      if (copy) filled.push(col.field);
      else cellsMapped++;
      return;
    }
    if (copy) return;
    const key = col && col.header.length > 0 ? col.header.join('/') : `column ${i + 1}`;
    const kept = extra.get(key);
    extra.set(key, kept ? `${kept}\n${text}` : text);
    cellsKept++;
    if (col && col.header.length > 0) return; // an unknown header: its diagnostic names the column
    const cell = p.row.cells[i]!;
    diagnostics.push(
      diagnostic(
        'extra-cell',
        'warning',
        `Cell ${quote(text)} fits no column; kept in extra as ${JSON.stringify(key)}.`,
        cellPlace(p.row, cell),
      ),
    );
  });
  if (moves.length > 0) {
    diagnostics.push(
      diagnostic(
        'column-drift',
        'warning',
        `${p.texts.length} cells under ${p.columns.length} columns, realigned by content: ${moves.join('; ')}.`,
        p.row.place,
      ),
    );
  }
  const { line, place } = p.row;
  return {
    line,
    lines: [line],
    place,
    block: p.block,
    values,
    extra,
    filled,
    cells,
    cellsMapped,
    cellsKept,
    diagnostics,
  };
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > 24 ? `${flat.slice(0, 24)}…` : flat);
}
