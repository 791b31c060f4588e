// CSV (and Excel-quoted TSV) → Layout, through papaparse. The delimiter is passed, never guessed
// by papaparse (which takes `,` for a two-column TSV): read/sniffDelimiter decides it. A field that starts with a quote but does not end with one (`"双随机、一公开"监管结果`)
// makes papaparse swallow the rest of the file, so on quote errors the text is parsed again with
// quoting off, and a diagnostic says so. Records become blocks as in fromTsv.
import Papa from 'papaparse';
import { blocksFromRecords, type Layout } from './layout.js';
import { diagnostic, type Diagnostic, type Result } from '../diagnostics.js';
import { append } from '../collections.js';
import { requoteStrayQuotes } from '../read/requoteStrayQuotes.js';

export function fromDelimited(text: string, delimiter: string): Result<Layout> {
  const diagnostics: Diagnostic[] = [];
  const requoted = requoteStrayQuotes(text, delimiter);
  for (const line of requoted.lines) {
    diagnostics.push(
      diagnostic(
        'stray-quote',
        'warning',
        'A field opens with a quote mark that does not close it; read as plain text, quote marks kept.',
        { line },
      ),
    );
  }
  let parsed = parse(requoted.text, delimiter, '"');
  if (parsed.errors.some((e) => e.type === 'Quotes')) {
    parsed = parse(text, delimiter, '\u0000');
    diagnostics.push(
      diagnostic(
        'stray-quote',
        'warning',
        'Quote marks could not be paired; the whole file was read with quoting off, quote marks kept as text.',
      ),
    );
  }
  return { value: { blocks: blocksFromRecords(parsed.rows), title: null }, diagnostics };
}

function parse(
  text: string,
  delimiter: string,
  quoteChar: string,
): { rows: Array<{ fields: string[]; line: number }>; errors: Papa.ParseError[] } {
  const rows: Array<{ fields: string[]; line: number }> = [];
  const errors: Papa.ParseError[] = [];
  let line = 1;
  let consumed = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar,
    newline: text.includes('\r\n') ? '\r\n' : '\n',
    skipEmptyLines: false,
    step: (result) => {
      rows.push({ fields: result.data, line });
      append(errors, result.errors);
      const cursor = result.meta.cursor;
      for (let i = consumed; i < cursor; i++) if (text.charCodeAt(i) === 10) line++;
      consumed = cursor;
    },
  });
  return { rows, errors };
}
