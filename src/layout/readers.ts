// One reader per format, each Input → Layout. A new format is a reader file and a line here.
import type { Result } from '../diagnostics.js';
import type { Format, Input } from '../read/input.js';
import type { Layout } from './layout.js';
import { fromCells } from './fromCells.js';
import { fromDelimited } from './fromDelimited.js';
import { fromDocx } from './fromDocx.js';
import { fromHtml } from './fromHtml.js';
import { fromTsv } from './fromTsv.js';
import { fromWorkbook } from './fromWorkbook.js';
import { fromDoc } from './fromDoc.js';

type Reader = (input: Input) => Result<Layout> | Promise<Result<Layout>>;

const delimitedOr =
  (read: (text: string) => Result<Layout>): Reader =>
  (input) =>
    input.delimiter === null ? read(input.text) : fromDelimited(input.text, input.delimiter);

export const readers: Record<Format, Reader> = {
  tsv: delimitedOr(fromTsv),
  csv: delimitedOr(fromTsv),
  cells: (input) => fromCells(input.text),
  html: (input) => fromHtml(input.text),
  docx: (input) => fromDocx(input.bytes, input.text, input.pageHeaders),
  text: (input) => fromTsv(input.text), // prose: each line a paragraph
  xlsx: (input) => fromWorkbook(input.bytes, input.container),
  xls: (input) => fromWorkbook(input.bytes, input.container),
  ods: (input) => fromWorkbook(input.bytes, input.container),
  doc: (input) => fromDoc(input.bytes),
};

export async function readLayout(input: Input): Promise<Result<Layout>> {
  return readers[input.format](input);
}
