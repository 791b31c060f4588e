// Item ids: the 序号 as printed where it is unique, with sub-rows and repeats told apart, and the
// gaps and repeats of the 序号 reported.
import type { Item } from './catalogue.generated.js';
import type { TableRecord } from '../table/buildTable.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';

/** 序号 where it is unique; a merged 序号's sub-rows get .1, .2 …; rows without one, their ordinal. */
export function assignIds(items: Item[], records: readonly TableRecord[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const used = new Map<string, number>(); // id → how many items claimed it
  // A run of consecutive items sharing one 序号 is a merged cell and its sub-rows: its length,
  // counted from the end, and each item's place in it, counted from the start.
  const runLength = new Array<number>(items.length).fill(1);
  const continuesRun = (i: number): boolean =>
    i > 0 && items[i]!.seq !== null && records[i]!.filled.includes('seq') && items[i - 1]!.seq === items[i]!.seq;
  for (let i = items.length - 2; i >= 0; i--) if (continuesRun(i + 1)) runLength[i] = runLength[i + 1]! + 1;
  let previous: number | null = null;
  let place = 0;
  items.forEach((item, i) => {
    const rec = records[i]!;
    let id = String(i + 1);
    if (item.seq !== null) {
      place = continuesRun(i) ? place + 1 : 1;
      id = place > 1 || runLength[i]! > 1 ? `${item.seq}.${place}` : item.seq;
      const n = Number(item.seq);
      if (!rec.filled.includes('seq') && Number.isInteger(n)) {
        if (previous !== null && n > previous + 1) {
          diagnostics.push(
            diagnostic(
              'seq-gap',
              'info',
              `序号 ${missingNumbers(previous, n)} missing between ${previous} and ${n}.`,
              rec.place,
              id,
            ),
          );
        }
        previous = n;
      }
    }
    const claims = used.get(id) ?? 0;
    used.set(id, claims + 1);
    if (claims > 0) {
      let unique = `${id}-${claims + 1}`;
      for (let k = claims + 2; used.has(unique); k++) unique = `${id}-${k}`;
      used.set(unique, 1);
      diagnostics.push(
        diagnostic(
          'duplicate-seq',
          'warning',
          `序号 ${id} is printed more than once; this item's id is ${unique}.`,
          rec.place,
          unique,
        ),
      );
      id = unique;
    }
    item.id = id;
  });
  return diagnostics;
}

/** The numbers between two 序号, listed when there are a few, else as a range with a count. */
function missingNumbers(previous: number, next: number): string {
  const count = next - previous - 1;
  if (count > 10) return `${previous + 1}–${next - 1} (${count} numbers)`;
  return Array.from({ length: count }, (_, k) => previous + 1 + k).join(', ');
}
