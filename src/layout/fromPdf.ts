// PDF → Layout, from the text layer and the drawing, through pdf.js. Tables come from geometry:
// the lines and rectangles a page draws are its rulings, and where horizontal and vertical rulings
// meet they make a grid; a grid slot without a ruling between it and its neighbour is part of the
// same cell (a span), copied down as a merged cell is in HTML. Text runs fall into the cell that
// holds them; the runs of one cell are joined line by line, without spaces between CJK characters
// (a word written vertically, one character a line, reads as the word). Text outside tables makes
// paragraphs: a line starts a new one where it is indented, where the line before stopped short,
// or where it reads as a heading; so does the text of a framed box of one column. Page numbers in the top or bottom margin (-3-, 第3页) are dropped.
// A page at a time is held. No text layer at all is a scanned PDF: a typed error (no OCR).
import { diagnostic, type Diagnostic, type Result } from '../diagnostics.js';
import { GongkaiError } from '../errors.js';
import { isBlank, type Block, type Cell, type Layout, type LayoutTable, type Row } from './layout.js';

interface Run {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, in page space (origin bottom left). */
  y: number;
  size: number;
  /** The run is the part after a space of a text item split at its spaces. */
  spaced?: boolean;
}
interface Segment {
  /** For a horizontal segment: y, and x0..x1; for a vertical one: x, and y0..y1. */
  at: number;
  from: number;
  to: number;
}

/** Distances under this many points are one line. */
const SNAP = 2;

export async function fromPdf(bytes: Uint8Array): Promise<Result<Layout>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    document = await pdfjs.getDocument({
      data: Uint8Array.from(bytes), // a copy, and a plain Uint8Array (pdf.js refuses a Buffer)
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    if ((error as Error).name === 'PasswordException')
      throw new GongkaiError('ENCRYPTED', 'The PDF is password-protected; save it without a password.');
    throw new GongkaiError('CORRUPT_FILE', `The PDF cannot be read: ${(error as Error).message}.`, { cause: error });
  }
  // The text and rulings of every page first (small; pdf.js lets each page go once read), so
  // that a header or footer can be told by its coming back page after page.
  const pages: Page[] = [];
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const { width, height } = page.getViewport({ scale: 1 });
      const runs = textRuns(await page.getTextContent());
      const { horizontal, vertical } = rulings(await page.getOperatorList(), pdfjs.OPS, width, height);
      page.cleanup();
      // pdf.js keeps every font it has parsed for the document's life: a PDF joined from many
      // files has fonts of its own on every page. Let them go every few pages.
      if (number % 8 === 0) await document.cleanup();
      pages.push({ number, width, height, runs, grids: grids(horizontal, vertical) });
    }
  } finally {
    await document.destroy();
  }
  if (pages.every((p) => p.runs.length === 0))
    throw new GongkaiError('NO_TEXT_LAYER', 'The PDF has no text layer (a scan): its text cannot be read without OCR.');
  const furniture = leaveOutFurniture(pages);
  const diagnostics: Diagnostic[] = [];
  const furnitureText = [
    ...furniture.lines.map(([text, n]) => `"${text}" (${n} pages)`),
    ...(furniture.numbers > 0 ? [`${furniture.numbers} page number(s)`] : []),
  ];
  if (furnitureText.length > 0)
    diagnostics.push(
      diagnostic('page-furniture', 'info', `Left out of the page margins: ${furnitureText.join(', ')}.`),
    );
  const blocks: Block[] = [];
  let tableCount = 0;
  let paragraphCount = 0;
  for (const page of pages) {
    for (const [k, b] of readPage(page).entries()) {
      if (b.kind === 'table') {
        const previous = blocks[blocks.length - 1];
        b.follows = previous?.kind === 'table';
        // A table at the top of a page with the columns of the table the page before ended on
        // is that table going on: a row cut by the break is joined, the rows are its rows.
        if (k === 0 && previous?.kind === 'table' && unifyColumns(previous, b)) {
          // The table's header row printed again at the top of the page stays, after the cut row's rest.
          const repeated = sameText(b.rows[0], previous.rows[0]) ? b.rows.shift() : undefined;
          if (continuesRow(previous, b)) joinSplitRow(previous, b);
          else continueMergedCells(previous, b);
          if (repeated) b.rows.unshift(repeated);
          for (const r of b.rows) r.place = { table: tableCount, row: r.place.row ?? 1, page: page.number };
          previous.rows.push(...b.rows);
          continue;
        }
        tableCount++;
        for (const r of b.rows) r.place = { table: tableCount, row: r.place.row ?? 1, page: page.number };
      } else b.place = { paragraph: ++paragraphCount, page: page.number };
      blocks.push(b);
    }
  }
  let line = 0;
  for (const b of blocks) {
    if (b.kind === 'paragraph') b.line = ++line;
    else {
      for (const r of b.rows) {
        r.line = ++line;
        for (const c of r.cells) c.line = r.line;
      }
      b.line = b.rows[0]?.line ?? line;
    }
  }
  return { value: { blocks, title: null }, diagnostics };
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

