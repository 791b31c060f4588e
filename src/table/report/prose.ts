// A report's section heading may come inside a table: a text export prints it as a line of one
// field amid rows, and a page may put it in a row of its own. A row whose only text is a section
// heading is a paragraph: it ends the table part before it, and the rows after it make a new one.
import type { Block, Layout, LayoutTable, Row } from '../../layout/layout.js';
import { sectionOf } from '../../vocabulary/report.js';

export function splitProse(layout: Layout): Layout {
  const blocks: Block[] = [];
  for (const block of layout.blocks) {
    if (block.kind === 'paragraph') {
      blocks.push(block);
      continue;
    }
    let part: LayoutTable | null = null;
    for (const row of block.rows) {
      const heading = headingOf(row);
      if (heading !== null) {
        part = null;
        blocks.push({ kind: 'paragraph', text: heading, line: row.line });
        continue;
      }
      if (!part) {
        part = { ...block, rows: [], line: row.line };
        blocks.push(part);
      }
      part.rows.push(row);
    }
  }
  return { ...layout, blocks };
}

function headingOf(row: Row): string | null {
  const texts = row.cells.filter((c) => !c.copy && !c.spanned && c.text.trim() !== '');
  if (texts.length !== 1) return null;
  const text = texts[0]!.text.trim();
  return sectionOf(text) === null ? null : text;
}
