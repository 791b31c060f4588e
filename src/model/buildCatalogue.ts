// Table → catalogue: parse each record's fields into the model (MODEL.md), give items ids, infer
// the agency and its province with evidence, and add up the cell accounting.
import type { Agency, Audience, Catalogue, Evidence, Item, Mode, Source, TimeLimit } from './catalogue.generated.js';
import type { Table, TableRecord } from '../table/buildTable.js';
import { diagnostic, type Diagnostic, type Place, type Result } from '../diagnostics.js';
import { joinWrapped } from '../fields/cleanText.js';
import { splitMarkers } from '../fields/markers.js';
import { parseBasis } from '../fields/citations.js';
import { parseTimeLimit } from '../fields/timeLimit.js';
import { parseChannels } from '../fields/channels.js';
import { parseMarkCell, parseMarkedList } from '../fields/marks.js';
import { childField, isTickField, levelOf, pathField, type Field, type FieldKind } from '../vocabulary/headers.js';
import { provinceOfCitation, provinceOfName } from './province.js';

export interface CatalogueOptions {
  /** Overrides the inferred agency name. */
  agency?: string;
  /** Overrides the inferred province. */
  province?: string;
}

export function buildCatalogue(table: Table, source: Source, options: CatalogueOptions = {}): Result<Catalogue> {
  const diagnostics: Diagnostic[] = [];
  const hasMarks = table.columns.some((c) => c.field !== null && isTickField(c.field));
  const unknownChannels = new Map<string, { place: Place; count: number }>();
  const parse = parsers();
  let above: TimeLimit | null = null;

  const perItem: Diagnostic[][] = [];
  const items: Item[] = table.records.map((rec) => {
    const read = toItem(rec, table.pathDepth, above, hasMarks, parse);
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
  diagnostics.push(...perItem.flatMap((ds, i) => ds.map((d) => ({ ...d, item: items[i]!.id }))), ...idDiagnostics);
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

  const agency = inferAgency(table.title, items, options);
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

function toItem(
  rec: TableRecord,
  pathDepth: number,
  above: TimeLimit | null,
  hasMarks: boolean,
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
    markers.push(...split.markers);
    if (split.name !== '') path.push(split.name);
  }

  const basisText = get('basis') ?? get('requirement');
  const timeText = get('timeLimit') ?? get('requirement');
  const channelText = get('channels');
  const channels = channelText === null ? { channels: [], symbolFont: false } : parse.channels(channelText);
  const rowHasMarks = [...rec.values.keys()].some((k) => isTickField(k) && get(k) !== null);
  const marks = readMarks(rec, get, rowHasMarks);
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
    markers,
    note: get('note'),
    extra: rec.extra,
    ...(rec.filled.length > 0 && { filledDown: rec.filled }),
    source: { rows: [rec.line], block: rec.block },
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

interface Marks {
  audience: Audience;
  mode: Mode;
  level: string[];
  symbolFont: boolean;
}

/** Mark columns (√ / blank) or a single column naming the options (■全社会 □特定群众, 主动公开). */
function readMarks(rec: TableRecord, get: (f: Field) => string | null, rowHasMarks: boolean): Marks {
  let symbolFont = false;
  const tick = (field: Field): { value: boolean | null; note: string | null } => {
    const cell = parseMarkCell(get(field) ?? '');
    symbolFont ||= cell.symbolFont;
    return { value: cell.value ?? (rowHasMarks ? false : null), note: cell.note };
  };
  const notes = (...n: Array<string | null>): string | null => n.filter((x) => x !== null).join('；') || null;

  const audience = listedOptions(get('audience'));
  const mode = listedOptions(get('mode'));
  const pub = tick('audience.public');
  const spec = tick('audience.specific');
  const pro = tick('mode.proactive');
  const req = tick('mode.onRequest');
  const level = [...rec.values.keys()]
    .filter((k) => levelOf(k) !== null && parseMarkCell(get(k) ?? '').value === true)
    .map((k) => levelOf(k)!);
  return {
    audience: audience
      ? {
          public: audience.value('audience.public'),
          specific: audience.value('audience.specific'),
          note: audience.note,
        }
      : { public: pub.value, specific: spec.value, note: notes(pub.note, spec.note) },
    mode: mode
      ? { proactive: mode.value('mode.proactive'), onRequest: mode.value('mode.onRequest'), note: mode.note }
      : { proactive: pro.value, onRequest: req.value, note: notes(pro.note, req.note) },
    level,
    symbolFont,
  };
}

/**
 * One cell that names the options itself: `■全社会 □特定群众`, `主动公开`, `主动公开、依申请公开`.
 * An option listed without a box counts as ticked; one not listed at all, as not ticked.
 */
function listedOptions(
  text: string | null,
): { value: (kind: FieldKind) => boolean | null; note: string | null } | null {
  if (text === null) return null;
  const { lead, items } = parseMarkedList(text);
  const options =
    items.length > 0
      ? items.map((i) => ({ kind: childField(i.label), on: i.state === 'checked', label: i.label }))
      : lead.split(/[、，,；;\s]+/).map((w) => ({ kind: childField(w), on: true, label: w }));
  const named = options.some((o) => o.kind !== null);
  return {
    value: (kind) => (named ? options.some((o) => o.kind === kind && o.on) : null),
    note:
      options
        .filter((o) => o.kind === null && o.label !== '')
        .map((o) => o.label)
        .join(' ') || null,
  };
}

/** 序号 where it is unique; a merged 序号's sub-rows get .1, .2 …; rows without one, their ordinal. */
function assignIds(items: Item[], records: readonly TableRecord[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const used = new Map<string, number>(); // id → how many items claimed it
  // A run of consecutive items sharing one 序号 is a merged cell and its sub-rows: its length,
  // counted from the end, and each item's place in it, counted from the start.
  const runLength = new Array<number>(items.length).fill(1);
  const continuesRun = (i: number): boolean =>
    i > 0 && items[i]!.seq !== null && records[i]!.filled.includes('seq') && items[i - 1]!.seq === items[i]!.seq;
  for (let i = items.length - 2; i >= 0; i--) if (continuesRun(i + 1)) runLength[i] = runLength[i + 1]! + 1;
  let previous: number | null = null;
  let place = 0;
  items.forEach((item, i) => {
    const rec = records[i]!;
    let id = String(i + 1);
    if (item.seq !== null) {
      place = continuesRun(i) ? place + 1 : 1;
      id = place > 1 || runLength[i]! > 1 ? `${item.seq}.${place}` : item.seq;
      const n = Number(item.seq);
      if (!rec.filled.includes('seq') && Number.isInteger(n)) {
        if (previous !== null && n > previous + 1) {
          const missing = Array.from({ length: n - previous - 1 }, (_, k) => previous! + 1 + k);
          diagnostics.push(
            diagnostic(
              'seq-gap',
              'info',
              `序号 ${missing.join(', ')} missing between ${previous} and ${n}.`,
              rec.place,
              id,
            ),
          );
        }
        previous = n;
      }
    }
    const claims = used.get(id) ?? 0;
    used.set(id, claims + 1);
    if (claims > 0) {
      let unique = `${id}-${claims + 1}`;
      for (let k = claims + 2; used.has(unique); k++) unique = `${id}-${k}`;
      used.set(unique, 1);
      diagnostics.push(
        diagnostic(
          'duplicate-seq',
          'warning',
          `序号 ${id} is printed more than once; this item's id is ${unique}.`,
          rec.place,
          unique,
        ),
      );
      id = unique;
    }
    item.id = id;
  });
  return diagnostics;
}

const AGENCY_SUFFIX = /(政府信息公开|政务公开|信息公开|主动公开|基本目录|标准目录|目录).*$/;
const AGENCY_LIKE = /(局|委员会|委|厅|政府|办公室|中心|院|署|会)$/;

function inferAgency(title: string | null, items: Item[], options: CatalogueOptions): Agency {
  const evidence: Evidence[] = [];
  let name: string | null = null;
  if (options.agency) {
    name = options.agency;
    evidence.push({ field: 'name', from: 'option', text: options.agency });
  } else if (title && title.replace(AGENCY_SUFFIX, '') !== '') {
    name = title.replace(AGENCY_SUFFIX, '').trim();
    evidence.push({ field: 'name', from: 'title', text: title });
  } else {
    const counts = new Map<string, number>();
    for (const it of items) if (it.publisher) counts.set(it.publisher, (counts.get(it.publisher) ?? 0) + 1);
    const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (n >= items.length / 2 && AGENCY_LIKE.test(top) && !/(科|室|股)$/.test(top)) {
      name = top;
      evidence.push({ field: 'name', from: 'publisher', text: top });
    }
  }

  let province: string | null = null;
  if (options.province) {
    province = options.province;
    evidence.push({ field: 'province', from: 'option', text: options.province });
  } else if (name && provinceOfName(name)) {
    province = provinceOfName(name);
    evidence.push({ field: 'province', from: 'name', text: name });
  } else {
    const votes = new Map<string, string[]>();
    for (const it of items) {
      for (const c of it.basis?.citations ?? []) {
        const p = provinceOfCitation(c.title, c.docNo);
        if (!p) continue;
        const texts = votes.get(p) ?? [];
        const text = c.quoted === false ? c.title : `《${c.title}》${c.docNo ? `（${c.docNo}）` : ''}`;
        if (!texts.includes(text)) texts.push(text);
        votes.set(p, texts);
      }
    }
    const best = [...votes].sort((a, b) => b[1].length - a[1].length)[0];
    if (best) {
      province = best[0];
      for (const text of best[1].slice(0, 3)) evidence.push({ field: 'province', from: 'basis', text });
    }
  }
  return { name, province, evidence };
}
