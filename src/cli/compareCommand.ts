// `gongkai compare INPUT…`: relate many catalogues through the built-in topic list and print the
// coverage matrix (or write it as CSV, JSON or an HTML report).
import { readFile } from 'node:fs/promises';
import { basename, sep } from 'node:path';
import Papa from 'papaparse';
import { parseArgs } from 'node:util';
import { provinceOfName } from '../vocabulary/provinces.js';
import { compare } from '../compare/compare.js';
import { comparisonCsv, comparisonHtml } from '../render/compareViews.js';
import { displayWidth, padTo } from '../render/textWidth.js';
import type { Catalogue } from '../model/catalogue.generated.js';
import { inputPaths, loadDocument } from './documents.js';
import { writeFileAtomic } from './writeFileAtomic.js';
import { printable, UsageError, type Io } from './io.js';
import { maxOf } from '../collections.js';

export const compareUsage = `Usage: gongkai compare INPUT… [--group-by province|city|agency] [--html FILE] [--csv FILE] [--json]
                       [--province INPUT=省]… [--city INPUT=市]… [--places FILE.csv]

Relates catalogues (source files, folders, or JSON written by normalise) through a list of
disclosure topics: which agency covers which topic, and how alike agencies are. Annual reports
among the inputs are skipped with a note; an input that cannot be read is named, the others are
compared, and the exit code is 1. --province and --city set one input's province or city where
the document does not say it or says it wrongly (INPUT: its path as listed, or its file name,
x.docx for a normalised x.docx.json); repeat them for more inputs, or list them in --places, a
CSV with the header input,province,city (a blank cell sets nothing; a flag overrides the file).
`;

export async function compareCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      'group-by': { type: 'string', default: 'province' },
      html: { type: 'string' },
      csv: { type: 'string' },
      json: { type: 'boolean', default: false },
      province: { type: 'string', multiple: true, default: [] },
      city: { type: 'string', multiple: true, default: [] },
      places: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(compareUsage);
    return 0;
  }
  const groupBy = values['group-by'];
  if (groupBy !== 'province' && groupBy !== 'city' && groupBy !== 'agency')
    throw new UsageError('--group-by is province, city or agency.');
  const catalogues: Catalogue[] = [];
  let failed = 0;
  const paths = await inputPaths(positionals);
  const listed = values.places ? await placesFile(values.places) : { province: [], city: [] };
  const flags = (flag: '--province' | '--city', given: string[]): Setting[] =>
    given.map((option) => {
      const at = option.lastIndexOf('=');
      const [input, name] = [option.slice(0, at), option.slice(at + 1).trim()];
      if (at <= 0 || name === '') throw new UsageError(`${flag} takes INPUT=name, not ${JSON.stringify(option)}.`);
      return { from: `${flag} ${input}`, input, name };
    });
  const provinces = overrides([...listed.province, ...flags('--province', values.province)], paths);
  const cities = overrides([...listed.city, ...flags('--city', values.city)], paths);
  for (const path of paths) {
    const loaded = await loadDocument(path);
    if (loaded.kind === 'catalogue') catalogues.push(placed(loaded.document, provinces.get(path), cities.get(path)));
    else if (loaded.kind === 'annual-report') io.stderr(`${printable(path)}: an annual report; skipped\n`);
    else {
      failed++;
      io.stderr(`${printable(path)}: ${loaded.code}: ${loaded.message}\n`);
    }
  }
  if (catalogues.length < 2)
    throw new UsageError(`compare needs at least two catalogues; it read ${catalogues.length}.`);
  const result = compare(catalogues, { groupBy });
  if (values.html) await writeFileAtomic(values.html, comparisonHtml(result));
  if (values.csv) await writeFileAtomic(values.csv, comparisonCsv(result));
  if (values.json) io.stdout(JSON.stringify(result, null, 2) + '\n');
  else io.stdout(matrix(result));
  return failed > 0 ? 1 : 0;
}

/** A place given for one input: where it was said, the input (path or file name), the name. */
interface Setting {
  from: string;
  input: string;
  name: string;
}

/** Settings by the input path they name (the path as listed, or its file name, without .json too); a later one wins. */
function overrides(settings: readonly Setting[], paths: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { from, input, name } of settings) {
    // A normalised document (x.docx.json) answers to its source's name too (x.docx).
    const named = paths.filter((p) =>
      [p, p.replace(/\.json$/, '')].some((q) => q === input || basename(q) === input || q.endsWith(`${sep}${input}`)),
    );
    if (named.length === 0) throw new UsageError(`${printable(from)}: no input has that path or name.`);
    for (const p of named) out.set(p, name);
  }
  return out;
}

/** The settings a --places CSV lists: a row per input, its province and city (blank: not set). */
async function placesFile(path: string): Promise<{ province: Setting[]; city: Setting[] }> {
  const text = await readFile(path, 'utf8').catch((error: Error) => {
    throw new UsageError(`--places ${printable(path)}: ${error.message}`);
  });
  const { data, meta } = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  if (!meta.fields?.includes('input') || !meta.fields.some((f) => f === 'province' || f === 'city'))
    throw new UsageError(`--places ${printable(path)}: the header must name input and province or city.`);
  const out = { province: [] as Setting[], city: [] as Setting[] };
  data.forEach((row, k) => {
    const input = row.input?.trim() ?? '';
    for (const field of ['province', 'city'] as const) {
      const name = row[field]?.trim() ?? '';
      if (input !== '' && name !== '') out[field].push({ from: `${path}, row ${k + 2}, ${input}`, input, name });
    }
  });
  return out;
}

/** The catalogue with its province or city set as told, and said so in its agency's evidence. */
function placed(doc: Catalogue, province: string | undefined, city: string | undefined): Catalogue {
  if (province === undefined && city === undefined) return doc;
  const agency = { ...doc.agency, evidence: [...doc.agency.evidence] };
  if (province !== undefined) {
    agency.province = provinceOfName(province) ?? province;
    agency.evidence.push({ field: 'province', from: 'option', text: province });
  }
  if (city !== undefined) {
    agency.city = city;
    agency.evidence.push({ field: 'city', from: 'option', text: city });
  }
  return { ...doc, agency };
}

/** The coverage matrix as text: a row per topic any agency covers, a column per agency. */
function matrix(c: ReturnType<typeof compare>): string {
  const names = c.agencies.map((a) => `${a.name ?? a.source}${a.province ? `（${a.province}）` : ''}`);
  const first = maxOf(c.topics.map((t) => displayWidth(t.name)));
  const widths = names.map((n) => Math.max(displayWidth(n), 3));
  const line = (label: string, cells: string[]): string =>
    `${padTo(label, first)}  ${cells.map((s, i) => padTo(s, widths[i]!, true)).join('  ')}`.trimEnd();
  const rows = c.topics.flatMap((t, k) =>
    c.coverage[k]!.some((n) => n > 0)
      ? [
          line(
            t.name,
            c.coverage[k]!.map((n) => (n ? String(n) : '·')),
          ),
        ]
      : [],
  );
  return [
    line('', names),
    ...rows,
    line(
      '未归类',
      c.agencies.map((a) => String(a.items - a.assigned)),
    ),
    '',
  ].join('\n');
}
