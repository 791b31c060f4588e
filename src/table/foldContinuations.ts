// A merged item may span several rows: Word draws one item whose 公开依据 holds two citations, or a
// list "（共35项）" spread over rows, as rows whose name and content are vertical-merge continuations
// of the row above. Such a row is no item of its own: it is folded into the item above, its own
// cells joined to that item's fields, and one diagnostic per item says which rows were folded.
import { diagnostic } from '../diagnostics.js';
import { pathLevelOf, type Field } from '../vocabulary/headers.js';
import type { TableRecord } from './buildTable.js';
import { append } from '../collections.js';

/**
 * The row's name and content are copies of the merged cells of the item above, and so is every
 * level above the name, or else the item above holds only a copy there: a category merged down to
 * the item's first row, while the item's own merge runs on into a row where the next category
 * starts (平昌's 部门预决算, printed over the last row of 工作动态 and the first of 财政预决算).
 */
function continuesItem(rec: TableRecord, into: TableRecord): boolean {
  if (!rec.filled.includes('content')) return false;
  const levels = [...rec.values.keys()].filter((f) => pathLevelOf(f) !== null);
  const name = levels.reduce<Field | null>(
    (deepest, f) => (deepest === null || pathLevelOf(f)! > pathLevelOf(deepest)! ? f : deepest),
    null,
  );
  if (name !== null && !rec.filled.includes(name)) return false;
  return levels.every((f) => rec.filled.includes(f) || into.filled.includes(f));
}

export function foldContinuations(records: readonly TableRecord[]): TableRecord[] {
  const out: TableRecord[] = [];
  const folded = new Map<TableRecord, { lines: number[]; cells: number; replaced: string[] }>();
  for (const rec of records) {
    const into = out[out.length - 1];
    if (!into || into.block !== rec.block || !continuesItem(rec, into)) {
      out.push(rec);
      continue;
    }
    for (const [field, text] of rec.values) {
      if (rec.filled.includes(field)) continue;
      if (pathLevelOf(field) !== null && into.filled.includes(field)) {
        // The item's own category, where the item above had only the merged one above it.
        const seen = folded.get(into) ?? { lines: [], cells: 0, replaced: [] };
        seen.replaced.push(`${field} ${JSON.stringify(text)} replaces ${JSON.stringify(into.values.get(field) ?? '')}`);
        folded.set(into, seen);
        into.values.set(field, text);
        into.filled = into.filled.filter((f) => f !== field);
        continue;
      }
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
    const seen = folded.get(into) ?? { lines: [], cells: 0, replaced: [] };
    seen.lines.push(rec.line);
    seen.cells += rec.cells;
    folded.set(into, seen);
  }
  for (const [into, { lines, cells, replaced }] of folded) {
    const own =
      replaced.length > 0
        ? ` Its own ${replaced.join(', ')}, which its first row only continued from the rows above.`
        : '';
    into.diagnostics.push(
      diagnostic(
        'row-folded',
        'info',
        `${lines.length} row(s) continue this item (its name and content are merged over them) and were folded into it; their ${cells} cell(s) of their own joined its fields.${own}`,
        into.place,
      ),
    );
  }
  return out;
}
