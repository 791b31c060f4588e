// One reader per format, each Input → Layout. A new format is a reader file and a line here.
// Readers that need a large parser (parse5 and cheerio, SheetJS, pdf.js) are loaded when their format is
// first met, so that reading a TSV does not pay for parsing HTML.
import type { Result } from '../diagnostics.js';
import type { Format, Input } from '../read/input.js';
import type { Layout } from './layout.js';
import { fromCells } from './fromCells.js';
import { fromDelimited } from './fromDelimited.js';
import { fromTsv } from './fromTsv.js';

type Reader = (input: Input) => Result<Layout> | Promise<Result<Layout>>;

const delimitedOr =
  (read: (text: string) => Result<Layout>): Reader =>
  (input) =>
    input.delimiter === null ? read(input.text) : fromDelimited(input.text, input.delimiter);

const workbook: Reader = async (input) =>
  (await import('./fromWorkbook.js')).fromWorkbook(input.bytes, input.container);

export const readers: Record<Format, Reader> = {
  tsv: delimitedOr(fromTsv),
  csv: delimitedOr(fromTsv),
  cells: (input) => fromCells(input.text),
  text: (input) => fromTsv(input.text), // prose: each line a paragraph
  html: async (input) => (await import('./fromHtml.js')).fromHtml(input.text),
  docx: async (input) => (await import('./fromDocx.js')).fromDocx(input.text, input.pageHeaders),
  doc: async (input) => (await import('./fromDoc.js')).fromDoc(input.bytes),
  pdf: async (input) => (await import('./fromPdf.js')).fromPdf(input.bytes),
  xlsx: workbook,
  xls: workbook,
  ods: workbook,
};

export async function readLayout(input: Input): Promise<Result<Layout>> {
  return readers[input.format](input);
}