function textRuns(content: { items: unknown[] }): Run[] {
  const runs: Run[] = [];
  for (const item of content.items as TextItem[]) {
    if (typeof item.str !== 'string' || item.str.trim() === '') continue;
    const [a, b, , d, e, f] = item.transform as [number, number, number, number, number, number];
    const size = Math.hypot(a, b) || Math.abs(d) || 10;
    runs.push(...splitAtSpaces({ text: item.str, x0: e, x1: e + item.width, y: f, size }));
  }
  return runs;
}

/** Printed width of a text in font sizes: CJK characters and full-width forms one, the rest a half. */
const ems = (text: string): number => [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 1 : 0.5), 0);

/**
 * A text item's parts between spaces that have CJK on either side, placed by their widths: a
 * glyph drawn by itself into such a gap (a quotation mark from another font) then sorts in place.
 */
function splitAtSpaces(run: Run): Run[] {
  const parts = run.text.split(/(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])/);
  if (parts.length < 2) return [run];
  const widths = parts.map((p) => ems(p) * run.size);
  const gap = (run.x1 - run.x0 - widths.reduce((a, b) => a + b, 0)) / (parts.length - 1);
  if (gap <= 0) return [run];
  let x = run.x0;
  return parts.map((text, k) => {
    const part: Run = { ...run, text, x0: x, x1: x + widths[k]!, spaced: k > 0 };
    x = part.x1 + gap;
    return part;
  });
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** The page's horizontal and vertical rulings: drawn lines, thin rectangles, and the edges of filled boxes. */
function rulings(
  list: { fnArray: number[]; argsArray: unknown[][] },
  OPS: Record<string, number>,
  width: number,
  height: number,
): { horizontal: Segment[]; vertical: Segment[] } {
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const point = (x: number, y: number): [number, number] => [
    ctm[0] * x + ctm[2] * y + ctm[4],
    ctm[1] * x + ctm[3] * y + ctm[5],
  ];
  const edge = (p: [number, number], q: [number, number]): void => {
    if (Math.abs(p[1] - q[1]) <= SNAP && Math.abs(p[0] - q[0]) > SNAP)
      horizontal.push({ at: (p[1] + q[1]) / 2, from: Math.min(p[0], q[0]), to: Math.max(p[0], q[0]) });
    else if (Math.abs(p[0] - q[0]) <= SNAP && Math.abs(p[1] - q[1]) > SNAP)
      vertical.push({ at: (p[0] + q[0]) / 2, from: Math.min(p[1], q[1]), to: Math.max(p[1], q[1]) });
  };
  const box = (xs: number[], ys: number[]): void => {
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    if (x1 - x0 > width * 0.95 && y1 - y0 > height * 0.9) return; // the page's own frame
    if (y1 - y0 <= SNAP * 1.5) horizontal.push({ at: (y0 + y1) / 2, from: x0, to: x1 });
    else if (x1 - x0 <= SNAP * 1.5) vertical.push({ at: (x0 + x1) / 2, from: y0, to: y1 });
    else {
      horizontal.push({ at: y0, from: x0, to: x1 }, { at: y1, from: x0, to: x1 });
      vertical.push({ at: x0, from: y0, to: y1 }, { at: x1, from: y0, to: y1 });
    }
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i]!;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.constructPath) {
      if (args[0] === OPS.endPath) continue; // a clipping path draws nothing
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      let points: Array<[number, number]> = [];
      const flush = (): void => {
        if (points.length === 2) edge(points[0]!, points[1]!);
        else if (points.length >= 4 && points.length <= 5) {
          const axisAligned = points.every((p, k) => {
            const q = points[(k + 1) % points.length]!;
            return Math.abs(p[0] - q[0]) <= SNAP || Math.abs(p[1] - q[1]) <= SNAP;
          });
          if (axisAligned)
            box(
              points.map((p) => p[0]),
              points.map((p) => p[1]),
            );
        } else for (let k = 1; k < points.length; k++) edge(points[k - 1]!, points[k]!);
        points = [];
      };
      for (let k = 0; k < data.length;) {
        const op = data[k]!;
        if (op === 0) {
          flush();
          points.push(point(data[k + 1]!, data[k + 2]!));
          k += 3;
        } else if (op === 1) {
          points.push(point(data[k + 1]!, data[k + 2]!));
          k += 3;
        } else if (op === 2) {
          points = [];
          k += 7;
        } else if (op === 3) {
          points = [];
          k += 5;
        } else {
          flush();
          k += 1;
        }
      }
      flush();
    }
  }
  return { horizontal, vertical };
}

