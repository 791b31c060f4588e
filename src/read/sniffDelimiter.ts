// Which delimiter splits a text's records? Counted, never guessed by papaparse (which takes `,`
// for a two-column TSV).
import Papa from 'papaparse';
import { maxOf } from '../collections.js';
import { requoteStrayQuotes } from './requoteStrayQuotes.js';

const CANDIDATES = [',', '\t', ';', '|'] as const;

/**
 * The candidate that splits most records into the same number (≥ 2) of fields; how many records
 * that is, of how many sampled, and how many it splits into three or more. Records, not lines:
 * a quoted cell may hold many lines.
 */
export function sniffDelimiter(text: string): { delimiter: string; records: number; sampled: number; split: number } {
  const sample = sampleOf(text);
  let best = { delimiter: ',', records: 0, sampled: 0, split: 0 };
  for (const delimiter of CANDIDATES) {
    // Counted on the text as the reader will parse it: a field like "双随机、一公开"监管结果 re-quoted.
    const rows = Papa.parse<string[]>(requoteStrayQuotes(sample, delimiter).text, {
      delimiter,
      preview: 50,
      skipEmptyLines: 'greedy',
    }).data;
    const counts = new Map<number, number>();
    for (const r of rows) if (r.length >= 2) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    const records = maxOf(counts.values(), 0);
    if (records > best.records)
      best = { delimiter, records, sampled: rows.length, split: rows.filter((r) => r.length >= 3).length };
  }
  return best;
}

/** The first 64 KiB, and on to the end of the line there (a long first record is whole), at most 1 MiB. */
function sampleOf(text: string): string {
  if (text.length <= 64 * 1024) return text;
  const end = text.indexOf('\n', 64 * 1024);
  return text.slice(0, end < 0 ? 1024 * 1024 : Math.min(end + 1, 1024 * 1024));
}
