// WordprocessingML (word/document.xml) → Layout, for the Word documents mammoth gets wrong: a row
// that starts a few grid columns in (w:gridBefore), or a bookmark or other element between rows,
// after which mammoth drops the table's merges. The body's paragraphs and tables in order (also
// inside content controls); rows are the w:tr children of a table and nothing else;
// w:gridBefore / w:gridAfter pad a row with blank slots; w:gridSpan spans columns; a w:vMerge that
// continues repeats the value above as a copy. Cell text: paragraphs a line each, w:br a line
// break, symbol-font characters and form checkboxes (FORMCHECKBOX, w14:checkbox) as ☑ / ☐. A place
// is the number of the paragraph or table row in the document, as in the mammoth path.
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { Result } from '../diagnostics.js';
import { symbolMark } from '../vocabulary/symbolFonts.js';
import { isBlank, type Block, type Cell, type Layout, type LayoutTable } from './layout.js';

export function fromWordml(xml: string): Result<Layout> {
  const $ = load(xml, { xml: true });
  const body = $('w\\:body').get(0);
  const blocks: Block[] = [];
  let counter = 0;
  let paragraphs = 0;
  let tables = 0;
  let betweenTables = false; // only empty paragraphs since the last table
  const walk = (container: Element): void => {
    for (const node of children(container)) {
      if (node.tagName === 'w:p') {
        const text = cellText(node).trim();
        if (text === '') continue;
        betweenTables = false;
        blocks.push({ kind: 'paragraph', text, line: ++counter, place: { paragraph: ++paragraphs } });
      } else if (node.tagName === 'w:tbl') {
        blocks.push(readTable(node, ++tables, () => ++counter, betweenTables));
        betweenTables = true;
      } else if (node.tagName === 'w:sdt') walk(child(node, 'w:sdtContent') ?? node);
    }
  };
  if (body) walk(body);
  return { value: { blocks, title: null }, diagnostics: [] };
}

/** The text of each non-empty paragraph of a part (a page header, say), in order. */
export function paragraphTexts(xml: string): string[] {
  const $ = load(xml, { xml: true });
  return $('w\\:p')
    .toArray()
    .map((p) => cellText(p).trim())
    .filter((t) => t !== '');
}

const children = (el: Element): Element[] => el.children.filter((c): c is Element => c.type === 'tag');
const child = (el: Element | undefined, name: string): Element | undefined =>
  el ? children(el).find((c) => c.tagName === name) : undefined;
const val = (el: Element | undefined): string | undefined => el?.attribs['w:val'];

function readTable(tbl: Element, table: number, nextRow: () => number, follows: boolean): LayoutTable {
  const slots: Cell[][] = [];
  const lines: number[] = [];
  for (const tr of children(tbl).filter((c) => c.tagName === 'w:tr')) {
    const y = slots.length;
    const line = nextRow();
    lines.push(line);
    const row: Cell[] = [];
    const blank = (): void => void row.push({ text: '', line, column: row.length + 1 });
    const before = Number(val(child(child(tr, 'w:trPr'), 'w:gridBefore')) ?? 0);
    for (let k = 0; k < before; k++) blank();
    for (const tc of cellsOf(tr)) {
      const pr = child(tc, 'w:tcPr');
      const span = Math.max(1, Number(val(child(pr, 'w:gridSpan')) ?? 1) || 1);
      const vMerge = child(pr, 'w:vMerge');
      const continues = vMerge !== undefined && val(vMerge) !== 'restart';
      const x = row.length;
      const above = y > 0 ? slots[y - 1]![x] : undefined;
      const text = continues && above ? above.text : cellText(tc);
      row.push({ text, line, column: x + 1, ...(continues && above && { copy: true }) });
      for (let k = 1; k < span; k++) blank();
    }
    const after = Number(val(child(child(tr, 'w:trPr'), 'w:gridAfter')) ?? 0);
    for (let k = 0; k < after; k++) blank();
    slots.push(row);
  }
  const width = slots.reduce((w, r) => Math.max(w, r.length), 0);
  const rows = slots
    .map((cells, r) => ({
      line: lines[r]!,
      place: { table, row: r + 1 },
      cells: Array.from({ length: width }, (_, c) => cells[c] ?? { text: '', line: lines[r]!, column: c + 1 }),
    }))
    .filter((r) => r.cells.some((c) => !isBlank(c.text)));
  return { kind: 'table', rows, width, follows, line: lines[0] ?? 1 };
}

/** A row's cells, also those wrapped in a content control or custom XML. */
function cellsOf(tr: Element): Element[] {
  return children(tr).flatMap((c) => {
    if (c.tagName === 'w:tc') return [c];
    if (c.tagName === 'w:sdt') return cellsOf(child(c, 'w:sdtContent') ?? c);
    if (c.tagName === 'w:customXml') return cellsOf(c);
    return [];
  });
}

function cellText(container: Element): string {
  const lines: string[] = [];
  let line = '';
  let inField = false; // between a form checkbox's begin and end: its instruction text is not text
  const walk = (node: AnyNode, font: string | null): void => {
    if (node.type !== 'tag') return;
    const el = node as Element;
    switch (el.tagName) {
      case 'w:p':
        el.children.forEach((c) => walk(c, null));
        lines.push(line);
        line = '';
        return;
      case 'w:tbl': // a nested table: its rows are lines of this cell, its cells joined by spaces
        for (const tr of children(el).filter((c) => c.tagName === 'w:tr'))
          lines.push(cellsOf(tr).map(cellText).join(' '));
        return;
      case 'w:r': {
        const fonts = child(child(el, 'w:rPr'), 'w:rFonts');
        const runFont = fonts?.attribs['w:ascii'] ?? fonts?.attribs['w:hAnsi'] ?? null;
        el.children.forEach((c) => walk(c, runFont));
        return;
      }
      case 'w:t':
        if (!inField) line += [...$text(el)].map((ch) => symbolMark(font, ch) ?? ch).join('');
        return;
      case 'w:tab':
        line += ' ';
        return;
      case 'w:br':
      case 'w:cr':
        lines.push(line);
        line = '';
        return;
      case 'w:sym': {
        const ch = String.fromCodePoint(Number.parseInt(el.attribs['w:char'] ?? '0', 16));
        line += symbolMark(el.attribs['w:font'] ?? null, ch) ?? '';
        return;
      }
      case 'w:fldChar': {
        const type = el.attribs['w:fldCharType'];
        const box = child(child(el, 'w:ffData'), 'w:checkBox');
        if (type === 'begin' && box) {
          const checked = child(box, 'w:checked');
          const on = checked
            ? val(checked) !== '0' && val(checked) !== 'false'
            : ['1', 'true'].includes(val(child(box, 'w:default')) ?? '0');
          line += on ? '☑' : '☐';
          inField = true;
        } else if (type === 'end') inField = false;
        return;
      }
      case 'w:sdt': {
        const box = child(child(el, 'w:sdtPr'), 'w14:checkbox');
        if (box) {
          line += ['1', 'true'].includes(child(box, 'w14:checked')?.attribs['w14:val'] ?? '0') ? '☑' : '☐';
          return;
        }
        el.children.forEach((c) => walk(c, font));
        return;
      }
      case 'w:instrText':
      case 'w:pPr':
      case 'w:rPr':
      case 'w:tcPr':
      case 'w:sdtPr':
        return;
      default:
        el.children.forEach((c) => walk(c, font));
    }
  };
  container.children.forEach((c) => walk(c, null));
  if (line !== '') lines.push(line);
  return lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

function $text(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
}
