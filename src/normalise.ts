// The pipeline: bytes → read (decode, sniff, unzip) → grid → table → model → validate; an annual
// report goes bytes → read → blocks → report model → validate. Each stage is a pure function
// returning its value and diagnostics; this file only wires them together.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Catalogue, Source } from './model/catalogue.generated.js';
import type { AnnualReport } from './model/annual-report.generated.js';
import { blocksFromCells, blocksFromHtml, blocksFromTsv, type Block } from './layout/blocks.js';
import { buildReport } from './model/buildReport.js';
import type { Diagnostic, Result } from './diagnostics.js';
import { GongkaiError } from './errors.js';
import { decode, type Decoded } from './read/decode.js';
import { docxToHtml } from './layout/docxToHtml.js';
import { readZip } from './read/readZip.js';
import { fromWordml } from './layout/fromWordml.js';
import { sniffFormat, type TextFormat } from './read/sniffFormat.js';
import { sniffKind, type DocumentKind } from './read/sniffKind.js';
import { fromTsv } from './layout/fromTsv.js';
import { fromCells } from './layout/fromCells.js';
import { fromHtml } from './layout/fromHtml.js';
import { fromDelimited } from './layout/fromDelimited.js';
import type { Grid } from './layout/grid.js';
import { buildTable } from './table/buildTable.js';
import { buildCatalogue, type CatalogueOptions } from './model/buildCatalogue.js';
import { validate } from './validate/validate.js';

export interface NormaliseOptions extends CatalogueOptions {
  /** The source's file name, recorded in `source.name` (default: the path's base name). */
  name?: string;
  /** Skip format sniffing. */
  format?: Exclude<TextFormat, 'text'>;
  /** Skip kind sniffing. */
  kind?: DocumentKind;
  /** Inputs larger than this are refused with TOO_LARGE (default 20 MiB). */
  maxBytes?: number;
}

export type Normalised =
  | { kind: 'catalogue'; document: Catalogue; diagnostics: Diagnostic[] }
  | { kind: 'annual-report'; document: AnnualReport; diagnostics: Diagnostic[] };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const readers: Record<Exclude<TextFormat, 'text'>, (text: string) => Result<Grid>> = {
  // Word and WPS export unquoted TSV; a quoted field spanning lines means Excel wrote it.
  tsv: (text) => (/(^|\t)"[^"\t\n]*\r?\n/m.test(text) ? fromDelimited(text, '\t') : fromTsv(text)),
  cells: fromCells,
  csv: (text) => fromDelimited(text),
  html: fromHtml,
};

export async function normalise(input: Uint8Array | string, options: NormaliseOptions = {}): Promise<Normalised> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  let name = options.name;
  if (typeof input === 'string') {
    name ??= basename(input);
    bytes = await readSmallFile(input, maxBytes);
  } else {
    bytes = input;
    if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
  }
  return normaliseBytes(bytes, { ...options, name: name ?? 'input' });
}

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array): boolean => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

async function normaliseBytes(bytes: Uint8Array, options: NormaliseOptions & { name: string }): Promise<Normalised> {
  if (isOle(bytes)) throw new GongkaiError('LEGACY_DOC');
  if (isZip(bytes)) return fromDocx(bytes, options);
  return fromText(bytes, decode(bytes), options);
}

/**
 * A .docx: checked as a zip, then read through mammoth into the HTML reader, unless its XML has
 * what mammoth gets wrong (a row starting some grid columns in, an element between rows), in
 * which case the tables are read from word/document.xml directly.
 */
async function fromDocx(bytes: Uint8Array, options: NormaliseOptions & { name: string }): Promise<Normalised> {
  const entries = readZip(bytes, ['word/document.xml']);
  const document = entries.get('word/document.xml');
  if (!document) {
    if (entries.has('xl/workbook.xml'))
      throw new GongkaiError(
        'NOT_DOCX',
        'The file is an Excel workbook (.xlsx), which this version does not read: save the sheet as .csv.',
      );
    throw new GongkaiError('NOT_DOCX', 'The zip archive is not a Word document (no word/document.xml).');
  }
  const xml = new TextDecoder().decode(document);
  const text = xml.replace(/<w:p[\s>]/g, '\n$&').replace(/<[^>]+>/g, '');
  const kind = options.kind ?? sniffKind(text);
  const read = { format: 'docx' as const, encoding: null };
  if (kind === 'annual-report') {
    const html = await docxToHtml(bytes);
    return fromBlocks(
      bytes,
      withDiagnostics(blocksFromHtml(html.value, { rowNumbers: true }), html.diagnostics),
      read,
      options,
    );
  }
  const ownReading = /<w:grid(Before|After)\b/.test(xml) || /<\/w:tr>\s*<w:(?!tr[\s>])/.test(xml);
  const grid = ownReading
    ? fromWordml(xml)
    : await docxToHtml(bytes).then((html) =>
        withDiagnostics(fromHtml(html.value, { rowNumbers: true }), html.diagnostics),
      );
  return fromGrid(bytes, grid, read, options);
}

