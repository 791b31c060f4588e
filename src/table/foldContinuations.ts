// A merged item may span several rows: Word draws one item whose 公开依据 holds two citations, or a
// list "（共35项）" spread over rows, as rows whose name and content are vertical-merge continuations
// of the row above. Such a row is no item of its own: it is folded into the item above, its own
// cells joined to that item's fields, and one diagnostic per item says which rows were folded.
import { diagnostic } from '../diagnostics.js';
import { pathLevelOf } from '../vocabulary/headers.js';
import type { TableRecord } from './buildTable.js';
import { append } from '../collections.js';

/** The row's name and content are both copies of the merged cells above. */
function continuesItem(rec: TableRecord): boolean {
  if (!rec.filled.includes('content')) return false;
  return [...rec.values.keys()].filter((f) => pathLevelOf(f) !== null).every((f) => rec.filled.includes(f));
}

export function foldContinuations(records: readonly TableRecord[]): TableRecord[] {
  const out: TableRecord[] = [];
  const folded = new Map<TableRecord, { lines: number[]; cells: number }>();
  for (const rec of records) {
    const into = out[out.length - 1];
    if (!into || into.block !== rec.block || !continuesItem(rec)) {
      out.push(rec);
      continue;
    }
    for (const [field, text] of rec.values) {
      if (rec.filled.includes(field)) continue;
      const before = into.values.get(field);
      into.values.set(
        field,
        before === undefined || before === '' ? text : before === text ? before : `${before}\n${text}`,
      );
    }
    for (const [key, text] of rec.extra) {
      const kept = into.extra.get(key);
      into.extra.set(key, kept ? `${kept}\n${text}` : text);
    }
    into.lines.push(rec.line);
    into.cells += rec.cells;
    into.cellsMapped += rec.cellsMapped;
    into.cellsKept += rec.cellsKept;
    append(into.diagnostics, rec.diagnostics);
    const seen = folded.get(into) ?? { lines: [], cells: 0 };
    seen.lines.push(rec.line);
    seen.cells += rec.cells;
    folded.set(into, seen);
  }
  for (const [into, { lines, cells }] of folded) {
    into.diagnostics.push(
      diagnostic(
        'row-folded',
        'info',
        `${lines.length} row(s) continue this item (its name and content are merged over them) and were folded into it; their ${cells} cell(s) of their own joined its fields.`,
        into.place,
      ),
    );
  }
  return out;
}
