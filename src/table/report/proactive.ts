// Table 2 (第二十条 items) read as a stream of cells: the article, 信息内容 and its column names,
// then each item label with as many values as there are columns.
import { diagnostic, type Diagnostic, type Place, type Result } from '../../diagnostics.js';
import { cellPlace, ownCells, type Cell, type Layout } from '../../layout/layout.js';
import type { ProactiveRow } from '../../model/annual-report.generated.js';
import { ARTICLE, ITEMS, VALUE_KEYS } from '../../vocabulary/report.js';
import { compact, isBlank, readNumber, tablesWith, underColumns } from './numbers.js';

export function readProactive(layout: Layout): Result<ProactiveRow[]> {
  const diagnostics: Diagnostic[] = [];
  const rows: ProactiveRow[] = [];
  const placed = tablesWith(layout, (t) => ARTICLE.test(t)).flatMap((t) =>
    t.rows.flatMap((row) => ownCells([row]).map((cell) => ({ cell, row }))),
  );
  const cells = placed.map((p) => p.cell);
  const rowOf = new Map(placed.map((p) => [p.cell, p.row]));
  const placeOf = (cell: Cell): Place => cellPlace(rowOf.get(cell)!, cell);
  let article = '';
  let columns: string[] = [];
  let positions: number[] | null = null; // the columns' places, when they all stand in the row of 信息内容
  let blanks = 0;
  for (let i = 0; i < cells.length; i++) {
    const text = compact(cells[i]!.text);
    const a = ARTICLE.exec(text);
    if (a) {
      article = `第二十条第（${a[1]}）项`;
      columns = [];
      positions = null;
      continue;
    }
    if (text === '信息内容') {
      columns = [];
      const headerRow = placed[i]!.row;
      const places: number[] = [];
      for (
        let j = i + 1;
        j < cells.length && !ITEMS.includes(compact(cells[j]!.text)) && !ARTICLE.test(cells[j]!.text);
        j++
      ) {
        if (!isBlank(cells[j]!.text)) {
          columns.push(compact(cells[j]!.text));
          if (placed[j]!.row === headerRow) places.push(cells[j]!.column);
        }
        i = j;
      }
      positions = places.length === columns.length ? places : null;
      continue;
    }
    if (!ITEMS.includes(text) || article === '') continue;
    const values: Record<string, number | null> = {};
    const aligned = positions && underColumns(placed[i]!.row.cells, positions, cells[i]!.column);
    columns.forEach((name, k) => {
      const cell = aligned ? (aligned[k] ?? undefined) : cells[i + 1 + k];
      const key = VALUE_KEYS.find(([re]) => re.test(name))?.[1] ?? name;
      const n = readNumber(cell?.text ?? '', { count: key !== 'amount' });
      if (!n.readable || n.invalid)
        diagnostics.push(
          diagnostic(
            'value-unreadable',
            'warning',
            `${text} / ${name}: ${JSON.stringify(cell!.text)} is not ${n.invalid ? 'a count or amount a table can hold (negative, too large or fractional)' : 'a number'}.`,
            placeOf(cell!),
          ),
        );
      if (n.value === null && n.readable && !n.invalid) blanks++;
      let value = n.value ?? (n.readable && !n.invalid ? 0 : null);
      if (n.yuan && value !== null && key === 'amount') {
        diagnostics.push(
          diagnostic(
            'unit-converted',
            'info',
            `${text}: ${compact(cell!.text)} converted to ${value / 10000} 万元.`,
            placeOf(cell!),
          ),
        );
        value = value / 10000;
      }
      values[key] = value;
    });
    if (!aligned) i += columns.length;
    rows.push({ article, item: text, values });
  }
  // A table with no number at all is a blank form: its values are unknown, not zero.
  if (
    rows.length > 0 &&
    rows.every((r) => Object.values(r.values).every((v) => v === 0)) &&
    blanks > 0 &&
    blanks === rows.reduce((n, r) => n + Object.keys(r.values).length, 0)
  ) {
    for (const r of rows) for (const k of Object.keys(r.values)) r.values[k] = null;
    diagnostics.push(
      diagnostic('table-empty', 'warning', 'Table 2 holds no numbers (a blank form); its values are null.'),
    );
  } else if (blanks > 0)
    diagnostics.push(diagnostic('blank-as-zero', 'info', `Table 2: ${blanks} blank cell(s) read as 0.`));
  return { value: rows, diagnostics };
}
