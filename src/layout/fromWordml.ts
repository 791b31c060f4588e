// WordprocessingML (word/document.xml) → Layout: how every .docx is read (fromDocx.ts). The
// body's paragraphs and tables in order (also inside content controls), a table nested in a cell
// listed after the table holding it; rows are the w:tr children of a table and nothing else;
// w:gridBefore / w:gridAfter pad a row with blank slots; w:gridSpan spans columns; a w:vMerge that
// continues repeats the value above as a copy. Cell text: paragraphs a line each, w:br a line
// break, runs of spaces one space, symbol-font characters and form checkboxes (FORMCHECKBOX,
// w14:checkbox) as ☑ / ☐ (the symbol-font ones counted in a note). Grid columns at a table's right
// that no row has text in are dropped. A place is the number of the paragraph or table row in the
// document.
import { load, type CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { diagnostic, type Diagnostic, type Result } from '../diagnostics.js';
import { GongkaiError } from '../errors.js';
import { symbolMark, symbolMarkNote } from '../vocabulary/symbolFonts.js';
import { elementCount, LIMITS, withinLimit } from '../limits.js';
import { append } from '../collections.js';

/** The most grid columns one w:gridSpan, w:gridBefore or w:gridAfter may cover (as colspan in HTML). */
const MAX_SPAN = 1000;
import { gridColumns, isBlank, slotBudget, type Block, type Cell, type Layout, type LayoutTable } from './layout.js';

export function fromWordml(xml: string): Result<Layout> {
  withinLimit(elementCount(xml), LIMITS.wordmlElements, 'WordprocessingML elements');
  const $ = parseWordml(xml);
  const marks = { read: 0 }; // marks typed in a symbol font, for the note that says so
  const budget = { slots: slotBudget(xml.length), total: slotBudget(xml.length), clipped: 0 };
  const body = $('w\\:body').get(0);
  const blocks: Block[] = [];
  let counter = 0;
  let paragraphs = 0;
  let tables = 0;
  let betweenTables = false; // only empty paragraphs since the last table
  // The body's paragraphs and tables in order, also inside content controls (an explicit stack:
  // they may nest deep).
  const walk = (container: Element): void => {
    for (const node of unwrapped(container, ['w:p', 'w:tbl'])) {
      if (node.tagName === 'w:p') {
        const text = cellText(node, marks).trim();
        if (text === '') continue;
        betweenTables = false;
        blocks.push({ kind: 'paragraph', text, line: ++counter, place: { paragraph: ++paragraphs } });
      } else if (node.tagName === 'w:tbl') {
        blocks.push(readTable(node, ++tables, () => ++counter, betweenTables, budget, marks));
        // A table nested in a cell is a table of its own too, listed after the one that holds it.
        for (const nested of descendants(node, 'w:tbl'))
          blocks.push(readTable(nested, ++tables, () => ++counter, false, budget, marks));
        betweenTables = true;
      }
    }
  };
  if (!body) throw new GongkaiError('CORRUPT_FILE', 'The Word document has no body (w:body): the file is damaged.');
  walk(body);
  const diagnostics: Diagnostic[] = [];
  if (budget.clipped > 0)
    diagnostics.push(
      diagnostic(
        'span-clipped',
        'warning',
        `Grid spans (w:gridSpan, w:gridBefore, w:gridAfter) would make more grid slots than a document of this size can hold (damaged or hostile input): ${budget.clipped} were read as one slot or left out as columns without text.`,
      ),
    );
  if (marks.read > 0) diagnostics.push(symbolMarkNote(marks.read));
  return { value: { blocks, title: null }, diagnostics };
}

/** The text of each non-empty paragraph of a part (a page header, say), in order. */
export function paragraphTexts(xml: string): string[] {
  const $ = parseWordml(xml);
  return $('w\\:p')
    .toArray()
    .map((p) => cellText(p, { read: 0 }).trim())
    .filter((t) => t !== '');
}

/** WordprocessingML's namespace, as Word writes it (transitional) and as ISO 29500 strict does. */
const NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

/**
 * The part's tree, with WordprocessingML's elements and attributes named `w:` whatever prefix the
 * file binds the namespace to (`ns0:` from some generators, none at all as the default namespace),
 * so that the reader can name them as Word does.
 */
function parseWordml(xml: string): CheerioAPI {
  const $ = load(xml, { xml: true });
  const root = $.root().children().get(0);
  if (!root) return $;
  const declared = Object.entries(root.attribs).find(([name, uri]) => /^xmlns(:|$)/.test(name) && NAMESPACES.has(uri));
  const prefix = declared?.[0].replace(/^xmlns:?/, '');
  if (prefix === undefined || prefix === 'w') return $;
  const rename = (name: string): string =>
    prefix === ''
      ? name.includes(':')
        ? name
        : `w:${name}`
      : name.startsWith(`${prefix}:`)
        ? `w:${name.slice(prefix.length + 1)}`
        : name;
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    el.name = rename(el.name);
    if (prefix !== '')
      el.attribs = Object.fromEntries(Object.entries(el.attribs).map(([name, value]) => [rename(name), value]));
    append(stack, children(el));
  }
  return $;
}