/** Values within SNAP of each other, as one value each (their mean), ascending. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

const covers = (segments: Segment[], at: number, from: number, to: number): boolean => {
  const mid = (from + to) / 2;
  return segments.some((s) => Math.abs(s.at - at) <= SNAP && s.from <= mid + SNAP && s.to >= mid - SNAP);
};

interface Grid {
  xs: number[];
  ys: number[]; // descending: top of the page first
  horizontal: Segment[];
  vertical: Segment[];
}

/** Tables: groups of rulings that touch, each with its column and row lines. */
function grids(horizontal: Segment[], vertical: Segment[]): Grid[] {
  const parent = [...horizontal, ...vertical].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const touch = (h: Segment, v: Segment): boolean =>
    v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP;
  horizontal.forEach((h, i) =>
    vertical.forEach((v, j) => {
      if (touch(h, v)) parent[find(i)] = find(horizontal.length + j);
    }),
  );
  const groups = new Map<number, { horizontal: Segment[]; vertical: Segment[] }>();
  horizontal.forEach((h, i) => {
    const g = groups.get(find(i)) ?? { horizontal: [], vertical: [] };
    g.horizontal.push(h);
    groups.set(find(i), g);
  });
  vertical.forEach((v, j) => {
    const g = groups.get(find(horizontal.length + j)) ?? { horizontal: [], vertical: [] };
    g.vertical.push(v);
    groups.set(find(horizontal.length + j), g);
  });
  return [...groups.values()]
    .flatMap((g) =>
      byColumns({
        ...g,
        xs: cluster(g.vertical.map((v) => v.at)),
        ys: cluster(g.horizontal.map((h) => h.at)).reverse(),
      }),
    )
    .filter((g) => g.xs.length >= 2 && g.ys.length >= 2);
}

/**
 * Two tables drawn one right under the other touch, and their rulings make one group: where the
 * columns of a row (the vertical rulings crossing it) are no subset or superset of the columns of
 * the rows above, the rest is a table of its own, with its own columns.
 */
