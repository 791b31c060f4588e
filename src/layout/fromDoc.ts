// Word 97–2003 (.doc) → Layout, from the compound file's streams. The text comes from the piece
// table (CLX) of the table stream; a paragraph's properties (PAPX, in 512-byte pages of the
// WordDocument stream) say whether it lies in a table (sprmPFInTable) and whether its mark ends a
// row (sprmPFTtp), so a cell mark (U+0007) is told from a row mark however many cells are empty.
// The row mark's table definition (sprmTDefTable) gives each cell's left and right edge and its
// merge flags: cells are placed on the columns that all rows' edges make, a cell spanning columns
// as a colspan does, and a cell that continues a vertical merge repeats the value above as a copy.
// Field instructions are dropped and their results kept; characters typed in a symbol font
// (sprmCSymbol, fonts from the font table) become the marks they draw. Nested tables stay text in
// their cell. The main document only: headers, footnotes and text boxes are not read.
import type { Result } from '../diagnostics.js';
import { GongkaiError } from '../errors.js';
import { readCompoundFile } from '../read/readCompoundFile.js';
import { symbolMark } from '../vocabulary/symbolFonts.js';
import { isBlank, type Block, type Cell, type Layout, type LayoutTable, type Row } from './layout.js';

export async function fromDoc(bytes: Uint8Array): Promise<Result<Layout>> {
  const { CFB } = await import('@e965/xlsx');
  const file = await readCompoundFile(bytes);
  const stream = (name: string): Uint8Array | null => {
    const entry = CFB.find(file, name);
    return entry?.content ? Uint8Array.from(entry.content as ArrayLike<number>) : null;
  };
  const word = stream('WordDocument');
  if (!word) throw corrupt('no WordDocument stream');
  const doc = new Reader(word);
  if (doc.u16(0) !== 0xa5ec) throw corrupt('the WordDocument stream does not start with a Word 97 header');
  const flags = doc.u16(0x0a);
  if (flags & 0x0100)
    throw new GongkaiError('ENCRYPTED', 'The Word document is encrypted; save it without a password.');
  const table = stream(flags & 0x0200 ? '1Table' : '0Table');
  if (!table) throw corrupt('no table stream');
  const fib = readFib(doc);
  const text = readText(doc, new Reader(table), fib);
  const data = stream('Data');
  const huge = data ? new Reader(data) : null;
  const paragraphs = new Properties(doc, new Reader(table), fib.papx, 'paragraph', (g) => readParagraph(g, huge));
  const runs = new Properties(doc, new Reader(table), fib.chpx, 'run', readRun);
  const fonts = readFonts(new Reader(table), fib.fonts);
  return { value: { blocks: toBlocks(text, paragraphs, runs, fonts), title: null }, diagnostics: [] };
}

const corrupt = (why: string): GongkaiError =>
  new GongkaiError('CORRUPT_FILE', `The Word document cannot be read (${why}).`);

/** Little-endian reads that throw CORRUPT_FILE past the end instead of returning undefined. */
class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private check(at: number, size: number): void {
    if (!Number.isInteger(at) || at < 0 || at + size > this.bytes.length)
      throw corrupt(`a read at ${at} runs past the end`);
  }
  u8(at: number): number {
    this.check(at, 1);
    return this.view.getUint8(at);
  }
  u16(at: number): number {
    this.check(at, 2);
    return this.view.getUint16(at, true);
  }
  i16(at: number): number {
    this.check(at, 2);
    return this.view.getInt16(at, true);
  }
  u32(at: number): number {
    this.check(at, 4);
    return this.view.getUint32(at, true);
  }
  slice(at: number, size: number): Uint8Array {
    this.check(at, size);
    return this.bytes.subarray(at, at + size);
  }
}

interface Span {
  fc: number;
  lcb: number;
}
interface Fib {
  ccpText: number;
  clx: Span;
  papx: Span;
  chpx: Span;
  fonts: Span;
}

