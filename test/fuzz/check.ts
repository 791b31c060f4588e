// What every case must satisfy, whatever the input: the reader answers with a typed error or a
// document that validates; a catalogue's stats add up; every data cell the case lists is found
// in the output; no CSV or TSV the project writes from it holds a cell a spreadsheet would run;
// and it finishes within the time bound.
import Papa from 'papaparse';
import { normalise, validate, GongkaiError, diff, diffTsv, compare, comparisonCsv } from '../../src/index.js';
import type { Catalogue } from '../../src/index.js';
import { itemsCsvRows } from '../../src/render/itemsCsv.js';
import { childField } from '../../src/vocabulary/headers.js';
import type { FuzzCase } from './cases.js';

export type FindingKind = 'untyped' | 'invalid' | 'stats' | 'lost' | 'formula' | 'slow';

export interface Finding {
  kind: FindingKind;
  detail: string;
}

export interface Outcome {
  /** The error code, or the document kind. */
  result: string;
  ms: number;
  findings: Finding[];
}

/** Runs of letters, digits and CJK characters: what must survive, whatever is made of marks and spaces. */
const runsOf = (text: string): string[] => text.match(/[\p{Script=Han}A-Za-z0-9]+/gu) ?? [];

function strings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  return out;
}

const FORMULA = /^[=+\-@\t\r]/;

/** Cells of a CSV (RFC 4180 quoting) or of a TSV without quoting, where a leading quote mark is a cell's text. */
function formulaCells(text: string, what: string, delimiter: ',' | '\t', skipFirstColumn = false): Finding[] {
  const rows =
    delimiter === ',' ? Papa.parse<string[]>(text, { delimiter }).data : text.split('\n').map((l) => l.split('\t'));
  const unsafe = delimiter === ',' ? FORMULA : /^([=+\-@\t\r]|")/;
  const found: Finding[] = [];
  for (const row of rows)
    row.forEach((cell, j) => {
      if ((skipFirstColumn && j === 0) || !unsafe.test(cell)) return;
      found.push({ kind: 'formula', detail: `${what}: ${JSON.stringify(cell.slice(0, 40))}` });
    });
  return found;
}

export async function check(c: FuzzCase, boundMs = 10_000): Promise<Outcome> {
  const started = performance.now();
  const findings: Finding[] = [];
  let result: string;
  try {
    const read = await normalise(c.bytes, { name: c.name });
    result = read.kind;
    const validation = validate(read.document);
    if (!validation.valid) findings.push({ kind: 'invalid', detail: validation.errors.slice(0, 3).join('; ') });
    if (read.kind === 'catalogue') {
      const doc = read.document;
      const { cells, cellsMapped, cellsKept } = doc.stats;
      if (cells !== cellsMapped + cellsKept)
        findings.push({ kind: 'stats', detail: `cells ${cells} ≠ mapped ${cellsMapped} + kept ${cellsKept}` });
      const haystack = strings(doc, []).join('\n').replace(/\s+/g, '');
      // An option a mark column names (全社会, 依申请公开) is read as its field's true or false.
      const lost = [...new Set(c.cells.flatMap(runsOf))].filter(
        (run) => !haystack.includes(run) && childField(run) === null,
      );
      if (lost.length > 0) findings.push({ kind: 'lost', detail: lost.slice(0, 5).join(' | ') });
      findings.push(...spreadsheetCells(doc));
    }
  } catch (error) {
    if (error instanceof GongkaiError) result = error.code;
    else {
      result = 'untyped';
      findings.push({ kind: 'untyped', detail: String((error as Error)?.stack ?? error).slice(0, 400) });
    }
  }
  const ms = performance.now() - started;
  if (ms > boundMs) findings.push({ kind: 'slow', detail: `${Math.round(ms)} ms` });
  return { result, ms, findings };
}

/** The items CSV, the diff TSV (its first column holds the markers) and the comparison CSV. */
function spreadsheetCells(doc: Catalogue): Finding[] {
  const other: Catalogue = { ...doc, items: doc.items.slice(1) };
  return [
    ...formulaCells(itemsCsvRows(doc), 'items CSV', ','),
    ...formulaCells(diffTsv(diff(doc, other), doc, other), 'diff TSV', '\t', true),
    ...formulaCells(comparisonCsv(compare([doc, other])), 'compare CSV', ','),
  ];
}
