// A header names a column, but its cells say what it holds: the provincial templates head the 公开形式
// column 公开方式, or an unknown header sits over office names. Each column of a header block is
// scored as a whole by the same content scorer that repairs drift; where its cells fit another
// field clearly better than the one its header names, the column is read as that field, and a
// diagnostic says so. Path levels are numbered again afterwards.
import { diagnostic, type Diagnostic, type Result } from '../diagnostics.js';
import { pathField, type FieldKind } from '../vocabulary/headers.js';
import { scoreCell } from './scoreCell.js';
import type { TableColumn } from './buildTable.js';
import type { Place } from '../diagnostics.js';

/** The fields a column headed as the key may turn out to hold. */
type Plain = Exclude<FieldKind, 'path' | 'level.tick'>;
const ALTERNATIVES: Partial<Record<FieldKind | 'extra', Plain[]>> = {
  mode: ['form'],
  form: ['channels'],
  channels: ['form'],
  extra: ['publisher', 'contact', 'form', 'channels', 'timeLimit', 'basis'],
};
/** How much better, on average over the column's cells, another field must fit. */
const MARGIN = 0.5;
const MIN_CELLS = 3;

export function rereadColumns(
  columns: TableColumn[],
  rows: ReadonlyArray<readonly string[]>,
  place: Place,
): Result<TableColumn[]> {
  const diagnostics: Diagnostic[] = [];
  const reread = columns.map((column, j): TableColumn => {
    const kind = column.kind;
    if (kind === null) return column;
    const alternatives = ALTERNATIVES[kind];
    if (!alternatives) return column;
    const cells = rows.map((r) => r[j] ?? '').filter((t) => t.trim() !== '');
    if (cells.length < MIN_CELLS) return column;
    const mean = (field: FieldKind | 'extra'): number =>
      cells.reduce((sum, t) => sum + scoreCell(t, field), 0) / cells.length;
    const own = kind === 'extra' ? 0 : mean(kind);
    let best: { field: Plain; score: number } | null = null;
    for (const field of alternatives) {
      const score = mean(field);
      if (score >= own + MARGIN && score >= 0.5 && (!best || score > best.score)) best = { field, score };
    }
    if (!best) return column;
    const header = column.header.join('/') || `column ${j + 1}`;
    diagnostics.push(
      diagnostic(
        'column-reread',
        'info',
        `Column ${JSON.stringify(header)} holds ${JSON.stringify(cells[0]!.slice(0, 20))} and the like: read as ${best.field}.`,
        place,
      ),
    );
    return { ...column, kind: best.field, field: best.field };
  });
  // A column read as a path level takes its place among the levels, in order.
  let level = 0;
  const numbered = reread.map((c) => (c.kind === 'path' ? { ...c, field: pathField(++level) } : c));
  return { value: numbered, diagnostics };
}
