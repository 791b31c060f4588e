// A report's prose may come inside a table: a text export prints a heading as a line of one field
// amid rows, and a spreadsheet export puts every paragraph in a row of its own. A row whose only
// text is a section heading, the report's title or a sentence is a paragraph, and so is any
// other single text before the table's first row of several texts or after its last; it ends the
// table part before it, and the rows after it make a new one. A label of the template's stays in
// its table (a table-3 row printed all blank is a row of zeros, not prose).
import { cellPlace, type Block, type Cell, type Layout, type LayoutTable, type Row } from '../../layout/layout.js';
import { ARTICLE, GROUP_LABELS, ITEMS, isSentence, sectionOf } from '../../vocabulary/report.js';
import { compact } from './numbers.js';
import { matchRowLabel, normaliseLabel } from './requests.js';
import { isReportTitle } from '../../vocabulary/titles.js';

export function splitProse(layout: Layout): Layout {
  const blocks: Block[] = [];
  for (const block of layout.blocks) {
    if (block.kind === 'paragraph') {
      blocks.push(block);
      continue;
    }
    let part: LayoutTable | null = null;
    const first = block.rows.findIndex((r) => texts(r).length >= 2);
    const last = block.rows.findLastIndex((r) => texts(r).length >= 2);
    block.rows.forEach((row, i) => {
      const prose = proseOf(row, first < 0 || i < first || i > last);
      if (prose !== null) {
        part = null;
        blocks.push({ kind: 'paragraph', text: prose.text.trim(), line: row.line, place: cellPlace(row, prose) });
        return;
      }
      if (!part) {
        part = { ...block, rows: [], line: row.line };
        blocks.push(part);
      }
      part.rows.push(row);
    });
  }
  return { ...layout, blocks };
}

const texts = (row: Row): Cell[] => row.cells.filter((c) => !c.copy && !c.spanned && c.text.trim() !== '');

/** The row's one text, when it is prose. */
function proseOf(row: Row, outside: boolean): Cell | null {
  const own = texts(row);
  if (own.length !== 1) return null;
  const text = own[0]!.text.trim();
  if (sectionOf(text) !== null || isReportTitle(text) || isSentence(text)) return own[0]!;
  return outside && !isTemplateLabel(text) ? own[0]! : null;
}

/** A label of table 2 or 3: an article, 信息内容, an item, a row of requests or a group of them. */
function isTemplateLabel(text: string): boolean {
  return (
    ARTICLE.test(compact(text)) ||
    ITEMS.includes(compact(text)) ||
    matchRowLabel(text) !== null ||
    GROUP_LABELS.test(normaliseLabel(text))
  );
}