const withDiagnostics = <T>(result: Result<T>, before: Diagnostic[]): Result<T> => ({
  value: result.value,
  diagnostics: [...before, ...result.diagnostics],
});

/** Decoded text → the document. */
function fromText(
  bytes: Uint8Array,
  decoded: Result<Decoded>,
  options: NormaliseOptions & { name: string },
): Normalised {
  const { text, encoding } = decoded.value;
  const kind = options.kind ?? sniffKind(text);
  const format = options.format ?? sniffFormat(text);
  if (kind === 'annual-report') {
    const blocks =
      format === 'html' ? blocksFromHtml(text) : format === 'cells' ? blocksFromCells(text) : blocksFromTsv(text);
    return fromBlocks(
      bytes,
      withDiagnostics(blocks, decoded.diagnostics),
      { format: format === 'text' ? 'text' : format, encoding },
      options,
    );
  }
  if (format === 'text') throw new GongkaiError('NO_TABLE');
  return fromGrid(bytes, withDiagnostics(readers[format](text), decoded.diagnostics), { format, encoding }, options);
}

/** Blocks → annual report → validated document. */
function fromBlocks(
  bytes: Uint8Array,
  blocks: Result<Block[]>,
  read: { format: Source['format']; encoding: string | null },
  options: NormaliseOptions & { name: string },
): Normalised {
  const report = buildReport(blocks.value, sourceOf(bytes, read, options), options);
  const document = report.value;
  document.diagnostics = [...blocks.diagnostics, ...report.diagnostics];
  return { kind: 'annual-report', document: checked(document), diagnostics: document.diagnostics };
}

function sourceOf(
  bytes: Uint8Array,
  read: { format: Source['format']; encoding: string | null },
  options: { name: string },
): Source {
  return {
    name: options.name,
    format: read.format,
    encoding: read.encoding,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
  };
}

/** Every document is validated before it leaves: a mismatch is a bug, said plainly. */
function checked<T extends Catalogue | AnnualReport>(document: T): T {
  const validation = validate(document);
  if (!validation.valid)
    throw new Error(
      `internal: the ${document.kind} does not match its schema: ${validation.errors.slice(0, 5).join('; ')}`,
    );
  return document;
}

/** Grid → table → model → validated document. */
function fromGrid(
  bytes: Uint8Array,
  grid: Result<Grid>,
  read: { format: Source['format']; encoding: string | null },
  options: NormaliseOptions & { name: string },
): Normalised {
  const table = buildTable(grid.value);
  const model = buildCatalogue(table.value, sourceOf(bytes, read, options), options);
  const document = model.value;
  document.diagnostics = [...grid.diagnostics, ...table.diagnostics, ...model.diagnostics];
  return { kind: 'catalogue', document: checked(document), diagnostics: document.diagnostics };
}

async function readSmallFile(path: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new GongkaiError('UNREADABLE', `${path} is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof GongkaiError) throw error;
    throw new GongkaiError(
      'UNREADABLE',
      `${path} cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
      { cause: error },
    );
  }
  if (size > maxBytes) throw tooLarge(size, maxBytes);
  try {
    return await readFile(path);
  } catch (error) {
    throw new GongkaiError(
      'UNREADABLE',
      `${path} cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
      { cause: error },
    );
  }
}

function tooLarge(size: number, maxBytes: number): GongkaiError {
  const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return new GongkaiError(
    'TOO_LARGE',
    `The input is ${mib(size)}, over the ${mib(maxBytes)} limit (raise it with --max-bytes).`,
  );
}
