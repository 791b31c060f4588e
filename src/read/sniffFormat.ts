import { sniffDelimiter } from './sniffDelimiter.js';

// Which text shape is this? Decided from the content, never from the file name.
//  - tsv:   rows of tab-separated cells, one row a line;
//  - cells: one cell a line, each cell led by a tab, rows separated by blank lines (a Word table
//           dumped paragraph by paragraph);
//  - csv:   rows of comma- (or ;-, |-) separated fields, Excel quoting;
//  - html:  a page with a <table>;
//  - text:  prose without a table shape.
export type TextFormat = 'tsv' | 'cells' | 'csv' | 'html' | 'text';

/** Most records split into three or more fields by a delimiter other than tab. */
function looksDelimited(text: string): boolean {
  const { delimiter, split, sampled } = sniffDelimiter(text);
  return delimiter !== '\t' && split >= 2 && split >= sampled * 0.5;
}

export function sniffFormat(text: string): TextFormat {
  const head = text.slice(0, 64 * 1024).toLowerCase();
  // A page, or a fragment of one (a CMS export starts straight with <p>): starts with a tag and is made of block tags.
  if (
    /<(table|html|!doctype html)[\s>]/.test(head) ||
    (/^\s*</.test(head) && (head.match(/<(p|div|br|td|span)[\s>/]/g)?.length ?? 0) >= 3)
  )
    return 'html';
  let inner = 0; // lines with a tab after their first character: tab-separated rows
  let leading = 0; // lines that are one tab-led cell and nothing else
  for (const line of text.split(/\r?\n/)) {
    const at = line.indexOf('\t', 1);
    if (at > 0 && line.slice(at).trim() !== '') inner++;
    else if (line.startsWith('\t') && line.indexOf('\t', 1) < 0) leading++;
  }
  if (inner === 0 && leading === 0) return looksDelimited(text) ? 'csv' : 'text';
  return leading > inner * 3 ? 'cells' : 'tsv';
}
