// Tab-separated text → grid. Word and WPS exports are not quoted, so a line is a row and a tab a
// cell boundary; a blank line closes a table part. (Quoted CSV/TSV goes through the CSV reader.)
import type { Grid } from './grid.js';
import type { Result } from '../diagnostics.js';
import { rowsFromRecords } from './grid.js';

export function fromTsv(text: string): Result<Grid> {
  const records = text.split(/\r?\n/).map((raw, index) => ({ fields: raw.split('\t'), line: index + 1 }));
  return { value: { rows: rowsFromRecords(records) }, diagnostics: [] };
}
