// Table → catalogue: parse each record's fields into the model (MODEL.md), give items ids, infer
// the agency and its province with evidence, and add up the cell accounting.
import type { Catalogue, Item, Source, TimeLimit } from './catalogue.generated.js';
import type { Table, TableRecord } from '../table/buildTable.js';
import { diagnostic, type Diagnostic, type Place, type Result } from '../diagnostics.js';
import { joinWrapped } from '../fields/cleanText.js';
import { parseMarkedList } from '../fields/marks.js';
import { splitMarkers } from '../fields/markers.js';
import { parseBasis } from '../fields/citations.js';
import { parseTimeLimit } from '../fields/timeLimit.js';
import { parseChannels } from '../fields/channels.js';
import { isTickField, pathField, type Field } from '../vocabulary/headers.js';
import { assignIds } from './assignIds.js';
import { inferAgency, type CatalogueOptions } from './inferAgency.js';
import { readMarks } from './readMarks.js';
import { append } from '../collections.js';

export type { CatalogueOptions };

export function buildCatalogue(table: Table, source: Source, options: CatalogueOptions = {}): Result<Catalogue> {
  const diagnostics: Diagnostic[] = [];
  const hasMarks = table.columns.some((c) => c.field !== null && isTickField(c.field));
  const has = (field: Field): boolean => table.columns.some((c) => c.field === field);
  const unknownChannels = new Map<string, { place: Place; count: number }>();
  const parse = parsers();
  let above: TimeLimit | null = null;

  const perItem: Diagnostic[][] = [];
  const items: Item[] = table.records.map((rec) => {
    const read = toItem(rec, { pathDepth: table.pathDepth, hasMarks, has }, above, parse);
    perItem.push([...rec.diagnostics, ...read.diagnostics]);
    above = read.item.timeLimit;
    for (const c of read.item.channels) {
      if (c.known) continue;
      const seen = unknownChannels.get(c.label) ?? { place: rec.place, count: 0 };
      seen.count++;
      unknownChannels.set(c.label, seen);
    }
    return read.item;
  });
  const idDiagnostics = assignIds(items, table.records);
  // A row's diagnostics name its item, now that items have ids.
  perItem.forEach((ds, i) =>
    append(
      diagnostics,
      ds.map((d) => ({ ...d, item: items[i]!.id })),
    ),
  );
  append(diagnostics, idDiagnostics);
  for (const [label, { place, count }] of unknownChannels) {
    diagnostics.push(
      diagnostic(
        'unknown-channel',
        'info',
        `Channel ${JSON.stringify(label)} is not in the vocabulary (${count} items); kept with known: false.`,
        place,
      ),
    );
  }
  for (const cell of table.preamble) {
    if (cell.text.trim() === table.title) continue;
    diagnostics.push(
      diagnostic('extra-cell', 'info', `Text before the table: ${JSON.stringify(cell.text.trim())}.`, cell.place),
    );
  }
  const outside = table.outside.filter((p) => p.text.trim() !== table.title);
  if (outside.length > 0) {
    const quoted = outside.map((p) => JSON.stringify(p.text.trim())).join(', ');
    diagnostics.push(diagnostic('extra-cell', 'info', `Text outside the table: ${quoted}.`, outside[0]!.place));
  }

  const inferred = inferAgency(table.title, items, options, source.name);
  const agency = inferred.value;
  append(diagnostics, inferred.diagnostics);
  if (agency.province === null && items.length > 0)
    diagnostics.push(
      diagnostic(
        'province-unknown',
        'info',
        'No province in the title, the agency name or the cited documents; pass --province to set it.',
      ),
    );

  const sum = (f: (r: TableRecord) => number): number => table.records.reduce((n, r) => n + f(r), 0);
  return {
    value: {
      kind: 'catalogue',
      schemaVersion: 2,
      title: table.title,
      agency,
      source,
      columns: table.columns.map((c) => ({ header: c.header, field: c.field, block: c.block })),
      items,
      diagnostics,
      stats: {
        rows: table.records.length,
        items: items.length,
        cells: sum((r) => r.cells),
        cellsMapped: sum((r) => r.cellsMapped),
        cellsKept: sum((r) => r.cellsKept),
      },
    },
    diagnostics,
  };
}

/**
 * Field parsers memoised per text: merged cells repeat one 依据 / 时限 / 渠道 text over many
 * rows. Each call returns a fresh copy, so no two items share an object.
 */
