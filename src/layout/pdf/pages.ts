// A page: its furniture left out, its tables and paragraphs in reading order.
import type { Block } from '../layout.js';
import { alignedTables } from './aligned.js';
import { SNAP, type Grid } from './rulings.js';
import { tableOf } from './tables.js';
import { groupLines, paragraphText, type Run } from './text.js';
import { append, maxOf, minOf } from '../../collections.js';

const PAGE_NUMBER = /^([-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(\s*[/共]\s*\d+\s*页)?|\d+\s*\/\s*\d+|\d{1,3})$/;
const HEADING = /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])/;

export interface Page {
  number: number;
  width: number;
  height: number;
  runs: Run[];
  grids: Grid[];
}

const inGrid = (run: Run, page: Page): boolean =>
  page.grids.some(
    (g) =>
      run.x0 >= g.xs[0]! - SNAP &&
      run.x1 <= g.xs[g.xs.length - 1]! + SNAP &&
      run.y <= g.ys[0]! &&
      run.y >= g.ys[g.ys.length - 1]!,
  );
/** The top and bottom eighth of a page, where headers, footers and page numbers are printed. */
const atTop = (y: number, page: Page): boolean => y > page.height * 0.88;
const atFoot = (y: number, page: Page): boolean => y < page.height * 0.12;
const shapeOf = (text: string): string => text.replace(/\s+/g, '').replace(/\d+/g, '#');

/**
 * The lines at the top and at the foot of a page, outside its tables, that could be furniture:
 * the lines in its top or bottom eighth that stand apart from the body (two and a half
 * lines' space or more between them and the first line of the body), as a header or footer does.
 */
function marginLines(page: Page): Run[][] {
  const lines = groupLines(page.runs.filter((r) => !inGrid(r, page)));
  const apart = (a: Run[], b: Run[]): boolean => a[0]!.y - b[0]!.y >= Math.max(a[0]!.size, b[0]!.size) * 2.5;
  const out: Run[][] = [];
  // From the top: the lines in the top band, up to the last one a gap parts from what follows.
  let top = -1;
  for (let k = 0; k < lines.length && atTop(lines[k]![0]!.y, page); k++)
    if (!lines[k + 1] || apart(lines[k]!, lines[k + 1]!)) top = k;
  append(out, lines.slice(0, top + 1));
  let bottom = lines.length;
  for (let k = lines.length - 1; k > top && atFoot(lines[k]![0]!.y, page); k--)
    if (!lines[k - 1] || apart(lines[k - 1]!, lines[k]!)) bottom = k;
  append(out, lines.slice(bottom));
  return out;
}

/**
 * Page furniture out of the pages' runs: a line in the top or bottom margin that comes back on
 * other pages (digits aside: 第 3 页, -3-), and a lone page number there. Says what went, and how often.
 */
export function leaveOutFurniture(pages: Page[]): { lines: Array<[string, number]>; numbers: number } {
  const pagesWith = new Map<string, number>();
  for (const page of pages)
    for (const shape of new Set(marginLines(page).map((line) => shapeOf(paragraphText(line)))))
      pagesWith.set(shape, (pagesWith.get(shape) ?? 0) + 1);
  const left = new Map<string, number>();
  let numbers = 0;
  for (const page of pages) {
    const gone = new Set<Run>();
    // Once known, furniture goes wherever it is in the margins, standing apart or not.
    const band = groupLines(page.runs.filter((r) => (atTop(r.y, page) || atFoot(r.y, page)) && !inGrid(r, page)));
    for (const line of band) {
      const text = paragraphText(line);
      if ((pagesWith.get(shapeOf(text)) ?? 0) < 2 && !PAGE_NUMBER.test(text.trim())) continue;
      for (const r of line) gone.add(r);
      if (PAGE_NUMBER.test(text.trim())) numbers++;
      else left.set(text, (left.get(text) ?? 0) + 1);
    }
    if (gone.size > 0) page.runs = page.runs.filter((r) => !gone.has(r));
  }
  return { lines: [...left], numbers };
}

export function readPage(page: Page): Block[] {
  const placed: Array<{ top: number; block: Block }> = [];
  const free = new Set(page.runs);
  for (const grid of page.grids) {
    const table = tableOf(grid, page.runs, free);
    if (table) placed.push({ top: grid.ys[0]!, block: table });
  }
  append(placed, alignedTables(free, page.width));
  for (const p of paragraphs([...free], page.width)) placed.push(p);
  placed.sort((a, b) => b.top - a.top);
  return placed.map((p) => p.block);
}

/**
 * Lines of text outside tables, joined into paragraphs. The text column is as wide as its widest
 * line, and at least as wide as margins alike on both sides allow (a page of short lines).
 */
export function paragraphs(runs: Run[], pageWidth: number): Array<{ top: number; block: Block }> {
  const lines = groupLines(runs);
  if (lines.length === 0) return [];
  const left = lines.reduce((m, l) => l.reduce((n, r) => Math.min(n, r.x0), m), Infinity);
  const right = lines.reduce((m, l) => l.reduce((n, r) => Math.max(n, r.x1), m), pageWidth - left);
  const out: Array<{ top: number; block: Block }> = [];
  let current: { top: number; runs: Run[]; lastRight: number } | null = null;
  for (const line of lines) {
    const x0 = minOf(line.map((r) => r.x0));
    const x1 = maxOf(line.map((r) => r.x1));
    const size = line[0]!.size;
    const text = paragraphText(line);
    const starts = !current || x0 > left + size * 0.8 || current.lastRight < right - size * 1.5 || HEADING.test(text);
    if (starts) {
      if (current) out.push(toParagraph(current));
      current = { top: line[0]!.y + size, runs: [...line], lastRight: x1 };
    } else {
      append(current!.runs, line);
      current!.lastRight = x1;
    }
  }
  if (current) out.push(toParagraph(current));
  return out;
}

function toParagraph(p: { top: number; runs: Run[] }): { top: number; block: Block } {
  return { top: p.top, block: { kind: 'paragraph', text: paragraphText(p.runs), line: 0, place: {} } };
}
