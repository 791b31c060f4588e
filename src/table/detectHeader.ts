// Header rows are found by their vocabulary, not their position: a row most of whose cells are
// header words, optionally followed by a row of child words (一级事项, 全社会, 主动 …) under
// parents that span them. Exports print a parent's span either as blank cells (the two rows line
// up) or not at all (a Word dump drops merged cells); in the second case children are matched to
// their parents by vocabulary.
import type { Cell } from './grid.js';
import { isBlank } from './grid.js';
import { joinWrapped } from '../fields/cleanText.js';
import { childField, headerField, spans, type FieldKind } from '../vocabulary/headers.js';

export interface HeaderColumn {
  header: string[];
  /** The field, null for a header outside the vocabulary, undefined for a column with no header. */
  kind: FieldKind | null | undefined;
}

/** A header cell's words; a copy of a cell spanning down from the row above is no word of this row. */
const own = (c: Cell): string => (c.copy ? '' : joinWrapped(c.text));

function words(cells: readonly Cell[]): string[] {
  return cells.map(own).filter((t) => !isBlank(t));
}

export function isHeaderRow(cells: readonly Cell[]): boolean {
  const w = words(cells);
  const known = w.filter((t) => headerField(t) !== null).length;
  return known >= 3 && known >= 0.6 * w.length;
}

export function isChildRow(cells: readonly Cell[]): boolean {
  const w = words(cells);
  return w.length >= 1 && w.filter((t) => childField(t) !== null).length >= 0.8 * w.length;
}

/** Columns from a header row and, when there is one, the child row beneath it. */
export function headerColumns(topCells: readonly Cell[], childCells: readonly Cell[] = []): HeaderColumn[] {
  const top = topCells.map((c) => joinWrapped(c.text));
  const below = childCells.map(own);
  return below.length > top.length ? byVocabulary(top, below) : byPosition(top, below);
}

function child(parent: string, word: string | undefined): FieldKind | null {
  if (!word) return null;
  const kind = headerField(parent);
  const c = childField(word);
  return kind && c && spans(kind, c) ? c : null;
}

function byPosition(top: string[], below: string[]): HeaderColumn[] {
  let parent = '';
  return top.map((t, j) => {
    const b = below[j] ?? '';
    if (t !== '') parent = t;
    const under = child(parent, b);
    if (under) return { header: [parent, b], kind: under };
    if (t !== '') return { header: b ? [t, b] : [t], kind: headerField(t) };
    if (b !== '') return { header: [b], kind: childField(b) ?? headerField(b) };
    return { header: [], kind: undefined };
  });
}

function byVocabulary(top: string[], below: string[]): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  let j = 0;
  for (const t of top.filter((x) => x !== '')) {
    const start = j;
    for (let c = child(t, below[j]); c && j < below.length; c = child(t, below[++j])) {
      columns.push({ header: [t, below[j]!], kind: c });
    }
    if (j === start) {
      columns.push({ header: below[j] ? [t, below[j]!] : [t], kind: headerField(t) });
      j++;
    }
  }
  for (; j < below.length; j++)
    columns.push({ header: below[j] ? [below[j]!] : [], kind: below[j] ? childField(below[j]!) : undefined });
  return columns;
}