function parsers() {
  const memo = <T>(parse: (text: string) => T): ((text: string) => T) => {
    const cache = new Map<string, T>();
    return (text) => {
      let hit = cache.get(text);
      if (hit === undefined) cache.set(text, (hit = parse(text)));
      return structuredClone(hit);
    };
  };
  const timeLimit = memo((text: string) => parseTimeLimit(text));
  return {
    basis: memo(parseBasis),
    channels: memo((text: string) => parseChannels([text])),
    // 同上 takes the row above's values, so it is the one time limit that is not memoised.
    timeLimit: (text: string, above: TimeLimit | null): TimeLimit =>
      /^\s*同上/.test(text) ? parseTimeLimit(text, above) : timeLimit(text),
  };
}

type Parsers = ReturnType<typeof parsers>;

/** What the whole table says that each row's reading needs. */
interface TableShape {
  pathDepth: number;
  hasMarks: boolean;
  has: (field: Field) => boolean;
}

function toItem(
  rec: TableRecord,
  { pathDepth, hasMarks, has }: TableShape,
  above: TimeLimit | null,
  parse: Parsers,
): { item: Item; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const get = (field: Field): string | null => {
    const v = rec.values.get(field);
    return v === undefined || v === '' ? null : v;
  };
  const name = (field: Field): string | null => {
    const v = get(field);
    return v === null ? null : joinWrapped(v);
  };
  const markers: string[] = [];
  const path: string[] = [];
  for (let level = 1; level <= pathDepth; level++) {
    const v = name(pathField(level));
    if (v === null) continue;
    const split = splitMarkers(v);
    append(markers, split.markers);
    if (split.name !== '') path.push(split.name);
  }

  const basisText = get('basis') ?? get('requirement');
  const timeText = get('timeLimit') ?? get('requirement');
  const channelText = get('channels');
  const channels = channelText === null ? { channels: [], symbolFont: false } : parse.channels(channelText);
  const rowHasMarks = [...rec.values.keys()].some((k) => isTickField(k) && get(k) !== null);
  const marks = readMarks(rec, get, rowHasMarks, has);
  if (hasMarks && !rowHasMarks && get('audience') === null && get('mode') === null) {
    diagnostics.push(
      diagnostic(
        'no-marks',
        'warning',
        'The row ticks neither an audience nor a mode: both left unknown (null).',
        rec.place,
      ),
    );
  }
  if (channels.symbolFont || marks.symbolFont) {
    diagnostics.push(
      diagnostic('symbol-font-mark', 'info', 'A symbol-font character was read as a check mark.', rec.place),
    );
  }

  const item: Item = {
    id: '',
    seq: name('seq'),
    stage: name('stage'),
    path,
    content: get('content'),
    basis:
      basisText === null
        ? null
        : get('basis') === null
          ? requirementBasis(parse.basis(basisText))
          : parse.basis(basisText),
    timeLimit: timeText === null ? null : parse.timeLimit(timeText, above),
    publisher: name('publisher'),
    channels: channels.channels,
    audience: marks.audience,
    mode: marks.mode,
    level: marks.level,
    form: has('form') ? readForm(get('form')) : null,
    contact: has('contact') ? get('contact') : null,
    markers,
    note: get('note'),
    extra: Object.fromEntries(rec.extra), // own properties, whatever the keys
    ...(rec.filled.length > 0 && { filledDown: rec.filled }),
    source: {
      rows: rec.lines,
      block: rec.block,
      ...(rec.place.sheet !== undefined && { sheet: rec.place.sheet }),
      ...(rec.place.page !== undefined && { page: rec.place.page }),
    },
  };
  return { item, diagnostics };
}

/** A 公开要求 cell holds both 依据 and 时限: the time limit it names is not a citation. */
function requirementBasis(basis: NonNullable<Item['basis']>): NonNullable<Item['basis']> {
  const isTime = (text: string): boolean => {
    const t = parseTimeLimit(text);
    return t.days !== null || t.qualifier !== null;
  };
  return { ...basis, citations: basis.citations.filter((c) => c.quoted !== false || !isTime(c.title)) };
}

/** 公开形式: the options ticked (■全文发布 □区分处理后发布), or the options written out. */
function readForm(text: string | null): string[] {
  if (text === null) return [];
  const { lead, items } = parseMarkedList(text);
  if (items.length > 0) return items.filter((i) => i.state === 'checked' && i.label !== '').map((i) => i.label);
  return lead.split(/[、，,；;/\s]+/).filter((w) => w !== '');
}
