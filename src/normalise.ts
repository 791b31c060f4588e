// The pipeline, wired top to bottom: bytes → read (the Input: container, format, encoding) →
// layout (paragraphs and tables of placed cells) → a catalogue (tables chosen, header, rows,
// items) or an annual report (sections, statistics tables, checks) → validated. Each stage is a
// pure function returning its value and diagnostics; this file only composes them.
import { basename } from 'node:path';
import type { Catalogue } from './model/catalogue.generated.js';
import type { AnnualReport } from './model/annual-report.generated.js';
import { summariseRepeated, type Diagnostic } from './diagnostics.js';
import { GongkaiError } from './errors.js';
import { checkSize, DEFAULT_MAX_BYTES, readSmallFile } from './read/readFile.js';
import { readInput, sourceOf, type InputOptions } from './read/input.js';
import { readLayout } from './layout/readers.js';
import { sniffKind, type DocumentKind } from './layout/sniffKind.js';
import { tables, type Layout } from './layout/layout.js';
import { selectTables } from './table/selectTables.js';
import { buildTable } from './table/buildTable.js';
import { buildCatalogue, type CatalogueOptions } from './model/buildCatalogue.js';
import { buildReport } from './model/buildReport.js';
import { withChecks } from './check/checks.js';
import { assertValid } from './validate/validate.js';
import { LIMITS, withinLimit } from './limits.js';

export { DEFAULT_MAX_BYTES };

export interface NormaliseOptions extends CatalogueOptions, InputOptions {
  /** The source's file name, recorded in `source.name` (default: the path's base name). */
  name?: string;
  /** Skip kind sniffing. */
  kind?: DocumentKind;
  /** Inputs larger than this are refused with TOO_LARGE (default 20 MiB). */
  maxBytes?: number;
}

export type Normalised =
  | { kind: 'catalogue'; document: Catalogue; diagnostics: Diagnostic[] }
  | { kind: 'annual-report'; document: AnnualReport; diagnostics: Diagnostic[] };

export async function normalise(input: Uint8Array | string, options: NormaliseOptions = {}): Promise<Normalised> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof input !== 'string') checkSize(input.length, maxBytes);
  const bytes = typeof input === 'string' ? await readSmallFile(input, maxBytes) : input;
  const name = options.name ?? (typeof input === 'string' ? basename(input) : 'input');

  const read = await readInput(bytes, options);
  const layout = await readLayout(read.value);
  withinLimit(tableRows(layout.value), LIMITS.rows, 'table rows');
  const source = sourceOf(read.value, name);
  const before = [...read.diagnostics, ...layout.diagnostics];
  if ((options.kind ?? sniffKind(layout.value)) === 'annual-report') {
    const report = buildReport(layout.value, source, options);
    const document = withChecks({ ...report.value, diagnostics: [...before, ...report.diagnostics] });
    return { kind: 'annual-report', document: assertValid(document), diagnostics: document.diagnostics };
  }
  const grid = selectTables(catalogueLayout(layout.value));
  const table = buildTable(grid.value);
  const model = buildCatalogue(table.value, source, options);
  const diagnostics = summariseRepeated([...before, ...grid.diagnostics, ...table.diagnostics, ...model.diagnostics]);
  const document = { ...model.value, diagnostics };
  return { kind: 'catalogue', document: assertValid(document), diagnostics };
}

const tableRows = (layout: Layout): number => tables(layout).reduce((sum, t) => sum + t.rows.length, 0);

/** A catalogue is a table: a document without one is no catalogue. */
function catalogueLayout(layout: Layout): Layout {
  if (tables(layout).length === 0) throw new GongkaiError('NO_TABLE');
  return layout;
}
