// CSV (and Excel-quoted TSV) → Layout, through papaparse. The delimiter is passed, never guessed
// by papaparse (which takes `,` for a two-column TSV): read/sniffDelimiter decides it. A field that starts with a quote but does not end with one (`"双随机、一公开"监管结果`)
// makes papaparse swallow the rest of the file, so on quote errors the text is parsed again with
// quoting off, and a diagnostic says so. Records become blocks as in fromTsv.
import Papa from 'papaparse';
import { blocksFromRecords, type Layout } from './layout.js';
import { diagnostic, type Diagnostic, type Result } from '../diagnostics.js';
import { append } from '../collections.js';

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

/**
 * Re-quote fields that open with `"` but whose closing quote is not followed by the end of the
 * field: `"双随机、一公开"监管结果` becomes `"""双随机、一公开""监管结果"`, which any CSV reader takes
 * for the text as printed. Newlines are unchanged, so line numbers still hold.
 */
export function requoteStrayQuotes(text: string, delimiter: string): { text: string; lines: number[] } {
  const lines: number[] = [];
  const ends = (c: string | undefined): boolean => c === undefined || c === delimiter || c === '\n' || c === '\r';
  let out = '';
  let line = 1;
  let fieldStart = true;
  for (let i = 0; i < text.length;) {
    const ch = text[i]!;
    if (fieldStart && ch === '"') {
      let j = i + 1;
      while (j < text.length && !(text[j] === '"' && text[j + 1] !== '"')) j += text[j] === '"' ? 2 : 1;
      if (j < text.length && ends(text[j + 1])) {
        const field = text.slice(i, j + 1);
        line += field.split('\n').length - 1;
        out += field;
        i = j + 1;
      } else {
        let k = i;
        while (!ends(text[k])) k++;
        out += `"${text.slice(i, k).replace(/"/g, '""')}"`;
        lines.push(line);
        i = k;
      }
      fieldStart = false;
      continue;
    }
    if (ch === '\n') line++;
    out += ch;
    fieldStart = ch === delimiter || ch === '\n';
    i++;
  }
  return { text: out, lines };
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
