// One CSV row per item across many catalogues: the flat view data teams load into a spreadsheet
// or a data frame. Lists are joined with 、; booleans are true/false, unknown is empty; a cell a
// spreadsheet would run as a formula starts with an apostrophe (spreadsheetSafe); ids and 序号
// are always quoted.
import Papa from 'papaparse';
import type { Catalogue } from '../model/catalogue.generated.js';
import { spreadsheetSafe } from './spreadsheetSafe.js';

const COLUMNS = [
  'source',
  'agency',
  'province',
  'id',
  'seq',
  'stage',
  'path',
  'markers',
  'content',
  'basis',
  'citations',
  'timeLimit',
  'timeLimitDays',
  'timeLimitUnit',
  'publisher',
  'channelsChecked',
  'channelsUnchecked',
  'audiencePublic',
  'audienceSpecific',
  'modeProactive',
  'modeOnRequest',
  'level',
  'note',
  'extra',
  'rows',
] as const;

const flag = (b: boolean | null): string => (b === null ? '' : String(b));

export function itemsCsv(documents: readonly Catalogue[]): string {
  return itemsCsvHeader() + documents.map((doc) => itemsCsvRows(doc)).join('');
}

export const itemsCsvHeader = (): string => COLUMNS.join(',') + '\n';

/**
 * One catalogue's rows, without the header: what a bulk run appends as each catalogue comes. The
 * source column is the document's file name, or the name given (a bulk run's path below its folder).
 */
export function itemsCsvRows(doc: Catalogue, source: string = doc.source.name): string {
  if (doc.items.length === 0) return '';
  const rows = doc.items.map((it) => [
    source,
    doc.agency.name ?? '',
    doc.agency.province ?? '',
    it.id,
    it.seq ?? '',
    it.stage ?? '',
    it.path.join(' / '),
    it.markers.join(''),
    it.content ?? '',
    it.basis?.text ?? '',
    (it.basis?.citations ?? []).map((c) => (c.docNo ? `${c.title}（${c.docNo}）` : c.title)).join('、'),
    it.timeLimit?.text ?? '',
    it.timeLimit?.days ?? '',
    it.timeLimit?.unit ?? '',
    it.publisher ?? '',
    it.channels
      .filter((c) => c.checked)
      .map((c) => c.name)
      .join('、'),
    it.channels
      .filter((c) => !c.checked)
      .map((c) => c.name)
      .join('、'),
    flag(it.audience.public),
    flag(it.audience.specific),
    flag(it.mode.proactive),
    flag(it.mode.onRequest),
    it.level.join('、'),
    it.note ?? '',
    Object.keys(it.extra).length > 0 ? JSON.stringify(it.extra) : '',
    it.source.rows.join(' '),
  ]);
  return (
    Papa.unparse(
      rows.map((row) => row.map((cell) => spreadsheetSafe(String(cell)))),
      { newline: '\n', quotes: QUOTED },
    ) + '\n'
  );
}

/**
 * Columns always quoted: ids and 序号 are text (1.10 is not 1.1), and a quote says so to a reader
 * that heeds it. pandas and DuckDB infer types from the values, quoted or not: the README says
 * how to load these columns as text.
 */
const QUOTED = COLUMNS.map((c) => c === 'id' || c === 'seq');
