// One-cell-per-line text → Layout. A Word table dumped paragraph by paragraph: a line led by a tab
// opens a cell, a line without one continues the cell before it, a blank line ends a row. An empty
// paragraph inside a cell also prints as a blank line, so a blank line ends a row only when the
// row is complete: a short fragment is joined to the next one when together they make a row of
// the table's usual width and the next one does not itself open a row. A line without a tab
// where no cell is open is a paragraph, and it ends the table.
import type { Result } from '../diagnostics.js';
import { isBlank, type Block, type Cell, type Layout } from './layout.js';

export function fromCells(text: string): Result<Layout> {
  // First pass: paragraphs and row fragments, in order.
  const parts: Array<{ paragraph: Cell } | { fragment: Cell[] }> = [];
  let current: Cell[] = [];
  const close = (): void => {
    if (current.length > 0) parts.push({ fragment: current });
    current = [];
  };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.startsWith('\t')) current.push({ text: raw.slice(1), line, column: current.length + 1 });
    else if (isBlank(raw)) close();
    else {
      const last = current[current.length - 1];
      if (last) last.text += '\n' + raw;
      else parts.push({ paragraph: { text: raw, line, column: 1 } });
    }
  });
  close();

  const fragments = parts.flatMap((p) => ('fragment' in p ? [p.fragment] : []));
  const width = usualWidth(fragments);
  const blocks: Block[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if ('paragraph' in part) {
      const { text, line } = part.paragraph;
      blocks.push({ kind: 'paragraph', text: text.trim(), line, place: { line } });
      continue;
    }
    let cells = part.fragment;
    for (let next = parts[i + 1]; next && 'fragment' in next && cells.length < width && cells.length > 1;) {
      if (cells.length + next.fragment.length > width || opensRow(next.fragment)) break;
      cells = [...cells, ...next.fragment];
      next = parts[++i + 1];
    }
    const line = cells[0]!.line;
    const row = { line, place: { line }, cells: cells.map((c, k) => ({ ...c, column: k + 1 })) };
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'table') {
      last.rows.push(row);
      last.width = Math.max(last.width, row.cells.length);
    } else blocks.push({ kind: 'table', rows: [row], width: row.cells.length, follows: false, line: row.line });
  }
  return { value: { blocks, title: null }, diagnostics: [] };
}

/** The most common fragment length among fragments that look like table rows. */
function usualWidth(fragments: Cell[][]): number {
  const counts = new Map<number, number>();
  for (const f of fragments) if (f.length >= 3) counts.set(f.length, (counts.get(f.length) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [len, n] of counts) if (n > bestCount || (n === bestCount && len > best)) [best, bestCount] = [len, n];
  return best;
}

/** A fragment that starts with a 序号 or a header word begins a row of its own. */
function opensRow(fragment: Cell[]): boolean {
  const first = fragment[0]!.text.trim();
  return /^\d{1,6}$/.test(first) || /^(序号|编号)$/.test(first);
}