/** The parts of the file information block this reader needs: where the text and its properties are. */
function readFib(doc: Reader): Fib {
  const csw = doc.u16(32);
  const lw = 34 + csw * 2;
  const cslw = doc.u16(lw);
  const ccpText = doc.u32(lw + 2 + 12);
  const fcLcb = lw + 2 + cslw * 4 + 2;
  const span = (index: number): Span => ({ fc: doc.u32(fcLcb + index * 8), lcb: doc.u32(fcLcb + index * 8 + 4) });
  return { ccpText, chpx: span(12), papx: span(13), fonts: span(15), clx: span(33) };
}

/** The main document's characters, each with the file offset it was read from. */
interface Text {
  chars: string;
  fcs: Int32Array;
}

function readText(doc: Reader, table: Reader, fib: Fib): Text {
  let at = fib.clx.fc;
  const end = fib.clx.fc + fib.clx.lcb;
  while (at < end && table.u8(at) === 0x01) at += 3 + table.i16(at + 1); // Prc: property modifiers, skipped
  if (at >= end || table.u8(at) !== 0x02) throw corrupt('no piece table');
  const lcb = table.u32(at + 1);
  const plc = at + 5;
  const n = Math.floor((lcb - 4) / 12);
  if (n <= 0 || plc + lcb > table.bytes.length) throw corrupt('an empty or cut piece table');
  const parts: string[] = [];
  const fcs: number[] = [];
  let total = 0;
  const cp1252 = new TextDecoder('windows-1252');
  const utf16 = new TextDecoder('utf-16le');
  for (let i = 0; i < n && total < fib.ccpText; i++) {
    const start = table.u32(plc + i * 4);
    const stop = table.u32(plc + (i + 1) * 4);
    const count = Math.min(stop - start, fib.ccpText - total);
    if (count <= 0) continue;
    const raw = table.u32(plc + (n + 1) * 4 + i * 8 + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = compressed ? (raw & 0x3fffffff) / 2 : raw;
    const width = compressed ? 1 : 2;
    parts.push((compressed ? cp1252 : utf16).decode(doc.slice(fc, count * width)));
    for (let k = 0; k < count; k++) fcs.push(fc + k * width);
    total += count;
  }
  return { chars: parts.join(''), fcs: Int32Array.from(fcs) };
}

/** Properties by file offset, from a bin table of formatted disk pages (PAPX or CHPX pages). */
class Properties<T> {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly values: T[] = [];
  constructor(doc: Reader, table: Reader, bin: Span, kind: 'paragraph' | 'run', read: (grpprl: Uint8Array) => T) {
    const n = Math.floor((bin.lcb - 4) / 8);
    const paragraphs = kind === 'paragraph';
    for (let i = 0; i < n; i++) {
      const page = (table.u32(bin.fc + (n + 1) * 4 + i * 4) & 0x3fffff) * 512;
      const fkp = new Reader(doc.slice(page, 512));
      const crun = fkp.u8(511);
      for (let r = 0; r < crun; r++) {
        const start = fkp.u32(r * 4);
        const end = fkp.u32((r + 1) * 4);
        const offset = (paragraphs ? fkp.u8((crun + 1) * 4 + r * 13) : fkp.u8((crun + 1) * 4 + r)) * 2;
        let grpprl: Uint8Array = new Uint8Array(0);
        if (offset > 0) {
          if (paragraphs) {
            const cb = fkp.u8(offset);
            const size = cb !== 0 ? 2 * cb - 1 : 2 * fkp.u8(offset + 1);
            const from = offset + (cb !== 0 ? 1 : 2);
            grpprl = fkp.slice(from + 2, Math.max(0, Math.min(size - 2, 511 - from - 2))); // after the style index
          } else grpprl = fkp.slice(offset + 1, Math.min(fkp.u8(offset), 511 - offset - 1));
        }
        this.starts.push(start);
        this.ends.push(end);
        this.values.push(read(grpprl));
      }
    }
  }
  /** The properties in force at a file offset, or null. */
  at(fc: number): T | null {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (fc < this.starts[mid]!) hi = mid - 1;
      else if (fc >= this.ends[mid]!) lo = mid + 1;
      else return this.values[mid]!;
    }
    return null;
  }
}

