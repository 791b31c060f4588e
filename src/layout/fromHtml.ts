// HTML → Layout. Paragraphs (p, headings, list items, captions, divs without blocks inside) and
// tables, in document order; a table nested in a cell is a table of its own too, listed after the
// table that holds it (a page may wrap its content in a layout table). Rows and cells are direct
// children only. Spans follow the WHATWG table model: colspan 0 or junk is 1, rowspan 0 runs to
// the end of its row group, spans are clipped at the table's end, and a cell that would cover an
// occupied slot is reported. A rowspan's value is repeated in the rows below as a copy (a merged
// cell, not a new cell); a colspan's extra slots are blank. An Excel-saved page's phantom empty
// last column is dropped.
import { load, type CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Document, Element } from 'domhandler';
import { parse } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import { diagnostic, type Diagnostic, type Place, type Result } from '../diagnostics.js';
import { gridColumns, isBlank, slotBudget, type Block, type Cell, type Layout, type LayoutTable } from './layout.js';
import { append } from '../collections.js';
import { elementCount, LIMITS, withinLimit } from '../limits.js';

const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

const PARAGRAPH = /^(p|h[1-6]|li)$/;

export function fromHtml(html: string): Result<Layout> {
  withinLimit(elementCount(html), LIMITS.htmlElements, 'HTML elements');
  // parse5 builds the tree as a browser would (the WHATWG parser: implied tbody, misnested tags);
  // cheerio's slim entry queries it without loading its HTTP client.
  const $ = load(
    parse(html, { treeAdapter: adapter, sourceCodeLocationInfo: true, scriptingEnabled: true }) as Document,
  );
  const diagnostics: Diagnostic[] = [];
  const budget = { slots: slotBudget(html.length), total: slotBudget(html.length) };
  const blocks: Block[] = [];
  let tableIndex = 0;
  const paragraph = (el: Element): void => {
    const text = textOf(el).replace(/\s+/g, ' ').trim();
    if (text === '') return;
    blocks.push({ kind: 'paragraph', text, line: lineOf(el), place: { line: lineOf(el) } });
  };
  const table = (el: Element): void => {
    $(el)
      .children('caption')
      .each((_, caption) => paragraph(caption));
    const read = expandTable($, el, ++tableIndex, budget);
    blocks.push(read.value);
    append(diagnostics, read.diagnostics);
    // Tables nested in this one's cells, each once: those whose nearest enclosing table is this one.
    $(el)
      .find('table')
      .each((_, nested) => void ($(nested).parents('table').get(0) === el && table(nested)));
  };
  // The body's elements in document order, with an explicit stack (a page may nest ten thousand
  // deep); first, from the leaves up, which of them hold a p, div or table (a div without one is a
  // paragraph) — one pass, not a search below every element.
  const body = $('body').get(0);
  const order: Element[] = [];
  for (const stack = body ? [body] : []; stack.length > 0;) {
    const el = stack.pop()!;
    order.push(el);
    for (const c of el.children) if (c.type === 'tag') stack.push(c as Element);
  }
  const holdsBlock = new Set<Element>();
  for (let k = order.length - 1; k >= 0; k--) {
    const el = order[k]!;
    if ((holdsBlock.has(el) || /^(p|div|table)$/i.test(el.tagName)) && el.parent?.type === 'tag')
      holdsBlock.add(el.parent as Element);
  }
  const elementChildren = (el: Element): Element[] => el.children.filter((c): c is Element => c.type === 'tag');
  for (const stack = body ? elementChildren(body).reverse() : []; stack.length > 0;) {
    const child = stack.pop()!;
    const tag = child.tagName.toLowerCase();
    if (tag === 'table') table(child);
    else if (PARAGRAPH.test(tag) || (tag === 'div' && !holdsBlock.has(child))) paragraph(child);
    else if (tag !== 'script' && tag !== 'style') {
      const inner = elementChildren(child);
      for (let k = inner.length - 1; k >= 0; k--) stack.push(inner[k]!);
    }
  }
  const titleElement = $('title').get(0);
  const titleText = titleElement ? textOf(titleElement).replace(/\s+/g, ' ').trim() : '';
  const title = titleText
    ? {
        kind: 'paragraph' as const,
        text: titleText,
        line: titleElement!.sourceCodeLocation?.startLine ?? 1,
        place: { line: titleElement!.sourceCodeLocation?.startLine ?? 1 },
      }
    : null;
  return { value: { blocks, title }, diagnostics };
}

/** The source line an element starts on (1 where parse5 made the element itself: an implied tbody). */
const lineOf = (el: Element): number => el.sourceCodeLocation?.startLine ?? 1;