function byColumns(grid: Grid): Grid[] {
  const columnsAt = (r: number): number[] => {
    const mid = (grid.ys[r]! + grid.ys[r + 1]!) / 2;
    return grid.xs.filter((x) => grid.vertical.some((v) => Math.abs(v.at - x) <= SNAP && v.from <= mid && v.to >= mid));
  };
  const parts: Array<{ from: number; to: number; xs: Set<number> }> = [];
  for (let r = 0; r + 1 < grid.ys.length; r++) {
    const xs = columnsAt(r);
    const part = parts[parts.length - 1];
    // A row with merged cells uses fewer of its table's columns, never other ones: a row with an
    // edge the table above lacks, while the table has an edge the row lacks, starts another table.
    const rowOnly = part ? xs.filter((x) => !part.xs.has(x)).length : 0;
    const partOnly = part ? [...part.xs].filter((x) => !xs.includes(x)).length : 0;
    if (!part || (rowOnly > 0 && partOnly > 0)) parts.push({ from: r, to: r + 1, xs: new Set(xs) });
    else {
      part.to = r + 1;
      for (const x of xs) part.xs.add(x);
    }
  }
  if (parts.length <= 1) return [grid];
  return parts.map((p) => ({ ...grid, xs: [...p.xs].sort((a, b) => a - b), ys: grid.ys.slice(p.from, p.to + 1) }));
}

/** Runs grouped into lines, top to bottom: runs whose baselines lie within half a character. */
function groupLines(runs: Run[]): Run[][] {
  const lines: Run[][] = [];
  for (const r of [...runs].sort((a, b) => b.y - a.y || a.x0 - b.x0)) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - r.y) <= Math.min(line[0]!.size, r.size) * 0.5) line.push(r);
    else lines.push([r]);
  }
  return lines;
}

/** The runs of one cell or paragraph as lines, top to bottom, each its runs left to right. */
function linesOf(runs: Run[]): Array<{ text: string; x0: number; x1: number; size: number }> {
  const lines = groupLines(runs);
  return lines
    .map((line) => {
      line.sort((a, b) => a.x0 - b.x0);
      const text = line.reduce((t, r, k) => {
        if (k === 0) return r.text;
        const gap = r.x0 - line[k - 1]!.x1;
        // Between CJK and Latin a gap may be a space or the typesetter's own spacing (both about a
        // quarter of the font size): only a space the text item held, or one between Latin words, is kept.
        const space = r.spaced ? gap > r.size * 0.2 : gap > r.size * 0.4 && latinJoin(t, r.text);
        return t + (space ? ' ' : '') + r.text;
      }, '');
      return {
        text: text.replace(/\s+/g, ' ').trim(),
        x0: line[0]!.x0,
        x1: line[line.length - 1]!.x1,
        size: line[0]!.size,
      };
    })
    .filter((l) => l.text !== '');
}

const latinJoin = (left: string, right: string): boolean => /[\x21-\x7e]$/.test(left) && /^[\x21-\x7e]/.test(right);

/**
 * What a line cannot be broken inside: opening marks, a word or number or one character, then
 * closing marks and the letters and digits they hold on to (〔2010〕31).
 */
const UNIT = /^[（(〔【《“‘「『[]*(?:[\x21-\x7e]+|\S)(?:[）)〕】》”’」』，。；：、！？%]|[\x21-\x7e])*/;

/**
 * A cell's text. Lines a cell wraps are one line (CJK joined without a space): a line wrapped where
 * the room left at its end could not hold the next line's first unit. A line that stopped short
 * with room to spare ended there (a list entry, a paragraph) and keeps its own line.
 */
function cellText(runs: Run[]): string {
  const lines = linesOf(runs);
  const right = lines.reduce((m, l) => Math.max(m, l.x1), 0);
  return lines.reduce((text, line, k) => {
    if (k === 0) return line.text;
    const room = right - lines[k - 1]!.x1;
    const unit = ems(UNIT.exec(line.text)?.[0] ?? line.text) * line.size;
    const hard = room > unit + line.size * 0.1;
    return text + (hard ? '\n' : latinJoin(text, line.text) ? ' ' : '') + line.text;
  }, '');
}

/** A paragraph's text: its lines joined, CJK without a space. */
function paragraphText(runs: Run[]): string {
  return linesOf(runs).reduce(
    (text, line, k) => (k === 0 ? line.text : text + (latinJoin(text, line.text) ? ' ' : '') + line.text),
    '',
  );
}

const PAGE_NUMBER = /^([-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(\s*[/共]\s*\d+\s*页)?|\d+\s*\/\s*\d+|\d{1,3})$/;
const HEADING = /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])/;

interface Page {
  number: number;
  width: number;
  height: number;
  runs: Run[];
  grids: Grid[];
}

