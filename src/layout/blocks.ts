// A report is prose with tables in it: this reads any shape into blocks, paragraphs and tables
// in document order, for the report's model to walk. Tables keep their rows of cells (HTML spans
// expanded, with copies and colspan slots marked), so a value can be read by its header's column
// or as the numbers that follow a label.
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import type { Cell, GridRow } from './grid.js';
import { isBlank } from './grid.js';
import { fromCells } from './fromCells.js';
import { expandTable } from './fromHtml.js';
import type { Diagnostic, Result } from '../diagnostics.js';

export type Block =
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'table'; rows: Array<Omit<GridRow, 'block'>>; line: number };

/** Tab-separated text: a line of one cell is a paragraph, consecutive lines of several cells a table. */
export function blocksFromTsv(text: string): Result<Block[]> {
  const blocks: Block[] = [];
  let table: Extract<Block, { kind: 'table' }> | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const cells = raw.split('\t');
    if (cells.length === 1) {
      table = null;
      if (!isBlank(raw)) blocks.push({ kind: 'paragraph', text: raw.trim(), line });
      return;
    }
    if (cells.every(isBlank)) return;
    if (!table) blocks.push((table = { kind: 'table', rows: [], line }));
    table.rows.push({ line, cells: cells.map((t, c) => ({ text: t, line, column: c + 1 })) });
  });
  return { value: blocks, diagnostics: [] };
}

/**
 * One cell per line: tab-led lines are cells, rows end at blank lines; a line without a tab
 * continues the cell just before it, else it is a paragraph.
 */
export function blocksFromCells(text: string): Result<Block[]> {
  const blocks: Block[] = [];
  const lines = text.split(/\r?\n/);
  let chunk: string[] = [];
  let chunkStart = 1;
  let inCell = false;
  const flushTable = (): void => {
    if (chunk.length === 0) return;
    const rows = fromCells(chunk.join('\n')).value.rows.map((r) => ({
      line: r.line + chunkStart - 1,
      cells: r.cells.map((c) => ({ ...c, line: c.line + chunkStart - 1 })),
    }));
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'table') last.rows.push(...rows);
    else blocks.push({ kind: 'table', rows, line: chunkStart });
    chunk = [];
  };
  lines.forEach((raw, i) => {
    if (raw.startsWith('\t')) {
      if (chunk.length === 0) chunkStart = i + 1;
      chunk.push(raw);
      inCell = true;
    } else if (isBlank(raw)) {
      if (chunk.length > 0) chunk.push('');
      inCell = false;
    } else if (inCell) {
      chunk.push(raw);
    } else {
      flushTable();
      blocks.push({ kind: 'paragraph', text: raw.trim(), line: i + 1 });
    }
  });
  flushTable();
  return { value: blocks, diagnostics: [] };
}

/**
 * HTML: paragraphs and headings outside tables, and each top-level table with its spans expanded.
 * With `rowNumbers` (HTML made from a .docx), a place is the Nth paragraph or table row.
 */
export function blocksFromHtml(html: string, options: { rowNumbers?: boolean } = {}): Result<Block[]> {
  const $ = cheerio.load(html, { sourceCodeLocationInfo: true });
  const diagnostics: Diagnostic[] = [];
  const blocks: Block[] = [];
  let rowNumber = 0;
  let tableIndex = 0;
  const lineOf = (el: Element): number => el.sourceCodeLocation?.startLine ?? 1;
  const walk = (el: Element): void => {
    for (const node of el.children) {
      if (node.type !== 'tag') continue;
      const child = node as Element;
      const tag = child.tagName.toLowerCase();
      if (tag === 'table') {
        const read = expandTable(
          $,
          child,
          ++tableIndex,
          (tr) => (options.rowNumbers ? ++rowNumber : lineOf(tr)),
          diagnostics,
        );
        blocks.push({ kind: 'table', rows: read.rows, line: lineOf(child) });
      } else if (/^(p|h[1-6]|li|caption)$/.test(tag) || (tag === 'div' && !$(child).find('p, div, table').length)) {
        const text = $(child)
          .text()
          .replace(/[\s\u3000\u00a0]+/g, ' ')
          .trim();
        if (text !== '')
          blocks.push({ kind: 'paragraph', text, line: options.rowNumbers ? ++rowNumber : lineOf(child) });
      } else if (tag !== 'script' && tag !== 'style') walk(child);
    }
  };
  const body = $('body').get(0);
  if (body) walk(body);
  return { value: blocks, diagnostics };
}

/** A table's cells that are cells of their own, in reading order (no rowspan copies, no colspan slots). */
export function ownCells(rows: ReadonlyArray<{ cells: Cell[] }>): Cell[] {
  return rows.flatMap((r) => r.cells.filter((c) => !c.copy && !c.spanned));
}