interface ParagraphProps {
  inTable: boolean;
  rowEnd: boolean;
  /** Table depth (sprmPItap); nested tables are deeper than 1. */
  depth: number;
  /** The row's cell edges and merge flags, on a row-end mark. */
  cells: Array<{ left: number; right: number; hMerged: boolean; vContinue: boolean }> | null;
}
interface RunProps {
  symbol: { font: number; char: number } | null;
}

/** Each property modifier (sprm) of a grpprl, with its operand. */
function* sprms(grpprl: Uint8Array): Generator<{ sprm: number; operand: Uint8Array }> {
  const r = new Reader(grpprl);
  let at = 0;
  while (at + 2 <= grpprl.length) {
    const sprm = r.u16(at);
    at += 2;
    let size: number;
    switch (sprm >> 13) {
      case 0:
      case 1:
        size = 1;
        break;
      case 2:
      case 4:
      case 5:
        size = 2;
        break;
      case 3:
        size = 4;
        break;
      case 7:
        size = 3;
        break;
      default: // 6: variable; sprmTDefTable's size is two bytes, one more than the rest
        if (at >= grpprl.length) return;
        if (sprm === 0xd608) {
          if (at + 2 > grpprl.length) return;
          size = r.u16(at) + 1;
        } else size = r.u8(at) + 1;
    }
    if (at + size > grpprl.length) return;
    yield { sprm, operand: grpprl.subarray(at, at + size) };
    at += size;
  }
}

/**
 * A paragraph's table properties. A PAPX too large for its page (a row mark's table definition
 * often is) is in the Data stream, where sprmPHugePapx points.
 */
function readParagraph(
  grpprl: Uint8Array,
  data: Reader | null,
  p: ParagraphProps = { inTable: false, rowEnd: false, depth: 0, cells: null },
): ParagraphProps {
  for (const { sprm, operand } of sprms(grpprl)) {
    const o = new Reader(operand);
    if (sprm === 0x6646 && data) {
      const at = o.u32(0);
      readParagraph(data.slice(at + 2, data.u16(at)), null, p);
    } else if (sprm === 0x2416) p.inTable = o.u8(0) !== 0;
    else if (sprm === 0x2417) p.rowEnd = o.u8(0) !== 0;
    else if (sprm === 0x6649) p.depth = o.u32(0);
    else if (sprm === 0xd608 && operand.length >= 3) p.cells = tableCells(o);
  }
  if (p.inTable && p.depth === 0) p.depth = 1;
  return p;
}

function readRun(grpprl: Uint8Array): RunProps {
  let symbol: RunProps['symbol'] = null;
  for (const { sprm, operand } of sprms(grpprl)) {
    if (sprm === 0x6a09 && operand.length >= 4)
      symbol = { font: new Reader(operand).u16(0), char: new Reader(operand).u16(2) };
  }
  return { symbol };
}

/** sprmTDefTable: the number of cells, their edges, and each cell's merge flags (TC80). */
function tableCells(o: Reader): ParagraphProps['cells'] {
  const count = o.u8(2);
  const edges = 3;
  const tcs = edges + (count + 1) * 2;
  const cells: NonNullable<ParagraphProps['cells']> = [];
  for (let k = 0; k < count; k++) {
    if (edges + (k + 2) * 2 > o.bytes.length) break;
    const flags = tcs + k * 20 + 2 <= o.bytes.length ? o.u16(tcs + k * 20) : 0;
    const horizontal = flags & 0x3;
    const vertical = (flags >> 5) & 0x3;
    cells.push({
      left: o.i16(edges + k * 2),
      right: o.i16(edges + (k + 1) * 2),
      hMerged: horizontal === 2 || horizontal === 3,
      vContinue: vertical === 1 || vertical === 2,
    });
  }
  return cells;
}