const children = (el: Element): Element[] => el.children.filter((c): c is Element => c.type === 'tag');
const child = (el: Element | undefined, name: string): Element | undefined =>
  el ? children(el).find((c) => c.tagName === name) : undefined;
const val = (el: Element | undefined): string | undefined => el?.attribs['w:val'];

function readTable(
  tbl: Element,
  table: number,
  nextRow: () => number,
  follows: boolean,
  budget: { slots: number; total: number; clipped: number },
  marks: { read: number },
): LayoutTable {
  // A span of slots, within the document's budget (and Word's own 63 columns many times over).
  const slots_ = (n: number): number => {
    const wanted = Math.min(Math.max(0, Math.floor(n) || 0), MAX_SPAN);
    if (wanted > 1 && wanted > budget.slots) {
      budget.clipped++;
      return 1;
    }
    budget.slots -= wanted;
    return wanted;
  };
  const slots: Cell[][] = [];
  const lines: number[] = [];
  for (const tr of children(tbl).filter((c) => c.tagName === 'w:tr')) {
    const y = slots.length;
    const line = nextRow();
    lines.push(line);
    const row: Cell[] = [];
    const blank = (): void => void row.push({ text: '', line, column: row.length + 1 });
    const before = slots_(Number(val(child(child(tr, 'w:trPr'), 'w:gridBefore')) ?? 0));
    for (let k = 0; k < before; k++) blank();
    for (const tc of cellsOf(tr)) {
      const pr = child(tc, 'w:tcPr');
      const span = Math.max(1, slots_(Number(val(child(pr, 'w:gridSpan')) ?? 1)));
      const vMerge = child(pr, 'w:vMerge');
      const continues = vMerge !== undefined && val(vMerge) !== 'restart';
      const x = row.length;
      const above = y > 0 ? slots[y - 1]![x] : undefined;
      const text = continues && above ? above.text : cellText(tc, marks);
      row.push({ text, line, column: x + 1, ...(continues && above && { copy: true }) });
      for (let k = 1; k < span; k++) blank();
    }
    const after = slots_(Number(val(child(child(tr, 'w:trPr'), 'w:gridAfter')) ?? 0));
    for (let k = 0; k < after; k++) blank();
    slots.push(row);
  }
  // Grid columns no row has text in, at the table's right (w:gridAfter, a last w:gridCol no cell
  // uses), are no columns of the table (Word shows none there); nor, in a grid far wider
  // than its text, any blank column.
  const columns = gridColumns(slots, budget.total);
  const width = columns.length;
  if (width < (columns.at(-1) ?? -1) + 1) budget.clipped++;
  const rows = slots
    .map((cells, r) => ({
      line: lines[r]!,
      place: { table, row: r + 1 },
      cells: columns.map((c) => cells[c] ?? { text: '', line: lines[r]!, column: c + 1 }),
    }))
    .filter((r) => r.cells.some((c) => !isBlank(c.text)));
  return { kind: 'table', rows, width, follows, line: lines[0] ?? 1 };
}