function expandTable(
  $: CheerioAPI,
  table: Element,
  index: number,
  budget: { slots: number; total: number },
): Result<LayoutTable> {
  const diagnostics: Diagnostic[] = [];
  let clipped = 0;
  const groups = rowGroups($, table);
  const slots: (Cell | undefined)[][] = [];
  const lines: number[] = [];
  const places: Place[] = [];
  let y = 0;
  for (const group of groups) {
    const groupEnd = y + group.length;
    for (const tr of group) {
      lines[y] = lineOf(tr);
      places[y] = { line: lines[y]!, table: index, row: y + 1 };
      slots[y] ??= [];
      let x = 0;
      for (const td of $(tr).children('td, th').toArray()) {
        while (slots[y]![x]) x++;
        let colspan = span(td.attribs.colspan, 1, MAX_COLSPAN);
        let rowspan = span(td.attribs.rowspan, 0, MAX_ROWSPAN);
        if (rowspan === 0) rowspan = groupEnd - y; // 0: to the end of the row group
        if (y + rowspan > groupEnd) rowspan = groupEnd - y; // clipped at the end of its group
        if (rowspan * colspan > 1 && rowspan * colspan > budget.slots) {
          clipped++;
          rowspan = colspan = 1;
        }
        budget.slots -= rowspan * colspan;
        const text = cellText(td);
        const line = lines[y]!;
        for (let dy = 0; dy < rowspan; dy++) {
          slots[y + dy] ??= [];
          for (let dx = 0; dx < colspan; dx++) {
            const row = slots[y + dy]!;
            if (row[x + dx]) {
              diagnostics.push(
                diagnostic(
                  'span-overlap',
                  'warning',
                  `A cell's span covers a slot another cell already holds; the first one is kept.`,
                  { ...places[y]!, row: y + dy + 1, cell: x + dx + 1 },
                ),
              );
              continue;
            }
            const origin = dy === 0 && dx === 0;
            row[x + dx] = {
              text: dx === 0 ? text : '',
              line,
              column: x + dx + 1,
              ...(!origin && dx === 0 && { copy: true }),
              ...(dx > 0 && { spanned: true }),
            };
          }
        }
        x += colspan;
      }
      y++;
    }
  }

  // As wide as the last column with text: Excel adds an empty column after the last one, and a
  // span's blank slots past the text carry nothing.
  const columns = gridColumns(slots, budget.total);
  const width = columns.length;
  if (width < (columns.at(-1) ?? -1) + 1) clipped++; // blank columns left out
  if (clipped > 0)
    diagnostics.push(
      diagnostic(
        'span-clipped',
        'warning',
        `Table ${index}: the spans of ${clipped} cell(s) would make more grid slots than a page of this size can hold (a damaged or hostile page); each was read as a single cell, or its blank columns left out.`,
        { table: index },
      ),
    );
  const rows = slots.map((row, r) => ({
    line: lines[r] ?? 1,
    place: places[r] ?? { table: index, row: r + 1 },
    cells: columns.map((c) => row[c] ?? { text: '', line: lines[r] ?? 1, column: c + 1 }),
  }));
  const value: LayoutTable = {
    kind: 'table',
    rows: rows.filter((r) => r.cells.some((c) => !isBlank(c.text))),
    width,
    follows: followsTable($, table),
    line: lines[0] ?? table.sourceCodeLocation?.startLine ?? 1,
  };
  return { value, diagnostics };
}

/** Row groups as the table model sees them: rows directly in the table, and each thead/tbody/tfoot. */
function rowGroups($: CheerioAPI, table: Element): Element[][] {
  const groups: Element[][] = [];
  let loose: Element[] = [];
  for (const child of $(table).children().toArray()) {
    if (child.tagName === 'tr') loose.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) {
      if (loose.length) (groups.push(loose), (loose = []));
      groups.push($(child).children('tr').toArray());
    }
  }
  if (loose.length) groups.push(loose);
  return groups;
}

function span(value: string | undefined, zero: number, max: number): number {
  const n = value === undefined ? 1 : Number.parseInt(value, 10);
  if (!Number.isFinite(n) || n < 0) return 1;
  if (n === 0) return zero === 0 ? 0 : 1;
  return Math.min(n, max);
}

const BLOCK = new Set(['p', 'div', 'li', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'section']);

/** A cell's text: <br> and block elements break lines, checkboxes become ■/□, scripts vanish. */
function cellText(td: Element): string {
  let out = '';
  // An explicit stack, not recursion: a cell may nest tags ten thousand deep.
  const stack: Array<AnyNode | '\n'> = [...td.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === '\n') {
      out += '\n';
      continue;
    }
    if (node.type === 'text') out += node.data.replace(/[\u00a0\u3000]/g, ' ');
    else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const el = node as Element;
      const tag = el.tagName.toLowerCase();
      if (tag === 'script' || tag === 'style') continue;
      if (tag === 'br') {
        out += '\n';
        continue;
      }
      if (tag === 'input') {
        if ((el.attribs.type ?? '').toLowerCase() === 'checkbox' || (el.attribs.type ?? '').toLowerCase() === 'radio') {
          out += el.attribs.checked !== undefined ? '■' : '□';
        }
        continue;
      }
      if (tag === 'td' || tag === 'th') out += ' ';
      if (BLOCK.has(tag)) {
        out += '\n';
        stack.push('\n');
      }
      for (let k = el.children.length - 1; k >= 0; k--) stack.push(el.children[k]!);
    }
  }
  return out
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

/** An element's text, scripts and styles left out, with an explicit stack. */
function textOf(root: Element): string {
  let out = '';
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') out += node.data;
    else if (node.type === 'tag') for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]!);
  }
  return out;
}

/** Is the table's previous sibling element a table, with only blank text or empty paragraphs between? */
function followsTable($: CheerioAPI, table: Element): boolean {
  for (let node = table.prev; node; node = node.prev) {
    if (node.type === 'text') {
      if (node.data.trim() === '') continue;
      return false;
    }
    if (node.type === 'comment') continue;
    if (node.type === 'tag') {
      const el = node as Element;
      if (el.tagName === 'table') return true;
      if ($(el).text().trim() === '' && !$(el).find('table').length) continue; // an empty <p> or <br>
      return false;
    }
  }
  return false;
}