/** Font names by index (SttbfFfn), for characters typed in a symbol font. */
function readFonts(table: Reader, span: Span): string[] {
  if (span.lcb === 0) return [];
  const names: string[] = [];
  try {
    const count = table.u16(span.fc);
    let at = span.fc + 4;
    for (let i = 0; i < count; i++) {
      const size = table.u8(at) + 1;
      let name = '';
      for (let p = at + 40; p + 1 < at + size; p += 2) {
        const ch = table.u16(p);
        if (ch === 0) break;
        name += String.fromCharCode(ch);
      }
      names.push(name);
      at += size;
    }
  } catch {
    return names; // a damaged font table costs the symbol marks only
  }
  return names;
}

interface Paragraph {
  text: string;
  props: ParagraphProps | null;
  /** The paragraph's mark: \r ends a paragraph, \u0007 a cell or a row. */
  mark: string;
}

/** The text split at paragraph and cell marks, fields reduced to their results, symbols resolved. */
function* paragraphsOf(
  text: Text,
  paragraphs: Properties<ParagraphProps>,
  runs: Properties<RunProps>,
  fonts: string[],
): Generator<Paragraph> {
  let current = '';
  let field: Array<'code' | 'result'> = []; // open fields: in the instruction, or in the result
  const { chars, fcs } = text;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const code = ch.charCodeAt(0);
    if (code === 0x13) field.push('code');
    else if (code === 0x14) field[field.length - 1] = 'result';
    else if (code === 0x15) field.pop();
    else if (code === 0x0d || code === 0x07) {
      yield { text: current, props: paragraphs.at(fcs[i]!), mark: ch };
      current = '';
      field = [];
    } else if (field.includes('code')) continue;
    else if (code === 0x0b || code === 0x0c) current += '\n';
    else if (code === 0x09) current += ' ';
    else if (code === 0x1e) current += '-';
    else if (code < 0x20)
      continue; // pictures, footnote marks, optional hyphens
    else {
      const symbol = ch === '(' || code >= 0xf000 ? runs.at(fcs[i]!)?.symbol : null;
      if (symbol) current += symbolMark(fonts[symbol.font] ?? null, String.fromCharCode(symbol.char)) ?? '';
      else current += ch;
    }
  }
  if (current.trim() !== '') yield { text: current, props: null, mark: '\r' };
}

function toBlocks(
  text: Text,
  paragraphs: Properties<ParagraphProps>,
  runs: Properties<RunProps>,
  fonts: string[],
): Block[] {
  const blocks: Block[] = [];
  let counter = 0;
  let paragraphCount = 0;
  let tableCount = 0;
  let rows: ReadRow[] = [];
  let cells: string[] = [];
  let cell: string[] = [];
  let betweenTables = false;
  const closeTable = (): void => {
    for (const part of byColumns(rows)) {
      blocks.push(placeTable(part, ++tableCount, () => ++counter, betweenTables));
      betweenTables = true;
    }
    rows = [];
  };
  for (const p of paragraphsOf(text, paragraphs, runs, fonts)) {
    const props = p.props;
    const depth = props?.depth ?? 0;
    if (depth > 1) {
      // A nested table's text stays in the cell that holds it, a line a paragraph.
      if (!(props?.rowEnd ?? false)) cell.push(p.text);
      continue;
    }
    if (props?.inTable) {
      if (props.rowEnd) {
        rows.push({ cells, props });
        cells = [];
        cell = [];
        continue;
      }
      cell.push(p.text);
      if (p.mark === '\u0007') {
        cells.push(
          cell
            .map((l) => l.trim())
            .filter((l) => l !== '')
            .join('\n'),
        );
        cell = [];
      }
      continue;
    }
    closeTable();
    const line = p.text.trim();
    if (line === '') continue;
    betweenTables = false;
    blocks.push({ kind: 'paragraph', text: line, line: ++counter, place: { paragraph: ++paragraphCount } });
  }
  closeTable();
  return blocks;
}