/** Text in the top or bottom eighth of a page outside its tables, where headers, footers and page numbers are printed. */
const inMargin = (run: Run, page: Page): boolean =>
  (run.y < page.height * 0.12 || run.y > page.height * 0.88) &&
  !page.grids.some(
    (g) =>
      run.x0 >= g.xs[0]! - SNAP &&
      run.x1 <= g.xs[g.xs.length - 1]! + SNAP &&
      run.y <= g.ys[0]! &&
      run.y >= g.ys[g.ys.length - 1]!,
  );
const shapeOf = (text: string): string => text.replace(/\s+/g, '').replace(/\d+/g, '#');

/**
 * Page furniture out of the pages' runs: a line in the top or bottom margin that comes back on
 * other pages (digits aside: 第 3 页, -3-), and a lone page number there. Says what went, and how often.
 */
function leaveOutFurniture(pages: Page[]): { lines: Array<[string, number]>; numbers: number } {
  const lines = pages.map((page) =>
    groupLines(page.runs.filter((r) => inMargin(r, page))).map((line) => ({ line, text: paragraphText(line) })),
  );
  const pagesWith = new Map<string, number>();
  for (const page of lines)
    for (const shape of new Set(page.map((l) => shapeOf(l.text))))
      pagesWith.set(shape, (pagesWith.get(shape) ?? 0) + 1);
  const left = new Map<string, number>();
  let numbers = 0;
  pages.forEach((page, k) => {
    const gone = new Set<Run>();
    for (const { line, text } of lines[k]!) {
      if ((pagesWith.get(shapeOf(text)) ?? 0) < 2 && !PAGE_NUMBER.test(text.trim())) continue;
      for (const r of line) gone.add(r);
      if (PAGE_NUMBER.test(text.trim())) numbers++;
      else left.set(text, (left.get(text) ?? 0) + 1);
    }
    if (gone.size > 0) page.runs = page.runs.filter((r) => !gone.has(r));
  });
  return { lines: [...left], numbers };
}

function readPage(page: Page): Block[] {
  const placed: Array<{ top: number; block: Block }> = [];
  const free = new Set(page.runs);
  for (const grid of page.grids) {
    const table = tableOf(grid, page.runs, free);
    if (table) placed.push({ top: grid.ys[0]!, block: table });
  }
  for (const p of paragraphs([...free], page.width)) placed.push(p);
  placed.sort((a, b) => b.top - a.top);
  return placed.map((p) => p.block);
}

function tableOf(grid: Grid, runs: Run[], free: Set<Run>): LayoutTable | null {
  const { xs, ys } = grid;
  const rowsN = ys.length - 1;
  const colsN = xs.length - 1;
  if (colsN < 2) return null; // a framed box of text, no table: its text is read as paragraphs
  // Grid slots joined where no ruling separates them: each slot's cell is its top-left slot.
  const origin: Array<Array<[number, number]>> = Array.from({ length: rowsN }, (_, r) =>
    Array.from({ length: colsN }, (_, c): [number, number] => [r, c]),
  );
  for (let r = 0; r < rowsN; r++) {
    for (let c = 0; c < colsN; c++) {
      const joinsLeft = c > 0 && !covers(grid.vertical, xs[c]!, ys[r + 1]!, ys[r]!);
      const joinsAbove = r > 0 && !covers(grid.horizontal, ys[r]!, xs[c]!, xs[c + 1]!);
      if (joinsLeft) origin[r]![c] = origin[r]![c - 1]!;
      else if (joinsAbove) origin[r]![c] = origin[r - 1]![c]!;
    }
  }
  const texts = new Map<string, Run[]>();
  for (const run of runs) {
    const x = (run.x0 + run.x1) / 2;
    const y = run.y + run.size * 0.3;
    if (x < xs[0]! || x > xs[colsN]! || y > ys[0]! || y < ys[rowsN]!) continue;
    const c = xs.findIndex((v, k) => k < colsN && x >= v && x <= xs[k + 1]!);
    const r = ys.findIndex((v, k) => k < rowsN && y <= v && y >= ys[k + 1]!);
    if (c < 0 || r < 0) continue;
    const key = origin[r]![c]!.join(',');
    texts.set(key, [...(texts.get(key) ?? []), run]);
    free.delete(run);
  }
  if (texts.size === 0) return null;
  const rows: Row[] = [];
  for (let r = 0; r < rowsN; r++) {
    const cells: Cell[] = [];
    for (let c = 0; c < colsN; c++) {
      const [or, oc] = origin[r]![c]!;
      const own = texts.get(`${or},${oc}`) ?? [];
      const text = cellText(own);
      if (or === r && oc === c) {
        const cell: Cell = { text, line: 0, column: c + 1 };
        // Where the cell's last line runs to its right edge, its text may go on past a page break.
        const right = xs[origin[r]!.findLastIndex((o) => o === origin[r]![c]) + 1]!;
        const last = linesOf(own).pop();
        if (last && right - last.x1 < last.size * 2.5) endsFull.add(cell);
        cells.push(cell);
      } else if (oc === c) cells.push({ text, line: 0, column: c + 1, copy: true });
      else cells.push({ text: '', line: 0, column: c + 1, spanned: true });
    }
    if (cells.some((cell) => !isBlank(cell.text))) rows.push({ cells, line: 0, place: { row: r + 1 } });
  }
  if (rows.length === 0) return null;
  const table: LayoutTable = { kind: 'table', rows, width: colsN, follows: false, line: 0 };
  columnEdges.set(table, xs);
  if (rows[0]!.place.row !== 1) opensBlank.add(table);
  return table;
}

