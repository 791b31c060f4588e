// The bounds within which one input is read, so that no input of legal size (≤ 20 MiB) takes
// minutes or gigabytes: past one, reading stops with TOO_COMPLEX, and the message names the bound.
// Each is far above what real documents need (the largest real catalogues have a few thousand
// rows) and was chosen by measuring the cost per unit on a 2-core machine (README, "Limits").
import { GongkaiError } from './errors.js';

export const LIMITS = {
  /** Table rows in one document, all tables together: ~40 µs and ~8 KB each from TSV, ~130 µs from .docx. */
  rows: 50_000,
  /** HTML elements, counted before parsing: the browser-grade tree with source lines peaks at ~3 KB per element. */
  htmlElements: 300_000,
  /** WordprocessingML elements of a .docx body, counted before parsing (a lighter tree than HTML's). */
  wordmlElements: 2_000_000,
  /** PDF pages: ~14 ms each for a page of table. */
  pages: 500,
} as const;

/** Throws TOO_COMPLEX when `count` of `what` is over `limit`. */
export function withinLimit(count: number, limit: number, what: string): void {
  if (count <= limit) return;
  throw new GongkaiError(
    'TOO_COMPLEX',
    `The input has ${count.toLocaleString('en')} ${what}, more than the ${limit.toLocaleString('en')} one input is read with.`,
  );
}

/** Opening tags in markup (HTML or XML), counted without parsing it. */
export function elementCount(markup: string): number {
  let count = 0;
  for (let at = markup.indexOf('<'); at >= 0; at = markup.indexOf('<', at + 1)) {
    const next = markup.charCodeAt(at + 1);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) count++;
  }
  return count;
}
