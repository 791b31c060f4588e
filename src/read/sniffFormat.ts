import { sniffDelimiter } from '../grid/fromDelimited.js';

// Which text shape is this? Decided from the content, never from the file name.
//  - tsv:   rows of tab-separated cells, one row a line;
//  - cells: one cell a line, each cell led by a tab, rows separated by blank lines (a Word table
//           dumped paragraph by paragraph);
//  - csv:   rows of comma- (or ;-, |-) separated fields, Excel quoting;
//  - html:  a page with a <table>;
//  - text:  prose without a table shape.
export type TextFormat = 'tsv' | 'cells' | 'csv' | 'html' | 'text';

/** Most lines split into the same number (≥ 3) of fields by the sniffed delimiter. */
function looksDelimited(text: string): boolean {
  const d = sniffDelimiter(text);
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 50);
  const counts = lines.map((l) => l.split(d).length);
  const usual = counts.filter((n) => n >= 3).length;
  return usual >= Math.max(2, lines.length * 0.5);
}

export function sniffFormat(text: string): TextFormat {
  const head = text.slice(0, 4096).toLowerCase();
  if (/<(table|html|!doctype html)[\s>]/.test(head)) return 'html';
  let inner = 0; // lines with a tab after their first character: tab-separated rows
  let leading = 0; // lines that are one tab-led cell and nothing else
  for (const line of text.split(/\r?\n/)) {
    const at = line.indexOf('\t', 1);
    if (at > 0 && line.slice(at).trim() !== '' ) inner++;
    else if (line.startsWith('\t') && line.indexOf('\t', 1) < 0) leading++;
  }
  if (inner === 0 && leading === 0) return sniffDelimiter(text) !== '\t' && looksDelimited(text) ? 'csv' : 'text';
  return leading > inner * 3 ? 'cells' : 'tsv';
}