/** Each table's column edges in page space, to tell a table that goes on over a page break. */
const columnEdges = new WeakMap<LayoutTable, number[]>();
/** Cells whose last line reaches the cell's right edge. */
const endsFull = new WeakSet<Cell>();
/** Tables whose first grid row has no text (the empty rest of a row a page break cut). */
const opensBlank = new WeakSet<LayoutTable>();

const near = (a: number, b: number): boolean => Math.abs(a - b) <= SNAP * 2;

/**
 * Is the table at the top of a page the table the page before ended on? It is where both have the
 * same outer edges and the column edges of one are among the other's: the rows on one page need
 * not use every column (a merged label cell hides an edge). Both tables then get every edge, a
 * column split where a cell spans it.
 */
function unifyColumns(before: LayoutTable, after: LayoutTable): boolean {
  const a = columnEdges.get(before);
  const b = columnEdges.get(after);
  if (!a || !b || !near(a[0]!, b[0]!) || !near(a[a.length - 1]!, b[b.length - 1]!)) return false;
  const [few, many] = a.length <= b.length ? [a, b] : [b, a];
  if (!few.every((x) => many.some((y) => near(x, y)))) return false;
  for (const table of [before, after]) {
    const edges = columnEdges.get(table)!;
    if (edges.length === many.length) continue;
    for (const row of table.rows) {
      const cells: Cell[] = [];
      for (const cell of row.cells) {
        cells.push(cell);
        const [from, to] = [edges[cell.column - 1]!, edges[cell.column]!];
        // The slots this column becomes past its first: the cell spans them.
        const inside = many.filter((x) => x > from + SNAP * 2 && x < to - SNAP * 2);
        for (let k = 0; k < inside.length; k++) cells.push({ text: '', line: 0, column: 0, spanned: true });
      }
      cells.forEach((c, k) => (c.column = k + 1));
      row.cells = cells;
    }
    table.width = many.length - 1;
    columnEdges.set(table, many);
  }
  return true;
}

/**
 * Does the table going on at the top of a page begin with the rest of a row the page before cut
 * off? Each cell with text of its first row is under a cell of words whose last line ran to its
 * right edge (the tail of a text the break cut); a row that opens with a label of its own is a
 * row, and so is one after an empty grid row (the rest of the cut row had nothing left to print).
 */
