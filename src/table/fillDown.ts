// Merged cells arrive blank: a blank means "the same as above". Path levels fill down as a
// hierarchy (a new 一级 name starts afresh, so its blank 二级 stays blank); 序号, 过程 and the
// 依据 / 时限 / 渠道 / 主体 a merged cell shares over rows fill down as they are. Mark columns
// never fill down: a blank mark means "not ticked".
import { pathField, type Field } from '../vocabulary/headers.js';

export interface FillRow {
  values: Map<Field, string>;
  /** False where there is no row above to take values from (a new table part). */
  continues: boolean;
  filled: Field[];
}

const FLAT: readonly Field[] = ['seq', 'stage', 'basis', 'timeLimit', 'publisher', 'channels', 'requirement'];

/** Fill blanks from the row above; returns, per row, the fields that stayed blank for want of one. */
export function fillDown(rows: readonly FillRow[], pathDepth: number): Field[][] {
  const unresolved: Field[][] = [];
  let above: Map<Field, string> | null = null;
  for (const row of rows) {
    const missing: Field[] = [];
    const take = (field: Field): void => {
      const value = above?.get(field);
      if (row.continues && value) {
        row.values.set(field, value);
        row.filled.push(field);
      } else if (!row.continues && above) missing.push(field);
    };
    const seen = (field: Field): boolean => (row.values.get(field) ?? '') !== '';
    for (const field of FLAT) if (!seen(field) && above?.get(field)) take(field);
    const levels = Array.from({ length: pathDepth }, (_, k) => pathField(k + 1));
    const first = levels.findIndex(seen);
    const inherit = first < 0 ? levels : levels.slice(0, first);
    for (const field of inherit) if (above?.get(field)) take(field);
    unresolved.push(missing);
    above = row.values;
  }
  return unresolved;
}
