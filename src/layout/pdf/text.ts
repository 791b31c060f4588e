// Text runs of a PDF page and how they read: lines, a cell's wrapped lines, a paragraph's.
import { append } from '../../collections.js';

export interface Run {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, in page space (origin bottom left). */
  y: number;
  size: number;
  /** The run is the part after a space of a text item split at its spaces. */
  spaced?: boolean;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

export function textRuns(content: { items: unknown[] }): Run[] {
  const runs: Run[] = [];
  for (const item of content.items as TextItem[]) {
    if (typeof item.str !== 'string' || item.str.trim() === '') continue;
    const [a, b, , d, e, f] = item.transform as [number, number, number, number, number, number];
    const size = Math.hypot(a, b) || Math.abs(d) || 10;
    append(runs, splitAtSpaces({ text: item.str, x0: e, x1: e + item.width, y: f, size }));
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

/** Runs grouped into lines, top to bottom: runs whose baselines lie within half a character. */
export function groupLines(runs: Run[]): Run[][] {
  const lines: Run[][] = [];
  for (const r of [...runs].sort((a, b) => b.y - a.y || a.x0 - b.x0)) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - r.y) <= Math.min(line[0]!.size, r.size) * 0.5) line.push(r);
    else lines.push([r]);
  }
  return lines;
}

/** The runs of one cell or paragraph as lines, top to bottom, each its runs left to right. */
export function linesOf(runs: Run[]): Array<{ text: string; x0: number; x1: number; size: number }> {
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

export const latinJoin = (left: string, right: string): boolean =>
  /[\x21-\x7e]$/.test(left) && /^[\x21-\x7e]/.test(right);

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
export function cellText(runs: Run[]): string {
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
export function paragraphText(runs: Run[]): string {
  return linesOf(runs).reduce(
    (text, line, k) => (k === 0 ? line.text : text + (latinJoin(text, line.text) ? ' ' : '') + line.text),
    '',
  );
}