function continuesRow(before: LayoutTable, after: LayoutTable): boolean {
  const last = before.rows[before.rows.length - 1];
  const first = after.rows[0];
  if (!last || !first || opensBlank.has(after)) return false;
  const own = first.cells.filter((c) => !c.copy && !c.spanned && !isBlank(c.text));
  return (
    own.length > 0 &&
    own.every((c) => {
      const above = last.cells[c.column - 1]!;
      return endsFull.has(above) && !/^[\d,.，．%]+$/.test(above.text.trim());
    })
  );
}

const sameText = (a: Row | undefined, b: Row | undefined): boolean =>
  !!a && !!b && a.cells.length === b.cells.length && a.cells.every((c, k) => c.text === b.cells[k]!.text);

/** A merged cell's copies from a row down take its text. */
function carryDown(rows: Row[], from: number, column: number, text: string): void {
  for (let r = from; r < rows.length; r++) {
    const cell = rows[r]!.cells[column - 1];
    if (!cell?.copy) break;
    cell.text = text;
  }
}

/**
 * The tails join the cells they continue; the fragment row is gone. A merged cell the break cut
 * goes on down the next page, where it is printed blank or with the rest of its text: its copies
 * up to its first row on the page before, and on down this page, take the joined text.
 */
function joinSplitRow(before: LayoutTable, after: LayoutTable): void {
  const last = before.rows[before.rows.length - 1]!;
  const first = after.rows.shift()!;
  for (const c of first.cells) {
    if (c.copy || c.spanned) continue;
    const target = last.cells[c.column - 1]!;
    if (isBlank(c.text)) {
      carryDown(after.rows, 0, c.column, target.text);
      continue;
    }
    const text = target.text + (latinJoin(target.text, c.text) ? ' ' : '') + c.text;
    for (let r = before.rows.length - 1; r >= 0; r--) {
      const cell = before.rows[r]!.cells[c.column - 1]!;
      cell.text = text;
      if (!cell.copy) break;
    }
    carryDown(after.rows, 0, c.column, text);
  }
}

/**
 * No row cut, but a merged cell may be: a blank cell merged down from the page's first row,
 * under a merged cell that reached the page's foot, is that cell going on.
 */
function continueMergedCells(before: LayoutTable, after: LayoutTable): void {
  const last = before.rows[before.rows.length - 1];
  const [first, second] = after.rows;
  if (!last || !first || !second) return;
  for (const c of first.cells) {
    const above = last.cells[c.column - 1]!;
    if (c.copy || c.spanned || !isBlank(c.text) || !above.copy || !second.cells[c.column - 1]?.copy) continue;
    c.text = above.text;
    c.copy = true;
    carryDown(after.rows, 1, c.column, above.text);
  }
}

/**
 * Lines of text outside tables, joined into paragraphs. The text column is as wide as its widest
 * line, and at least as wide as margins alike on both sides allow (a page of short lines).
 */
function paragraphs(runs: Run[], pageWidth: number): Array<{ top: number; block: Block }> {
  const lines = groupLines(runs);
  if (lines.length === 0) return [];
  const left = lines.reduce((m, l) => l.reduce((n, r) => Math.min(n, r.x0), m), Infinity);
  const right = lines.reduce((m, l) => l.reduce((n, r) => Math.max(n, r.x1), m), pageWidth - left);
  const out: Array<{ top: number; block: Block }> = [];
  let current: { top: number; runs: Run[]; lastRight: number } | null = null;
  for (const line of lines) {
    const x0 = Math.min(...line.map((r) => r.x0));
    const x1 = Math.max(...line.map((r) => r.x1));
    const size = line[0]!.size;
    const text = paragraphText(line);
    const starts = !current || x0 > left + size * 0.8 || current.lastRight < right - size * 1.5 || HEADING.test(text);
    if (starts) {
      if (current) out.push(toParagraph(current));
      current = { top: line[0]!.y + size, runs: [...line], lastRight: x1 };
    } else {
      current!.runs.push(...line);
      current!.lastRight = x1;
    }
  }
  if (current) out.push(toParagraph(current));
  return out;
}

function toParagraph(p: { top: number; runs: Run[] }): { top: number; block: Block } {
  return { top: p.top, block: { kind: 'paragraph', text: paragraphText(p.runs), line: 0, place: {} } };
}
