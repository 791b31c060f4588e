// Numbers and tables of an annual report's statistics, shared by the three table readers.
import { isBlank, type Layout, type LayoutTable } from '../../layout/layout.js';

export { isBlank };
export const compact = (s: string): string => s.replace(/[\s\u3000\u00a0]+/g, '');

/** A number as printed: `12`, `1,200`, `3350.5`, `251000元` (then in 元), blank (null). */
export function readNumber(text: string): { value: number | null; yuan: boolean; readable: boolean } {
  const t = compact(text).replace(/,/g, '');
  if (t === '' || t === '-' || t === '—' || t === '/') return { value: null, yuan: false, readable: true };
  const m = /^(-?\d+(?:\.\d+)?)(万元|元)?$/.exec(t);
  if (!m) return { value: null, yuan: false, readable: false };
  return { value: Number(m[1]), yuan: m[2] === '元', readable: true };
}
export const isNumeric = (text: string): boolean => readNumber(text).value !== null;

/** The tables of the layout in which some cell passes the test. */
export function tablesWith(layout: Layout, test: (text: string) => boolean): LayoutTable[] {
  return layout.blocks.filter(
    (b): b is LayoutTable => b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => test(c.text))),
  );
}