/** Every element named `tag` below `root`, in document order (an explicit stack, not a selector). */
function descendants(root: Element, tag: string): Element[] {
  const out: Element[] = [];
  const stack = children(root).reverse();
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.tagName === tag) out.push(el);
    const inner = children(el);
    for (let k = inner.length - 1; k >= 0; k--) stack.push(inner[k]!);
  }
  return out;
}

/** A row's cells, also those wrapped in a content control or custom XML. */
function cellsOf(tr: Element): Element[] {
  return unwrapped(tr, ['w:tc'], ['w:customXml']);
}

/**
 * The children of an element with one of the `tags`, also those inside content controls (w:sdt)
 * and the given wrappers, in order; with an explicit stack, as such wrappers may nest deep.
 */
function unwrapped(parent: Element, tags: readonly string[], wrappers: readonly string[] = []): Element[] {
  const out: Element[] = [];
  const stack = children(parent).reverse();
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (tags.includes(el.tagName)) out.push(el);
    else if (el.tagName === 'w:sdt' || wrappers.includes(el.tagName)) {
      const inner = children(el.tagName === 'w:sdt' ? (child(el, 'w:sdtContent') ?? el) : el);
      for (let k = inner.length - 1; k >= 0; k--) stack.push(inner[k]!);
    }
  }
  return out;
}

function cellText(container: Element, marks: { read: number }): string {
  const mark = (font: string | null, ch: string): string | null => {
    const read = symbolMark(font, ch);
    if (read !== null) marks.read++;
    return read;
  };
  const lines: string[] = [];
  let line = '';
  // An explicit stack, not recursion (content controls may nest thousands deep): each frame a node
  // and the font of the run it is in, or the end of a paragraph.
  const stack: Array<{ node: AnyNode; font: string | null } | 'end of paragraph'> = [];
  const push = (nodes: readonly AnyNode[], font: string | null): void => {
    for (let k = nodes.length - 1; k >= 0; k--) stack.push({ node: nodes[k]!, font });
  };
  push(container.children, null);
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame === 'end of paragraph') {
      lines.push(line);
      line = '';
      continue;
    }
    const { node, font } = frame;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    switch (el.tagName) {
      case 'w:p':
        stack.push('end of paragraph');
        push(el.children, null);
        break;
      case 'w:r': {
        const fonts = child(child(el, 'w:rPr'), 'w:rFonts');
        push(el.children, fonts?.attribs['w:ascii'] ?? fonts?.attribs['w:hAnsi'] ?? null);
        break;
      }
      case 'w:t':
        line += [...$text(el)].map((ch) => mark(font, ch) ?? ch).join('');
        break;
      case 'w:tab':
        line += ' ';
        break;
      case 'w:br':
      case 'w:cr':
        lines.push(line);
        line = '';
        break;
      case 'w:sym': {
        const ch = String.fromCodePoint(Number.parseInt(el.attribs['w:char'] ?? '0', 16));
        line += mark(el.attribs['w:font'] ?? null, ch) ?? '';
        break;
      }
      case 'w:fldChar': {
        const box = child(child(el, 'w:ffData'), 'w:checkBox');
        if (el.attribs['w:fldCharType'] === 'begin' && box) {
          const checked = child(box, 'w:checked');
          const on = checked
            ? val(checked) !== '0' && val(checked) !== 'false'
            : ['1', 'true'].includes(val(child(box, 'w:default')) ?? '0');
          line += on ? '☑' : '☐';
        }
        break;
      }
      case 'w:sdt': {
        const box = child(child(el, 'w:sdtPr'), 'w14:checkbox');
        if (box) line += ['1', 'true'].includes(child(box, 'w14:checked')?.attribs['w14:val'] ?? '0') ? '☑' : '☐';
        else push(el.children, font);
        break;
      }
      case 'mc:Fallback': // the same content again, for readers that cannot show mc:Choice
      case 'w:instrText':
      case 'w:pPr':
      case 'w:rPr':
      case 'w:tcPr':
      case 'w:sdtPr':
        break;
      default:
        // A nested table among them: its paragraphs are lines of this cell, in order.
        push(el.children, font);
    }
  }
  if (line !== '') lines.push(line);
  // Runs of spaces and tabs print as one space, as they do when Word shows them beside other text.
  return lines
    .map((l) => l.replace(/[ \t\r\n\f]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

function $text(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
}
