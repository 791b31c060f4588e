// Tab-separated text → grid. Word and WPS exports are not quoted, so a line is a row and a tab a
// cell boundary; a blank line closes a table part. (Quoted CSV/TSV goes through the CSV reader.)
import type { Grid, GridRow } from './grid.js';
import type { Result } from '../diagnostics.js';
import { isBlank } from './grid.js';

export function fromTsv(text: string): Result<Grid> {
  const rows: GridRow[] = [];
  let block = 1;
  let sawRowInBlock = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const parts = raw.split('\t');
    if (parts.every(isBlank)) {
      if (parts.length === 1 && sawRowInBlock) {
        block++;
        sawRowInBlock = false;
      }
      return;
    }
    rows.push({ line, block, cells: parts.map((text, i) => ({ text, line, column: i + 1 })) });
    sawRowInBlock = true;
  });
  return { value: { rows }, diagnostics: [] };
}