/** Slots a table may span (columns × rows); past it a table's cell edges are not used. */
const MAX_SLOTS = 4_000_000;

type ReadRow = { cells: string[]; props: ParagraphProps | null };

/**
 * Word 97 keeps two tables with nothing between them as one: rows whose cell edges share less
 * than half with the row before start a table of their own, as they were drawn.
 */
function byColumns(rows: ReadRow[]): ReadRow[][] {
  const parts: ReadRow[][] = [];
  let previous: Set<number> | null = null;
  for (const row of rows) {
    const edges = new Set((row.props?.cells ?? []).flatMap((c) => [c.left, c.right]));
    const shared = previous ? [...edges].filter((x) => previous!.has(x)).length : 0;
    const part = parts[parts.length - 1];
    if (!part || (previous && edges.size > 0 && shared < Math.min(edges.size, previous.size) / 2)) parts.push([row]);
    else part.push(row);
    if (edges.size > 0) previous = edges;
  }
  return parts;
}

/**
 * Rows of cell texts → a table on a common grid: the columns are the edges of every row's cells,
 * a cell covers the columns between its edges (a colspan), a horizontally merged cell is a blank
 * slot of the cell before it, and a vertically continued one a copy of the cell above.
 */
function placeTable(read: ReadRow[], table: number, nextLine: () => number, follows: boolean): LayoutTable {
  const all = [...new Set(read.flatMap((r) => (r.props?.cells ?? []).flatMap((c) => [c.left, c.right])))].sort(
    (a, b) => a - b,
  );
  // Edges that would make an absurd grid (a damaged file) are not used: cells are placed in order.
  const edges = (all.length - 1) * read.length > MAX_SLOTS ? [] : all;
  const index = new Map(edges.map((x, i) => [x, i]));
  const column = (x: number): number => index.get(x) ?? 0;
  const slotsOf = (
    r: (typeof read)[number],
  ): Array<{ text: string; from: number; to: number; h: boolean; v: boolean }> => {
    const defs = r.props?.cells ?? [];
    if (defs.length !== r.cells.length || edges.length < 2) {
      return r.cells.map((text, k) => ({ text, from: k, to: k + 1, h: false, v: false }));
    }
    return r.cells.map((text, k) => {
      const d = defs[k]!;
      return {
        text,
        from: column(d.left),
        to: Math.max(column(d.left) + 1, column(d.right)),
        h: d.hMerged,
        v: d.vContinue,
      };
    });
  };
  const widest = read.reduce((w, r) => Math.max(w, r.cells.length), 0);
  const width = Math.max(edges.length - 1, widest);
  const rows: Row[] = [];
  let above: Cell[] | null = null;
  read.forEach((r, index) => {
    const line = nextLine();
    const cells: Cell[] = Array.from({ length: width }, (_, c) => ({ text: '', line, column: c + 1 }));
    let last: Cell | null = null;
    for (const s of slotsOf(r)) {
      if (s.from >= width) continue;
      const target = cells[s.from]!;
      if (s.h && last) {
        target.spanned = true;
      } else if (s.v && above?.[s.from] && isBlank(s.text)) {
        target.text = above[s.from]!.text;
        target.copy = true;
      } else target.text = s.text;
      for (let c = s.from + 1; c < Math.min(s.to, width); c++) cells[c]!.spanned = true;
      last = target;
    }
    above = cells;
    if (cells.some((c) => !isBlank(c.text))) rows.push({ cells, line, place: { table, row: index + 1 } });
  });
  return { kind: 'table', rows, width, follows, line: rows[0]?.line ?? 1 };
}
