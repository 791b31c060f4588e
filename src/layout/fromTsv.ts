// Tab-separated text → Layout. Word and WPS exports are not quoted, so a line is a row and a tab a
// cell boundary; a blank line closes a table, and a line of one field is a paragraph. (Quoted
// TSV, as Excel writes it, goes through the delimited reader.)
import type { Result } from '../diagnostics.js';
import { blocksFromRecords, type Layout } from './layout.js';

export function fromTsv(text: string): Result<Layout> {
  const records = text.split(/\r?\n/).map((raw, index) => ({ fields: raw.split('\t'), line: index + 1 }));
  return { value: { blocks: blocksFromRecords(records), title: null }, diagnostics: [] };
}
